"""Editors for select questions: numbered radio buttons or check boxes (digits pick), a
drop-down for 'minimal', and an ordered list for rank."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
)

from desktop_app.ui.editor import Editor
from desktop_app.ui.i18n import isolate, isolate_ltr, text_direction
from form_engine import Element
from form_engine.codes import choice_codes
from form_engine.model import Choice


class ChoiceEditor(Editor):
    """select_one as radio buttons, select_multiple as check boxes, each shown with the code
    that picks it: the choices' own names when they are all numbers (the codes printed on a
    paper questionnaire, as CSPro uses them), else 1, 2, 3…. Typing a code picks (toggles) its
    choice, for any number of choices; where a longer code starts with what is typed (1 → 10,
    11, 12) the pick waits for the next digit, Enter, Tab, Space or a short pause. A code that
    matches nothing says so. Up and Down move between the choices, Space picks."""

    WAIT_MS = 1000

    def __init__(self, el: Element, *, multiple: bool, no_such_code: str) -> None:
        super().__init__(el)
        self.multiple = multiple
        self.no_such_code = no_such_code  # a text with {code}
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QAbstractButton] = []
        self.values: list[str] = []
        self.codes: list[str] = []
        self.pending = ""  # the digits of a code typed so far
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(2)
        self.typing = QLabel()
        self.typing.setObjectName("typing")
        self.typing.hide()
        self.box.addWidget(self.typing)
        self._wait = QTimer(self, singleShot=True, interval=self.WAIT_MS)
        self._coded = QElapsedTimer()  # since a whole code was typed (invalid: not lately)
        self._wait.timeout.connect(self.commit_pending)
        self._value = ""
        self.group.buttonClicked.connect(self._clicked)

    def set_choices(self, choices: list[Choice], render: Callable[[Choice], str]) -> None:
        values = [c.value for c in choices]
        codes = choice_codes(values)
        texts = [choice_text(code, render(c)) for code, c in zip(codes, choices, strict=True)]
        if values == self.values:  # same choices: only the labels may change (language)
            for b, text in zip(self.buttons, texts, strict=True):
                if b.text() != text:
                    b.setText(text)
            return
        had_focus = any(b.hasFocus() for b in self.buttons)
        for b in self.buttons:
            self.group.removeButton(b)
            self.box.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.buttons, self.values, self.codes = [], values, codes
        for text in texts:
            b = QCheckBox(text) if self.multiple else QRadioButton(text)
            b.setAutoExclusive(False)
            b.installEventFilter(self)  # a space between codes is not a click (eventFilter)
            self.group.addButton(b)
            self.box.insertWidget(self.box.count() - 1, b)
            self.buttons.append(b)
        self.show_value(self._value)
        if had_focus:
            self.focus_first()

    def show_value(self, text: str) -> None:
        self._value = text
        chosen = set(text.split()) if self.multiple else {text}
        for b, v in zip(self.buttons, self.values, strict=True):
            b.setChecked(v in chosen)

    def _clicked(self, button: QAbstractButton) -> None:
        self._forget_code()
        index = self.buttons.index(button)
        self.pick(index, toggle=self.multiple)

    def pick(self, index: int, *, toggle: bool) -> None:
        value = self.values[index]
        if self.multiple:
            chosen = self._value.split()
            chosen = [v for v in chosen if v != value] if value in chosen else [*chosen, value]
            # keep the form's order of choices, as Collect writes them
            text = " ".join(v for v in self.values if v in chosen)
        else:
            text = "" if (toggle and self._value == value) else value
        self.show_value(text)
        self.buttons[index].setFocus()
        self.problem.emit("")
        self.emit_edited(text)

    # -- typed codes ---------------------------------------------------------------------------
    def type_digit(self, digit: str) -> None:
        typed = self.pending + digit
        starting = [c for c in self.codes if c.startswith(typed)]
        if not starting:
            self._forget_code()
            self.problem.emit(self.no_such_code.format(code=typed))
            return
        if typed in self.codes and len(starting) == 1:
            self._forget_code()
            self.pick(self.codes.index(typed), toggle=self.multiple)
            self._coded.start()
            return
        self.pending = typed  # 1 of 1, 10, 11…: wait for the next digit
        self.typing.setText(f"{typed}…")
        self.typing.show()
        self._wait.start()

    def commit_pending(self) -> None:
        typed = self.pending
        self._forget_code()
        if not typed:
            return
        if typed in self.codes:
            self.pick(self.codes.index(typed), toggle=self.multiple)
        else:
            self.problem.emit(self.no_such_code.format(code=typed))

    def _forget_code(self) -> None:
        self._wait.stop()
        self.pending = ""
        self.typing.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        digit = event.text().translate(_DIGITS)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and len(digit) == 1 and digit.isdigit() and digit.isascii():
            self.type_digit(digit)
            return
        if key == Qt.Key.Key_Backspace and self.pending:
            self.pending = self.pending[:-1]
            self.typing.setText(f"{self.pending}…")
            self.typing.setVisible(bool(self.pending))
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.buttons:
            self.commit_pending()
            current = next((i for i, b in enumerate(self.buttons) if b.hasFocus()), 0)
            step = 1 if key == Qt.Key.Key_Down else -1
            self.buttons[(current + step) % len(self.buttons)].setFocus()
            return
        if key == Qt.Key.Key_Space and self.pending:  # ends a code: "1", Space, "3" picks 1 and 3
            self.commit_pending()
            return
        if (
            key == Qt.Key.Key_Space
            and self._coded.isValid()
            and self._coded.elapsed() < self.WAIT_MS
        ):
            # right after a whole code ("1 3" of three choices): a space between codes, as on
            # paper and in keyed entry — not a toggle of the box the code put the focus on
            self._coded.invalidate()
            return
        if key == Qt.Key.Key_Space and not self.multiple:
            focused = next((i for i, b in enumerate(self.buttons) if b.hasFocus()), None)
            if focused is not None:
                self._forget_code()
                self.pick(focused, toggle=False)
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit_pending()  # then Enter goes on to the page
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Of several choices, a space right after a whole code ("1 3" of three choices)
        separates codes, as on the paper and in keyed entry: the check box the code put the
        focus on is not clicked by it (its press and its release both swallowed). A space on
        its own, or after an arrow key, still clicks."""
        if (
            not self.multiple
            or watched not in self.buttons
            or event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
            or not isinstance(event, QKeyEvent)
        ):
            return super().eventFilter(watched, event)
        if event.key() != Qt.Key.Key_Space:
            if event.type() == QEvent.Type.KeyPress and not event.text().strip().isdigit():
                self._coded.invalidate()  # an arrow key, Tab…: the next space clicks
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.KeyPress and self.pending:
            self.commit_pending()  # "1", Space, "3" of twelve: picks 1, then 3
            self._coded.start()
            return True
        if self._coded.isValid() and self._coded.elapsed() < self.WAIT_MS:
            if event.type() == QEvent.Type.KeyRelease:
                self._coded.invalidate()
            return True
        return super().eventFilter(watched, event)

    def focus_first(self) -> None:
        if not self.buttons:
            return
        chosen = [i for i, v in enumerate(self.values) if v in self._value.split()]
        self.buttons[chosen[0] if chosen else 0].setFocus()


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def choice_text(code: str, label: str) -> str:
    """A choice as shown: its code first, then its label, in the label's own direction (an
    Arabic label reads "1 كاكوما" from the right, in any interface); a label's "&" is text,
    not an Alt key."""
    mark = "\u200f" if text_direction(label) == "rtl" else "\u200e"
    return f"{mark}{isolate_ltr(code)}   {isolate(label)}".replace("&", "&&")


