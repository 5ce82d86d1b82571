"""Anything unexpected: one dialog with "copy details", and the rotating log file."""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.app import log_unexpected
from desktop_app.ui.dialogs import open_dialog, translate_buttons


class _Relay(QObject):
    raised = Signal(str)


def install_error_dialog(logger: logging.Logger) -> None:
    relay = _Relay(QApplication.instance())
    shown: list[QMessageBox] = []

    def show(details: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "Daftari",
            QApplication.translate(
                "errors",
                "Something went wrong. Your saved answers are safe. "
                "The details are in the log file; you can copy them for support.",
            ),
        )
        box.setDetailedText(details)
        copy = box.addButton(
            QApplication.translate("errors", "Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        # kept until closed: a box nobody holds is deleted at once and never seen
        shown.append(box)
        box.finished.connect(lambda _: shown.remove(box))
        owner = QApplication.activeWindow()
        if owner is not None:
            box.setParent(owner, box.windowFlags())
            open_dialog(owner, box)
        else:
            translate_buttons(box)
            box.open()

    relay.raised.connect(show)

    def hook(exc_type, exc, tb) -> None:
        relay.raised.emit(log_unexpected(logger, exc_type, exc, tb))

    sys.excepthook = hook
    threading.excepthook = lambda a: hook(a.exc_type, a.exc_value, a.exc_traceback)
