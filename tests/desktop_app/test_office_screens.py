"""What a new municipal data clerk — keyboard only, the interface in Kiswahili and Amharic, a
shared office computer — found on the office's screens: the batches screen prints, the window
puts submissions on a USB stick and says what became of the bundles it carried, the share
keyed twice rounds as a person rounds, the New batch form registers on Enter, the report
names questions as the paper does, a success is not said in red, the review list shows the
paper's enumerator and its clerk apart, each user keeps their own language, the lock screen's
user list never takes the password typed, and no word stays English for want of tr()."""

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from desktop_app import batches
from desktop_app.keying import Keying
from desktop_app.sync.scheduler import SyncStatus
from desktop_app.ui.batches_view import BatchesView
from desktop_app.ui.login import LoginView
from tests.desktop_app.test_keyboard import keys
from tests.desktop_app.test_keyed_entry import box, paper_form  # noqa: F401 - a fixture
from tests.desktop_app.test_window import PASSWORD, log_in, open_window, press

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Marking(QTranslator):
    """Every string that goes through Qt's translation comes back «marked»: a word that
    stays unmarked on screen was never given to a translator."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return f"«{source}»"

    def isEmpty(self):  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def marking():
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def file_dialog(qtbot, window) -> QFileDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QFileDialog)))
    return next(d for d in window.findChildren(QFileDialog) if d.isVisible())


def choose(dialog: QFileDialog, path) -> None:
    """The file typed into the dialog's name box, as a clerk types it, and Enter."""
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setText(str(path))
    press(dialog, Qt.Key.Key_Return)


def message(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: any(m.isVisible() for m in window.findChildren(QMessageBox)))
    return next(m for m in window.findChildren(QMessageBox) if m.isVisible())


def key_paper(user, form, number, answers, *, batch="B1", second=False, enumerator="E07 Halima"):
    k = Keying.start(user, form, batch=batch, second=second)
    for name, text in (
        ("number", number),
        ("interview_date", "12/03/2026"),
        ("paper_enumerator", enumerator),
    ):
        assert k.enter_paper(name, text) is None
    for path, text in answers.items():
        assert k.enter(box(k, path), text) is None
    assert k.finish() == []
    return k


@pytest.fixture
def second_clerk(client, admin):
    admin.add_user("baraka", "baraka-clerk-26")
    return client.login("baraka", "baraka-clerk-26")


@pytest.fixture
def disagreeing(admin, second_clerk, paper_form):  # noqa: F811
    """Batch B1, papers 1 and 2 keyed twice: the clerks disagree on paper 1's district and on
    paper 2's remarks."""
    batches.register(
        admin, paper_form, "B1", expected=2, first_number=1, last_number=2, verify_percent=100
    )
    key_paper(admin, paper_form, "1", {"/data/district": "3", "/data/remarks": "roof"})
    key_paper(admin, paper_form, "2", {"/data/district": "4"})
    key_paper(
        second_clerk,
        paper_form,
        "1",
        {"/data/district": "8", "/data/remarks": "roof"},
        second=True,
    )
    key_paper(
        second_clerk,
        paper_form,
        "2",
        {"/data/district": "4", "/data/remarks": "no toilet"},
        second=True,
    )
    return "B1"


# -- 1. Print questionnaires… (Alt+P) on the batches screen -----------------------------------
def test_alt_p_prints_the_selected_batch(qtbot, client, admin, paper_form, tmp_path):  # noqa: F811
    batches.register(admin, paper_form, "B1", first_number=201, last_number=203)
    w = open_window(qtbot, client)
    log_in(qtbot, w)
    press(w, Qt.Key.Key_6, CTRL)
    view = w.centralWidget()
    assert isinstance(view, BatchesView)
    qtbot.waitUntil(view.table.hasFocus)
    press(w, Qt.Key.Key_P, ALT)  # a mnemonic clicks after 100 ms
    dialog = file_dialog(qtbot, w)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    out = tmp_path / "B1.pdf"
    choose(dialog, out)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0)
    assert out.read_bytes().startswith(b"%PDF")


