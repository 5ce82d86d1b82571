"""OpenRosa both ways, in figures (issue 13).

    .venv/bin/python bench/openrosa_central.py [--phones 20] [--each 50]
        [--central http://127.0.0.1:8383 --email admin@daftari.test --password …] [--sends 200]

1. ODK Collect's sequence into Daftari's server (always): each phone signs in with its own
   user name and password (Basic, after the server's challenge) and sends household
   submissions as Collect does — HEAD /submission, then the multipart POST — on one kept-alive
   connection; submissions acknowledged a second, on SQLite (1 worker) and PostgreSQL
   (2 workers). Then the common case: one phone's day (10 submissions) over a shaped 2G link;
   and one submission with two 5 MB photos (two POSTs, ``*isIncomplete*``).
2. The desktop as an OpenRosa client into a real ODK Central (with ``--central``; set one up
   with bench/central_backend.sh): Daftari's own finalized household submissions, sent by
   ``desktop_app.sync.openrosa`` as they are in the field; submissions a second into Central,
   each accepted once (sent again: 202, no second record), a photo present, an edit recorded
   as an edit (Central's versions of the submission).

Prints figures; asserts only that every submission was acknowledged.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.machine import say as say_machine  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.shaping_proxy import PROFILES, ShapingProxy  # noqa: E402
from bench.sync import PASSWORD, Server  # noqa: E402
from form_engine import load_xlsform  # noqa: E402
from form_engine.authoring import write_xlsform  # noqa: E402
from form_engine.fill import random_submissions  # noqa: E402
from form_engine.submission import json_to_xml  # noqa: E402
from tests.openrosa.collect import Collect  # noqa: E402

FORMS = ROOT / "forms"


def household_xml(n: int, seed: int) -> list[bytes]:
    form = load_xlsform(FORMS / "household.xlsx")
    return [json_to_xml(form, e["data"]).encode() for e in random_submissions(form, n, seed=seed)]


def phones_into_daftari(work: Path, db: str | None, workers: int, phones: int, each: int) -> float:
    """Acknowledged submissions a second, ``phones`` phones at once. Each phone is Collect's
    sequence on http.client (light: the server is what is measured): HEAD without
    credentials (401 and the challenge), then HEAD and the multipart POST of each
    submission with its user name and password, on one kept-alive connection."""
    import base64
    import http.client

    server = Server(work, db=db, workers=workers)
    boundary = "collect-bench-boundary"
    bodies = [
        [
            f'--{boundary}\r\nContent-Disposition: form-data; name="xml_submission_file"; '
            f'filename="instance.xml"\r\nContent-Type: text/xml\r\n\r\n'.encode()
            + xml
            + f"\r\n--{boundary}--\r\n".encode()
            for xml in household_xml(each, 7000 + p)
        ]
        for p in range(phones)
    ]
    acknowledged = [0] * phones

    def phone(p: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=300)
        base = {"X-OpenRosa-Version": "1.0"}
        conn.request("HEAD", "/submission", headers=base)
        first = conn.getresponse()
        first.read()
        assert first.status == 401 and "Basic" in first.getheader("WWW-Authenticate", "")
        conn.close()  # the gate answers a refusal with "connection: close"
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=300)
        secret = base64.b64encode(f"enum{p % 21}:{PASSWORD}".encode()).decode()
        signed = {**base, "Authorization": f"Basic {secret}"}
        post = {**signed, "Content-Type": f"multipart/form-data; boundary={boundary}"}
        for body in bodies[p]:
            conn.request("HEAD", "/submission", headers=signed)
            head = conn.getresponse()
            head.read()
            conn.request("POST", "/submission", body, post)
            answer = conn.getresponse()
            answer.read()
            acknowledged[p] += answer.status == 201
        conn.close()

    threads = [threading.Thread(target=phone, args=(p,)) for p in range(phones)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    server.stop()
    assert sum(acknowledged) == phones * each, (sum(acknowledged), phones * each)
    return phones * each / elapsed


def day_on_2g(work: Path) -> dict:
    server = Server(work)
    proxy = ShapingProxy(server.port, PROFILES["2G"])
    collect = Collect(proxy.url, "enum1", PASSWORD)
    xmls = household_xml(10, 8100)
    start = time.monotonic()
    for xml in xmls:
        assert collect.submit(xml, {})[-1].status_code == 201
    elapsed = time.monotonic() - start
    figures = {
        "seconds": elapsed,
        "up": proxy.up_bytes,
        "down": proxy.down_bytes,
        "requests": len(collect.requests_made),
        "connections": proxy.connections,
    }
    proxy.stop()
    server.stop()
    return figures


def photos(work: Path) -> tuple[float, int]:
    """One card submission with two 5 MB photos: seconds, POSTs."""
    server = Server(work)
    form = load_xlsform(work.parent / "card.xlsx")
    collect = Collect(server.url, "enum2", PASSWORD)
    data = {"card": "front.jpg", "meta/instanceID": "uuid:0b0e5a2c-6f1f-4b5c-9d7e-2f1a5c3d4e5f"}
    xml = json_to_xml(form, data).encode()
    files = {"front.jpg": os.urandom(5_000_000), "back.jpg": os.urandom(5_000_000)}
    start = time.monotonic()
    answers = collect.submit(xml, files)
    elapsed = time.monotonic() - start
    assert answers[-1].status_code == 201, answers[-1].text
    server.stop()
    return elapsed, len(answers)


def daftari_side(work: Path, phones: int, each: int, runs: int) -> None:
    from tests.postgres import TempPostgres

    write_xlsform(
        work / "card.xlsx",
        [{"type": "image", "name": "card", "label": "Ration card"}],
        settings={"form_id": "card", "version": "1"},
    )
    print(
        f"ODK Collect's sequence into Daftari: {phones} phones at once x {each} household "
        "submissions (HEAD + POST each, Basic sign-in), loopback, median of "
        f"{runs}; acknowledged once durable"
    )
    pg = TempPostgres()
    try:
        for name, workers in (("SQLite", 1), ("PostgreSQL", 2)):
            rates = []
            for run in range(runs):
                db = pg.new_database() if name == "PostgreSQL" else None
                rates.append(phones_into_daftari(work / f"{name}-{run}", db, workers, phones, each))
            print(
                f"  {name:10} {workers} worker(s): {median(rates):6.0f} submissions/s "
                f"(runs: {', '.join(f'{r:.0f}' for r in rates)})"
            )
    finally:
        pg.stop()
    day = day_on_2g(work / "day-2g")
    print(
        f"  a phone's day on 2G (10 household submissions, 32 kbit/s up, 1.3 s round trip): "
        f"{day['seconds']:.1f} s, {day['requests']} requests on {day['connections']} "
        f"connection(s), up {day['up']:,} B, down {day['down']:,} B"
    )
    seconds, posts = photos(work / "photos")
    print(f"  one submission with two 5 MB photos: {seconds:.2f} s in {posts} POSTs (loopback)")


class Central:
    """ODK Central's REST API, as its administrator (for setting up and checking only)."""

    def __init__(self, url: str, email: str, password: str) -> None:
        import requests

        self.url = url.rstrip("/")
        self.http = requests.Session()
        r = self.http.post(f"{self.url}/v1/sessions", json={"email": email, "password": password})
        r.raise_for_status()
        self.http.headers["Authorization"] = f"Bearer {r.json()['token']}"

    def call(self, method: str, path: str, **kwargs):
        r = self.http.request(method, f"{self.url}/v1{path}", **kwargs)
        if r.status_code >= 400:
            raise RuntimeError(f"Central: {method} {path}: {r.status_code} {r.text[:300]}")
        return r.json() if r.content and "json" in r.headers.get("content-type", "") else r

    def project(self, name: str, forms: list[str]) -> tuple[int, str]:
        """A new project with these XForms published and an app user assigned to each:
        (project id, the app user's token)."""
        project = self.call("POST", "/projects", json={"name": name})["id"]
        for xform in forms:
            self.call(
                "POST",
                f"/projects/{project}/forms?publish=true",
                data=xform.encode(),
                headers={"Content-Type": "application/xml"},
            )
        user = self.call("POST", f"/projects/{project}/app-users", json={"displayName": name})
        for form_id in ("household", "card", "population", "service_access"):
            self.call("POST", f"/projects/{project}/forms/{form_id}/assignments/2/{user['id']}")
        return project, user["token"]


