"""The sync endpoints: reachability, push (batches acknowledged item by item after commit),
attachments in resumable chunks, pull since a cursor."""

from __future__ import annotations

import json
from typing import Annotated, TypeVar

from fastapi import APIRouter, Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from sqlalchemy import or_, select
from starlette.concurrency import run_in_threadpool

from central_server import assignments, published_forms
from central_server.db import changes, decisions, entities, forms, submissions
from central_server.deps import Tx, Who, require
from central_server.errors import Forbidden, Refusal
from central_server.intake import bundles, ingest, uploads
from sync_protocol import (
    MAX_REVISION,
    Answer,
    AssignmentOut,
    AttachmentStatus,
    BundleStatus,
    DecisionOut,
    EntityOut,
    ExchangeAnswer,
    ExchangeEnvelope,
    FormVersionOut,
    ItemResult,
    PullAnswer,
    PushAnswer,
    PushEnvelope,
    PushItem,
)

router = APIRouter(tags=["sync"])
E = TypeVar("E", PushEnvelope, ExchangeEnvelope)
SENDERS = ("enumerator", "clerk", "supervisor")
PULL_PAGE = 1000  # changes a pull answers at once: 1,000 households' changes in one 2G round trip


@router.get("/ping", response_model=Answer)
def ping() -> Answer:
    """The reachability probe: small, no login; a captive portal cannot fake the marker."""
    return Answer()


def _number(text: str) -> object:
    """A JSON integer as read from a push: one too long to be a revision stays unreadable for
    its item only (Python refuses to convert more than 4,300 digits at all)."""
    return int(text) if len(text) <= 20 else float("inf")


async def _envelope(request: Request, model: type[E]) -> E:
    """A batch read so that its items can be judged one by one (see :func:`push`): only a
    body that is not a JSON batch at all is refused as a whole."""
    try:
        payload = json.loads(await request.body(), parse_int=_number)
    except (ValueError, RecursionError):
        raise Refusal("the body is not JSON", code="malformed") from None
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors()) from None


async def push_envelope(request: Request) -> PushEnvelope:
    return await _envelope(request, PushEnvelope)


async def exchange_envelope(request: Request) -> ExchangeEnvelope:
    return await _envelope(request, ExchangeEnvelope)


def _body_schema(name: str) -> dict:
    """What the route's body is, for the OpenAPI schema (the route reads it item by item)."""
    content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}
    return {"requestBody": {"required": True, "content": content}}


@router.post(
    "/sync/push",
    response_model=PushAnswer,
    openapi_extra=_body_schema("PushBatch"),
)
def push(
    batch: Annotated[PushEnvelope, Depends(push_envelope)], who: Who, request: Request
) -> PushAnswer:
    """Items (as :class:`PushBatch` describes them) are acknowledged one by one: an item that
    cannot be read is ``rejected`` with the reason, and the others are stored — and checked
    against their form just after (central_server.intake.checking): one that breaks the form's rules
    comes back to its sender at the next pull, as a decision "returned" by server checks."""
    require(who, *SENDERS)
    state = request.app.state
    readable, results = read_items(batch.items)
    items = [item for _, item in readable]
    # read here, not in the write the process's requests share
    why = [ingest.why_unreadable(state.engine, item) for item in items]
    if who.site_id is None:
        raise Forbidden("only users of a site send submissions")
    stored = state.writer.store([ingest.Sent(who, i, u) for i, u in zip(items, why, strict=True)])
    if state.checker is not None:
        state.checker.wake()
    return PushAnswer(results=merged(readable, results, stored))


def read_items(raw_items: list) -> tuple[list[tuple[int, PushItem]], list[ItemResult | None]]:
    """The items that can be read, by position; the answers of those that cannot."""
    readable: list[tuple[int, PushItem]] = []
    results: list[ItemResult | None] = [None] * len(raw_items)
    for i, raw in enumerate(raw_items):
        try:
            readable.append((i, PushItem.model_validate(raw)))
        except ValidationError as exc:
            results[i] = unreadable(raw, exc)
    return readable, results