# -- 2. Put submissions on a USB stick… ------------------------------------------------------
TOKEN = "a-device-token-the-server-gave"


def connect_without_a_network(user) -> None:
    """Kept as a login to a server would keep it; the address answers nothing (a sync there
    finds no connection), as at an office no network reaches."""
    from desktop_app.sync.enrolment import keep_enrolment
    from sync_protocol import LoginAnswer

    answer = LoginAnswer(token=TOKEN, device=7, username="amina", role="enumerator", site="Kakuma")
    keep_enrolment(user, "http://127.0.0.1:9", answer)


def two_finalized(admin, paper_form):  # noqa: F811
    for number in ("1", "2"):
        key_paper(admin, paper_form, number, {"/data/district": "2"}, batch="")
    assert admin.status_counts().get("finalized", 0) == 2


def test_submissions_are_put_on_a_usb_stick_from_the_window(
    qtbot,
    client,
    admin,
    paper_form,  # noqa: F811
    tmp_path,
):
    from sync_protocol.bundles import key_id, opened, token_hash

    connect_without_a_network(admin)
    two_finalized(admin, paper_form)
    w = open_window(qtbot, client)
    log_in(qtbot, w)
    w.export_action.trigger()
    dialog = file_dialog(qtbot, w)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    stick = tmp_path / "stick"
    stick.mkdir()
    choose(dialog, stick / "amina")
    said = message(qtbot, w)
    out = stick / "amina.bundle"
    assert "2 submission(s) went into" in said.text() and str(out) in said.text()
    hashed = token_hash(TOKEN)
    _, content = opened(out.read_bytes(), lambda kid: hashed if kid == key_id(hashed) else None)
    assert len(content["items"]) == 2
    assert admin.status_counts().get("finalized", 0) == 2  # waiting until a sync hears of them
    said.accept()

    w.write_bundle(tmp_path / "no such folder" / "amina.bundle")  # a stick pulled out
    said = message(qtbot, w)
    assert "could not be written" in said.text() and "nothing was put" in said.text()
    assert not list((tmp_path).glob("**/*.partial"))


def test_with_nothing_waiting_no_bundle_is_written(qtbot, client, admin):
    connect_without_a_network(admin)
    w = open_window(qtbot, client)
    log_in(qtbot, w)
    w.export_action.trigger()
    said = message(qtbot, w)
    assert "No finalized submission of yours waits to be sent" in said.text()
    assert not any(d.isVisible() for d in w.findChildren(QFileDialog))


def test_a_bundle_is_only_written_for_a_server_this_user_is_connected_to(qtbot, client, admin):
    w = open_window(qtbot, client)
    log_in(qtbot, w)
    w.export_action.trigger()
    assert "connect to it first" in message(qtbot, w).text()


# -- 3. Carried bundles: refused at once when it can be told, else said after the sync --------
def test_what_the_desktop_can_tell_is_wrong_is_refused_at_once(qtbot, client, admin, tmp_path):
    """Without the key, a carrying desktop can tell a file that is not a bundle, a bundle cut
    short of its header, and a bundle of another version: each refused at once, nothing kept.
    (Whether its server can open it — the key is the enumerator device's — only the server
    can tell: the header names no server.)"""
    from sync_protocol.bundles import MAGIC, seal

    whole = seal("0" * 64, [], {})
    files = {
        "notes.bundle": b"not a bundle at all",
        "cut.bundle": whole[: len(MAGIC) + 20],
        "newer.bundle": MAGIC + bytes([2]) + whole[len(MAGIC) + 1 :],
    }
    w = open_window(qtbot, client)
    log_in(qtbot, w)
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        w.bring_bundle(tmp_path / name)
        said = message(qtbot, w)
        assert said.windowTitle() == "The bundle was not kept" and name in said.text()
        said.accept()
        qtbot.waitUntil(lambda said=said: not said.isVisible())
    assert client.store.carried_bundles() == []


