"""OpenRosa submission (what ODK Collect, KoboCollect and Enketo send): ``HEAD /submission``
then ``POST /submission`` as multipart/form-data with ``xml_submission_file`` (and media
parts). The XML becomes the same revision a Daftari client would push, validated the same way.
Device tokens authenticate (``Authorization: Bearer``)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import xml.etree.ElementTree as ET
from uuid import UUID

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import ValidationError
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.concurrency import run_in_threadpool

from central_server import ingest, published_forms, uploads
from central_server.accounts import Principal
from central_server.deps import Who, require
from central_server.errors import Refusal
from form_engine import SubmissionFormatError
from form_engine.submission import xml_to_json
from sync_protocol import ItemResult, PushItem

router = APIRouter(tags=["openrosa"])
SENDERS = ("enumerator", "clerk", "supervisor")
# what an instanceID may hold after "uuid:" (it becomes the submission's key; no paths)
INSTANCE_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")


def _headers(state) -> dict[str, str]:
    """OpenRosa's headers; Collect sizes what it sends by the accepted length, so it is the
    limit the server really keeps."""
    return {
        "X-OpenRosa-Version": "1.0",
        "X-OpenRosa-Accept-Content-Length": str(state.settings.max_body_bytes),
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


@router.head("/submission")
def submission_head(request: Request, who: Who) -> Response:
    return Response(status_code=204, headers=_headers(request.app.state))


@router.post("/submission")
async def submission(request: Request, who: Who) -> Response:
    """Answered once the submission is durable; its check against the form's rules follows
    (central_server.checking). The server's request gate answers this route itself, past
    the routing and dependencies a submission does not need (``receive_submission``)."""
    body = await request.body()
    return await receive_submission(
        request.app.state, who, request.headers.get("content-type", ""), body
    )


async def receive_submission(state, who: Principal, content_type: str, body: bytes) -> Response:
    """An OpenRosa submission from ``who``, its body already read (and bounded). The usual
    one — a few KB of XML, no media — is read on the event loop and handed to the group
    writer without a worker thread; one with media files (hashed and stored with it), or a
    large one, is read in a worker thread."""
    require(who, *SENDERS)
    if len(body) > INLINE_BYTES:
        result = await run_in_threadpool(
            _receive, state.engine, state.writer, who, _parts(content_type, body)
        )
    else:
        parts = _parts(content_type, body)
        if any(content for name, content in parts.items() if name != "xml_submission_file"):
            result = await run_in_threadpool(_receive, state.engine, state.writer, who, parts)
        else:
            item = _read(state.engine, parts["xml_submission_file"], {})
            sent = [ingest.Sent(who, item, [])]
            result = (await asyncio.wrap_future(state.writer.store_later(sent)))[0]
    if state.checker is not None and result.status in ("stored", "duplicate"):
        state.checker.wake()
    if result.status == "conflict":  # OpenRosa: same instanceID, other bytes
        return _answer(state, 409, "; ".join(result.reasons))
    if result.status == "rejected":
        return _answer(state, 400, "; ".join(result.reasons))
    return _answer(state, 201 if result.status == "stored" else 202, "submission received")


INLINE_BYTES = 256 * 1024  # a larger body is read in a worker thread, off the event loop


def _parts(content_type: str, body: bytes) -> dict[str, bytes]:
    parts = _multipart(content_type, body)
    if "xml_submission_file" not in parts:
        raise Refusal("an OpenRosa submission needs an xml_submission_file part", code="malformed")
    return parts


def _receive(engine, writer, who: Principal, parts: dict[str, bytes]) -> ItemResult:
    xml = parts.pop("xml_submission_file")
    # media parts, content-addressed like a client's
    names = {
        name: hashlib.sha256(content).hexdigest() for name, content in parts.items() if content
    }
    item = _read(engine, xml, names)

    def with_media(conn) -> ItemResult:
        for name, sha in names.items():
            uploads.store_whole(conn, who, sha, parts[name])
        (result,) = ingest.push_batch(conn, who, [item], check_now=False, unreadable=[[]])
        return result

    return writer.write(with_media)


def _read(engine, xml: bytes, names: dict[str, str]) -> PushItem:
    """The submission as an item to store, with the media files its answers name."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise Refusal(f"xml_submission_file is not XML: {exc}", code="malformed") from None
    form_id, version = root.get("id", ""), root.get("version", "")
    try:
        data = xml_to_json(published_forms.model_of(engine, form_id, version), root)
    except SubmissionFormatError as exc:
        raise Refusal(str(exc), code="malformed") from None
    instance = str(data.get("meta/instanceID") or "")
    uuid = re.sub(r"^uuid:", "", instance)
    if not uuid:
        raise Refusal("the submission has no meta/instanceID", code="malformed")
    if not INSTANCE_ID.fullmatch(uuid):
        raise Refusal(
            "meta/instanceID must be up to 64 letters, digits and . _ : - (after uuid:)",
            code="malformed",
        )
    try:  # one submission whatever the case of its UUID's letters
        uuid = str(UUID(uuid)) if len(uuid) == 36 else uuid
    except ValueError:
        pass
    named = _file_names(data) if names else set()
    linked = {name: sha for name, sha in names.items() if name in named}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    deprecated = data.get("meta/deprecatedID")
    try:
        return PushItem(
            uuid=uuid,
            form_id=form_id,
            form_version=version,
            revision=1 if not deprecated else 2,
            parent_revision=None if not deprecated else 1,
            json_text=text,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            attachments=sorted(set(linked.values())),
            attachment_names=linked,
        )
    except ValidationError as exc:  # e.g. answers longer than a submission may be
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise Refusal(
            f"the submission cannot be stored: {where}: {first.get('msg', 'not valid')}",
            code="malformed",
        ) from None


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


