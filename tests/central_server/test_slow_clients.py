"""Issue 21, "Headers and slow clients, before any login": what a client may send before its
request is known is bounded (central_server.http_limits) — the request line and headers in
size, count and time, and the connections one address holds — and ``/api/v1/ping`` keeps
answering within a second while each attack runs.

The attacks come from 127.0.0.2 (loopback too, on Linux), the pings from 127.0.0.1, both to
a server on 127.0.0.1; each attack stops by itself within a few seconds.
"""

import os
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager

import pytest

from central_server.http_limits import HttpLimits, address_key
from central_server.settings import Settings
from tests.central_server.conftest import LiveServer
from tests.conftest import REPO

ATTACKER = "127.0.0.2"
PING = b"GET /api/v1/ping HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
LIMITS = HttpLimits(max_connections_per_address=8, header_seconds=1.0)  # sizes: the defaults
MiB = 1024 * 1024


def _second_loopback() -> bool:
    try:
        with socket.socket() as s:
            s.bind((ATTACKER, 0))
        return True
    except OSError:
        return False


pytestmark = pytest.mark.skipif(
    not _second_loopback(), reason="needs 127.0.0.2 (Linux answers all of 127/8)"
)


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    server = LiveServer(Settings.resolve(data_dir=str(tmp_path_factory.mktemp("server"))), LIMITS)
    yield server
    server.stop()


def _connect(port: int, source: str = ATTACKER, timeout: float = 5) -> socket.socket:
    return socket.create_connection(
        ("127.0.0.1", port), timeout=timeout, source_address=(source, 0)
    )


def _status(sock: socket.socket) -> str:
    """The status of the answer read from ``sock``; "closed" or "reset" if there is none."""
    try:
        head = sock.recv(64)
    except ConnectionError:
        return "reset"
    return head.split(b" ")[1].decode() if head.startswith(b"HTTP/1.1 ") else "closed"


def _send(port: int, *parts: bytes, source: str = ATTACKER) -> str:
    """Sends a request as fast as the server takes it; the status of what it answers."""
    with _connect(port, source) as sock:
        try:
            for part in parts:
                sock.sendall(part)
        except (BrokenPipeError, ConnectionResetError):
            pass  # refused before it was all sent: the answer may be there all the same
        return _status(sock)


