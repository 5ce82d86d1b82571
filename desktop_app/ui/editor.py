"""The base of every question editor: shows a value, emits the canonical text when the
enumerator changes it, and never touches the store or the session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from form_engine import Element
from form_engine.model import Choice


@dataclass(frozen=True)
class Reading:
    """What typed text means: the canonical ``value`` to store (None: not a value yet) and,
    when something is wrong, the ``message`` to show, in the interface's words."""

    value: str | None
    message: str = ""


class Editor(QWidget):
    edited = Signal(str)  # an answer, as the form engine's canonical text
    unfinished = Signal(str)  # typed text that is not an answer yet ("12x"): kept, never read
    problem = Signal(str)  # what is wrong with what is being typed ("" when nothing is)
    stored_as = Signal(str)  # "" or what will be stored, when it differs from what was typed

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

    def emit_edited(self, text: str) -> None:
        if not self._quiet:
            self.edited.emit(text)

    def emit_unfinished(self, text: str) -> None:
        if not self._quiet:
            self.unfinished.emit(text)

    def problem_for(self, typed: str) -> str:
        """The message for kept typed text (a page shown again, the language changed)."""
        return ""

    def commit_pending(self) -> None:
        """Finish what is half-entered (a choice code awaiting its next digit) before the
        enumerator leaves the question."""

    def set_choices(self, choices: list[Choice], render: Callable[[Choice], str]) -> None:
        """Select editors rebuild their options (choice filters); others ignore this."""

    def focus_first(self) -> None:
        self.setFocus()
