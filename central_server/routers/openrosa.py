"""OpenRosa (what ODK Collect, KoboCollect and Enketo speak): the form list, a version's
XForm, its manifest and media files, and ``HEAD``/``POST /submission`` (multipart/form-data
with ``xml_submission_file``, media parts, and ``*isIncomplete*`` on every POST of a
submission but its last). The XML becomes the same revision a Daftari client would push,
validated the same way (central_server.intake.openrosa says how edits and split submissions are
kept).

Who is asking: a device token (``Authorization: Bearer``), a user name and password (HTTP
Basic; over HTTPS — ODK Collect sends a password over nothing else), or a phone's token in
the address (``/key/<token>/formList``: the request gate takes it off the path)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import xml.etree.ElementTree as ET
from typing import IO, Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from central_server import accounts, entity_lists, multipart, published_forms, signin
from central_server.accounts import Principal
from central_server.db import reading
from central_server.deps import Rx, Tx, principal, require
from central_server.errors import Refusal, SignIn, Unauthenticated
from central_server.intake import ingest, openrosa, uploads
from form_engine import SubmissionFormatError, xmlsafe
from form_engine.submission import xml_to_json
from sync_protocol import ItemResult, PushItem
from sync_protocol.odk_encryption import SEALED, Envelope, kept, read_envelope

router = APIRouter(tags=["openrosa"])
SENDERS = ("enumerator", "clerk", "supervisor")
INCOMPLETE = "*isIncomplete*"
XML = multipart.XML


async def collector(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> Principal:
    """A phone's token in the address (found by the gate), a device token, or a user name and
    password; none of them: 401 with the challenge Collect answers with its credentials."""
    found = getattr(request.state, "principal", None)
    if isinstance(found, Principal):
        return found
    if authorization and authorization.lower().startswith("basic "):
        credentials = authorization.split(" ", 1)[1].strip()
        if request.method == "HEAD":  # answers nothing: a sign-in of the last minute will do
            recent = signin.recent_sender(request.app.state.engine, credentials)
            if recent is not None:
                return recent
        return await signin.from_request(request, credentials)
    try:
        return await principal(request, authorization)
    except Refusal as exc:
        raise SignIn(exc.detail) from None


Collector = Annotated[Principal, Depends(collector)]


def _base(request: Request) -> str:
    """Where this client reached the server (behind a trusted proxy, as the proxy was
    reached), with the phone's token when it came by one."""
    base = str(request.base_url).rstrip("/")
    return base + str(getattr(request.state, "openrosa_base", "") or "")


def _headers(state) -> dict[str, str]:
    """OpenRosa's headers; Collect sizes what it sends by the accepted length, so it is the
    limit the server really keeps."""
    return {
        "X-OpenRosa-Version": "1.0",
        "X-OpenRosa-Accept-Content-Length": str(state.settings.max_submission_bytes),
    }


