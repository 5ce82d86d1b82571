"""What an enumerator and a computer's administrator do every day in the window: discard a
draft, leave an empty one behind, manage the users, find their form and language again."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.store import SubmissionFilter
from desktop_app.sync.scheduler import SyncStatus
from desktop_app.ui.enrol_dialog import EnrolDialog
from desktop_app.ui.filling import FillingView
from desktop_app.ui.login import LoginView
from desktop_app.ui.users_dialog import UsersDialog
from tests.desktop_app.test_keyboard import keys
from tests.desktop_app.test_window import log_in, press, start


def drafts(user):
    return user.submission_ids(SubmissionFilter(status="draft"))


def answer_box(qtbot, box):
    qtbot.waitUntil(box.isVisible)
    QTest.keyClick(box.windowHandle(), Qt.Key.Key_Return)  # its default button


def test_a_new_draft_closed_untouched_is_not_kept(qtbot, window, admin):
    log_in(qtbot, window)
    start(qtbot, window, "Household survey")
    with qtbot.waitSignal(window.view_shown):
        press(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert drafts(admin) == []
    view = start(qtbot, window, "Household survey")
    press(window, Qt.Key.Key_Return)
    keys(window, "Zone 4")
    with qtbot.waitSignal(window.view_shown):
        press(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert drafts(admin) == [view.draft.uuid]


def test_discarding_a_draft_asks_then_deletes_it_and_its_photos(qtbot, window, admin, client):
    log_in(qtbot, window)
    view = start(qtbot, window, "Household survey")
    uuid = view.draft.uuid
    press(window, Qt.Key.Key_Return)
    keys(window, "Zone 4")
    photo = admin.add_attachment(uuid, b"\xff\xd8 a photo of a ration card", extension="jpg")
    sha = photo.split(".")[0]
    press(
        window,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    ask = window.findChild(QMessageBox)
    qtbot.waitUntil(ask.isVisible)
    answer_box(qtbot, ask)  # the default is Cancel: nothing lost by a stray Enter
    assert drafts(admin) == [uuid] and isinstance(window.centralWidget(), FillingView)
    press(
        window,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    ask = [b for b in window.findChildren(QMessageBox) if b.isVisible()][0]
    with qtbot.waitSignal(window.view_shown):
        ask.button(QMessageBox.StandardButton.Discard).click()
    assert drafts(admin) == []
    assert not client.store.has_attachment(sha)
    assert not [p for p in client.home.attachments.rglob("*") if p.is_file()]
    events = [e.action for e in client.store.audit_events(record=uuid)]
    assert events[-1] == "submission.discard"


def test_the_administrator_adds_resets_and_disables_users(qtbot, window, admin, client):
    log_in(qtbot, window)
    press(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(UsersDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.add_button.click()
    form = dialog.form
    qtbot.keyClicks(form.name, "Baraka")
    qtbot.keyClicks(form.enumerator_id, "E07")
    qtbot.keyClicks(form.password, "baraka-2026")
    qtbot.keyClicks(form.repeat, "baraka-2026")
    form.accept()
    qtbot.waitUntil(lambda: "Baraka" in dialog.message.text(), timeout=10_000)
    assert client.login("Baraka", "baraka-2026").user.site == "Kakuma"
    dialog.reset_button.click()
    qtbot.keyClicks(dialog.form.password, "new-secret-1")
    qtbot.keyClicks(dialog.form.repeat, "new-secret-1")
    dialog.form.accept()
    qtbot.waitUntil(lambda: "new password" in dialog.message.text(), timeout=10_000)
    assert client.login("Baraka", "new-secret-1")
    dialog.disable_button.click()
    qtbot.waitUntil(lambda: "no longer" in dialog.message.text(), timeout=10_000)
    try:
        client.login("Baraka", "new-secret-1")
    except Exception as exc:
        assert "disabled" in str(exc)
    else:
        raise AssertionError("a disabled user logged in")
    dialog.reject()
    window.lock()
    login = window.centralWidget()
    assert isinstance(login, LoginView)
    assert [login.user.itemData(i) for i in range(login.user.count())] == ["amina"]
    actions = [e.action for e in client.store.audit_events(record="Baraka")]
    assert actions == [
        "user.add",
        "user.login",
        "user.password_reset",
        "user.login",
        "user.disable",
    ]


def test_a_new_submission_starts_in_the_interface_language(qtbot, window, admin):
    log_in(qtbot, window)
    window.set_interface_language("sw")
    home = window.centralWidget()
    assert "Utafiti wa kaya" in [
        home.form_list.item(i).text().split("\n")[0].strip("\u2068\u2069")
        for i in range(home.form_list.count())
    ]
    view = start(qtbot, window, "Utafiti wa kaya")
    assert view.draft.session.language == "Swahili (sw)"
    assert view.language.currentText() == "Kiswahili"
    view.language.setCurrentIndex(view.language.findText("Soomaali"))  # chosen in the form
    with qtbot.waitSignal(window.view_shown):
        press(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    view = start(qtbot, window, "Sahanka qoyska")  # titles follow the last form language
    assert view.draft.session.language == "Somali (so)"
    window.set_interface_language("en")


def test_the_home_screen_keeps_the_form_and_rereads_after_a_sync(qtbot, window, admin):
    log_in(qtbot, window)
    start(qtbot, window, "Rapid population count")
    with qtbot.waitSignal(window.view_shown):
        press(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    home = window.centralWidget()
    assert home.form_list.currentItem().data(Qt.ItemDataRole.UserRole) == "population"
    qtbot.waitUntil(lambda: home.tabs.tabText(0).endswith("(0)"))
    admin.new_submission("population")  # as a sync would bring one
    window.sync_relay.changed.emit(SyncStatus(state="idle"))
    qtbot.waitUntil(lambda: home.tabs.tabText(0).endswith("(1)"))


def test_the_connect_dialog_explains_http_and_fits_an_address(qtbot, window):
    log_in(qtbot, window)
    window.enrol_action.trigger()
    dialog = window.findChild(EnrolDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.width() >= dialog.fontMetrics().horizontalAdvance("https://daftari.example.org")
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.url.setText("http://192.168.1.10:8080")
    assert dialog.warning.isVisibleTo(dialog) and "unencrypted" in dialog.warning.text()
    dialog.reject()


def test_the_overview_shows_notes_as_notes_and_long_labels_whole(qtbot, window):
    log_in(qtbot, window)
    view = start(qtbot, window, "Household survey")
    view.answer(view.draft.session.node("/data/identification/consent"), "no")
    press(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    items = {}
    stack = [view.overview.topLevelItem(i) for i in range(view.overview.topLevelItemCount())]
    while stack:
        item = stack.pop()
        items[item.data(0, Qt.ItemDataRole.UserRole)] = item
        stack.extend(item.child(i) for i in range(item.childCount()))
    note = items["/data/identification/no_consent"]
    assert note.text(2) == "note" and note.text(1) == ""
    assert view.overview.wordWrap() and note.toolTip(0) == note.text(0)
    assert QApplication.focusWidget() is view.overview


@pytest.mark.parametrize("shift", [False, True])
def test_delete_on_a_draft_in_the_list_discards_it_after_asking(qtbot, window, admin, shift):
    """Delete, or Ctrl+Shift+Delete as in the form view."""
    draft = admin.new_submission("population")
    draft.set_answer(draft.session.node("/data/zone"), "Zone 9")
    log_in(qtbot, window)
    home = window.centralWidget()
    qtbot.waitUntil(lambda: home.model.rowCount() == 1)
    home.table.setFocus()
    qtbot.waitUntil(home.table.hasFocus)
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(window, Qt.Key.Key_Delete, mods if shift else Qt.KeyboardModifier.NoModifier)
    ask = window.findChild(QMessageBox)
    qtbot.waitUntil(ask.isVisible)
    with qtbot.waitSignal(window.view_shown):
        ask.button(QMessageBox.StandardButton.Discard).click()
    assert drafts(admin) == []


def test_a_refused_new_user_keeps_what_was_typed_and_tab_leaves_the_list(qtbot, window):
    log_in(qtbot, window)
    press(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(UsersDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.table.tabKeyNavigation() and dialog.table.currentRow() == 0
    dialog.add_button.click()
    form = dialog.form
    qtbot.keyClicks(form.name, "Hodan")
    qtbot.keyClicks(form.password, "abc")
    qtbot.keyClicks(form.repeat, "abc")
    form._check()  # OK pressed
    assert form.isVisible() and form.name.text() == "Hodan"
    assert "6" in form.message.text()
    form.reject()
    dialog.reject()


def test_a_sent_back_submission_shows_why(qtbot, window, admin, client):
    from desktop_app.draft import audit

    draft = admin.new_submission("population")
    admin.store_finalized(client.store.submission(draft.uuid), {"zone": "Z1"}, "<data/>")
    client.store.return_for_correction(
        draft.uuid,
        at="2026-03-14T10:00:00",
        audit=audit("server", "submission.returned", draft.uuid, "2026-03-14T10:00:00"),
        note=admin.seal_note(draft.uuid, "zone: Z1 is not a zone of Kakuma"),
    )
    log_in(qtbot, window)
    window.open_submission(draft.uuid)
    view = window.centralWidget()
    assert view.sent_back.isVisibleTo(view)
    assert "Z1 is not a zone of Kakuma" in view.sent_back.text()


def test_a_draft_reopens_in_the_form_language_last_chosen(qtbot, window, admin):
    log_in(qtbot, window)
    view = start(qtbot, window, "Household survey")
    view.language.setCurrentIndex(view.language.findText("العربية"))
    uuid = view.draft.uuid
    press(window, Qt.Key.Key_Return)
    keys(window, "Z9")
    with qtbot.waitSignal(window.view_shown):
        press(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    window.open_submission(uuid)
    assert window.centralWidget().draft.session.language == "Arabic (ar)"
