"""*To visit*: the enumerator's assignments (issue 25) — the households to follow up and the
registrations to make, with what is done and left — and an entity's history. Enter opens the
follow-up (the household picked, its facts preloaded; a draft begun for it goes on), Ctrl+H
shows the household's history."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.assignments import Assignment
from desktop_app.entities import EntityVersion
from desktop_app.ui.dialogs import translate_buttons
from desktop_app.ui.i18n import isolate, isolate_ltr, isolate_value

ID = Qt.ItemDataRole.UserRole


class ToVisitView(QWidget):
    open_requested = Signal(int)  # an assignment's id
    history_requested = Signal(int)  # an assignment's id (of an entity)
    print_requested = Signal(str)  # a form id: the sheets of its open assignments

    def __init__(self, titles: dict[str, str]) -> None:
        super().__init__()
        self.titles = titles  # form id -> its title
        self.assignments: dict[int, Assignment] = {}
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Household or work"), self.tr("Form"), self.tr("Done"), self.tr("Left")]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("To visit"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons, not cell to cell
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda index: self._open(index))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())

        self.open_button = QPushButton(self.tr("&Open the visit (Enter)"))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.history_button = QPushButton(self.tr("&History (Ctrl+H)"))
        self.history_button.clicked.connect(self._history)
        self.print_button = QPushButton(self.tr("&Print sheets…"))
        self.print_button.setToolTip(
            self.tr(
                "A sheet for each household still to visit with this form, with its QR code: "
                "keying the filled sheet starts from the code."
            )
        )
        self.print_button.clicked.connect(self._print)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+H"), self, self._history)
        self._enable()

    def show_assignments(self, assignments: list[Assignment], search: str = "") -> None:
        """The user's assignments (work left first), those whose title has ``search``."""
        wanted = search.strip().casefold()
        kept = [a for a in assignments if wanted in a.title.casefold()]
        current = self._current()
        self.assignments = {a.id: a for a in kept}
        self.model.removeRows(0, self.model.rowCount())
        done_font = QFont(self.font())
        done_font.setItalic(True)
        for a in kept:
            title = a.title
            if a.zone and a.entity is None and a.zone != a.title:
                title = f"{a.title} · {a.zone}"
            if a.drafts:
                title = self.tr("{title} (begun)").format(title=isolate(title))
            cells = [
                QStandardItem(title),
                QStandardItem(self.titles.get(a.form_id, a.form_id)),
                QStandardItem(str(a.done)),
                QStandardItem(str(a.left) if a.left else self.tr("done")),
            ]
            for cell in cells:
                cell.setData(a.id, ID)
                if not a.left:
                    cell.setFont(done_font)
                    cell.setForeground(self.palette().placeholderText())
            cells[0].setToolTip(title)
            self.model.appendRow(cells)
        left = sum(a.left for a in kept)
        households = sum(1 for a in kept if a.entity is not None and a.left)
        self.summary.setText(
            self.tr("{left} left, {households} of them households to follow up").format(
                left=left, households=households
            )
            if kept
            else self.tr("Nothing assigned to you. Your supervisor assigns work; it comes at sync.")
        )
        row = next(
            (r for r in range(self.model.rowCount()) if self._id_at(r) == current),
            0,
        )
        if self.model.rowCount():
            self.table.selectRow(row)
        self._enable()

    def _id_at(self, row: int) -> int | None:
        item = self.model.item(row, 0)
        return None if item is None else int(item.data(ID))

    def _current(self) -> int | None:
        index = self.table.currentIndex()
        return self._id_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        current = self.assignments.get(self._current() or 0)
        self.open_button.setEnabled(
            current is not None and (current.left > 0 or bool(current.drafts))
        )
        self.history_button.setEnabled(current is not None and current.entity is not None)
        self.print_button.setEnabled(current is not None and current.left > 0)

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        found = self.assignments.get(self._id_at(index.row()) or 0)
        if found is not None and (found.left > 0 or found.drafts):
            self.open_requested.emit(found.id)

    def _print(self) -> None:
        found = self.assignments.get(self._current() or 0)
        if found is not None:
            self.print_requested.emit(found.form_id)

    def _history(self) -> None:
        found = self.assignments.get(self._current() or 0)
        if found is not None and found.entity is not None:
            self.history_requested.emit(found.id)


class EntityHistoryDialog(QDialog):
    """Each version of a household this computer has held, what it changed, and whence."""

    def __init__(self, title: str, versions: list[EntityVersion], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {name}").format(name=isolate(title)))
        heading = QLabel(self.tr("History of {name}").format(name=isolate(title)))
        heading.setObjectName("heading")
        table = QTableWidget(len(versions), 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("When"), self.tr("From"), self.tr("What changed")]
        )
        table.setAccessibleName(self.tr("Versions"))
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, v in enumerate(reversed(versions)):  # newest first
            if v is versions[0]:  # the first this computer held: what it held
                changes = "\n".join(
                    self.tr("{name}: {value}").format(name=isolate(k), value=isolate_value(x))
                    for k, x in sorted(v.properties.items())
                )
            else:
                changes = "\n".join(
                    self.tr("{name}: {before} → {after}").format(
                        name=isolate(name),
                        before=isolate_value(before) if before else "—",
                        after=isolate_value(after) if after else "—",
                    )
                    for name, (before, after) in v.changed.items()
                )
            cells = [
                str(v.version),
                isolate_ltr(v.at.replace("T", " ").rstrip("Z")[:16]),
                self.tr("the server") if v.from_server else self.tr("this computer"),
                changes or self.tr("(no change)"),
            ]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        translate_buttons(self)
        self.table = table
        self.resize(720, 420)
        table.setFocus()
