"""A traffic-shaping TCP proxy on 127.0.0.1 (tc netem is not available here): a bandwidth
limit per direction, a one-way delay of RTT/2 each way, and optionally every connection cut
every N seconds. Counts the bytes each way and the connections."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    name: str
    up_kbit: float  # client -> server
    down_kbit: float
    rtt_ms: float


PROFILES = {
    "2G": Profile("2G", 32, 35, 1300),
    "EDGE": Profile("EDGE", 200, 240, 840),
    "3G": Profile("3G", 330, 780, 200),
}
SEGMENT = 1400  # bytes moved at a time (about one TCP segment)


class ShapingProxy:
    def __init__(
        self, upstream_port: int, profile: Profile, *, cut_every: float | None = None
    ) -> None:
        self.upstream_port = upstream_port
        self.profile = profile
        self.cut_every = cut_every
        self.up_bytes = 0
        self.down_bytes = 0
        self.connections = 0
        self.cuts = 0
        # one link each way, shared by every connection (as a modem's is)
        self._link_free = {"up": 0.0, "down": 0.0}
        self._writers: set[asyncio.StreamWriter] = set()
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self.thread.start()
        ready.wait(10)
        self.url = f"http://127.0.0.1:{self.port}"

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        self.server = self.loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0)
        )
        self.port = self.server.sockets[0].getsockname()[1]
        if self.cut_every:
            self.loop.create_task(self._cutter())
        ready.set()
        self.loop.run_forever()

    def stop(self) -> None:
        async def shut() -> None:
            self.server.close()
            for w in list(self._writers):
                w.transport.abort()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self.loop.stop()

        asyncio.run_coroutine_threadsafe(shut(), self.loop)
        self.thread.join(5)

    async def _cutter(self) -> None:
        while True:
            await asyncio.sleep(self.cut_every)
            if self._writers:
                self.cuts += 1
            for w in list(self._writers):
                w.transport.abort()

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        try:
            await self._relay(client_r, client_w)
        except asyncio.CancelledError:  # the proxy is stopping: quietly
            client_w.close()

    async def _relay(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self.connections += 1
        # the TCP handshake costs a round trip before anything moves
        await asyncio.sleep(self.profile.rtt_ms / 1000)
        try:
            server_r, server_w = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            client_w.close()
            return
        self._writers |= {client_w, server_w}
        up = asyncio.create_task(self._pipe(client_r, server_w, self.profile.up_kbit, "up"))
        down = asyncio.create_task(self._pipe(server_r, client_w, self.profile.down_kbit, "down"))
        await asyncio.wait({up, down}, return_when=asyncio.FIRST_COMPLETED)
        for task in (up, down):
            task.cancel()
        for w in (client_w, server_w):
            self._writers.discard(w)
            w.close()

    async def _pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, kbit: float, way: str
    ) -> None:
        """Bytes arrive after a one-way delay, no faster than the link's bandwidth."""
        delay = self.profile.rtt_ms / 2000
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def receive() -> None:
            while True:
                data = await reader.read(SEGMENT)
                await queue.put((time.monotonic(), data))
                if not data:
                    return

        receiver = asyncio.create_task(receive())
        try:
            while True:
                sent_at, data = await queue.get()
                if not data:
                    writer.write_eof() if writer.can_write_eof() else None
                    await writer.drain()
                    return
                # serialisation on the shared link, then propagation
                start = max(self._link_free[way], sent_at)
                self._link_free[way] = start + len(data) * 8 / (kbit * 1000)
                arrive = self._link_free[way] + delay
                wait = arrive - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()
                if way == "up":
                    self.up_bytes += len(data)
                else:
                    self.down_bytes += len(data)
        except (ConnectionError, OSError):
            return
        finally:
            receiver.cancel()
