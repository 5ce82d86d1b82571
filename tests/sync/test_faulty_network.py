"""Proof 3: between the client and the server, a proxy that drops connections mid-body,
delays, truncates responses, answers 502, and answers 200 with a captive portal's page or
with JSON that is not the server's: sync completes, correctly, after enough tries — and no
answer that is not the server's acknowledgement is ever taken as one."""

import pytest

from desktop_app.sync.engine import sync_once
from desktop_app.sync.enrolment import enrol, move_server, transport_for
from desktop_app.sync.transport import NotTheServer, SyncError
from tests.central_server.conftest import PASSWORDS
from tests.faulty_proxy import FaultyProxy
from tests.sync.test_kill_client import local_state, server_state
from tests.sync.test_sync_client import finalized

FAULTS = {
    "drop_request": 0.08,
    "delay": 0.1,
    "truncate": 0.08,
    "bad_gateway": 0.06,
    "portal": 0.06,
    "fake_ack": 0.06,
}


@pytest.mark.slow
def test_sync_completes_correctly_through_a_hostile_network(server, client, admin, tmp_path):
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    finalized(client, admin, tmp_path, "population", 240, seed=77)
    proxy = FaultyProxy(server.port, faults=FAULTS, seed=5)
    move_server(admin, proxy.url)
    failures: dict[str, int] = {}
    attempts = 0
    try:
        while attempts < 200:
            attempts += 1
            transport = transport_for(admin, timeout=10)
            try:
                sync_once(admin, transport, batch_items=4)  # many requests, many faults
            except SyncError as exc:
                failures[type(exc).__name__] = failures.get(type(exc).__name__, 0) + 1
                if isinstance(exc, NotTheServer):
                    assert "not from a Daftari server" in str(exc) or "not understood" in str(exc)
            finally:
                transport.close()
            revisions, _ = server_state(server)
            local, _ = local_state(client.home)
            on_server = {uuid for uuid, _, _ in revisions}
            sent = {u for u, s in local.items() if s == "sent"}
            assert sent <= on_server, (
                "an answer that was not the server's was taken as an acknowledgement"
            )
            assert all(count == 1 for _, _, count in revisions)
            if set(local.values()) == {"sent"}:
                break
    finally:
        proxy.stop()
    assert set(local.values()) == {"sent"} and on_server == set(local)
    assert proxy.counts.get("portal", 0) and proxy.counts.get("fake_ack", 0)
    assert proxy.counts.get("truncate", 0) and proxy.counts.get("drop_request", 0)
    assert failures, "the proxy should have made some syncs fail"
    print(attempts, failures, proxy.counts)
