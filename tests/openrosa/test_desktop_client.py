"""Issue 13: the desktop as an OpenRosa client (as ODK Collect is one), here against Daftari's
own OpenRosa server on 127.0.0.1 (the recorded exchanges with a real ODK Central are played
in test_central_fixtures.py): the form list, a form and its media installed from the XForm,
finalized submissions sent with their photos (several POSTs when they do not fit one),
acknowledged and marked sent, never twice; a corrected submission sent as an edit."""

import os

import pytest

from desktop_app.draft import audit
from desktop_app.store import SubmissionFilter
from desktop_app.sync import openrosa
from desktop_app.sync.scheduler import SyncScheduler
from desktop_app.sync.transport import AuthRefused
from tests.central_server.conftest import PASSWORDS
from tests.openrosa.conftest import revisions_of


def sync(user):
    return openrosa.sync(user)


def fill_card(user, front: bytes, back: bytes, camp="k2"):
    draft = user.new_submission("card_photos")
    draft.set_answer(draft.session.node("/data/camp"), camp)
    for field, content in (("front", front), ("back", back)):
        name = user.add_attachment(draft.uuid, content, extension="jpg")
        draft.set_answer(draft.session.node(f"/data/{field}"), name)
    assert draft.finalize() == []
    return draft.uuid


def test_forms_come_down_and_submissions_go_up_once(server, photo_form, client, admin):
    listed = openrosa.connect(admin, server.url, "amina", PASSWORDS["amina"])
    assert "card_photos" in {f.form_id for f in listed}
    form = client.form("card_photos")  # installed at once, not at the next sync
    assert sync(admin).forms_installed == []
    assert form.attachments["camps.csv"].startswith("name,label")  # the media file came too
    assert [c.value for c in form.choice_lists[next(iter(form.choice_lists))]] == ["k1", "k2"]

    front, back = os.urandom(5_000_000), os.urandom(5_000_000)
    uuid = fill_card(admin, front, back)
    report = sync(admin)
    assert report.sent == 1 and report.rejected == 0, report.problems
    assert admin.status_counts().get("finalized", 0) == 0  # acknowledged: sent
    assert revisions_of(server, uuid) == [(1, None, "stored")]
    with server.app.state.engine.connect() as c:
        sizes = sorted(r[0] for r in c.exec_driver_sql("SELECT size FROM attachments"))
    assert sizes == [5_000_000, 5_000_000]  # both photos (in one POST: 100 MiB a request)
    assert sync(admin).sent == 0  # nothing sent twice

    # the answer was lost: the same bytes again are answered "already have it"
    rev = admin.client.store.revisions(uuid)[-1]
    transport = openrosa.transport_of(admin)
    url, limit = transport.submission_target()
    files = {n: admin.attachment(uuid, n) for n in admin.client.store.attachments_of(uuid)}
    assert transport.submit(url, limit, admin.revision_xml(rev), files)[0] == 202
    transport.close()
    assert revisions_of(server, uuid) == [(1, None, "stored")]


def test_a_corrected_submission_goes_as_an_edit(server, photo_form, client, admin):
    openrosa.connect(admin, server.url, "amina", PASSWORDS["amina"])
    sync(admin)
    uuid = fill_card(admin, b"front", b"back", camp="k1")
    assert sync(admin).sent == 1
    # returned for correction (here by hand), corrected and finalized again
    at = "2026-11-30T10:00:00+00:00"
    admin.client.store.return_for_correction(
        uuid, at=at, audit=audit("supervisor", "review.returned", uuid, at)
    )
    draft = admin.open_submission(uuid)
    draft.set_answer(draft.session.node("/data/camp"), "k2")
    assert draft.finalize() == []
    assert sync(admin).sent == 1
    assert revisions_of(server, uuid) == [(1, None, "stored"), (2, 1, "stored")]


def test_a_phone_address_and_a_wrong_password(server, photo_form, client, admin):
    from central_server import accounts

    with pytest.raises(AuthRefused):
        openrosa.connect(admin, server.url, "amina", "not her password")
    assert openrosa.peer_of(admin) is None  # nothing kept of a refused connection
    with server.app.state.engine.begin() as conn:
        token, _ = accounts.collect_token(conn, "amina", "office desktop")
    openrosa.connect(admin, f"{server.url}/key/{token}")
    sync(admin)
    fill_card(admin, b"f", b"b")
    assert sync(admin).sent == 1
    with server.app.state.engine.connect() as c:
        label = c.exec_driver_sql(
            "SELECT d.label FROM submissions s JOIN devices d ON d.id = s.device"
        ).scalar_one()
    assert label == "office desktop"


def test_the_scheduler_syncs_with_an_openrosa_server_alone(server, photo_form, client, admin):
    openrosa.connect(admin, server.url, "amina", PASSWORDS["amina"])
    statuses = []
    scheduler = SyncScheduler(admin, on_status=statuses.append)
    assert client.form("card_photos")  # installed as it connected
    scheduler._once()
    assert statuses[-1].state == "idle", statuses[-1]
    fill_card(admin, b"f", b"b")
    scheduler._once()
    assert statuses[-1].state == "idle" and statuses[-1].waiting == 0
    assert "1 sent" in statuses[-1].last_report
    assert admin.submission_ids(SubmissionFilter(status="sent"))