def _answer(state, status: int, message: str) -> Response:
    body = (
        '<OpenRosaResponse xmlns="http://openrosa.org/http/response">'
        f'<message nature="">{_escape(message)}</message></OpenRosaResponse>'
    )
    return Response(
        body, status_code=status, media_type="text/xml; charset=utf-8", headers=_headers(state)
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xml(state, text: str) -> Response:
    return Response(
        text.encode("utf-8"),
        media_type="text/xml; charset=utf-8",
        headers=_headers(state),
    )


@router.get("/formList")
def form_list(
    request: Request,
    who: Collector,
    conn: Tx,
    form_id: Annotated[str | None, Query(alias="formID", max_length=200)] = None,
) -> Response:
    """The OpenRosa form list: the newest version of each form, its MD5, where to fetch it
    and its media's manifest."""
    return _xml(request.app.state, openrosa.form_list(conn, _base(request), form_id))


@router.get(openrosa.FORMS_PATH + "/{form_id}/{version}/form.xml")
def form_xml(request: Request, form_id: str, version: str, who: Collector, conn: Tx) -> Response:
    """The version's XForm: the same bytes each time (their MD5 is the form list's)."""
    return _xml(request.app.state, published_forms.xform(conn, form_id, version))


@router.get(openrosa.FORMS_PATH + "/{form_id}/{version}/manifest")
def form_manifest(
    request: Request, form_id: str, version: str, who: Collector, conn: Tx
) -> Response:
    return _xml(
        request.app.state,
        openrosa.manifest(conn, _base(request), form_id, version, site_id=who.site_id),
    )


@router.get(openrosa.FORMS_PATH + "/{form_id}/{version}/media/{name}")
def form_media(
    request: Request, form_id: str, version: str, name: str, who: Collector, conn: Rx
) -> Response:
    lists = entity_lists.linked_files(published_forms.model(conn, form_id, version))
    if name in lists:  # the asking phone's site's list, as it is now
        content = entity_lists.csv_of(conn, lists[name], who.site_id)
    else:
        content = published_forms.file_content(conn, form_id, version, name)
    kind = {"csv": "text/csv", "xml": "application/xml", "geojson": "application/geo+json"}
    return Response(
        content,
        media_type=kind.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream"),
        headers={
            **_headers(request.app.state),
            "content-disposition": f'attachment; filename="{name}"',
        },
    )


@router.get(openrosa.LISTS_PATH + "/{list_name}/integrity")
def entity_list_integrity(
    request: Request,
    list_name: str,
    who: Collector,
    conn: Tx,
    ids: Annotated[str, Query(alias="id", max_length=40_000)] = "",
) -> Response:
    """Which of the entities a phone holds (``?id=a,b``, at most 1,000) are gone from its
    site's list (OpenRosa integrity, as ODK Central answers it)."""
    wanted = [i.strip() for i in ids.split(",") if i.strip()]
    if len(wanted) > 1000:
        raise Refusal("at most 1000 ids at a time", code="too_many_ids", status=400)
    return _xml(request.app.state, entity_lists.integrity(conn, list_name, who.site_id, wanted))


@router.head("/submission")
async def submission_head(request: Request, who: Collector) -> Response:
    """Collect asks before it sends: 204 only to who may send (a site's account), else the
    refusal its POST would get. A phone's key is looked up afresh (one indexed read, here
    as the gate does its own): revoked a moment ago, it is refused now, not a minute later.
    A password sign-in is the one checked in the last minute (a new password or a disabled
    account ends it), and the POST is checked again where it is stored."""
    require(who, *SENDERS)
    if who.kind == accounts.COLLECT_DEVICE:
        with reading(request.app.state.engine) as conn:
            if not accounts.still_allowed(conn, {who.device}):
                raise SignIn(accounts.NOT_ENROLLED)
    return Response(status_code=204, headers=_headers(request.app.state))


@router.post("/submission")
async def submission(request: Request, who: Collector) -> Response:
    """Answered once the submission is durable; its check against the form's rules follows
    (central_server.intake.checking). The server's request gate answers this route itself, past
    the routing and dependencies a submission does not need (``receive_submission``)."""
    body = await request.body()
    return await receive_submission(
        request.app.state, who, request.headers.get("content-type", ""), body
    )


async def receive_submission(
    state, who: Principal, content_type: str, body: bytes | IO[bytes]
) -> Response:
    """An OpenRosa submission from ``who``, its body already read (and bounded): bytes, or
    a file it was spooled to. The usual one — a few KB of XML, no media, no edit, from a
    device — is read on the event loop and handed to the group writer without a worker
    thread; any other in a worker thread, its parts in files of their own (a video is
    never whole in memory)."""
    require(who, *SENDERS)
    size = len(body) if isinstance(body, bytes | bytearray) else _size(body)
    folder = state.settings.data_dir / "incoming"
    if size <= INLINE_BYTES:
        parts = _parts(content_type, body, folder)
    else:
        parts = await run_in_threadpool(_parts, content_type, body, folder)
    with parts:
        simple = (
            who.device
            and size <= INLINE_BYTES
            and not any(part.size for name, part in parts.items() if name != XML)
        )
        received = _read(state.engine, parts[XML].read()) if simple else None
        if received is not None and not received.deprecated:
            item = received.item(openrosa.Placed(received.instance, 1, None), {})
            sent = [ingest.Sent(who, item, [])]
            result = (await asyncio.wrap_future(state.writer.store_later(sent)))[0]
        else:  # read once: an edit read above is not read again
            result = await run_in_threadpool(
                _receive, state.engine, state.writer, who, parts, received
            )
    if result is None:
        return _answer(state, 201, "part of the submission received: the rest is awaited")
    if state.checker is not None and result.status in ("stored", "duplicate"):
        state.checker.wake()
    if result.status == "conflict":  # OpenRosa: same instanceID, other bytes
        return _answer(state, 409, "; ".join(result.reasons))
    if result.status == "rejected":
        return _answer(state, 400, "; ".join(result.reasons))
    return _answer(state, 201 if result.status == "stored" else 202, "submission received")


INLINE_BYTES = 256 * 1024  # a larger body is read in a worker thread, off the event loop
CHUNK = 1024 * 1024  # a media part is stored in chunks of this size


def _size(body: IO[bytes]) -> int:
    body.seek(0, 2)
    return body.tell()


def _parts(content_type: str, body: bytes | IO[bytes], folder) -> multipart.Parts:
    parts = multipart.read_parts(content_type, body, folder)
    if XML not in parts:
        parts.__exit__()
        raise Refusal("an OpenRosa submission needs an xml_submission_file part", code="malformed")
    return parts


def _receive(
    engine, writer, who: Principal, parts: multipart.Parts, received: _Received | None = None
) -> ItemResult | None:
    """Stored, or None for a POST that says more of its submission is coming (its files are
    kept for the last one). ``received``: its XML, when already read."""
    received = received or _read(engine, parts[XML].read())
    said = parts.get(INCOMPLETE)
    incomplete = said is not None and said.read().strip().lower() == b"yes"
    # media parts, content-addressed like a client's; only those the answers name are kept
    named = _file_names(received.data)
    media = {
        name: part
        for name, part in parts.items()
        if name not in (XML, INCOMPLETE) and part.size and name in named
    }
    names = {name: part.sha256 for name, part in media.items()}
    sealed = received.data.get(SEALED)
    if isinstance(sealed, dict):  # AES with PKCS#7 padding: whole 16-byte blocks, always
        for name in [*sealed.get("media", []), sealed.get("xml", "")]:
            part = media.get(name)
            if part is not None and part.size % 16:
                raise Refusal(
                    f"{name} is not an encrypted file (its size is no multiple of 16 bytes)",
                    code="malformed",
                )

    def write(conn) -> ItemResult | None:
        sender = who if who.device else accounts.password_device(conn, who)
        # who was looked up up to a minute ago: a device revoked, or an account disabled,
        # since then stores nothing — decided here, in the transaction that would store it
        if not accounts.still_allowed(conn, {sender.device}):
            raise Unauthenticated(accounts.NOT_ENROLLED)
        if incomplete:
            problem = openrosa.unfinished_problem(conn, sender.device, received.instance)
            if problem:
                raise Refusal(problem, code="too_many_unfinished", status=429)
        for part in media.values():
            uploads.store_stream(conn, sender, part.sha256, part.size, part.chunks(CHUNK))
        if incomplete:
            openrosa.keep_parts(conn, sender.device, received.instance, names)
            return None
        files = {**openrosa.earlier_parts(conn, sender.device, received.instance), **names}
        where = openrosa.placed(conn, received.instance, received.deprecated, sender.site_id)
        item = received.item(where, files)
        (result,) = ingest.push_batch(conn, sender, [item], check_now=False, unreadable=[[]])
        if result.status != "rejected":
            openrosa.remember(conn, received.instance, where)
            openrosa.forget_parts(conn, sender.device, received.instance)
        return result

    return writer.write(write)


class _Received:
    """A submission's XML read: its answers, form version, instanceID and the one it edits."""

    def __init__(self, data: dict, form_id: str, version: str, instance: str, deprecated: str):
        self.data = data
        self.form_id = form_id
        self.version = version
        self.instance = instance
        self.deprecated = deprecated

    def item(self, where: openrosa.Placed, names: dict[str, str]) -> PushItem:
        """The revision to store, with the media files its answers name."""
        named = _file_names(self.data) if names else set()
        linked = {name: sha for name, sha in names.items() if name in named}
        text = json.dumps(self.data, ensure_ascii=False, separators=(",", ":"))
        try:
            return PushItem(
                uuid=where.uuid,
                form_id=self.form_id,
                form_version=self.version,
                revision=where.revision,
                parent_revision=where.parent,
                json_text=text,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                attachments=sorted(set(linked.values())),
                attachment_names=linked,
            )
        except ValidationError as exc:  # e.g. answers longer than a submission may be
            first = exc.errors()[0]
            place = ".".join(str(p) for p in first.get("loc", ()))
            raise Refusal(
                f"the submission cannot be stored: {place}: {first.get('msg', 'not valid')}",
                code="malformed",
            ) from None


def _read(engine, xml: bytes) -> _Received:
    try:
        root = xmlsafe.parse(xml)
    except ET.ParseError as exc:
        raise Refusal(f"xml_submission_file is not XML: {exc}", code="malformed") from None
    form_id, version = root.get("id", ""), root.get("version", "")
    model = published_forms.model_of(engine, form_id, version)
    envelope = read_envelope(root)
    if envelope is not None:
        data = _sealed(model, envelope)
    elif model.public_key:
        raise Refusal(
            f"form '{form_id}' version '{version}' is encrypted (a public_key in its settings): "
            "its submissions are taken encrypted only, so that this server never holds their "
            "answers",
            code="malformed",
        )
    else:
        try:
            data = xml_to_json(model, root)
        except SubmissionFormatError as exc:
            raise Refusal(str(exc), code="malformed") from None
    raw = str(data.get("meta/instanceID") or "")
    if not raw.strip():
        raise Refusal("the submission has no meta/instanceID", code="malformed")
    instance = openrosa.instance_key(raw)
    if not instance:
        raise Refusal(
            "meta/instanceID must be up to 64 letters, digits and . _ : - (after uuid:)",
            code="malformed",
        )
    deprecated = str(data.get("meta/deprecatedID") or "")
    deprecated_key = openrosa.instance_key(deprecated) if deprecated.strip() else ""
    if deprecated.strip() and not deprecated_key:
        raise Refusal(
            "meta/deprecatedID must be up to 64 letters, digits and . _ : - (after uuid:)",
            code="malformed",
        )
    return _Received(data, form_id, version, instance, deprecated_key)


def _sealed(model, envelope: Envelope) -> dict:
    """An ODK-encrypted submission as the server keeps it: its instanceID (and the one it
    edits) in clear, the rest as it came — the files it names are kept with it, encrypted."""
    if not model.public_key:
        raise Refusal(
            f"form '{model.form_id}' version '{model.version}' is not encrypted (its settings "
            "have no public_key): send its submissions in clear",
            code="malformed",
        )
    if not envelope.key or not envelope.xml_file:
        raise Refusal(
            "an encrypted submission needs base64EncryptedKey and encryptedXmlFile",
            code="malformed",
        )
    return kept(envelope)


def _file_names(data: object) -> set[str]:
    """Every text answer in a submission's JSON: a media part is linked to the submission when
    an answer holds its file name (as Collect writes "1716.jpg")."""
    found: set[str] = set()
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str):
            found.add(value)
    return found