def test_a_bundle_the_server_refused_is_said_after_the_sync_and_listed(
    qtbot, client, admin, tmp_path
):
    from desktop_app.ui.sync_status import CarriedBundlesDialog
    from sync_protocol.bundles import seal

    w = open_window(qtbot, client)
    log_in(qtbot, w)
    for kept, name in enumerate(("kakuma.bundle", "koboko.bundle"), 1):
        (tmp_path / name).write_bytes(seal(name * 4, [], {}))
        w.bring_bundle(tmp_path / name)
        said = message(qtbot, w)
        assert "is kept on this computer" in said.text()
        said.accept()
        qtbot.waitUntil(lambda kept=kept: len(client.store.carried_bundles()) == kept)
        qtbot.waitUntil(lambda said=said: not said.isVisible())
    refused, delivered = client.store.carried_bundles()
    # what the sync records when the server refuses one (desktop_app.sync.carried.deliver)
    client.store.carried_refused(
        refused.sha256,
        "this bundle is from a device this server does not know (another server's, or a "
        "device signed out since)",
        by="amina",
        at="2026-12-01T09:00:00+03:00",
    )
    client.store.carried_delivered(
        delivered.sha256, {"stored": 3, "duplicate": 1}, by="amina", at="2026-12-01T09:00:00"
    )
    w.sync_relay.changed.emit(SyncStatus(state="idle", last_success="2026-12-01 09:00"))
    assert "1 carried bundle(s) refused: Daftari → Bundles brought" in w.sync_label.text()

    w.bundles_action.trigger()  # Daftari → Bundles brought from USB sticks…
    qtbot.waitUntil(lambda: any(d.isVisible() for d in w.findChildren(CarriedBundlesDialog)))
    listed = next(d for d in w.findChildren(CarriedBundlesDialog) if d.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is listed.table)
    fates = dict(
        zip(
            (listed.table.item(r, 0).text().strip("\u2068\u2069") for r in range(2)),
            listed.fates(),
            strict=True,
        )
    )
    assert fates[refused.name].startswith("Refused by the server: the server does not know the")
    assert "3 stored, 1 already there" in fates[delivered.name]
    press(listed, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not listed.isVisible())
    assert "refused" not in w.sync_label.text()  # read: no longer said
    w.sync_relay.changed.emit(SyncStatus(state="idle", last_success="2026-12-01 09:05"))
    assert "refused" not in w.sync_label.text()


# -- 4. The share keyed twice rounds as a person rounds, and the form says how many -----------
@pytest.mark.parametrize(
    ("share", "papers", "twice"),
    [(30, 10, 3), (25, 10, 3), (5, 10, 1), (1, 10, 1), (10, 200, 20), (50, 7, 4), (0, 10, 0)],
)
def test_a_share_of_a_range_chooses_that_many_papers(
    admin,
    paper_form,  # noqa: F811
    share,
    papers,
    twice,
):
    batch = batches.register(
        admin,
        paper_form,
        f"S{share}-{papers}",
        first_number=101,
        last_number=100 + papers,
        verify_percent=share,
    )
    numbers = [str(n) for n in range(101, 101 + papers)]
    picked = [n for n in numbers if batches.chosen(batch, n)]
    assert len(picked) == twice
    again = admin.store.batch(paper_form, batch.name)  # the same choice, whoever asks
    assert picked == [n for n in numbers if batches.chosen(again, n)]


