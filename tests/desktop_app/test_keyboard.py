"""Every kind of page, walked with the keyboard alone: each key goes to the window, as a
keyboard delivers it, and the answers stored are exactly what was meant."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from desktop_app.ui.enrol_dialog import EnrolDialog
from desktop_app.ui.home import HomeView
from form_engine.authoring import write_xlsform
from tests.desktop_app.test_window import log_in, open_window, press, start

DISTRICTS = [
    {"list_name": "district", "name": f"d{i}", "label": f"District {i}"} for i in range(1, 13)
]
SURVEY = [
    {"type": "select_one district", "name": "district", "label": "District", "required": "yes"},
    {"type": "select_one water", "name": "water", "label": "Main water source"},
    {"type": "select_multiple assets", "name": "assets", "label": "Assets"},
    {
        "type": "integer",
        "name": "adults",
        "label": "Adults",
        "constraint": ". >= 1 and . <= 30",
    },
    {"type": "decimal", "name": "income", "label": "Income last month"},
    {"type": "date", "name": "visit_day", "label": "Day of the visit"},
    {"type": "time", "name": "visit_at", "label": "Time of the visit"},
    {"type": "geopoint", "name": "gps", "label": "Location"},
    {"type": "begin_group", "name": "contact", "label": "Contact", "appearance": "field-list"},
    {"type": "text", "name": "phone", "label": "Phone"},
    {"type": "text", "name": "remarks", "label": "Remarks", "appearance": "multiline"},
    {"type": "end_group"},
    {"type": "acknowledge", "name": "consent", "label": "The respondent agrees"},
    {"type": "begin_repeat", "name": "child", "label": "Child"},
    {"type": "text", "name": "child_name", "label": "Name of the child"},
    {"type": "end_repeat"},
    {"type": "note", "name": "thanks", "label": "Thank the respondent."},
    {"type": "text", "name": "last", "label": "Last remark"},
]
CHOICES = [
    *DISTRICTS,
    {"list_name": "water", "name": "1", "label": "Piped"},
    {"list_name": "water", "name": "2", "label": "Well"},
    {"list_name": "water", "name": "3", "label": "River"},
    {"list_name": "water", "name": "99", "label": "Other"},
    {"list_name": "assets", "name": "radio", "label": "Radio"},
    {"list_name": "assets", "name": "phone", "label": "Phone"},
    {"list_name": "assets", "name": "bicycle", "label": "Bicycle"},
]


def keys(window, text):
    """Typed text, each character as a key press sent to the window (Arabic included)."""
    handle = window.windowHandle()
    for ch in text:
        if ch.isascii() and ch.isprintable():
            QTest.keyClick(handle, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                handle,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def window_with_form(qtbot, client, path, survey, choices, title):
    """The window, logged in, with a test form installed."""
    write_xlsform(
        path,
        survey,
        choices=choices,
        settings={"form_id": path.stem, "version": "1", "form_title": title},
    )
    client.install_form(path)
    w = open_window(qtbot, client)
    log_in(qtbot, w)
    return w


def household_with_consent(qtbot, client):
    """The window, logged in, on a new household survey whose respondent agreed."""
    w = open_window(qtbot, client)
    log_in(qtbot, w)
    view = start(qtbot, w, "Household survey")
    view.answer(view.draft.session.node("/data/identification/consent"), "yes")
    return w, view


@pytest.fixture
def window(qtbot, client, admin, tmp_path):
    w = window_with_form(qtbot, client, tmp_path / "kinds.xlsx", SURVEY, CHOICES, "Every kind")
    yield w
    w.close()


def value(view, path):
    return view.draft.session.value(path)


def test_every_kind_of_page_by_keyboard_alone(qtbot, window, admin):
    view = start(qtbot, window, "Every kind")
    # select_one with twelve choices: 11 waits for its second digit, never picks 1
    keys(window, "11")
    assert value(view, "/data/district") == "d11"
    keys(window, "15")  # no such code: said, and nothing changes
    assert "15" in view.boxes[0].message.text() and value(view, "/data/district") == "d11"
    keys(window, "1")  # 1 alone, then Enter: the 1 is picked before the page is left
    press(window, Qt.Key.Key_Return)
    assert value(view, "/data/district") == "d1" and view.page.key == "/data/water"
    # the choices' own numeric codes, as printed on the paper questionnaire
    shown = view.boxes[0].editor.buttons[3].text()
    assert shown.strip("\u200e\u2066").startswith("99") and "Other" in shown
    keys(window, "99")
    assert value(view, "/data/water") == "99"
    press(window, Qt.Key.Key_Up)  # arrows move between the choices, Space picks
    press(window, Qt.Key.Key_Space)
    assert value(view, "/data/water") == "3"
    press(window, Qt.Key.Key_Return)
    keys(window, "13")  # select_multiple: each digit toggles its choice
    assert value(view, "/data/assets") == "radio bicycle"
    keys(window, "3")  # off again
    assert value(view, "/data/assets") == "radio"
    keys(window, "2 3")  # a space between codes, as keyed entry takes them: not a toggle
    assert value(view, "/data/assets") == "radio phone bicycle"
    press(window, Qt.Key.Key_Up)  # after an arrow, a space toggles the box in focus
    press(window, Qt.Key.Key_Space)
    assert value(view, "/data/assets") == "radio bicycle"
    press(window, Qt.Key.Key_Return)
    # integer: letters are shown with their message, never stored, and the page is not left
    keys(window, "4x")
    assert value(view, "/data/adults") == "" and "whole number" in view.boxes[0].message.text()
    press(window, Qt.Key.Key_Return)
    assert view.page.key == "/data/adults"
    press(window, Qt.Key.Key_Backspace)
    assert value(view, "/data/adults") == "4" and not view.boxes[0].message.isVisibleTo(view)
    press(window, Qt.Key.Key_Return)
    # decimal: 4,500 could be 4500 or 4.5 — refused, with both readings shown
    keys(window, "4,500")
    message = view.boxes[0].message.text()
    assert "4500" in message and "4.5" in message and value(view, "/data/income") == ""
    press(window, Qt.Key.Key_Return)
    assert view.page.key == "/data/income"
    press(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys(window, "4,500.50")  # unambiguous: stored as 4500.5, and said so
    assert value(view, "/data/income") == "4500.5"
    assert "4500.5" in view.boxes[0].stored.text()
    press(window, Qt.Key.Key_Return)
    keys(window, "2026-03-01")
    press(window, Qt.Key.Key_Return)
    keys(window, "9:05")
    press(window, Qt.Key.Key_Return)
    assert value(view, "/data/visit_day") == "2026-03-01"
    assert value(view, "/data/visit_at").startswith("09:05:00.000")
    # geopoint: Tab walks latitude, longitude, accuracy
    keys(window, "3.71")
    press(window, Qt.Key.Key_Tab)
    keys(window, "34.86")
    press(window, Qt.Key.Key_Tab)
    keys(window, "5")
    press(window, Qt.Key.Key_Return)
    assert value(view, "/data/gps") == "3.71 34.86 0 5"
    # a field-list page: Tab from question to question, then on to the next page
    assert [b.el.name for b in view.boxes] == ["phone", "remarks"]
    keys(window, "0712")
    press(window, Qt.Key.Key_Tab)
    keys(window, "line one")
    press(window, Qt.Key.Key_Tab)
    assert value(view, "/data/contact/remarks") == "line one"
    assert view.page.key == "/data/consent"
    press(window, Qt.Key.Key_Space)
    assert value(view, "/data/consent") == "OK"
    press(window, Qt.Key.Key_Return)
    # a repeat: its first entry, then "add another" puts the keys on the new entry
    keys(window, "Ali")
    press(window, Qt.Key.Key_Return)
    assert view.page.kind == "add_repeat"
    press(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # clicks after 100 ms
    qtbot.waitUntil(lambda: view.page.key == "/data/child[2]/child_name")
    focus = QApplication.focusWidget()
    assert isinstance(focus, QLineEdit) and focus.text() == ""
    keys(window, "Zara")
    assert value(view, "/data/child[1]/child_name") == "Ali"
    assert value(view, "/data/child[2]/child_name") == "Zara"
    press(window, Qt.Key.Key_Return)
    press(window, Qt.Key.Key_Return)  # "No, go on"
    assert view.page.key == "/data/thanks"  # a note page: the page keys still work
    press(window, Qt.Key.Key_PageDown)
    assert view.page.key == "/data/last"
    press(window, Qt.Key.Key_PageUp)
    press(window, Qt.Key.Key_PageDown)
    keys(window, "done")
    press(window, Qt.Key.Key_Return)
    assert view.page.kind == "end"
    uuid = view.draft.uuid
    with qtbot.waitSignal(window.view_shown, timeout=10_000):
        press(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert isinstance(window.centralWidget(), HomeView)
    assert admin.store.submission(uuid).status == "finalized"


def test_after_choosing_the_form_language_with_the_mouse_digits_pick_choices(qtbot, window):
    view = start(qtbot, window, "Every kind")
    combo = view.language
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)  # takes the focus, opens the list
    qtbot.waitUntil(combo.view().isVisible)
    combo.hidePopup()  # a language picked in the list, as a click on it does
    qtbot.waitUntil(combo.hasFocus)  # the mouse left the keyboard on the language box
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    keys(window, "2")
    assert value(view, "/data/district") == "d2"


def test_after_the_connect_dialog_is_closed_the_tab_keys_still_work(qtbot, window):
    home = window.centralWidget()
    window.enrol_action.trigger()
    dialog = window.findChild(EnrolDialog)
    qtbot.waitUntil(dialog.isVisible)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(window.isActiveWindow)
    press(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert home.tabs.currentIndex() == 2


def test_an_invalid_answer_keeps_its_message_when_the_interface_language_changes(qtbot, window):
    view = start(qtbot, window, "Every kind")
    view.go_to_key("/data/adults")
    keys(window, "75")  # the form says 1-30
    press(window, Qt.Key.Key_Return)
    assert view.boxes[0].message.isVisibleTo(view)
    window.set_interface_language("sw")
    view = window.centralWidget()
    assert view.page.key == "/data/adults"
    assert view.boxes[0].message.isVisibleTo(view) and view.boxes[0].message.text()
    window.set_interface_language("en")


def test_a_count_that_fails_its_constraint_builds_no_roster(qtbot, client, admin):
    w, view = household_with_consent(qtbot, client)
    view.go_to_key("/data/survey/hh_size")
    keys(w, "75")
    assert view.draft.session.nodes("/data/survey/member") == []
    press(w, Qt.Key.Key_Return)
    assert view.page.key == "/data/survey/hh_size" and view.boxes[0].message.text()
    assert len(view.pages) < 60
    w.close()


def test_lowering_the_count_asks_before_answered_members_go(qtbot, client, admin):
    w, view = household_with_consent(qtbot, client)
    session = view.draft.session
    view.go_to_key("/data/survey/hh_size")
    keys(w, "3")
    press(w, Qt.Key.Key_Return)
    view.go_to_key("/data/survey/member[3]/name")
    keys(w, "Halima")
    view.go_to_key("/data/survey/hh_size")
    press(w, Qt.Key.Key_Backspace)  # on the way to typing 2: nothing is lost meanwhile
    assert len(session.nodes("/data/survey/member")) == 3
    keys(w, "2")
    press(w, Qt.Key.Key_Return)
    ask = w.findChild(QMessageBox)
    qtbot.waitUntil(ask.isVisible)
    assert "Halima" in ask.text() and view.page.key == "/data/survey/hh_size"
    QTest.keyClick(ask.windowHandle(), Qt.Key.Key_Return)  # the default: keep them
    qtbot.waitUntil(lambda: session.value("/data/survey/hh_size") == "3")
    assert session.value("/data/survey/member[3]/name") == "Halima"
    w.close()


MORE = [
    {"type": "select_one district", "name": "near", "label": "Nearest", "appearance": "minimal"},
    {"type": "select_multiple district", "name": "visited", "label": "Visited"},
    {"type": "dateTime", "name": "seen_at", "label": "Seen at"},
    {"type": "rank district", "name": "ranked", "label": "Rank them"},
    {"type": "begin_repeat", "name": "visit", "label": "Visit"},
    {"type": "text", "name": "place", "label": "Place"},
    {"type": "end_repeat"},
    {"type": "text", "name": "after", "label": "After"},
]


def test_dropdowns_twelve_choice_multiples_date_times_rank_and_removing_entries(
    qtbot, client, admin, tmp_path
):
    w = window_with_form(qtbot, client, tmp_path / "more.xlsx", MORE, DISTRICTS, "More kinds")
    view = start(qtbot, w, "More kinds")
    press(w, Qt.Key.Key_Down)  # a drop-down: arrows choose
    press(w, Qt.Key.Key_Down)
    assert value(view, "/data/near") == "d2"
    press(w, Qt.Key.Key_Return)
    keys(w, "1 3")  # twelve choices: Space ends the code, so 1 and 3, not 13
    assert value(view, "/data/visited") == "d1 d3"
    keys(w, "12")
    assert value(view, "/data/visited") == "d1 d3 d12"
    press(w, Qt.Key.Key_Return)
    keys(w, "2026-03-04 9:05")
    press(w, Qt.Key.Key_Return)
    assert value(view, "/data/seen_at").startswith("2026-03-04T09:05:00.000")
    press(w, Qt.Key.Key_Down)  # rank: Ctrl+Down moves the selected choice down
    press(w, Qt.Key.Key_Up)
    press(w, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert value(view, "/data/ranked").split()[:2] == ["d2", "d1"]
    press(w, Qt.Key.Key_Return)
    keys(w, "Market")
    press(w, Qt.Key.Key_Return)
    press(w, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    keys(w, "Clinic")
    press(w, Qt.Key.Key_Return)
    press(w, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    keys(w, "School")
    assert len(view.draft.session.nodes("/data/visit")) == 3
    press(w, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)  # the entry you are in
    ask = w.findChild(QMessageBox)
    qtbot.waitUntil(ask.isVisible)
    ask.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: view.page.kind == "add_repeat")
    press(w, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # the last one
    places = [n.text for n in view.draft.session.nodes("/data/visit/place")]
    assert places == ["Market"]
    press(w, Qt.Key.Key_Return)
    assert view.page.key == "/data/after"
    w.close()


def test_enter_in_the_overview_goes_to_that_question_not_the_next(qtbot, window):
    view = start(qtbot, window, "Every kind")
    press(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    overview = view.overview
    target = next(
        overview.topLevelItem(i)
        for i in range(overview.topLevelItemCount())
        if overview.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "/data/adults"
    )
    overview.setCurrentItem(target)
    press(window, Qt.Key.Key_Return)
    assert view.page.key == "/data/adults"


def test_alt_f_anywhere_goes_to_the_last_page(qtbot, window):
    view = start(qtbot, window, "Every kind")
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert view.page.kind == "end"


def test_roster_counts_by_keyboard_ask_again_and_keep_what_was_there(qtbot, client, admin):
    w, view = household_with_consent(qtbot, client)
    session = view.draft.session
    view.go_to_key("/data/survey/hh_size")
    keys(w, "3")
    view.go_to_key("/data/survey/member[2]/name")
    keys(w, "Baraka")
    for _ in range(2):  # asked each time the count is lowered again
        view.go_to_key("/data/survey/hh_size")
        press(w, Qt.Key.Key_Backspace)  # member 3 is blank: it goes at once
        keys(w, "1")
        press(w, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: any(b.isVisible() for b in w.findChildren(QMessageBox)))
        ask = next(b for b in w.findChildren(QMessageBox) if b.isVisible())
        assert "3" in ask.button(QMessageBox.StandardButton.No).text()
        QTest.keyClick(ask.windowHandle(), Qt.Key.Key_Return)  # keep: back to 3, as it was
        qtbot.waitUntil(lambda: session.value("/data/survey/hh_size") == "3")
        assert len(session.nodes("/data/survey/member")) == 3
        focus = QApplication.focusWidget()  # and the keys are on the question again
        assert isinstance(focus, QLineEdit) and focus.text() == "3"
    # removing them: the roster follows the count, and the next page is a real one
    press(w, Qt.Key.Key_Backspace)
    keys(w, "1")
    press(w, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in w.findChildren(QMessageBox)))
    ask = next(b for b in w.findChildren(QMessageBox) if b.isVisible())
    ask.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(session.nodes("/data/survey/member")) == 1)
    assert session.value("/data/survey/hh_size") == "1"
    w.close()


def test_ctrl_delete_in_a_roster_set_by_a_count_says_where_to_change_it(qtbot, client, admin):
    w, view = household_with_consent(qtbot, client)
    session = view.draft.session
    view.answer(session.node("/data/survey/hh_size"), "2")
    view.go_to_key("/data/survey/member[2]/name")
    press(w, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert "earlier in the form" in w.statusBar().currentMessage()
    assert not any(b.isVisible() for b in w.findChildren(QMessageBox))
    w.close()
