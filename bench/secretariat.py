"""The Secretariat's work at scale: exports of the merged household dataset in every format,
and the search for duplicates — time and peak memory, each in a process of its own.

    .venv/bin/python bench/secretariat.py [--submissions 10000 100000] [--db sqlite|postgresql]
        [--jobs csv xlsx parquet dta sav indicators duplicates]

Submissions: a few hundred from the random filler, replicated with fresh uuids over 7 sites
and 2 form versions, stored as the server stores them; one household in a hundred is
surveyed twice (the duplicates to find). Memory that stays flat as the count
grows is what "streamed" means. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import resource
import shutil
import sys
import tempfile
import time
import uuid as uuidlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.machine import say as say_machine  # noqa: E402

JOBS = ("csv", "xlsx", "parquet", "dta", "sav", "indicators", "duplicates")
SITES = ["Kakuma", "Koboko", "Arua", "Assosa", "Jigjiga", "Gabiley", "Borama"]
FORMS = Path(__file__).resolve().parent.parent / "forms"


def fill_database(url: str, n: int, work: Path) -> None:
    from openpyxl import load_workbook

    from central_server import accounts, published_forms, schema
    from central_server.db import make_engine
    from central_server.intake.ingest import Sent, store
    from form_engine import load_xlsform
    from form_engine.fill import random_submissions
    from sync_protocol import PushItem

    engine = make_engine(url)
    schema.upgrade(engine)
    # a second version: the same questions, another version number
    second = work / "household-v2.xlsx"
    wb = load_workbook(FORMS / "household.xlsx")
    ws = wb["settings"]
    header = [c.value for c in ws[1]]
    ws.cell(row=2, column=header.index("version") + 1, value="2026120201")
    wb.save(second)
    form = load_xlsform(FORMS / "household.xlsx")
    samples = [e["data"] for e in random_submissions(form, 300, seed=11)]
    with engine.begin() as conn:
        published_forms.publish(conn, FORMS / "household.xlsx")
        published_forms.publish(conn, second)
        senders = []
        for site in SITES:
            accounts.add_site(conn, site)
            name = f"enum_{site.lower()}"
            accounts.add_user(
                conn, name, role="enumerator", site=site, password="bench-pass-01", memory_kib=1024
            )
            senders.append(
                accounts.login(conn, name, "bench-pass-01", label="bench", device_id=name)[1]
            )
        accounts.add_user(
            conn, "sec", role="secretariat", site=None, password="bench-pass-01", memory_kib=1024
        )
    batch: list = []
    for i in range(n):
        uid = str(uuidlib.UUID(int=i + 1, version=4))
        # every household its own number, but one in a hundred surveyed twice at its site
        # (the same answers and number as the household 7 before it, which is at this site)
        # and one in a hundred again in another city (the household 8 before it, which is
        # at the site before this one: it moved)
        twice = i % 100 == 99
        moved = i % 100 == 49
        back = 7 if twice else 8 if moved else 0
        data = dict(samples[(i - back) % len(samples)])
        data["meta/instanceID"] = f"uuid:{uid}"
        data["identification/hh_no"] = i - back + 1
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        item = PushItem(
            uuid=uid,
            form_id="household",
            form_version="2026120101" if i % 2 else "2026120201",
            revision=1,
            json_text=text,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
        )
        batch.append(Sent(senders[i % len(senders)], item, []))
        if len(batch) == 2000 or i == n - 1:
            with engine.begin() as conn:
                store(conn, batch, False)
            batch = []
    engine.dispose()


def upgrade(url: str) -> None:
    from central_server import schema
    from central_server.db import make_engine

    engine = make_engine(url)
    schema.upgrade(engine)
    engine.dispose()


def _run(job: str, url: str, out: str, queue, n: int) -> None:
    from central_server import accounts
    from central_server.db import make_engine, snapshot
    from central_server.merged import duplicates, exporting

    engine = make_engine(url)
    started = time.perf_counter()
    with snapshot(engine) as conn:
        who = accounts.principal_of(conn, "sec")
        if job == "indicators":
            from central_server.merged import indicators

            found = indicators.compute(conn, who, "household", state=None)
            detail = f"{len(found['groups'])} city x group figures"
        elif job == "duplicates":
            found = duplicates.probable(
                conn,
                who,
                "household",
                duplicates.parse_keys("zone,identification/hh_no,survey/head_name:name"),
            )
            across = sum(1 for p in found if p.second_site and p.second_site != p.site)
            within = sum(1 for i in range(n) if i % 100 == 99)
            moved = sum(1 for i in range(n) if i % 100 == 49)
            detail = (
                f"{len(found)} pairs: {len(found) - across} within a site ({within} planted), "
                f"{across} across cities ({moved} planted)"
            )
        else:
            src = exporting.source(conn, who, "household")
            counts = exporting.export(conn, src, job, Path(out))
            detail = f"{sum(counts.values())} rows, {Path(out).stat().st_size / 1e6:.0f} MB"
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # a helper reading a part beside it (central_server.merged.parts): its own peak, added
    helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if helper:
        detail += f", peak {peak:.0f} MiB here + {helper:.0f} MiB in a helper"
    queue.put((seconds, peak + helper, detail))


def measure(job: str, url: str, out: Path, n: int) -> tuple[float, float, str]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    p = ctx.Process(target=_run, args=(job, url, str(out), queue, n))
    p.start()
    result = queue.get()
    p.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--submissions", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--jobs", nargs="+", default=list(JOBS), choices=JOBS)
    parser.add_argument(
        "--keep",
        type=Path,
        help="(SQLite) keep the databases in this folder and use them again on the next run",
    )
    args = parser.parse_args()
    pg = None
    if args.db == "postgresql":
        from tests.postgres import TempPostgres

        pg = TempPostgres()
    try:
        for n in args.submissions:
            with tempfile.TemporaryDirectory() as tmp:
                work = Path(tmp)
                kept = args.keep / f"server-{n}.db" if args.keep and not pg else None
                url = pg.new_database() if pg else f"sqlite:///{work / 'server.db'}"
                if kept is not None and kept.exists():
                    print(f"{n} household submissions ({args.db}): kept from a run before")
                else:
                    started = time.perf_counter()
                    fill_database(url, n, work)
                    print(
                        f"{n} household submissions, 7 sites, 2 versions ({args.db}): stored in "
                        f"{time.perf_counter() - started:.0f} s"
                    )
                    if kept is not None:  # whole or not at all
                        kept.parent.mkdir(parents=True, exist_ok=True)
                        shutil.move(work / "server.db", kept)
                if kept is not None:
                    url = f"sqlite:///{kept}"
                    upgrade(url)  # kept by an older version: the indexes of this one
                for job in args.jobs:
                    seconds, peak, detail = measure(job, url, work / f"out.{job}", n)
                    print(f"  {job:10} {seconds:7.1f} s   peak memory {peak:6.0f} MiB   {detail}")
    finally:
        if pg:
            pg.stop()


if __name__ == "__main__":
    say_machine()
    main()
    say_machine()  # the load while it ran
