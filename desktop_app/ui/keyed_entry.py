"""The clerk's keyed entry: a stack of paper questionnaires keyed heads down. The paper's own
facts first (its number, the interview's date, the enumerator written on it, the batch), then
every question of the paper on one screen in the paper's order, the household roster as rows
of a grid. Keyboard only: Enter (or Tab, or Down) accepts a box and goes to the next one the
skip logic leaves open; Up (or Shift+Tab) goes back; a choice is keyed by its printed code,
and a single choice's code goes on by itself once no longer code could follow;
a refused value stays on its box with the reason below and a beep; Ctrl+Enter (or Enter past
the last box) saves the questionnaire and starts the next, its number one more than the last
and the date, enumerator and batch as before (Enter keeps them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app import batches
from desktop_app.answers import plain_digits
from desktop_app.errors import ClientError
from desktop_app.keying import PAPER_FIELDS, Box, Keying, Refusal, question_numbers
from desktop_app.session import UserSession
from desktop_app.store import KeyingRecord
from desktop_app.ui.dialogs import open_dialog, standard_button_texts
from desktop_app.ui.filling import instance_title, is_right_to_left
from form_engine.repeat_counts import Surplus, surplus

LABEL_CHARS = 70  # a question's label on its row; the whole of it shows below when focused
BOX_WIDTH = 150


class KeyBox(QLineEdit):
    """One box: a question's (``key`` a Box) or one of the paper's facts (``key`` its name)."""

    def __init__(self, view: KeyedEntryView, key: Box | str) -> None:
        super().__init__()
        self.view = view
        self.key = key
        self.typed = False
        self.setFixedWidth(BOX_WIDTH)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt's name
        """Tab accepts too; Shift+Tab goes back (Qt asks this of the box for those keys)."""
        if next:
            self.view.accept(self)
        else:
            self.view.back(self)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, mods = event.key(), event.modifiers()
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and mods & Qt.KeyboardModifier.ControlModifier
        ):
            self.view.finish()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self.view.accept(self)  # always "this box is done, as it stands"
        elif key == Qt.Key.Key_Up:
            self.view.back(self)
        else:
            self.typed = True  # a key before a click's selection: never replaced by it
            super().keyPressEvent(event)
            if event.text() and isinstance(self.key, Box) and self.view.complete(self):
                self.view.accept(self)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.view.focused(self)
        self.selectAll()  # typing replaces what the box holds
        if event.reason() == Qt.FocusReason.MouseFocusReason:  # the click placed a cursor
            self.typed = False

            def select_unless_typed() -> None:
                if self.hasFocus() and not self.typed:
                    self.selectAll()

            QTimer.singleShot(0, select_unless_typed)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.deselect()  # only the box being typed in looks selected
        self.view.left(self, clicked=event.reason() == Qt.FocusReason.MouseFocusReason)


class KeepAsWritten(QDialog):
    """CSEntry's soft check: a value the form's rule does not allow, which may be what the
    paper says. Enter or Esc: correct it (nothing kept by a stray key); Alt+K: keep it as
    written on the paper, with an optional note — flagged for the supervisor, left out of
    the indicators until someone resolves it."""

    KEEP = 2

    def __init__(self, parent: QWidget, *, value: str, rule: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not what the form allows"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "{value} breaks the form's rule: {rule}\n\nIs it what the paper says? Keep it "
                "as written only when the paper says so: the supervisor will see it."
            ).format(value=value, rule=rule)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        note_label = QLabel(self.tr("&Note (optional):"))
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox()
        self.correct = buttons.addButton(
            self.tr("&Correct it"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep = buttons.addButton(
            self.tr("&Keep as written on the paper"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.correct.setDefault(True)
        self.correct.clicked.connect(self.reject)
        self.keep.clicked.connect(lambda: self.done(self.KEEP))
        layout.addWidget(buttons)
        self.note.setFocus()  # Enter still corrects (the default button)


class KeyedEntryView(QWidget):
    keyed = Signal(str)  # a questionnaire saved (its uuid)

    def __init__(
        self,
        user: UserSession,
        form_id: str,
        *,
        words: dict[str, str],
        language: str | None = None,
        batch: str = "",
        second: bool = False,
        resume: KeyingRecord | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("keyedEntry")
        self.second = second  # a second, blind keying of papers keyed already
        self.user = user
        self.form_id = form_id
        self.language = language
        self.words = {**words, **self._words()}
        self.count = 0
        self._moving = False  # a box being committed: its own focus changes are not leaving
        self.keying: Keying | None = None
        self.paper_boxes: dict[str, KeyBox] = {}
        self.boxes: dict[str, KeyBox] = {}  # indexed path -> its box
        self.hints: dict[str, QLabel] = {}
        self._paths: list[str] = []

        outer = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("keyedTitle")
        outer.addWidget(self.title)
        paper = QHBoxLayout()
        labels = {
            "number": self.tr("Questionnaire &number"),
            "interview_date": self.tr("Interview da&te"),
            "paper_enumerator": self.tr("&Enumerator on the paper"),
            "batch": self.tr("&Batch"),
        }
        for name in PAPER_FIELDS:
            box = KeyBox(self, name)
            label = QLabel(labels[name])
            label.setBuddy(box)
            paper.addWidget(label)
            paper.addWidget(box)
            self.paper_boxes[name] = box
        self.paper_boxes["interview_date"].setPlaceholderText(self.tr("DD/MM/YYYY"))
        paper.addStretch(1)
        outer.addLayout(paper)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll_area, 1)
        self.help = QLabel()
        self.help.setObjectName("keyedHelp")
        self.help.setWordWrap(True)
        # at most four lines, so that a long list of codes never pushes the box being typed
        # in off the screen (the whole list is the label's tooltip)
        self.help.setMaximumHeight(self.help.fontMetrics().lineSpacing() * 4 + 4)
        outer.addWidget(self.help)
        self.problem = QLabel()
        self.problem.setObjectName("keyedProblem")
        self.problem.setStyleSheet("color: #b00020; font-weight: bold")
        self.problem.setWordWrap(True)
        outer.addWidget(self.problem)
        bottom = QHBoxLayout()
        self.keys = QLabel(
            self.tr("Enter: next · Up: back · Ctrl+Enter: save this questionnaire and key the next")
        )
        bottom.addWidget(self.keys, 1)
        self.save_button = QPushButton(self.tr("&Save and key the next"))
        self.save_button.clicked.connect(self.finish)
        self.save_button.installEventFilter(self)  # Up goes back to the last box, Enter saves
        self.save_button.setStyleSheet("QPushButton:focus { border: 2px solid #1565c0 }")
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+G"), self, self.ask_go_to)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.finish)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.finish)
        self.paper_boxes["batch"].setText(batch)
        self.start_next(resume)

    def _words(self) -> dict[str, str]:
        return {
            "no_such_code": self.tr("No choice has the code {code}. The codes are {codes}."),
            "one_code": self.tr("One code only: {codes}."),
            "not_offered": self.tr("Code {code} cannot be chosen here (by an earlier answer)."),
            "required": self.tr("This question needs an answer."),
            "paper_number": self.tr(
                "Key the questionnaire's number as written on the paper (digits only), or "
                "scan its QR code."
            ),
            "no_such_day": self.tr(
                "{date} is not a day of the calendar: check the day and the month."
            ),
            "number_keyed": self.tr(
                "Questionnaire {number} was keyed already (on {when}). Check the number."
            ),
            "paper_date": self.tr("Key the interview's date as DD/MM/YYYY."),
            "future_date": self.tr("{date} is after today: check the interview's date."),
            "paper_enumerator": self.tr("Key the enumerator's name or code, as on the paper."),
            "saved": self.tr("Questionnaire {number} saved: {count} keyed in this sitting."),
            "another": self.tr("Another entry? 1: yes · Enter: no"),
            "verified": self.tr(
                "Questionnaire {number} keyed a second time: {differences} answer(s) differ "
                "({count} in this sitting)."
            ),
            "not_keyed_yet": self.tr(
                "Questionnaire {number} has not been keyed a first time (in this batch)."
            ),
            "same_clerk": self.tr(
                "You keyed questionnaire {number} the first time: another clerk keys it again."
            ),
            "verified_already": self.tr("Questionnaire {number} was keyed twice already."),
            "other_form": self.tr("This questionnaire's code is of another form ({form})."),
            "assignment_unknown": self.tr(
                "Assignment {id} of this sheet is not on this computer: sync, then scan it "
                "again. The number is kept."
            ),
            "no_question": self.tr(
                "No question {number} to key here (none has that number, or it is skipped)."
            ),
            "more": self.tr("Key 1 for another entry, or nothing to go on."),
        }

    # -- one questionnaire -------------------------------------------------------------------
    def start_next(self, resume: KeyingRecord | None = None) -> None:
        """A new questionnaire: the paper's facts as before (the number one more), ready;
        ``resume``: a paper begun here and left half-keyed, where it was."""
        previous = self.keying.record if self.keying is not None else None
        if resume is not None:
            draft = self.user.open_submission(resume.uuid, language=self.language)
            self.keying = Keying(draft, resume, now=self.user.client.clock)
            for name in PAPER_FIELDS:
                self.paper_boxes[name].setText(getattr(resume, name))
        else:
            self.keying = Keying.start(
                self.user,
                self.form_id,
                batch=self.paper_boxes["batch"].text().strip(),
                language=self.language,
                second=self.second,
            )
        if resume is None and previous is not None:
            self.paper_boxes["number"].setText(self._next_number(previous))
            for name in ("interview_date", "paper_enumerator"):
                self.paper_boxes[name].setText(getattr(previous, name))
        elif resume is None:
            for name in ("number", "interview_date", "paper_enumerator"):
                self.paper_boxes[name].clear()
        form = self.keying.draft.form
        title = form.titles.get(self.language or "", "") or form.title or form.form_id
        if self.second:
            self.title.setText(
                self.tr("Second keying (blind) of paper questionnaires: {form}").format(form=title)
            )
        else:
            self.title.setText(self.tr("Keying paper questionnaires: {form}").format(form=title))
        self.numbers = question_numbers(form)
        self._build()
        if resume is not None:
            self.focus_first_empty()
        else:
            self.paper_boxes["number"].setFocus()

    def _next_number(self, previous: KeyingRecord) -> str:
        """The number the next paper most likely has (Enter keeps it): one more than the last
        — for a second keying, the next paper of the batch still waiting for its second
        keying (a paper not chosen for one is never suggested)."""
        number = previous.number
        if not self.second:
            return str(int(number) + 1) if number.isdigit() else ""
        if not previous.batch:
            return ""
        try:
            waiting = batches.progress(self.user, self.form_id, previous.batch).waiting
        except ClientError:
            return ""
        ordered = sorted(waiting, key=lambda n: (not n.isdigit(), int(n) if n.isdigit() else 0, n))
        later = [n for n in ordered if n.isdigit() and number.isdigit() and int(n) > int(number)]
        return (later or ordered or [""])[0]

    def focus_first_empty(self) -> None:
        """The first box still to key (a paper taken up again where it was left)."""
        assert self.keying is not None
        k = self.keying
        self._go(next((b for b in k.boxes if k.open(b) and not k.shown(b)), None))

    def _build(self) -> None:
        """The questions' rows and the rosters' grids, for the boxes the questionnaire has
        now: a section of rows, a roster's grid, a section of rows… (a roster gains rows when
        its count is keyed: only its grid is made again, ``_rebuild_rosters``)."""
        assert self.keying is not None
        content = QWidget()
        self.sections_layout = QVBoxLayout(content)
        self.sections_layout.setSpacing(2)
        self.boxes, self.hints = {}, {}
        self.sections: list[tuple[str, list[str], QWidget]] = []  # (roster, paths, widget)
        for roster, boxes in self._sections(self.keying.boxes):
            widget = self._roster_grid(roster, boxes) if roster else self._rows(boxes)
            self.sections.append((roster, [b.path for b in boxes], widget))
            self.sections_layout.addWidget(widget)
        self.sections_layout.addStretch(1)
        if is_right_to_left(self.language or ""):  # the form's language, whatever the menus'
            content.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        old = self.scroll_area.takeWidget()  # not deleted at once: a key of one of its boxes may
        if old is not None:  # be the one being handled
            old.hide()
            old.deleteLater()
        self.scroll_area.setWidget(content)
        self._paths = [b.path for b in self.keying.boxes]
        self._show_states()

    @staticmethod
    def _sections(boxes: list[Box]) -> list[tuple[str, list[Box]]]:
        """Consecutive boxes of one roster, or of none, together."""
        out: list[tuple[str, list[Box]]] = []
        for box in boxes:
            if out and out[-1][0] == box.roster:
                out[-1][1].append(box)
            else:
                out.append((box.roster, [box]))
        return out

    def _rebuild_rosters(self) -> bool:
        """Only the rosters whose rows changed made again (the rest stays as it is: a
        household's count keyed rebuilds its roster, not the page); False when the sections
        themselves changed (then the whole is made again)."""
        assert self.keying is not None
        new = self._sections(self.keying.boxes)
        if [r for r, _ in new] != [r for r, _, _ in self.sections]:
            return False
        for i, ((roster, boxes), (_, paths, widget)) in enumerate(
            zip(new, list(self.sections), strict=True)
        ):
            now = [b.path for b in boxes]
            if now == paths:
                continue
            if not roster:
                return False
            for path in paths:
                self.boxes.pop(path, None)
                self.hints.pop(path, None)
            fresh = self._roster_grid(roster, boxes)
            self.sections_layout.replaceWidget(widget, fresh)
            widget.hide()
            widget.deleteLater()
            self.sections[i] = (roster, now, fresh)
        self._paths = [b.path for b in self.keying.boxes]
        self._show_states()
        return True

    def _box(self, box: Box) -> tuple[KeyBox, QLabel]:
        kb = KeyBox(self, box)
        self.boxes[box.path] = kb
        hint = QLabel()
        hint.setObjectName("keyedHint")
        self.hints[box.path] = hint
        return kb, hint

    def _rows(self, boxes: list[Box]) -> QWidget:
        frame = QWidget()
        grid = QGridLayout(frame)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(3, 1)
        for row, box in enumerate(boxes):
            kb, hint = self._box(box)
            label = self._label(box)
            text = QLabel(label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…")
            text.setToolTip(label)
            text.setBuddy(kb)
            grid.addWidget(QLabel(self._number(box.element.path)), row, 0)
            grid.addWidget(text, row, 1)
            grid.addWidget(kb, row, 2)
            grid.addWidget(hint, row, 3)
        return frame

    def _roster_grid(self, roster: str, boxes: list[Box]) -> QGroupBox:
        """A roster's grid: a column a question, a row an entry, "another?" below; wider
        than the page, it scrolls sideways on its own (the questions above and below stay
        where they are) — the entry's number and its first column (the member's name) stay
        in view, so that a row is checked against the paper without the mouse."""
        group = QGroupBox(self._roster_title(roster))
        frozen, inner = QWidget(), QWidget()
        fixed, grid = QGridLayout(frozen), QGridLayout(inner)
        for g in (fixed, grid):
            g.setHorizontalSpacing(6)
            g.setVerticalSpacing(4)
            g.setContentsMargins(0, 0, 0, 0)
        sideways = QScrollArea()
        sideways.setObjectName("rosterScroll")
        sideways.setWidget(inner)
        sideways.setWidgetResizable(True)
        sideways.setFrameShape(QFrame.Shape.NoFrame)
        sideways.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sideways.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        row = QHBoxLayout(group)
        row.addWidget(frozen)
        row.addWidget(sideways, 1)
        line_height = self.fontMetrics().lineSpacing()
        heights: dict[int, int] = {0: line_height * 2 + 2}
        columns: dict[str, int] = {}
        for box in boxes:
            if box.more and box.element.repeat_count:  # its count decides: nothing to key
                continue
            kb, hint = self._box(box)
            hint.setFixedHeight(line_height)
            line = box.entry * 2 - 1
            heights[line] = self._box_height(kb)
            heights[line + 1] = line_height
            if box.more:  # "another?" below the entries
                fixed.addWidget(QLabel("+"), line, 0)
                fixed.addWidget(kb, line, 1)
                hint.setText(self.words["another"])
                grid.addWidget(hint, line, 0, 1, 4)
                kb.setFixedWidth(60)
                continue
            el = box.element
            if el.path not in columns:
                columns[el.path] = len(columns) + 1
                label = self._heading(box)
                head = QLabel(self._numbered(el.path, label))
                head.setWordWrap(True)  # whole words over two lines; all of it below
                head.setFixedSize(110, heights[0])
                head.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
                head.setToolTip(label)
                where = fixed if columns[el.path] == 1 else grid
                where.addWidget(head, 0, columns[el.path])
            where = fixed if columns[el.path] == 1 else grid
            if columns[el.path] == 1:
                fixed.addWidget(QLabel(str(box.entry)), line, 0)
            where.addWidget(kb, line, columns[el.path])
            where.addWidget(hint, line + 1, columns[el.path])
            kb.setFixedWidth(110)
        bar = sideways.horizontalScrollBar().sizeHint().height()
        for g in (fixed, grid):  # the two halves' rows line up, whatever each holds
            for r, h in heights.items():
                g.setRowMinimumHeight(r, h)
        fixed.setRowMinimumHeight(max(heights, default=0) + 1, bar)
        sideways.setFixedHeight(inner.sizeHint().height() + bar + 4)
        return group

    def _box_height(self, kb: KeyBox) -> int:
        if not hasattr(self, "_height"):
            self._height = kb.sizeHint().height()
        return self._height

    def _number(self, path: str) -> str:
        """A question's number as the paper prints it, "7." (in a right-to-left language the
        point follows the number leftwards, as Arabic numbered lists are read)."""
        return f"{self.numbers.get(path, '')}."

    def _numbered(self, path: str, label: str) -> str:
        return f"{self._number(path)} {label}"

    def _heading(self, box: Box) -> str:
        """A roster column's heading: the question as the form words it for any entry (not
        the first member's name or number in it)."""
        assert self.keying is not None
        session = self.keying.session
        return " ".join(session.render(box.element.label, None, self.language).split())

    def _label(self, box: Box) -> str:
        assert self.keying is not None
        session = self.keying.session
        return " ".join(session.render(box.element.label, box.node, self.language).split())

    def _roster_title(self, path: str) -> str:
        assert self.keying is not None
        form = self.keying.draft.form
        for el in form.walk():
            if el.path == path:
                session = self.keying.session
                return " ".join(session.render(el.label, None, self.language).split()) or el.name
        return path

    def _show_states(self) -> None:
        """Each box open or shut by the skip logic, with what it holds and, beside a choice,
        the label of the code keyed."""
        assert self.keying is not None
        for box in self.keying.boxes:
            kb = self.boxes.get(box.path)
            if kb is None:
                continue
            open_ = self.keying.open(box)
            kb.setEnabled(open_)
            if not kb.hasFocus():
                kb.setText(self.keying.shown(box))
            if not box.more:
                kept = self.keying.kept_as_written(box) if open_ else None
                self.hints[box.path].setText(
                    self.tr("kept as on paper")
                    if kept is not None
                    else self._chosen(box)
                    if open_
                    else ""
                )

    def _chosen(self, box: Box) -> str:
        assert self.keying is not None
        if not box.codes or not box.node.text:
            return ""
        labels = []
        for value in box.node.text.split():
            choice = self.keying.choice(box, value)
            if choice is not None:
                labels.append(
                    " ".join(
                        self.keying.session.render(choice.label, box.node, self.language).split()
                    )
                )
        comma = "، " if is_right_to_left(self.language or "") else ", "
        return comma.join(labels)[:60]

    # -- moving and accepting ----------------------------------------------------------------
    def focused(self, kb: KeyBox) -> None:
        """Below the grid: the whole question, and a choice's codes."""
        self.problem.clear()
        if isinstance(kb.key, str) or self.keying is None:
            self.help.setText("")
            return
        box = kb.key
        paradata = self.keying.draft.paradata  # the keying's audit log, where the form asks
        if paradata is not None and box.more:
            paradata.screen("add repeat", f"{paradata.path(box.node)}/{box.element.name}")
        elif paradata is not None:
            paradata.question(box.node)
        text = self._numbered(box.element.path, self._label(box))
        if box.entry:
            text = f"{text} ({box.entry})"
        if box.codes:
            choices = {c.value: c for _, c in self.keying.printed(box.element, box.node)}
            shown = [
                f"{code} = "
                + " ".join(
                    self.keying.session.render(
                        choices[value].label, box.node, self.language
                    ).split()
                )
                for code, value in box.codes
                if value in choices
            ]
            text += "\n" + " · ".join(shown)
        self.help.setText(text)
        self.help.setToolTip(text)
        area = None
        if box.roster:  # up from the box: its grid, the viewport, the area
            grid = kb.parent()
            viewport = grid.parent() if grid is not None else None
            area = viewport.parent() if viewport is not None else None
        if isinstance(area, QScrollArea):  # the roster's own sideways scroll
            area.ensureWidgetVisible(kb, 40, 0)
        self.scroll_area.ensureWidgetVisible(kb, 40, 60)

    def ask_go_to(self) -> None:
        """Ctrl+G: to a question by its number on the paper (back from Q20 to Q6 in one go)."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Go to question"))
        dialog.setLabelText(self.tr("Question &number:"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        buttons = standard_button_texts()
        dialog.setOkButtonText(buttons[QDialogButtonBox.StandardButton.Ok])
        dialog.setCancelButtonText(buttons[QDialogButtonBox.StandardButton.Cancel])
        dialog.textValueSelected.connect(self.go_to)
        open_dialog(self, dialog)

    def go_to(self, number: str) -> None:
        """The first box of the question numbered ``number`` that takes a value now."""
        assert self.keying is not None
        wanted = plain_digits(number.strip()).lstrip("0") or "0"
        for box in self.keying.boxes:
            if self.numbers.get(box.element.path) == wanted and self.keying.open(box):
                self.boxes[box.path].setFocus()
                return
        self.problem.setText(self.words["no_question"].format(number=number.strip()))
        QApplication.beep()

    def accept(self, kb: KeyBox) -> bool:
        """The box is done as it stands (Enter, Tab, Down, or a whole code typed): key what
        it shows and go on to the next box the skip logic leaves open; False (and why,
        where) when it was refused."""
        if not self.commit(kb, then=lambda: self._go_on(kb)):
            return False
        self._go_on(kb)
        return True

    def _go_on(self, kb: KeyBox) -> None:
        assert self.keying is not None
        if isinstance(kb.key, str):
            following = PAPER_FIELDS[PAPER_FIELDS.index(kb.key) + 1 :]
            if following:
                self.paper_boxes[following[0]].setFocus()
            else:
                self._go(self.keying.after(None))
            return
        self._go(self.keying.after(kb.key))

    def commit(self, kb: KeyBox, *, then=None, stay: bool = True) -> bool:
        """Key what the box shows, saved at once, without moving: True when accepted. A
        refused value stays on the box, saved as typed, with the reason below (``stay``:
        and the keyboard on it). A value of the question's kind that breaks the form's
        rule asks whether it is the paper's, to keep as written (``then``: where to go
        once it is kept)."""
        assert self.keying is not None
        self._moving = True
        try:
            return self._commit(kb, then, stay)
        finally:
            self._moving = False

    def _commit(self, kb: KeyBox, then, stay: bool) -> bool:
        assert self.keying is not None
        if isinstance(kb.key, str):
            refusal = self.keying.enter_paper(kb.key, kb.text())
            kb.setText(self._held(kb))  # as kept (a date as read, a scanned QR code's number)
            if refusal is not None:
                self.refuse(kb, refusal, stay=stay)
                return False
            if kb.key == "number" and self.second:  # the batch is the first keying's
                self.paper_boxes["batch"].setText(self.keying.record.batch)
            if kb.key == "number" and self.keying.draft.record.assignment is not None:
                self._show_all()  # an assignment's sheet: its household picked
            return True
        box = kb.key
        refusal = self.keying.enter(box, kb.text())
        self._after_change()
        here = self.boxes.get(box.path, kb)
        here.setText(self.keying.shown(box))  # what is kept, refused or not
        if refusal is not None:
            if refusal.keepable and stay:
                self._ask_keep(box, refusal, then)
            else:
                self.refuse(here, refusal, stay=stay)
            return False
        extra = next((x for x in surplus(self.keying.session) if x.source is box.node), None)
        if extra is not None:  # a count lowered below the rows keyed: remove them, or not
            self._ask_about_surplus(box, extra)
            return False
        here.setText(self.keying.shown(box))
        return True

    def left(self, kb: KeyBox, *, clicked: bool) -> None:
        """The keyboard left a box another way than by its keys (a click, Ctrl+G, another
        window): what it shows is committed as well, never dropped; refused, the reason
        shows (and after a click, the keyboard comes back to it)."""
        if self._moving or self.keying is None or not kb.isVisible():
            return
        if kb.text() == self._held(kb):
            return
        if not self.commit(kb, stay=False) and clicked:
            said = self.problem.text()

            def back_to_it() -> None:
                kb.setFocus()
                self.problem.setText(said)  # after the click's box cleared it

            QTimer.singleShot(0, back_to_it)

    def _show_all(self) -> None:
        """Every box as the draft holds it now (after answers set other than by a key)."""
        assert self.keying is not None
        self._after_change()
        for box in self.keying.boxes:
            if box.path in self.boxes:
                self.boxes[box.path].setText(self.keying.shown(box))

    def _after_change(self) -> None:
        assert self.keying is not None
        self.keying.refresh()
        if [b.path for b in self.keying.boxes] != self._paths:
            focus = QApplication.focusWidget()
            path = (
                focus.key.path if isinstance(focus, KeyBox) and isinstance(focus.key, Box) else ""
            )
            if not self._rebuild_rosters():
                self._build()
            if path in self.boxes and QApplication.focusWidget() is not self.boxes[path]:
                self.boxes[path].setFocus()
        else:
            self._show_states()

    def _ask_about_surplus(self, box: Box, extra: Surplus) -> None:
        """The count is now lower than the roster's rows that hold answers: remove those
        rows (Yes), or put the count back (No, the default: nothing lost by a stray Enter).
        The form view's question, in its words."""
        assert self.keying is not None
        keying = self.keying
        present = extra.wanted + len(extra.extra)
        label = keying.session.render(extra.repeat.label, extra.extra[0]) or extra.repeat.name
        names = ", ".join(  # as the form view names them: "Children 2 (Juma)"
            f"{' '.join(label.split())} {n.position()}"
            + (f" ({title})" if (title := instance_title(n)) else "")
            for n in extra.extra
        )

        def said(text: str) -> str:  # the form view's words (lupdate finds them there)
            return QCoreApplication.translate("FillingView", text)

        ask = QMessageBox(
            QMessageBox.Icon.Question,
            said("Remove answers?"),
            said(
                "The count is now {wanted}, but these entries hold answers: {names}.\n\n"
                "Remove them and their answers?"
            ).format(wanted=extra.wanted, names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        ask.button(QMessageBox.StandardButton.No).setText(
            said("Keep them (the count goes back to {n})").format(n=present)
        )
        ask.button(QMessageBox.StandardButton.Yes).setText(said("Remove them"))
        ask.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button: int) -> None:
            if self.keying is not keying:
                return
            if button == QMessageBox.StandardButton.Yes:
                keying.draft.remove_surplus(extra)
                self._after_change()
                self._go(keying.after(box))
            else:
                keying.enter(box, str(present))
                self._after_change()
                if box.path in self.boxes:
                    self.boxes[box.path].setText(keying.shown(box))
                    self.boxes[box.path].setFocus()

        ask.finished.connect(answered)
        open_dialog(self, ask)

    def _go(self, box: Box | None) -> None:
        if box is None:
            self.save_button.setFocus()
            self.help.setText(self.tr("End of the questionnaire: Enter saves it."))
            return
        self.boxes[box.path].setFocus()

    def complete(self, kb: KeyBox) -> bool:
        """A single choice's code keyed whole, that no longer code starts with (2 of 1–9,
        12 of 1–12, but not 1 of 1–12), or a whole number with all the digits its rule allows
        (5 of 0–7, 12 of 1–30): accepted without Enter, as CSPro's auto-skip; and what no
        code starts with, refused as soon as it is typed."""
        box = kb.key
        if not isinstance(box, Box) or box.more:
            return isinstance(box, Box) and kb.text().strip() in ("1", "+", "2")
        typed = plain_digits(kb.text().strip())  # ١٠ is 10
        if box.digits:  # a whole number whose rule bounds its digits: typed whole
            return typed.isdigit() and len(typed) == box.digits
        if box.element.control != "select1" or not box.codes:
            return False
        codes = [code for code, _ in box.codes]
        if not any(c.startswith(typed) for c in codes):
            return True  # no code begins so: refused at once, not after Enter
        return typed in codes and not any(c != typed and c.startswith(typed) for c in codes)

    def back(self, kb: KeyBox) -> None:
        """Up or Shift+Tab: back one box, what this one shows kept (refused, it stays)."""
        assert self.keying is not None
        if kb.text() != self._held(kb) and not self.commit(kb, then=lambda: self._go_back(kb)):
            return
        self._go_back(kb)

    def _go_back(self, kb: KeyBox) -> None:
        assert self.keying is not None
        if isinstance(kb.key, str):
            index = PAPER_FIELDS.index(kb.key)
            if index:
                self.paper_boxes[PAPER_FIELDS[index - 1]].setFocus()
            return
        previous = self.keying.before(kb.key)
        if previous is None:
            self.paper_boxes["batch"].setFocus()
        else:
            self.boxes[previous.path].setFocus()

    def refuse(self, kb: KeyBox, refusal: Refusal, *, stay: bool = True) -> None:
        text = self._said(refusal)
        if stay:
            kb.setFocus()
            kb.selectAll()
        self.problem.setText(text)
        QApplication.beep()

    def _said(self, refusal: Refusal) -> str:
        text = refusal.text or self.words.get(refusal.word, refusal.word)
        try:
            return text.format(**refusal.values)
        except (KeyError, IndexError):
            return text

    def _ask_keep(self, box: Box, refusal: Refusal, then) -> None:
        """A value the form's rule does not allow: correct it (Enter, Esc — the safe way for
        a clerk keying heads down), or keep it as the paper writes it (Alt+K), with a note."""
        assert self.keying is not None
        keying = self.keying
        kb = self.boxes[box.path]
        kb.setFocus()
        kb.selectAll()
        self.problem.setText(self._said(refusal))
        QApplication.beep()
        dialog = KeepAsWritten(self, value=kb.text(), rule=self._said(refusal))

        def answered(result: int) -> None:
            if self.keying is not keying or result != KeepAsWritten.KEEP:
                return
            keying.keep_as_written(box, dialog.note.text())
            self.problem.clear()
            self._show_states()
            if then is not None:
                then()

        dialog.finished.connect(answered)
        open_dialog(self, dialog)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.save_button
            and event.type() == QEvent.Type.KeyRelease
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            return True  # a button is pressed by Space when it is released: never this one
        if (
            watched is self.save_button
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.finish()
                return True
            if event.key() == Qt.Key.Key_Space or event.text().strip():
                # a clerk keying heads down thinks they are still in a box: nothing is
                # pressed by Space or a letter, only Enter saves
                self.help.setText(
                    self.tr("End of the questionnaire: Enter saves it, Up goes back.")
                )
                QApplication.beep()
                return True
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Backtab) and self.keying:
                last = next((b for b in reversed(self.keying.boxes) if self.keying.open(b)), None)
                if last is not None and last.path in self.boxes:
                    self.boxes[last.path].setFocus()
                return True
        return super().eventFilter(watched, event)

    def finish(self) -> None:
        """Save this questionnaire (the box being typed in first) and start the next; or
        go to what is missing or wrong."""
        assert self.keying is not None
        focus = QApplication.focusWidget()
        if isinstance(focus, KeyBox) and focus.text() != self._held(focus):
            if not self.commit(focus, then=self.finish):
                return
        wrong = self.keying.paper_problem()
        if wrong is not None:
            self.refuse(self.paper_boxes[wrong[0]], wrong[1])
            return
        problems = self.keying.finish()
        if problems:
            box = self.keying.box_of(problems[0])
            kb = self.boxes.get(box.path) if box is not None else None
            message = problems[0].text(self.keying.session.language)
            if problems[0].code == "required":
                message = self.words["required"]
            if problems[0].code == "constraint" and box is not None and kb is not None:
                self._ask_keep(box, Refusal("rule", text=message, keepable=True), self.finish)
                return
            self.refuse(kb or self.paper_boxes["number"], Refusal("rule", text=message))
            return
        self.count += 1
        self.keyed.emit(self.keying.draft.uuid)
        saved = self.words["saved"].format(number=self.keying.record.number, count=self.count)
        if self.second:
            found = self.user.store.differences([self.keying.record.verifies])
            saved = self.words["verified"].format(
                number=self.keying.record.number, differences=len(found), count=self.count
            )
        self.start_next()
        self.help.setText(saved)

    def _held(self, kb: KeyBox) -> str:
        assert self.keying is not None
        if isinstance(kb.key, str):
            return str(getattr(self.keying.record, kb.key))
        return self.keying.shown(kb.key)

    def leave(self) -> None:
        """The view is closed: a questionnaire begun and left empty is not kept (one with
        anything keyed stays a draft, to be finished from the list)."""
        if self.keying is None:
            return
        draft = self.keying.draft
        if draft.paradata is not None:
            draft.paradata.closed()
        if draft.untouched():  # only its number (or a scanned code) keyed: nothing to keep
            if self.keying.second:
                self.user.store.forget_keying(draft.uuid)
            else:
                self.user.discard_draft(
                    draft.uuid, why="keyed entry closed before anything was keyed"
                )
        self.keying = None
