"""Attachments arrive content-addressed (SHA-256) in chunks.

- An upload in progress belongs to the device sending it (``attachment_parts``): another
  device, honest or not, sending chunks under the same hash never mixes its bytes in, never
  moves the offset, never blocks it.
- When the last chunk arrives the whole file is checked against its hash. A file whose bytes
  do not match is dropped — and the drop is kept even though the answer is a refusal — so its
  device starts again from the first byte on the next try, instead of being stuck forever.
- A file is stored once, whatever the number of senders; a site holds it only once one of its
  own devices has uploaded it whole (``attachment_sites``). Knowing a hash proves nothing:
  asking about a file another site holds answers "not here yet".

Chunks live in the database, so any server process can take the next one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from central_server.accounts import Principal, now_text
from central_server.db import attachment_chunks, attachment_parts, attachment_sites, attachments
from central_server.errors import Conflict, Refusal

MAX_ATTACHMENT = 200 * 1024 * 1024


@dataclass
class Upload:
    received: int
    complete: bool
    damaged: bool = False  # the whole file did not match its hash: dropped, start again


def _check_name(sha256: str) -> None:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise Refusal("an attachment is named by the SHA-256 of its bytes (64 hex digits)")


def held_by_site(conn: Connection, sha256: str, site_id: int | None) -> bool:
    query = select(attachment_sites.c.sha256).where(attachment_sites.c.sha256 == sha256)
    if site_id is not None:
        query = query.where(attachment_sites.c.site_id == site_id)
    return conn.execute(query).first() is not None


def site_file(conn: Connection, sha256: str, site_id: int) -> Iterator[bytes] | None:
    """The bytes of a file a submission of ``site_id`` names, a chunk at a time — None unless
    that site holds it whole (one of its own devices uploaded it). Every read of a stored
    file goes through here: a submission naming the hash of a file only another site holds
    gets nothing (knowing a hash proves nothing)."""
    held = conn.execute(
        select(attachments.c.complete)
        .join(attachment_sites, attachment_sites.c.sha256 == attachments.c.sha256)
        .where(attachments.c.sha256 == sha256, attachment_sites.c.site_id == site_id)
    ).first()
    if held is None or not held[0]:
        return None
    offsets = list(
        conn.execute(
            select(attachment_chunks.c.offset)
            .where(attachment_chunks.c.sha256 == sha256)
            .order_by(attachment_chunks.c.offset)
        ).scalars()
    )
    return (  # a chunk in memory at a time (a video is a hundred of them)
        conn.execute(
            select(attachment_chunks.c.data).where(
                attachment_chunks.c.sha256 == sha256, attachment_chunks.c.offset == offset
            )
        ).scalar_one()
        for offset in offsets
    )


def status(conn: Connection, who: Principal, sha256: str) -> Upload:
    """What this device should do: nothing (the site holds the file), or go on from
    ``received`` (its own upload so far)."""
    _check_name(sha256)
    if held_by_site(conn, sha256, None if who.all_sites else who.site_id):
        size = conn.execute(select(attachments.c.size).where(attachments.c.sha256 == sha256))
        return Upload(int(size.scalar_one()), True)
    return Upload(_received(conn, who.device, sha256), False)


def _received(conn: Connection, device: int, sha256: str) -> int:
    return int(
        conn.execute(
            select(func.coalesce(func.sum(func.length(attachment_parts.c.data)), 0)).where(
                attachment_parts.c.sha256 == sha256, attachment_parts.c.device == device
            )
        ).scalar_one()
    )


def put_chunk(
    conn: Connection, who: Principal, sha256: str, *, offset: int, size: int, data: bytes
) -> Upload:
    """Add a chunk to this device's upload. The caller commits, then refuses the request when
    ``damaged`` (so that the drop is kept)."""
    _check_name(sha256)
    if not 0 < size <= MAX_ATTACHMENT:
        raise Refusal(f"an attachment is 1 byte to {MAX_ATTACHMENT} bytes", code="bad_size")
    current = status(conn, who, sha256)
    if current.complete:
        return current
    if offset != current.received:
        raise Conflict(
            f"the server holds {current.received} bytes of this file: continue from there",
            code="resume_from",
        )
    if not data or offset + len(data) > size:
        raise Refusal("the chunk goes past the file's size")
    declared = conn.execute(
        select(attachment_parts.c.size)
        .where(attachment_parts.c.sha256 == sha256, attachment_parts.c.device == who.device)
        .limit(1)
    ).first()
    if declared is not None and declared[0] != size:
        raise Refusal("the file's size changed during its upload: start it again", code="bad_size")
    conn.execute(
        insert(attachment_parts).values(
            sha256=sha256,
            device=who.device,
            offset=offset,
            size=size,
            data=data,
            received_at=now_text(),
        )
    )
    received = offset + len(data)
    if received < size:
        return Upload(received, False)
    return _finish(conn, who, sha256, size)


def _finish(conn: Connection, who: Principal, sha256: str, size: int) -> Upload:
    """The device's upload is whole: checked against its hash (read a chunk at a time) and
    copied, inside the database, to the file's chunks."""
    mine = (attachment_parts.c.sha256 == sha256) & (attachment_parts.c.device == who.device)
    digest = hashlib.sha256()
    offsets = conn.execute(
        select(attachment_parts.c.offset).where(mine).order_by(attachment_parts.c.offset)
    ).scalars()
    for offset in list(offsets):  # one chunk in memory at a time
        digest.update(
            conn.execute(
                select(attachment_parts.c.data).where(mine, attachment_parts.c.offset == offset)
            ).scalar_one()
        )
    if digest.hexdigest() != sha256:
        conn.execute(delete(attachment_parts).where(mine))
        return Upload(0, False, damaged=True)
    # Several devices may finish the same file at the same moment (a photo sent by eight
    # phones): the first to insert the file's row writes its bytes; on PostgreSQL the
    # others' inserts wait for that one's commit, then find the row — never a 500.
    claimed = conn.execute(
        _insert(conn)(attachments)
        .values(sha256=sha256, size=size, complete=False, created_at=now_text())
        .on_conflict_do_nothing(index_elements=["sha256"])
        .returning(attachments.c.sha256)
    ).first()
    complete = (
        False
        if claimed is not None
        else conn.execute(
            select(attachments.c.complete).where(attachments.c.sha256 == sha256)
        ).scalar_one()
    )
    if not complete:
        conn.execute(delete(attachment_chunks).where(attachment_chunks.c.sha256 == sha256))
        conn.execute(
            insert(attachment_chunks).from_select(
                ["sha256", "offset", "data"],
                select(
                    attachment_parts.c.sha256, attachment_parts.c.offset, attachment_parts.c.data
                ).where(mine),
            )
        )
        conn.execute(
            update(attachments).where(attachments.c.sha256 == sha256).values(complete=True)
        )
    conn.execute(delete(attachment_parts).where(mine))
    if who.site_id is not None:
        conn.execute(
            _insert(conn)(attachment_sites)
            .values(sha256=sha256, site_id=who.site_id)
            .on_conflict_do_nothing(index_elements=["sha256", "site_id"])
        )
    return Upload(size, True)