def merged(
    readable: list[tuple[int, PushItem]],
    results: list[ItemResult | None],
    stored: list[ItemResult],
) -> list[ItemResult]:
    for (i, _), result in zip(readable, stored, strict=True):
        results[i] = result
    return [r for r in results if r is not None]


def push_items(conn, who, raw_items: list, *, check_now: bool) -> list[ItemResult]:
    readable, results = read_items(raw_items)
    stored = ingest.push_batch(conn, who, [item for _, item in readable], check_now=check_now)
    return merged(readable, results, stored)


@router.post(
    "/sync/exchange",
    response_model=ExchangeAnswer,
    openapi_extra=_body_schema("ExchangeRequest"),
)
def exchange(
    body: Annotated[ExchangeEnvelope, Depends(exchange_envelope)], who: Who, conn: Tx
) -> ExchangeAnswer:
    """A push and a pull in one round trip (a small sync: one connection, one request). The
    items are stored and checked against their form first (the answer carries each verdict:
    the enumerator learns now, not at the next sync), so the pull that follows already
    carries their consequences."""
    if body.items:
        require(who, *SENDERS)
    results = push_items(conn, who, body.items, check_now=True) if body.items else []
    return ExchangeAnswer(results=results, pull=changes_since(conn, who, body.cursor))


def unreadable(raw: object, exc: ValidationError) -> ItemResult:
    """The answer for an item the server cannot read: what and where, never its content."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "item"
    fields = raw if isinstance(raw, dict) else {}
    uuid = fields.get("uuid")
    revision = fields.get("revision")
    return ItemResult(
        uuid=uuid[:64].replace("\x00", "") if isinstance(uuid, str) else "",
        revision=revision if isinstance(revision, int) and 0 <= revision <= MAX_REVISION else 0,
        status="rejected",
        reasons=[f"the server cannot read this item: {where}: {first.get('msg', 'not valid')}"],
    )


@router.get("/attachments/{sha256}", response_model=AttachmentStatus)
def attachment_status(sha256: str, who: Who, conn: Tx) -> AttachmentStatus:
    """Whether this site holds the file, else how far this device's upload of it got."""
    upload = uploads.status(conn, who, sha256)
    return AttachmentStatus(sha256=sha256, received=upload.received, complete=upload.complete)


@router.put("/attachments/{sha256}", response_model=AttachmentStatus)
async def attachment_chunk(
    sha256: str,
    request: Request,
    who: Who,
    offset: Annotated[int, Query(ge=0, le=2**40)],
    size: Annotated[int, Query(ge=1, le=2**40)],
) -> AttachmentStatus:
    require(who, *SENDERS)
    data = await request.body()
    engine = request.app.state.engine
    upload = await run_in_threadpool(_put_chunk, engine, who, sha256, offset, size, data)
    if upload.damaged:  # refused only now: the dropped upload is committed, so it restarts
        raise Refusal(
            "the file's bytes do not match its SHA-256: send it again from the start",
            code="hash_mismatch",
            status=422,
        )
    return AttachmentStatus(sha256=sha256, received=upload.received, complete=upload.complete)


def _put_chunk(engine, who, sha256: str, offset: int, size: int, data: bytes) -> uploads.Upload:
    with engine.begin() as conn:
        return uploads.put_chunk(conn, who, sha256, offset=offset, size=size, data=data)


@router.get("/bundles/{sha256}", response_model=BundleStatus)
def bundle_status(sha256: str, who: Who, conn: Tx) -> BundleStatus:
    """A bundle carried by this computer for another device: imported already (and what its
    submissions were answered), else how far this device's upload of it got."""
    require(who, *SENDERS)
    carried = bundles.status(conn, who, sha256)
    return BundleStatus(
        sha256=sha256,
        received=carried.received,
        imported=carried.imported,
        counts=carried.counts,
    )


