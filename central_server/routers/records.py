"""Reading submissions and counting them: site scoped (a clerk never reads another city's
records; the Secretariat reads all)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from central_server.counts import stats_rows
from central_server.db import revisions, sites, submissions
from central_server.deps import Rx, Who, require
from central_server.errors import NotFound
from central_server.merged import exporting
from sync_protocol import Answer

router = APIRouter(tags=["records"])
READERS = ("clerk", "supervisor", "secretariat", "admin")


class SubmissionOut(Answer):
    uuid: str
    site: str
    form_id: str
    form_version: str
    enumerator: str
    revision: int
    status: str
    reasons: list[str]
    json_text: str
    attachments: dict[str, str] = {}  # the file name an answer holds -> the file's SHA-256


class StatsAnswer(Answer):
    rows: list[dict]


@router.get("/submissions/{uuid}", response_model=SubmissionOut)
def read_submission(uuid: str, who: Who, conn: Rx) -> SubmissionOut:
    require(who, *READERS)
    row = conn.execute(
        select(submissions, sites.c.name.label("site"))
        .select_from(submissions.join(sites, submissions.c.site_id == sites.c.id))
        .where(submissions.c.uuid == uuid)
    ).first()
    if row is None or (not who.all_sites and row.site_id != who.site_id):
        raise NotFound(f"there is no submission {uuid} you can read")  # another site's: unseen
    rev = conn.execute(
        select(revisions).where(revisions.c.uuid == uuid, revisions.c.revision == row.revision)
    ).first()
    if rev is None:  # pragma: no cover - a submission row always has its newest revision
        raise NotFound(f"submission {uuid} has no revision {row.revision}")
    return SubmissionOut(
        uuid=uuid,
        site=row.site,
        form_id=row.form_id,
        form_version=rev.form_version,
        enumerator=row.enumerator,
        revision=row.revision,
        status=row.status,
        reasons=list(rev.reasons or []),
        json_text=rev.json_text,
        attachments=dict(rev.attachment_names or {})
        or exporting.named_files(rev.json_text, list(rev.attachments or [])),
    )


@router.get("/stats", response_model=StatsAnswer)
def stats(who: Who, conn: Rx) -> StatsAnswer:
    require(who, "supervisor", "secretariat", "admin")
    return StatsAnswer(rows=stats_rows(conn, None if who.all_sites else who.site_id))