def _insert(conn: Connection):
    """The dialect's INSERT, which knows ON CONFLICT."""
    return pg_insert if conn.engine.dialect.name == "postgresql" else sqlite_insert


def store_whole(conn: Connection, who: Principal, sha256: str, content: bytes) -> Upload:
    """A file that arrived in one piece (a bundle's)."""
    return store_stream(conn, who, sha256, len(content), iter([content]))


def store_stream(
    conn: Connection, who: Principal, sha256: str, size: int, chunks: Iterator[bytes]
) -> Upload:
    """A file that arrived whole, handed over a chunk at a time (an OpenRosa media part, up
    to a video: never all of it in memory)."""
    if status(conn, who, sha256).complete:
        return Upload(size, True)
    conn.execute(
        delete(attachment_parts).where(
            (attachment_parts.c.sha256 == sha256) & (attachment_parts.c.device == who.device)
        )
    )
    if not 0 < size <= MAX_ATTACHMENT:
        raise Refusal(f"an attachment is 1 byte to {MAX_ATTACHMENT} bytes", code="bad_size")
    offset, at = 0, now_text()
    for chunk in chunks:
        conn.execute(
            insert(attachment_parts).values(
                sha256=sha256, device=who.device, offset=offset, size=size, data=chunk,
                received_at=at,
            )
        )  # fmt: skip
        offset += len(chunk)
    if offset != size:
        raise Refusal("the file is not the size it was said to be", code="bad_size")
    return _finish(conn, who, sha256, size)


def missing_for_site(conn: Connection, hashes: list[str], site_id: int | None) -> list[str]:
    """Of these files, the ones the site does not hold yet."""
    if not hashes:
        return []
    query = select(attachment_sites.c.sha256).where(attachment_sites.c.sha256.in_(hashes))
    if site_id is not None:
        query = query.where(attachment_sites.c.site_id == site_id)
    held = {r[0] for r in conn.execute(query)}
    return [h for h in hashes if h not in held]


def unfinished_others(
    conn: Connection, table, key_column, time_column, device: int, key: str, *, days: int
) -> int:
    """How many other uploads this device has left unfinished in ``table`` (by
    ``key_column``), once its parts older than ``days`` are forgotten."""
    from datetime import UTC, datetime, timedelta

    old = (datetime.now(UTC) - timedelta(days=days)).isoformat()
    conn.execute(delete(table).where(table.c.device == device, time_column < old))
    started = {
        r[0] for r in conn.execute(select(key_column).where(table.c.device == device).distinct())
    }
    return len(started - {key})