@router.put("/bundles/{sha256}", response_model=BundleStatus)
async def bundle_chunk(
    sha256: str,
    request: Request,
    who: Who,
    offset: Annotated[int, Query(ge=0, le=2**40)],
    size: Annotated[int, Query(ge=1, le=2**40)],
) -> BundleStatus:
    """A chunk of a bundle carried by this computer (an office desktop that syncs for a
    device no network reaches); with the last chunk the bundle is imported exactly once, as
    ``daftari-server bundle import`` does. A bundle this server cannot open, or damaged, is
    refused whole (422 ``bad_bundle``) and its upload dropped."""
    require(who, *SENDERS)
    data = await request.body()
    engine = request.app.state.engine
    carried = await run_in_threadpool(
        bundles.put_chunk, engine, who, sha256, offset=offset, size=size, data=data
    )
    if carried.damaged:
        raise Refusal(
            "the bundle's bytes do not match its SHA-256: send it again from the start",
            code="hash_mismatch",
            status=422,
        )
    if carried.refused:
        raise Refusal(carried.refused, code="bad_bundle", status=422)
    return BundleStatus(
        sha256=sha256,
        received=carried.received,
        imported=carried.imported,
        counts=carried.counts,
    )


@router.get("/sync/pull", response_model=PullAnswer)
def pull(who: Who, conn: Tx, cursor: Annotated[int, Query(ge=0, le=2**62)] = 0) -> PullAnswer:
    return changes_since(conn, who, cursor)


def _theirs(conn, who, uuid: str) -> bool:
    """Whether a decision on ``uuid`` goes to this account's devices: an enumerator's go to
    them alone (a check's reasons quote the answers); a site's clerks and supervisors, who
    review, hear of the site's."""
    if who.role != "enumerator":
        return True
    owner = conn.execute(
        select(submissions.c.enumerator).where(submissions.c.uuid == uuid)
    ).scalar_one_or_none()
    return owner == who.username


def changes_since(conn, who, cursor: int) -> PullAnswer:
    query = (
        select(changes).where(changes.c.seq > cursor).order_by(changes.c.seq).limit(PULL_PAGE + 1)
    )
    if not who.all_sites:
        query = query.where(or_(changes.c.site_id.is_(None), changes.c.site_id == who.site_id))
    rows = conn.execute(query).fetchall()
    more = len(rows) > PULL_PAGE
    rows = rows[:PULL_PAGE]
    answer = PullAnswer(cursor=rows[-1].seq if rows else cursor, more=more)
    newest: dict[str, None] = {}  # the entities changed, in the order of their changes
    given: dict[int, AssignmentOut] = {}
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
                        files=published_forms.files_of(conn, f.form_id, f.version),
                    )
                )
        elif row.kind == "decision":
            d = conn.execute(select(decisions).where(decisions.c.id == int(row.ref))).first()
            if d is not None and not _theirs(conn, who, d.uuid):
                continue  # an enumerator hears of their own submissions only
            if d is not None:
                answer.decisions.append(
                    DecisionOut(
                        uuid=d.uuid,
                        decision=d.decision,
                        comment=d.comment,
                        by=d.by,
                        at=d.at,
                        revision=d.revision,
                        level=d.level,
                        answers=dict(d.answers or {}),
                    )
                )
        elif row.kind == "entity":
            if not who.all_sites:  # a site's lists go to that site's devices
                newest.setdefault(row.ref, None)  # in the order changed; read below at once
        elif row.kind == "assignment":
            told = assignments.out_for(conn, who, int(row.ref))
            if told is not None:  # changed twice in a page: sent once, as it is now
                given[told.id] = told
    found = {}
    wanted = list(newest)
    for start in range(0, len(wanted), 500):
        for e in conn.execute(
            select(entities).where(
                entities.c.uuid.in_(wanted[start : start + 500]),
                entities.c.site_id == who.site_id,
            )
        ):
            found[e.uuid] = EntityOut(  # changed twice in a page: sent once, as it is now
                uuid=e.uuid,
                list_name=e.list_name,
                label=e.label,
                version=e.version,
                data=dict(e.data or {}),
                deleted=e.deleted_at is not None,
            )
    answer.entities = [found[u] for u in wanted if u in found]
    answer.assignments = list(given.values())
    return answer