def central_side(work: Path, args) -> None:
    """Daftari's desktop sending to a live ODK Central (bench/central_backend.sh)."""
    from bench.sync import prepare_client
    from desktop_app.client import Client
    from desktop_app.crypto import KdfParams
    from desktop_app.draft import audit
    from desktop_app.paths import Home
    from desktop_app.sync import openrosa

    central = Central(args.central, args.email, args.password)
    (work / "central").mkdir(parents=True, exist_ok=True)
    write_xlsform(
        work / "central" / "card.xlsx",
        [
            {"type": "text", "name": "holder", "label": "Card holder"},
            {"type": "image", "name": "front", "label": "Front of the card"},
        ],
        settings={"form_id": "card", "version": "1", "form_title": "Ration card"},
    )
    forms = [
        load_xlsform(FORMS / "household.xlsx").xform,
        load_xlsform(work / "central" / "card.xlsx").xform,
        load_xlsform(FORMS / "population.xlsx").xform,
        load_xlsform(FORMS / "service_access.xlsx").xform,
    ]
    project, token = central.project(f"daftari-bench-{int(time.time())}", forms)
    home = prepare_client(work / "central", args.sends)
    client = Client(Home.resolve(home), kdf=KdfParams(memory_kib=1024, iterations=1))
    user = client.login("enum0", PASSWORD)
    address = f"{args.central.rstrip('/')}/v1/key/{token}/projects/{project}"
    openrosa.connect(user, address)

    def sync():
        return openrosa.sync(user)

    start = time.monotonic()
    report = sync()
    elapsed = time.monotonic() - start
    assert report.sent == args.sends and not report.problems, (report.sent, report.problems[:3])
    listed = central.call("GET", f"/projects/{project}/forms/household/submissions")
    print(
        f"\nDaftari's desktop into ODK Central ({args.central}, an app user's address): "
        f"{args.sends} household submissions (HEAD + POST each) in {elapsed:.1f} s = "
        f"{args.sends / elapsed:.0f} submissions/s; Central holds {len(listed)}"
    )

    # sent again (an answer lost): no second record
    transport = openrosa.transport_of(user)
    url, limit = transport.submission_target()
    sub = user.client.store.submission(listed[0]["instanceId"].removeprefix("uuid:"))
    rev = user.client.store.revisions(sub.uuid)[-1]
    status, _ = transport.submit(url, limit, user.revision_xml(rev), {})
    again = central.call("GET", f"/projects/{project}/forms/household/submissions")
    print(f"  the same bytes again: HTTP {status}; Central holds {len(again)} (no second record)")

    # a photo, and an edit
    draft = user.new_submission("card")
    draft.set_answer(draft.session.node("/data/holder"), "Achol Deng")
    photo = os.urandom(300_000)
    name = user.add_attachment(draft.uuid, photo, extension="jpg")
    draft.set_answer(draft.session.node("/data/front"), name)
    assert draft.finalize() == []
    assert sync().sent == 1
    instance = f"uuid:{draft.uuid}"
    files = central.call(
        "GET", f"/projects/{project}/forms/card/submissions/{instance}/attachments"
    )
    got = central.call(
        "GET", f"/projects/{project}/forms/card/submissions/{instance}/attachments/{name}"
    ).content
    print(
        f"  a card with a 300 KB photo: attachments {[(f['name'], f['exists']) for f in files]}, "
        f"bytes equal: {got == photo}"
    )
    at = client.now_text()
    user.client.store.return_for_correction(
        draft.uuid, at=at, audit=audit("bench", "review.returned", draft.uuid, at)
    )
    edit = user.open_submission(draft.uuid)
    edit.set_answer(edit.session.node("/data/holder"), "Achol Deng Garang")
    assert edit.finalize() == []
    assert sync().sent == 1
    versions = central.call(
        "GET", f"/projects/{project}/forms/card/submissions/{instance}/versions"
    )
    print(
        f"  corrected and sent again: Central records {len(versions)} versions of the submission "
        f"({', '.join(v['instanceId'] for v in versions)})"
    )
    transport.close()
    client.close()
    collects_xml_into_central(central, project, address)
    encrypted_into_central(work, central, args)


