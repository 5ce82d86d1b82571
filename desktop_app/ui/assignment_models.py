"""The tables and item models of the Assignments screen (issue 25): each enumerator's progress
with the site's total; the open assignments read from the server, filtered by whose they are
and a search on their titles; and, in the Assign dialog, a list's households offered to
follow up, searched, ticked (Space), those the server refused in red with why. And Down from
a search box to the list it searches."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView

from desktop_app.assigning import Candidate, site_totals
from desktop_app.ui.i18n import isolate, isolate_value
from sync_protocol import AssignmentPublic, ProgressRow

ID = Qt.ItemDataRole.UserRole
NUMBERS = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # mirrored right to left
REFUSED_COLOUR = QColor("#b00020")
SITE_COLUMN = 5  # in both tables: shown only when the work is at several sites
_ModelIndex = QModelIndex | QPersistentModelIndex


class OpenAssignmentsModel(QAbstractTableModel):
    """The open assignments shown: those of the enumerator chosen whose title has the words
    searched."""

    TITLE, ENUMERATOR, FORM, DONE, LEFT, SITE = range(SITE_COLUMN + 1)

    def __init__(self, titles: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.titles = titles  # form id -> its title here
        self.every: list[AssignmentPublic] = []
        self.shown: list[AssignmentPublic] = []
        self.enumerator = ""  # "" everyone's
        self.search = ""
        self.headings = [
            self.tr("Household or work"),
            self.tr("Enumerator"),
            self.tr("Form"),
            self.tr("Done"),
            self.tr("Left"),
            self.tr("Site"),
        ]

    def show_assignments(self, every: list[AssignmentPublic]) -> None:
        self.every = every
        self.filter(self.enumerator, self.search)

    def filter(self, enumerator: str, search: str) -> None:
        self.beginResetModel()
        self.enumerator, self.search = enumerator, search
        words = search.casefold().split()
        self.shown = [
            a
            for a in self.every
            if (not enumerator or a.enumerator.casefold() == enumerator.casefold())
            and all(w in self.title_of(a).casefold() for w in words)
        ]
        self.endResetModel()

    def title_of(self, a: AssignmentPublic) -> str:
        """A household's label; new registrations by their number and zone."""
        if a.entity is not None:
            return a.title
        if a.zone:
            return self.tr("{zone}: {n} new registration(s)").format(zone=a.zone, n=a.quantity)
        return self.tr("{n} new registration(s)").format(n=a.quantity)

    # -- Qt's model ----------------------------------------------------------------------------
    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headings)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headings)
        ):
            return self.headings[section]
        return None

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.shown):
            return None
        a, column = self.shown[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.TITLE: isolate(self.title_of(a)),
                self.ENUMERATOR: isolate(a.enumerator),
                self.FORM: isolate(self.titles.get(a.form_id, a.form_id)),
                self.DONE: str(a.done),
                self.LEFT: str(a.left),
                self.SITE: isolate(a.site),
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.DONE, self.LEFT):
            return NUMBERS
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return self.tr("{title} — given by {who}, {when}").format(
                title=isolate(self.title_of(a)),
                who=isolate(a.created_by),
                when=a.created_at[:16].replace("T", " "),
            )
        if role == ID:
            return a.id
        return None


