"""Types into the real Daftari window like an enumerator, for the autosave kill test.

Run as its own process: ``python autosave_driver.py HOME PASSWORD SEED``. It logs in through
the login screen, resumes the draft in progress (Enter on the Drafts list) or starts a new
population count (Ctrl+N), and types into whatever question has the focus: digits for
numbers, letters for text, "1" for a choice, space for an acknowledgement, then Tab. After
each key press has been handled it prints ``{"uuid", "path", "value"}``: what is now on
screen for that question (it checks the editor shows exactly the answer it prints).
"""

from __future__ import annotations

import json
import os
import random
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QRadioButton  # noqa: E402

from desktop_app.app import open_client  # noqa: E402
from desktop_app.ui.filling import FillingView  # noqa: E402
from desktop_app.ui.home import HomeView  # noqa: E402
from desktop_app.ui.login import LoginView  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.questions import GeopointEditor, TextEditor  # noqa: E402

home, password, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(seed)
app = QApplication([])
client = open_client(home)
window = MainWindow(client)
window.show()
plan: list[str] = []  # keys still to type into the focused question
fields_done = 0
finalizing = ""


def say(**values) -> None:
    sys.stdout.write(json.dumps(values) + "\n")
    sys.stdout.flush()


def step() -> None:
    global plan, fields_done, finalizing
    view = window.centralWidget()
    if finalizing and not isinstance(view, FillingView):
        say(finalized=finalizing)
        finalizing = ""
    if isinstance(view, LoginView):
        QTest.keyClicks(view.password, password)
        QTest.keyClick(view.password, Qt.Key.Key_Return)
        QTimer.singleShot(50, step)
        return
    if isinstance(view, HomeView):
        if not (view.model.rowCount() or view.empty.text()):
            # the list loads on the store thread: decide only once it is there (resume the
            # draft in progress rather than start another one on a busy machine)
            QTimer.singleShot(20, step)
            return
        if view.model.rowCount() and view.status() == "draft":
            QTest.keyClick(view.table, Qt.Key.Key_Return)
        else:
            view.form_list.setFocus()
            view.form_list.setCurrentRow(view.form_list.count() - 1)  # the population count
            QTest.keyClick(view.form_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        QTimer.singleShot(20, step)
        return
    if not isinstance(view, FillingView):
        QTimer.singleShot(20, step)
        return
    if fields_done > 150:
        say(done=True)
        app.quit()
        return
    if view.page.kind == "end":  # finalize (Alt+F) and start the next one from the home screen
        finalizing = view.draft.uuid
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
        QTimer.singleShot(20, step)
        return
    if view.page.kind == "add_repeat":
        QTest.keyClick(view, Qt.Key.Key_Return)
        QTimer.singleShot(0, step)
        return
    focus = app.focusWidget()
    box = next(
        (
            b
            for b in view.boxes
            if b.editor is not None and (b.editor is focus or b.editor.isAncestorOf(focus))
        ),
        None,
    )
    if box is None:
        QTest.keyClick(view, Qt.Key.Key_PageDown)
        QTimer.singleShot(0, step)
        return
    if not plan:
        plan = keys_for(box, focus)
    key = plan.pop(0)
    if key == "\t":
        fields_done += 1
        QTest.keyClick(focus, Qt.Key.Key_Tab)
    elif key == " ":
        QTest.keyClick(focus, Qt.Key.Key_Space)
    else:
        QTest.keyClick(focus, key)
    # the key press has been handled: report what the screen shows for this question
    if key != "\t":
        if isinstance(box.editor, TextEditor):
            assert box.editor.line.text() == box.node.text, (box.editor.line.text(), box.node.text)
        say(uuid=view.draft.uuid, path=box.node.abs_path(indexed=True), value=box.node.text)
    QTimer.singleShot(rng.randint(0, 3), step)


def keys_for(box, focus) -> list[str]:
    el = box.editor.el
    if isinstance(focus, (QRadioButton,)):
        return ["1", "\t"] if not box.node.text else ["\t"]
    if isinstance(focus, QCheckBox):
        return [" ", "\t"] if not box.node.text else ["\t"]
    if isinstance(focus, QLineEdit) and focus.text():
        return ["\t"]  # answered before the last kill: go on
    if isinstance(box.editor, GeopointEditor):
        part = box.editor.fields.index(focus)
        return [*(["3.7", "34.8", "5"][part]), "\t"]
    if el.data_type == "int":
        fixed = {"n_dwellings": "9", "n_occupied": "1"}  # the form's totals check holds
        return [fixed.get(el.name, str(rng.randint(1, 3))), "\t"]
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [*(rng.choice(letters) for _ in range(rng.randint(3, 12))), "\t"]


QTimer.singleShot(0, step)
sys.exit(app.exec())
