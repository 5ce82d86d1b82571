"""`daftari-server run --workers 2`: both workers get connections (keep-alive clients are not
all handed to one), and no process outlives the server, even after SIGKILL."""

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == pid:
                found.append(int(entry))
    return found


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def _established_to(port: int) -> set[str]:
    """Inodes of the server's ends of established connections on ``port``."""
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, state, inode = fields[1], fields[3], fields[9]
        if state == "01" and int(local.split(":")[1], 16) == port:
            inodes.add(inode)
    return inodes


@pytest.mark.slow
def test_two_workers_share_keep_alive_connections_and_die_with_the_server(tmp_path):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = subprocess.Popen(
        [sys.executable, "-m", "central_server.cli", "--home", str(tmp_path), "run"]
        + ["--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    connections = []
    try:
        deadline = time.time() + 60
        while len(_children(server.pid)) < 3 or not _pings(port):
            assert time.time() < deadline, "the server did not start"
            time.sleep(0.1)
        time.sleep(1)  # both workers listening
        for _ in range(20):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", "/api/v1/ping")
            assert conn.getresponse().read()
            connections.append(conn)
        ours = _established_to(port)
        held = Counter()
        for child in _children(server.pid):
            held[child] = len(_socket_inodes(child) & ours)
        busy = sorted(held.values(), reverse=True)
        # 20 connections over the two workers (the checker holds none), neither starved
        assert sum(busy) == 20 and busy[1] >= 3 and busy[2:] == [0] * len(busy[2:]), held
        children = _children(server.pid)
        server.send_signal(signal.SIGKILL)
        server.wait(10)
        deadline = time.time() + 10
        while any(Path(f"/proc/{c}").exists() and _alive(c) for c in children):
            assert time.time() < deadline, "a server process outlived the server"
            time.sleep(0.1)
    finally:
        for conn in connections:
            conn.close()
        if server.poll() is None:
            server.kill()
            server.wait(10)


def _pings(port: int) -> bool:
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        conn.request("GET", "/api/v1/ping")
        return conn.getresponse().status == 200
    except OSError:
        return False


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
