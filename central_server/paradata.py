"""Paradata on the server (issue 26): the audit log a submission brings (``audit.csv``, named by
its ``meta/audit`` answer — from Collect over OpenRosa, or from the desktop by sync, bundle or
exchange, every path alike) read into rows once its file is whole, so that checks, the
supervisors' tables and exports read Collect's and the desktop's logs the same way.

Runs beside the checker (``keep_checking``): it follows ``revisions.seq`` to find the revisions
that name an ``audit.csv``, and reads each file once all of it has arrived (a sync sends the
files after the answers). A submission's paradata is its newest revision's log (Collect's and
the desktop's logs grow with each edit). A log that cannot be read is kept as such, with why;
its submission is not touched. The file is read as the submission's site holds it
(``uploads.site_file``): a hash another site's file has gives nothing."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection, Engine

from central_server.accounts import now_text
from central_server.db import (
    attachment_sites,
    attachments,
    paradata_events,
    paradata_files,
    reader_mark,
    reading,
    revisions,
    set_reader_mark,
    submissions,
    writing,
)
from central_server.intake.uploads import site_file
from form_engine.paradata import MAX_EVENTS, AuditLogError, Event, read_csv, time_shown

log = logging.getLogger("daftari.server")

READER = "paradata"
AUDIT_FILE = "audit.csv"
SCAN = 1000  # revisions looked at in one go
TAKE = 4  # logs read in one go (each up to MAX_AUDIT: memory stays a few hundred MiB)
MAX_AUDIT = 16 * 1024 * 1024  # bytes of an audit.csv read (a day of one form is < 1 MiB)


def read_waiting(engine: Engine) -> int:
    """One round: new revisions looked at, and logs whose file is whole read. How many of
    either there were (0: nothing to do now)."""
    return _scan(engine) + _read_logs(engine)


def _scan(engine: Engine) -> int:
    with writing(engine) as conn:
        mark = reader_mark(conn, READER)  # one reader at a time moves it
        rows = conn.execute(
            select(
                revisions.c.seq,
                revisions.c.uuid,
                revisions.c.revision,
                revisions.c.status,
                revisions.c.attachment_names,
            )
            .where(revisions.c.seq > mark)
            .order_by(revisions.c.seq)
            .limit(SCAN)
        ).all()
        if not rows:
            return 0
        for _, uuid, revision, status, names in rows:
            sha = (names or {}).get(AUDIT_FILE) if isinstance(names, dict) else None
            if sha is None or status == "conflict":
                continue
            _expect(conn, uuid, revision, sha)
        set_reader_mark(conn, READER, rows[-1][0])
        return len(rows)


def _expect(conn: Connection, uuid: str, revision: int, sha: str) -> None:
    """The submission's log is now this revision's (an older revision's goes)."""
    held = conn.execute(
        select(paradata_files.c.revision).where(paradata_files.c.uuid == uuid)
    ).first()
    if held is not None and held[0] > revision:
        return
    if held is not None:
        conn.execute(delete(paradata_events).where(paradata_events.c.uuid == uuid))
        conn.execute(delete(paradata_files).where(paradata_files.c.uuid == uuid))
    conn.execute(
        insert(paradata_files).values(
            uuid=uuid, revision=revision, sha256=sha, state="waiting", problem=""
        )
    )


@dataclass
class _Waiting:
    uuid: str
    revision: int
    sha256: str
    site_id: int


def _read_logs(engine: Engine) -> int:
    with reading(engine) as conn:
        waiting = [
            _Waiting(*row)
            for row in conn.execute(
                select(
                    paradata_files.c.uuid,
                    paradata_files.c.revision,
                    paradata_files.c.sha256,
                    submissions.c.site_id,
                )
                .join(attachments, attachments.c.sha256 == paradata_files.c.sha256)
                .join(submissions, submissions.c.uuid == paradata_files.c.uuid)
                .join(  # whole, and held by the submission's own site
                    attachment_sites,
                    (attachment_sites.c.sha256 == paradata_files.c.sha256)
                    & (attachment_sites.c.site_id == submissions.c.site_id),
                )
                .where(paradata_files.c.state == "waiting", attachments.c.complete.is_(True))
                .limit(TAKE)
            )
        ]
        read = [(w, *_events(conn, w)) for w in waiting]
    if not read:
        return 0
    with writing(engine) as conn:
        for w, events, problem in read:
            _keep(conn, w, events, problem)
    return len(read)


def _events(conn: Connection, w: _Waiting) -> tuple[list[Event], str]:
    chunks = site_file(conn, w.sha256, w.site_id)
    if chunks is None:  # the query found it whole and the site's: gone since (the janitor)
        return [], "audit.csv was no longer held by the server"
    content = bytearray()
    for chunk in chunks:
        content += chunk
        if len(content) > MAX_AUDIT:
            return [], f"audit.csv is larger than {MAX_AUDIT // (1024 * 1024)} MiB: not read"
    try:
        events = read_csv(bytes(content), limit=MAX_EVENTS + 1)
    except AuditLogError as exc:
        return [], str(exc)
    except Exception as exc:  # whatever else a sender's file makes of the reader: said, kept
        return [], f"audit.csv could not be read ({type(exc).__name__})"
    if len(events) > MAX_EVENTS:  # read, and said: its later events are not counted
        return events[:MAX_EVENTS], (
            f"audit.csv holds more than {MAX_EVENTS:,} events: the first {MAX_EVENTS:,} were read"
        )
    return events, ""


def _keep(conn: Connection, w: _Waiting, events: list[Event], problem: str) -> None:
    mine = (
        (paradata_files.c.uuid == w.uuid)
        & (paradata_files.c.revision == w.revision)
        & (paradata_files.c.state == "waiting")
    )
    held = select(paradata_files.c.uuid).where(mine)
    if conn.dialect.name == "postgresql":  # two readers at once: the second waits, then
        held = held.with_for_update()  # finds it read already
    if conn.execute(held).first() is None:
        return  # a newer revision's log took its place, or another reader was first
    if problem and not events:
        log.warning("an audit log could not be read (submission %s)", w.uuid)
        conn.execute(
            update(paradata_files)
            .where(mine)
            .values(state="unreadable", problem=problem[:2000], read_at=now_text())
        )
        return
    conn.execute(delete(paradata_events).where(paradata_events.c.uuid == w.uuid))
    if events:
        conn.execute(
            insert(paradata_events),
            [
                {
                    "uuid": w.uuid,
                    "row": n,
                    "event": e.event,
                    "node": e.node,
                    "question": e.question,
                    "start_ms": e.start,
                    "end_ms": e.end,
                    "duration_ms": e.duration,
                    "latitude": e.latitude,
                    "longitude": e.longitude,
                    "accuracy": e.accuracy,
                    "old_value": e.old_value,
                    "new_value": e.new_value,
                    "user": e.user,
                    "change_reason": e.change_reason,
                }
                for n, e in enumerate(events, 1)
            ],
        )
    shown = time_shown(events)
    starts = [e.start for e in events if e.start]
    ends = [e.end if e.end is not None else e.start for e in events if e.start]
    conn.execute(
        update(paradata_files)
        .where(mine)
        .values(
            state="read",
            problem=problem[:2000],  # a log longer than the server reads: cut, and said
            events=len(events),
            shown_ms=shown.total,
            questions=shown.questions,
            first_ms=min(starts) if starts else None,
            last_ms=max(ends) if ends else None,
            read_at=now_text(),
        )
    )


def of_submission(conn: Connection, uuid: str) -> tuple[dict | None, list[Event]]:
    """A submission's log as read: its summary row (None: it brought none) and its events."""
    summary = conn.execute(select(paradata_files).where(paradata_files.c.uuid == uuid)).first()
    if summary is None:
        return None, []
    rows = conn.execute(
        select(paradata_events)
        .where(paradata_events.c.uuid == uuid)
        .order_by(paradata_events.c.row)
    ).mappings()
    events = [
        Event(
            event=r["event"],
            node=r["node"],
            start=r["start_ms"],
            end=r["end_ms"],
            latitude=r["latitude"],
            longitude=r["longitude"],
            accuracy=r["accuracy"],
            old_value=r["old_value"],
            new_value=r["new_value"],
            user=r["user"],
            change_reason=r["change_reason"],
        )
        for r in rows
    ]
    return dict(summary._mapping), events
