"""Opening a dialog so that the keyboard is never lost: window-modal, its standard buttons in
the interface's language, and when it closes the keyboard goes back to the window and to where
it was (with no window manager, as under Xvfb, nothing else gives it back). File dialogs are
Qt's own (not the system's), their words in the interface's language, and they start in the
folder last used for the same purpose (``choose_file``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeGuard, TypeVar

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QThreadPool
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QWidget,
)

_STANDARD = QDialogButtonBox.StandardButton
_Answer = TypeVar("_Answer")
# The folder each kind of file was last saved to or opened from, kept in the store's settings
# (so across runs): purpose -> folder.
FOLDERS = "file_dialog_folders"


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

    def usable(widget: QWidget | None) -> TypeGuard[QWidget]:
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
        focused = window.focusWidget()
        if usable(focused):
            focused.setFocus()  # the dialog's answer already chose where
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
    chosen: Callable[[Path], object],  # what it returns is not used
    *,
    save: bool = False,
    suggested: str = "",
    filters: str = "",
    purpose: str = "",
) -> QFileDialog:
    """Ask for a file to open (or, ``save``, to write), window-modal like every dialog here;
    ``chosen(path)`` once one is. Qt's own dialog rather than the system's, so that its words
    are the interface's: the system's (and Qt's, in Kiswahili, Soomaali and አማርኛ) stay in
    English. ``filters``: the kinds of file offered, separated by ``;;`` ("PDF (*.pdf);;All
    files (*)").

    It starts in the folder last used for the same ``purpose`` (kept in the settings of the
    window's store, across runs; by default the purpose is saving or opening that kind of
    file), else in ``suggested``'s folder when it names one, else in the user's Documents
    folder, else their home — never the program's working directory. ``suggested``: the
    file offered (a bare name goes in that folder), or a folder."""
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
    purpose = purpose or file_purpose(save=save, suggested=suggested, filters=filters)
    store = _settings_of(owner)
    folder, name = start_at(suggested, _folders(store).get(purpose))
    dialog.setDirectory(str(folder))
    if name:
        dialog.selectFile(str(folder / name))
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

    def selected(path: str) -> None:
        if store is not None:  # where the next one of this purpose starts, in the next run too
            store.set_setting(FOLDERS, {**_folders(store), purpose: str(Path(path).parent)})
        chosen(Path(path))

    dialog.fileSelected.connect(selected)
    open_dialog(owner, dialog)
    return dialog


def start_at(suggested: str, remembered: str | None = None) -> tuple[Path, str]:
    """The folder a file dialog starts in, and the file name it offers: ``remembered`` (the
    folder last used for its purpose), else ``suggested``'s folder when it names one, else
    the user's Documents, else their home; a relative ``suggested`` is a name in it."""
    offered = Path(suggested).expanduser()
    given: Path | None = None
    name = suggested
    if suggested and offered.is_absolute():
        given, name = (offered, "") if offered.is_dir() else (offered.parent, offered.name)
    for folder in (remembered, given, _documents()):
        if folder and Path(folder).is_dir():
            return Path(folder), name
    return Path.home(), name


def file_purpose(*, save: bool, suggested: str = "", filters: str = "") -> str:
    """What a file dialog is for, when its caller does not say: saving or opening that kind
    of file ("save .pdf", "open .xls .xlsx"), by the patterns of ``filters`` or else the
    suffix of the ``suggested`` file."""
    kinds = sorted({k.lower() for k in re.findall(r"\*(\.[^\s;)]+)", filters)})
    if not kinds and Path(suggested).suffix:
        kinds = [Path(suggested).suffix.lower()]
    return ("save " if save else "open ") + (" ".join(kinds) or "*")


def _settings_of(owner: QWidget):
    """The store whose settings keep the folders: the main window's (its ``client``'s), when
    the dialog opens over it; None elsewhere (nothing is remembered)."""
    store = getattr(getattr(owner.window(), "client", None), "store", None)
    return store if hasattr(store, "set_setting") else None


def _folders(store) -> dict[str, str]:
    return dict(store.setting(FOLDERS, {}) or {}) if store is not None else {}


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class ConnectingDialog(QDialog):
    """A dialog that tries a connection off the GUI thread (``connect_off_thread``): OK waits
    for it; Cancel or Esc gives it up, and nothing of it is kept when it answers. A failure is
    said in ``message``; a plain-http refusal shows ``allow_http``. Subclasses make
    ``message``, ``buttons``, ``allow_http`` and ``pool``."""

    message: QLabel
    buttons: QDialogButtonBox
    allow_http: QCheckBox
    pool: QThreadPool
    _cancelled = False

    def connect_off_thread(
        self, work: Callable[[], _Answer], kept: Callable[[_Answer], None], connecting: str
    ) -> None:
        """``work()`` on a worker thread; ``kept(its answer)`` on the GUI thread, then the
        dialog closes — unless it was given up meanwhile."""
        from desktop_app.ui.ops import run_op

        self.message.setStyleSheet("")
        self.message.setTextFormat(Qt.TextFormat.AutoText)
        self.message.setText(connecting)
        self.buttons.button(_STANDARD.Ok).setEnabled(False)  # Cancel stays usable
        self._cancelled = False

        def answered(answer: _Answer) -> None:
            if not self._cancelled:
                kept(answer)
                self.accept()

        run_op(work, answered, self._failed, parent=self, pool=self.pool)

    def reject(self) -> None:
        self._cancelled = True
        super().reject()

    def _failed(self, exc: Exception) -> None:
        from html import escape

        from desktop_app.ui.i18n import isolate_ltr
        from desktop_app.ui.messages import user_details, user_message

        if self._cancelled:
            return
        self.buttons.button(_STANDARD.Ok).setEnabled(True)
        if getattr(exc, "code", "") == "plain_http":
            self.allow_http.show()  # refused once, with why; allowed only when ticked
        self.message.setStyleSheet("color: #b00020; font-weight: bold")
        # said in the interface's language; the server's or the system's own words (English)
        # below it, smaller, for whoever helps
        details = user_details(exc)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setText(
            escape(user_message(exc), quote=False)
            + (
                "<br><span style='font-weight: normal; color: #555; font-size: small'>"
                + escape(isolate_ltr(details), quote=False)
                + "</span>"
                if details
                else ""
            )
        )
        self.adjustSize()
