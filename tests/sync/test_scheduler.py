"""Sync starts by itself and reports in the status bar: after login, after a finalize, on
"Sync now"; a server that cannot be reached shows as "no connection" and is retried with
backoff; never on the GUI thread."""

import threading

from desktop_app.sync.enrolment import enrol
from desktop_app.sync.scheduler import SyncScheduler, SyncStatus
from tests.central_server.conftest import PASSWORDS
from tests.desktop_app.test_window import log_in, open_window
from tests.sync.test_sync_client import finalized


def test_the_window_syncs_by_itself_and_shows_it(qtbot, server, client, admin, tmp_path):
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    finalized(client, admin, tmp_path, "population", 4, seed=11)
    window = open_window(qtbot, client)
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: window.sync_label.status.last_success is not None, timeout=20_000)
    assert window.sync_label.status.waiting == 0
    assert (
        "0 waiting to send" in window.sync_label.text() and "last sync" in window.sync_label.text()
    )
    assert window.scheduler._thread is not threading.main_thread()
    # a finalize asks for a sync at once
    draft = admin.new_submission("population")
    sent_before = client.store.status_counts()["sent"]
    data_path = tmp_path / "more"
    data_path.mkdir()
    finalized(client, admin, data_path, "population", 1, seed=12)
    window._finalized(draft.uuid)
    qtbot.waitUntil(lambda: client.store.status_counts()["sent"] == sent_before + 1, timeout=20_000)
    window.close()


def test_an_unreachable_server_shows_no_connection_and_backs_off(server, client, admin):
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    server.stop()
    seen: list[SyncStatus] = []
    done = threading.Event()

    def status(s: SyncStatus) -> None:
        seen.append(s)
        if sum(1 for x in seen if x.state == "offline") >= 3:
            done.set()

    scheduler = SyncScheduler(admin, on_status=status, first_retry=0.05, longest_retry=0.2)
    scheduler.start()
    assert done.wait(20)
    scheduler.stop()
    offline = [s for s in seen if s.state == "offline"]
    assert offline[0].last_error == "no connection to the server"
    delays = [scheduler.first_retry * 2**n for n in range(3)]
    assert delays == [0.05, 0.1, 0.2]  # doubling, then capped at longest_retry (with jitter)


def test_without_enrolment_it_says_so(client, admin):
    seen: list[SyncStatus] = []
    scheduler = SyncScheduler(admin, on_status=seen.append)
    scheduler.start()
    scheduler.request()
    for _ in range(200):
        if seen:
            break
        threading.Event().wait(0.02)
    scheduler.stop()
    assert seen and seen[0].state == "not_enrolled"
