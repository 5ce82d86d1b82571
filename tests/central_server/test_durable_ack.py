"""Issue 24: "acknowledged means durable", shown without timing a kill from outside. The real
server process (``daftari-server run``) kills itself with SIGKILL at a named moment
(:mod:`central_server.faults`): at the commit of a submission it was sent (nothing durable
yet), or just after that commit (durable, nobody answered). Either way its sender gets no
answer; after a restart the submission is there exactly when it was committed, and sent
again it is stored exactly once — by each way a submission arrives (a desktop's push, the
exchange that ends a desktop's sync, an OpenRosa POST), on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from central_server import accounts, published_forms
from central_server.db import make_engine
from central_server.schema import upgrade
from form_engine.submission import json_to_xml
from tests.central_server.test_api import POPULATION, envelopes, item
from tests.conftest import REPO

PASSWORD = "koboko-enum-1"


class ServerProcess:
    """``daftari-server run`` in a process group of its own (the server and its checker):
    :meth:`kill` ends the whole group, whatever state a failed test left it in."""

    def __init__(self, home: Path, *, db: str | None = None) -> None:
        self.home = home
        self.db = db
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        sock.close()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = home.parent / f"server-{self.port}.log"
        self.proc: subprocess.Popen | None = None

    def start(self, *, fault: str = "") -> None:
        """Started and answering; ``fault``: the fault point it dies at (DAFTARI_FAULT)."""
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        env.pop("DAFTARI_FAULT", None)
        if fault:
            env["DAFTARI_FAULT"] = fault
        database = ["--db", self.db] if self.db else []
        with open(self.log, "ab") as log:  # what it says, for a failure's message
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "central_server.cli", "--home", str(self.home), *database]
                + ["run", "--host", "127.0.0.1", "--port", str(self.port)],
                env=env,
                stdout=log,
                stderr=log,
                start_new_session=True,  # its own process group, the checker in it
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server did not start: {self.log.read_text()[-2000:]}")
            try:
                if requests.get(f"{self.url}/api/v1/ping", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError("the server did not answer within a minute")

    def died_of(self, timeout: float = 20) -> int:
        """The signal the server died of (waited for), its checker ended with it."""
        assert self.proc is not None
        code = self.proc.wait(timeout)
        self.kill()
        return -code

    def kill(self) -> None:
        """The server and everything it started, gone (SIGKILL)."""
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # all of it gone already
        self.proc.wait(10)


@pytest.fixture
def server_process():
    """Makes :class:`ServerProcess` es, each killed (with its checker) when the test ends,
    passed or failed."""
    made: list[ServerProcess] = []

    def make(home: Path, *, db: str | None = None) -> ServerProcess:
        made.append(ServerProcess(home, db=db))
        return made[-1]

    yield make
    for server in made:
        server.kill()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path):
    """A database with amina (an enumerator of Koboko) and the population form: SQLite in
    the server's home, or one on the suite's PostgreSQL."""
    home = tmp_path / "server"
    home.mkdir()
    url = (
        request.getfixturevalue("postgres").new_database()
        if request.param == "postgresql"
        else f"sqlite:///{home / 'server.db'}"
    )
    engine = make_engine(url)
    upgrade(engine)
    with engine.begin() as conn:
        accounts.add_site(conn, "Koboko")
        accounts.add_user(
            conn, "amina", role="enumerator", site="Koboko", password=PASSWORD, memory_kib=1024
        )
        published_forms.publish(conn, REPO / "forms/population.xlsx")
    yield home, (url if request.param == "postgresql" else None), engine
    engine.dispose()


ROUTES = ("push", "exchange", "openrosa")


def send(server: ServerProcess, token: str, route: str, submission: dict) -> tuple[int, str]:
    """The submission sent as that route's client sends it: (HTTP status, its answer about
    the submission — an item's status, or OpenRosa's message)."""
    if route == "openrosa":  # Collect or Enketo signed in with the account's password
        xml = json_to_xml(POPULATION, submission["data"]).encode()
        answer = requests.post(
            f"{server.url}/submission",
            files={"xml_submission_file": ("submission.xml", xml, "text/xml")},
            auth=("amina", PASSWORD),
            timeout=30,
        )
        return answer.status_code, answer.text
    body = {"items": [item(submission)]}
    if route == "exchange":
        body["cursor"] = 0
    answer = requests.post(
        f"{server.url}/api/v1/sync/{route}",
        json=body,
        headers={"authorization": f"Bearer {token}"},
        timeout=30,
    )
    status = answer.json()["results"][0]["status"] if answer.status_code == 200 else answer.text
    return answer.status_code, status


STORED = {"push": (200, "stored"), "exchange": (200, "stored"), "openrosa": 201}
AGAIN = {"push": (200, "duplicate"), "exchange": (200, "duplicate"), "openrosa": 202}


def answered(route: str, answer: tuple[int, str]) -> object:
    return answer[0] if route == "openrosa" else answer


def copies(engine, uuid: str) -> int:
    """How many revisions of this submission the database holds."""
    with engine.connect() as conn:
        mark = "%s" if conn.dialect.name == "postgresql" else "?"
        return conn.exec_driver_sql(
            f"SELECT count(*) FROM revisions WHERE uuid = {mark}", (uuid,)
        ).scalar_one()


def login(server: ServerProcess) -> str:
    r = requests.post(
        f"{server.url}/api/v1/auth/login",
        json={"username": "amina", "password": PASSWORD, "device_label": "tablet"},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    return r.json()["token"]


def sent_unanswered(server: ServerProcess, token: str, route: str, submission: dict) -> None:
    """Sent while the server dies at its fault point: no answer at all, and the server died
    of its own SIGKILL (not of anything else)."""
    try:
        answer = send(server, token, route, submission)
    except requests.ConnectionError:
        answer = None
    assert answer is None, f"{route}: answered {answer} by a server that then died"
    assert server.died_of() == signal.SIGKILL


def test_a_submission_the_server_dies_committing_is_not_acknowledged_and_stored_once_resent(
    database, server_process
):
    home, db, engine = database
    server = server_process(home, db=db)
    sent = dict(zip(ROUTES, envelopes(len(ROUTES), seed=241), strict=True))
    token = ""
    for route, submission in sent.items():
        server.start(fault="at-commit")
        token = token or login(server)
        sent_unanswered(server, token, route, submission)
    server.start()
    # never committed: not there, until its sender sends it again
    assert {route: copies(engine, s["uuid"]) for route, s in sent.items()} == dict.fromkeys(
        ROUTES, 0
    )
    for route, submission in sent.items():
        assert answered(route, send(server, token, route, submission)) == STORED[route]
        assert answered(route, send(server, token, route, submission)) == AGAIN[route]
    assert {route: copies(engine, s["uuid"]) for route, s in sent.items()} == dict.fromkeys(
        ROUTES, 1
    )


def test_a_submission_committed_just_before_the_server_died_is_there_and_resent_is_a_duplicate(
    database, server_process
):
    home, db, engine = database
    server = server_process(home, db=db)
    sent = dict(zip(ROUTES, envelopes(len(ROUTES), seed=242), strict=True))
    token = ""
    for route, submission in sent.items():
        server.start(fault="after-commit")
        token = token or login(server)
        sent_unanswered(server, token, route, submission)
    server.start()
    # committed, though its sender never heard so: there, once
    assert {route: copies(engine, s["uuid"]) for route, s in sent.items()} == dict.fromkeys(
        ROUTES, 1
    )
    for route, submission in sent.items():  # the sender tries again: told it is stored
        assert answered(route, send(server, token, route, submission)) == AGAIN[route]
    assert {route: copies(engine, s["uuid"]) for route, s in sent.items()} == dict.fromkeys(
        ROUTES, 1
    )


def test_the_server_writes_submissions_with_commits_that_reach_the_disk(server_settings):
    """What makes a commit durable, as the connection the server stores submissions on says
    (the group writer's; the requests' come from the same pool): on SQLite a write-ahead log
    flushed at every commit (synchronous=FULL; NORMAL may lose the last commits at a power
    cut), on PostgreSQL a commit that waits for its WAL to be flushed (synchronous_commit
    not off)."""
    from dataclasses import replace

    from central_server.app import create_app

    app = create_app(replace(server_settings, checker_thread=False))
    try:
        if server_settings.database_url.startswith("sqlite"):
            seen = app.state.writer.write(
                lambda conn: [
                    conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                    for name in ("journal_mode", "synchronous")
                ]
            )
            assert seen == ["wal", 2]  # 2: FULL
        else:
            seen = app.state.writer.write(
                lambda conn: conn.exec_driver_sql("SHOW synchronous_commit").scalar()
            )
            assert seen != "off"
            raw = app.state.engine.raw_connection()  # as the pipelined store takes one
            try:
                cursor = raw.cursor()
                cursor.execute("SHOW synchronous_commit")
                assert cursor.fetchone()[0] != "off"
            finally:
                raw.close()
    finally:
        app.state.engine.dispose()
