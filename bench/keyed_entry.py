"""Keyed entry of paper questionnaires against the enumerator's form view: keystrokes per
household questionnaire (a 3-member roster), and the keyed-entry screen's response per field.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/keyed_entry.py [--samples 5] [--seed 5]

The papers are random household submissions (``form_engine.fill.random_submissions``) whose
respondent agreed and whose household has three members. Each paper is keyed through the
window by scripted key presses, each sent to the window as a keyboard delivers it (so the
focused widget and the window's shortcuts get it): once in keyed entry (View → Key paper
questionnaires: the paper's number, interview date as DD/MM/YYYY, enumerator and batch,
then every box, Enter on the save button), once in the form view (a new submission, page
by page, finalized with Alt+F). Every key press counts once (a chord such as Alt+F is one).
Calculated values, metadata and a geopoint's altitude and accuracy are not keyed. Each run
is checked: finalized, and every answer the paper asks stored as the paper has it (MISMATCH
lines otherwise; such a run is named and left out of the figures).

Response per field: from the key that leaves a keyed-entry box (Enter, or a choice's code
that goes on by itself) to the next box focused, events processed.

Targets (issue 12): keyed entry at least 30 % fewer keystrokes than the form view; the next
box ready within 20 ms at p99. Runs offscreen. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.form_engine import percentile  # noqa: E402
from bench.machine import say as say_machine  # noqa: E402
from desktop_app.app import standard_forms  # noqa: E402
from desktop_app.client import Client  # noqa: E402
from desktop_app.crypto import KdfParams  # noqa: E402
from desktop_app.keying import Box, Keying, stored, written  # noqa: E402
from desktop_app.pages import node_key  # noqa: E402
from desktop_app.paths import Home  # noqa: E402
from desktop_app.store import KeyingRecord  # noqa: E402
from desktop_app.ui.choice_editors import ChoiceEditor  # noqa: E402
from desktop_app.ui.filling import FillingView  # noqa: E402
from desktop_app.ui.home import HomeView  # noqa: E402
from desktop_app.ui.keyed_entry import KeyBox, KeyedEntryView  # noqa: E402
from desktop_app.ui.login import LoginView  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.questions import (  # noqa: E402
    AcknowledgeEditor,
    GeopointEditor,
    MultilineEditor,
    ReadOnlyValue,
    TextEditor,
)
from form_engine import load_xlsform  # noqa: E402

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)  # the client's clock: the papers are older
PAPER_DATE = "12/03/2026"
PASSWORD = "kakuma-2026"
FORM = ROOT / "forms" / "household.xlsx"
BOXES_AT_MOST = 600  # a driver that goes round in circles stops here


@dataclass
class Run:
    """One paper keyed one way: its keys (by kind of question: typed characters and the keys
    that move on), the response of each box (keyed entry) and what went wrong."""

    typed: Counter = field(default_factory=Counter)
    moves: Counter = field(default_factory=Counter)
    responses: list[tuple[float, str]] = field(default_factory=list)  # (ms, box)
    save_ms: float = 0.0
    uuid: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def keys(self) -> int:
        return sum(self.typed.values()) + sum(self.moves.values())


# -- keys, as a keyboard delivers them ------------------------------------------------------


def press(window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press to the window: the focused widget and the window's shortcuts get it."""
    QTest.keyClick(window.windowHandle(), key, modifier)


def keys(window, text: str) -> None:
    """Typed text, each character one key press sent to the window."""
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


def pump(app: QApplication, until, timeout: float = 20.0) -> bool:
    t = time.perf_counter()
    while not until():
        app.processEvents()
        if time.perf_counter() - t > timeout:
            return False
    return True


def timed(app: QApplication, action) -> float:
    """ms from the key event until its events are processed."""
    t = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - t) * 1000


# -- the paper ------------------------------------------------------------------------------


def household_samples(form, count: int, seed: int, pool: int) -> tuple[list[dict], int]:
    """The first ``count`` random households that agreed and have three members."""
    from form_engine.fill import random_submissions

    found = []
    for s in random_submissions(form, pool, seed=seed, now=NOW):
        d = s["data"]
        if d.get("identification/consent") == "yes" and str(d.get("survey/hh_size")) == "3":
            found.append(d)
    return found[:count], len(found)


def _intended(data, box):
    """The answer the paper holds for a box, as stored (values, not codes)."""
    return stored(data, box)


