"""Checking stored submissions against their form, just after they were acknowledged.

A bulk push or an OpenRosa submission is answered as soon as it is durable; its check against
the form's rules (types, choices, constraints, required, relevance — :func:`form_engine.
validate_submission`) runs here, in a process of its own (``daftari-server run``) or a thread
(an app made by ``create_app`` alone). A checker takes a handful of waiting revisions (so that
several never check the same ones, and one that died leaves them to the others after
``STALE_SECONDS``), checks them with no transaction open, and records each verdict once. A
revision that breaks its form's rules becomes ``rejected`` with its reasons, and its sender
gets it back at the next sync — as a "returned" decision by ``server checks`` — to correct.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable

from sqlalchemy import false, func, insert, or_, select, update
from sqlalchemy.engine import Engine

from central_server import published_forms
from central_server.accounts import now_text
from central_server.db import changes, decisions, reading, revisions, submissions, writing
from central_server.intake import entities
from central_server.intake.ingest import Revision, problems

log = logging.getLogger("daftari.server")

TAKE = 40  # revisions a checker takes at once
STALE_SECONDS = 30  # taken this long ago and still unchecked: its checker died (a round
# of TAKE submissions takes well under a second)
BY = "server checks"  # who a verdict's decision is by


def waiting(engine: Engine) -> int:
    """How many stored revisions are still to be checked."""
    with reading(engine) as conn:
        return conn.execute(
            select(func.count()).select_from(revisions).where(revisions.c.checked == false())
        ).scalar_one()


def check_waiting(engine: Engine, *, take: int = TAKE) -> int:
    """Check up to ``take`` waiting revisions; how many were checked (0: none waiting)."""
    taken = _take(engine, take)
    if not taken:
        return 0
    verdicts: list[tuple[Revision, list[str], bool]] = []
    for rev in taken:
        try:
            with reading(engine) as conn:
                form = published_forms.model(conn, rev.form_id, rev.form_version)
            verdicts.append((rev, problems(form, rev), True))
        except Exception as exc:  # a fault of the server's, not of the submission
            log.error("checking a submission failed: %s", type(exc).__name__)
            verdicts.append(
                (rev, [f"the server could not check this submission ({type(exc).__name__})"], False)
            )
    _record(engine, verdicts)
    return len(taken)


def _take(engine: Engine, take: int) -> list[Revision]:
    now = int(time.time())
    with writing(engine) as conn:
        query = (
            select(
                revisions.c.seq,
                revisions.c.uuid,
                revisions.c.revision,
                submissions.c.form_id,
                revisions.c.form_version,
                revisions.c.json_text,
                revisions.c.paper,  # what it keeps as written on the paper
            )
            .select_from(revisions.join(submissions, submissions.c.uuid == revisions.c.uuid))
            .where(
                revisions.c.checked == false(),
                or_(
                    revisions.c.checking_since.is_(None),
                    revisions.c.checking_since < now - STALE_SECONDS,
                ),
            )
            .order_by(revisions.c.seq)
            .limit(take)
        )
        if conn.dialect.name == "postgresql":  # SQLite's writers already take turns
            query = query.with_for_update(skip_locked=True, of=revisions)
        taken = [Revision(*row) for row in conn.execute(query)]
        if taken:
            conn.execute(
                update(revisions)
                .where(revisions.c.seq.in_([r.seq for r in taken]))
                .values(checking_since=now)
            )
    return taken


def _record(engine: Engine, verdicts: list[tuple[Revision, list[str], bool]]) -> None:
    at = now_text()
    with writing(engine) as conn:
        for rev, reasons, broken in verdicts:
            row = conn.execute(
                select(revisions.c.status, revisions.c.reasons).where(
                    revisions.c.seq == rev.seq, revisions.c.checked == false()
                )
            ).first()
            if row is None:  # another checker recorded it first
                continue
            status = row[0]
            if reasons and broken and status == "stored":
                status = "rejected"
            conn.execute(
                update(revisions)
                .where(revisions.c.seq == rev.seq)
                .values(
                    checked=True,
                    checking_since=None,
                    status=status,
                    reasons=[*(row[1] or []), *reasons],
                )
            )
            if status != "rejected":
                continue
            owner = conn.execute(
                update(submissions)
                .where(submissions.c.uuid == rev.uuid, submissions.c.revision == rev.revision)
                .values(status="rejected", updated_at=at)
                .returning(submissions.c.site_id)
            ).first()
            if owner is None:  # a newer revision came since: that one is what counts
                continue
            decision = conn.execute(
                insert(decisions).values(
                    uuid=rev.uuid,
                    decision="returned",
                    comment="\n".join(reasons),
                    by=BY,
                    at=at,
                    revision=rev.revision,
                    level="server",
                )
            ).inserted_primary_key[0]  # type: ignore[index]
            conn.execute(
                insert(changes).values(site_id=owner[0], kind="decision", ref=str(decision), at=at)
            )


class Checker:
    """Checks in a thread of this process: woken when this process has stored something, and
    every ``poll`` seconds for what other processes stored."""

    def __init__(self, engine: Engine, *, poll: float = 1.0) -> None:
        self.engine = engine
        self.poll = poll
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stopped = False

    def wake(self) -> None:
        with self._lock:
            if self._thread is None and not self._stopped:
                self._thread = threading.Thread(
                    target=self._run, name="daftari-checker", daemon=True
                )
                self._thread.start()
        self._wake.set()

    def _run(self) -> None:
        keep_checking(self.engine, wait=lambda: self._wait())

    def _wait(self) -> bool:
        self._wake.wait(self.poll)
        self._wake.clear()
        return not self._stopped

    def stop(self) -> None:
        """Finish the round under way and stop (what is left waits for the next start)."""
        with self._lock:
            self._stopped = True
            thread = self._thread
        self._wake.set()
        if thread is not None:
            thread.join(30)


def keep_checking(engine: Engine, *, wait: Callable[[], bool]) -> None:
    """Check whatever is waiting, then ``wait()``; until ``wait()`` says False. Once a day,
    the janitor forgets unfinished uploads and files no submission names. Between, the
    quality rounds: audit logs read (central_server.paradata), submissions summarised
    (central_server.summaries), the forms' checks run (central_server.checks)."""
    from central_server import checks, janitor, paradata, summaries

    # the quality rounds (audit logs read, submissions summarised, checks run): on unless
    # the operator says DAFTARI_QUALITY=off (a server that only collects; the benches)
    quality = os.environ.get("DAFTARI_QUALITY", "on").lower() not in ("off", "0", "no")

    swept = time.monotonic() - janitor.EVERY_SECONDS + 60  # the first a minute after start
    while True:
        try:
            while check_waiting(engine) or entities.apply_waiting(engine):
                pass
        except Exception as exc:  # the database away for a moment: try again after the wait
            log.warning("the checker could not reach the database: %s", type(exc).__name__)
        # each quality round on its own: one that fails (a file no reader foresaw) stops
        # neither the others nor the janitor, and is said by its name
        for name, round_ in (
            ("reading audit logs", paradata.read_waiting),
            ("summarising submissions", summaries.summarize_waiting),
            ("running the checks", checks.run_due),
        ):
            try:
                while quality and round_(engine):
                    pass
            except Exception as exc:
                log.warning("the checker failed %s: %s", name, type(exc).__name__)
        try:
            if time.monotonic() - swept >= janitor.EVERY_SECONDS:
                swept = time.monotonic()
                janitor.sweep(engine)
        except Exception as exc:
            log.warning("the janitor could not sweep: %s", type(exc).__name__)
        if not wait():
            return


def checker_process(database_url: str, poll: float = 0.2) -> None:
    """``daftari-server run``'s checking process: below the request workers in priority
    (Linux's idle class), so that answering senders comes first and checking catches up in
    the time they leave — a burst is acknowledged at full speed, its verdicts follow."""
    from central_server.db import make_engine

    try:  # Linux: only the CPU time nobody else wants
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        if hasattr(os, "nice"):
            os.nice(10)
    engine = make_engine(database_url)

    def pause() -> bool:
        time.sleep(poll)
        return True

    keep_checking(engine, wait=pause)
