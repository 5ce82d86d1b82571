"""One editor per question type. An editor shows a value and emits ``edited(text)`` with the
canonical text each time the enumerator changes it; it never touches the store or the session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import answers
from form_engine import Element
from form_engine.model import Choice


class Editor(QWidget):
    edited = Signal(str)
    problem = Signal(str)  # a typing problem the form engine cannot see (e.g. "not a date")

    def __init__(self, el: Element) -> None:
        super().__init__()
        self.el = el
        self._quiet = False

    def set_value(self, text: str) -> None:
        self._quiet = True
        try:
            self.show_value(text)
        finally:
            self._quiet = False

    def show_value(self, text: str) -> None:  # pragma: no cover - every editor overrides it
        raise NotImplementedError

    def emit(self, text: str) -> None:
        if not self._quiet:
            self.edited.emit(text)

    def set_choices(self, choices: list[Choice], render: Callable[[Choice], str]) -> None:
        """Select editors rebuild their options (choice filters); others ignore this."""

    def focus_first(self) -> None:
        self.setFocus()


class TextEditor(Editor):
    def __init__(
        self,
        el: Element,
        *,
        parse: Callable[[str], str | None] | None = None,
        shown: Callable[[str], str] | None = None,
        placeholder: str = "",
        bad: str = "",
    ) -> None:
        super().__init__(el)
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.line.setAccessibleName(el.name)
        self._parse = parse
        self._shown = shown
        self._bad = bad
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        self.line.textEdited.connect(self._typed)
        self.setFocusProxy(self.line)

    def _typed(self, text: str) -> None:
        if self._parse is None:
            self.problem.emit("")
            self.emit(text)
            return
        value = self._parse(text)
        # Saved even when it is not a value yet ("2026-0"): nothing typed is lost, and
        # the inline message says what is wrong; finalizing refuses it.
        self.problem.emit(self._bad if value is None else "")
        self.emit(text if value is None else value)

    def show_value(self, text: str) -> None:
        shown = self._shown(text) if self._shown else text
        if self.line.text() != shown and not self.line.hasFocus():
            self.line.setText(shown)
        elif not self.line.text() and shown:
            self.line.setText(shown)


class MultilineEditor(Editor):
    def __init__(self, el: Element) -> None:
        super().__init__(el)
        self.box = QPlainTextEdit()
        self.box.setTabChangesFocus(True)
        self.box.setAccessibleName(el.name)
        self.box.setMaximumHeight(140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.box.textChanged.connect(lambda: self.emit(self.box.toPlainText()))
        self.setFocusProxy(self.box)

    def show_value(self, text: str) -> None:
        if self.box.toPlainText() != text:
            self.box.setPlainText(text)


class DateEditor(TextEditor):
    """Typed as YYYY-MM-DD (keyboard first), or picked from a calendar (F4 or the button)."""

    def __init__(self, el: Element, bad: str) -> None:
        super().__init__(el, parse=answers.date_answer, placeholder="YYYY-MM-DD", bad=bad)
        self.pick = QToolButton()
        self.pick.setText("📅")
        self.pick.setAccessibleName("calendar")
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.layout().addWidget(self.pick)
        self.calendar = QCalendarWidget()
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        self.pick.clicked.connect(self.open_calendar)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_F4:
            self.open_calendar()
        else:
            super().keyPressEvent(event)

    def open_calendar(self) -> None:
        current = answers.date_answer(self.line.text())
        if current:
            self.calendar.setSelectedDate(QDate.fromString(current, "yyyy-MM-dd"))
        self.calendar.move(self.pick.mapToGlobal(self.pick.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.calendar.hide()
        text = day.toString("yyyy-MM-dd")
        self.line.setText(text)
        self._typed(text)
        self.line.setFocus()


class ChoiceEditor(Editor):
    """select_one as radio buttons, select_multiple as check boxes; each numbered, and the
    digit keys 1–9 pick (toggle) the choice with that number."""

    def __init__(self, el: Element, *, multiple: bool) -> None:
        super().__init__(el)
        self.multiple = multiple
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QAbstractButton] = []
        self.values: list[str] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(2)
        self._value = ""
        self.group.buttonClicked.connect(self._clicked)

    def set_choices(self, choices: list[Choice], render: Callable[[Choice], str]) -> None:
        values = [c.value for c in choices]
        texts = self._numbered([render(c) for c in choices])
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
        self.buttons, self.values = [], values
        for text in texts:
            b: QAbstractButton = QCheckBox(text) if self.multiple else QRadioButton(text)
            b.setAutoExclusive(False)
            self.group.addButton(b)
            self.box.addWidget(b)
            self.buttons.append(b)
        self.show_value(self._value)
        if had_focus:
            self.focus_first()

    @staticmethod
    def _numbered(labels: list[str]) -> list[str]:
        return [
            f"&{i}  {label}" if i < 10 else f"{i}  {label}" for i, label in enumerate(labels, 1)
        ]

    def show_value(self, text: str) -> None:
        self._value = text
        chosen = set(text.split()) if self.multiple else {text}
        for b, v in zip(self.buttons, self.values, strict=True):
            b.setChecked(v in chosen)

    def _clicked(self, button: QAbstractButton) -> None:
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
        self.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if (
            Qt.Key.Key_1 <= key <= Qt.Key.Key_9
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            index = key - Qt.Key.Key_1
            if index < len(self.buttons):
                self.pick(index, toggle=self.multiple)
                return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.buttons:
            current = next((i for i, b in enumerate(self.buttons) if b.hasFocus()), 0)
            step = 1 if key == Qt.Key.Key_Down else -1
            self.buttons[(current + step) % len(self.buttons)].setFocus()
            return
        if key == Qt.Key.Key_Space and not self.multiple:
            current = next((i for i, b in enumerate(self.buttons) if b.hasFocus()), None)
            if current is not None:
                self.pick(current, toggle=False)
                return
        super().keyPressEvent(event)

    def focus_first(self) -> None:
        if not self.buttons:
            return
        chosen = [i for i, v in enumerate(self.values) if v in self._value.split()]
        self.buttons[chosen[0] if chosen else 0].setFocus()


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
        self.combo.activated.connect(lambda i: self.emit(self.values[i]))
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


class GeopointEditor(Editor):
    def __init__(self, el: Element, labels: tuple[str, str, str], problems: dict[str, str]) -> None:
        super().__init__(el)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fields = []
        for text in labels:
            box = QVBoxLayout()
            caption = QLabel(text)
            line = QLineEdit()
            line.setAccessibleName(text)
            caption.setBuddy(line)
            box.addWidget(caption)
            box.addWidget(line)
            layout.addLayout(box)
            line.textEdited.connect(self._typed)
            self.fields.append(line)
        self._problems = problems
        self.setFocusProxy(self.fields[0])

    def _typed(self, _: str) -> None:
        parts = [f.text().strip() for f in self.fields]
        value, code = answers.geopoint_answer(*parts)
        self.problem.emit(self._problems.get(code, ""))
        self.emit(value if value is not None else answers.partial_geopoint(*parts))

    def focus_step(self, forward: bool) -> bool:
        """Tab moves between latitude, longitude and accuracy before leaving the question."""
        at = next((i for i, f in enumerate(self.fields) if f.hasFocus()), None)
        if at is None:
            return False
        to = at + (1 if forward else -1)
        if 0 <= to < len(self.fields):
            self.fields[to].setFocus()
            return True
        return False

    def show_value(self, text: str) -> None:
        if any(f.hasFocus() for f in self.fields):
            return
        for f, part in zip(self.fields, answers.geopoint_parts(text), strict=True):
            f.setText(part)


class AttachmentEditor(Editor):
    """A photo, recording or file chosen from disk; ``store`` keeps it and returns its name."""

    def __init__(self, el: Element, *, choose: str, store: Callable[[bytes, str], str]) -> None:
        super().__init__(el)
        self.button = QPushButton(choose)
        self.name = QLabel()
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.name, 1)
        self._store = store
        self.button.clicked.connect(self.choose)
        self.setFocusProxy(self.button)

    def choose(self) -> None:
        kind = (self.el.mediatype or "").split("/")[0]
        pattern = {
            "image": "*.jpg *.jpeg *.png",
            "audio": "*.m4a *.mp3 *.wav *.ogg *.amr",
            "video": "*.mp4 *.3gp",
        }.get(kind, "*")
        path, _ = QFileDialog.getOpenFileName(self, self.button.text(), "", f"({pattern});;(*)")
        if path:
            self.attach(path)

    def attach(self, path: str) -> None:
        with open(path, "rb") as fh:
            content = fh.read()
        suffix = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
        name = self._store(content, suffix)
        self.show_value(name)
        self.emit(name)

    def show_value(self, text: str) -> None:
        self.name.setText(text)


class AcknowledgeEditor(Editor):
    def __init__(self, el: Element, text: str) -> None:
        super().__init__(el)
        self.box = QCheckBox(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.box.clicked.connect(lambda on: self.emit("OK" if on else ""))
        self.setFocusProxy(self.box)

    def show_value(self, text: str) -> None:
        self.box.setChecked(text == "OK")


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

    def set_choices(self, choices: list[Choice], render: Callable[[Choice], str]) -> None:
        self.labels = {c.value: render(c) for c in choices}
        if not self.values:
            self.values = list(self.labels)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for i, v in enumerate(self.values, 1):
            self.list.addItem(f"{i}. {self.labels.get(v, v)}")

    def show_value(self, text: str) -> None:
        if text:
            self.values = text.split()
        self._fill()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        row = self.list.currentRow()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and row >= 0:
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
            if step and 0 <= row + step < len(self.values):
                self.values[row], self.values[row + step] = (
                    self.values[row + step],
                    self.values[row],
                )
                self._fill()
                self.list.setCurrentRow(row + step)
                self.emit(" ".join(self.values))
                return
        super().keyPressEvent(event)


class ReadOnlyValue(Editor):
    def __init__(self, el: Element) -> None:
        super().__init__(el)
        self.label = QLabel()
        self.label.setObjectName("calculated")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)

    def show_value(self, text: str) -> None:
        self.label.setText(text)


def is_note(el: Element) -> bool:
    return el.xlsform_type == "note"


def make_editor(
    el: Element,
    *,
    readonly: bool,
    now: Callable[[], datetime],
    store_file: Callable[[bytes, str], str],
    words: dict[str, str],
) -> Editor | None:
    """The editor for a question; None for a note (label only). ``words`` are the
    interface's translated strings the editors show."""
    if is_note(el):
        return None
    if readonly:
        return ReadOnlyValue(el)
    t, control = el.data_type or "string", el.control
    appearance = (el.appearance or "").split()
    if control == "select1":
        return DropdownEditor(el) if "minimal" in appearance else ChoiceEditor(el, multiple=False)
    if control == "select" and t == "rank" or control == "rank":
        return RankEditor(el)
    if control == "select":
        return ChoiceEditor(el, multiple=True)
    if control == "upload":
        return AttachmentEditor(el, choose=words["choose_file"], store=store_file)
    if control == "trigger":
        return AcknowledgeEditor(el, words["ok"])
    if t == "int" or control == "range":
        return TextEditor(
            el, parse=lambda s: answers.number_answer(s, integer=True), bad=words["whole_number"]
        )
    if t == "decimal":
        return TextEditor(
            el, parse=lambda s: answers.number_answer(s, integer=False), bad=words["number"]
        )
    if t == "date":
        return DateEditor(el, bad=words["date"])
    if t == "time":
        return TextEditor(
            el,
            parse=lambda s: answers.time_answer(s, now()),
            shown=answers.time_shown,
            placeholder="HH:MM",
            bad=words["time"],
        )
    if t == "dateTime":
        return TextEditor(
            el,
            parse=lambda s: answers.datetime_answer(s, now()),
            shown=answers.datetime_shown,
            placeholder="YYYY-MM-DD HH:MM",
            bad=words["datetime"],
        )
    if t == "geopoint":
        return GeopointEditor(
            el,
            (words["latitude"], words["longitude"], words["accuracy"]),
            {
                "numbers": words["geo_numbers"],
                "latitude": words["geo_latitude"],
                "longitude": words["geo_longitude"],
                "accuracy": words["geo_accuracy"],
            },
        )
    if "multiline" in appearance or t in ("geotrace", "geoshape"):
        return MultilineEditor(el)
    return TextEditor(el)