def kind_of(el) -> str:
    """The kind of question, for where the keys go."""
    if el.xlsform_type == "note":
        return "note page"
    if el.control == "select1":
        return "select one"
    if el.control == "select":
        return "select multiple"
    if el.control == "trigger":
        return "acknowledge"
    return {"int": "integer", "string": "text"}.get(el.data_type or "", el.data_type or "text")


# -- keyed entry (the driver of tests/desktop_app/test_keyed_entry.py, with timings) --------


def key_questionnaire(app, window, view: KeyedEntryView, data, paper: list[str]) -> Run:
    """Key the paper as a clerk does, from what has the focus: its number and facts, then each
    box the skip logic opens, a choice by its code, then Enter on the save button."""
    run = Run()
    saved: list[str] = []
    view.keyed.connect(saved.append)
    try:
        for name, text in zip(("number", "date", "enumerator", "batch"), paper, strict=True):
            focus = QApplication.focusWidget()
            if not isinstance(focus, KeyBox) or not isinstance(focus.key, str):
                run.problems.append(f"the paper's {name}: the focus is not on its box ({focus})")
                return run
            keys(window, text)
            run.typed["paper facts"] += len(text)
            ms = timed(app, lambda: press(window, Qt.Key.Key_Return))
            run.moves["paper facts"] += 1
            if QApplication.focusWidget() is focus or view.problem.text():
                run.problems.append(f"the paper's {name} {text!r}: {view.problem.text()}")
                return run
            run.responses.append((ms, f"paper: {focus.key}"))
        for _ in range(BOXES_AT_MOST):
            kb = QApplication.focusWidget()
            if not isinstance(kb, KeyBox):
                break
            if not isinstance(kb.key, Box):
                run.problems.append(f"back on the paper's {kb.key} box")
                return run
            box = kb.key
            kind = "another entry?" if box.more else kind_of(box.element)
            text = written(data, box)
            keys(window, text[:-1])
            run.typed[kind] += len(text)
            ms = None
            if text:  # the last character: a whole code goes on by itself
                ms = timed(app, lambda t=text: keys(window, t[-1]))
                if QApplication.focusWidget() is kb and not view.problem.text():
                    ms = None
            if ms is None and not view.problem.text():  # not gone on by itself
                ms = timed(app, lambda: press(window, Qt.Key.Key_Return))
                run.moves[kind] += 1
            if view.problem.text() or QApplication.focusWidget() is kb:
                run.problems.append(f"{box.path} {text!r} refused: {view.problem.text()}")
                return run
            run.responses.append((ms, box.path))
        else:
            run.problems.append(f"more than {BOXES_AT_MOST} boxes: going round in circles?")
            return run
        if QApplication.focusWidget() is not view.save_button:
            run.problems.append(f"after the last box the focus is on {QApplication.focusWidget()}")
            return run
        run.save_ms = timed(app, lambda: press(window, Qt.Key.Key_Return))
        run.moves["save / finalize"] += 1
        if not saved:
            run.problems.append(f"not saved: {view.problem.text()}")
            return run
        run.uuid = saved[0]
        return run
    finally:
        view.keyed.disconnect(saved.append)


# -- the form view --------------------------------------------------------------------------


