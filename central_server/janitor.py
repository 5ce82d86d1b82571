"""What any sender can leave on the server's disk, forgotten after a week, by one janitor:

- the parts of an upload never finished — a file's chunks (``attachment_parts``, a declared
  size never reached too), a bundle's (``bundle_parts``), an OpenRosa submission's media
  sent with ``*isIncomplete*`` and never followed by its last POST (``openrosa_parts``);
- files uploaded whole that no submission names a week later (``PUT /attachments``, the
  media of an OpenRosa submission never finished): their bytes, and which sites held them;
- sign-in attempts past any use (a wrong one after a day, a right one after 60 days).

A file a submission names is never removed, whatever its age. Run by the checking process
once a day (``daftari-server run``), and by ``daftari-server janitor``."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.engine import Engine

from central_server.accounts import KNOWN_ADDRESS_DAYS
from central_server.db import (
    attachment_chunks,
    attachment_parts,
    attachment_sites,
    attachments,
    bundle_parts,
    login_attempts,
    openrosa_parts,
    revisions,
    snapshot,
    writing,
)

log = logging.getLogger("daftari.server")
KEPT_DAYS = 7  # what an unfinished upload, or a file nobody names, is kept
EVERY_SECONDS = 24 * 3600
BATCH = 500  # files removed in one transaction (short: devices sync meanwhile)


def sweep(engine: Engine, *, days: int = KEPT_DAYS, now: datetime | None = None) -> dict[str, int]:
    """Forget what is older than ``days`` and unfinished or unnamed; how many of each."""
    cutoff = ((now or datetime.now(UTC)) - timedelta(days=days)).isoformat()
    done: dict[str, int] = {}
    moment = int((now or datetime.now(UTC)).timestamp())
    with writing(engine) as conn:
        # sign-in attempts: a wrong one counts for minutes, a right one makes its address
        # the account's own for KNOWN_ADDRESS_DAYS; nothing older is of use
        gone = conn.execute(
            delete(login_attempts).where(
                or_(
                    and_(login_attempts.c.ok.is_(False), login_attempts.c.at < moment - 86400),
                    login_attempts.c.at < moment - KNOWN_ADDRESS_DAYS * 86400,
                )
            )
        ).rowcount
        done["old sign-in attempts"] = max(0, gone or 0)
        for name, table in (
            ("attachment parts", attachment_parts),
            ("bundle parts", bundle_parts),
            ("openrosa parts", openrosa_parts),
        ):
            gone = conn.execute(delete(table).where(table.c.received_at < cutoff)).rowcount
            done[name] = max(0, gone or 0)
    old = _unnamed(engine, cutoff)
    for at in range(0, len(old), BATCH):
        batch = old[at : at + BATCH]
        with writing(engine) as conn:
            conn.execute(delete(attachment_chunks).where(attachment_chunks.c.sha256.in_(batch)))
            conn.execute(delete(attachment_sites).where(attachment_sites.c.sha256.in_(batch)))
            conn.execute(delete(attachments).where(attachments.c.sha256.in_(batch)))
    done["files no submission names"] = len(old)
    if any(done.values()):
        log.info("janitor: %s", ", ".join(f"{n} {what}" for what, n in done.items()))
    return done


def _unnamed(engine: Engine, cutoff: str) -> list[str]:
    """The files received before ``cutoff`` that no submission names (one pass over the
    revisions' file lists, in a snapshot that takes no write lock)."""
    with snapshot(engine) as conn:
        old = {
            sha
            for (sha,) in conn.execute(
                select(attachments.c.sha256).where(attachments.c.created_at < cutoff)
            )
        }
        if not old:
            return []
        rows = conn.execution_options(yield_per=2000).execute(
            select(revisions.c.attachments).where(revisions.c.attachments.is_not(None))
        )
        for (named,) in rows:
            for sha in named or ():
                old.discard(sha)
        for (sha,) in conn.execute(select(openrosa_parts.c.sha256)):  # a submission's
            old.discard(sha)  # earlier POSTs: named by its last one, still to come
    return sorted(old)
