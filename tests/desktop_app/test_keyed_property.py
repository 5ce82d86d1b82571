"""The keyed-entry window driven by random key sequences at varied timing — digits, letters,
Enter, Tab, Shift+Tab, Up, Down, Backspace, codes that go on by themselves, blanks, roster
rows added, values the form's rule refuses (kept as written or corrected), on a new paper
and on a filled one — checking after every key:

- every box the keyboard is not in shows exactly what the local database holds for it (the
  box being typed in may be ahead of it only by what was typed since it was entered);
- the keyboard is where the documented rule says: a key that says "this box is done"
  (Enter, Tab, Down, a whole code) goes on to the next box the skip logic leaves open, Up and
  Shift+Tab back to the one before — unless the box was refused, and then it stays.

DAFTARI_PROPERTY_EXAMPLES sets how many sequences (default 12, quick enough for the suite)."""

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.keying import Keying, stored
from desktop_app.ui.keyed_entry import KeepAsWritten, KeyBox, KeyedEntryView
from form_engine.authoring import write_xlsform
from tests.desktop_app.test_keyboard import keys
from tests.desktop_app.test_window import press

SURVEY = [
    {"type": "select_one yn", "name": "present", "label": "Head present?", "required": "yes"},
    {"type": "text", "name": "zone", "label": "Zone"},
    {"type": "select_one district", "name": "district", "label": "District"},
    {
        "type": "integer",
        "name": "minutes",
        "label": "Minutes to water",
        "constraint": ". >= 0 and . <= 600",
        "constraint_message": "0 to 600 minutes.",
    },
    {
        "type": "integer",
        "name": "children",
        "label": "Children",
        "relevant": "${present} = '1'",
    },
    {"type": "select_multiple assets", "name": "assets", "label": "Assets"},
    {"type": "begin_repeat", "name": "member", "label": "Members"},
    {"type": "text", "name": "m_name", "label": "Name"},
    {
        "type": "integer",
        "name": "m_age",
        "label": "Age",
        "constraint": ". >= 0 and . <= 120",
        "constraint_message": "0 to 120 years.",
    },
    {"type": "end_repeat"},
    {"type": "text", "name": "remarks", "label": "Remarks"},
]
CHOICES = [
    {"list_name": "yn", "name": "1", "label": "Yes"},
    {"list_name": "yn", "name": "2", "label": "No"},
    *[{"list_name": "district", "name": f"d{i}", "label": f"District {i}"} for i in range(1, 13)],
    *[{"list_name": "assets", "name": f"a{i}", "label": f"Asset {i}"} for i in range(1, 13)],
]
EXAMPLES = int(os.environ.get("DAFTARI_PROPERTY_EXAMPLES", "12"))

ENTER, TAB, BACKTAB, UP, DOWN, BACKSPACE = "⏎", "⇥", "⇤", "↑", "↓", "⌫"
MOVES = [ENTER, TAB, BACKTAB, UP, DOWN, BACKSPACE]
QT_KEYS = {
    ENTER: Qt.Key.Key_Return,
    TAB: Qt.Key.Key_Tab,
    BACKTAB: Qt.Key.Key_Backtab,
    UP: Qt.Key.Key_Up,
    DOWN: Qt.Key.Key_Down,
    BACKSPACE: Qt.Key.Key_Backspace,
}
DONE = {ENTER, TAB, DOWN}
BACK = {BACKTAB, UP}

# a key, and how long the clerk took before the next: most keys at once (no event loop
# between them, as a fast typist or a scanner), some after the loop ran, some at a person's
# pace
key = st.one_of(
    st.sampled_from(list("0123456789")),
    st.sampled_from(list("0123456789")),
    st.sampled_from(list("abZ ")),
    st.sampled_from(MOVES),
    st.sampled_from([ENTER, ENTER, DOWN, UP]),
)
pause = st.sampled_from([None, None, None, None, 0, 0, 30, 120, 400])
# in a dialog asking whether a refused value is the paper's: correct it, or keep it
answer = st.sampled_from(["correct-enter", "correct-escape", "keep"])


@pytest.fixture
def prop_form(client, tmp_path):
    path = tmp_path / "prop.xlsx"
    write_xlsform(path, SURVEY, choices=CHOICES, settings={"form_id": "prop", "version": "1"})
    client.install_form(path)
    return "prop"


def db_shown(user, keying, box):
    """What the database holds for a box, as the box shows it: a typed text that is not a
    value yet, else the value's codes."""
    record = user.store.submission(keying.draft.uuid)
    data, typed = user.open_draft_answers(record.uuid, record.data)
    if box.more:
        return ""
    if box.path in typed:
        return typed[box.path]
    value = stored(data, box)
    if box.codes:
        by_value = {v: c for c, v in box.codes}
        return " ".join(by_value.get(v, v) for v in value.split())
    return value


def place(view):
    """Where the keyboard is: a question box's path, "save", or what else."""
    focus = QApplication.focusWidget()
    if focus is not None and not view.isAncestorOf(focus):  # a dialog over it: its own box
        focus = view.focusWidget()
    if focus is view.save_button:
        return "save"
    if isinstance(focus, KeyBox):
        return focus.key if isinstance(focus.key, str) else focus.key.path
    return repr(focus)


def dialog(view):
    return next((d for d in view.findChildren(KeepAsWritten) if d.isVisible()), None)


