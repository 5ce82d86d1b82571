"""The group writer (central_server.intake.writer) as the senders and the server's operator see
it (issue 24's mutation run, bench/mutation.py): requests handed over together are stored
together and each gets its own answers, whatever else was handed over with them; and a
server that has stored submissions still stops when it is told to."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import requests
from sqlalchemy.engine import Connection

from central_server import accounts
from central_server.db import reading
from central_server.intake.ingest import Sent
from central_server.intake.writer import GroupWriter
from sync_protocol import PushItem
from tests.central_server import test_durable_ack as durable
from tests.central_server.test_api import envelopes, item, push
from tests.central_server.test_durable_ack import database, server_process  # noqa: F401 - fixtures


@contextmanager
def writer_held(writer: GroupWriter) -> Iterator[None]:
    """The writer busy with another request's write until the block ends: what is handed
    over meanwhile waits, and is taken in one transaction when it ends. (Its transaction
    holds SQLite's write lock: log in before.)"""
    busy, release = threading.Event(), threading.Event()

    def hold(conn: Connection) -> None:
        busy.set()
        release.wait()

    holding = threading.Thread(target=writer.write, args=(hold,), daemon=True)
    holding.start()
    assert busy.wait(10)
    try:
        yield
    finally:
        release.set()
        holding.join(10)


def _amina(server, login) -> accounts.Principal:
    with reading(server.app.state.engine) as conn:
        return accounts.find_principal(conn, login("amina"))[0]


def test_pushes_stored_together_each_get_the_answers_to_their_own_items(server, login):
    amina = _amina(server, login)
    subs = envelopes(4, seed=262)
    pushes = [subs[:2], subs[2:3], subs[3:]]  # three requests: two items, one, one
    with writer_held(server.app.state.writer):
        answered = [
            server.app.state.writer.store_later(
                [Sent(amina, PushItem(**item(e)), []) for e in request]
            )
            for request in pushes
        ]
    for request, answer in zip(pushes, answered, strict=True):
        results = answer.result(10)
        assert [(r.uuid, r.status) for r in results] == [(e["uuid"], "stored") for e in request]


def test_a_write_handed_over_with_submissions_is_answered_too(server, login):
    """An OpenRosa submission with photos is a write of its own (a function of the
    transaction); a push is submissions: arriving together, they are one transaction, and
    each is answered — on PostgreSQL too, where submissions alone take a quicker way."""
    writer = server.app.state.writer
    [e] = envelopes(1, seed=261)
    push = [Sent(_amina(server, login), PushItem(**item(e)), [])]
    answers: list[object] = []
    with writer_held(writer):
        stored = writer.store_later(push)
        photos = threading.Thread(
            target=lambda: answers.append(writer.write(lambda conn: "stored")), daemon=True
        )
        photos.start()
        deadline = time.monotonic() + 10
        while writer._queue.qsize() < 2:  # both waiting: the writer takes them together
            assert time.monotonic() < deadline
            time.sleep(0.01)
    assert [r.status for r in stored.result(10)] == ["stored"]
    photos.join(10)
    assert answers == ["stored"]


def test_a_push_from_a_tablet_signed_out_a_moment_ago_is_told_to_log_in_again(server, login):
    """The server remembers a token's account for up to a minute; the writer checks the
    device again in the transaction that would store, and its refusal says what to do."""
    token = login("amina")
    first, second = envelopes(2, seed=263)
    assert push(server, token, [item(first)]).status_code == 200  # remembered now
    headers = {"authorization": f"Bearer {token}"}
    [device] = requests.get(f"{server.url}/api/v1/auth/devices", headers=headers).json()["devices"]
    assert requests.delete(f"{server.url}/api/v1/auth/devices/{device['id']}", headers=headers).ok
    r = push(server, token, [item(second)])
    assert r.status_code == 401
    assert r.json()["detail"] == "this device is not enrolled (or was revoked): log in again"


def test_a_server_that_has_stored_submissions_stops_at_ctrl_c(
    database,  # noqa: F811 - the fixture
    server_process,  # noqa: F811 - killed with its checker when the test ends, failed or not
):
    """Ctrl+C stops ``daftari-server run`` within seconds after it stored submissions: the
    thread that writes them does not keep the process waiting for more. (SIGTERM ends the
    process by the signal itself once uvicorn has shut down; Ctrl+C returns through Python's
    exit, which waits for every thread not marked a daemon.)"""
    home, db, _ = database
    server = server_process(home, db=db)
    server.start()
    token = durable.login(server)
    first, second = envelopes(2, seed=251)
    # the first by OpenRosa, whose route hands its submission over from the main thread
    assert durable.send(server, token, "openrosa", first)[0] == 201
    assert durable.send(server, token, "push", second) == (200, "stored")
    assert server.proc is not None
    server.proc.send_signal(signal.SIGINT)
    server.proc.wait(15)  # stopped, not still waiting
