"""Sync figures through a shaping proxy (2G / EDGE / 3G), Daftari's protocol side by side
with per-submission OpenRosa uploads (HEAD + multipart POST of the XML, as ODK Collect sends).

    .venv/bin/python bench/sync.py [--submissions 1000] [--openrosa-sample 30] [--quick]

Prints figures; asserts nothing. Targets (issue 4): ≥10× fewer bytes and ≥50× fewer requests
than OpenRosa; within 1.5× of the physical floor on every profile; bytes on the wire ≤1.3× the
compressed payload; a resumed attachment re-sends at most one chunk; ≥1,000 submissions/s
ingest on PostgreSQL with 20 concurrent clients.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.machine import say as say_machine  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import requests  # noqa: E402

from bench.shaping_proxy import PROFILES, ShapingProxy  # noqa: E402
from central_server import accounts, published_forms  # noqa: E402
from central_server.db import make_engine  # noqa: E402
from central_server.schema import upgrade  # noqa: E402
from desktop_app.client import Client  # noqa: E402
from desktop_app.crypto import KdfParams  # noqa: E402
from desktop_app.paths import Home  # noqa: E402
from desktop_app.sync.engine import BATCH_ITEMS, gather, sync_once  # noqa: E402
from desktop_app.sync.enrolment import enrol, move_server, transport_for  # noqa: E402
from desktop_app.sync.transport import SyncError  # noqa: E402
from desktop_app.transfer import import_jsonl  # noqa: E402
from form_engine.authoring import write_xlsform  # noqa: E402
from form_engine.fill import random_submissions  # noqa: E402
from form_engine.submission import json_to_xml  # noqa: E402
from sync_protocol import CHUNK_BYTES, PushBatch  # noqa: E402

PASSWORD = "bench-pass-1"
FORMS = ROOT / "forms"


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Server:
    """``daftari-server run`` in its own process, on a fresh database."""

    def __init__(
        self, root: Path, *, db: str | None = None, workers: int = 1, rules: bool = False
    ) -> None:
        self.home = root
        self.db = db or f"sqlite:///{root / 'server.db'}"
        root.mkdir(parents=True, exist_ok=True)
        engine = make_engine(self.db)
        upgrade(engine)
        with engine.begin() as conn:
            accounts.add_site(conn, "Koboko")
            for i in range(21):
                accounts.add_user(
                    conn,
                    f"enum{i}",
                    role="enumerator",
                    site="Koboko",
                    password=PASSWORD,
                    memory_kib=1024,
                )
            for form in ("household.xlsx", "population.xlsx"):
                published_forms.publish(conn, FORMS / form)
            published_forms.publish(conn, root.parent / "card.xlsx")
            if rules:  # the checks a supervisor would run on the household survey
                from central_server import checks

                accounts.add_user(
                    conn, "sec", role="secretariat", site=None, password=PASSWORD, memory_kib=1024
                )
                sec = accounts.principal_of(conn, "sec")
                for name, check, field, parameters in (
                    ("too_fast", "duration", "", "min_minutes=5 below_median=0.5"),
                    ("size_far", "outlier", "hh_size", "k=3"),
                    ("few_people", "enumerator_low", "member", "ratio=0.6"),
                ):
                    checks.add_rule(
                        conn, sec, "household", checks.Rule(name, check, field, parameters)
                    )
        engine.dispose()
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "central_server.cli",
                "--home",
                str(root),
                "--db",
                self.db,
                "run",
                "--port",
                str(self.port),
                "--workers",
                str(workers),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(600):
            try:
                if requests.get(f"{self.url}/api/v1/ping", timeout=1).ok:
                    return
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(20)


def prepare_client(root: Path, n: int) -> Path:
    home = root / "client"
    client = Client(Home.resolve(home), kdf=KdfParams(memory_kib=1024, iterations=1))
    from desktop_app.app import standard_forms

    client.install_forms(standard_forms())
    client.install_form(root / "card.xlsx")
    user = client.create_first_user("enum0", PASSWORD, site="Koboko")
    subs = root / "subs.jsonl"
    with subs.open("w") as fh:
        for e in random_submissions(client.form("household"), n, seed=7):
            fh.write(json.dumps(e) + "\n")
    report = import_jsonl(user, subs, finalize=True)
    assert report.imported == n, report.problems[:3]
    client.close()
    return home


def copy_home(prepared: Path, where: Path) -> Client:
    shutil.copytree(prepared, where)
    return Client(Home.resolve(where), kdf=KdfParams(memory_kib=1024, iterations=1))


def compressed_payload(user) -> int:
    items = [o.item for o in gather(user)]
    return sum(
        len(
            gzip.compress(PushBatch(items=items[i : i + BATCH_ITEMS]).model_dump_json().encode(), 6)
        )
        for i in range(0, len(items), BATCH_ITEMS)
    )


def daftari_run(prepared: Path, work: Path, server: Server, profile, *, cut_every=None, label=""):
    client = copy_home(prepared, work / f"home-{label}")
    user = client.login("enum0", PASSWORD)
    enrol(user, server.url, "enum0", PASSWORD)
    payload = compressed_payload(user)
    proxy = ShapingProxy(server.port, profile, cut_every=cut_every)
    move_server(user, proxy.url)
    start = time.monotonic()
    requests_made = failures = 0
    while True:
        transport = transport_for(user, timeout=120)
        try:
            sync_once(user, transport)
            requests_made += transport.requests
            transport.close()
            break
        except SyncError:
            requests_made += transport.requests
            failures += 1
            transport.close()
    elapsed = time.monotonic() - start
    proxy.stop()
    sent = client.store.status_counts()["sent"]
    client.close()
    return {
        "seconds": elapsed,
        "up": proxy.up_bytes,
        "down": proxy.down_bytes,
        "requests": requests_made,
        "connections": proxy.connections,
        "payload": payload,
        "sent": sent,
        "failures": failures,
        "cuts": proxy.cuts,
    }


def openrosa_run(prepared: Path, work: Path, server: Server, profile, *, sample: int):
    """HEAD + multipart POST per submission, over one kept-alive connection like Collect."""
    client = copy_home(prepared, work / f"home-or-{profile.name}-{sample}")
    user = client.login("enum0", PASSWORD)
    token = requests.post(
        f"{server.url}/api/v1/auth/login", json={"username": "enum1", "password": PASSWORD}
    ).json()["token"]
    form = client.form("household")
    xmls = [json_to_xml(form, json.loads(o.item.json_text)).encode() for o in gather(user)][:sample]
    client.close()
    proxy = ShapingProxy(server.port, profile)
    session = requests.Session()
    headers = {"authorization": f"Bearer {token}"}
    start = time.monotonic()
    count = 0
    for xml in xmls:
        session.head(f"{proxy.url}/submission", headers=headers, timeout=300)
        r = session.post(
            f"{proxy.url}/submission",
            headers=headers,
            timeout=300,
            files={"xml_submission_file": ("submission.xml", xml, "text/xml")},
        )
        assert r.status_code in (201, 202), r.text
        count += 2
    elapsed = time.monotonic() - start
    proxy.stop()
    return {
        "seconds": elapsed,
        "up": proxy.up_bytes,
        "down": proxy.down_bytes,
        "requests": count,
        "connections": proxy.connections,
        "n": len(xmls),
    }


def physical_floor(result, profile) -> float:
    """What no protocol can beat: the compressed submissions at the uplink's rate, plus two
    round trips (opening the connection, one request and its answer)."""
    return 2 * profile.rtt_ms / 1000 + result["payload"] * 8 / (profile.up_kbit * 1000)


def days_work(work: Path, profiles: list[str], counts: tuple[int, ...]) -> None:
    """An enumerator's day: a handful of household submissions, synced over a slow link."""
    print(
        "a day's sync (household submissions; physical floor = gzip of the data at the uplink "
        "rate + 2 round trips)"
    )
    for n in counts:
        prepared = prepare_client(work / f"day-{n}", n)
        for name in profiles:
            profile = PROFILES[name]
            server = Server(work / f"day-{n}" / f"server-{name}")
            d = daftari_run(prepared, work / f"day-{n}", server, profile, label=name)
            server.stop()
            best = physical_floor(d, profile)
            print(
                f"  {n:5} on {name:4}: {d['seconds']:7.1f} s, floor {best:6.1f} s, "
                f"x{d['seconds'] / best:.2f}; {d['requests']} requests, "
                f"{d['connections']} connection(s), up {d['up']:,} B for {d['payload']:,} B"
            )
    print()


