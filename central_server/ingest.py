"""Receiving pushed submissions: each item validated with form_engine against its exact form
version, stored once (same uuid + revision + bytes → a duplicate, acknowledged again), a new
revision stored, two revisions with the same parent flagged as a conflict (both kept), an
invalid one stored as rejected with its reasons. All in the caller's transaction: the answer
goes out only after it commits."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.engine import Connection

from central_server import published_forms
from central_server.accounts import Principal, now_text
from central_server.db import attachments, revisions, submissions
from central_server.errors import Forbidden, NotFound
from desktop_app.sync.protocol import ItemResult, PushItem
from form_engine import SubmissionFormatError, validate_submission


def push_item(conn: Connection, who: Principal, item: PushItem) -> ItemResult:
    if who.site_id is None:
        raise Forbidden("only users of a site send submissions")
    owner = conn.execute(
        select(submissions.c.site_id).where(submissions.c.uuid == item.uuid)
    ).first()
    if owner is not None and owner[0] != who.site_id:
        raise Forbidden(f"submission {item.uuid} belongs to another site")
    result = ItemResult(uuid=item.uuid, revision=item.revision, status="stored")
    same_bytes = conn.execute(
        select(revisions.c.reasons).where(
            revisions.c.uuid == item.uuid, revisions.c.sha256 == item.sha256
        )
    ).first()
    if same_bytes is not None:  # sent again (the answer was lost): no second row
        result.status = "duplicate"
        result.reasons = list(same_bytes[0] or [])
        return result
    taken = conn.execute(
        select(revisions.c.revision).where(
            revisions.c.uuid == item.uuid, revisions.c.revision == item.revision
        )
    ).first()
    reasons = _problems(conn, item)
    status = "rejected" if reasons else "stored"
    stored_as = item.revision
    if taken is not None:
        # the same revision number came with other bytes: kept beside the first, flagged —
        # a clerk decides, nothing is dropped (OpenRosa: same instanceID, other bytes -> 409)
        stored_as = (
            1
            + conn.execute(
                select(func.max(revisions.c.revision)).where(revisions.c.uuid == item.uuid)
            ).scalar_one()
        )
        status = "conflict"
        reasons = [
            f"revision {item.revision} was already received with other content; "
            f"these bytes are kept as revision {stored_as}",
            *reasons,
        ]
    elif not reasons and item.parent_revision is not None:
        sibling = conn.execute(
            select(revisions.c.revision).where(
                and_(
                    revisions.c.uuid == item.uuid,
                    revisions.c.parent_revision == item.parent_revision,
                    revisions.c.status != "rejected",
                )
            )
        ).first()
        if sibling is not None:
            status = "conflict"
            reasons = [
                f"revision {sibling[0]} was also made from revision {item.parent_revision}: a clerk decides"
            ]
    at = now_text()
    conn.execute(
        insert(revisions).values(
            uuid=item.uuid,
            revision=stored_as,
            parent_revision=item.parent_revision,
            form_version=item.form_version,
            json_text=item.json_text,
            sha256=item.sha256,
            status=status,
            reasons=reasons,
            attachments=item.attachments,
            device=who.device,
            received_at=at,
        )
    )
    summary = (
        "rejected" if status == "rejected" else ("conflict" if status == "conflict" else "received")
    )
    if owner is None:
        conn.execute(
            insert(submissions).values(
                uuid=item.uuid,
                site_id=who.site_id,
                form_id=item.form_id,
                enumerator=who.username,
                device=who.device,
                revision=stored_as,
                status=summary,
                created_at=item.created_at or at,
                updated_at=at,
            )
        )
    else:
        conn.execute(
            update(submissions)
            .where(submissions.c.uuid == item.uuid)
            .values(revision=stored_as, status=summary, updated_at=at)
        )
    result.status = (
        "rejected" if status == "rejected" else ("conflict" if status == "conflict" else "stored")
    )
    result.reasons = reasons
    result.missing_attachments = missing_attachments(conn, item.attachments)
    return result


def _problems(conn: Connection, item: PushItem) -> list[str]:
    if hashlib.sha256(item.json_text.encode("utf-8")).hexdigest() != item.sha256:
        return ["the submission's bytes do not match their SHA-256 (damaged on the way)"]
    try:
        data = json.loads(item.json_text)
    except json.JSONDecodeError as exc:
        return [f"not JSON: {exc}"]
    try:
        form = published_forms.model(conn, item.form_id, item.form_version)
    except NotFound as exc:
        return [exc.detail]
    if not isinstance(data, dict):
        return ["a submission is a JSON object"]
    try:
        result = validate_submission(form, data)
    except SubmissionFormatError as exc:
        return [str(exc)]
    instance = data.get("meta/instanceID")
    if instance and item.revision == 1 and instance != f"uuid:{item.uuid}":
        return [f"meta/instanceID {instance} does not match uuid {item.uuid}"]
    return [f"{i.path}: {i.text(form.default_language)} (value {i.value!r})" for i in result.issues]


def missing_attachments(conn: Connection, hashes: list[str]) -> list[str]:
    if not hashes:
        return []
    complete = {
        r[0]
        for r in conn.execute(
            select(attachments.c.sha256).where(
                attachments.c.sha256.in_(hashes), attachments.c.complete.is_(True)
            )
        )
    }
    return [h for h in hashes if h not in complete]
