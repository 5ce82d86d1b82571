"""Question types in the window: a field-list page, dates, times, photos, calculated values,
notes, free repeats, and the text size setting."""

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication

from desktop_app.ui.filling import FillingView
from form_engine.authoring import write_xlsform
from tests.desktop_app.test_window import log_in, open_window, press

SURVEY = [
    {"type": "begin_group", "name": "visit", "label": "Visit", "appearance": "field-list"},
    {"type": "date", "name": "day", "label": "Day of the visit", "required": "yes"},
    {"type": "time", "name": "at", "label": "Time"},
    {"type": "integer", "name": "adults", "label": "Adults"},
    {"type": "end_group"},
    {"type": "calculate", "name": "double", "calculation": "${adults} * 2"},
    {"type": "note", "name": "show", "label": "Twice the adults: ${double}"},
    {"type": "image", "name": "photo", "label": "Photo of the ration card"},
    {"type": "begin_repeat", "name": "visitor", "label": "Visitor"},
    {"type": "text", "name": "who", "label": "Name of the visitor"},
    {"type": "end_repeat"},
    {"type": "text", "name": "notes", "label": "Notes", "appearance": "multiline"},
]


@pytest.fixture
def window(qtbot, client, admin, tmp_path):
    path = tmp_path / "visit.xlsx"
    write_xlsform(
        path, SURVEY, settings={"form_id": "visit", "version": "3", "form_title": "Visit"}
    )
    client.install_form(path)
    w = open_window(qtbot, client)
    log_in(qtbot, w)
    w.new_submission("visit")
    yield w
    w.close()


def test_a_field_list_is_one_page_and_tab_walks_its_questions(qtbot, window):
    view = window.centralWidget()
    assert isinstance(view, FillingView)
    assert [b.el.name for b in view.boxes] == ["day", "at", "adults"]
    qtbot.keyClicks(QApplication.focusWidget(), "2026-02-30")  # no such day
    assert "YYYY-MM-DD" in view.boxes[0].message.text()
    QApplication.focusWidget().clear()
    qtbot.keyClicks(QApplication.focusWidget(), "2026-02-28")
    assert not view.boxes[0].message.text()
    press(window, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "9:05")
    press(window, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "4")
    session = view.draft.session
    assert session.value("/data/visit/day") == "2026-02-28"
    assert session.value("/data/visit/at").startswith("09:05:00.000")
    time_editor = view.boxes[1].editor
    time_editor.open_clock()  # F4: a clock instead of typing
    time_editor.clock.setTime(QTime(14, 30))
    time_editor.clock.editingFinished.emit()
    assert session.value("/data/visit/at").startswith("14:30:00.000")
    view.boxes[2].editor.focus_first()
    press(window, Qt.Key.Key_Tab)  # out of the last question: the next page
    assert view.page.key == "/data/show"
    assert view.boxes[0].label.text() == "Twice the adults: 8"  # the calculation, shown live


def test_a_photo_is_chosen_from_disk_and_stored_encrypted(qtbot, window, admin, tmp_path, home):
    view = window.centralWidget()
    view.go_to_key("/data/photo")
    photo = tmp_path / "card.jpg"
    photo.write_bytes(b"\xff\xd8 a ration card photo 55-1182")
    view.boxes[0].editor.attach(str(photo))
    name = view.draft.session.value("/data/photo")
    assert name.endswith(".jpg") and view.boxes[0].editor.name.text() == name
    assert admin.attachment(view.draft.uuid, name) == photo.read_bytes()
    stored = [p for p in home.attachments.rglob("*") if p.is_file()]
    assert stored and all(b"ration card" not in p.read_bytes() for p in stored)


