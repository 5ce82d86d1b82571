"""A reviewer's window on the list entries two computers updated differently offline (ODK
Entities' conflicts): the site's entries in conflict, read from the server, and for the one
chosen each property changed since the conflict began with the values it may keep — the one
before and each proposed since, with who and when (desktop_app.entity_conflicts). The newest
is chosen to begin with; Resolve keeps the values chosen as the entry's next version on the
server. Online: nothing is kept on this computer.

Keyboard-only: the list has the keyboard first; Tab goes to each property's value chosen,
the arrow keys choose another, Tab to the next; Alt+R resolves, F5 reads the list again, Esc
closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.client import UserSession
from desktop_app.entity_conflicts import (
    Choice,
    ConflictReading,
    ContestedProperty,
    chosen_values,
    read_conflict,
)
from desktop_app.sync.enrolment import transport_for
from desktop_app.sync.transport import Refused, SyncError, Transport
from desktop_app.ui.dialogs import translate_buttons
from desktop_app.ui.i18n import isolate, isolate_ltr, isolate_value
from desktop_app.ui.messages import user_message
from desktop_app.ui.ops import run_op
from sync_protocol import ReviewedEntity

PROBLEM_STYLE = "color: #b00020; font-weight: bold"
DONE_STYLE = "color: #1b5e20; font-weight: bold"  # a success reads as one, never in red
LONGEST_SHOWN = 120  # characters of a value on its choice (all of it in the tip)
_Answer = TypeVar("_Answer")


class EntityConflictsWindow(QDialog):
    """The site's entries in conflict (the Secretariat's: every site's), each resolved
    property by property on the server. Enter on an entry goes to its choices; no key but
    Alt+R (or Space on Resolve) resolves: a stray Enter never does."""

    def __init__(self, user: UserSession, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one a time, never piling up
        self.setWindowTitle(self.tr("Household conflicts"))
        self.entities: list[ReviewedEntity] = []
        self.entity: ReviewedEntity | None = None  # the one chosen, with its versions
        self.reading: ConflictReading | None = None
        self.groups: dict[str, QButtonGroup] = {}  # each property's choices, by its name
        self.asked = 0  # which reading of an entity an answer belongs to
        self.filling = False  # the list being filled: the entry to show is chosen after
        self.choose_again = False  # the keyboard to the choices once they are read again
        try:
            self.transport: Transport | None = transport_for(user)
        except SyncError as exc:  # not connected to a server
            self.transport = None
            unreachable = user_message(exc)
        else:
            unreachable = ""

        heading = QLabel(self.tr("Households two computers updated differently"))
        heading.setObjectName("heading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Two computers updated the same household (or another entry of a list) from "
                "the same version, with no connection. Choose the value to keep for each "
                "property, then Resolve: the values chosen become its next version on the "
                "server, for every computer of the site."
            )
        )
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Label"),
                self.tr("List"),
                self.tr("Site"),
                self.tr("Version"),
                self.tr("Conflict"),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Households in conflict"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the values to choose
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _: self.focus_choices())  # Enter, double-click
        self.listed = QLabel()  # how many, or why none
        self.listed.setWordWrap(True)

        self.chosen_heading = QLabel()
        self.chosen_heading.setWordWrap(True)
        self.chosen_heading.setFont(font)
        self.chosen_facts = QLabel()
        self.chosen_facts.setWordWrap(True)
        self.choices = QWidget()
        self.choices_layout = QVBoxLayout(self.choices)
        self.choices_layout.setContentsMargins(0, 0, 0, 0)
        self.choices_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.choices)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the choices inside it
        chosen = QWidget()
        chosen_layout = QVBoxLayout(chosen)
        chosen_layout.setContentsMargins(0, 0, 0, 0)
        chosen_layout.addWidget(self.chosen_heading)
        chosen_layout.addWidget(self.chosen_facts)
        chosen_layout.addWidget(scroll, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(chosen)
        split.setChildrenCollapsible(False)
        line = self.fontMetrics().height()
        split.setSizes([line * 8, line * 16])  # a few entries; the choices get the room

        self.said = QLabel(unreachable)
        self.said.setWordWrap(True)
        self.said.setStyleSheet(PROBLEM_STYLE if unreachable else "")
        self.said.setAccessibleName(self.tr("What happened"))
        self.resolve_button = QPushButton(self.tr("&Resolve"))
        self.resolve_button.setEnabled(False)  # until an entry's versions are read
        self.resolve_button.clicked.connect(self.resolve)
        self.reload_button = QPushButton(self.tr("Read &again"))
        self.reload_button.clicked.connect(lambda: self.reload())
        QShortcut(QKeySequence("F5"), self, lambda: self.reload())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        for button in (self.resolve_button, self.reload_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the list is no click on a button
            button.setDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.listed)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.said)
        layout.addLayout(buttons)
        translate_buttons(self)
        # fits a 1366×768 screen beside the task bar
        self.resize(self.fontMetrics().horizontalAdvance("M") * 64, line * 30)
        self._show_entity(None)
        self.table.setFocus()
        self.reload()

    # -- the server ---------------------------------------------------------------------------
    def _ask(
        self,
        work: Callable[[Transport], _Answer],
        done: Callable[[_Answer], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """``work`` on a worker thread with a connection of its own; ``done`` or ``failed``
        on the GUI thread."""
        if self.transport is None:
            return
        transport = self.transport.clone()

        def run() -> _Answer:
            try:
                return work(transport)
            finally:
                transport.close()

        run_op(run, done, failed, parent=self)

    def _say(self, text: str, *, problem: bool = False, done: bool = False) -> None:
        self.said.setText(text)
        self.said.setStyleSheet(PROBLEM_STYLE if problem else DONE_STYLE if done else "")

    def done(self, result: int) -> None:
        if self.transport is not None:
            self.transport.close()
        super().done(result)

    # -- the list -----------------------------------------------------------------------------
    def reload(self, keep: str = "") -> None:
        """The entries in conflict read again from the server; ``keep``: the uuid to choose
        again if it is still listed (its versions read again too)."""
        if self.transport is None:
            return
        self.reload_button.setEnabled(False)
        self.listed.setText(self.tr("Reading the households in conflict from the server…"))
        self._ask(
            lambda t: t.entity_conflicts(),
            lambda found: self._listed(found, keep),
            self._list_failed,
        )

    def _list_failed(self, exc: Exception) -> None:
        self.reload_button.setEnabled(True)
        self.listed.setText("")
        self._say(user_message(exc), problem=True)

    def _listed(self, found: list[ReviewedEntity], keep: str) -> None:
        self.reload_button.setEnabled(True)
        self.entities = list(found)
        kinds = {
            "hard": self.tr("Same property, different values"),
            "soft": self.tr("Different properties (both kept)"),
        }
        self.filling = True  # the entry to show is chosen below, once
        self.model.removeRows(0, self.model.rowCount())
        for e in self.entities:
            cells = [
                isolate(e.label),
                isolate(e.list_name),
                isolate(e.site),
                str(e.version),
                kinds.get(e.conflict or "", e.conflict or ""),
            ]
            items = [QStandardItem(text) for text in cells]
            items[0].setData(e.uuid, Qt.ItemDataRole.UserRole)
            items[0].setToolTip(e.uuid)
            self.model.appendRow(items)
        self.table.setColumnHidden(2, len({e.site for e in self.entities}) < 2)
        self.listed.setText(
            self.tr("{n} in conflict.").format(n=len(self.entities))
            if self.entities
            else self.tr("No household is in conflict: every update agrees.")
        )
        uuids = [e.uuid for e in self.entities]
        if uuids:
            row = uuids.index(keep) if keep in uuids else 0
            self.table.setCurrentIndex(self.model.index(row, 0))  # (selectRow: none RTL)
        self.filling = False
        if uuids:
            self._read(uuids[row])
        else:
            self.asked += 1  # an entry's versions still on their way are not shown
            self._show_entity(None)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self.filling and 0 <= current.row() < len(self.entities):
            self._read(self.entities[current.row()].uuid)

    # -- one entry ----------------------------------------------------------------------------
    def _read(self, uuid: str) -> None:
        """The entry's versions, read from the server; an answer for an entry chosen
        before is left unsaid."""
        self.asked += 1
        asked = self.asked
        self.resolve_button.setEnabled(False)
        self.chosen_facts.setText(self.tr("Reading its versions from the server…"))

        def read(entity: ReviewedEntity) -> None:
            if asked == self.asked:
                self._show_entity(entity)

        def failed(exc: Exception) -> None:
            if asked == self.asked:
                self.chosen_facts.setText(user_message(exc))

        self._ask(lambda t: t.entity(uuid), read, failed)

    def _show_entity(self, entity: ReviewedEntity | None) -> None:
        """The entry's properties to choose for, each value with who proposed it and when;
        the newest chosen."""
        focused = self.focusWidget()
        had_focus = focused is not None and self.choices.isAncestorOf(focused)
        self.entity = entity
        self.reading = read_conflict(entity.versions) if entity is not None else None
        for group in self.groups.values():
            group.deleteLater()
        self.groups = {}
        while self.choices_layout.count() > 1:  # the stretch stays last
            item = self.choices_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        if entity is None or self.reading is None:
            self.chosen_heading.setText("")
            self.chosen_facts.setText("")
            self.resolve_button.setEnabled(False)
            return
        reading = self.reading
        self.chosen_heading.setText(
            self.tr("{label} — {list}, version {version}").format(
                label=isolate(entity.label), list=isolate(entity.list_name), version=entity.version
            )
        )
        if reading.properties:
            facts = self.tr(
                "{n} updates since version {since}: each property's value then, and each "
                "proposed since. The newest is chosen."
            ).format(n=len(reading.versions), since=reading.since)
        else:
            facts = self.tr(
                "No property has competing values: Resolve keeps it as it is and ends the conflict."
            )
        self.chosen_facts.setText(facts)
        focus_chain: list[QWidget] = [self.table]
        for p in reading.properties:
            box, buttons = self._property_box(p)
            self.choices_layout.insertWidget(self.choices_layout.count() - 1, box)
            focus_chain += buttons  # all in the chain: Tab stops at the one chosen
        focus_chain += [self.resolve_button, self.reload_button, self.close_button]
        for before, after in zip(focus_chain, focus_chain[1:], strict=False):
            self.setTabOrder(before, after)
        self.resolve_button.setEnabled(True)
        if had_focus or self.choose_again:
            self.choose_again = False
            self.focus_choices()

    def _property_box(self, p: ContestedProperty) -> tuple[QGroupBox, list[QRadioButton]]:
        """A property's values as choices, one checked: the keyboard reaches the checked
        one by Tab, and the arrow keys move the choice (only the checked one takes Tab)."""
        name = self.tr("Label") if p.is_label else isolate(p.name)
        title = (
            self.tr("{name} — different values proposed")
            if p.hard
            else self.tr("{name} — changed by one computer")
        ).format(name=name)
        box = QGroupBox(title.replace("&", "&&"))
        box.setFlat(True)  # a title over its choices, no frame: more of them in sight
        inside = QVBoxLayout(box)
        inside.setSpacing(2)
        group = QButtonGroup(box)
        group.setExclusive(True)
        buttons = []
        for index, choice in enumerate(p.choices):
            button = QRadioButton(self._choice_text(choice).replace("&", "&&"))
            button.setToolTip(choice.value)
            button.setProperty("value", choice.value)
            button.toggled.connect(lambda on, b=button: _takes_tab(b, on))
            _takes_tab(button, False)
            group.addButton(button, index)
            inside.addWidget(button)
            buttons.append(button)
        buttons[p.default].setChecked(True)
        box.setAccessibleName(title)
        self.groups[p.name] = group
        return box, buttons

    def _choice_text(self, choice: Choice) -> str:
        value = choice.value
        if len(value) > LONGEST_SHOWN:
            value = value[:LONGEST_SHOWN] + "…"
        shown = isolate_value(value) if value else self.tr("(empty)")
        said = []
        if choice.before is not None:
            said.append(
                self.tr("before the conflict: version {version}, {who}, {when}").format(
                    version=choice.before.version,
                    who=isolate(choice.before.by),
                    when=_when(choice.before.at),
                )
            )
        said += [
            self.tr("{who}, {when} (version {version})").format(
                who=isolate(p.by), when=_when(p.at), version=p.version
            )
            for p in choice.proposals
        ]
        return self.tr("{value} — {said}").format(value=shown, said="; ".join(said))

    def focus_choices(self) -> None:
        """The keyboard to the first property's value chosen (the list when there is none)."""
        first = next(iter(self.groups.values()), None)
        button = first.checkedButton() if first is not None else None
        (button or self.table).setFocus()

    def picked(self) -> dict[str, str]:
        """The value chosen for each property, by its name."""
        checked = {name: group.checkedButton() for name, group in self.groups.items()}
        return {name: str(b.property("value")) for name, b in checked.items() if b is not None}

    # -- resolving ----------------------------------------------------------------------------
    def resolve(self) -> None:
        """The values chosen sent as the entry's next version; refused (409) when it changed
        on the server since it was read: then read again, to choose again."""
        entity, reading = self.entity, self.reading
        if entity is None or reading is None or not self.resolve_button.isEnabled():
            return
        values, label = chosen_values(reading.properties, self.picked())
        uuid, version = entity.uuid, entity.version
        self.resolve_button.setEnabled(False)

        def resolved(new: ReviewedEntity) -> None:
            self._say(
                self.tr("{label}: resolved, as version {version} with the values chosen.").format(
                    label=isolate(new.label), version=new.version
                ),
                done=True,
            )
            self.table.setFocus()
            self.reload()

        def refused(exc: Exception) -> None:
            if isinstance(exc, Refused) and exc.status == 409:
                self._say(
                    self.tr(
                        "{label} changed on the server since you looked at it; it was read "
                        "again. Choose again, then Resolve."
                    ).format(label=isolate(entity.label)),
                    problem=True,
                )
                self.choose_again = True
                self.reload(keep=uuid)
                return
            self._say(user_message(exc), problem=True)
            self.resolve_button.setEnabled(True)

        self._ask(
            lambda t: t.entity_resolve(uuid, version=version, values=values, label=label),
            resolved,
            refused,
        )


def _takes_tab(button: QRadioButton, checked: bool) -> None:
    """Only a property's chosen value takes Tab: Tab goes from one property to the next, and
    the arrow keys (which move the choice from the checked one) choose within it."""
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if checked else Qt.FocusPolicy.ClickFocus)


def _when(at: str) -> str:
    """A moment as the server writes it (UTC), to the minute, always left to right."""
    return isolate_ltr(at[:16].replace("T", " "))
