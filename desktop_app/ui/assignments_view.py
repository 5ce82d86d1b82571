"""A supervisor's (and the Secretariat's) Assignments screen (issue 25): each enumerator's
progress — assignments, submissions expected, done, left — with the site's total, and the
open assignments, filtered by who has them and by a search on their titles. Assign… gives
households to follow up or new registrations (assign_dialog); Reassign… gives the ones chosen
to someone else; Cancel assignment… (asked first) takes them back. Everything is read from
the server and changed there, live: nothing of it is kept on this computer, and with no
connection the screen says so.

Keyboard-only: Alt+P the progress, Alt+O the open assignments (Alt+E whose, Alt+S a search),
Alt+A assigns, Alt+R reassigns, Alt+C cancels, F5 reads it all again."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    Qt,
    QThreadPool,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.assigning import ALL_SITES_ROLES
from desktop_app.session import UserSession
from desktop_app.store import FormVersionInfo
from desktop_app.sync.enrolment import server_of, transport_for
from desktop_app.sync.transport import SyncError, Transport
from desktop_app.ui.assign_dialog import AssignDialog
from desktop_app.ui.assignment_models import (
    SITE_COLUMN,
    AssignmentsTable,
    DownToList,
    OpenAssignmentsModel,
    ProgressModel,
)
from desktop_app.ui.dialogs import open_dialog
from desktop_app.ui.home import form_title
from desktop_app.ui.i18n import isolate
from desktop_app.ui.messages import user_message
from desktop_app.ui.reassign_dialog import ReassignDialog, ask_server, refusal_text
from sync_protocol import AssignmentPublic, ProgressRow

PROBLEM_STYLE = "color: #b00020; font-weight: bold"
DONE_STYLE = "color: #1b5e20; font-weight: bold"  # a success reads as one, never in red
_Read = tuple[list[AssignmentPublic], list[ProgressRow]]


class AssignmentsView(QWidget):
    """The site's assignments, read from the server (``reload``) and changed there."""

    def __init__(
        self,
        user: UserSession,
        *,
        forms: list[FormVersionInfo],
        title_language: str = "en",
        pool: QThreadPool | None = None,
    ) -> None:
        """``forms``: those installed here (the ones that can be assigned, their titles);
        ``pool``: the window's store thread, for reading this computer's lists."""
        super().__init__()
        self.setObjectName("assignments")
        self.user = user
        self.forms = forms
        self.title_language = title_language
        self.pool = pool
        server = server_of(user) or {}
        self.role = str(server.get("role", ""))
        self.site = str(server.get("site") or user.user.site)
        self.all_sites = self.role in ALL_SITES_ROLES
        self.progress: list[ProgressRow] = []
        self.many_sites = False  # the Secretariat's: a column says whose
        self.read_once = False  # the server answered at least once
        self.reading = 0  # which reading an answer belongs to
        self.unreachable = False  # what is said is that the server could not be read
        try:
            self.transport: Transport | None = transport_for(user)
        except SyncError:  # not connected to a server
            self.transport = None

        heading = QLabel(self.tr("Assignments"))
        heading.setObjectName("heading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.where = QLabel()  # the site, and how many are open
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.said.setAccessibleName(self.tr("What happened"))
        self.said.hide()  # until something is said

        self.progress_model = ProgressModel(self)
        self.progress_table = AssignmentsTable(
            self.tr("Progress by enumerator"), self.progress_model, hidden=self._hidden
        )
        self.progress_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        progress_label = QLabel(self.tr("&Progress by enumerator"))
        progress_label.setBuddy(self.progress_table)

        titles = {f.form_id: form_title(f, title_language) for f in forms}
        self.model = OpenAssignmentsModel(titles, self)
        self.table = AssignmentsTable(self.tr("Open assignments"), self.model, hidden=self._hidden)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        open_label = QLabel(self.tr("&Open assignments"))
        open_label.setBuddy(self.table)
        self.enumerator = QComboBox()
        self.enumerator.setAccessibleName(self.tr("Whose assignments"))
        self.enumerator.addItem(self.tr("Everyone"), "")
        self.enumerator.currentIndexChanged.connect(lambda _: self._filter())
        enumerator_label = QLabel(self.tr("&Enumerator:"))
        enumerator_label.setBuddy(self.enumerator)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("A household, a zone…"))
        self.search.setAccessibleName(self.tr("Search the titles"))
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        self.search.textChanged.connect(lambda _: self._filter())
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        DownToList(self.search, self.table)
        self.shown = QLabel()

        self.assign_button = QPushButton(self.tr("&Assign…"))
        self.assign_button.clicked.connect(self.assign)
        self.reassign_button = QPushButton(self.tr("&Reassign…"))
        self.reassign_button.clicked.connect(self.reassign)
        self.cancel_button = QPushButton(self.tr("&Cancel assignment…"))
        self.cancel_button.clicked.connect(self.cancel)
        self.reload_button = QPushButton(self.tr("Read a&gain (F5)"))
        self.reload_button.clicked.connect(self.reload)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.where, 1)
        progress_box = QWidget()
        progress_layout = QVBoxLayout(progress_box)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(progress_label)
        progress_layout.addWidget(self.progress_table, 1)
        filters = QHBoxLayout()
        filters.addWidget(open_label)
        filters.addStretch(1)
        filters.addWidget(enumerator_label)
        filters.addWidget(self.enumerator)
        filters.addWidget(search_label)
        filters.addWidget(self.search)
        open_box = QWidget()
        open_layout = QVBoxLayout(open_box)
        open_layout.setContentsMargins(0, 0, 0, 0)
        open_layout.addLayout(filters)
        open_layout.addWidget(self.table, 1)
        open_layout.addWidget(self.shown)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(progress_box)
        split.addWidget(open_box)
        split.setChildrenCollapsible(False)
        line = self.fontMetrics().height()
        split.setSizes([line * 9, line * 20])  # a few enumerators; their work gets the room
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.reassign_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.said)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        chain = [
            self.progress_table,
            self.enumerator,
            self.search,
            self.table,
            self.assign_button,
            self.reassign_button,
            self.cancel_button,
            self.reload_button,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            self.setTabOrder(before, after)
        self._show_where()
        self._enable()
        if self.transport is None:
            self._say(
                self.tr(
                    "Assignments are kept on the server: this screen needs this computer "
                    "connected to it (Daftari → Connect to a server)."
                ),
                problem=True,
            )
        else:
            self.reload()

    def focus(self) -> None:
        """The keyboard to the open assignments."""
        self.table.setFocus()

    # -- F5 reads again (here, rather than the window's Sync now) -------------------------------
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F5
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()  # the key comes to keyPressEvent, not to a shortcut of the window
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_F5 and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.reload()
            return
        super().keyPressEvent(event)

    # -- reading --------------------------------------------------------------------------------
    def reload(self) -> None:
        """The open assignments and the progress read again from the server."""
        if self.transport is None:
            return
        self.reading += 1
        reading = self.reading
        self.reload_button.setEnabled(False)
        self.where.setText(self.tr("Reading the assignments from the server…"))

        def read(t: Transport) -> _Read:
            return t.assignments(open_only=True), t.assignment_progress()

        def done(answer: _Read) -> None:
            if reading == self.reading:
                self._read(*answer)

        def failed(exc: Exception) -> None:
            if reading == self.reading:
                self._unreadable(exc)

        ask_server(self, self.transport, read, done, failed)

    def _read(self, assignments: list[AssignmentPublic], progress: list[ProgressRow]) -> None:
        self.read_once = True
        self.reload_button.setEnabled(True)
        if self.unreachable:
            self._say("")  # the connection is back
        self.progress = progress
        self._show_progress(progress)
        chosen = self._chosen_ids()
        self.model.show_assignments(assignments)
        names = sorted({a.enumerator for a in assignments} | {p.enumerator for p in progress})
        current = self.enumerator.currentData() or ""
        self.enumerator.blockSignals(True)
        while self.enumerator.count() > 1:
            self.enumerator.removeItem(1)
        for name in names:
            self.enumerator.addItem(name, name)  # as typed to find it
        self.enumerator.setCurrentIndex(max(self.enumerator.findData(current), 0))
        self.enumerator.blockSignals(False)
        self._filter(keep=chosen)
        self.many_sites = len({a.site for a in assignments} | {p.site for p in progress}) > 1
        self.table.dress()
        self.progress_table.dress()
        self._show_where()

    def _unreadable(self, exc: Exception) -> None:
        self.reload_button.setEnabled(True)
        self._show_where()
        self._say(
            self.tr(
                "Assignments are read from the server and changed there: this screen needs a "
                "connection. {why}"
            ).format(why=self._why(exc)),
            problem=True,
        )
        self.unreachable = True
        self._enable()

    def _hidden(self) -> set[int]:
        """The site's column, in either table, unless the work is at several sites."""
        return set() if self.many_sites else {SITE_COLUMN}

    def _why(self, exc: Exception) -> str:
        if getattr(exc, "code", "") == "offline":  # (sync's words say it tries again itself)
            return self.tr("No connection to the server: check the network, then Read again (F5).")
        return user_message(exc)

    def _show_where(self) -> None:
        if self.all_sites:
            where = self.tr("every site")
        else:
            where = isolate(self.site)
        if self.read_once:
            self.where.setText(
                self.tr("{where} · {n} open").format(where=where, n=len(self.model.every))
            )
        else:
            self.where.setText(where)

    def _show_progress(self, rows: list[ProgressRow]) -> None:
        self.progress_model.show_progress(rows, self.model.titles)
        if rows:
            self.progress_table.clearSpans()
        else:  # the line that says so, across the numbers
            self.progress_table.setSpan(0, 0, 1, SITE_COLUMN)

    # -- the open assignments -------------------------------------------------------------------
    def _filter(self, keep: list[int] | None = None) -> None:
        kept = self._chosen_ids() if keep is None else keep
        self.model.filter(str(self.enumerator.currentData() or ""), self.search.text())
        rows = [row for row, a in enumerate(self.model.shown) if a.id in kept]
        if not rows and self.model.shown:
            rows = [0]  # the keyboard on the first, chosen: Alt+R or Alt+C acts on it
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, 0))
        chosen = self.table.selectionModel()
        chosen.select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if rows:
            chosen.setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        shown, every = len(self.model.shown), len(self.model.every)
        self.shown.setText(
            self.tr("{shown} of {every} open assignments shown").format(shown=shown, every=every)
            if every
            else (self.tr("No open assignment.") if self.read_once else "")
        )
        self._enable()

    def _chosen_ids(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.shown[r].id for r in sorted(rows) if r < len(self.model.shown)]

    def chosen(self) -> list[AssignmentPublic]:
        """The open assignments selected (the one with the keyboard when none is)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.shown[r] for r in rows if r < len(self.model.shown)]

    def _enable(self) -> None:
        usable = self.transport is not None and self.read_once
        chosen = bool(self.chosen())
        self.assign_button.setEnabled(usable and bool(self.forms))
        self.reassign_button.setEnabled(usable and chosen)
        self.cancel_button.setEnabled(usable and chosen)
        self.reload_button.setEnabled(self.transport is not None)

    def _say(self, text: str, *, problem: bool = False, done: bool = False) -> None:
        self.unreachable = False
        self.said.setText(text)
        self.said.setStyleSheet(PROBLEM_STYLE if problem else DONE_STYLE if done else "")
        self.said.setVisible(bool(text))

    # -- changing them ----------------------------------------------------------------------------
    def assign(self) -> None:
        if self.transport is None or not self.assign_button.isEnabled():
            return
        sites = None
        if self.all_sites:
            sites = sorted({a.site for a in self.model.every} | {p.site for p in self.progress})
        dialog = AssignDialog(
            self.user,
            self.transport,
            forms=self.forms,
            title_language=self.title_language,
            open_assignments=self.model.every,
            site=(sites[0] if sites else "") if self.all_sites else self.site,
            sites=sites,
            pool=self.pool,
            parent=self,
        )
        dialog.assigned.connect(self._assigned)
        open_dialog(self, dialog)

    def _assigned(self, made: list[AssignmentPublic]) -> None:
        if made:
            names = {a.enumerator for a in made}
            self._say(
                self.tr("{n} assignment(s) given to {names}.").format(
                    n=len(made), names=", ".join(isolate(n) for n in sorted(names))
                ),
                done=True,
            )
        self.reload()

    def reassign(self) -> None:
        chosen = self.chosen()
        if self.transport is None or not chosen or not self.reassign_button.isEnabled():
            return
        sites = {a.site for a in chosen}
        if len(sites) > 1:
            self._say(self.tr("Choose assignments of one site to reassign together."), problem=True)
            return
        dialog = ReassignDialog(
            self.transport,
            chosen,
            site=next(iter(sites)) if self.all_sites else None,
            title_of=self.model.title_of,
            parent=self,
        )
        dialog.reassigned.connect(self._reassigned)
        open_dialog(self, dialog)

    def _reassigned(self, taken: list[AssignmentPublic]) -> None:
        self._say(
            self.tr("{n} assignment(s) given to {name}.").format(
                n=len(taken), name=isolate(taken[0].enumerator)
            ),
            done=True,
        )
        self.reload()

    def cancel(self) -> None:
        """The assignments chosen cancelled, once the supervisor says yes (No by default)."""
        chosen = self.chosen()
        if self.transport is None or not chosen or not self.cancel_button.isEnabled():
            return
        titles = "\n".join(
            self.tr("{title} — {enumerator}").format(
                title=isolate(self.model.title_of(a)), enumerator=isolate(a.enumerator)
            )
            for a in chosen[:10]
        )
        if len(chosen) > 10:
            titles += "\n" + self.tr("and {n} more").format(n=len(chosen) - 10)
        ask = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Cancel assignments?"),
            self.tr(
                "Cancel {n} assignment(s)? They leave the enumerators' computers at their next "
                "sync; what was done for them stays."
            ).format(n=len(chosen)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        ask.setInformativeText(titles)
        # Alt+Y / Alt+N in every interface language (Qt's own translations use the script's
        # letters, which a Latin keyboard layout cannot type)
        ask.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Yes, cancel them"))
        ask.button(QMessageBox.StandardButton.No).setText(self.tr("&No"))
        ask.setDefaultButton(QMessageBox.StandardButton.No)  # a stray Enter cancels nothing
        ask.setEscapeButton(QMessageBox.StandardButton.No)
        ids = [a.id for a in chosen]

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self._cancel(ids)

        ask.finished.connect(answered)
        open_dialog(self, ask)

    def _cancel(self, ids: list[int]) -> None:
        transport = self.transport
        if transport is None:
            return
        self.cancel_button.setEnabled(False)
        self._say(self.tr("Sending to the server…"))

        def work(t: Transport) -> list[AssignmentPublic]:
            return [t.cancel_assignment(i) for i in ids]

        def done(cancelled: list[AssignmentPublic]) -> None:
            self._say(self.tr("{n} assignment(s) cancelled.").format(n=len(cancelled)), done=True)
            self.reload()

        def failed(exc: Exception) -> None:
            self._say(refusal_text(exc), problem=True)
            self.reload()  # some may have been cancelled before the refusal

        ask_server(self, transport, work, done, failed)
