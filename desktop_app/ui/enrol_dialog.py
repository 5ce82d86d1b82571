"""Connecting this computer to a server: address, account, password → a device token kept
encrypted in the home. The login runs off the GUI thread."""

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
from desktop_app.sync.enrolment import (
    enrol,
    keep_enrolment,
    last_address,
    log_in,
    plain_http_over_a_public_network,
    server_of,
)
from desktop_app.ui.dialogs import ConnectingDialog
from desktop_app.ui.i18n import isolate_ltr
from sync_protocol import LoginAnswer


class EnrolDialog(ConnectingDialog):
    enrolled = Signal()

    def __init__(self, user: UserSession, *, pool: QThreadPool, parent=None) -> None:
        super().__init__(parent)
        self.user = user
        self.pool = pool
        self.setWindowTitle(self.tr("Connect to a server"))
        # wide enough for an address and an error message on one or two lines
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 48)
        current = server_of(user) or {}
        self.url = QLineEdit(current.get("url") or last_address(user) or "https://")
        self.url.setPlaceholderText("https://daftari.example.org  ·  http://192.168.1.10:8080")
        self.account = QLineEdit(current.get("username", user.user.name))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        addresses = {
            "secure": isolate_ltr("https://"),
            "plain": isolate_ltr("http://"),
            "example": isolate_ltr("http://192.168.1.10:8080"),
        }
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an address reads so
        self.about = QLabel(
            self.tr(
                "Over the internet the address starts with {secure} (the connection is "
                "encrypted). A server in your own office is often reached with {plain} and "
                "its local address, e.g. {example}."
            ).format(**addresses)
        )
        self.about.setWordWrap(True)
        self.warning = QLabel(
            self.tr(
                "⚠ With {plain} your password and the answers cross the network unencrypted: "
                "use it only on the office's own network, never over the internet."
            ).format(**addresses)
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00; font-weight: bold")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold")
        form = QFormLayout(self)
        form.addRow(self.tr("&Server address:"), self.url)
        form.addRow(self.about)
        form.addRow(self.warning)
        self.allow_http = QCheckBox(self.tr("Send over plain http anyway (I know the risk)"))
        self.allow_http.hide()
        form.addRow(self.allow_http)
        form.addRow(self.tr("&Account:"), self.account)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.url.textChanged.connect(self._address_changed)
        self._address_changed(self.url.text())

    def _address_changed(self, text: str) -> None:
        self.warning.setVisible(text.strip().lower().startswith("http://"))

    def submit(self) -> None:
        user, url, account, password = (
            self.user,
            self.url.text().strip(),
            self.account.text().strip(),
            self.password.text(),
        )
        allow = self.allow_http.isChecked()

        def work() -> LoginAnswer:
            if plain_http_over_a_public_network(url) and not allow:
                return enrol(user, url, account, password)  # raises PlainHttp, said in the box
            return log_in(user, url, account, password)

        def kept(answer: LoginAnswer) -> None:
            keep_enrolment(user, url, answer)
            self.enrolled.emit()

        self.connect_off_thread(work, kept, self.tr("Connecting…"))
