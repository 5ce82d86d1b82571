"""The quality checks at scale (issue 26): the checks of the household form over a million
submissions (time and peak memory, in a process of its own), the summaries the per-enumerator
table reads (made as submissions arrive: their rate), and the table for a site of 100,000.

    .venv/bin/python bench/quality.py [--submissions 1000000] [--site 100000]
                                      [--db sqlite|postgresql]

Submissions: the random filler's households, replicated with fresh uuids over 7 sites and 10
enumerators each (the site of the table gets ``--site`` of them), each with an audit log read
(its time on screen and questions shown, as central_server.paradata keeps them), GPS points
in and out of the site's zones, and the rules a supervisor would write: duration, GPS in
the zone, outliers of household size, an enumerator's small rosters. The ingest rate with
the quality rounds on and off is bench/sync.py --ingest-quality. Prints figures; asserts
nothing."""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import random
import resource
import sys
import tempfile
import time
import uuid as uuidlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.machine import say as say_machine  # noqa: E402

SITES = ["Kakuma", "Koboko", "Arua", "Assosa", "Jigjiga", "Gabiley", "Borama"]
FORMS = Path(__file__).resolve().parent.parent / "forms"
RULES = [
    ("too_fast", "duration", "", "min_minutes=5 below_median=0.5"),
    ("outside", "gps_area", "gps", ""),
    ("size_far", "outlier", "hh_size", "k=3"),
    ("few_people", "enumerator_low", "member", "ratio=0.6 min_interviews=20"),
]


def square(lat: float, lon: float, half: float) -> dict:
    ring = [
        [lon - half, lat - half],
        [lon + half, lat - half],
        [lon + half, lat + half],
        [lon - half, lat + half],
        [lon - half, lat - half],
    ]
    return {"type": "Polygon", "coordinates": [ring]}


def fill(url: str, n: int, site_n: int) -> None:
    from sqlalchemy import insert

    from central_server import accounts, areas, checks, published_forms, schema
    from central_server.db import make_engine, paradata_files
    from central_server.intake.ingest import Sent, store
    from form_engine import load_xlsform
    from form_engine.fill import random_submissions
    from sync_protocol import PushItem

    engine = make_engine(url)
    schema.upgrade(engine)
    form = load_xlsform(FORMS / "household.xlsx")
    samples = [e["data"] for e in random_submissions(form, 300, seed=11)]
    senders: dict[str, list] = {}
    with engine.begin() as conn:
        published_forms.publish(conn, FORMS / "household.xlsx")
        accounts.add_user(
            conn, "admin_b", role="admin", site=None, password="bench-pass-01", memory_kib=1024
        )
        admin = accounts.principal_of(conn, "admin_b")
        for i, site in enumerate(SITES):
            accounts.add_site(conn, site)
            areas.set_areas(conn, admin, site, json.dumps(square(3.0 + i, 31.0, 0.05)).encode())
            senders[site] = []
            for e in range(10):
                name = f"enum_{site.lower()}_{e}"
                accounts.add_user(
                    conn,
                    name,
                    role="enumerator",
                    site=site,
                    password="bench-pass-01",
                    memory_kib=1024,
                )
                senders[site].append(
                    accounts.login(conn, name, "bench-pass-01", label="bench", device_id=name)[1]
                )
            accounts.add_user(
                conn,
                f"super_{site.lower()}",
                role="supervisor",
                site=site,
                password="bench-pass-01",
                memory_kib=1024,
            )
        sec = accounts.principal_of(conn, "admin_b")
        for name, check, field, parameters in RULES:
            checks.add_rule(conn, sec, "household", checks.Rule(name, check, field, parameters))
    rng = random.Random(7)
    others = (n - site_n) // (len(SITES) - 1)
    counts = [site_n] + [others] * (len(SITES) - 1)
    batch: list = []
    timed: list[dict] = []
    made = 0
    for s, (site, count) in enumerate(zip(SITES, counts, strict=True)):
        for i in range(count):
            uid = str(uuidlib.UUID(int=made + 1, version=4))
            data = dict(samples[made % len(samples)])
            data["meta/instanceID"] = f"uuid:{uid}"
            inside = rng.random() > 0.02
            lat = 3.0 + s + (rng.uniform(-0.04, 0.04) if inside else 0.3)
            data["identification/gps"] = f"{lat:.6f} {31.0 + rng.uniform(-0.04, 0.04):.6f} 0 5"
            text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            item = PushItem(
                uuid=uid,
                form_id="household",
                form_version="2026120101",
                revision=1,
                json_text=text,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
            )
            batch.append(Sent(senders[site][i % 10], item, []))
            questions = rng.randint(40, 70)
            timed.append(
                {
                    "uuid": uid,
                    "revision": 1,
                    "sha256": "0" * 64,
                    "state": "read",
                    "problem": "",
                    "events": questions + 4,
                    "shown_ms": int(questions * rng.uniform(8_000, 25_000)),
                    "questions": questions,
                    "read_at": "2026-12-07T00:00:00+00:00",
                }
            )
            made += 1
            if len(batch) == 5000:
                with engine.begin() as conn:
                    store(conn, batch, False)
                    conn.execute(insert(paradata_files), timed)
                batch, timed = [], []
    if batch:
        with engine.begin() as conn:
            store(conn, batch, False)
            conn.execute(insert(paradata_files), timed)
    engine.dispose()


