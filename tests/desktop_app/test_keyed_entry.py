"""The clerk's keyed entry of paper questionnaires (desktop_app/keying.py, ui/keyed_entry.py):
choices keyed by their printed codes, refusals on the spot that keep what was typed, skip
logic jumped over, the paper's facts kept apart from the keying's, and a whole household
questionnaire with its roster keyed by keyboard alone, stored exactly as written."""

import itertools
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from desktop_app.keying import Box, Keying, question_numbers, read_paper_date, stored, written
from desktop_app.ui.keyed_entry import KeyBox, KeyedEntryView
from form_engine import load_xlsform
from form_engine.authoring import write_xlsform
from form_engine.fill import random_submissions
from tests.conftest import FIXED_NOW, REPO
from tests.desktop_app.test_keyboard import keys
from tests.desktop_app.test_window import log_in, open_window, press

SURVEY = [
    {"type": "select_one district", "name": "district", "label": "District", "required": "yes"},
    {"type": "select_one water", "name": "water", "label": "Main water source"},
    {"type": "select_multiple assets", "name": "assets", "label": "Assets"},
    {"type": "select_one yn", "name": "has_children", "label": "Any children?"},
    {
        "type": "integer",
        "name": "children",
        "label": "How many children?",
        "relevant": "${has_children} = 'yes'",
        "constraint": ". >= 1 and . <= 20",
        "constraint_message": "Between 1 and 20 children.",
    },
    {"type": "date", "name": "visit_day", "label": "Day of the visit"},
    {"type": "text", "name": "remarks", "label": "Remarks"},
    {"type": "start", "name": "start"},
    {"type": "end", "name": "end"},
    {"type": "today", "name": "today"},
]
CHOICES = [
    *[{"list_name": "district", "name": f"d{i}", "label": f"District {i}"} for i in range(1, 13)],
    {"list_name": "water", "name": "1", "label": "Piped"},
    {"list_name": "water", "name": "2", "label": "Well"},
    {"list_name": "water", "name": "99", "label": "Other"},
    {"list_name": "assets", "name": "radio", "label": "Radio"},
    {"list_name": "assets", "name": "phone", "label": "Phone"},
    {"list_name": "assets", "name": "bicycle", "label": "Bicycle"},
    {"list_name": "yn", "name": "yes", "label": "Yes"},
    {"list_name": "yn", "name": "no", "label": "No"},
]


@pytest.fixture
def paper_form(client, tmp_path):
    path = tmp_path / "paper.xlsx"
    write_xlsform(path, SURVEY, choices=CHOICES, settings={"form_id": "paper", "version": "1"})
    client.install_form(path)
    return "paper"


def box(keying, path):
    return next(b for b in keying.boxes if b.path == path)


def test_codes_refusals_and_skips(admin, paper_form):
    k = Keying.start(admin, paper_form)
    district = box(k, "/data/district")
    assert district.codes[10] == ("11", "d11")  # codes past 9 are reachable
    assert k.enter(district, "11") is None and district.node.text == "d11"
    refused = k.enter(district, "15")
    assert refused.word == "no_such_code" and refused.values == {"code": "15", "codes": "1–12"}
    assert k.shown(district) == "15" and district.node.text == ""  # kept as typed, no value
    assert k.enter(box(k, "/data/water"), "99") is None  # the choices' own numeric codes
    assert k.enter(box(k, "/data/assets"), "3 1") is None  # kept in the form's order
    assert box(k, "/data/assets").node.text == "radio bicycle"
    assert k.shown(box(k, "/data/assets")) == "1 3"
    assert k.enter(box(k, "/data/assets"), "32") is None  # one-digit codes typed together
    assert box(k, "/data/assets").node.text == "phone bicycle"
    assert k.enter(box(k, "/data/water"), "1 2").word == "one_code"
    # skip logic: "no" children jumps over the count; "yes" opens it, and its rule holds
    has_children = box(k, "/data/has_children")
    assert k.enter(has_children, "2") is None
    assert k.after(has_children).path == "/data/visit_day"
    k.enter(has_children, "1")
    children = k.after(has_children)
    assert children.path == "/data/children"
    assert k.enter(children, "75").text == "Between 1 and 20 children."
    assert k.enter(children, "4.5").word == "whole_number"
    assert k.enter(box(k, "/data/visit_day"), "05/03/2026") is None
    assert box(k, "/data/visit_day").node.text == "2026-03-05"
    # what was typed and refused is saved: it is there when the draft is opened again
    k.enter(district, "15")
    again = admin.open_submission(k.draft.uuid)
    assert again.session.node("/data/district").state.typed == "15"