class DropdownEditor(Editor):
    """select_one with appearance 'minimal' (or a long list): a combo box."""

    def __init__(self, el: Element) -> None:
        super().__init__(el)
        self.combo = QComboBox()
        self.combo.setAccessibleName(el.name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        self.values: list[str] = []
        self.combo.activated.connect(lambda i: self.emit_edited(self.values[i]))
        self.setFocusProxy(self.combo)

    def set_choices(self, choices: list[Choice], render: Callable[[Choice], str]) -> None:
        values = [""] + [c.value for c in choices]
        if values == self.values:
            return
        current = self.values[self.combo.currentIndex()] if self.values else ""
        self.values = values
        self._quiet = True
        self.combo.clear()
        self.combo.addItems(["—"] + [render(c) for c in choices])
        self.show_value(current)
        self._quiet = False

    def show_value(self, text: str) -> None:
        self.combo.setCurrentIndex(self.values.index(text) if text in self.values else 0)


class RankEditor(Editor):
    """Choices in order of preference: Ctrl+Up / Ctrl+Down move the selected one."""

    def __init__(self, el: Element) -> None:
        super().__init__(el)
        self.list = QListWidget()
        self.list.setMaximumHeight(200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.values: list[str] = []
        self.labels: dict[str, str] = {}
        self.setFocusProxy(self.list)
        self.list.installEventFilter(self)  # the list has the keys; Ctrl+Up/Down are ours
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            if self._move(event):
                return True
        return super().eventFilter(watched, event)

    def set_choices(self, choices: list[Choice], render: Callable[[Choice], str]) -> None:
        self.labels = {c.value: render(c) for c in choices}
        if not self.values:
            self.values = list(self.labels)
        self._fill()

    def _fill(self) -> None:
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        for i, v in enumerate(self.values, 1):
            self.list.addItem(f"{i}. {self.labels.get(v, v)}")
        self.list.setCurrentRow(min(row, self.list.count() - 1))

    def show_value(self, text: str) -> None:
        if text:
            self.values = text.split()
        self._fill()

    def _move(self, event: QKeyEvent) -> bool:
        """Ctrl+Up / Ctrl+Down move the selected choice up or down the order."""
        row = self.list.currentRow()
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier or row < 0:
            return False
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if not step or not 0 <= row + step < len(self.values):
            return False
        self.values[row], self.values[row + step] = self.values[row + step], self.values[row]
        self._fill()
        self.list.setCurrentRow(row + step)
        self.emit_edited(" ".join(self.values))
        return True
