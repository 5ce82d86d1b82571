"""One editor per question type (select editors in ``choice_editors``), and ``make_editor``
which picks the editor for a question."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import answers
from desktop_app.ui.choice_editors import ChoiceEditor, DropdownEditor, RankEditor
from desktop_app.ui.editor import Editor
from form_engine import Element


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


class PickerEditor(TextEditor):
    """Typed (keyboard first), or picked from a popup: F4 or the button beside the field."""

    def __init__(self, el: Element, *, symbol: str, name: str, **text) -> None:
        super().__init__(el, **text)
        self.pick = QToolButton()
        self.pick.setText(symbol)
        self.pick.setAccessibleName(name)
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.layout().addWidget(self.pick)
        self.pick.clicked.connect(self.open_picker)

    def open_picker(self) -> None:  # pragma: no cover - each picker opens its own popup
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_F4:
            self.open_picker()
        else:
            super().keyPressEvent(event)

    def _pop_up(self, popup: QWidget) -> None:
        popup.move(self.pick.mapToGlobal(self.pick.rect().bottomLeft()))
        popup.show()
        popup.setFocus()

    def _picked_text(self, popup: QWidget, text: str) -> None:
        popup.hide()
        self.line.setText(text)
        self._typed(text)
        self.line.setFocus()


class DateEditor(PickerEditor):
    """Typed as YYYY-MM-DD, or picked from a calendar."""

    def __init__(self, el: Element, bad: str) -> None:
        super().__init__(
            el,
            symbol="📅",
            name="calendar",
            parse=answers.date_answer,
            placeholder="YYYY-MM-DD",
            bad=bad,
        )
        self.calendar = QCalendarWidget()
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)

    def open_calendar(self) -> None:
        current = answers.date_answer(self.line.text())
        if current:
            self.calendar.setSelectedDate(QDate.fromString(current, "yyyy-MM-dd"))
        self._pop_up(self.calendar)

    open_picker = open_calendar

    def _picked(self, day: QDate) -> None:
        self._picked_text(self.calendar, day.toString("yyyy-MM-dd"))


class TimeEditor(PickerEditor):
    """Typed as HH:MM, or set with a clock (arrows change the hour or the minutes, Enter
    sets it)."""

    def __init__(self, el: Element, *, now: Callable[[], datetime], bad: str) -> None:
        super().__init__(
            el,
            symbol="🕘",
            name="clock",
            parse=lambda s: answers.time_answer(s, now()),
            shown=answers.time_shown,
            placeholder="HH:MM",
            bad=bad,
        )
        self.clock = QTimeEdit()
        self.clock.setDisplayFormat("HH:mm")
        self.clock.setWindowFlags(Qt.WindowType.Popup)
        self.clock.editingFinished.connect(self._picked)

    def open_clock(self) -> None:
        shown = QTime.fromString(self.line.text().strip().zfill(5), "HH:mm")
        self.clock.setTime(shown if shown.isValid() else QTime.currentTime())
        self._pop_up(self.clock)

    open_picker = open_clock

    def _picked(self) -> None:
        if self.clock.isVisible():
            self._picked_text(self.clock, self.clock.time().toString("HH:mm"))


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
        return TimeEditor(el, now=now, bad=words["time"])
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
