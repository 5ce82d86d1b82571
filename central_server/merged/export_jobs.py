"""Exports made on the server for whoever asks over HTTP (the desktop's Secretariat view):
started by one request, run in a thread of that worker process, their progress kept in
``export_jobs`` so any worker can say how far one got, and the file kept in the server's
data folder for a day. Only the person who asked can read its progress or fetch its file."""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection, Engine

from central_server.accounts import Principal, now_text
from central_server.db import export_jobs, snapshot
from central_server.errors import NotFound, Refusal, TooMany
from central_server.merged import exporting

KEPT_HOURS = 24
AT_ONCE = 2  # exports made at once by one server process (each reads the whole dataset)
PER_PERSON = 1
_running: dict[str, str] = {}  # job -> who asked, in this process
_running_lock = threading.Lock()
log = logging.getLogger("daftari.server")
STALLED_SECONDS = 120  # a running export tells its progress at least every few seconds
SUFFIX = {"csv": ".zip", "xlsx": ".xlsx", "parquet": ".zip", "dta": ".zip", "sav": ".zip"}


class NotReady(Refusal):
    status, code = 409, "export_not_ready"


def folder(data_dir: Path) -> Path:
    path = Path(data_dir) / "exports"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def start(
    engine: Engine,
    who: Principal,
    data_dir: Path,
    form_id: str,
    fmt: str,
    *,
    site: str | None = None,
    state: str | None = None,
    since: str | None = None,
    language: str | None = None,
    attachments: bool = False,
    raw: bool = False,
    duplicates: str = "exclude",
) -> str:
    """Check what is asked (as the command line checks it), then export in a thread; returns
    the export's id. Refusals (another site's data, an unknown format) come at once."""
    if fmt not in exporting.FORMATS:
        raise exporting.ExportRefused(
            f"no export format '{fmt}': one of {', '.join(exporting.FORMATS)}"
        )
    if attachments and fmt == "xlsx":
        raise exporting.ExportRefused("attachments go in a zip: export as csv, parquet, dta or sav")
    job = secrets.token_hex(16)
    with snapshot(engine) as conn:  # the checks and the count take no write lock
        src = exporting.source(
            conn, who, form_id, site=site, state=state, since=since, duplicates=duplicates
        )
        total = exporting.to_read(conn, src)
    with _running_lock:
        mine = sum(1 for owner in _running.values() if owner == who.username)
        if mine >= PER_PERSON or len(_running) >= AT_ONCE:
            raise TooMany(
                "an export of yours is still being made: wait for it"
                if mine >= PER_PERSON
                else f"{AT_ONCE} exports are being made on this server: try again in a minute",
                code="too_many_exports",
            )
        _running[job] = who.username
    try:
        at = now_text()
        with engine.begin() as conn:  # a short write: the job's row
            conn.execute(
                insert(export_jobs).values(
                    id=job,
                    by=who.username,
                    form_id=form_id,
                    format=fmt,
                    params={
                        "site": site,
                        "state": state,
                        "since": since,
                        "language": language,
                        "attachments": attachments,
                        "raw": raw,
                        "duplicates": duplicates,
                    },
                    state="running",
                    done=0,
                    total=total,
                    error="",
                    created_at=at,
                    updated_at=at,
                )
            )
        forget_old(engine, data_dir)
        thread = threading.Thread(
            target=_run,
            args=(engine, data_dir, job, src, fmt, language, attachments, raw),
            name=f"daftari-export-{job[:8]}",
            daemon=True,
        )
        thread.start()
    except BaseException:
        with _running_lock:
            _running.pop(job, None)
        raise
    return job