def test_the_papers_facts_and_dates_kept_apart_from_the_keying(admin, paper_form):
    k = Keying.start(admin, paper_form, batch="B-07")
    assert k.enter_paper("number", "").word == "paper_number"
    assert k.enter_paper("number", "101") is None
    assert k.enter_paper("interview_date", "2026-04-01").word == "future_date"  # after today
    assert k.enter_paper("interview_date", "12032026") is None
    assert k.record.interview_date == "2026-03-12"
    assert k.enter_paper("paper_enumerator", "E07 Halima") is None
    k.enter(box(k, "/data/district"), "2")
    assert k.finish() == []
    data = admin.submission_data(k.draft.uuid)
    assert data["today"] == "2026-03-12"
    assert data["start"].startswith("2026-03-12T00:00") and data["end"] == data["start"]
    record = admin.store.keying(k.draft.uuid)
    assert (record.number, record.batch, record.paper_enumerator) == ("101", "B-07", "E07 Halima")
    assert record.keyed_by == "amina" and record.finished_at == admin.client.now_text()
    # the same paper number again is caught at the office
    other = Keying.start(admin, paper_form)
    refused = other.enter_paper("number", "101")
    assert refused.word == "number_keyed" and refused.values["number"] == "101"


def test_paper_dates():
    assert read_paper_date("30/11/2026") == "2026-11-30"
    assert read_paper_date("3-1-2026") == "2026-01-03"
    assert read_paper_date("٣٠/١١/٢٠٢٦") == "2026-11-30"  # Arabic-Indic digits
    assert read_paper_date("31/02/2026") is None and read_paper_date("2026") is None


# -- the whole of it, by keyboard, in the window ----------------------------------------------


def _household_sample():
    form = load_xlsform(REPO / "forms" / "household.xlsx")
    for s in random_submissions(form, 60, seed=5):
        d = s["data"]
        if d.get("identification/consent") == "yes" and str(d.get("survey/hh_size")) == "3":
            return d
    raise AssertionError("no sample household of three")


def _intended(data, box):
    """The answer the paper holds for a box, as stored (values, not codes)."""
    return stored(data, box)


def key_questionnaire(window, view, data, paper):
    """Key the paper as a clerk does, from what has the focus: its number and facts, then each
    box the skip logic opens, a choice by its code. Returns the keys pressed."""
    pressed = 0
    for text in paper:
        keys(window, text)
        press(window, Qt.Key.Key_Return)
        pressed += len(text) + 1
    while isinstance(QApplication.focusWidget(), KeyBox):
        kb = QApplication.focusWidget()
        assert isinstance(kb.key, Box), kb.key
        text = written(data, kb.key)
        keys(window, text)
        pressed += len(text)
        if QApplication.focusWidget() is kb:  # not gone on by itself (a whole code)
            press(window, Qt.Key.Key_Return)
            pressed += 1
        assert not view.problem.text(), (kb.key.path, text, view.problem.text())
    assert QApplication.focusWidget() is view.save_button
    press(window, Qt.Key.Key_Return)
    return pressed + 1