def collects_xml_into_central(central: Central, project: int, address: str) -> None:
    """ODK Collect's own XML (JavaRosa restores and serializes the standard surveys, as
    tests/openrosa/test_collect_engine.py sends them to Daftari) into Central."""
    from desktop_app.sync.openrosa import OpenRosaTransport
    from tests.peers import javarosa_eval

    if javarosa_eval.available():
        print(f"  Collect's own XML: not tried ({javarosa_eval.available()})")
        return
    transport = OpenRosaTransport(address)
    url, limit = transport.submission_target()
    taken: dict[str, list[int]] = {}
    for seed, name in enumerate(("population", "household", "service_access"), 31):
        form = load_xlsform(FORMS / f"{name}.xlsx")
        for e in random_submissions(form, 5, seed=seed):
            xml = javarosa_eval.collect_submission(form.xform, json_to_xml(form, e["data"]))
            taken.setdefault(name, []).append(transport.submit(url, limit, xml, {})[0])
    transport.close()
    print(
        "  ODK Collect's own XML (JavaRosa-serialized, 5 of each standard survey): "
        + "; ".join(f"{n} {sorted(set(codes))}" for n, codes in taken.items())
    )


def encrypted_into_central(work: Path, central: Central, args) -> None:
    """An encrypted form (Central's managed encryption: Central adds its public key to the
    form): the desktop downloads it, seals a submission with its photo as Collect does, and
    Central — given the passphrase — opens it in its export."""
    import io
    import zipfile

    from desktop_app.client import Client
    from desktop_app.crypto import KdfParams
    from desktop_app.paths import Home
    from desktop_app.sync import openrosa

    xform = load_xlsform(work / "central" / "card.xlsx").xform
    project = central.call(
        "POST", "/projects", json={"name": f"daftari-sealed-{int(time.time())}"}
    )["id"]
    passphrase = "daftari bench passphrase"
    central.call("POST", f"/projects/{project}/key", json={"passphrase": passphrase})
    central.call(
        "POST",
        f"/projects/{project}/forms?publish=true",
        data=xform.encode(),
        headers={"Content-Type": "application/xml"},
    )
    app_user = central.call(
        "POST", f"/projects/{project}/app-users", json={"displayName": "sealed"}
    )
    central.call("POST", f"/projects/{project}/forms/card/assignments/2/{app_user['id']}")
    client = Client(
        Home.resolve(work / "sealed-home"), kdf=KdfParams(memory_kib=1024, iterations=1)
    )
    user = client.create_first_user("enum9", PASSWORD, site="Koboko")
    address = f"{args.central.rstrip('/')}/v1/key/{app_user['token']}/projects/{project}"
    openrosa.connect(user, address)

    def sync():
        return openrosa.sync(user)

    sync()  # the form as Central serves it: with Central's public key
    form = client.form("card")
    assert form.public_key, "Central's managed encryption gave the form no key"
    draft = user.new_submission("card")
    draft.set_answer(draft.session.node("/data/holder"), "Nyakuoth Gatluak")
    photo = os.urandom(50_000)
    name = user.add_attachment(draft.uuid, photo, extension="jpg")
    draft.set_answer(draft.session.node("/data/front"), name)
    assert draft.finalize() == []
    report = sync()
    assert report.sent == 1, report.problems
    keys = central.call("GET", f"/projects/{project}/forms/card/submissions/keys")
    export = central.call(
        "POST",
        f"/projects/{project}/forms/card/submissions.csv.zip",
        data={str(keys[0]["id"]): passphrase},
    ).content
    with zipfile.ZipFile(io.BytesIO(export)) as z:
        table = next(z.read(n).decode() for n in z.namelist() if n.endswith(".csv"))
        media = [z.read(n) for n in z.namelist() if n.startswith("media/")]
    print(
        f"  an encrypted form (Central's managed key, {form.version}): sealed here as Collect "
        f"seals it; Central's export with the passphrase reads the answer: "
        f"{'Nyakuoth Gatluak' in table}; the photo: {photo in media}"
    )
    client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phones", type=int, default=20)
    parser.add_argument("--each", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--central", help="an ODK Central backend's address (bench/central_backend.sh)"
    )
    parser.add_argument("--email", default="admin@daftari.test")
    parser.add_argument(
        "--password", default=os.environ.get("CENTRAL_PASSWORD", "daftari-central-2026")
    )
    parser.add_argument("--sends", type=int, default=200, help="submissions sent to Central")
    parser.add_argument("--skip-daftari", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="daftari-openrosa-bench-") as folder:
        work = Path(folder)
        if not args.skip_daftari:
            daftari_side(work, args.phones, args.each, args.runs)
        if args.central:
            central_side(work, args)


if __name__ == "__main__":
    say_machine()
    main()
    say_machine()  # the load while it ran
