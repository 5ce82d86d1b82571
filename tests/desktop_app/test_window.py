"""The window, driven by the keyboard as an enumerator drives it (pytest-qt, offscreen)."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.store import SubmissionFilter
from desktop_app.ui.filling import FillingView
from desktop_app.ui.home import HomeView
from desktop_app.ui.login import LoginView
from desktop_app.ui.main_window import MainWindow
from tests.conftest import REPO

PASSWORD = "kakuma-2026"


def open_window(qtbot, client):
    w = MainWindow(client)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()  # keys and shortcuts go to the active window
    qtbot.waitUntil(w.isActiveWindow)
    return w


def log_in(qtbot, window, password=PASSWORD):
    view = window.centralWidget()
    assert isinstance(view, LoginView)
    qtbot.keyClicks(view.password, password)
    with qtbot.waitSignal(window.view_shown, timeout=10_000):
        press(window, Qt.Key.Key_Return)
    return window.centralWidget()


def start(qtbot, window, title):
    home = window.centralWidget()
    assert isinstance(home, HomeView)
    row = next(
        i
        for i in range(home.form_list.count())
        if home.form_list.item(i).text().split("\n")[0].strip("\u2068\u2069") == title
    )
    home.form_list.setCurrentRow(row)
    home.form_list.setFocus()
    qtbot.waitUntil(home.form_list.hasFocus)  # keys go where the focus really is
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = window.centralWidget()
    assert isinstance(view, FillingView)
    return view


def press(window, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key press as the keyboard delivers it: to the window, then the focused widget and
    the window's shortcuts (QTest on a widget skips shortcuts on first use)."""
    QTest.keyClick(window.windowHandle(), key, modifier)


