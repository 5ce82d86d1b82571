"""Proof 2: the server killed with SIGKILL while it ingests: every submission it acknowledged
(the client marked it sent) is there after the restart, once."""

import random
import threading
import time

import pytest

from central_server import accounts, published_forms
from central_server.db import make_engine
from central_server.schema import upgrade
from desktop_app.sync.engine import sync_once
from desktop_app.sync.enrolment import enrol, transport_for
from desktop_app.sync.transport import SyncError
from tests.central_server.test_durable_ack import (  # noqa: F401 - the fixture
    server_process,
)
from tests.conftest import REPO
from tests.sync.test_kill_client import local_state
from tests.sync.test_sync_client import finalized

TRIALS = 8  # random kills (the deterministic ones: tests/central_server/test_durable_ack.py)


@pytest.mark.slow
def test_sigkill_of_the_server_loses_nothing_it_acknowledged(
    client,
    admin,
    tmp_path,
    server_process,  # noqa: F811 - killed with its checker when the test ends, failed or not
):
    home = tmp_path / "server"
    home.mkdir()
    engine = make_engine(f"sqlite:///{home / 'server.db'}")
    upgrade(engine)
    with engine.begin() as conn:
        accounts.add_site(conn, "Koboko")
        accounts.add_user(
            conn,
            "amina",
            role="enumerator",
            site="Koboko",
            password="koboko-enum-1",
            memory_kib=1024,
        )
        published_forms.publish(conn, REPO / "forms/population.xlsx")
    server = server_process(home)
    server.start()
    enrol(admin, server.url, "amina", "koboko-enum-1")
    finalized(client, admin, tmp_path, "population", 400, seed=91)
    rng = random.Random(3)
    kills = 0
    latest = 0.6  # narrowed to what a whole sync takes here, so that kills land inside it
    for trial in range(TRIALS * 3):
        if kills == TRIALS:
            break
        local, _ = local_state(client.home)
        if "finalized" not in local.values():  # keep the server busy ingesting
            folder = tmp_path / f"more{trial}"
            folder.mkdir()
            finalized(client, admin, folder, "population", 200, seed=200 + trial)
        stop = threading.Event()

        def killer(stop: threading.Event = stop, at: float = rng.uniform(0.05, latest)) -> None:
            if not stop.wait(at):
                server.kill()

        thread = threading.Thread(target=killer)
        thread.start()
        transport = transport_for(admin, timeout=5)
        began = time.monotonic()
        try:
            sync_once(admin, transport, batch_items=10)
        except SyncError:
            pass
        finally:
            transport.close()
            stop.set()
            thread.join()
        if server.proc.poll() is not None:
            kills += 1
            server.start()
        else:
            latest = max(0.1, min(latest, (time.monotonic() - began) * 0.9))
        with engine.connect() as conn:
            stored = dict(
                conn.exec_driver_sql(
                    "SELECT uuid, count(*) FROM revisions GROUP BY uuid"
                ).fetchall()
            )
        local, _ = local_state(client.home)
        acknowledged = {u for u, s in local.items() if s == "sent"}
        assert acknowledged <= set(stored), (
            f"trial {trial}: acknowledged, then lost: {acknowledged - set(stored)}"
        )
        assert set(stored.values()) <= {1}
    transport = transport_for(admin)
    sync_once(admin, transport)
    transport.close()
    server.kill()
    local, _ = local_state(client.home)
    with engine.connect() as conn:
        stored = {r[0] for r in conn.exec_driver_sql("SELECT uuid FROM revisions")}
    assert set(local.values()) == {"sent"} and stored == set(local)
    assert kills == TRIALS