def floor(result, profile) -> float:
    round_trips = result["requests"] + result["connections"]
    return round_trips * profile.rtt_ms / 1000 + result["up"] * 8 / (profile.up_kbit * 1000)


def attachment_resume(work: Path, server: Server, prepared_root: Path) -> dict:
    home = work / "home-attachment"
    client = Client(Home.resolve(home), kdf=KdfParams(memory_kib=1024, iterations=1))
    client.install_form(prepared_root / "card.xlsx")
    user = client.create_first_user("enum2", PASSWORD, site="Koboko")
    enrol(user, server.url, "enum2", PASSWORD)
    photo = os.urandom(5 * 1024 * 1024)
    draft = user.new_submission("card")
    name = user.add_attachment(draft.uuid, photo, extension="jpg")
    draft.set_answer(draft.session.node("/data/card"), name)
    assert draft.finalize() == []
    profile = PROFILES["3G"]
    proxy = ShapingProxy(server.port, profile, cut_every=40)  # 5 MB at 330 kbit/s takes ~2 min
    move_server(user, proxy.url)
    attempts = 0
    while True:
        attempts += 1
        transport = transport_for(user, timeout=300)
        try:
            sync_once(user, transport)
            transport.close()
            break
        except SyncError:
            transport.close()
    proxy.stop()
    client.close()
    return {
        "up": proxy.up_bytes,
        "photo": len(photo),
        "attempts": attempts,
        "cuts": proxy.cuts,
        "resent": proxy.up_bytes - len(photo),
    }


