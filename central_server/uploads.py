"""Attachments arrive content-addressed (SHA-256) in chunks; a broken upload resumes from
the bytes the server already holds; the whole file is checked against its hash before it
counts. Chunks live in the database, so any server process can take the next one."""

from __future__ import annotations

import hashlib

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from central_server.accounts import now_text
from central_server.db import attachment_chunks, attachments
from central_server.errors import Conflict, Refusal

MAX_ATTACHMENT = 200 * 1024 * 1024


def status(conn: Connection, sha256: str) -> tuple[int, bool]:
    row = conn.execute(select(attachments.c.complete).where(attachments.c.sha256 == sha256)).first()
    if row is None:
        return 0, False
    received = conn.execute(
        select(func.coalesce(func.sum(func.length(attachment_chunks.c.data)), 0)).where(
            attachment_chunks.c.sha256 == sha256
        )
    ).scalar_one()
    return int(received), bool(row[0])


def put_chunk(
    conn: Connection, sha256: str, *, offset: int, size: int, data: bytes
) -> tuple[int, bool]:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise Refusal("an attachment is named by the SHA-256 of its bytes (64 hex digits)")
    if not 0 < size <= MAX_ATTACHMENT:
        raise Refusal(f"an attachment is 1 byte to {MAX_ATTACHMENT} bytes", code="bad_size")
    received, complete = status(conn, sha256)
    if complete:
        return received, True
    if offset != received:
        raise Conflict(
            f"the server holds {received} bytes of this file: continue from there",
            code="resume_from",
        )
    if offset + len(data) > size or not data:
        raise Refusal("the chunk goes past the file's size")
    if (
        received == 0
        and conn.execute(select(attachments.c.sha256).where(attachments.c.sha256 == sha256)).first()
        is None
    ):
        conn.execute(
            insert(attachments).values(
                sha256=sha256, size=size, complete=False, created_at=now_text()
            )
        )
    conn.execute(insert(attachment_chunks).values(sha256=sha256, offset=offset, data=data))
    received += len(data)
    if received < size:
        return received, False
    digest = hashlib.sha256()
    for (chunk,) in conn.execute(
        select(attachment_chunks.c.data)
        .where(attachment_chunks.c.sha256 == sha256)
        .order_by(attachment_chunks.c.offset)
    ):
        digest.update(chunk)
    if digest.hexdigest() != sha256:
        conn.execute(delete(attachment_chunks).where(attachment_chunks.c.sha256 == sha256))
        raise Refusal(
            "the file's bytes do not match its SHA-256: send it again from the start",
            code="hash_mismatch",
            status=422,
        )
    conn.execute(update(attachments).where(attachments.c.sha256 == sha256).values(complete=True))
    return received, True
