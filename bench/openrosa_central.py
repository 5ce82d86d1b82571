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
            from bench.central_side import central_side

            central_side(work, args)


if __name__ == "__main__":
    main()
