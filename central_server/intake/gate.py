"""In front of every route (plain ASGI): who is asking is known before any body is read.

- A request to a route that needs a device token is refused (401) before its body is read
  when the token is missing, unknown or revoked; the device found is handed on to the route
  (``scope["state"]["principal"]``), so it is looked up once.
- The one public route with a body (logging in) takes a small body only.
- The busiest route (an OpenRosa ``POST /submission``) is answered here once its body is read
  (``direct``), past routing and dependencies it does not need.
- OpenRosa clients (ODK Collect, Enketo) are known either by a token in the address —
  ``/key/<token>/formList``, ``/key/<token>/submission``, as ODK Central's app users, handed
  to a phone as a QR code — which is looked up here and taken off the path; or by a user name
  and password (HTTP Basic) on ``POST /submission``, checked here before the body is read. A
  refused OpenRosa request is answered with the ``WWW-Authenticate`` challenge Collect waits
  for before it sends a password.
- Bodies are refused above a size limit, as sent and once gunzipped (a "zip bomb" stops at the
  limit while inflating), and a JSON body is refused before it is parsed when it is nested too
  deep, holds too many values or a number too long to be a number anyone typed — so parsing
  can never take more memory or time than a large real batch would.
"""

from __future__ import annotations

import asyncio
import json
import re
import zlib
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from central_server import multipart
from central_server.accounts import COLLECT_DEVICE
from central_server.errors import Refusal, Unauthenticated
from central_server.intake.openrosa import response_body
from sync_protocol import PROTOCOL

# What JSON bodies may hold (a batch of 500 household submissions is far inside these).
MAX_DEPTH = 64
MAX_VALUES = 1_000_000  # brackets, braces and commas outside strings
MAX_NUMBER_DIGITS = 10_000  # longer numbers cost time to convert; a push reads up to here
# Read and dropped of a refused unauthenticated body, so a client whose token was revoked
# reads its 401; past it the connection is cut.
UNAUTHENTICATED_DRAIN = 1024 * 1024
# ... for at most this long: a client that declares a body and sends none is answered then
UNAUTHENTICATED_SECONDS = 5.0
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_LONG_NUMBER = re.compile(rb"\d{%d,}" % (MAX_NUMBER_DIGITS + 1))
_BRACKETS = re.compile(rb"[\[\]{}]")


