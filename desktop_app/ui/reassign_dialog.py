"""What the Assignments screen's windows share — asking the server off the window's thread,
listing who works at a site — and the Reassign dialog: the assignments chosen given to
someone else, each in turn; what the server refused is said in the dialog, in its words.

Keyboard-only: Alt+G who, Alt+R reassigns, Esc closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.sync.transport import Refused, Transport
from desktop_app.ui.dialogs import translate_buttons
from desktop_app.ui.i18n import isolate
from desktop_app.ui.messages import user_details, user_message
from desktop_app.ui.ops import run_op
from sync_protocol import Assignee, AssignmentPublic

PROBLEM_STYLE = "color: #b00020; font-weight: bold"
_Answer = TypeVar("_Answer")


def ask_server(
    owner: QObject,
    transport: Transport,
    work: Callable[[Transport], _Answer],
    done: Callable[[_Answer], None],
    failed: Callable[[Exception], None],
) -> None:
    """``work`` on a worker thread with a connection of its own; ``done`` or ``failed`` on
    the GUI thread (nobody told when ``owner`` is gone meanwhile)."""
    connection = transport.clone()

    def run() -> _Answer:
        try:
            return work(connection)
        finally:
            connection.close()

    run_op(run, done, failed, parent=owner)


def refusal_text(exc: Exception) -> str:
    """Why the server said no (or could not be reached), in the interface's words, with the
    server's own words below them (which name what it refused)."""
    text, details = user_message(exc), user_details(exc)
    if details and details != text:
        said = QCoreApplication.translate("Assignments", "The server said: {words}")
        text += "\n" + said.format(words=details)
    return text


def role_name(role: str) -> str:
    """Who someone is at the site, in the interface's words."""
    return {
        "enumerator": QCoreApplication.translate("Assignments", "enumerator"),
        "clerk": QCoreApplication.translate("Assignments", "clerk"),
    }.get(role, role)


def fill_people(
    combo: QComboBox, people: list[Assignee], *, keep: str = "", leave_out: str = ""
) -> None:
    """``people`` offered in ``combo`` ("amina — enumerator": the name first, found by
    typing it), the name as each item's data; ``keep`` chosen again when it is still there,
    ``leave_out`` not offered."""
    combo.clear()
    for p in people:
        if p.name.casefold() != leave_out.casefold():
            text = QCoreApplication.translate("Assignments", "{name} — {role}")
            combo.addItem(text.format(name=p.name, role=isolate(role_name(p.role))), p.name)
    found = combo.findData(keep)
    combo.setCurrentIndex(max(found, 0) if combo.count() else -1)


class ReassignDialog(QDialog):
    """The assignments chosen, given to someone else (each in turn): what the server refused
    is said here, with the titles; what it took is done."""

    reassigned = Signal(object)  # list[AssignmentPublic]: those the server took

    def __init__(
        self,
        transport: Transport,
        chosen: list[AssignmentPublic],
        *,
        site: str | None,
        title_of: Callable[[AssignmentPublic], str] = lambda a: a.title,
        parent: QWidget | None = None,
    ) -> None:
        """``site``: named for the Secretariat (the server asks it which); None: the
        caller's own. ``title_of``: an assignment as the screen names it."""
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Reassign"))
        self.transport = transport
        self.chosen = chosen
        self.title_of = title_of
        titles = ", ".join(isolate(title_of(a)) for a in chosen[:5])
        if len(chosen) > 5:
            titles += self.tr(" and {n} more").format(n=len(chosen) - 5)
        heading = QLabel(
            self.tr("Give {n} assignment(s) to someone else: {titles}").format(
                n=len(chosen), titles=titles
            )
        )
        heading.setWordWrap(True)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Give to"))
        self.person.setPlaceholderText(self.tr("Reading who works at the site…"))
        person_label = QLabel(self.tr("&Give to:"))
        person_label.setBuddy(self.person)
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.said.setAccessibleName(self.tr("What happened"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(person_label)
        row.addWidget(self.person, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.said)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        translate_buttons(self)
        self.ok.setText(self.tr("&Reassign"))
        self.resize(self.fontMetrics().horizontalAdvance("M") * 36, self.sizeHint().height())
        only = {a.enumerator for a in chosen}
        leave_out = next(iter(only)) if len(only) == 1 else ""

        def found(people: list[Assignee]) -> None:
            fill_people(self.person, people, leave_out=leave_out)
            self.person.setPlaceholderText(self.tr("Nobody else at this site can be given work"))

        def failed(exc: Exception) -> None:
            self.said.setStyleSheet(PROBLEM_STYLE)
            self.said.setText(user_message(exc))

        ask_server(self, transport, lambda t: t.assignees(site), found, failed)
        self.person.setFocus()

    def send(self) -> None:
        name = self.person.currentData()
        if not name or not self.ok.isEnabled():
            self.said.setStyleSheet(PROBLEM_STYLE)
            self.said.setText(self.tr("Choose who does the work."))
            self.person.setFocus()
            return
        self.ok.setEnabled(False)
        self.said.setStyleSheet("")
        self.said.setText(self.tr("Sending to the server…"))
        ids = [a.id for a in self.chosen]

        def work(t: Transport) -> tuple[list[AssignmentPublic], list[tuple[int, Exception]]]:
            taken: list[AssignmentPublic] = []
            refused: list[tuple[int, Exception]] = []
            for i in ids:
                try:
                    taken.append(t.reassign(i, str(name)))
                except Refused as exc:
                    refused.append((i, exc))
            return taken, refused

        ask_server(self, self.transport, work, self._answered, self._failed)

    def _answered(self, answer: tuple[list[AssignmentPublic], list[tuple[int, Exception]]]) -> None:
        taken, refused = answer
        if taken:
            self.reassigned.emit(taken)
        if not refused:
            self.accept()
            return
        titles = {a.id: self.title_of(a) for a in self.chosen}
        self.chosen = [a for a in self.chosen if a.id in dict(refused)]
        self.ok.setEnabled(True)
        self.said.setStyleSheet(PROBLEM_STYLE)
        self.said.setText(
            "\n".join(
                self.tr("{title}: {why}").format(title=isolate(titles[i]), why=str(exc))
                for i, exc in refused
            )
        )

    def _failed(self, exc: Exception) -> None:
        self.ok.setEnabled(True)
        self.said.setStyleSheet(PROBLEM_STYLE)
        self.said.setText(refusal_text(exc))