def _summaries(url: str, queue) -> None:
    from central_server import summaries
    from central_server.db import make_engine

    engine = make_engine(url)
    started = time.perf_counter()
    done = 0
    while True:
        n = summaries.summarize_waiting(engine)
        if not n:
            break
        done += n
    queue.put((time.perf_counter() - started, done))


def _checks(url: str, queue) -> None:
    from central_server import checks
    from central_server.db import make_engine

    engine = make_engine(url)
    report = checks.check_form(engine, "household")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    by_rule: dict[str, int] = {}
    for f in report.flags:
        by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
    queue.put((report.seconds, peak, report.submissions, by_rule, report.problems))


def _table(url: str, queue) -> None:
    from central_server import accounts
    from central_server.db import make_engine, snapshot
    from central_server.merged import quality

    engine = make_engine(url)
    with snapshot(engine) as conn:
        who = accounts.principal_of(conn, f"super_{SITES[0].lower()}")
        times = []
        for _ in range(3):
            started = time.perf_counter()
            rows = quality.enumerator_table(conn, who, "household")
            times.append(time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    interviews = next(r.interviews for r in rows if r.enumerator == "(team)" and r.day == "(all)")
    queue.put((sorted(times)[1], peak, len(rows), interviews))


def run(target, url: str):
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    p = ctx.Process(target=target, args=(url, queue))
    p.start()
    result = queue.get()
    p.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=1_000_000)
    parser.add_argument("--site", type=int, default=100_000, help="the table's site's submissions")
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="daftari-quality-") as work:
        pg = None
        if args.db == "postgresql":
            from tests.postgres import TempPostgres

            pg = TempPostgres()
            url = pg.new_database()
        else:
            url = f"sqlite:///{Path(work) / 'server.db'}"
        try:
            started = time.perf_counter()
            fill(url, args.submissions, args.site)
            print(
                f"filled: {args.submissions:,} household submissions over {len(SITES)} sites "
                f"({args.site:,} at {SITES[0]}), {args.db}, in {time.perf_counter() - started:.0f} s",
                flush=True,
            )
            seconds, done = run(_summaries, url)
            print(
                f"summaries (what the table reads, made as submissions arrive): {done:,} in "
                f"{seconds:.1f} s ({done / seconds:,.0f}/s)",
                flush=True,
            )
            seconds, peak, checked, by_rule, problems = run(_checks, url)
            print(
                f"checks: {checked:,} submissions, {len(RULES)} rules, in {seconds:.1f} s, "
                f"peak {peak:.0f} MiB; flags {by_rule}"
                + (f"; problems {problems}" if problems else ""),
                flush=True,
            )
            seconds, peak, rows, interviews = run(_table, url)
            print(
                f"per-enumerator table, {SITES[0]} ({interviews:,} interviews): {seconds:.2f} s "
                f"(median of 3), {rows} rows, peak {peak:.0f} MiB",
                flush=True,
            )
        finally:
            if pg is not None:
                pg.stop()


if __name__ == "__main__":
    say_machine()
    main()
    say_machine()