class HouseholdsModel(QAbstractListModel):
    """A list's entries offered to follow up, those the search keeps; each ticked or not
    (the ticks stay through searches). One the server refused is in red, with why."""

    ticks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.every: list[Candidate] = []
        self.shown: list[Candidate] = []
        self.ticked: set[str] = set()  # uuids
        self.refused: dict[str, str] = {}  # uuid -> the server's reason
        self.search = ""

    def offer(self, found: list[Candidate]) -> None:
        """Another list (or the same read again): the ticks of entries still in it stay."""
        self.beginResetModel()
        self.every = found
        uuids = {c.entity.uuid for c in found}
        self.ticked &= uuids
        self.refused = {u: why for u, why in self.refused.items() if u in uuids}
        self.shown = [c for c in found if c.matches(self.search)]
        self.endResetModel()
        self.ticks_changed.emit()

    def find(self, search: str) -> None:
        self.beginResetModel()
        self.search = search
        self.shown = [c for c in self.every if c.matches(search)]
        self.endResetModel()

    def ticked_in_order(self) -> list[Candidate]:
        return [c for c in self.every if c.entity.uuid in self.ticked]

    def tick(self, uuids: set[str], on: bool) -> None:
        if on:
            self.ticked |= uuids
        else:
            self.ticked -= uuids
        if self.shown:
            last = self.index(len(self.shown) - 1)
            self.dataChanged.emit(self.index(0), last, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()

    def mark_refused(self, refused: dict[str, str]) -> None:
        self.refused = refused
        if self.shown:
            self.dataChanged.emit(self.index(0), self.index(len(self.shown) - 1))

    def row_of(self, uuid: str) -> int:
        return next((i for i, c in enumerate(self.shown) if c.entity.uuid == uuid), -1)

    # -- Qt's model ----------------------------------------------------------------------------
    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.shown)

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.shown):
            return None
        c = self.shown[index.row()]
        uuid = c.entity.uuid
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(c)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if uuid in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            why = self.refused.get(uuid)
            return self.tr("Refused by the server: {why}").format(why=why) if why else uuid
        if role == Qt.ItemDataRole.ForegroundRole and uuid in self.refused:
            return QBrush(REFUSED_COLOUR)
        if role == Qt.ItemDataRole.UserRole:
            return uuid
        return None

    def setData(self, index: _ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        uuid = self.shown[index.row()].entity.uuid
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        (self.ticked.add if on else self.ticked.discard)(uuid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()
        return True

    def _text(self, c: Candidate) -> str:
        text = isolate(c.entity.label) or self.tr("(no label)")
        if c.shown:
            facts = " · ".join(
                self.tr("{name}: {value}").format(name=isolate(k), value=isolate_value(v))
                for k, v in c.shown
            )
            text = self.tr("{label} — {facts}").format(label=text, facts=facts)
        if c.assigned_to:
            text = self.tr("{household} (already given to {names})").format(
                household=text, names=", ".join(isolate(n) for n in c.assigned_to)
            )
        return text


class DownToList(QObject):
    """Down in a search box goes on to the list it searches (as Tab does)."""

    def __init__(self, search: QLineEdit, listed: QAbstractItemView) -> None:
        super().__init__(search)
        self.listed = listed
        search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.listed.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False


class ProgressModel(QStandardItemModel):
    """Each enumerator's open work — assignments, submissions expected, done, left — each
    site's total in bold after its enumerators."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Enumerator"),
                self.tr("Assignments"),
                self.tr("Expected"),
                self.tr("Done"),
                self.tr("Left"),
                self.tr("Site"),
            ]
        )

    def show_progress(self, rows: list[ProgressRow], titles: dict[str, str]) -> None:
        """``titles``: each form's title, by its id (said of each enumerator's work)."""
        self.removeRows(0, self.rowCount())
        bold = QFont()
        bold.setBold(True)
        for total in site_totals(rows):
            for r in [r for r in rows if r.site == total.site] + [total]:
                name = (
                    isolate(r.enumerator)
                    if r.enumerator
                    else self.tr("All of {site}").format(site=isolate(total.site))
                )
                cells = [QStandardItem(name)] + [
                    QStandardItem(str(n)) for n in (r.assignments, r.expected, r.done, r.left)
                ]
                cells.append(QStandardItem(isolate(r.site)))
                for cell in cells[1:5]:
                    cell.setTextAlignment(NUMBERS)
                for cell in cells:
                    cell.setEditable(False)
                    if not r.enumerator:
                        cell.setFont(bold)
                cells[0].setToolTip(", ".join(isolate(titles.get(f, f)) for f in r.forms))
                cells[0].setData(r.enumerator, ID)
                self.appendRow(cells)
        if not rows:
            empty = QStandardItem(
                self.tr(
                    "Nobody has open work: Assign… gives the site's enumerators and clerks some."
                )
            )
            empty.setEditable(False)
            self.appendRow([empty])


class AssignmentsTable(QTableView):
    """A table whose first column takes the room left, the others fitting their headings and
    cells; ``hidden()``: the columns not shown. Said again at each reset of the model, which
    forgets what was said of each column."""

    def __init__(
        self, name: str, model: QAbstractItemModel, *, hidden: Callable[[], set[int]]
    ) -> None:
        super().__init__()
        self.hidden = hidden
        self.setModel(model)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        model.modelReset.connect(self.dress)
        self.dress()

    def dress(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        gone = self.hidden()
        for column in range(self.model().columnCount()):
            self.setColumnHidden(column, column in gone)