def type_into(qtbot, view, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_first_start_creates_the_administrator_then_shows_the_forms(qtbot, client):
    w = open_window(qtbot, client)
    view = w.centralWidget()
    assert view.first_run and "administrator" in view.heading.text()
    qtbot.keyClicks(view.name, "Amina")
    qtbot.keyClicks(view.site, "Kakuma")
    qtbot.keyClicks(view.password, PASSWORD)
    qtbot.keyClicks(view.repeat, "not the same")
    view.repeat.setFocus()
    press(w, Qt.Key.Key_Return)
    assert "not the same" in view.message.text()
    view.repeat.clear()
    qtbot.keyClicks(view.repeat, PASSWORD)
    with qtbot.waitSignal(w.view_shown, timeout=10_000):
        press(w, Qt.Key.Key_Return)
    home = w.centralWidget()
    titles = [
        home.form_list.item(i).text().split("\n")[0].strip("\u2068\u2069")
        for i in range(home.form_list.count())
    ]
    assert sorted(titles) == ["Access to services", "Household survey", "Rapid population count"]
    assert "2026120101" in home.form_list.item(0).text()
    assert w.user_label.text() == "Amina · Kakuma"
    assert client.login("Amina", PASSWORD).user.is_admin


def test_a_wrong_password_says_so_on_the_login_screen(qtbot, window, admin):
    view = window.centralWidget()
    qtbot.keyClicks(view.password, "guess-guess")
    press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not right" in view.message.text(), timeout=10_000)
    assert isinstance(window.centralWidget(), LoginView)


def test_keyboard_only_filling_with_digits_tab_enter_and_page_keys(qtbot, window, admin):
    log_in(qtbot, window)
    view = start(qtbot, window, "Household survey")
    assert view.page.key == "/data/city"
    press(window, Qt.Key.Key_2)  # the second city
    assert view.draft.session.value("/data/city") == "koboko"
    press(window, Qt.Key.Key_Tab)
    assert view.page.key == "/data/zone"
    type_into(qtbot, view, "Zone 4")
    press(window, Qt.Key.Key_Return)
    assert view.page.key == "/data/identification/hh_no"
    press(window, Qt.Key.Key_PageUp)
    assert view.page.key == "/data/zone"
    assert QApplication.focusWidget().text() == "Zone 4"
    press(window, Qt.Key.Key_PageDown)
    type_into(qtbot, view, "12x")  # not a whole number: shown inline, page not left
    press(window, Qt.Key.Key_Return)
    assert view.page.key == "/data/identification/hh_no"
    assert (
        view.boxes[0].message.isVisibleTo(view) and "whole number" in view.boxes[0].message.text()
    )
    # every change was saved as it was made
    assert admin.submission_data(view.draft.uuid)["zone"] == "Zone 4"


def test_required_and_constraint_messages_show_inline_in_the_form_language(qtbot, window, admin):
    log_in(qtbot, window)
    view = start(qtbot, window, "Household survey")
    assert view.draft.session.value("/data/city") == "kakuma"  # the user's site
    press(window, Qt.Key.Key_Return)
    press(window, Qt.Key.Key_Return)  # zone left empty
    assert view.page.key == "/data/zone"
    english = view.boxes[0].message.text()
    assert english
    names = [view.language.itemText(i) for i in range(view.language.count())]
    assert names == ["English", "Kiswahili", "Soomaali", "العربية", "አማርኛ", "Français"]
    arabic = names.index("العربية")
    view.language.setCurrentIndex(arabic)
    assert view.boxes[0].message.text() != english
    assert any("\u0600" <= ch <= "\u06ff" for ch in view.boxes[0].message.text())
    assert any("\u0600" <= ch <= "\u06ff" for ch in view.boxes[0].label.text())
    assert view.questions_area.layoutDirection() == Qt.LayoutDirection.RightToLeft
    amharic = names.index("አማርኛ")
    view.language.setCurrentIndex(amharic)
    assert any("\u1200" <= ch <= "\u137f" for ch in view.boxes[0].label.text())
    assert view.questions_area.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_roster_of_twelve_members_pages_through_each_member(qtbot, window, admin):
    log_in(qtbot, window)
    view = start(qtbot, window, "Household survey")
    session = view.draft.session
    view.answer(session.node("/data/identification/consent"), "yes")
    view.go_to_key("/data/survey/hh_size")
    type_into(qtbot, view, "12")
    press(window, Qt.Key.Key_Return)
    assert view.page.key == "/data/survey/member[1]/name"
    assert "1 of 12" in view.context.text()
    member_pages = [p for p in view.pages if "/member[" in p.key]
    assert len({p.key.split("]")[0] for p in member_pages}) == 12
    view.go_to_key("/data/survey/member[7]/name")
    assert "7 of 12" in view.context.text()


def test_the_overview_shows_states_and_jumps(qtbot, window, admin):
    log_in(qtbot, window)
    view = start(qtbot, window, "Rapid population count")
    press(window, Qt.Key.Key_1)
    press(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert view.overview.isVisible()
    items = {}
    stack = [view.overview.topLevelItem(i) for i in range(view.overview.topLevelItemCount())]
    while stack:
        item = stack.pop()
        items[item.data(0, Qt.ItemDataRole.UserRole)] = item
        stack.extend(item.child(i) for i in range(item.childCount()))
    assert items["/data/city"].text(2).startswith("✓")
    assert items["/data/city"].text(1).strip("\u2068\u2069") == "Kakuma"  # its label, not name
    assert items["/data/zone"].text(2).startswith("○")
    view.overview.itemActivated.emit(items["/data/area/team_leader"], 0)
    assert view.page.key == "/data/area/team_leader"


def test_finalize_lists_every_problem_and_each_one_jumps_to_its_question(qtbot, window, admin):
    log_in(qtbot, window)
    view = start(qtbot, window, "Rapid population count")
    view.go(len(view.pages) - 1)
    assert view.page.kind == "end"
    assert view.problem_list.count() >= 5  # listed before finalizing is even asked
    view.problem_list.clear()
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # clicks after 100 ms
    qtbot.waitUntil(lambda: view.problem_list.count() >= 5)
    assert isinstance(window.centralWidget(), FillingView)  # not finalized
    problems = [view.problem_list.item(i) for i in range(view.problem_list.count())]
    view.problem_list.itemActivated.emit(problems[1])
    assert view.page.key == problems[1].data(Qt.ItemDataRole.UserRole)


def test_save_and_close_then_resume_exactly_where_it_was_left(qtbot, window, admin):
    log_in(qtbot, window)
    view = start(qtbot, window, "Household survey")
    uuid = view.draft.uuid
    view.go_to_key("/data/identification/gps")
    qtbot.keyClicks(QApplication.focusWidget(), "3.71")
    press(window, Qt.Key.Key_Tab)  # to longitude
    qtbot.keyClicks(QApplication.focusWidget(), "34.86")
    with qtbot.waitSignal(window.view_shown):
        press(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    home = window.centralWidget()
    qtbot.waitUntil(
        lambda: home.model.rowCount() == 1 and home.model.data(home.model.index(0, 0)) != "…"
    )
    assert home.tabs.tabText(0).endswith("(1)")
    press(window, Qt.Key.Key_Return)
    view = window.centralWidget()
    assert view.draft.uuid == uuid and view.page.key == "/data/identification/gps"
    lat, lon, acc = (f.text() for f in view.boxes[0].editor.fields)
    assert (lat, lon, acc) == ("3.71", "34.86", "")


def test_locking_forgets_the_user_and_unlocking_resumes_the_draft(qtbot, window, admin):
    log_in(qtbot, window)
    view = start(qtbot, window, "Household survey")
    uuid = view.draft.uuid
    view.go_to_key("/data/zone")
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.centralWidget(), LoginView) and window.user is None
    assert "Locked" in window.centralWidget().heading.text()
    view = log_in(qtbot, window)
    assert isinstance(view, FillingView) and view.draft.uuid == uuid
    assert view.page.key == "/data/zone"


def test_the_screen_locks_itself_after_inactivity(qtbot, client, admin):
    client.store.set_setting("lock_minutes", 0.001)  # 60 ms
    w = open_window(qtbot, client)
    log_in(qtbot, w)
    qtbot.waitUntil(lambda: isinstance(w.centralWidget(), LoginView), timeout=5_000)
    assert w.user is None


def test_installing_a_broken_form_shows_where_it_is_broken(qtbot, window, admin):
    log_in(qtbot, window)
    with qtbot.waitSignal(window.form_installed, timeout=20_000):
        window.install_form(REPO / "tests/forms/broken/unknown_reference.xlsx")
    box = window.findChild(QMessageBox)
    assert box is not None and "sheet 'survey', row" in box.text()
    assert len(window.client.forms()) == 3


def test_the_submission_list_model_is_a_correct_qt_model(qtbot, qtmodeltester, window, admin):
    for _ in range(5):
        admin.new_submission("population")
    log_in(qtbot, window)
    home = window.centralWidget()
    qtbot.waitUntil(lambda: home.model.rowCount() == 5)
    qtmodeltester.check(home.model)
    qtbot.waitUntil(lambda: home.model.data(home.model.index(4, 1)) == "Rapid population count")
    qtbot.keyClicks(home.search, "no such title")
    qtbot.waitUntil(lambda: home.model.rowCount() == 0, timeout=5_000)
    qtbot.waitUntil(lambda: home.tabs.tabText(0).endswith("(0)"), timeout=5_000)
    assert len(admin.submission_ids(SubmissionFilter())) == 5


def test_a_bundle_brought_on_a_stick_is_kept_sealed_for_the_next_sync(
    qtbot, window, admin, tmp_path
):
    """Daftari → Bring a bundle from a USB stick: a bundle is kept (said plainly); a file that
    is not one is refused, saying which file and why, and nothing is kept of it."""
    from sync_protocol.bundles import seal

    log_in(qtbot, window)
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "notes.txt").write_text("not a bundle")
    window.bring_bundle(stick / "notes.txt")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None, timeout=5_000)
    box = window.findChild(QMessageBox)
    assert "notes.txt" in box.text() and "is not a Daftari bundle" in box.text()
    box.close()
    box.deleteLater()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is None)
    (stick / "amina.bundle").write_bytes(seal("0" * 64, [], {}))  # another laptop's
    window.bring_bundle(stick / "amina.bundle")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None, timeout=5_000)
    assert "amina.bundle is kept on this computer" in window.findChild(QMessageBox).text()
    assert [b.name for b in window.client.store.carried_waiting()] == ["amina.bundle"]
    assert window.bundle_action.isEnabled()
