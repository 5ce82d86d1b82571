"""Opening a dialog so that the keyboard is never lost: window-modal, and when it closes the
keyboard goes back to the window and to where it was (with no window manager, as under Xvfb,
nothing else gives it back)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QWidget


def open_dialog(owner: QWidget, dialog: QDialog) -> None:
    window = owner.window()
    before = QApplication.focusWidget()

    def usable(widget: QWidget | None) -> bool:
        try:
            return widget is not None and window.isAncestorOf(widget) and widget.isVisible()
        except RuntimeError:  # deleted meanwhile (the page it was on was rebuilt)
            return False

    def give_back(_: int = 0) -> None:
        window.activateWindow()
        window.raise_()
        if usable(QApplication.focusWidget()):
            return  # the dialog's answer already put the keyboard somewhere
        if usable(before):
            before.setFocus()
        else:
            owner.setFocus()

    dialog.finished.connect(give_back)
    dialog.open()
