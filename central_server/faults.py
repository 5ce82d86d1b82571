"""Fault points for the tests: the server kills itself (SIGKILL, as a power cut or the
kernel's OOM killer would) at a named moment of storing submissions, so that a test can show
what a client was told and what is there after a restart — without timing a kill from the
outside.

``DAFTARI_FAULT`` (read once, when this module is imported) names the point:

- ``at-commit``: the transaction that stores pushed submissions is about to commit (nothing
  of it is durable yet): the process dies instead of committing;
- ``after-commit``: that transaction has committed (durable), and nobody was answered yet:
  the process dies before answering.

These are the transactions of the group writer (``/api/v1/sync/push``, OpenRosa's
``/submission``), of ``/api/v1/sync/exchange`` and of a carried bundle's import — any that
ran :func:`central_server.intake.ingest.store` — on SQLite and PostgreSQL alike
(:func:`watch` for the commits SQLAlchemy makes, :func:`point` in
:mod:`central_server.intake.pg_store` for the one it sends itself). Logins, reviews and the
checker commit as usual.

Before dying the process waits :data:`LINGER` seconds, so that an answer given too early —
before the commit — does reach its client, and a test sees it.

Unset (production), nothing happens: :func:`point` compares two strings, and
:func:`watch` and :func:`stored` return at once (no hook is installed on the engine).
"""

from __future__ import annotations

import logging
import os
import signal
import time
from typing import Any

from sqlalchemy.engine import Connection, Engine

POINTS = ("at-commit", "after-commit")
LINGER = 0.3  # seconds: for an early answer to reach its client
_FAULT = os.environ.get("DAFTARI_FAULT", "")
_STORED = "daftari_stored_submissions"  # on a connection's info: its transaction stored some

log = logging.getLogger("daftari.server")


def point(name: str) -> None:
    """Die here (SIGKILL) when ``DAFTARI_FAULT`` names this point; else nothing."""
    if name != _FAULT:
        return
    time.sleep(LINGER)
    os.kill(os.getpid(), signal.SIGKILL)


def stored(conn: Connection) -> None:
    """Note that ``conn``'s transaction stores submissions: its commit is a fault point."""
    if _FAULT:
        conn.info[_STORED] = True


def watch(engine: Engine) -> None:
    """Make the commits of ``engine``'s transactions that stored submissions fault points
    (nothing when no fault is named)."""
    if not _FAULT:
        return
    if _FAULT not in POINTS:
        raise RuntimeError(f"DAFTARI_FAULT={_FAULT!r} names no fault point (one of {POINTS})")
    log.warning("DAFTARI_FAULT=%s: this server kills itself there (a test build)", _FAULT)
    dialect = engine.dialect
    commit, rollback = dialect.do_commit, dialect.do_rollback

    def do_commit(dbapi_connection: Any) -> None:
        storing = _info(dbapi_connection).pop(_STORED, False)
        if storing:
            point("at-commit")
        commit(dbapi_connection)
        if storing:
            point("after-commit")

    def do_rollback(dbapi_connection: Any) -> None:
        _info(dbapi_connection).pop(_STORED, None)
        rollback(dbapi_connection)

    # the dialect's own methods, wrapped on this engine's dialect only
    setattr(dialect, "do_commit", do_commit)  # noqa: B010
    setattr(dialect, "do_rollback", do_rollback)  # noqa: B010


def _info(dbapi_connection: Any) -> dict:
    """SQLAlchemy's info dict of the pool's connection: the one :func:`stored` marked (none
    for the bare connection of SQLAlchemy's first connect)."""
    try:
        info = dbapi_connection.info
    except (AttributeError, NotImplementedError):
        return {}
    return info if isinstance(info, dict) else {}  # psycopg's own ``info`` is no dict
