"""Keyed entry stores exactly what the clerk sees (the outside clerk's findings): leaving a
box in any direction keeps what it shows; Enter always means "this box is done, as it
stands", after a code that went on by itself too, at a person's pace, in a new paper and in a
filled one alike; only Enter presses "Save"; a second clerk on the same computer sees none
of the first's drafts; a paper's value that breaks the form's rule can be kept as written."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.errors import NotAllowed
from desktop_app.keying import Keying
from desktop_app.store import SubmissionFilter
from desktop_app.ui.keyed_entry import KeepAsWritten, KeyBox, KeyedEntryView
from form_engine.authoring import write_xlsform
from tests.desktop_app.test_keyboard import keys
from tests.desktop_app.test_window import press

SURVEY = [
    {"type": "text", "name": "zone", "label": "Zone"},
    {"type": "select_one yn", "name": "head", "label": "Is the head present?"},
    {"type": "text", "name": "phone", "label": "Phone (blank if none)"},
    {
        "type": "integer",
        "name": "income",
        "label": "Income last month",
    },
    {
        "type": "integer",
        "name": "minutes",
        "label": "Minutes to the water point",
        "constraint": ". >= 0 and . <= 600",
        "constraint_message": "Between 0 and 600 minutes.",
    },
    {"type": "date", "name": "moved_in", "label": "Date moved in"},
    {"type": "text", "name": "comment", "label": "Comment"},
]
CHOICES = [
    {"list_name": "yn", "name": "1", "label": "Yes"},
    {"list_name": "yn", "name": "2", "label": "No"},
]


@pytest.fixture
def truth_form(client, tmp_path):
    path = tmp_path / "truth.xlsx"
    write_xlsform(path, SURVEY, choices=CHOICES, settings={"form_id": "truth", "version": "1"})
    client.install_form(path)
    return "truth"


def shown_view(qtbot, user, form_id, **kw):
    view = KeyedEntryView(user, form_id, words={}, **kw)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def facts(view, number="11"):
    """The paper's facts keyed, the keyboard on the first question."""
    view.paper_boxes["number"].setFocus()
    for text in [number, "12/03/2026", "E07", ""]:
        keys(view, text)
        press(view, Qt.Key.Key_Return)


def focus_path(view=None):
    kb = QApplication.focusWidget()
    return kb.key.path if isinstance(kb, KeyBox) and not isinstance(kb.key, str) else kb


def held(user, view, path):
    """What the local database holds for a box (its typed text, or its value)."""
    record = user.store.submission(view.keying.draft.uuid)
    data, typed = user.open_draft_answers(record.uuid, record.data)
    if path in typed:
        return typed[path]
    value = data.get(path.split("/", 2)[-1])
    return "" if value is None else str(value)


