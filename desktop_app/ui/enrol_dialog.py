"""Connecting this computer to a server: address, account, password → a device token kept
encrypted in the home. The login runs off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from desktop_app.client import UserSession
from desktop_app.sync.enrolment import enrol, server_of
from desktop_app.ui.ops import run_op


class EnrolDialog(QDialog):
    enrolled = Signal()

    def __init__(self, user: UserSession, *, pool: QThreadPool, parent=None) -> None:
        super().__init__(parent)
        self.user = user
        self.pool = pool
        self.setWindowTitle(self.tr("Connect to a server"))
        current = server_of(user) or {}
        self.url = QLineEdit(current.get("url", "https://"))
        self.account = QLineEdit(current.get("username", user.user.name))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Server address:"), self.url)
        form.addRow(self.tr("&Account:"), self.account)
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
        self.message.setText(self.tr("Connecting…"))
        self.buttons.setEnabled(False)
        run_op(
            lambda: enrol(user, url, account, password),
            self._done,
            self._failed,
            parent=self,
            pool=self.pool,
        )

    def _done(self, answer: object) -> None:
        self.enrolled.emit()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(str(exc))
