"""In front of every route (plain ASGI): who is asking is known before any body is read.

- A request to a route that needs a device token is refused (401) before its body is read
  when the token is missing, unknown or revoked; the device found is handed on to the route
  (``scope["state"]["principal"]``), so it is looked up once.
- The one public route with a body (logging in) takes a small body only.
- The busiest route (an OpenRosa ``POST /submission``) is answered here once its body is read
  (``direct``), past routing and dependencies it does not need.
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
from typing import Any

from central_server.errors import Refusal
from sync_protocol import PROTOCOL

# What JSON bodies may hold (a batch of 500 household submissions is far inside these).
MAX_DEPTH = 64
MAX_VALUES = 1_000_000  # brackets, braces and commas outside strings
MAX_NUMBER_DIGITS = 10_000  # longer numbers cost time to convert; a push reads up to here
# Read and dropped of a refused unauthenticated body, so a client whose token was revoked
# reads its 401; past it the connection is cut.
UNAUTHENTICATED_DRAIN = 1024 * 1024
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

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and (
            "\x00" in scope["path"] or b"%00" in scope.get("query_string", b"")
        ):
            # PostgreSQL cannot hold a NUL: a name or value with one is no name or value here
            await _refuse(send, receive, 400, "malformed", "a NUL character in the address")
            return
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if scope["path"] in self.public:
            max_body = max_inflated = self.max_public_body
        else:
            token = _bearer(headers.get("authorization", ""))
            if not token:
                await _refuse(
                    send,
                    receive,
                    401,
                    "unauthenticated",
                    "log in first: this needs a device token",
                    drain=UNAUTHENTICATED_DRAIN,
                    seconds=self.idle_seconds,
                )
                return
            try:
                principal = await self.who(token, scope["path"] in self.checked_at_write)
            except Refusal as exc:
                await _refuse(
                    send,
                    receive,
                    exc.status,
                    exc.code,
                    exc.detail,
                    drain=UNAUTHENTICATED_DRAIN,
                    seconds=self.idle_seconds,
                )
                return
            scope = dict(scope)
            scope["state"] = {**scope.get("state", {}), "principal": principal}
            max_body, max_inflated = self.max_body, self.max_inflated
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_body:
            await _refuse(
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
        more = True
        while more:
            try:
                async with asyncio.timeout(self.idle_seconds):  # no task per chunk
                    message = await receive()
            except TimeoutError:
                await _refuse(
                    send,
                    receive,
                    408,
                    "too_slow",
                    f"nothing of the request arrived for {self.idle_seconds:.0f} seconds",
                )
                return
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > max_body:
                await _refuse(
                    send,
                    receive,
                    413,
                    "too_large",
                    f"the request is larger than {max_body} bytes",
                    drain=4 * max_body if more else 0,
                    seconds=self.idle_seconds,
                )
                return
        if headers.get("content-encoding", "").lower() == "gzip":
            inflater = zlib.decompressobj(wbits=31)
            try:
                inflated = inflater.decompress(bytes(body), max_inflated + 1)
            except zlib.error:
                await _refuse(send, receive, 400, "bad_gzip", "the body says gzip but is not gzip")
                return
            if len(inflated) > max_inflated or inflater.unconsumed_tail:
                await _refuse(
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
                await _refuse(send, receive, 400, "malformed", problem)
                return
        sent = False
        handler = self.direct.get(scope["path"]) if scope["method"] == "POST" else None
        if handler is not None:
            principal = scope["state"]["principal"]
            try:
                response = await handler(principal, headers, bytes(body))
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
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (b"connection", b"close"),
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