def test_30_percent_of_10_papers_is_3_papers(qtbot, client, admin, paper_form):  # noqa: F811
    """The clerk's batch: 30 % of papers 1–10 chose 6 of them (each number drawn on its own)."""
    batches.register(
        admin, paper_form, "B7", expected=10, first_number=1, last_number=10, verify_percent=30
    )
    view = BatchesView(admin, forms=client.forms(latest_only=True), language="en")
    qtbot.addWidget(view)  # before any paper is keyed: the 3 chosen are said already
    assert view.table.item(0, 4).text().strip("\u2068\u2069") == "0 / 3"
    for number in range(1, 11):
        key_paper(admin, paper_form, str(number), {"/data/district": "2"}, batch="B7")
    progress = batches.progress(admin, paper_form, "B7")
    assert len(progress.keyed) == 10 and len(progress.to_verify) == 3
    view = BatchesView(admin, forms=client.forms(latest_only=True), language="en")
    qtbot.addWidget(view)
    assert view.table.item(0, 4).text().strip("\u2068\u2069") == "0 / 3"


def test_the_new_batch_form_says_how_many_papers_are_keyed_twice(qtbot, client, admin):
    view = BatchesView(admin, forms=client.forms(latest_only=True), language="en")
    qtbot.addWidget(view)
    view.show_new()
    view.new_first.setText("1")
    view.new_last.setText("10")
    view.new_share.setValue(30)
    assert view.new_plan.text() == "3 of 10 papers will be keyed a second time."
    view.new_first.clear()
    view.new_last.clear()
    view.new_expected.setValue(40)  # no range: chosen by their numbers, about the share
    assert view.new_plan.text() == "About 12 of 40 papers will be keyed a second time."
    view.new_share.setValue(0)
    assert view.new_plan.text() == "No paper will be keyed a second time."


