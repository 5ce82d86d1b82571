"""The sync endpoints: reachability, push (batches acknowledged item by item after commit),
attachments in resumable chunks, pull since a cursor."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from sqlalchemy import or_, select

from central_server import ingest, uploads
from central_server.db import assignments, changes, decisions, forms
from central_server.deps import Tx, Who, require
from sync_protocol import (
    Answer,
    AssignmentOut,
    AttachmentStatus,
    DecisionOut,
    FormVersionOut,
    PullAnswer,
    PushAnswer,
    PushBatch,
)

router = APIRouter(tags=["sync"])
SENDERS = ("enumerator", "clerk", "supervisor")
PULL_PAGE = 200


@router.get("/ping", response_model=Answer)
def ping() -> Answer:
    """The reachability probe: small, no login; a captive portal cannot fake the marker."""
    return Answer()


@router.post("/sync/push", response_model=PushAnswer)
def push(batch: PushBatch, who: Who, conn: Tx) -> PushAnswer:
    require(who, *SENDERS)
    results = ingest.push_batch(conn, who, batch.items)
    return PushAnswer(results=results)


@router.get("/attachments/{sha256}", response_model=AttachmentStatus)
def attachment_status(sha256: str, who: Who, conn: Tx) -> AttachmentStatus:
    received, complete = uploads.status(conn, sha256)
    return AttachmentStatus(sha256=sha256, received=received, complete=complete)


@router.put("/attachments/{sha256}", response_model=AttachmentStatus)
async def attachment_chunk(
    sha256: str,
    request: Request,
    who: Who,
    offset: Annotated[int, Query(ge=0)],
    size: Annotated[int, Query(ge=1)],
) -> AttachmentStatus:
    require(who, *SENDERS)
    data = await request.body()
    with request.app.state.engine.begin() as conn:
        received, complete = uploads.put_chunk(conn, sha256, offset=offset, size=size, data=data)
    return AttachmentStatus(sha256=sha256, received=received, complete=complete)


@router.get("/sync/pull", response_model=PullAnswer)
def pull(who: Who, conn: Tx, cursor: Annotated[int, Query(ge=0)] = 0) -> PullAnswer:
    query = (
        select(changes).where(changes.c.seq > cursor).order_by(changes.c.seq).limit(PULL_PAGE + 1)
    )
    if not who.all_sites:
        query = query.where(or_(changes.c.site_id.is_(None), changes.c.site_id == who.site_id))
    rows = conn.execute(query).fetchall()
    more = len(rows) > PULL_PAGE
    rows = rows[:PULL_PAGE]
    answer = PullAnswer(cursor=rows[-1].seq if rows else cursor, more=more)
    for row in rows:
        if row.kind == "form_version":
            form_id, version = row.ref.rsplit("@", 1)
            f = conn.execute(
                select(forms).where(forms.c.form_id == form_id, forms.c.version == version)
            ).first()
            if f is not None:
                answer.form_versions.append(
                    FormVersionOut(
                        form_id=f.form_id,
                        version=f.version,
                        title=f.title,
                        sha256=f.sha256,
                        published_at=f.published_at,
                    )
                )
        elif row.kind == "decision":
            d = conn.execute(select(decisions).where(decisions.c.id == int(row.ref))).first()
            if d is not None:
                answer.decisions.append(
                    DecisionOut(
                        uuid=d.uuid, decision=d.decision, comment=d.comment, by=d.by, at=d.at
                    )
                )
        elif row.kind == "assignment":
            a = conn.execute(select(assignments).where(assignments.c.id == int(row.ref))).first()
            if a is not None:
                answer.assignments.append(
                    AssignmentOut(
                        id=a.id, form_id=a.form_id, title=a.title, payload=a.payload or {}
                    )
                )
    return answer