def test_a_household_with_its_roster_keyed_by_keyboard_alone(qtbot, client, admin):
    w = open_window(qtbot, client)
    log_in(qtbot, w)

    press(w, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    dialog = w.findChild(QInputDialog)
    qtbot.waitUntil(dialog.isVisible)
    keys(dialog, "H")  # the list's own type-ahead
    with qtbot.waitSignal(w.view_shown):
        press(dialog, Qt.Key.Key_Return)
    view = w.centralWidget()
    assert isinstance(view, KeyedEntryView) and view.form_id == "household"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.paper_boxes["number"])
    data = _household_sample()
    with qtbot.waitSignal(view.keyed) as saved:
        key_questionnaire(w, view, data, ["101", "12/03/2026", "E07 Halima", "B-07"])
    uuid = saved.args[0]
    stored = admin.submission_data(uuid)
    for b in Keying(
        admin.open_submission(uuid), admin.store.keying(uuid), now=lambda: FIXED_NOW
    ).boxes:
        if b.node.text or _intended(data, b):
            assert b.node.text == _intended(data, b), b.path
    assert len(stored["survey/member"]) == 3 and stored["today"] == "2026-03-12"
    # the next questionnaire is there at once: its number one more, the rest as before
    assert view.count == 1 and QApplication.focusWidget() is view.paper_boxes["number"]
    assert [view.paper_boxes[n].text() for n in ("number", "paper_enumerator", "batch")] == [
        "102",
        "E07 Halima",
        "B-07",
    ]
    # a wrong code is refused where it is typed, and the clerk stays on it
    for _ in range(4):
        press(w, Qt.Key.Key_Return)
    keys(w, "9")
    assert "No choice has the code 9" in view.problem.text()
    assert QApplication.focusWidget().key.path == "/data/city"


def test_questions_are_numbered_as_on_the_paper():
    form = load_xlsform(REPO / "forms" / "household.xlsx")
    numbers = question_numbers(form)
    assert numbers["/data/city"] == "1" and numbers["/data/survey/member/name"] == "7"
    assert len(set(numbers.values())) == len(numbers)


def test_leaving_an_empty_questionnaire_keeps_nothing(qtbot, admin, paper_form):
    view = KeyedEntryView(admin, paper_form, words={})
    qtbot.addWidget(view)
    uuid = view.keying.draft.uuid
    view.leave()
    assert admin.store.keying(uuid) is None
    assert uuid not in admin.submission_ids(admin_filter())


def admin_filter():
    from desktop_app.store import SubmissionFilter

    return SubmissionFilter()


_ = datetime


def test_a_roster_with_no_count_grows_a_row_at_a_time(qtbot, client, admin, tmp_path):
    path = tmp_path / "visits.xlsx"
    write_xlsform(
        path,
        [
            {"type": "text", "name": "village", "label": "Village"},
            {"type": "begin_repeat", "name": "child", "label": "Children"},
            {"type": "text", "name": "child_name", "label": "Name of the child"},
            {"type": "integer", "name": "child_age", "label": "Age"},
            {"type": "end_repeat"},
            {"type": "text", "name": "remarks", "label": "Remarks"},
        ],
        settings={"form_id": "visits", "version": "1"},
    )
    client.install_form(path)
    view = KeyedEntryView(admin, "visits", words={})
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.paper_boxes["number"].setFocus()
    for text in ["7", "12/03/2026", "E02", ""]:
        keys(view, text)
        press(view, Qt.Key.Key_Return)
    # the form starts with one entry (as ODK's forms do); "another?" follows each
    for text in ["Bidi Bidi", "Asha", "4"]:
        keys(view, text)
        press(view, Qt.Key.Key_Return)
    assert QApplication.focusWidget().key.more
    keys(view, "1")  # yes: on by itself, to the new row's first box
    assert QApplication.focusWidget().key.path == "/data/child[2]/child_name"
    for text in ["Juma", "2"]:
        keys(view, text)
        press(view, Qt.Key.Key_Return)
    assert QApplication.focusWidget().key.more  # "another?" after the second child
    press(view, Qt.Key.Key_Return)  # no
    assert QApplication.focusWidget().key.path == "/data/remarks"
    keys(view, "none")
    with qtbot.waitSignal(view.keyed) as saved:
        press(view, Qt.Key.Key_Return)
        press(view, Qt.Key.Key_Return)
    data = admin.submission_data(saved.args[0])
    assert [(c["child_name"], c["child_age"]) for c in data["child"]] == [("Asha", 4), ("Juma", 2)]