# -- 5. Enter in any box of New batch registers it; Esc goes back -----------------------------
def test_enter_in_the_last_box_registers_the_batch_and_esc_goes_back(
    qtbot,
    client,
    admin,
    paper_form,  # noqa: F811
):
    w = open_window(qtbot, client)
    log_in(qtbot, w)
    press(w, Qt.Key.Key_6, CTRL)
    view = w.centralWidget()
    qtbot.waitUntil(view.table.hasFocus)
    press(w, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: view.currentWidget() is view.new_page)
    view.new_form.setCurrentIndex(view.new_form.findData(paper_form))
    for box_, text in (
        (view.new_name, "B-12"),
        (view.new_expected, "10"),
        (view.new_first, "1"),
        (view.new_last, "10"),
        (view.new_share, "30"),
    ):
        box_.setFocus()
        qtbot.waitUntil(box_.hasFocus)
        QApplication.focusWidget().selectAll()
        keys(w, text)
    assert "3 of 10 papers" in view.new_plan.text()
    press(w, Qt.Key.Key_Return)  # in the share, the last box
    batch = admin.store.batch(paper_form, "B-12")
    assert batch is not None and batch.verify_percent == 30 and batch.last_number == 10
    assert view.currentWidget() is view.list_page

    press(w, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: view.currentWidget() is view.new_page)
    view.new_name.setText("B-13")
    view.new_expected.setFocus()
    qtbot.waitUntil(view.new_expected.hasFocus)
    press(w, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the keypad's Enter too
    assert admin.store.batch(paper_form, "B-13") is not None

    press(w, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: view.currentWidget() is view.new_page)
    press(w, Qt.Key.Key_Escape)
    assert view.currentWidget() is view.list_page and view.table.hasFocus()


# -- 6, 7, 11. The third look: questions named as on the paper, success not in red ------------
def test_the_report_names_questions_as_the_paper_does(qtbot, client, admin, disagreeing):
    view = BatchesView(admin, forms=client.forms(latest_only=True), language="en")
    qtbot.addWidget(view)
    view.open_differences()
    view.resolution.setText("1")
    view.resolve()
    view.resolution.setText("no toilet")
    view.resolve()
    view.back_to_list()
    view.report()
    text = view.report_text.toPlainText()
    assert "/data/" not in text
    assert "Q1 \u2068District\u2069: 1 / 2" in text and "Q7 \u2068Remarks\u2069: 1 / 2" in text


def test_every_difference_resolved_is_said_as_a_success(qtbot, client, admin, disagreeing):
    view = BatchesView(admin, forms=client.forms(latest_only=True), language="en")
    qtbot.addWidget(view)
    view.open_differences()
    view.resolution.setText("x")  # not a district code: refused, in red
    view.resolve()
    assert "#b00020" in view.resolution_problem.styleSheet()
    for typed in ("2", "2"):
        view.resolution.setText(typed)
        view.resolve()
    assert view.resolution_problem.text() == "Every difference is resolved."
    assert "#b00020" not in view.resolution_problem.styleSheet()
    resolved_as = [view.differences.item(r, 4).text().strip("\u2068\u2069") for r in range(2)]
    assert resolved_as == ["2: the second keying", "2: the second keying"]


# -- 8. The review list: the paper's enumerator, and who keyed it -----------------------------
def test_the_review_list_shows_the_papers_enumerator_and_its_clerk_apart(
    qtbot,
    client,
    admin,
    paper_form,  # noqa: F811
):
    from desktop_app import reviewing
    from desktop_app.ui.review import KEYED_BY, ReviewView
    from sync_protocol import ReviewItem

    keyed = key_paper(admin, paper_form, "7", {"/data/district": "2"}, batch="")
    typed = admin.new_submission(paper_form)
    typed.set_answer(typed.session.node("/data/district"), "d1")
    assert typed.finalize() == []
    copies = []
    for uuid in (keyed.draft.uuid, typed.uuid):
        revision = admin.store.revisions(uuid)[-1]
        item = ReviewItem(  # as the server's review feed sends it: the sender as enumerator
            uuid=uuid,
            site="Kakuma",
            form_id=paper_form,
            form_version="1",
            enumerator="amina",
            revision=1,
            state="received",
            checks="stored",
            received_at="2026-03-13T10:00:00",
            updated_at="2026-03-13T10:00:00",
            json_text=admin.revision_json(revision).decode(),
        )
        copies.append(reviewing.seal(admin, item))
    admin.store.put_review_copies("amina", copies, cursors=(0, 0, 0))
    view = ReviewView(
        admin, role="clerk", forms=client.forms(), title_language="en", form_language="en"
    )
    qtbot.addWidget(view)
    assert view.model.horizontalHeaderItem(KEYED_BY).text() == "Keyed by"
    assert not view.table.isColumnHidden(KEYED_BY)
    rows = {
        view.model.item(r, 0).data(Qt.ItemDataRole.UserRole): [
            view.model.item(r, c).text().strip("\u2068\u2069") for c in (2, KEYED_BY)
        ]
        for r in range(view.model.rowCount())
    }
    assert rows[keyed.draft.uuid] == ["E07 Halima", "amina"]
    assert rows[typed.uuid] == ["amina", ""]  # filled in on a computer: its enumerator
    view.open(keyed.draft.uuid)
    facts = view.submission_page.facts.text()
    assert "Enumerator: \u2068E07 Halima\u2069" in facts and "by \u2068amina\u2069" in facts


# -- 9. Each user's own interface language on a shared computer -------------------------------
def sign_in(qtbot, window, name, password):
    view = window.centralWidget()
    assert isinstance(view, LoginView)
    view.user.setCurrentIndex(view.user.findData(name))
    view.password.setFocus()
    qtbot.keyClicks(view.password, password)
    with qtbot.waitSignal(window.view_shown, timeout=10_000):
        press(window, Qt.Key.Key_Return)


def test_each_user_gets_their_own_interface_language(qtbot, client, admin, second_clerk):
    w = open_window(qtbot, client)
    try:
        sign_in(qtbot, w, "amina", PASSWORD)
        w.set_interface_language("am")
        press(w, Qt.Key.Key_L, CTRL)  # lock / switch user
        assert isinstance(w.centralWidget(), LoginView) and w.language.code == "am"
        sign_in(qtbot, w, "baraka", "baraka-clerk-26")
        w.set_interface_language("en")
        press(w, Qt.Key.Key_L, CTRL)
        assert w.language.code == "en"  # the lock screen in the language of who locked it
        sign_in(qtbot, w, "amina", PASSWORD)
        assert w.language.code == "am"
        assert w.menuBar().actions()[0].text() != "&Daftari"  # the menus made again in it
        press(w, Qt.Key.Key_L, CTRL)
        assert w.language.code == "am"
        sign_in(qtbot, w, "baraka", "baraka-clerk-26")
        assert w.language.code == "en" and w.menuBar().actions()[0].text() == "&Daftari"
        assert client.store.setting("interface_language") == "en"  # before anyone signs in
    finally:
        w.language.apply("en")


# -- 10. The lock screen's user list never takes the password ---------------------------------
def test_arrow_keys_choose_the_user_and_the_password_keeps_what_is_typed(
    qtbot, client, admin, second_clerk
):
    w = open_window(qtbot, client)
    view = w.centralWidget()
    qtbot.waitUntil(view.password.hasFocus)
    first = view.user.currentData()
    press(w, Qt.Key.Key_Down)  # in the password box: the next user, the keyboard stays
    other = view.user.currentData()
    assert other != first and view.password.hasFocus()
    press(w, Qt.Key.Key_Up)
    assert view.user.currentData() == first and view.password.hasFocus()

    view.user.setFocus()  # Shift+Tab to the list, as the clerk did
    qtbot.waitUntil(view.user.hasFocus)
    press(w, Qt.Key.Key_Down)
    assert view.user.currentData() == other
    keys(w, "baraka-clerk-26")  # typed at once: into the password, not a search of the list
    assert view.user.currentData() == other and view.password.text() == "baraka-clerk-26"
    assert view.password.hasFocus()
    with qtbot.waitSignal(w.view_shown, timeout=10_000):
        press(w, Qt.Key.Key_Return)
    assert w.user.user.name == "baraka"


# -- 11. Words that stayed English ------------------------------------------------------------
def test_the_sync_lines_lost_connection_is_translated(qtbot, marking):
    from desktop_app.ui.sync_status import SyncLabel

    label = SyncLabel()
    qtbot.addWidget(label)
    label.show_status(
        SyncStatus(state="offline", waiting=2, last_error="no connection to the server")
    )
    assert "⚠ «no connection to the server»" in label.text()


def test_file_dialogs_speak_the_interfaces_language(qtbot, window, marking):
    log_in(qtbot, window)
    window.choose_bundle()
    dialog = file_dialog(qtbot, window)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    label = QFileDialog.DialogLabel
    for which, words in (
        (label.LookIn, "Look in:"),
        (label.FileName, "File name:"),
        (label.FileType, "Files of type:"),
        (label.Accept, "&Open"),
        (label.Reject, "Cancel"),
    ):
        assert dialog.labelText(which) == f"«{words}»"
    dialog.reject()


def test_how_a_difference_was_resolved_is_said_in_the_interfaces_language(
    qtbot, client, admin, disagreeing, marking
):
    view = BatchesView(admin, forms=client.forms(latest_only=True), language="en")
    qtbot.addWidget(view)
    view.open_differences()
    view.resolution.setText("1")
    view.resolve()
    assert view.differences.item(0, 4).text().strip("\u2068\u2069") == "«1: the first keying»"


def test_the_last_syncs_figures_are_said_in_the_interfaces_language(qtbot, qapp):
    """The status bar's tooltip after a sync ("0 sent; 10 to review") was English on a
    Kiswahili or Amharic screen."""
    from desktop_app.sync.scheduler import SyncStatus
    from desktop_app.ui.i18n import InterfaceLanguage
    from desktop_app.ui.sync_status import SyncLabel

    language = InterfaceLanguage(qapp)
    language.apply("sw")
    try:
        label = SyncLabel()
        qtbot.addWidget(label)
        label.show_status(
            SyncStatus(
                state="idle",
                last_report="0 sent; 10 to review",
                counts={"sent": 0, "rejected": 0, "to_review": 10},
            )
        )
        assert label.toolTip() == "0 zimetumwa; 10 za kukagua"
    finally:
        language.apply("en")
