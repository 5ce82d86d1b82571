"""Opening a dialog so that the keyboard is never lost: window-modal, its standard buttons in
the interface's language, and when it closes the keyboard goes back to the window and to where
it was (with no window manager, as under Xvfb, nothing else gives it back). File dialogs are
Qt's own (not the system's), their words in the interface's language (``choose_file``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QWidget

_STANDARD = QDialogButtonBox.StandardButton


def standard_button_texts() -> dict[_STANDARD, str]:
    return {
        _STANDARD.Ok: QCoreApplication.translate("Dialogs", "OK"),
        _STANDARD.Cancel: QCoreApplication.translate("Dialogs", "Cancel"),
        _STANDARD.Close: QCoreApplication.translate("Dialogs", "Close"),
        _STANDARD.Yes: QCoreApplication.translate("Dialogs", "&Yes"),
        _STANDARD.No: QCoreApplication.translate("Dialogs", "&No"),
        _STANDARD.Discard: QCoreApplication.translate("Dialogs", "Discard"),
    }


# Qt's own English words for those buttons: a button still showing one of them is translated
_QT_ENGLISH = {"OK", "Cancel", "Close", "Yes", "No", "Discard"}


def translate_buttons(dialog: QWidget) -> None:
    """Qt's standard buttons (OK, Cancel, Yes, No…) in the interface's language: Qt has no
    translations of its own for Kiswahili, Soomaali or አማርኛ."""
    texts = standard_button_texts()
    for box in dialog.findChildren(QDialogButtonBox):
        for which, text in texts.items():
            button = box.button(which)
            if button is not None and button.text().replace("&", "") in _QT_ENGLISH:
                button.setText(text)


def open_dialog(owner: QWidget, dialog: QDialog) -> None:
    """Open ``dialog`` window-modal over ``owner``'s window. When it closes, the keyboard goes
    back: to ``owner.focus_page()`` when the owner has one (a form being filled), else to the
    widget that had it, else to the owner."""
    window = owner.window()
    before = QApplication.focusWidget()
    translate_buttons(dialog)

    def usable(widget: QWidget | None) -> bool:
        try:
            return (
                widget is not None
                and widget is not window
                and window.isAncestorOf(widget)
                and widget.isVisible()
            )
        except RuntimeError:  # deleted meanwhile (the page it was on was rebuilt)
            return False

    def give_back(_: int = 0) -> None:
        window.activateWindow()
        window.raise_()
        if usable(window.focusWidget()):
            window.focusWidget().setFocus()  # the dialog's answer already chose where
        elif hasattr(owner, "focus_page"):
            owner.focus_page()
        elif usable(before):
            before.setFocus()
        else:
            owner.setFocus()

    dialog.finished.connect(give_back)
    dialog.open()


def choose_file(
    owner: QWidget,
    title: str,
    chosen: Callable[[Path], None],
    *,
    save: bool = False,
    suggested: str = "",
    filters: str = "",
) -> QFileDialog:
    """Ask for a file to open (or, ``save``, to write), window-modal like every dialog here;
    ``chosen(path)`` once one is. Qt's own dialog rather than the system's, so that its words
    are the interface's: the system's (and Qt's, in Kiswahili, Soomaali and አማርኛ) stay in
    English. ``suggested``: the folder, or the file, it starts at (else the user's home);
    ``filters``: the kinds of file offered, separated by ``;;`` ("PDF (*.pdf);;All files (*)")."""
    dialog = QFileDialog(owner.window(), title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one a time, never piling up
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if filters:
        dialog.setNameFilter(filters)
    start = Path(suggested) if suggested else Path.home()  # never the program's own folder
    if start.is_dir():
        dialog.setDirectory(str(start))
    else:
        dialog.setDirectory(str(start.parent))
        dialog.selectFile(start.name)
    label = QFileDialog.DialogLabel
    words = {
        label.LookIn: QCoreApplication.translate("Dialogs", "Look in:"),
        label.FileName: QCoreApplication.translate("Dialogs", "File name:"),
        label.FileType: QCoreApplication.translate("Dialogs", "Files of type:"),
        label.Accept: (
            QCoreApplication.translate("Dialogs", "&Save")
            if save
            else QCoreApplication.translate("Dialogs", "&Open")
        ),
        label.Reject: QCoreApplication.translate("Dialogs", "Cancel"),
    }
    for which, text in words.items():
        dialog.setLabelText(which, text)
    dialog.fileSelected.connect(lambda path: chosen(Path(path)))
    open_dialog(owner, dialog)
    return dialog


class ConnectingDialog(QDialog):
    """A dialog that tries a connection off the GUI thread (``connect_off_thread``): OK waits
    for it; Cancel or Esc gives it up, and nothing of it is kept when it answers. A failure is
    said in ``message``; a plain-http refusal shows ``allow_http``. Subclasses make
    ``message``, ``buttons``, ``allow_http`` and ``pool``."""

    _cancelled = False

    def connect_off_thread(self, work, kept, connecting: str) -> None:
        """``work()`` on a worker thread; ``kept(its answer)`` on the GUI thread, then the
        dialog closes — unless it was given up meanwhile."""
        from desktop_app.ui.ops import run_op

        self.message.setStyleSheet("")
        self.message.setText(connecting)
        self.buttons.button(_STANDARD.Ok).setEnabled(False)  # Cancel stays usable
        self._cancelled = False

        def answered(answer: object) -> None:
            if not self._cancelled:
                kept(answer)
                self.accept()

        run_op(work, answered, self._failed, parent=self, pool=self.pool)

    def reject(self) -> None:
        self._cancelled = True
        super().reject()

    def _failed(self, exc: Exception) -> None:
        from desktop_app.ui.messages import user_message

        if self._cancelled:
            return
        self.buttons.button(_STANDARD.Ok).setEnabled(True)
        if getattr(exc, "code", "") == "plain_http":
            self.allow_http.show()  # refused once, with why; allowed only when ticked
        self.message.setStyleSheet("color: #b00020; font-weight: bold")
        self.message.setText(user_message(exc))
        self.adjustSize()
