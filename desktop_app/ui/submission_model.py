"""The submissions list as a Qt model over ids: the ids of every match load at once (cheap),
the rows' details and decrypted titles load a page at a time, on the store thread, only
when the view shows them. 100,000 submissions open and scroll without waiting."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)

from desktop_app.session import SubmissionSummary, UserSession
from desktop_app.ui.ops import run_op

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex
_Extra = TypeVar("_Extra")


class SubmissionListModel(QAbstractTableModel):
    loaded = Signal(int)  # ids loaded: the number of rows
    failed = Signal(str)

    def __init__(
        self,
        user: UserSession,
        *,
        pool: QThreadPool,
        form_titles: Callable[[str], str],
        status_names: dict[str, str],
        headers: list[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.user = user
        self.pool = pool
        self.form_titles = form_titles
        self.status_names = status_names
        self.headers = headers
        self.ids: list[str] = []
        self.rows: dict[str, SubmissionSummary] = {}
        self._pending: set[int] = set()
        self._generation = 0

    # -- loading -------------------------------------------------------------------------------
    def load(
        self,
        query: Callable[[], tuple[list[str], _Extra]],
        *,
        on_loaded: Callable[[_Extra], None] | None = None,
    ) -> None:
        """Run ``query`` on the store thread: it returns the ids to list (and anything else,
        such as counts, handed to ``on_loaded``). A newer load wins over an older one."""
        self._generation += 1
        generation = self._generation
        run_op(
            query,
            lambda result: self._ids_loaded(generation, result, on_loaded),
            lambda exc: self.failed.emit(str(exc)),
            parent=self,
            pool=self.pool,
        )

    def _ids_loaded(
        self,
        generation: int,
        result: tuple[list[str], _Extra],
        on_loaded: Callable[[_Extra], None] | None,
    ) -> None:
        if generation != self._generation:
            return
        ids, extra = result
        self.beginResetModel()
        self.ids = list(ids)
        self.rows = {}
        self._pending = set()
        self.endResetModel()
        self.loaded.emit(len(self.ids))
        if on_loaded is not None:
            on_loaded(extra)

    def _want(self, row: int) -> None:
        page = row // PAGE
        if page in self._pending:
            return
        self._pending.add(page)
        generation = self._generation
        chunk = self.ids[page * PAGE : (page + 1) * PAGE]
        # a page queued behind other store work when the window locks must not keep the
        # session (and its key) alive: it holds it weakly, and reads nothing once it is gone
        held = weakref.ref(self.user)

        def read() -> dict[str, SubmissionSummary]:
            user = held()
            return user.summaries(chunk) if user is not None else {}

        run_op(
            read,
            lambda rows: self._rows_loaded(generation, page, rows),
            lambda exc: self.failed.emit(str(exc)),
            parent=self,
            pool=self.pool,
        )

    def _rows_loaded(self, generation: int, page: int, rows: dict[str, SubmissionSummary]) -> None:
        if generation != self._generation:
            return
        self.rows.update(rows)
        first, last = page * PAGE, min(len(self.ids), (page + 1) * PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    # -- the model -----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        uuid = self.ids[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return uuid
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows.get(uuid)
        if row is None:
            self._want(index.row())
            return "…"
        column = index.column()
        if column == 0:
            return row.title or uuid[:8]
        if column == 1:
            return self.form_titles(row.form_id)
        if column == 2:
            return self.status_names.get(row.status, row.status)
        if column == 3:
            return row.updated_at[:16].replace("T", " ")
        return row.enumerator

    def uuid_at(self, row: int) -> str | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None
