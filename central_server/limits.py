"""Request bodies: refused above a size limit (as sent and once gunzipped, so a small
"zip bomb" cannot fill memory), and gzip-compressed bodies inflated before the routes see
them. Plain ASGI, so it sits in front of everything."""

from __future__ import annotations

import json
import zlib

from sync_protocol import PROTOCOL


class BodyLimits:
    def __init__(self, app, *, max_body: int, max_inflated: int) -> None:
        self.app = app
        self.max_body = max_body
        self.max_inflated = max_inflated

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        declared = headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_body:
            await _drain(receive, 4 * self.max_body)
            await _refuse(
                send, 413, "too_large", f"the request is larger than {self.max_body} bytes"
            )
            return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_body:
                if more:
                    await _drain(receive, 4 * self.max_body)
                await _refuse(
                    send, 413, "too_large", f"the request is larger than {self.max_body} bytes"
                )
                return
        if headers.get("content-encoding", "").lower() == "gzip":
            inflater = zlib.decompressobj(wbits=31)
            try:
                inflated = inflater.decompress(bytes(body), self.max_inflated + 1)
            except zlib.error:
                await _refuse(send, 400, "bad_gzip", "the body says gzip but is not gzip")
                return
            if len(inflated) > self.max_inflated or inflater.unconsumed_tail:
                await _refuse(
                    send,
                    413,
                    "too_large",
                    f"the inflated request is larger than {self.max_inflated} bytes",
                )
                return
            body = bytearray(inflated)
            scope = dict(scope)
            scope["headers"] = [
                (k, v)
                for k, v in scope["headers"]
                if k.lower() not in (b"content-encoding", b"content-length")
            ] + [(b"content-length", str(len(body)).encode())]
        sent = False

        async def replay():
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        await self.app(scope, replay, send)


async def _drain(receive, limit: int) -> None:
    """Read (and drop) the rest of a refused body, so the client, still sending, gets to read
    the refusal instead of a reset connection. A body past ``limit`` is cut off."""
    seen = 0
    while seen < limit:
        message = await receive()
        if message["type"] != "http.request":
            return
        seen += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


async def _refuse(send, status: int, code: str, detail: str) -> None:
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