def answer_box(window, box, want: str, run: Run, kind: str) -> str | None:
    """Key one question of a page (without the key that leaves it); why not, if it cannot."""
    ed = box.editor
    node = box.node
    if isinstance(ed, ChoiceEditor):
        chosen = node.text.split()
        wanted = want.split()
        if ed.multiple:  # each code toggles its choice
            toggles = [v for v in chosen if v not in wanted] + [
                v for v in wanted if v not in chosen
            ]
        elif node.text == want:
            toggles = []
        elif not want:
            return f"{node_key(node)}: a single choice cannot be cleared by a code"
        else:
            toggles = wanted
        for i, value in enumerate(toggles):
            if value not in ed.values:
                return f"{node_key(node)}: {value!r} is not offered"
            code = ed.codes[ed.values.index(value)]
            keys(window, code)
            run.typed[kind] += len(code)
            if ed.pending and i < len(toggles) - 1:  # 1 of 1, 10, 11: Space ends the code
                press(window, Qt.Key.Key_Space)
                run.typed[kind] += 1
        return None
    if isinstance(ed, GeopointEditor):
        lat, lon = ([*want.split(), "", ""])[:2]
        shown = [f.text() for f in ed.fields[:2]]
        if shown == [lat, lon]:
            return None
        if any(f.text() for f in ed.fields):
            return f"{node_key(node)}: the geopoint holds {shown} already"
        keys(window, lat)
        press(window, Qt.Key.Key_Tab)  # to the longitude
        keys(window, lon)
        run.typed[kind] += len(lat) + 1 + len(lon)
        return None
    if isinstance(ed, AcknowledgeEditor):
        if (want == "OK") != ed.box.isChecked():
            keys(window, "1")
            run.typed[kind] += 1
        return None
    if isinstance(ed, TextEditor | MultilineEditor):
        line = ed.line if isinstance(ed, TextEditor) else ed.box
        held = line.text() if isinstance(ed, TextEditor) else line.toPlainText()
        if held == want:
            return None
        if held:  # replace what it holds
            press(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            run.typed[kind] += 1
        if want:
            keys(window, want)
            run.typed[kind] += len(want)
        elif held:
            press(window, Qt.Key.Key_Delete)
            run.typed[kind] += 1
        return None
    return f"{node_key(node)}: no keyboard driver for {type(ed).__name__}"


def fill_by_pages(app, window, data) -> Run:
    """From the home screen: Ctrl+N (not counted: the form view's questionnaire starts at
    its new submission), then page by page, each question's answer and the key that goes
    on (Enter; Tab between the questions of a field-list page), Alt+F on the last page."""
    run = Run()
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = window.centralWidget()
    if not isinstance(view, FillingView):
        run.problems.append(f"Ctrl+N opened {type(view).__name__}, not the form")
        return run
    run.uuid = view.draft.uuid
    for _ in range(BOXES_AT_MOST):
        page = view.page
        if page.kind == "end":
            break
        where = (view.index, page.key)
        if page.kind == "add_repeat":  # not in this form (its roster follows a count)
            wanted = data.get(page.repeat.path.removeprefix("/data/")) or []
            count = len(page.parent.named(page.repeat.name))
            more = len(wanted) > count
            press(
                window,
                Qt.Key.Key_A if more else Qt.Key.Key_Return,
                Qt.KeyboardModifier.AltModifier if more else Qt.KeyboardModifier.NoModifier,
            )
            run.moves["another entry?"] += 1
            pump(app, lambda w=where: (view.index, view.page.key) != w, timeout=2)
            continue
        editable = [
            b
            for b in view.boxes
            if b.editor is not None and not isinstance(b.editor, ReadOnlyValue)
        ]
        if not editable:  # a note: Enter goes on
            press(window, Qt.Key.Key_Return)
            run.moves["note page"] += 1
        for i, box in enumerate(editable):
            kind = kind_of(box.el)
            paper = SimpleNamespace(more=False, path=node_key(box.node), element=box.el, codes=[])
            why = answer_box(window, box, _intended(data, paper), run, kind)
            if why is not None:
                run.problems.append(why)
                return run
            last = i == len(editable) - 1
            leave = Qt.Key.Key_Tab if not last or isinstance(box.editor, MultilineEditor) else None
            press(window, leave or Qt.Key.Key_Return)
            run.moves[kind] += 1
        if (view.index, view.page.key) == where:
            messages = [b.message.text() for b in view.boxes if b.message.text()]
            run.problems.append(f"page {page.key} not left: {'; '.join(messages)}")
            return run
    else:
        run.problems.append(f"more than {BOXES_AT_MOST} pages: going round in circles?")
        return run
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    run.moves["save / finalize"] += 1
    if not pump(app, lambda: isinstance(window.centralWidget(), HomeView), timeout=10):
        problems = [view.problem_list.item(i).text() for i in range(view.problem_list.count())]
        run.problems.append(f"not finalized: {'; '.join(problems)}")
    return run


# -- checking what was stored ----------------------------------------------------------------


def check(user, run: Run, data, how: str, paper: int) -> None:
    """Finalized, and every answer the paper asks as the paper has it; MISMATCH lines (also
    for a run the driver could not finish)."""
    if not run.uuid and not run.problems:
        run.problems.append("nothing was saved")
    if not run.problems:
        record = user.store.submission(run.uuid)
        if record.status != "finalized":
            run.problems.append(f"stored as {record.status!r}, not finalized")
        keying = user.store.keying(run.uuid) or KeyingRecord(
            uuid=run.uuid, form_id=record.form_id, keyed_by="", started_at=""
        )
        stored = Keying(user.open_submission(run.uuid), keying, now=lambda: NOW)
        for b in stored.boxes:
            if b.more:
                continue
            want, got = _intended(data, b), b.node.text
            if got != want:
                run.problems.append(f"{b.path}: stored {got!r}, the paper has {want!r}")
    for problem in run.problems:
        print(f"MISMATCH {how}, paper {paper}: {problem}")


# -- the window ------------------------------------------------------------------------------


def open_window(app, client) -> MainWindow:
    window = MainWindow(client)
    window.show()
    window.activateWindow()  # keys and shortcuts go to the active window
    pump(app, window.isActiveWindow)
    login = window.centralWidget()
    assert isinstance(login, LoginView)
    login.password.setFocus()
    keys(window, PASSWORD)
    press(window, Qt.Key.Key_Return)
    pump(app, lambda: isinstance(window.centralWidget(), HomeView))
    return window


def choose_form(app, window, form_id: str) -> None:
    """Select the form on the home screen (once: the window keeps it selected)."""
    home = window.centralWidget()
    assert isinstance(home, HomeView)
    row = next(
        i
        for i in range(home.form_list.count())
        if home.form_list.item(i).data(Qt.ItemDataRole.UserRole) == form_id
    )
    home.form_list.setCurrentRow(row)
    home.form_list.setFocus()
    pump(app, home.form_list.hasFocus)


def quiet_offscreen_warnings() -> None:
    """The offscreen platform says "does not support propagateSizeHints()" at every dialog
    and layout change: dropped, every other message kept."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=5)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--pool", type=int, default=200, help="random submissions to pick from")
    args = parser.parse_args()

    from desktop_app.ui.i18n import load_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_fonts()
    quiet_offscreen_warnings()
    form = load_xlsform(FORM)
    samples, households = household_samples(form, args.samples, args.seed, args.pool)
    print(
        f"household questionnaire, 3-member roster: {len(samples)} paper(s) "
        f"(random_submissions seed {args.seed}: {households} of {args.pool} agreed, 3 members)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        client = Client(
            Home.resolve(Path(tmp) / "home"),
            clock=lambda: NOW,
            kdf=KdfParams(memory_kib=1024, iterations=1),
        )
        client.install_forms(standard_forms())
        user = client.create_first_user("amina", PASSWORD, enumerator_id="E01", site="Kakuma")
        client.store.set_setting("lock_minutes", 0)  # no lock in the middle of the bench
        window = open_window(app, client)

        keyed: list[Run] = []
        window._key_form("household", "en")
        view = window.centralWidget()
        assert isinstance(view, KeyedEntryView)
        pump(app, lambda: QApplication.focusWidget() is view.paper_boxes["number"])
        app.processEvents()  # as a keyboard never outruns it: the box selects what it holds
        for i, data in enumerate(samples, 1):
            run = key_questionnaire(
                app, window, view, data, [str(100 + i), PAPER_DATE, "E07 Halima", "B-07"]
            )
            check(user, run, data, "keyed entry", i)
            if not run.problems and run.uuid:
                record = user.store.keying(run.uuid)
                facts = (record.number, record.interview_date, record.paper_enumerator)
                if facts != (str(100 + i), "2026-03-12", "E07 Halima") or record.batch != "B-07":
                    print(f"MISMATCH keyed entry, paper {i}: the paper's facts stored as {facts}")
                    run.problems.append("facts")
                if user.submission_data(run.uuid).get("today") != "2026-03-12":
                    print(f"MISMATCH keyed entry, paper {i}: today is not the interview date")
                    run.problems.append("today")
            keyed.append(run)
            if run.problems:  # start the next paper afresh
                window._key_form("household", "en")
                view = window.centralWidget()
                pump(app, lambda v=view: QApplication.focusWidget() is v.paper_boxes["number"])
                app.processEvents()

        paged: list[Run] = []
        window.show_home()
        choose_form(app, window, "household")
        for i, data in enumerate(samples, 1):
            run = fill_by_pages(app, window, data)
            check(user, run, data, "form view", i)
            paged.append(run)
            if not isinstance(window.centralWidget(), HomeView):
                window.show_home()
        window.close()
        client.close()

    report(samples, keyed, paged)


def report(samples: list[dict], keyed: list[Run], paged: list[Run]) -> None:
    good = [i for i in range(len(samples)) if not keyed[i].problems and not paged[i].problems]
    print()
    print(f"{'keystrokes per questionnaire':40} {'keyed entry':>12} {'form view':>10}")
    for i, data in enumerate(samples):
        mark = "" if i in good else "   (failed: left out)"
        label = f"paper {i + 1} (household {data.get('identification/hh_no')})"
        print(f"  {label:38} {keyed[i].keys:>12} {paged[i].keys:>10}{mark}")
    if not good:
        print("no paper was keyed right both ways: no figures")
        return
    k = statistics.mean(keyed[i].keys for i in good)
    f = statistics.mean(paged[i].keys for i in good)
    print(f"  {'mean of ' + str(len(good)) + ' papers':38} {k:>12.1f} {f:>10.1f}")
    fewer = (f - k) / f * 100
    print(
        f"keyed entry: {fewer:.1f} % {'fewer' if fewer >= 0 else 'MORE'} keystrokes than the "
        f"form view (target: at least 30 % fewer) — "
        f"{'met' if fewer >= 30 else 'NOT met'}"
    )
    paper_chars = statistics.mean(keyed[i].typed["paper facts"] for i in good)
    print(
        f"  (in a stack from one enumerator and day, where Enter keeps the next number, the "
        f"date, enumerator and batch: {k - paper_chars:.1f}, {(f - k + paper_chars) / f * 100:.1f} "
        f"% fewer; derived, not driven. The form view's Ctrl+N to start each is not counted.)"
    )

    print()
    print("where the keys go (mean per questionnaire: typed + keys that go on)")
    print(f"  {'kind':18} {'keyed entry':>20} {'form view':>20}")
    kinds = Counter()
    for i in good:
        for run in (keyed[i], paged[i]):
            for kind, n in (run.typed + run.moves).items():
                kinds[kind] += n
    for kind, _ in kinds.most_common():
        cells = []
        for runs in (keyed, paged):
            typed = statistics.mean(runs[i].typed[kind] for i in good)
            moves = statistics.mean(runs[i].moves[kind] for i in good)
            cells.append(
                f"{typed + moves:6.1f} ({typed:.1f} + {moves:.1f})" if typed + moves else "-"
            )
        print(f"  {kind:18} {cells[0]:>20} {cells[1]:>20}")
    # The answers' own characters are the same in both (a name is its letters); what keyed
    # entry can save is the keys between them, and it adds the paper's facts the form view
    # cannot hold at all: both said apart.
    moves_k, moves_f = (
        statistics.mean(sum(r[i].moves.values()) - r[i].moves["paper facts"] for i in good)
        for r in (keyed, paged)
    )
    answers_k = k - paper_chars - statistics.mean(keyed[i].moves["paper facts"] for i in good)
    print(
        f"  keys that go on, the paper's facts left out: {moves_k:.1f} against {moves_f:.1f}, "
        f"{(moves_f - moves_k) / moves_f * 100:.1f} % fewer; the answers alone (the paper's "
        f"facts left out): {answers_k:.1f} against {f:.1f}, {(f - answers_k) / f * 100:.1f} % "
        "fewer"
    )

    responses = [r for i in good for r in keyed[i].responses]
    times = [ms for ms, _ in responses]
    print()
    print(
        f"keyed entry, response per field (Enter or a code that goes on by itself → the next "
        f"box focused, events processed; {len(times)} boxes of {len(good)} papers): "
        f"p50 {percentile(times, 50):.1f} ms, p99 {percentile(times, 99):.1f} ms, "
        f"max {max(times):.1f} ms (target: p99 under 20 ms)"
    )
    worst: dict[str, float] = {}
    for ms, where in responses:
        worst[where] = max(ms, worst.get(where, 0.0))
    slowest = sorted(worst.items(), key=lambda item: -item[1])[:6]
    print("  slowest boxes (worst of each): " + ", ".join(f"{w} {ms:.1f}" for w, ms in slowest))
    rest = [ms for ms, where in responses if where != slowest[0][0]]
    print(f"  without {slowest[0][0]}: p99 {percentile(rest, 99):.1f} ms, max {max(rest):.1f} ms")
    saves = [keyed[i].save_ms for i in good]
    print(
        f"  saving (Enter on the save button → the next questionnaire ready): "
        f"median {statistics.median(saves):.0f} ms, max {max(saves):.0f} ms"
    )


if __name__ == "__main__":
    say_machine()
    main()
    say_machine()  # the load while it ran
