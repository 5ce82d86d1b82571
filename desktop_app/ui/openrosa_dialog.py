"""Connecting this user to an ODK Central project or a KoboToolbox account, as ODK Collect is
set up: the address (with a Central app user's token in it, or a server's and a user name and
password). The form list is fetched off the GUI thread; only a connection that answered is
kept, its password encrypted."""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from desktop_app.client import UserSession
from desktop_app.sync import openrosa
from desktop_app.ui.dialogs import ConnectingDialog


class OpenRosaDialog(ConnectingDialog):
    connected = Signal(int)  # how many forms the server lists

    def __init__(self, user: UserSession, *, pool: QThreadPool, parent=None) -> None:
        super().__init__(parent)
        self.user = user
        self.pool = pool
        self.setWindowTitle(self.tr("Connect to ODK Central or KoboToolbox"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 52)
        current = openrosa.peer_of(user) or {}
        self.url = QLineEdit(current.get("url") or "https://")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an address reads so
        self.url.setPlaceholderText("https://central.example.org/v1/key/…/projects/1")
        self.account = QLineEdit(current.get("username", ""))
        self.account.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.about = QLabel(
            self.tr(
                "The address ODK Collect would be given. An ODK Central app user's address "
                "needs no account or password; a Central web user's needs the e-mail and "
                "password; a KoboToolbox account's the user name and password. Its forms are "
                "installed here and their submissions go there."
            )
        )
        # the three kinds of address, each on its own line, read left to right
        self.examples = QLabel(
            "https://central.example.org/v1/key/…/projects/1\n"
            "https://central.example.org/v1/projects/1\n"
            "https://kc.kobotoolbox.org/USER"
        )
        self.examples.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.examples.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.examples.setStyleSheet("color: #444")
        self.about.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Server &address:"), self.url)
        form.addRow(self.about)
        form.addRow(self.examples)
        self.allow_http = QCheckBox(self.tr("Send over plain http anyway (I know the risk)"))
        self.allow_http.hide()
        form.addRow(self.allow_http)
        form.addRow(self.tr("A&ccount (if asked):"), self.account)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def submit(self) -> None:
        user, url, account, password = (
            self.user,
            self.url.text().strip(),
            self.account.text().strip(),
            self.password.text(),
        )
        allow = self.allow_http.isChecked()

        def kept(listed: list[openrosa.Listed]) -> None:
            forms = [f.form_id for f in listed]
            openrosa.keep_connection(user, url, account, password, forms)
            self.connected.emit(len(listed))

        self.connect_off_thread(
            lambda: openrosa.connect(
                user, url, account, password, allow_plain_http=allow, keep=False
            ),
            kept,
            self.tr("Connecting…"),
        )
