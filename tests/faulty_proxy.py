"""An HTTP proxy on 127.0.0.1 that misbehaves like the networks Daftari meets: it drops the
connection in the middle of a request, delays, cuts responses short, answers 502, answers
"200 OK" with a captive portal's login page, or with JSON that is not the server's.

One request per connection (it adds ``Connection: close``), so each request meets its own
fault. ``faults`` maps a fault name to its probability; the rest pass through untouched.
"""

from __future__ import annotations

import asyncio
import random
import threading

PORTAL = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\nContent-Length: 94\r\n\r\n"
    b"<html><body><h1>Welcome to CityNet Wi-Fi</h1><form>Accept the terms</form></body></html>\r\n"
)
BAD_GATEWAY = (
    b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nConnection: close\r\n"
    b"Content-Length: 22\r\n\r\n<h1>502 Bad Gateway</h1>"
)


def fake_json(body: bytes) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )


class FaultyProxy:
    def __init__(self, upstream_port: int, *, faults: dict[str, float], seed: int = 0) -> None:
        self.upstream_port = upstream_port
        self.faults = faults
        self.rng = random.Random(seed)
        self.counts: dict[str, int] = {}
        self.first_each = [name for name in faults for _ in range(2)]
        self.rng.shuffle(self.first_each)
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        self.ready.wait(10)
        self.url = f"http://127.0.0.1:{self.port}"

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.server = self.loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0)
        )
        self.port = self.server.sockets[0].getsockname()[1]
        self.ready.set()
        self.loop.run_forever()

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.server.close)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)

    def _pick(self) -> str:
        if self.first_each:  # every fault at least once, early, whatever the dice say
            return self.first_each.pop(0)
        roll = self.rng.random()
        for name, p in self.faults.items():
            if roll < p:
                return name
            roll -= p
        return "pass"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            fault = self._pick()
            self.counts[fault] = self.counts.get(fault, 0) + 1
            if fault == "drop_request":  # the line went down while the body was on its way
                if length:
                    await reader.readexactly(length // 2)
                writer.close()
                return
            body = await reader.readexactly(length) if length else b""
            if fault == "portal":
                writer.write(PORTAL)
            elif fault == "bad_gateway":
                writer.write(BAD_GATEWAY)
            elif fault == "fake_ack":  # a 200 with JSON shaped like an answer, not the server's
                writer.write(fake_json(b'{"results": [], "cursor": 0, "more": false}'))
            else:
                if fault == "delay":
                    await asyncio.sleep(self.rng.uniform(0.05, 0.4))
                response = await self._forward(head, body)
                if fault == "truncate":
                    response = response[: max(1, len(response) * 2 // 3)]
                writer.write(response)
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    async def _forward(self, head: bytes, body: bytes) -> bytes:
        lines = [
            line
            for line in head.split(b"\r\n")
            if line and not line.lower().startswith(b"connection:")
        ]
        request = b"\r\n".join(lines) + b"\r\nConnection: close\r\n\r\n" + body
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        up_writer.write(request)
        await up_writer.drain()
        response = await up_reader.read(-1)
        up_writer.close()
        return response