def test_the_third_look_by_keyboard(qtbot, client, admin, paper_form):
    """Differences of double entry resolved on the batches screen with keys alone: Enter on
    the batch, 1 / 2 / the paper's value and Enter on each difference, Esc, Alt+R releases."""
    from desktop_app import batches
    from desktop_app.ui.batches_view import BatchesView

    admin.add_user("baraka", "baraka-clerk-26")
    second_clerk = client.login("baraka", "baraka-clerk-26")
    batches.register(
        admin, paper_form, "B1", expected=2, first_number=1, last_number=3, verify_percent=100
    )

    def key_paper(user, number, district, remarks, *, second=False):
        k = Keying.start(user, paper_form, batch="B1", second=second)
        for name, text in (
            ("number", number),
            ("interview_date", "12/03/2026"),
            ("paper_enumerator", "E1"),
        ):
            assert k.enter_paper(name, text) is None
        k.enter(box(k, "/data/district"), district)
        k.enter(box(k, "/data/remarks"), remarks)
        assert k.finish() == []
        return k

    first = key_paper(admin, "1", "3", "roof leaks")
    key_paper(admin, "2", "4", "")
    key_paper(second_clerk, "1", "8", "roof leaks", second=True)  # a slip: 8 for 3
    key_paper(second_clerk, "2", "4", "no toilet", second=True)  # the first missed a remark
    w = open_window(qtbot, client)
    log_in(qtbot, w)
    press(w, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    view = w.centralWidget()
    assert isinstance(view, BatchesView)
    qtbot.waitUntil(view.table.hasFocus)
    # all three papers of the range are to be keyed twice: two are; number 3 is missing
    assert view.table.item(0, 4).text().strip("\u2068\u2069") == "2 / 3"
    assert "3" in view.detail.text()
    press(w, Qt.Key.Key_Return)
    assert view.currentWidget() is view.differences_page and len(view.found) == 2
    assert [(d.number, d.first, d.second) for d in view.found] == [
        ("1", "3", "8"),
        ("2", "", "no toilet"),
    ]
    keys(w, "1")  # paper 1: the first keying was right
    press(w, Qt.Key.Key_Return)
    keys(w, "no toilet, shared")  # paper 2: what the paper really says
    press(w, Qt.Key.Key_Return)
    assert [d.record.resolution for d in view.found] == ["first", "other"]
    press(w, Qt.Key.Key_Escape)
    assert view.currentWidget() is view.list_page
    press(w, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # a mnemonic clicks after 100 ms
    qtbot.waitUntil(lambda: admin.status_counts().get("finalized", 0) == 2)
    assert admin.submission_data(first.draft.uuid)["district"] == "d3"


def test_right_to_left_the_first_batch_is_selected(qtbot, client, admin, paper_form):
    """Qt's selectRow selects nothing in a right-to-left table: the batches (and the
    Secretariat's duplicate pairs) are selected by their current cell instead, so Enter and
    Alt+R act on a batch in Arabic as in English."""
    from desktop_app import batches
    from desktop_app.ui.batches_view import BatchesView

    batches.register(admin, paper_form, "B1", expected=2)
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        view = BatchesView(admin, forms=client.forms(latest_only=True), language="ar")
        qtbot.addWidget(view)
        assert view.selected() is not None and view.selected().batch.name == "B1"
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_what_an_outside_clerk_tripped_over(qtbot, client, admin, paper_form):
    """Enter after a code that went on by itself means the next box is done as it stands (as
    CSEntry's Enter: the same keys, whatever the timing); Arabic-Indic digits key codes past 9; Up from the save button goes
    back; an empty questionnaire left at once leaves nothing in the lists."""
    from desktop_app.store import SubmissionFilter

    w = open_window(qtbot, client)
    log_in(qtbot, w)
    w._key_form(paper_form, "en")
    view = w.centralWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.paper_boxes["number"])
    for text in ["7", "12/03/2026", "E02", ""]:
        keys(w, text)
        press(w, Qt.Key.Key_Return)
    keys(w, "١١")  # district 11 in Arabic-Indic digits
    press(w, Qt.Key.Key_Return)
    assert view.keying.session.value("/data/district") == "d11"
    keys(w, "2")  # water: 2 of 1, 2, 99 goes on by itself to the assets (optional)
    assert QApplication.focusWidget().key.path == "/data/assets"
    press(w, Qt.Key.Key_Return)  # Enter always means "this box is done": nothing ticked
    assert QApplication.focusWidget().key.path == "/data/has_children"
    keys(w, "2")  # no children: on to the day of the visit
    for text in ["05/03/2026", "none"]:
        keys(w, text)
        press(w, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.save_button
    press(w, Qt.Key.Key_Up)
    assert QApplication.focusWidget().key.path == "/data/remarks"
    # an empty questionnaire, left at once: no draft of it in the lists
    w._key_form(paper_form, "en")
    press(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    drafts = admin.submission_ids(SubmissionFilter(status="draft"))
    assert len(drafts) == 1  # the half-keyed paper 7 only


def test_a_paper_left_half_keyed_goes_on_in_keyed_entry(qtbot, client, admin, paper_form):
    """Opened from the lists, a half-keyed paper comes back to keyed entry with its facts,
    at its first empty box — and finished there it takes the paper's date, not today's."""
    w = open_window(qtbot, client)
    log_in(qtbot, w)
    w._key_form(paper_form, "en")
    view = w.centralWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.paper_boxes["number"])
    for text in ["8", "01/03/2026", "E02", "", "12"]:  # the facts, then district 12
        keys(w, text)
        press(w, Qt.Key.Key_Return)
    uuid = view.keying.draft.uuid
    press(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # left half-way
    w.open_submission(uuid)
    again = w.centralWidget()
    assert isinstance(again, KeyedEntryView) and again.keying.draft.uuid == uuid
    assert again.paper_boxes["number"].text() == "8"
    assert QApplication.focusWidget().key.path == "/data/water"
    press(w, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    data = admin.submission_data(uuid)
    assert data["today"] == "2026-03-01" and admin.store.keying(uuid).finished_at


def test_a_count_lowered_below_the_rows_keyed_asks(qtbot, client, admin, tmp_path):
    """A household size lowered after its members were keyed: asked, as in the form view —
    Enter keeps the rows (the count goes back), Remove takes the last one away."""
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "kids.xlsx"
    write_xlsform(
        path,
        [
            {"type": "integer", "name": "n", "label": "How many children?"},
            {"type": "begin_repeat", "name": "child", "label": "Children", "repeat_count": "${n}"},
            {"type": "text", "name": "child_name", "label": "Name"},
            {"type": "end_repeat"},
            {"type": "text", "name": "remarks", "label": "Remarks"},
        ],
        settings={"form_id": "kids", "version": "1"},
    )
    client.install_form(path)
    w = open_window(qtbot, client)
    log_in(qtbot, w)
    w._key_form("kids", "en")
    view = w.centralWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.paper_boxes["number"])
    for text in ["9", "01/03/2026", "E02", "", "2", "Asha", "Juma"]:
        keys(w, text)
        press(w, Qt.Key.Key_Return)
    assert QApplication.focusWidget().key.path == "/data/remarks"
    for _ in range(3):
        press(w, Qt.Key.Key_Up)
    assert QApplication.focusWidget().key.path == "/data/n"
    keys(w, "1")
    press(w, Qt.Key.Key_Return)
    ask = w.findChild(QMessageBox)
    qtbot.waitUntil(ask.isVisible)
    assert ask.text() == (
        "The count is now 1, but these entries hold answers: Children 2 (Juma).\n\n"
        "Remove them and their answers?"
    )
    keep = ask.button(QMessageBox.StandardButton.No)
    assert keep.text() == "Keep them (the count goes back to 2)"
    press(ask, Qt.Key.Key_Return)  # the default: keep them
    qtbot.waitUntil(lambda: view.keying.session.value("/data/n") == "2")
    assert len(view.keying.session.nodes("/data/child")) == 2
    keys(w, "1")
    press(w, Qt.Key.Key_Return)
    ask = next(m for m in w.findChildren(QMessageBox) if m.isVisible())
    ask.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(view.keying.session.nodes("/data/child")) == 1)
    assert view.keying.session.value("/data/child/child_name") == "Asha"


def test_ctrl_g_goes_to_a_question_by_its_number(qtbot, client, admin):
    from PySide6.QtWidgets import QInputDialog

    w = open_window(qtbot, client)
    log_in(qtbot, w)
    w._key_form("household", "en")
    view = w.centralWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.paper_boxes["number"])
    press(w, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in w.findChildren(QInputDialog) if d.isVisible())
    keys(dialog, "3")
    press(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(QApplication.focusWidget(), "key", None) is not None)
    assert QApplication.focusWidget().key.path == "/data/identification/hh_no"
    view.go_to("20")  # behind the consent nobody has given yet: said, and the cursor stays
    assert "No question 20" in view.problem.text()


# -- codes past 9 (issue 24) -------------------------------------------------------------------
MANY = [
    {"type": "select_one place", "name": "place", "label": "Place of birth"},
    {"type": "select_multiple crop", "name": "crops", "label": "Crops grown"},
    {"type": "text", "name": "remarks", "label": "Remarks"},
]
MANY_CHOICES = [
    *[{"list_name": "place", "name": f"p{i}", "label": f"Place {i}"} for i in range(1, 15)],
    *[{"list_name": "crop", "name": f"c{i}", "label": f"Crop {i}"} for i in range(1, 15)],
]
# (place keyed, crops keyed) -> what the boxes show once keyed (the codes, the several in the
# list's order, and beside them their labels) and what is stored
PAST_NINE = [
    (("10", "11"), ("10", "Place 10", "11", "Crop 11"), ("p10", ["c11"])),
    (
        ("11", "1 11 2"),
        ("11", "Place 11", "1 2 11", "Crop 1, Crop 2, Crop 11"),
        ("p11", ["c1", "c2", "c11"]),
    ),
    (
        ("12", "12 1 10 2"),
        ("12", "Place 12", "1 2 10 12", "Crop 1, Crop 2, Crop 10, Crop 12"),
        ("p12", ["c1", "c2", "c10", "c12"]),
    ),
    (
        ("1", "10 11 12"),
        ("1", "Place 1", "10 11 12", "Crop 10, Crop 11, Crop 12"),
        ("p1", ["c10", "c11", "c12"]),
    ),
    (("2", "12"), ("2", "Place 2", "12", "Crop 12"), ("p2", ["c12"])),
]


@pytest.mark.parametrize("pace", [(None,), (0, 40, 150)], ids=["at-once", "a-clerks-pace"])
def test_codes_past_nine_are_stored_as_the_screen_shows_them(qtbot, client, admin, tmp_path, pace):
    """Lists of 14 choices: 10, 11 and 12 keyed alone and among 1 and 2 ("1 11 2") are those
    choices, never 1 and 1 — one paper after another, a key at a time, at once or at a
    clerk's pace. A code no other code begins with goes on by itself (2, 10, 11, 12); 1 waits
    for Enter (it could be 10 to 14)."""
    path = tmp_path / "many.xlsx"
    write_xlsform(path, MANY, choices=MANY_CHOICES, settings={"form_id": "many", "version": "1"})
    client.install_form(path)
    view = KeyedEntryView(admin, "many", words={})
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.paper_boxes["number"].setFocus()

    pauses = itertools.cycle(pace)  # ms after each key (None: the next at once)

    def type_keys(text):
        for ch in text:
            if ch == "\r":
                press(view, Qt.Key.Key_Return)
            else:
                keys(view, ch)
            pause = next(pauses)
            if pause is not None:
                qtbot.wait(pause)

    for number, ((place, crops), shown, kept) in enumerate(PAST_NINE, 1):
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view.paper_boxes["number"])
        for text in [str(number), "12/03/2026", "E07", ""]:  # the paper's facts
            keys(view, text)
            press(view, Qt.Key.Key_Return)
        type_keys(place if place != "1" else "1\r")
        assert QApplication.focusWidget() is view.boxes["/data/crops"], place
        type_keys(f"{crops}\r")
        assert QApplication.focusWidget() is view.boxes["/data/remarks"], crops
        assert not view.problem.text(), (place, crops, view.problem.text())
        on_screen = (
            view.boxes["/data/place"].text(),
            view.hints["/data/place"].text(),
            view.boxes["/data/crops"].text(),
            view.hints["/data/crops"].text(),
        )
        assert on_screen == shown, (place, crops)
        with qtbot.waitSignal(view.keyed) as saved:
            type_keys("\r\r")  # no remark; Enter on Save
        data = admin.submission_data(saved.args[0])
        assert (data["place"], data["crops"]) == kept, (place, crops)