def household_work(clients: int, per_client: int) -> dict[str, list]:
    """Every client's requests, built before the clock starts: native push batches of 100
    (gzip JSON) and OpenRosa multipart bodies, of the same household submissions."""
    import hashlib

    from form_engine import load_xlsform

    form = load_xlsform(FORMS / "household.xlsx")
    native, openrosa = [], []
    boundary = "daftari-bench-boundary"
    for c in range(clients):
        items, bodies = [], []
        for e in random_submissions(form, per_client, seed=900 + c):
            text = json.dumps(e["data"], ensure_ascii=False, separators=(",", ":"))
            items.append(
                {
                    "uuid": e["uuid"],
                    "form_id": e["form_id"],
                    "form_version": e["form_version"],
                    "revision": 1,
                    "json_text": text,
                    "sha256": hashlib.sha256(text.encode()).hexdigest(),
                }
            )
            xml = json_to_xml(form, e["data"]).encode()
            bodies.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="xml_submission_file"; '
                f'filename="submission.xml"\r\nContent-Type: text/xml\r\n\r\n'.encode()
                + xml
                + f"\r\n--{boundary}--\r\n".encode()
            )
        native.append(
            [
                gzip.compress(json.dumps({"items": items[i : i + 100]}).encode())
                for i in range(0, len(items), 100)
            ]
        )
        openrosa.append(bodies)
    return {"native": native, "openrosa": openrosa, "boundary": [boundary]}


