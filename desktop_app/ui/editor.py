"""The base of every question editor: shows a value, emits the canonical text when the
enumerator changes it, and never touches the store or the session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

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