def test_going_back_keeps_the_edit_by_every_key_and_by_a_click(qtbot, admin, truth_form):
    view = shown_view(qtbot, admin, truth_form)
    facts(view)
    for text in ["Z03", "1"]:  # "1" goes on by itself
        keys(view, text)
        if text == "Z03":
            press(view, Qt.Key.Key_Return)
    assert focus_path() == "/data/phone"
    press(view, Qt.Key.Key_Up)
    press(view, Qt.Key.Key_Up)
    assert focus_path() == "/data/zone"
    keys(view, "Z88")
    press(view, Qt.Key.Key_Backtab)  # Shift+Tab: back to the batch, Z88 kept
    assert held(admin, view, "/data/zone") == "Z88"
    press(view, Qt.Key.Key_Return)
    assert focus_path() == "/data/zone" and view.boxes["/data/zone"].text() == "Z88"
    keys(view, "Z77")
    press(view, Qt.Key.Key_Up)
    assert held(admin, view, "/data/zone") == "Z77"
    view.go_to("7")
    keys(view, "Lives alone")
    press(view, Qt.Key.Key_Up)
    assert held(admin, view, "/data/comment") == "Lives alone"
    assert focus_path() == "/data/moved_in"
    press(view, Qt.Key.Key_Down)
    assert view.boxes["/data/comment"].text() == "Lives alone"
    # a click on another box keeps what was typed too
    keys(view, "Shares a latrine")
    zone = view.boxes["/data/zone"]
    QTest.mouseClick(zone, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(zone.hasFocus)
    assert held(admin, view, "/data/comment") == "Shares a latrine"
    # and a refused value left by a click stays on its box, saved as typed, said below
    view.go_to("4")
    keys(view, "4.5")  # income is a whole number
    QTest.mouseClick(zone, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: focus_path() == "/data/income")
    assert held(admin, view, "/data/income") == "4.5" and view.problem.text()


@pytest.mark.parametrize("pace", [0, 400])
def test_enter_after_a_code_that_went_on_passes_the_next_box(qtbot, admin, truth_form, pace):
    """Q2 `1` goes on to Q3 (blank on the paper); the Enter that follows — within a second,
    at 400 ms a key — passes Q3, and Q4's 60000 lands in Q4, not one box early."""
    view = shown_view(qtbot, admin, truth_form)
    facts(view)
    for text in ["Z03\r", "1", "\r", "60000\r", "45\r"]:
        for ch in text:
            if ch == "\r":
                press(view, Qt.Key.Key_Return)
            else:
                keys(view, ch)
            qtbot.wait(pace)
    session = view.keying.session
    assert session.value("/data/phone") == ""
    assert session.value("/data/income") == "60000"
    assert session.value("/data/minutes") == "45"
    assert focus_path() == "/data/moved_in"


def test_the_same_keys_mean_the_same_in_a_filled_paper(qtbot, admin, truth_form):
    """Correcting a filled questionnaire: the Enter after a code that went on by itself
    keeps the next box's value and passes it, as in a new paper — so re-keying a stretch
    stores what the keys say, in order."""
    keyed = ["Z03\r", "1", "\r", "60000\r", "45\r", "01/02/2026\r", "road\r"]

    def key(view):
        for text in keyed:
            for ch in text:
                press(view, Qt.Key.Key_Return) if ch == "\r" else keys(view, ch)

    new = shown_view(qtbot, admin, truth_form)
    facts(new, "21")
    key(new)
    assert QApplication.focusWidget() is new.save_button
    press(new, Qt.Key.Key_Space)  # a Space meant for the comment presses nothing
    keys(new, "road")
    assert new.count == 0 and new.keying.record.number == "21"
    first = {b.path: new.keying.shown(b) for b in new.keying.boxes}
    new.finish()
    assert new.count == 1
    # the same paper opened again, filled with other values, re-keyed from Q1
    other = Keying.start(admin, truth_form)
    for name, text in (("number", "22"), ("interview_date", "12/03/2026")):
        other.enter_paper(name, text)
    other.enter_paper("paper_enumerator", "E07")
    for path, text in [
        ("/data/zone", "Z99"),
        ("/data/head", "2"),
        ("/data/phone", "0777"),
        ("/data/income", "5"),
        ("/data/minutes", "9"),
    ]:
        other.enter(next(b for b in other.boxes if b.path == path), text)
    filled = shown_view(qtbot, admin, truth_form, resume=admin.store.keying(other.draft.uuid))
    filled.go_to("1")
    key(filled)
    again = {b.path: filled.keying.shown(b) for b in filled.keying.boxes}
    assert {p: v for p, v in again.items() if p != "/data/phone"} == {
        p: v for p, v in first.items() if p != "/data/phone"
    }
    assert again["/data/phone"] == "0777"  # passed by Enter, kept as it stood
    assert QApplication.focusWidget() is filled.save_button


def test_the_papers_number_is_digits_or_its_qr_code(qtbot, admin, truth_form):
    view = shown_view(qtbot, admin, truth_form)
    view.paper_boxes["number"].setFocus()
    keys(view, "road")
    press(view, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.paper_boxes["number"]
    assert "digits" in view.problem.text()
    k = Keying.start(admin, truth_form)
    assert k.enter_paper("number", "daftari:truth:1:205") is None and k.record.number == "205"
    assert k.enter_paper("number", "٢٠٦") is None and k.record.number == "206"


def test_an_impossible_date_is_said_as_such(admin, truth_form):
    k = Keying.start(admin, truth_form)
    assert k.enter_paper("interview_date", "31/02/2026").word == "no_such_day"
    moved = next(b for b in k.boxes if b.path == "/data/moved_in")
    assert k.enter(moved, "29/02/2027").word == "no_such_day"
    assert k.enter(moved, "29/02/2024") is None


def test_leaving_after_only_a_number_keeps_nothing(qtbot, admin, truth_form):
    view = shown_view(qtbot, admin, truth_form)
    view.paper_boxes["number"].setFocus()
    keys(view, "daftari:truth:1:301")  # a scanned code
    press(view, Qt.Key.Key_Return)
    uuid = view.keying.draft.uuid
    view.leave()
    assert admin.store.keying(uuid) is None
    assert uuid not in admin.submission_ids(SubmissionFilter())


def test_a_second_clerk_sees_none_of_the_first_clerks_drafts(qtbot, client, admin, truth_form):
    """On a shared office computer: the first keying of a paper is the first clerk's alone —
    not listed for the second, not opened by them (the second keying stays blind)."""
    from desktop_app import batches

    batches.register(admin, truth_form, "B1", expected=1, verify_percent=100)
    k = Keying.start(admin, truth_form, batch="B1")
    for name, text in (("number", "5"), ("interview_date", "12/03/2026")):
        k.enter_paper(name, text)
    k.enter_paper("paper_enumerator", "E07")
    k.enter(next(b for b in k.boxes if b.path == "/data/zone"), "Z03")
    assert k.finish() == []  # held as a checked draft until the batch is released
    half = Keying.start(admin, truth_form)  # and one left half-keyed
    half.enter(next(b for b in half.boxes if b.path == "/data/zone"), "Z04")
    mine = admin.submission_ids(SubmissionFilter(status="draft"))
    assert set(mine) == {k.draft.uuid, half.draft.uuid}
    admin.add_user("baraka", "baraka-clerk-26")
    baraka = client.login("baraka", "baraka-clerk-26")
    assert baraka.submission_ids(SubmissionFilter(status="draft")) == []
    assert baraka.status_counts()["draft"] == 0
    assert baraka.submission_ids(SubmissionFilter(), "Z03") == []
    with pytest.raises(NotAllowed):
        baraka.open_submission(k.draft.uuid)
    # the second keying still finds the paper and compares the two
    second = Keying.start(baraka, truth_form, second=True)
    assert second.enter_paper("number", "5") is None
    for name, text in (("interview_date", "12/03/2026"), ("paper_enumerator", "E07")):
        second.enter_paper(name, text)
    second.enter(next(b for b in second.boxes if b.path == "/data/zone"), "Z08")
    assert second.finish() == []
    assert [d.path for d in baraka.store.differences([k.draft.uuid])] == ["/data/zone"]


def test_a_papers_value_kept_as_written(qtbot, admin, truth_form):
    """720 minutes where the rule allows 0–600: Enter (or Esc) corrects it — a stray key
    keeps nothing; Alt+K keeps it as written, with a note, flagged; the questionnaire is
    saved with it, and the paper's facts the sync sends carry it."""
    view = shown_view(qtbot, admin, truth_form)
    facts(view, "31")
    view.go_to("5")
    keys(view, "720")  # three digits: the box is done by itself, and the rule refuses it
    ask = next(d for d in view.findChildren(KeepAsWritten) if d.isVisible())
    assert "720" in ask.findChildren(type(view.title))[0].text()
    press(ask, Qt.Key.Key_Return)  # the default corrects
    qtbot.waitUntil(lambda: not ask.isVisible())
    assert focus_path() == "/data/minutes" and view.keying.written_values() == {}
    keys(view, "720")
    ask = next(d for d in view.findChildren(KeepAsWritten) if d.isVisible())
    keys(ask, "seen on the paper twice")
    press(ask, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not ask.isVisible())
    qtbot.waitUntil(lambda: focus_path() == "/data/moved_in")
    kept = view.keying.written_values()["/data[1]/minutes[1]"]
    assert kept == {
        "value": "720",
        "rule": "Between 0 and 600 minutes.",
        "note": "seen on the paper twice",
    }
    assert view.hints["/data/minutes"].text() == "kept as on paper"
    uuid = view.keying.draft.uuid
    with qtbot.waitSignal(view.keyed):
        press(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert admin.store.submission(uuid).status == "finalized"
    assert admin.submission_data(uuid)["minutes"] == 720
    # the record keeps it encrypted: no clear value in the database file
    record = admin.store.keying(uuid)
    assert record.as_written and b"720" not in record.as_written


def test_a_second_keying_suggests_the_next_paper_chosen_for_one(qtbot, client, admin, truth_form):
    from desktop_app import batches

    batches.register(
        admin, truth_form, "B3", expected=10, first_number=1, last_number=10, verify_percent=30
    )
    for number in range(1, 11):
        k = Keying.start(admin, truth_form, batch="B3")
        for name, text in (
            ("number", str(number)),
            ("interview_date", "12/03/2026"),
            ("paper_enumerator", "E07"),
        ):
            k.enter_paper(name, text)
        assert k.finish() == []
    waiting = batches.progress(admin, truth_form, "B3").waiting
    assert len(waiting) == 3
    admin.add_user("baraka", "baraka-clerk-26")
    baraka = client.login("baraka", "baraka-clerk-26")
    view = shown_view(qtbot, baraka, truth_form, second=True)
    view.paper_boxes["number"].setFocus()
    first = sorted(waiting, key=int)[0]
    for text in [first, "12/03/2026", "E07"]:
        keys(view, text)
        press(view, Qt.Key.Key_Return)
    with qtbot.waitSignal(view.keyed):
        press(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.paper_boxes["number"].text() == sorted(waiting, key=int)[1]


def test_a_kept_values_rule_goes_in_the_forms_own_language(admin):
    """A clerk keying in Kiswahili sees the rule in Kiswahili; what goes to the exports and
    the review is the form's own language, as every other column of the export."""
    k = Keying.start(admin, "household", language="Swahili (sw)")
    minutes = next(b for b in k.boxes if b.path.endswith("water_minutes"))
    refusal = k.enter(minutes, "720")
    assert refusal.keepable and "600" in refusal.text
    k.keep_as_written(minutes, "")
    kept = next(iter(k.written_values().values()))
    english = k.draft.issue(minutes.node).text("English (en)")
    assert kept["rule"] == english and refusal.text != english