class RequestGate:
    def __init__(
        self,
        app,
        *,
        who: Callable[[str, bool], Awaitable[object]],
        public: set[str],
        max_body: int,
        max_inflated: int,
        max_public_body: int,
        idle_seconds: float = 60.0,
        direct: dict[str, Callable[[Any, dict[str, str], bytes], Awaitable[Any]]] | None = None,
        failed: Callable[[Exception, str, str], Any] | None = None,
        checked_at_write: set[str] | None = None,
        basic: Callable[[str, str], Awaitable[object]] | None = None,
        openrosa: set[str] | None = None,
        openrosa_prefix: str = "",
        spooled: set[str] | None = None,
        max_spooled: int = 0,
        spool_dir: Path | None = None,
    ) -> None:
        self.app = app
        # (device token, whether the request's writes are checked again when stored) ->
        # principal (raises Refusal)
        self.who = who
        self.checked_at_write = checked_at_write or set()
        self.public = public
        self.max_body = max_body
        self.max_inflated = max_inflated
        self.max_public_body = max_public_body
        self.idle_seconds = idle_seconds
        # POST routes the gate answers itself: (principal, headers, body) -> an ASGI response;
        # what one raises is answered by ``failed(exc, method, path)``
        self.direct = direct or {}
        self.failed = failed
        # (Basic credentials as sent, client address) -> principal (raises Refusal)
        self.basic = basic
        # OpenRosa's paths: reachable under /key/<token>/, and challenged for a password
        self.openrosa = openrosa or set()
        self.openrosa_prefix = openrosa_prefix  # and every path under this one
        # POST routes whose body may be large (an OpenRosa submission with a video): up to
        # ``max_spooled`` bytes, written to a file in ``spool_dir`` as they arrive (kept in
        # memory while small), handed to the direct handler as that file
        self.spooled = spooled or set()
        self.max_spooled = max_spooled
        self.spool_dir = spool_dir

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and (
            "\x00" in scope["path"] or b"%00" in scope.get("query_string", b"")
        ):
            # PostgreSQL cannot hold a NUL: a name or value with one is no name or value here
            await self._refuse(
                scope, send, receive, 400, "malformed", "a NUL character in the address"
            )
            return
        keyed = None
        if scope["type"] == "http" and scope["path"].startswith("/key/"):
            _, _, token, rest = (scope["path"] + "/").split("/", 3)
            rest = "/" + rest.rstrip("/")
            if not token or not self._is_openrosa(rest):
                await self._refuse(
                    scope, send, receive, 404, "not_found", "no such address", drain=1024
                )
                return
            try:
                keyed = await self.who(token, rest in self.checked_at_write)
            except Refusal as exc:
                await self._refuse(
                    scope,
                    send,
                    receive,
                    exc.status,
                    exc.code,
                    "this phone's server address is no longer valid (its token was revoked, "
                    "or its account disabled): ask for a new QR code",
                    drain=UNAUTHENTICATED_DRAIN,
                    seconds=UNAUTHENTICATED_SECONDS,
                )
                return
            scope = dict(scope)
            scope["path"] = rest
            scope["raw_path"] = rest.encode()
            scope["state"] = {
                **scope.get("state", {}),
                "principal": keyed,
                "openrosa_base": f"/key/{token}",
            }
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        authorization = headers.get("authorization", "")
        if keyed is not None:
            max_body, max_inflated = self.max_body, self.max_inflated
        elif scope["path"] in self.public:
            max_body = max_inflated = self.max_public_body
        else:
            challenge = self._is_openrosa(scope["path"])
            token = _bearer(authorization)
            scheme, _, credentials = authorization.partition(" ")
            try:
                if token:
                    principal = await self.who(token, scope["path"] in self.checked_at_write)
                    if not challenge and getattr(principal, "kind", "") == COLLECT_DEVICE:
                        raise Unauthenticated(PHONE_ONLY)
                elif challenge and scheme.lower() == "basic" and self.basic is not None:
                    client = scope.get("client") or ("?", 0)
                    principal = await self.basic(credentials.strip(), client[0])
                else:
                    await self._refuse(
                        scope,
                        send,
                        receive,
                        401,
                        "unauthenticated",
                        "sign in with a user name and password, or a phone's server address"
                        if challenge
                        else "log in first: this needs a device token",
                        drain=UNAUTHENTICATED_DRAIN,
                        seconds=UNAUTHENTICATED_SECONDS,
                        headers=CHALLENGE if challenge else (),
                    )
                    return
            except Refusal as exc:
                await self._refuse(
                    scope,
                    send,
                    receive,
                    exc.status,
                    exc.code,
                    exc.detail,
                    drain=UNAUTHENTICATED_DRAIN,
                    seconds=UNAUTHENTICATED_SECONDS,
                    headers=(CHALLENGE if challenge and exc.status == 401 else ())
                    + tuple(
                        (k.encode("latin-1"), v.encode("latin-1"))
                        for k, v in getattr(exc, "headers", {}).items()
                        if k.lower() != "www-authenticate"
                    ),
                )
                return
            scope = dict(scope)
            scope["state"] = {**scope.get("state", {}), "principal": principal}
            max_body, max_inflated = self.max_body, self.max_inflated
        spooling = (
            scope["method"] == "POST"
            and scope["path"] in self.spooled
            and scope["path"] in self.direct
        )
        if spooling:
            max_body = max(max_body, self.max_spooled)
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_body:
            await self._refuse(
                scope,
                send,
                receive,
                413,
                "too_large",
                f"the request is larger than {max_body} bytes",
                drain=4 * max_body,
                seconds=self.idle_seconds,
            )
            return
        body = bytearray()
        spool = multipart.spool(self.spool_dir) if spooling else None
        try:
            await self._answer(scope, receive, send, headers, max_body, max_inflated, body, spool)
        finally:
            if spool is not None:
                spool.close()

    async def _answer(self, scope, receive, send, headers, max_body, max_inflated, body, spool):
        """The body read (into ``body``, or ``spool`` for a large route), then the route."""
        received = 0
        more = True
        while more:
            try:
                async with asyncio.timeout(self.idle_seconds):  # no task per chunk
                    message = await receive()
            except TimeoutError:
                await self._refuse(
                    scope,
                    send,
                    receive,
                    408,
                    "too_slow",
                    f"nothing of the request arrived for {self.idle_seconds:.0f} seconds",
                )
                return
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            received += len(chunk)
            if spool is not None:
                spool.write(chunk)
            else:
                body += chunk
            more = message.get("more_body", False)
            if received > max_body:
                await self._refuse(
                    scope,
                    send,
                    receive,
                    413,
                    "too_large",
                    f"the request is larger than {max_body} bytes",
                    drain=4 * max_body if more else 0,
                    seconds=self.idle_seconds,
                )
                return
        if spool is not None and (
            received <= multipart.IN_MEMORY or headers.get("content-encoding", "").lower() == "gzip"
        ):  # small after all, or to be inflated: read as any body
            if received > self.max_body:
                await self._refuse(
                    scope,
                    send,
                    receive,
                    413,
                    "too_large",
                    f"a compressed request is at most {self.max_body} bytes",
                )
                return
            spool.seek(0)
            body += spool.read()
            spool = None
        if headers.get("content-encoding", "").lower() == "gzip":
            inflater = zlib.decompressobj(wbits=31)
            try:
                inflated = inflater.decompress(bytes(body), max_inflated + 1)
            except zlib.error:
                await self._refuse(
                    scope, send, receive, 400, "bad_gzip", "the body says gzip but is not gzip"
                )
                return
            if len(inflated) > max_inflated or inflater.unconsumed_tail:
                await self._refuse(
                    scope,
                    send,
                    receive,
                    413,
                    "too_large",
                    f"the inflated request is larger than {max_inflated} bytes",
                )
                return
            body = bytearray(inflated)
            scope = dict(scope)
            scope["headers"] = [
                (k, v)
                for k, v in scope["headers"]
                if k.lower() not in (b"content-encoding", b"content-length")
            ] + [(b"content-length", str(len(body)).encode())]
        if "json" in headers.get("content-type", "").lower():
            problem = json_problem(bytes(body))
            if problem:
                await self._refuse(scope, send, receive, 400, "malformed", problem)
                return
        sent = False
        handler = self.direct.get(scope["path"]) if scope["method"] == "POST" else None
        if handler is not None:
            principal = scope["state"]["principal"]
            try:
                response = await handler(
                    principal, headers, spool if spool is not None else bytes(body)
                )
            except Exception as exc:
                if self.failed is None:
                    raise
                response = self.failed(exc, scope["method"], scope["path"])
            await response(scope, receive, send)
            return

        async def replay():
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        await self.app(scope, replay, send)

    def _is_openrosa(self, path: str) -> bool:
        return path in self.openrosa or bool(
            self.openrosa_prefix and path.startswith(self.openrosa_prefix)
        )

    async def _refuse(self, scope, send, receive, *args, **options) -> None:
        """:func:`_refuse`, as an OpenRosaResponse on an OpenRosa address (a phone's
        /key/<token>/… is one)."""
        path = scope.get("path", "")
        xml = path.startswith("/key/") or self._is_openrosa(path)
        await _refuse(send, receive, *args, xml=xml, **options)