def _multipart(content_type: str, body: bytes) -> dict[str, bytes]:
    """The parts of a multipart/form-data body by name (a media part by its file name)."""
    kind, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise Refusal("OpenRosa submissions are multipart/form-data", code="malformed")
    parts: dict[str, bytes] = {}
    header: list[bytes] = [b"", b""]
    disposition = [b""]
    repeated: list[str] = []
    data: list[bytes] = []

    def header_field(buf: bytes, start: int, end: int) -> None:
        header[0] += buf[start:end]

    def header_value(buf: bytes, start: int, end: int) -> None:
        header[1] += buf[start:end]

    def header_end() -> None:
        if header[0].lower() == b"content-disposition":
            disposition[0] = header[1]
        header[0] = header[1] = b""

    def part_begin() -> None:
        disposition[0] = b""
        data.clear()

    def part_data(buf: bytes, start: int, end: int) -> None:
        data.append(buf[start:end])

    def part_end() -> None:
        _, fields = parse_options_header(disposition[0])
        field, filename = fields.get(b"name", b""), fields.get(b"filename", b"")
        # a media part is known by its file name (Collect sends name and filename alike)
        name = "xml_submission_file" if field == b"xml_submission_file" else filename or field
        if name == "xml_submission_file" and name in parts:
            repeated.append(name)
        if name:
            parts[name.decode("utf-8", "replace") if isinstance(name, bytes) else name] = b"".join(
                data
            )

    parser = MultipartParser(
        boundary,
        {
            "on_header_field": header_field,
            "on_header_value": header_value,
            "on_header_end": header_end,
            "on_part_begin": part_begin,
            "on_part_data": part_data,
            "on_part_end": part_end,
        },
    )
    try:
        parser.write(body)
        parser.finalize()
    except MultipartParseError as exc:
        raise Refusal(f"the multipart body cannot be read: {exc}", code="malformed") from None
    if repeated:
        raise Refusal("two xml_submission_file parts: one submission a request", code="malformed")
    return parts
