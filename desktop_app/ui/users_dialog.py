"""An administrator's list of this computer's profiles: add one, give one a new password,
disable or enable one. Password work (Argon2id) runs on the store thread."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop_app.client import MIN_PASSWORD, UserSession
from desktop_app.store import UserRecord
from desktop_app.ui.dialogs import open_dialog
from desktop_app.ui.messages import user_message
from desktop_app.ui.ops import run_op


class UsersDialog(QDialog):
    changed = Signal()

    def __init__(self, admin: UserSession, *, pool: QThreadPool, parent=None) -> None:
        super().__init__(parent)
        self.admin = admin
        self.pool = pool
        self.setWindowTitle(self.tr("Users of this computer"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 46)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Enumerator id"), self.tr("Site"), self.tr("Role"), ""]
        )
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add a user…"))
        self.reset_button = QPushButton(self.tr("&New password…"))
        self.disable_button = QPushButton(self.tr("&Disable"))
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.disable_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.users: list[UserRecord] = []
        self.form: UserForm | None = None  # the add / new password form while it is open
        self.reload()

    def reload(self, select: str = "") -> None:
        self.users = self.admin.client.users()
        self.table.setRowCount(len(self.users))
        for row, u in enumerate(self.users):
            cells = [
                u.name,
                u.enumerator_id,
                u.site,
                self.tr("administrator") if u.is_admin else self.tr("enumerator"),
                self.tr("disabled") if u.disabled else "",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if u.name == select:
                self.table.setCurrentCell(row, 0)
                self.table.selectRow(row)
        if not self.table.selectedItems() and self.users:
            self.table.setCurrentCell(0, 0)
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> UserRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        user = self.selected()
        self.reset_button.setEnabled(user is not None)
        self.disable_button.setEnabled(user is not None and user.name != self.admin.user.name)
        self.disable_button.setText(
            self.tr("&Enable") if user is not None and user.disabled else self.tr("&Disable")
        )

    def _run(self, work, done_text: str, select: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Working…"))

        def done(_: object) -> None:
            self.message.setText(done_text)
            self.reload(select)
            self.changed.emit()

        def failed(exc: Exception) -> None:
            self.message.setStyleSheet("color: #b00020; font-weight: bold")
            self.message.setText(user_message(exc))

        run_op(work, done, failed, parent=self, pool=self.pool)

    def add_user(self) -> None:
        form = UserForm(self, new=True, site=self.admin.user.site)
        admin = self.admin

        def accepted() -> None:
            values = form.values()
            self._run(
                lambda: admin.add_user(
                    values["name"],
                    values["password"],
                    enumerator_id=values["enumerator_id"],
                    site=values["site"],
                    is_admin=values["is_admin"],
                ),
                self.tr("{name} was added.").format(name=values["name"]),
                values["name"],
            )

        form.accepted.connect(accepted)
        open_dialog(self, form)
        self.form = form

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        form = UserForm(self, new=False, name=user.name)
        admin = self.admin

        def accepted() -> None:
            password = form.values()["password"]
            self._run(
                lambda: admin.reset_password(user.name, password),
                self.tr("{name} has a new password.").format(name=user.name),
                user.name,
            )

        form.accepted.connect(accepted)
        open_dialog(self, form)
        self.form = form

    def toggle_disabled(self) -> None:
        user = self.selected()
        if user is None:
            return
        admin, disable = self.admin, not user.disabled
        self._run(
            lambda: admin.set_user_disabled(user.name, disable),
            (
                self.tr("{name} can no longer log in; their submissions stay.")
                if disable
                else self.tr("{name} can log in again.")
            ).format(name=user.name),
            user.name,
        )


class UserForm(QDialog):
    """A new profile (name, enumerator id, site, password, administrator), or a new password
    for an existing one."""

    def __init__(self, parent, *, new: bool, name: str = "", site: str = "") -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(
            self.tr("Add a user") if new else self.tr("New password for {name}").format(name=name)
        )
        self.name = QLineEdit(name)
        self.enumerator_id = QLineEdit()
        self.site = QLineEdit(site)
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.is_admin = QCheckBox(self.tr("A&dministrator (can add users and reset passwords)"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold")
        form = QFormLayout(self)
        if new:
            form.addRow(self.tr("&Name:"), self.name)
            form.addRow(self.tr("&Enumerator id:"), self.enumerator_id)
            form.addRow(self.tr("&Site (city):"), self.site)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat the password:"), self.repeat)
        if new:
            form.addRow(self.is_admin)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        """Checked here, so that a refused form keeps what was typed in it."""
        if self.new and not self.name.text().strip():
            self.message.setText(self.tr("A user needs a name."))
        elif len(self.password.text()) < MIN_PASSWORD:
            self.message.setText(
                self.tr("A password needs at least {n} characters.").format(n=MIN_PASSWORD)
            )
            self.password.setFocus()
        elif self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords are not the same."))
        else:
            self.accept()

    def values(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "enumerator_id": self.enumerator_id.text().strip(),
            "site": self.site.text().strip(),
            "password": self.password.text(),
            "is_admin": self.is_admin.isChecked(),
        }
