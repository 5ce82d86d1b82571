"""The SQLite file: one connection per thread, WAL, foreign keys, integrity check at open,
write transactions with ``BEGIN IMMEDIATE``, and rolling backups."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from desktop_app.errors import StoreDamaged, StoreFull, StoreMissing

if TYPE_CHECKING:  # sqlite_utils only once a database is opened (desktop_app.store.schema):
    from sqlite_utils import Database  # `daftari --help` and light commands start quicker

KEEP_BACKUPS = 3
BACKUP_EVERY = timedelta(hours=12)


class Connections:
    """Opens the database once per thread (a sqlite3 connection belongs to its thread)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[tuple[threading.Thread, sqlite3.Connection]] = []
        self._lock = threading.Lock()

    def get(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = _connect(self.path)
            self._local.conn = conn
            with self._lock:
                self._all.append((threading.current_thread(), conn))
        return conn

    def db(self) -> Database:
        from desktop_app.store.schema import Database as Loaded  # imported without pandas

        return Loaded(self.get())

    def close_all(self) -> None:
        """Close this thread's connection and those of threads that have ended. A connection
        of a thread still running is left to it: closing it under a query that thread is
        running crashes the process (sqlite3 does not guard a connection shared across
        threads); it closes when that thread's connection is collected."""
        with self._lock:
            here = threading.current_thread()
            for thread, conn in self._all:
                if thread is here or not thread.is_alive():
                    conn.close()
            self._all.clear()
        self._local = threading.local()


def _connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on the disk before it returns, so a power cut keeps it.
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
    except sqlite3.DatabaseError as exc:
        _refuse_to_open(exc, path)
    return conn


# Below this much free space, an error opening the database is the full disk's doing (SQLite
# says only "disk I/O error" when it cannot create its write-ahead log).
NEARLY_FULL = 4 * 1024 * 1024


def _refuse_to_open(exc: sqlite3.DatabaseError, path: Path) -> NoReturn:
    """Say why the database cannot be opened — the real cause, so that nobody restores a
    backup (and loses what was saved since) over a database that is fine on a full disk."""
    text = str(exc).lower()
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        free = NEARLY_FULL
    if "full" in text or "no space" in text or free < NEARLY_FULL:
        raise StoreFull(
            f"the disk holding {path.parent} is full ({free // 1024} kB free), so Daftari "
            "cannot open its database. Free some space and start again: nothing was changed "
            "and everything saved is intact (do not restore a backup)."
        ) from exc
    if (
        "readonly" in text
        or "read-only" in text
        or "permission" in text
        or "unable to open" in text
    ):
        raise StoreFull(
            f"{path} cannot be opened for writing ({exc}): check that this account may write "
            "in that folder. Nothing was changed."
        ) from exc
    raise StoreDamaged(
        f"{path} is damaged: it is not a readable Daftari database ({exc}). Nothing was "
        f"changed. Earlier copies are kept in {path.parent / 'backups'}: 'daftari backup list' "
        "shows them and 'daftari backup restore' puts the newest back (what was saved after "
        "it is lost)."
    ) from exc


def open_database(path: Path) -> Connections:
    """Open (creating if needed), check integrity and bring the schema up to date. A database
    that has gone while backups of it are there is not silently made anew."""
    backups = sorted((path.parent / "backups").glob("daftari-*.db"))
    if backups and (not path.exists() or path.stat().st_size == 0):
        raise StoreMissing(
            f"the database {path} is {'empty' if path.exists() else 'missing'}, but backups of "
            f"it are kept in {path.parent / 'backups'} (the newest: {backups[-1].name}). "
            "Nothing was created. 'daftari backup restore' puts the newest back."
        )
    connections = Connections(path)
    conn = connections.get()
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        connections.close_all()
        _refuse_to_open(exc, path)
    if problems != ["ok"]:
        connections.close_all()
        raise StoreDamaged(
            f"{path} failed its integrity check: {'; '.join(problems[:3])}. Nothing was "
            f"changed. Earlier copies are kept in {path.parent / 'backups'}: 'daftari backup "
            "list' shows them and 'daftari backup restore' puts the newest back."
        )
    try:
        from desktop_app.store.schema import migrations

        migrations.apply(connections.db())
    except sqlite3.OperationalError as exc:
        connections.close_all()
        _raise_write_error(exc, path)
        raise
    return connections


def _raise_write_error(exc: sqlite3.Error, path: Path) -> None:
    text = str(exc).lower()
    if "full" in text or "no space" in text:
        raise StoreFull(
            f"the disk holding {path.parent} is full: the last change was not saved. "
            "Free some space; everything saved before is intact."
        ) from exc
    if "readonly" in text or "read-only" in text:
        raise StoreFull(f"{path} cannot be written (read-only): the last change was not saved.")


@contextmanager
def write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction taken at once (``BEGIN IMMEDIATE``): no lock upgrade deadlocks."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        _raise_write_error(exc, Path(conn.execute("PRAGMA database_list").fetchone()[2]))
        raise
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError):
            _raise_write_error(exc, Path(conn.execute("PRAGMA database_list").fetchone()[2]))
        raise


def backup_if_due(conn: sqlite3.Connection, directory: Path, now: datetime) -> Path | None:
    """Copy the database to ``directory`` when the newest copy is older than
    ``BACKUP_EVERY``; keep the newest ``KEEP_BACKUPS``. Copies hold the same encrypted data."""
    directory.mkdir(parents=True, exist_ok=True)
    existing = sorted(directory.glob("daftari-*.db"))
    if existing:
        newest = datetime.fromtimestamp(existing[-1].stat().st_mtime, tz=now.tzinfo)
        if now - newest < BACKUP_EVERY:
            return None
    target = directory / f"daftari-{now.strftime('%Y%m%d-%H%M%S')}.db"
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    conn.execute("VACUUM INTO ?", (str(partial),))  # a compact copy, free pages dropped
    partial.replace(target)
    for old in sorted(directory.glob("daftari-*.db"))[:-KEEP_BACKUPS]:
        old.unlink()
    return target