def _huge(head: bytes, size: int, tail: bytes):
    """A request of ``size`` filler bytes between head and tail, sent a MiB at a time."""
    yield head
    block = b"a" * MiB
    for _ in range(size // MiB):
        yield block
    yield tail


@contextmanager
def pings(port: int):
    """/api/v1/ping asked every 20 ms from 127.0.0.1, meanwhile: its latencies (a failure
    counts as forever)."""
    took: list[float] = []
    stop = threading.Event()

    def ping() -> None:
        while not stop.is_set():
            start = time.perf_counter()
            try:
                with _connect(port, "127.0.0.1", timeout=10) as sock:
                    sock.sendall(PING)
                    ok = _status(sock) == "200"
            except OSError:
                ok = False
            took.append(time.perf_counter() - start if ok else float("inf"))
            stop.wait(0.02)

    threads = [threading.Thread(target=ping, daemon=True) for _ in range(2)]
    for t in threads:
        t.start()
    started = time.perf_counter()
    try:
        yield took
    finally:
        time.sleep(max(0.0, started + 1.5 - time.perf_counter()))  # enough pings to tell
        stop.set()
        for t in threads:
            t.join(15)


def _p99(took: list[float]) -> float:
    ordered = sorted(took)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def _assert_fast(took: list[float]) -> None:
    assert len(took) >= 10, took
    assert _p99(took) < 1.0, sorted(took)[-5:]


def _attack(count: int, job) -> list[str]:
    """``job()`` on ``count`` connections at once; what each was answered."""
    answers: list[str] = []
    threads = [
        threading.Thread(target=lambda: answers.append(job()), daemon=True) for _ in range(count)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not any(t.is_alive() for t in threads), "an attack did not stop"
    return answers


def test_headers_within_the_limits_are_answered(live):
    headers = b"".join(b"X-H%d: %s\r\n" % (i, b"v" * 500) for i in range(99))  # ~50 KiB
    address = b"/api/v1/ping?" + b"q" * 7000
    assert (
        _send(live.port, b"GET " + address + b" HTTP/1.1\r\nHost: x\r\n" + headers + b"\r\n")
        == "200"
    )


def test_pipelined_requests_with_bodies_are_not_taken_for_headers(live):
    """Six requests sent at once, 90 KB in all: only each one's head counts."""
    body = b"x" * 15_000
    one = (
        b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\n\r\n" % len(body) + body
    )
    with _connect(live.port) as sock:
        sock.sendall(one * 6)
        got = b""
        while got.count(b"HTTP/1.1 4") < 6:
            data = sock.recv(65536)
            assert data, got
            got += data
    assert got.count(b"HTTP/1.1 422 ") == 6


def test_a_128_mib_header_is_refused_and_ping_stays_fast(live):
    """Ten connections each sending a 128 MiB header (the attack stalled /ping 80 s, ten for
    12 minutes): each is answered 431 after 64 KiB, or cut off."""
    request = b"GET /api/v1/ping HTTP/1.1\r\nHost: x\r\nX-Big: "
    with pings(live.port) as took:
        started = time.perf_counter()
        answers = _attack(10, lambda: _send(live.port, *_huge(request, 128 * MiB, b"\r\n\r\n")))
        assert time.perf_counter() - started < 10
    assert set(answers) <= {"431", "reset", "closed", "429"}, answers
    assert "431" in answers
    _assert_fast(took)


def test_a_128_mib_request_line_is_refused_and_ping_stays_fast(live):
    with pings(live.port) as took:
        answers = _attack(
            4, lambda: _send(live.port, *_huge(b"GET /", 128 * MiB, b" HTTP/1.1\r\n\r\n"))
        )
    assert set(answers) <= {"414", "reset", "closed"}, answers
    assert "414" in answers
    _assert_fast(took)
    # a long address that fits in the headers' size is refused as too long all the same
    assert _send(live.port, b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n") == "414"


def test_a_flood_of_headers_is_refused_and_ping_stays_fast(live):
    """A million header lines (8 MB; it cost the server seconds before): 431 at the 101st."""
    assert (
        _send(live.port, b"GET /api/v1/ping HTTP/1.1\r\n" + b"X-N: v\r\n" * 101 + b"\r\n") == "431"
    )
    lines = b"X-N: v\r\n" * (MiB // 8)
    with pings(live.port) as took:
        answers = _attack(
            8,
            lambda: _send(live.port, b"GET /api/v1/ping HTTP/1.1\r\n", *[lines] * 8, b"\r\n"),
        )
    assert set(answers) <= {"431", "reset", "closed"}, answers
    _assert_fast(took)


def test_headers_sent_a_byte_at_a_time_are_cut_off_at_the_deadline(live):
    """Slowloris: a header byte every 0.2 s. The server answers 408 when the headers have
    taken longer than they may (1 s here, 10 s by default), however the bytes trickle in."""
    with _connect(live.port) as sock:
        sock.sendall(b"GET /api/v1/ping HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        started = time.perf_counter()
        sock.settimeout(0.2)
        answer = None
        while answer is None and time.perf_counter() - started < 5:
            try:
                answer = _status(sock)
            except TimeoutError:
                sock.sendall(b"a")
    assert answer == "408", answer
    assert 0.9 < time.perf_counter() - started < 1.5
    with _connect(live.port) as sock:  # connected, and silent: closed at the deadline
        started = time.perf_counter()
        assert _status(sock) == "closed"
        assert 0.9 < time.perf_counter() - started < 1.5


def test_a_kept_alive_connection_has_the_deadline_for_each_request(live):
    with _connect(live.port) as sock:
        for _ in range(3):
            sock.sendall(b"GET /api/v1/ping HTTP/1.1\r\nHost: x\r\n")
            time.sleep(0.5)  # each request's headers within the second
            sock.sendall(b"\r\n")
            assert sock.recv(1000).startswith(b"HTTP/1.1 200 ")
        sock.sendall(b"\r\n")  # bytes between requests start the next one's clock
        time.sleep(0.3)
        sock.sendall(b"GET /api/v1/ping HTTP/1.1\r\n")
        assert _status(sock) == "408"


def test_one_address_holds_few_connections_and_slowloris_does_not_stop_the_others(live):
    """Two hundred connections from one address, each sending a header byte every 0.3 s and
    connecting again when cut off, for 3 seconds: the server holds at most 8 of them at a
    time (the others are answered 429 at once), each for at most the header deadline, and
    /ping from another address answers meanwhile."""
    counted = live.server.config.http_protocol_class.open_by_address
    stop = threading.Event()
    answers: list[str] = []
    held_longest = [0.0]
    most = [0]

    def slow() -> None:
        while not stop.is_set():
            try:
                sock = _connect(live.port)
            except OSError:
                answers.append("connect failed")
                stop.wait(0.1)
                continue
            with sock:
                started = time.perf_counter()
                sock.settimeout(0.3)
                try:
                    sock.sendall(b"GET /api/v1/ping HTTP/1.1\r\nHost: x\r\nX-Slow: ")
                    while not stop.is_set():
                        try:
                            answers.append(_status(sock))
                            break
                        except TimeoutError:
                            sock.sendall(b"a")
                except OSError:
                    answers.append("reset")
                if not stop.is_set():
                    held_longest[0] = max(held_longest[0], time.perf_counter() - started)
            stop.wait(0.1)

    def watch() -> None:
        while not stop.is_set():
            most[0] = max(most[0], counted.get(ATTACKER, 0))
            time.sleep(0.01)

    threads = [threading.Thread(target=slow, daemon=True) for _ in range(200)]
    threads.append(threading.Thread(target=watch, daemon=True))
    with pings(live.port) as took:
        for t in threads:
            t.start()
        time.sleep(3)
        stop.set()
        for t in threads:
            t.join(10)
    assert not any(t.is_alive() for t in threads)
    assert most[0] == LIMITS.max_connections_per_address, most
    assert "429" in answers and "408" in answers, set(answers)
    assert held_longest[0] < LIMITS.header_seconds + 1.5, held_longest
    _assert_fast(took)
    deadline = time.time() + 5
    while counted.get(ATTACKER) and time.time() < deadline:
        time.sleep(0.05)
    assert not counted.get(ATTACKER)  # every connection closed is counted out
    assert _send(live.port, PING) == "200"


def test_an_ipv6_client_is_counted_by_its_64():
    assert address_key("2001:db8:1:2:aaaa::1") == address_key("2001:db8:1:2:bbbb::7")
    assert address_key("2001:db8:1:3::1") != address_key("2001:db8:1:2::1")
    assert address_key("::ffff:10.0.0.7") == "10.0.0.7"
    assert address_key("10.0.0.7") == "10.0.0.7"


def test_daftari_server_run_applies_the_limits_it_is_given(tmp_path):
    """The real command, two workers: its options reach every worker."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "central_server.cli", "--home", str(tmp_path), "run"]
        + ["--host", "127.0.0.1", "--port", str(port), "--workers", "2"]
        + ["--max-connections-per-address", "3", "--header-timeout", "1"],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    held: list[socket.socket] = []
    try:
        deadline = time.time() + 60
        while True:
            assert time.time() < deadline, "the server did not start"
            try:
                if _send(port, PING, source="127.0.0.1") == "200":
                    break
            except OSError:
                pass
            time.sleep(0.2)
        time.sleep(1)  # both workers listening
        request = b"GET /api/v1/ping HTTP/1.1\r\nHost: x\r\nX-Big: "
        assert _send(port, *_huge(request, 128 * MiB, b"\r\n\r\n")) in ("431", "reset")
        assert _send(port, b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\n\r\n") == "414"
        # each worker holds 3 from one address: at most 6 in all, then 429
        held = [_connect(port) for _ in range(12)]
        time.sleep(0.3)
        answers = []
        for sock in held:
            sock.settimeout(0.01)
            try:
                answers.append(_status(sock))
            except TimeoutError:
                answers.append("held")
        assert 3 <= answers.count("held") <= 6 and "429" in answers, answers
        assert _send(port, PING, source="127.0.0.1") == "200"
        started = time.perf_counter()
        for sock in held:  # each held one is closed at the header deadline
            sock.settimeout(5)
            assert _status(sock) in ("closed", "429")
        assert time.perf_counter() - started < 3
    finally:
        for sock in held:
            sock.close()
        server.terminate()
        server.wait(30)
