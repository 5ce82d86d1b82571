"""What a client may send before its request is known, and how many connections it may hold.

uvicorn's httptools protocol bounds none of it: llhttp accepts a request line and headers of
any size (and httptools gathers a header's value by joining pieces, so a 128 MB header cost
the worker's whole event loop tens of seconds), and it starts its keep-alive timer only after
a first answer, so a connection that sends a byte now and then, before its headers end, is
held for ever. ``protocol_class(limits)`` is uvicorn's protocol with these bounds, checked as
bytes arrive, before anything is parsed further:

- the request line and headers together at most ``max_header_bytes`` (431), the request
  line's address at most ``max_request_line`` bytes (414), at most ``max_headers`` header
  lines (431);
- the headers received whole within ``header_seconds`` of the connection being made (a
  request on a kept-alive connection: of its first byte). Past it the client is answered 408,
  or, having sent nothing, the connection is closed;
- at most ``max_connections_per_address`` connections open at once from one address (an IPv6
  client: from its /64), counted in each server process; one past it is answered 429 and
  closed at once. A reverse proxy named with ``--trusted-proxy`` is not counted: it carries
  many clients, and limits each itself (docs/server.md).

A refused request is answered and the connection half-closed; what the client still sends is
read and dropped (at most ``LINGER_BYTES``, for at most ``LINGER_SECONDS``), so a client that
sent its whole request reads the answer rather than a reset; then the connection is closed.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import time
from dataclasses import dataclass
from typing import Any

import httptools
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

LINGER_BYTES = 1024 * 1024
LINGER_SECONDS = 2.0
LOG_EVERY = 10.0  # seconds: a flood of refusals is logged as one line now and then
log = logging.getLogger("uvicorn.error")


@dataclass(frozen=True)
class HttpLimits:
    max_header_bytes: int = 64 * 1024  # the request line and every header, together
    max_headers: int = 100
    max_request_line: int = 8 * 1024  # the address asked for (path and query)
    header_seconds: float = 10.0  # from connecting to the end of the headers
    max_connections_per_address: int = 100  # open at once, per server process
    # addresses not counted against the cap (reverse proxies; see central_server.forwarded)
    uncounted: tuple[str, ...] = ()


_logged: dict[tuple[int, str], list[float]] = {}  # (status, why) -> [last logged, refused since]


def _log_refusal(status: int, reason: str) -> None:
    now = time.monotonic()
    seen = _logged.setdefault((status, reason), [now - LOG_EVERY, 0])
    seen[1] += 1
    if now - seen[0] >= LOG_EVERY:
        log.warning("%d %s (%d time(s) since this was last logged)", status, reason, seen[1])
        seen[0], seen[1] = now, 0


class _Refused(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def address_key(address: str) -> str:
    """What the per-address cap counts by: an IPv4 address, or an IPv6 client's /64 (one
    machine is usually given a whole /64, and can connect from any address in it)."""
    if ":" not in address:
        return address
    try:
        ip = ipaddress.IPv6Address(address.split("%", 1)[0])
    except ValueError:
        return address
    if ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    return str(ipaddress.IPv6Network((ip, 64), strict=False))


def protocol_class(limits: HttpLimits) -> type[LimitedHttpToolsProtocol]:
    """uvicorn's ``http=`` protocol for one server: connections counted by that server only."""
    return type(
        "LimitedHttpToolsProtocol",
        (LimitedHttpToolsProtocol,),
        {"limits": limits, "open_by_address": {}, "uncounted": frozenset(limits.uncounted)},
    )


