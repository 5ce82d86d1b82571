"""``daftari-server run``: the worker processes that answer requests, and the process that
checks stored submissions against their forms (central_server.intake.checking).

With several workers on Linux each has a listening socket of its own on the same port
(``SO_REUSEPORT``): the kernel spreads new connections over them, so keep-alive clients are
shared between the workers (one shared socket hands a burst of connections to whichever
worker wakes first, and it keeps them). A worker or the checker that dies is started again;
Ctrl+C or SIGTERM stops them all, and they stop by themselves when this process is killed.

Every worker reads requests through ``central_server.http_limits``: the request line and
headers bounded in size, count and time, and connections per client address capped.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from dataclasses import replace
from multiprocessing.connection import wait
from typing import Any

from central_server.http_limits import HttpLimits
from central_server.intake.checking import checker_process
from central_server.settings import Settings

log = logging.getLogger("daftari.server")
RESTART_PAUSE = 1.0  # a process that keeps dying is started again at most this often


def serve(
    settings: Settings,
    *,
    host: str,
    port: int,
    workers: int,
    log_level: str,
    limits: HttpLimits | None = None,
) -> None:
    settings = replace(settings, checker_thread=False)  # the checker is a process of its own
    limits = limits or HttpLimits()
    context = multiprocessing.get_context("spawn")
    sockets = _listening(host, port, workers)
    targets: list[tuple[Any, tuple]] = [(_checker, (settings.database_url, os.getpid()))]
    if workers > 1:
        targets += [
            (_worker, (settings, sockets[i % len(sockets)], log_level, limits, os.getpid()))
            for i in range(workers)
        ]
    children: list[Any] = [None] * len(targets)
    started = [0.0] * len(targets)
    stopping = threading.Event()

    def start(i: int) -> None:
        target, args = targets[i]
        children[i] = context.Process(target=target, args=args, daemon=False)
        children[i].start()
        started[i] = time.monotonic()

    def supervise() -> None:
        for i in range(len(targets)):
            start(i)
        while not stopping.is_set():
            wait([c.sentinel for c in children], timeout=0.5)
            for i, child in enumerate(children):
                if child.exitcode is not None and not stopping.is_set():
                    if time.monotonic() - started[i] < RESTART_PAUSE:
                        time.sleep(RESTART_PAUSE)
                    log.warning(
                        "a server process stopped (exit %s); starting it again", child.exitcode
                    )
                    start(i)

    def stop_all() -> None:
        stopping.set()
        for child in children:
            if child is not None and child.is_alive():
                child.terminate()
        for child in children:
            if child is not None:
                child.join(20)
                if child.is_alive():
                    child.kill()

    try:
        if workers > 1:
            for sig in (signal.SIGINT, signal.SIGTERM):
                signal.signal(sig, lambda *_: stopping.set())
            supervisor = threading.Thread(target=supervise, daemon=True)
            supervisor.start()
            while not stopping.wait(0.5):
                pass
        else:  # the one worker is this process; the checker beside it
            supervisor = threading.Thread(target=supervise, daemon=True)
            supervisor.start()
            _run_app(settings, sockets[0], log_level, limits)
    finally:
        stop_all()
        for sock in sockets:
            sock.close()


def _listening(host: str, port: int, workers: int) -> list[socket.socket]:
    """One socket per worker on Linux (SO_REUSEPORT), else one shared by all."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    spread = workers > 1 and sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")
    sockets = []
    for _ in range(workers if spread else 1):
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if spread:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
        port = sock.getsockname()[1]  # port 0: the others join the one the first was given
        sock.listen(2048)
        sock.set_inheritable(True)
        sockets.append(sock)
    return sockets


def _checker(database_url: str, parent: int) -> None:
    _die_with(parent)
    quieter_collector()
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))  # a round is one transaction
    checker_process(database_url)


def _worker(
    settings: Settings, sock: socket.socket, log_level: str, limits: HttpLimits, parent: int
) -> None:
    _die_with(parent)
    _run_app(settings, sock, log_level, limits)


def _run_app(settings: Settings, sock: socket.socket, log_level: str, limits: HttpLimits) -> None:
    import uvicorn

    from central_server.app import create_app

    app = create_app(settings, migrate=False)  # `run` migrated before starting the workers
    quieter_collector()
    uvicorn.Server(uvicorn_config(app, settings, limits, log_level=log_level)).run(sockets=[sock])


def uvicorn_config(
    app: Any, settings: Settings, limits: HttpLimits, *, log_level: str, **more: Any
) -> Any:
    """How every worker runs the app under uvicorn (the tests' live server too): uvicorn's
    httptools protocol with the bounds of ``central_server.http_limits``; the reverse proxies
    trusted to say whom they forward for are not counted against the per-address cap."""
    import uvicorn

    from central_server.http_limits import protocol_class

    limits = replace(limits, uncounted=tuple(settings.trusted_proxies))
    return uvicorn.Config(
        app,
        http=protocol_class(limits),
        log_level=log_level,
        proxy_headers=False,  # the app decides whom to believe (central_server/forwarded.py)
        server_header=False,
        **more,
    )


def quieter_collector() -> None:
    """Python's cycle collector, tuned for a server: what is loaded at start (the app, the
    libraries, the forms read so far) is set aside for good (``gc.freeze``), and the young
    generation is collected every 20,000 allocations instead of 700 — a request builds a few
    thousand short-lived objects (a parsed submission, its instance tree), which reference
    counting frees; the collector then ran several times per request for nothing."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


def _die_with(parent: int) -> None:
    """Exit when the process that started this one is gone (killed, even with SIGKILL): a
    worker never outlives its server, holding the port."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="daftari-parent-watch", daemon=True).start()