def test_a_free_repeat_asks_to_add_another_and_can_remove_the_last(qtbot, window):
    view = window.centralWidget()
    view.go_to_key("/data/visitor#add")
    assert view.page.kind == "add_repeat"
    before = len(view.draft.session.nodes("/data/visitor"))
    assert QApplication.focusWidget() is view.go_on_button  # Enter goes on, Alt+A adds
    press(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # a mnemonic clicks after 100 ms
    qtbot.waitUntil(lambda: len(view.draft.session.nodes("/data/visitor")) == before + 1)
    assert view.page.key.startswith("/data/visitor") and view.page.kind == "questions"
    view.go_to_key("/data/visitor#add")
    press(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(view.draft.session.nodes("/data/visitor")) == before)
    press(window, Qt.Key.Key_Return)  # no more visitors: go on
    assert view.page.key == "/data/notes"


def test_text_size_grows_shrinks_and_is_remembered(qtbot, window, client):
    size = QApplication.font().pointSizeF()
    press(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() > size
    assert client.store.setting("zoom") > 1
    press(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(size)


def test_ctrl_delete_removes_this_visitor_after_asking(qtbot, window):
    from PySide6.QtWidgets import QMessageBox

    view = window.centralWidget()
    session = view.draft.session
    view.go_to_key("/data/visitor#add")
    view.add_repeat(view.page)
    view.answer(session.node("/data/visitor[2]/who"), "Second visitor")
    view.go_to_key("/data/visitor[1]/who")
    assert view.remove_button.isVisible() and "Ctrl+Del" in view.remove_button.text()
    press(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    ask = window.findChild(QMessageBox)
    assert ask is not None and "1" in ask.text()
    ask.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(session.nodes("/data/visitor")) == 1)
    assert session.value("/data/visitor/who") == "Second visitor"  # the other one stayed
    assert view.page.kind == "add_repeat"


def test_on_a_small_screen_the_buttons_give_way_not_the_window(qtbot, window):
    """In French, on a roster entry that can be removed, the row of buttons made the window
    1,194 px wide: Next went off a 1,024 px screen (found by an outside tester)."""
    window.set_interface_language("fr")
    try:
        _buttons_give_way(qtbot, window)
    finally:
        window.set_interface_language("en")  # the translator is the application's


def _buttons_give_way(qtbot, window):
    view = window.centralWidget()
    session = view.draft.session
    view.go_to_key("/data/visitor#add")
    view.add_repeat(view.page)
    view.answer(session.node("/data/visitor[2]/who"), "Deuxième visiteur " * 4)
    view.go_to_key("/data/visitor[2]/who")
    assert not view.remove_button.isHidden()
    window.resize(900, 700)
    qtbot.wait(200)  # the layout has had its say
    assert window.width() <= 900 and window.minimumSizeHint().width() <= 900
    assert view.next_button.geometry().right() <= view.width()
    assert view.next_button.text() == view.next_button.text().strip() and "…" not in (
        view.next_button.text()
    )
    assert "Ctrl+Del" in view.remove_button.text()  # the whole label stays, as its tip


def test_a_message_is_not_drawn_over_the_sync_line(qtbot, window):
    bar = window.statusBar()
    assert window.sync_label.isVisible()
    bar.showMessage("Finalized. It will be sent when you are online.", 10_000)
    assert not window.sync_label.isVisible()
    bar.clearMessage()
    assert window.sync_label.isVisible()


def test_the_drafts_list_keeps_room_for_titles_on_a_small_window(qtbot, window):
    """At 1,000 px the Title column was 40 px wide: every title read "…" (outside tester)."""
    from desktop_app.ui.home import HomeView

    press(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), HomeView))
    window.resize(1000, 720)
    qtbot.wait(200)
    table = window.centralWidget().table
    room = table.viewport().width()
    assert table.columnWidth(0) >= 0.38 * room
    assert sum(table.columnWidth(c) for c in range(5)) <= room + 1


def test_in_an_arabic_label_a_date_reads_as_written(make_form, new_session):
    form = make_form(
        [
            {"type": "date", "name": "d", "label": "Date"},
            {"type": "note", "name": "n", "label::Arabic (ar)": "تاريخ الميلاد: ${d}"},
        ]
    )
    s = new_session(form, language="Arabic (ar)")
    s.set_value(s.node("/data/d"), "2024-02-29")
    el = s.element(s.node("/data/n"))
    shown = s.render(el.label, s.node("/data/n"), isolate_outputs=True)
    assert "\u20682024-02-29\u2069" in shown  # its own direction: not 29-02-2024
    assert "\u2068" not in s.render(el.label, s.node("/data/n"))  # stored texts stay plain


def test_a_reviewers_comment_is_shown_beside_the_answer_it_concerns(qtbot, window, admin):
    """Sent back with a comment on one answer: correcting it, the enumerator reads the
    comment under that question (and the whole comment at the top), nowhere else."""
    from desktop_app import review_notes
    from desktop_app.draft import audit

    view = window.centralWidget()
    draft = view.draft
    uuid = draft.uuid
    view.answer(draft.session.node("/data/visit/day"), "2026-11-20")
    view.answer(draft.session.node("/data/visit/adults"), "40")
    assert draft.finalize() == []
    note = review_notes.compose(
        "super_k", "Please check", {"visit/adults": "40 adults in one household?"}
    )
    at = admin.client.now_text()
    admin.store.return_for_correction(
        uuid,
        at=at,
        note=admin.seal_note(uuid, note),
        audit=audit("super_k", "review.returned", uuid, at),
    )
    window.open_submission(uuid)
    view = window.centralWidget()
    assert "Please check" in view.sent_back.text()
    # the banner names the question as the enumerator reads it, not the answer's path
    adults = view.draft.session.element(view.draft.session.node("/data/visit/adults"))
    label = view.draft.session.render(adults.label, view.draft.session.node("/data/visit/adults"))
    assert f"{label}: 40 adults in one household?" in view.sent_back.text()
    assert "visit/adults" not in view.sent_back.text()
    view.go_to_key("/data/visit/adults")
    boxes = {b.el.name: b for b in view.boxes}
    assert not boxes["adults"].reviewer.isHidden()
    assert "40 adults in one household?" in boxes["adults"].reviewer.text()
    assert boxes["day"].reviewer.isHidden()