def _run(engine, data_dir, job, src, fmt, language, attachments, raw) -> None:
    out = folder(data_dir) / (job + SUFFIX[fmt])
    partial = out.with_name(out.name + ".partial")
    last, read = [0.0], [0]

    def progress(n: int) -> None:
        read[0] = n
        if time.monotonic() - last[0] >= 1.0:  # at most once a second to the database
            last[0] = time.monotonic()
            _update(engine, job, done=n)

    try:
        with snapshot(engine) as conn:  # no write lock held: devices sync meanwhile
            rows = exporting.export(
                conn,
                src,
                fmt,
                partial,
                language=language,
                attachments=attachments,
                progress=progress,
                raw=raw,
                scratch=out.parent,
            )
        partial.replace(out)
        os.chmod(out, 0o600)
        _update(engine, job, state="done", rows=rows, done=read[0], total=read[0])
    except Exception as exc:  # told to the person who asked, never lost in a thread
        partial.unlink(missing_ok=True)
        message = (
            str(exc) if isinstance(exc, Refusal) else f"the export failed ({type(exc).__name__})"
        )
        try:
            _update(engine, job, state="failed", error=message)
        except Exception as again:  # the database is gone too: the row says "stalled" later
            log.warning("export %s: %s, then %s", job[:8], type(exc).__name__, type(again).__name__)
    finally:
        with _running_lock:
            _running.pop(job, None)


def _update(engine: Engine, job: str, **values) -> None:
    with engine.begin() as conn:
        conn.execute(
            update(export_jobs)
            .where(export_jobs.c.id == job)
            .values(**values, updated_at=now_text())
        )


def status(conn: Connection, who: Principal, job: str) -> dict:
    row = conn.execute(select(export_jobs).where(export_jobs.c.id == job)).first()
    if row is None or row.by != who.username:
        raise NotFound("there is no such export of yours")
    state, error = row.state, row.error
    if state == "running" and _older(row.updated_at, STALLED_SECONDS):
        state, error = "failed", "the server stopped during the export: start it again"
    return {
        "id": row.id,
        "form_id": row.form_id,
        "format": row.format,
        "state": state,
        "done": row.done,
        "total": row.total,
        "rows": dict(row.rows or {}),
        "error": error,
        "created_at": row.created_at,
        "file_name": f"{row.form_id}-{row.created_at[:10]}{SUFFIX.get(row.format, '')}",
    }


def file_of(conn: Connection, who: Principal, data_dir: Path, job: str) -> tuple[Path, str]:
    found = status(conn, who, job)
    if found["state"] != "done":
        raise NotReady(
            f"the export is {found['state']}: fetch it when it is done"
            + (f" ({found['error']})" if found["error"] else "")
        )
    path = folder(data_dir) / (job + SUFFIX[found["format"]])
    if not path.is_file():
        raise NotFound("the export's file is no longer kept (a day): export again")
    return path, found["file_name"]


def _older(at: str, seconds: int) -> bool:
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return True
    return datetime.now(UTC) - moment > timedelta(seconds=seconds)


_forgot = [0.0]


def forget_old_now_and_then(engine: Engine, data_dir: Path) -> None:
    """``forget_old`` at most every ten minutes (asked on every look at an export)."""
    if time.monotonic() - _forgot[0] > 600:
        _forgot[0] = time.monotonic()
        forget_old(engine, data_dir)


def forget_old(engine: Engine, data_dir: Path) -> None:
    """Exports are respondents' answers: no file is kept more than a day, and a job's row a
    week. Done when an export starts, when one is asked about, and as the server starts."""
    limit = time.time() - KEPT_HOURS * 3600
    for f in folder(data_dir).iterdir():
        try:
            if f.stat().st_mtime < limit:
                if f.is_dir():  # an export's parts, left by a server killed mid-way
                    shutil.rmtree(f, ignore_errors=True)
                else:
                    f.unlink()
        except OSError:
            pass
    week = (datetime.now(UTC) - timedelta(days=7)).isoformat(timespec="milliseconds")
    with engine.begin() as conn:
        conn.execute(delete(export_jobs).where(export_jobs.c.created_at < week))