def ingest_rate(
    work: Path,
    db: str | None,
    label: str,
    bodies: dict,
    *,
    mode: str,
    workers: int,
    rules: bool = False,
) -> tuple[float, float]:
    """(acknowledged submissions/s, seconds from the last acknowledgement until every one
    was checked against the form) for one client thread per client, each on one keep-alive
    connection (http.client: light, so the server is what is measured)."""
    import http.client

    from central_server.intake.checking import waiting

    server = Server(work / f"server-ingest-{label}", db=db, workers=workers, rules=rules)
    requests_of = bodies[mode]
    clients = len(requests_of)
    tokens = [
        requests.post(
            f"{server.url}/api/v1/auth/login",
            json={"username": f"enum{c + 1}", "password": PASSWORD},
        ).json()["token"]
        for c in range(clients)
    ]
    stored = [0] * clients
    path, kind = (
        ("/api/v1/sync/push", "application/json")
        if mode == "native"
        else ("/submission", f"multipart/form-data; boundary={bodies['boundary'][0]}")
    )

    def run(c: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=300)
        headers = {"authorization": f"Bearer {tokens[c]}", "content-type": kind}
        if mode == "native":
            headers["content-encoding"] = "gzip"
        for body in requests_of[c]:
            conn.request("POST", path, body, headers)
            answer = conn.getresponse()
            content = answer.read()
            if mode == "native":
                stored[c] += sum(
                    1 for x in json.loads(content)["results"] if x["status"] == "stored"
                )
            else:
                stored[c] += answer.status == 201
        conn.close()

    threads = [threading.Thread(target=run, args=(c,)) for c in range(clients)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    engine = make_engine(server.db)
    acknowledged = time.monotonic()
    while waiting(engine):
        time.sleep(0.05)
    checked_after = time.monotonic() - acknowledged
    engine.dispose()
    server.stop()
    total = sum(stored)
    expected = sum(len(b) for b in bodies["openrosa"])
    assert total == expected, (total, expected)
    return total / elapsed, checked_after


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--submissions", type=int, default=1000)
    parser.add_argument("--openrosa-sample", type=int, default=30)
    parser.add_argument("--profiles", default="3G,EDGE,2G")
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--only-ingest", action="store_true")
    parser.add_argument("--ingest-runs", type=int, default=3, help="runs per ingest figure")
    parser.add_argument("--only-day", action="store_true", help="only a day's sync (1, 10, 30)")
    parser.add_argument(
        "--ingest-quality",
        action="store_true",
        help="only the ingest rate with the quality rounds (audit logs, summaries, checks) "
        "on and off (issue 26)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        write_xlsform(
            work / "card.xlsx",
            [{"type": "image", "name": "card", "label": "Card", "required": "yes"}],
            settings={"form_id": "card", "version": "1"},
        )
        if args.only_ingest:
            ingest_figures(work, args.ingest_runs)
            return
        if args.ingest_quality:
            quality_figures(work, args.ingest_runs)
            return
        for n in (1, 10, 30):
            (work / f"day-{n}").mkdir()
            shutil.copy(work / "card.xlsx", work / f"day-{n}" / "card.xlsx")
        days_work(work, args.profiles.split(","), (1, 10, 30))
        if args.only_day:
            return
        prepared = prepare_client(work, args.submissions)
        n = args.submissions
        print(f"{n} household submissions (daftari form fill), 1 enumerator, server on SQLite\n")

        # bytes and requests: the whole set, unshaped (they do not depend on the link)
        fast = PROFILES["3G"].__class__("LAN", 1e6, 1e6, 0.2)
        server = Server(work / "server-bytes-d")
        d = daftari_run(prepared, work, server, fast, label="bytes")
        server.stop()
        server = Server(work / "server-bytes-o")
        o = openrosa_run(prepared, work, server, fast, sample=n)
        server.stop()
        print("bytes on the wire and HTTP requests for all submissions")
        print(
            f"  Daftari : up {d['up']:>10,} B  down {d['down']:>9,} B  requests {d['requests']:>5}  "
            f"(compressed payload {d['payload']:,} B: wire/payload {(d['up']) / d['payload']:.2f})"
        )
        print(
            f"  OpenRosa: up {o['up']:>10,} B  down {o['down']:>9,} B  requests {o['requests']:>5}"
        )
        total_d, total_o = d["up"] + d["down"], o["up"] + o["down"]
        print(
            f"  OpenRosa / Daftari: {total_o / total_d:.1f}x the bytes, {o['requests'] / d['requests']:.0f}x the requests\n"
        )

        print(
            "time to sync through the shaping proxy (floor = round trips x RTT + bytes up x 8 / uplink)"
        )
        for name in args.profiles.split(","):
            profile = PROFILES[name]
            server = Server(work / f"server-{name}-d")
            d = daftari_run(prepared, work, server, profile, label=name)
            server.stop()
            server = Server(work / f"server-{name}-o")
            o = openrosa_run(prepared, work, server, profile, sample=args.openrosa_sample)
            server.stop()
            per = o["seconds"] / o["n"]
            print(
                f"  {name:4} ({profile.up_kbit:g}/{profile.down_kbit:g} kbit/s, {profile.rtt_ms:g} ms): "
                f"Daftari {d['seconds']:7.1f} s (floor {floor(d, profile):7.1f} s, x{d['seconds'] / floor(d, profile):.2f}); "
                f"OpenRosa {per * n:8.0f} s for {n} (measured on {o['n']}: {per:.2f} s each; "
                f"floor x{o['seconds'] / floor(o, profile):.2f})"
            )

        profile = PROFILES["2G"]
        server = Server(work / "server-2g-cut-ref")
        ref = daftari_run(prepared, work, server, profile, label="2g-ref")
        server.stop()
        server = Server(work / "server-2g-cut")
        cut = daftari_run(prepared, work, server, profile, cut_every=60, label="2g-cut")
        server.stop()
        print(
            f"\n2G with the connection cut every 60 s: {cut['seconds']:.1f} s (uncut {ref['seconds']:.1f} s), "
            f"{cut['cuts']} cuts, {cut['failures']} failed attempts, re-sent {cut['up'] - ref['up']:,} B "
            f"of {ref['up']:,} B; all {cut['sent']} sent"
        )

        server = Server(work / "server-attachment")
        a = attachment_resume(work, server, work)
        server.stop()
        print(
            f"5 MB attachment on 3G cut every 40 s: {a['attempts']} attempts, {a['cuts']} cuts, "
            f"{a['up']:,} B up for {a['photo']:,} B: re-sent {a['resent']:,} B (one chunk is {CHUNK_BYTES:,} B)"
        )

        if not args.skip_ingest:
            ingest_figures(work, args.ingest_runs)


def quality_figures(work: Path, runs: int = 3) -> None:
    """The ingest rate with the quality rounds off (DAFTARI_QUALITY=off) and on, with the
    household survey's checks defined; SQLite, one worker (the machine's two cores shared
    with the checker), medians of ``runs``, the runs of each alternated."""
    from statistics import median

    bodies = household_work(20, 100)
    print(
        "ingest with the quality rounds off and on: 20 clients x 100 household submissions, "
        f"SQLite, 1 worker (median of {runs}, alternated)"
    )
    for mode in ("native", "openrosa"):
        rates: dict[str, list[float]] = {"off": [], "on": []}
        for run in range(runs):
            for state in ("off", "on"):
                os.environ["DAFTARI_QUALITY"] = state
                rate, _ = ingest_rate(
                    work, None, f"q-{mode}-{state}-{run}", bodies, mode=mode, workers=1,
                    rules=state == "on",
                )  # fmt: skip
                rates[state].append(rate)
        os.environ.pop("DAFTARI_QUALITY", None)
        off, on = median(rates["off"]), median(rates["on"])
        print(
            f"  {mode:8}: off {off:6.0f}/s, on {on:6.0f}/s: {100 * (on - off) / off:+.1f} % "
            f"(runs off {', '.join(f'{r:.0f}' for r in rates['off'])}; "
            f"on {', '.join(f'{r:.0f}' for r in rates['on'])})"
        )


def ingest_figures(work: Path, runs: int = 3) -> None:
    """The household survey (4.9 KiB of XML, 56 fields a submission), 20 clients x 100, as
    the ODK Central comparison in docs/server.md was measured; medians of ``runs``."""
    from statistics import median

    from tests.postgres import TempPostgres

    bodies = household_work(20, 100)
    print(
        "ingest: 20 concurrent clients x 100 household submissions, loopback; acknowledged "
        f"once durable, checked against the form just after (median of {runs})"
    )
    pg = TempPostgres()
    try:
        for mode in ("native", "openrosa"):
            for db_name, workers in (
                ("SQLite", 1),
                ("SQLite", 2),
                ("PostgreSQL", 1),
                ("PostgreSQL", 2),
            ):
                rates, lags = [], []
                for run in range(runs):
                    db = pg.new_database() if db_name == "PostgreSQL" else None
                    label = f"{mode}-{db_name}-{workers}-{run}"
                    rate, lag = ingest_rate(work, db, label, bodies, mode=mode, workers=workers)
                    rates.append(rate)
                    lags.append(lag)
                print(
                    f"  {mode:8} {db_name:10} {workers} worker(s): {median(rates):6.0f} submissions/s "
                    f"acknowledged; all checked {median(lags):4.1f} s after the last "
                    f"(runs: {', '.join(f'{r:.0f}' for r in rates)})"
                )
    finally:
        pg.stop()


if __name__ == "__main__":
    say_machine()
    main()
    say_machine()  # the load while it ran