def test_connecting_from_the_window_by_keyboard(qtbot, server, photo_form, client, admin):
    """Daftari → Connect to ODK Central or KoboToolbox: a wrong password is said in the
    dialog, nothing kept; the right one connects, and the sync installs the server's form."""
    from PySide6.QtCore import Qt

    from desktop_app.ui.openrosa_dialog import OpenRosaDialog
    from tests.desktop_app.test_window import log_in, open_window

    window = open_window(qtbot, client)
    log_in(qtbot, window)
    window.choose_openrosa()
    dialog = window.findChild(OpenRosaDialog)
    assert dialog is not None
    dialog.url.selectAll()
    qtbot.keyClicks(dialog.url, server.url)
    qtbot.keyClicks(dialog.account, "amina")
    qtbot.keyClicks(dialog.password, "not her password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.waitUntil(lambda: ok.isEnabled() and dialog.message.text() not in ("", "Connecting…"))
    assert "refused" in dialog.message.text(), dialog.message.text()
    assert openrosa.peer_of(admin) is None
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORDS["amina"])
    with qtbot.waitSignal(dialog.connected, timeout=10_000) as got:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert got.args[0] >= 3
    qtbot.waitUntil(lambda: "card_photos" in {f.form_id for f in client.forms()}, timeout=15_000)

    # given up while it connects (Esc): nothing kept when the answer comes
    openrosa.forget(admin)
    window.choose_openrosa()
    dialog = [d for d in window.findChildren(OpenRosaDialog) if d.isVisible()][-1]
    dialog.url.setText(server.url)
    dialog.account.setText("amina")
    dialog.password.setText(PASSWORDS["amina"])
    dialog.submit()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.wait(1500)
    assert openrosa.peer_of(admin) is None
    window.close()


def test_with_both_servers_each_form_goes_to_its_own(server, client, admin, tmp_path):
    """Connected to a Daftari server (native sync) and, as well, to another server over
    OpenRosa (as an ODK Central project would be): that server's form goes there, the others
    by native sync — none goes twice, none is left."""
    from central_server import accounts, published_forms
    from central_server.settings import Settings
    from desktop_app.sync.enrolment import enrol
    from tests.central_server.conftest import LiveServer
    from tests.openrosa.conftest import card_form
    from tests.sync.test_sync_client import finalized
    from tests.sync.test_sync_client import sync as native_sync

    other = LiveServer(Settings.resolve(data_dir=str(tmp_path / "partner")))
    try:
        with other.app.state.engine.begin() as conn:
            accounts.add_site(conn, "Koboko")
            accounts.add_user(
                conn,
                "amina",
                role="enumerator",
                site="Koboko",
                password="partner-pass-1",
                memory_kib=1024,
            )
            published_forms.publish(conn, card_form(tmp_path))
        enrol(admin, server.url, "amina", PASSWORDS["amina"])
        openrosa.connect(admin, other.url, "amina", "partner-pass-1")
        sync(admin)  # the card form comes from the partner's server
        card = fill_card(admin, b"front", b"back")
        population = [
            e["uuid"] for e in finalized(client, admin, tmp_path, "population", 2, seed=5)
        ]
        assert native_sync(admin).sent == 2  # the population forms only
        assert sync(admin).sent == 1  # the card
        assert admin.status_counts().get("finalized", 0) == 0
        with server.app.state.engine.connect() as c:
            ours = {r[0] for r in c.exec_driver_sql("SELECT uuid FROM submissions")}
        with other.app.state.engine.connect() as c:
            theirs = {r[0] for r in c.exec_driver_sql("SELECT uuid FROM submissions")}
        assert ours == set(population) and theirs == {card}
    finally:
        other.stop()


def test_giving_up_the_connect_dialog_while_it_connects_keeps_nothing(qtbot, server, client, admin):
    """Daftari → Connect to a server, Esc while it logs in: the login is not kept."""
    from PySide6.QtCore import Qt

    from desktop_app.sync.enrolment import server_of
    from desktop_app.ui.enrol_dialog import EnrolDialog
    from tests.desktop_app.test_window import log_in, open_window

    window = open_window(qtbot, client)
    log_in(qtbot, window)
    window.enrol_action.trigger()
    dialog = window.findChild(EnrolDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.url.setText(server.url)
    dialog.account.setText("amina")
    dialog.password.setText(PASSWORDS["amina"])
    dialog.submit()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.wait(1500)
    assert server_of(admin) is None
    window.close()


def test_a_sent_submission_is_reopened_and_corrected_by_keyboard(
    qtbot, server, photo_form, client, admin
):
    """With ODK Central no review sends a submission back: its enumerator opens the sent
    one, Alt+C reopens it, corrects it, and it goes as an edit (revision 2 of the same)."""
    from PySide6.QtCore import Qt

    from desktop_app.ui.filling import FillingView
    from tests.desktop_app.test_window import log_in, open_window

    openrosa.connect(admin, server.url, "amina", PASSWORDS["amina"])
    uuid = fill_card(admin, b"front", b"back", camp="k1")
    assert sync(admin).sent == 1
    window = open_window(qtbot, client)
    log_in(qtbot, window)
    window.open_submission(uuid)
    view = window.findChild(FillingView)
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    assert view.correct_button.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: client.store.submission(uuid).status == "returned")

    def reopened() -> list:
        return [v for v in window.findChildren(FillingView) if v.isVisible() and v is not view]

    qtbot.waitUntil(lambda: bool(reopened()))
    view = reopened()[-1]
    assert not view.correct_button.isVisible()  # editable now: nothing to reopen
    draft = view.draft
    draft.set_answer(draft.session.node("/data/camp"), "k2")
    assert draft.finalize() == []
    assert sync(admin).sent == 1
    assert revisions_of(server, uuid) == [(1, None, "stored"), (2, 1, "stored")]
    window.close()
