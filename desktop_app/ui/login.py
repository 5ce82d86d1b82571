"""Who is working: log in, or on a new computer create its administrator profile. The
password box keeps the keyboard: Up and Down there (or in the user list) choose the user,
and what is typed goes into the password, wherever the user was chosen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.client import Client, UserSession
from desktop_app.store import UserRecord
from desktop_app.ui.messages import user_message
from desktop_app.ui.ops import run_op


class LoginView(QWidget):
    logged_in = Signal(object)  # a UserSession

    def __init__(
        self,
        client: Client,
        users: list[UserRecord],
        *,
        pool: QThreadPool,
        preselect: str = "",
        locked: bool = False,
    ) -> None:
        super().__init__()
        self.client = client
        self.pool = pool
        self.first_run = not users
        box = QWidget()
        box.setMaximumWidth(720)
        centred = QHBoxLayout(self)
        centred.addStretch(1)
        centred.addWidget(box, 3)
        centred.addStretch(1)
        outer = QVBoxLayout(box)
        outer.addStretch(1)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        form = QFormLayout()
        outer.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        if self.first_run:
            self.heading.setText(
                self.tr(
                    "Welcome to Daftari. Create the administrator profile for this computer: "
                    "it can add the other users and reset a forgotten password."
                )
            )
            self.name = QLineEdit()
            self.enumerator_id = QLineEdit()
            self.site = QLineEdit()
            self.repeat = QLineEdit()
            self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("&Name:"), self.name)
            form.addRow(self.tr("&Enumerator id:"), self.enumerator_id)
            form.addRow(self.tr("&Site (city):"), self.site)
            form.addRow(self.tr("&Password:"), self.password)
            form.addRow(self.tr("&Repeat the password:"), self.repeat)
            self.button = QPushButton(self.tr("&Create profile"))
            self.repeat.returnPressed.connect(self.submit)
        else:
            self.heading.setText(
                self.tr("Locked. Enter your password to go on, or switch user.")
                if locked
                else self.tr("Who is working?")
            )
            self.user = QComboBox()
            for u in users:
                if u.disabled:
                    continue
                self.user.addItem(f"{u.name} — {u.site}" if u.site else u.name, u.name)
            if preselect:
                index = self.user.findData(preselect)
                self.user.setCurrentIndex(max(index, 0))
            form.addRow(self.tr("&User:"), self.user)
            form.addRow(self.tr("&Password:"), self.password)
            self.button = QPushButton(self.tr("&Log in"))
            self.user.installEventFilter(self)
            self.password.installEventFilter(self)
            self.user.currentIndexChanged.connect(lambda _: self.message.clear())
        self.password.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        outer.addWidget(self.button)
        outer.addWidget(self.message)
        outer.addStretch(2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Up and Down choose the user, from the password box too; in the user list, what is
        typed goes into the password box (never a search of the list, which changed the user
        under the password being typed)."""
        if self.first_run or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()), 0)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if step and plain and watched in (self.user, self.password):
            index = self.user.currentIndex() + step
            if 0 <= index < self.user.count():
                self.user.setCurrentIndex(index)
            self.password.setFocus()
            return True
        if watched is self.user and event.text().isprintable() and event.text():
            ctrl_or_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            if not event.modifiers() & ctrl_or_alt:
                self.password.setFocus()
                self.password.insert(event.text())
                return True
        return super().eventFilter(watched, event)

    def focus(self) -> None:
        (self.name if self.first_run else self.password).setFocus()

    def submit(self) -> None:
        password = self.password.text()
        if self.first_run:
            if password != self.repeat.text():
                self.message.setText(self.tr("The two passwords are not the same."))
                return
            name, eid, site = self.name.text(), self.enumerator_id.text(), self.site.text()
            client = self.client

            def work() -> UserSession:
                return client.create_first_user(name, password, enumerator_id=eid, site=site)
        else:
            name = self.user.currentData()
            client = self.client

            def work() -> UserSession:
                return client.login(name, password)

        self.button.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        run_op(work, self._done, self._failed, parent=self, pool=self.pool)

    def _done(self, session: object) -> None:
        self.password.clear()
        self.message.clear()
        self.button.setEnabled(True)
        self.logged_in.emit(session)

    def _failed(self, exc: Exception) -> None:
        self.button.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()
        self.message.setText(user_message(exc))