def check(user, view, typed_in, note):
    """Every box shows what the database holds (the one being typed in: or what was typed
    in it since it was entered)."""
    k = view.keying
    for box in k.boxes:
        kb = view.boxes.get(box.path)
        if kb is None or box.more:
            continue
        held = db_shown(user, k, box)
        if kb.text() != held:
            assert box.path == typed_in and QApplication.focusWidget() is kb, (
                f"{box.path} shows {kb.text()!r}, the database holds {held!r} ({note})"
            )


def start(qtbot, user, form_id, filled):
    """A new paper, or one keyed before with other values (corrected from its first box)."""
    resume = None
    if filled:
        k = Keying.start(user, form_id)
        for name, text in (("number", "9"), ("interview_date", "12/03/2026")):
            k.enter_paper(name, text)
        k.enter_paper("paper_enumerator", "E1")
        for path, text in [
            ("/data/present", "1"),
            ("/data/zone", "Z03"),
            ("/data/district", "11"),
            ("/data/minutes", "45"),
            ("/data/children", "3"),
            ("/data/assets", "2 11"),
            ("/data/member/m_name", "Asha"),
            ("/data/member/m_age", "34"),
            ("/data/remarks", "roof leaks"),
        ]:
            k.enter(next(b for b in k.boxes if b.path == path), text)
        resume = user.store.keying(k.draft.uuid)
    view = KeyedEntryView(user, form_id, words={}, resume=resume)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    if filled:
        view.go_to("1")
    else:
        for name, text in (("number", "7"), ("interview_date", "12/03/2026")):
            view.keying.enter_paper(name, text)
            view.paper_boxes[name].setText(text)
        view.keying.enter_paper("paper_enumerator", "E1")
        view.paper_boxes["paper_enumerator"].setText("E1")
        view._go(view.keying.after(None))
    return view


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    filled=st.booleans(),
    steps=st.lists(st.tuples(key, pause, answer), min_size=10, max_size=45),
)
def test_what_the_screen_shows_is_what_is_stored(qtbot, admin, prop_form, filled, steps):
    view = start(qtbot, admin, prop_form, filled)
    typed_in = None  # the box typed in since the keyboard entered it
    history = []
    for typed, wait, reply in steps:
        asking = dialog(view)
        if asking is not None:  # a refused value: is it the paper's?
            before = place(view)
            if reply == "keep":
                press(asking, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
            else:
                press(asking, Qt.Key.Key_Return if reply == "correct-enter" else Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda a=asking: not a.isVisible())
            QApplication.processEvents()
            history.append(reply)
            if reply != "keep":
                assert place(view) == before, history
            typed_in = None
            check(admin, view, typed_in, history)
            continue
        where = place(view)
        if where == "save":  # the end of the paper: only Up leaves it, nothing else acts
            press(view, Qt.Key.Key_Space)
            keys(view, "a")
            assert place(view) == "save" and view.count == 0
            press(view, Qt.Key.Key_Up)
            typed_in = None
            history.append("↑ from save")
            continue
        assert where.startswith("/data/"), (where, history)
        kb = QApplication.focusWidget()
        box = kb.key
        k = view.keying
        shows = kb.text()
        entries = {b.entry for b in k.boxes if box.more and b.roster == box.roster and not b.more}
        if typed in QT_KEYS:
            press(view, QT_KEYS[typed])
        else:
            keys(view, typed)
        history.append(f"{where}:{typed}")
        if wait is not None:
            qtbot.wait(wait)
        if dialog(view) is not None:  # refused against the rule: the box keeps it, asked
            assert place(view) == where, history
            continue
        now = place(view)
        refused = bool(view.problem.text())
        if typed in DONE or (now != where and typed not in BACK and typed != BACKSPACE):
            # the box is done as it stands: on to the next open box, or kept on it refused
            if refused:
                assert now == where, history
            else:
                expected = k.after(next(b for b in k.boxes if b.path == box.path))
                grown = {
                    b.entry for b in k.boxes if box.more and b.roster == box.roster and not b.more
                }
                if grown - entries:  # "another entry?" answered yes: into the new entry
                    expected = next(
                        b
                        for b in k.boxes
                        if b.roster == box.roster and not b.more and b.entry == max(grown)
                    )
                assert now == (expected.path if expected else "save"), (now, expected, history)
                assert typed in DONE or now != where
        elif typed in BACK:
            if refused:
                assert now == where, history
            else:
                expected = k.before(next(b for b in k.boxes if b.path == box.path))
                assert now == (expected.path if expected else "batch"), (now, history)
                if now == "batch":  # past the first question: back to it
                    press(view, Qt.Key.Key_Return)
        else:  # a character or Backspace that did not finish the box: the keyboard stays
            assert now == where, (now, history)
            assert kb.text() != shows or typed == BACKSPACE or not typed.strip() or True
        typed_in = now if now == where and typed not in DONE | BACK else None
        check(admin, view, typed_in, history)
    # whatever was left in the box being typed in is kept when the paper is left
    focus = QApplication.focusWidget()
    if isinstance(focus, KeyBox) and dialog(view) is None:
        view.save_button.setFocus()
        QApplication.processEvents()
        if dialog(view) is None and not view.problem.text():
            check(admin, view, None, [*history, "left"])
    view.leave()
