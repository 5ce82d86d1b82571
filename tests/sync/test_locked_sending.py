"""A locked window keeps sending what is finalized: an enumerator finalizes, locks the laptop
(or it locks itself), and the work reaches the server when the network comes back — while the
window stays locked and the data key is forgotten. Drafts stay here; pulls wait for unlock."""

import gc

from PySide6.QtCore import Qt

from desktop_app.crypto import DataKey
from desktop_app.session import UserSession
from desktop_app.store import SubmissionFilter
from desktop_app.sync.enrolment import enrol, move_server
from desktop_app.sync.locked import LockedSender, hold_for_lock, send_held
from desktop_app.sync.scheduler import SyncScheduler
from desktop_app.sync.transport import Transport
from desktop_app.ui.login import LoginView
from tests.central_server.conftest import PASSWORDS
from tests.desktop_app.test_window import PASSWORD, log_in, open_window, press
from tests.faulty_proxy import FaultyProxy
from tests.sync.test_sync_client import card_with_photo, finalized, sync

DOWN = {"drop_request": 1.0}  # every connection cut: no network


def on_server(server) -> set[str]:
    with server.app.state.engine.connect() as c:
        return {r[0] for r in c.exec_driver_sql("SELECT uuid FROM revisions")}


def key_alive(client, key: bytes) -> bool:
    """A session of ``client``'s home, or its data key, anywhere in the process."""
    gc.collect()
    return any(
        (isinstance(o, UserSession) and o.client is client)
        or (isinstance(o, DataKey) and o._key == key)
        for o in gc.get_objects()
    )


def holders(client) -> list[str]:
    """What still holds a session of ``client``'s home (for the failure's message)."""
    gc.collect()
    sessions = [o for o in gc.get_objects() if isinstance(o, UserSession) and o.client is client]
    out = []
    for session in sessions:
        for ref in gc.get_referrers(session):
            if ref is sessions:
                continue
            name = type(ref).__name__
            if name == "frame":
                name += f" {ref.f_code.co_name} ({ref.f_code.co_filename}:{ref.f_lineno})"
            elif name == "function":
                name += f" {ref.__qualname__}"
            elif name == "cell":  # the closure it is in: the functions whose cells hold it
                owners = [
                    f.__qualname__
                    for t in gc.get_referrers(ref)
                    if isinstance(t, tuple)
                    for f in gc.get_referrers(t)
                    if callable(f) and getattr(f, "__closure__", None) is t
                ]
                name += f" of {', '.join(owners) or 'an unnamed closure'}"
            out.append(name)
    return out


def complete_files(server) -> set[str]:
    with server.app.state.engine.connect() as c:
        return {r[0] for r in c.exec_driver_sql("SELECT sha256 FROM attachments WHERE complete")}


def test_a_locked_window_sends_what_is_finalized_when_the_network_comes_back(
    qtbot, server, client, tmp_path
):
    amina = client.create_first_user("amina", PASSWORD, enumerator_id="E01", site="Koboko")
    enrol(amina, server.url, "amina", PASSWORDS["amina"])
    proxy = FaultyProxy(server.port, faults={})
    move_server(amina, proxy.url)  # the server, behind a network that can go away
    proxy.faults = DOWN
    try:
        subs = finalized(client, amina, tmp_path, "population", 2, seed=3)
        photo = bytes(range(256)) * 2000  # 512,000 bytes: two chunks
        photo_name = card_with_photo(server, client, amina, tmp_path, photo)
        draft = amina.new_submission("population").uuid  # begun, not finalized
        key = amina.key._key
        del amina  # from here on the window's session is the only one

        window = open_window(qtbot, client)
        log_in(qtbot, window)
        qtbot.waitUntil(lambda: window.sync_label.status.state == "offline", timeout=20_000)
        assert window.sync_label.status.waiting == 3

        press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert isinstance(window.centralWidget(), LoginView) and window.user is None
        assert isinstance(window.scheduler, LockedSender)
        # the key is gone: no session, no data key of this home anywhere in the process (a
        # list being read on the store thread as the lock came lets go of it as it ends)
        # (a sync round under way ends between two requests: on a busy machine, seconds)
        try:
            qtbot.waitUntil(lambda: not key_alive(client, key), timeout=60_000)
        except Exception:
            raise AssertionError(f"the session is still held by: {holders(client)}") from None
        qtbot.waitUntil(
            lambda: (
                window.sync_label.status.state == "offline" and window.sync_label.status.held == 3
            ),
            timeout=20_000,
        )
        assert "3 finalized sending while locked" in window.sync_label.text()
        assert on_server(server) == set()

        proxy.faults = {}  # the network is back; nobody touches the laptop
        qtbot.waitUntil(lambda: client.store.status_counts()["sent"] == 3, timeout=30_000)
        sent = set(client.store.submission_ids(SubmissionFilter(status="sent")))
        assert {e["uuid"] for e in subs} < sent and len(sent) == 3
        assert on_server(server) == sent
        assert photo_name.split(".")[0] in complete_files(server)
        # the draft was not sent, and stays a draft
        assert draft not in on_server(server)
        assert client.store.submission(draft).status == "draft"
        qtbot.waitUntil(lambda: window.sync_label.status.held == 0, timeout=10_000)
        assert window.user is None and isinstance(window.centralWidget(), LoginView)
        assert "while locked" not in window.sync_label.text()
        events = [e for e in client.store.audit_events() if e.action == "sync.acknowledged"]
        assert len(events) == 3 and {e.user for e in events} == {"amina"}

        # unlocking: the user's own sync (push and pull) takes over
        log_in(qtbot, window)
        assert isinstance(window.scheduler, SyncScheduler)
        qtbot.waitUntil(lambda: window.sync_label.status.last_success is not None, timeout=20_000)
        window.close()
    finally:
        proxy.stop()


def test_what_does_not_fit_in_memory_waits_for_unlock(server, client, admin, tmp_path):
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    subs = finalized(client, admin, tmp_path, "population", 2, seed=4)
    photo = bytes(range(256)) * 4000  # 1,024,000 bytes
    card_with_photo(server, client, admin, tmp_path, photo)
    held = hold_for_lock(admin, limit=512 * 1024)  # the photo does not fit
    assert held is not None and held.held() == 2
    assert not any(o.held for o in held.outgoing)  # no files among what is held
    transport = Transport(held.url, token=held.token)
    try:
        report = send_held(held, transport)
    finally:
        transport.close()
    assert report.sent == 2 and held.held() == 0
    assert on_server(server) == {e["uuid"] for e in subs}
    assert client.store.status_counts()["finalized"] == 1  # the card waits for unlock
    assert sync(admin).sent == 1  # and goes with the user's own sync


def test_nothing_is_held_for_a_user_not_connected_to_a_server(client, admin, tmp_path):
    finalized(client, admin, tmp_path, "population", 1, seed=5)
    assert hold_for_lock(admin) is None
