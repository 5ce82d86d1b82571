"""One editor per question type (select editors in ``choice_editors``), and ``make_editor``
which picks the editor for a question."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
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
from desktop_app.ui.dialogs import choose_file
from desktop_app.ui.editor import Editor, Reading
from form_engine import Element


class TextEditor(Editor):
    """A line of text; with ``read``, typed text is read into a value (numbers, dates):
    what is not a value yet is kept as typed and shown with its message, and a value stored
    in another form than typed ("4,500.50" → 4500.5) is shown beside the field (``stored``,
    a text with ``{value}``)."""

    def __init__(
        self,
        el: Element,
        *,
        read: Callable[[str], Reading] | None = None,
        shown: Callable[[str], str] | None = None,
        placeholder: str = "",
        stored: str = "",
    ) -> None:
        super().__init__(el)
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.line.setAccessibleName(el.name)
        self._read = read
        self._shown = shown
        self._stored = stored
        self.row_layout = QHBoxLayout(self)
        self.row_layout.setContentsMargins(0, 0, 0, 0)
        self.row_layout.addWidget(self.line, 1)
        self.line.textEdited.connect(self._typed)
        self.setFocusProxy(self.line)

    def _typed(self, text: str) -> None:
        if self._read is None:
            self.problem.emit("")
            self.emit_edited(text)
            return
        reading = self._read(text)
        self.problem.emit(reading.message)
        if reading.value is None:
            # Kept as typed (nothing typed is lost) but never read as an answer; the inline
            # message says what is wrong, and finalizing refuses it.
            self.stored_as.emit("")
            self.emit_unfinished(text)
            return
        shown = self._shown(reading.value) if self._shown else reading.value
        differs = reading.value and shown != text.strip() and self._stored
        self.stored_as.emit(self._stored.format(value=shown) if differs else "")
        self.emit_edited(reading.value)

    def problem_for(self, typed: str) -> str:
        return self._read(typed).message if self._read else ""

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
        self.box.textChanged.connect(lambda: self.emit_edited(self.box.toPlainText()))
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
        self.row_layout.addWidget(self.pick)  # beside the field
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

    def __init__(self, el: Element, *, bad: str, stored: str) -> None:
        super().__init__(
            el,
            symbol="📅",
            name="calendar",
            read=lambda s: _reading(answers.date_answer(s), bad),
            placeholder="YYYY-MM-DD",
            stored=stored,
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
            read=lambda s: _reading(answers.time_answer(s, now()), bad),
            shown=answers.time_shown,
            placeholder="HH:MM",
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
        if value is None:
            self.emit_unfinished(answers.partial_geopoint(*parts))
        else:
            self.emit_edited(value)

    def problem_for(self, typed: str) -> str:
        _, code = answers.geopoint_answer(*answers.geopoint_parts(typed))
        return self._problems.get(code, "") or self._problems["numbers"]

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
        choose_file(
            self,
            self.button.text(),
            lambda path: self.attach(str(path)),
            filters=f"({pattern});;(*)",
        )

    def attach(self, path: str) -> None:
        with open(path, "rb") as fh:
            content = fh.read()
        suffix = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
        name = self._store(content, suffix)
        self.show_value(name)
        self.emit_edited(name)

    def show_value(self, text: str) -> None:
        self.name.setText(text)


class AcknowledgeEditor(Editor):
    """An acknowledgement: Space, or its code 1 as for a choice, ticks it."""

    def __init__(self, el: Element, text: str) -> None:
        super().__init__(el)
        self.box = QCheckBox(f"1   {text}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.box.clicked.connect(lambda on: self.emit_edited("OK" if on else ""))
        self.setFocusProxy(self.box)

    def show_value(self, text: str) -> None:
        self.box.setChecked(text == "OK")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.text().translate(_DIGIT_ONE) == "1" and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            self.box.click()
            return
        super().keyPressEvent(event)


_DIGIT_ONE = str.maketrans("١۱１", "111")


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


# The interface's words the editors show (MainWindow.editor_words gives them, translated).
EDITOR_WORDS = (
    "choose_file",
    "ok",
    "whole_number",
    "number",
    "ambiguous",
    "comma",
    "digits",
    "stored_as",
    "no_such_code",
    "date",
    "time",
    "datetime",
    "latitude",
    "longitude",
    "accuracy",
    "geo_numbers",
    "geo_latitude",
    "geo_longitude",
    "geo_accuracy",
)


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
    if control == "select1" and "minimal" in appearance:
        return DropdownEditor(el)
    if control in ("rank", "odk:rank") or t in ("rank", "odk:rank"):  # pyxform writes odk:rank
        return RankEditor(el)
    if control in ("select1", "select"):
        return ChoiceEditor(el, multiple=control == "select", no_such_code=words["no_such_code"])
    if control == "upload":
        return AttachmentEditor(el, choose=words["choose_file"], store=store_file)
    if control == "trigger":
        return AcknowledgeEditor(el, words["ok"])
    if t in ("int", "decimal") or control == "range":
        integer = t == "int"
        return TextEditor(
            el,
            read=lambda s: _number_reading(s, integer=integer, words=words),
            stored=words["stored_as"],
        )
    if t == "date":
        return DateEditor(el, bad=words["date"], stored=words["stored_as"])
    if t == "time":
        return TimeEditor(el, now=now, bad=words["time"])
    if t == "dateTime":
        return TextEditor(
            el,
            read=lambda s: _reading(answers.datetime_answer(s, now()), words["datetime"]),
            shown=answers.datetime_shown,
            placeholder="YYYY-MM-DD HH:MM",
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


def _reading(value: str | None, bad: str) -> Reading:
    return Reading(value, bad if value is None else "")


def _number_reading(typed: str, *, integer: bool, words: dict[str, str]) -> Reading:
    """A typed number, never guessed at: an ambiguous one is refused with both readings."""
    # A decimal comma is read as one only where the interface's language writes numbers so.
    decimal_comma = QLocale().decimalPoint() == ","
    found = answers.number_answer(typed, integer=integer, decimal_comma=decimal_comma)
    if found.value is not None:
        return Reading(found.value)
    shown = typed.strip()
    message = {
        "ambiguous": words["ambiguous"].format(
            typed=shown,
            first=found.readings[0] if found.readings else "",
            second=found.readings[-1] if found.readings else "",
        ),
        "comma": words["comma"].format(
            typed=shown, value=found.readings[0] if found.readings else ""
        ),
        "digits": words["digits"],
        "whole": words["whole_number"],
    }.get(found.problem, words["whole_number"] if integer else words["number"])
    return Reading(None, message)