def json_problem(body: bytes) -> str:
    """Why a JSON body must not be parsed ("" when it may): too deep, too many values, or a
    number too long. A linear scan at C speed, far cheaper than the parse it protects."""
    bare = _STRING.sub(b'""', body)
    if _LONG_NUMBER.search(bare):
        return f"a number of more than {MAX_NUMBER_DIGITS} digits"
    values = bare.count(b"[") + bare.count(b"{") + bare.count(b",")
    if values > MAX_VALUES:
        return f"more than {MAX_VALUES} values in one request"
    depth = deepest = 0
    for bracket in _BRACKETS.findall(bare):
        depth += 1 if bracket in (b"[", b"{") else -1
        deepest = max(deepest, depth)
    if deepest > MAX_DEPTH:
        return f"nested more than {MAX_DEPTH} levels deep"
    return ""


PHONE_ONLY = "this token is a phone's, for ODK Collect's addresses only"
CHALLENGE = ((b"www-authenticate", b'Basic realm="Daftari", charset="UTF-8"'),)


def _bearer(authorization: str) -> str:
    scheme, _, token = authorization.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


async def _refuse(
    send,
    receive,
    status: int,
    code: str,
    detail: str,
    *,
    drain: int = 0,
    seconds: float = 60.0,
    headers: tuple[tuple[bytes, bytes], ...] = (),
    xml: bool = False,
) -> None:
    """Answer a refusal. What the client is still sending is read and dropped up to ``drain``
    bytes and for ``seconds`` at most (so that it gets to read the answer rather than a reset
    connection; nothing is kept; a client that stalls is answered when the time is up), then
    the connection is closed."""
    if drain:
        try:
            async with asyncio.timeout(seconds):
                await _drain(receive, drain)
        except TimeoutError:
            pass
    payload = json.dumps({"daftari": PROTOCOL, "code": code, "detail": detail}).encode()
    kind = b"application/json"
    if xml:  # what Collect reads of an answer, refusals too
        payload, kind = response_body(detail), b"text/xml; charset=utf-8"
        headers = (*headers, (b"x-openrosa-version", b"1.0"))
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", kind),
                (b"content-length", str(len(payload)).encode()),
                (b"connection", b"close"),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


async def _drain(receive, limit: int) -> None:
    seen = 0
    while seen < limit:
        message = await receive()
        if message["type"] != "http.request":
            return
        seen += len(message.get("body", b""))
        if not message.get("more_body", False):
            return