class LimitedHttpToolsProtocol(HttpToolsProtocol):
    limits = HttpLimits()
    open_by_address: dict[str, int] = {}
    uncounted: frozenset[str] = frozenset()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._address: str | None = None  # counted against this key while open
        self._in_body = False  # between the end of a request's headers and its end
        self._head_bytes = 0  # fed to the parser since the last request ended, outside bodies
        self._head_began = False  # a request's first byte has arrived (its headers have not ended)
        self._header_count = 0
        self._requests_ended = 0
        self._head_timer: asyncio.TimerHandle | None = None
        self._refusal: _Refused | None = None  # raised in a parser callback
        self._refused = False  # answered and half-closed: what arrives is dropped
        self._linger_left = 0
        self._linger_timer: asyncio.TimerHandle | None = None

    # -- the connection ----------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if self.client and self.client[0] not in self.uncounted:
            key = address_key(self.client[0])
            held = self.open_by_address.get(key, 0)
            if held >= self.limits.max_connections_per_address:
                _log_refusal(429, "too many connections from one address")
                self._answer(429, "too many connections from your address", linger=False)
                return
            self.open_by_address[key] = held + 1
            self._address = key
        self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._address is not None:
            left = self.open_by_address.get(self._address, 1) - 1
            if left > 0:
                self.open_by_address[self._address] = left
            else:
                self.open_by_address.pop(self._address, None)
            self._address = None
        self._cancel_head_timer()
        if self._linger_timer is not None:
            self._linger_timer.cancel()
            self._linger_timer = None
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._refused:
            self._linger_left -= len(data)
            if self._linger_left <= 0:
                self.transport.close()
            return
        self._unset_keepalive_if_required()
        if not self._in_body and self._head_timer is None and not self._busy():
            self._arm_head_timer()  # e.g. bytes between requests on a kept-alive connection
        limit = self.limits.max_header_bytes
        view = memoryview(data)
        while view:
            # Fed a piece at a time, so no more than the limit is ever parsed as headers. A
            # piece in which one request ends and the next begins is not counted: the next
            # one's headers may run past the limit by at most one piece.
            if self._in_body:
                piece = view[:limit]
            else:
                room = limit - self._head_bytes
                if room <= 0:
                    self._refuse(431, "the request's headers are too large")
                    return
                piece = view[:room]
            ended = self._requests_ended
            try:
                self.parser.feed_data(piece)
            except httptools.HttpParserUpgrade:  # as uvicorn does
                if self._should_upgrade():
                    self.handle_websocket_upgrade()
                elif hasattr(self, "_unsupported_upgrade_warning"):  # uvicorn ≥ 0.30's
                    self._unsupported_upgrade_warning()
                return
            except httptools.HttpParserError:
                refusal, self._refusal = self._refusal, None
                if refusal is not None:
                    self._refuse(refusal.status, refusal.reason)
                else:
                    self._refuse(400, "Invalid HTTP request received.")
                return
            if self.transport.is_closing():
                return
            if not self._in_body and self._requests_ended == ended:
                self._head_bytes += len(piece)
                if self._head_bytes >= limit:
                    self._refuse(431, "the request's headers are too large")
                    return
            view = view[len(piece) :]

    # -- parser callbacks ----------------------------------------------------------------

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_began = True
        self._header_count = 0
        if self._head_timer is None:
            self._arm_head_timer()

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > self.limits.max_request_line:
            self._refusal = _Refused(414, "the request's address is too long")
            raise self._refusal

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_count += 1
        if self._header_count > self.limits.max_headers:
            self._refusal = _Refused(431, "the request has too many headers")
            raise self._refusal
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._cancel_head_timer()
        self._head_began = False
        self._in_body = True
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._in_body = False
        self._head_bytes = 0
        self._requests_ended += 1
        super().on_message_complete()

    # -- the header deadline ---------------------------------------------------------------

    def _busy(self) -> bool:
        return self.cycle is not None and not self.cycle.response_complete

    def _arm_head_timer(self) -> None:
        self._cancel_head_timer()
        self._head_timer = self.loop.call_later(self.limits.header_seconds, self._head_timeout)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timeout(self) -> None:
        self._head_timer = None
        if self._refused or self.transport.is_closing() or self._in_body:
            return
        if self._busy():  # a request is being answered; the next one's headers wait for it
            self._arm_head_timer()
            return
        if self._head_began or self._head_bytes:
            self._refuse(408, "the request's headers took too long to arrive")
        else:
            self.transport.close()  # connected, and sent nothing

    # -- answering a refusal -----------------------------------------------------------------

    def _refuse(self, status: int, reason: str) -> None:
        _log_refusal(status, reason)
        self._answer(status, reason, linger=True)

    def _answer(self, status: int, reason: str, *, linger: bool) -> None:
        self._refused = True
        self._cancel_head_timer()
        if self.transport.is_closing():
            return
        if self._busy():  # an answer is being written: no second one in the middle of it
            self.transport.close()
            return
        body = (reason + "\n").encode("ascii")
        head = [STATUS_LINE[status]]
        for name, value in self.server_state.default_headers:
            head += [name, b": ", value, b"\r\n"]
        head += [
            b"content-type: text/plain; charset=utf-8\r\n",
            b"content-length: %d\r\n" % len(body),
            b"connection: close\r\n\r\n",
            body,
        ]
        self.transport.write(b"".join(head))
        if linger and self.transport.can_write_eof():
            self.transport.write_eof()
            self._linger_left = LINGER_BYTES
            self._linger_timer = self.loop.call_later(LINGER_SECONDS, self.transport.close)
            self.flow.resume_reading()
        else:
            self.transport.close()
