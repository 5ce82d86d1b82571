"""The home screen: installed forms, and the submissions by status with search and filters."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.assignments import Assignment
from desktop_app.client import UserSession
from desktop_app.store import STATUSES, FormVersionInfo, Status, SubmissionFilter
from desktop_app.ui.dialogs import choose_file
from desktop_app.ui.i18n import form_language_for, isolate, isolate_ltr, language_name
from desktop_app.ui.submission_model import SubmissionListModel
from desktop_app.ui.to_visit import ToVisitView


class HomeView(QWidget):
    new_requested = Signal(str)  # form id
    open_requested = Signal(str)  # submission uuid
    discard_requested = Signal(str)  # a draft's uuid
    form_selected = Signal(str)  # form id
    counts_shown = Signal(dict)
    assignment_requested = Signal(int)  # an assignment's id: its visit opened
    history_requested = Signal(int)  # an assignment's id: its household's history

    def __init__(
        self,
        user: UserSession,
        forms: list[FormVersionInfo],
        *,
        pool: QThreadPool,
        selected: str = "",
        title_language: str = "",
    ) -> None:
        super().__init__()
        self.user = user
        self.pool = pool
        self.title_language = title_language
        self.forms: list[FormVersionInfo] = []
        self.titles: dict[str, str] = {}  # form id -> its title in the form language
        self.status_names = {
            "draft": self.tr("Drafts"),
            "finalized": self.tr("Ready to send"),
            "sent": self.tr("Sent"),
            "returned": self.tr("Sent back"),
        }

        forms_box = QVBoxLayout()
        forms_label = QLabel(self.tr("&Forms"))
        forms_label.setObjectName("heading")
        self.form_list = QListWidget()
        self.form_list.setAccessibleName(self.tr("Installed forms"))
        self.form_list.setWordWrap(True)  # a form's languages, however many, stay readable
        forms_label.setBuddy(self.form_list)
        self.form_list.currentItemChanged.connect(self._form_item_changed)
        self.new_button = QPushButton(self.tr("&New submission (Ctrl+N)"))
        self.new_button.clicked.connect(self._new)
        self.form_list.itemActivated.connect(lambda _: self._new())
        forms_box.addWidget(forms_label)
        forms_box.addWidget(self.form_list, 1)
        forms_box.addWidget(self.new_button)

        self.tabs = QTabBar()
        for status in STATUSES:
            self.tabs.addTab(self.status_names[status])
        self.tabs.addTab(self.tr("To visit"))  # the assignments (issue 25)
        self.tabs.currentChanged.connect(lambda _: self._tab_changed())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.form_filter = QComboBox()
        self._show_forms(forms, selected=selected)
        self.when = QComboBox()
        for text, days in (
            (self.tr("Any time"), None),
            (self.tr("Today"), 0),
            (self.tr("Last 7 days"), 7),
            (self.tr("Last 30 days"), 30),
        ):
            self.when.addItem(text, days)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.form_filter.currentIndexChanged.connect(lambda _: self.reload())
        self.when.currentIndexChanged.connect(lambda _: self.reload())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.form_filter, 1)
        filters.addWidget(self.when, 1)

        self.model = SubmissionListModel(
            user,
            pool=pool,
            form_titles=lambda form_id: self.titles.get(form_id, form_id),
            status_names=self.status_names,
            headers=[
                self.tr("Title"),
                self.tr("Form"),
                self.tr("Status"),
                self.tr("Changed"),
                self.tr("Enumerator"),
            ],
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Submissions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.viewport().installEventFilter(self)
        self._measure_columns()
        self.table.activated.connect(
            lambda index: self.open_requested.emit(self.model.uuid_at(index.row()))
        )
        self.empty = QLabel()
        self.model.loaded.connect(self._loaded)
        self.to_visit = ToVisitView(self.titles)
        self.to_visit.open_requested.connect(self.assignment_requested)
        self.to_visit.history_requested.connect(self.history_requested)
        self.to_visit.print_requested.connect(self._ask_print)
        self.assignments: list[Assignment] = []
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.to_visit)

        right = QVBoxLayout()
        right.addWidget(self.tabs)
        right.addLayout(filters)
        right.addWidget(self.stack, 1)
        right.addWidget(self.empty)

        split = QSplitter(Qt.Orientation.Horizontal)
        left_widget, right_widget = QWidget(), QWidget()
        left_widget.setLayout(forms_box)
        right_widget.setLayout(right)
        split.addWidget(left_widget)
        split.addWidget(right_widget)
        split.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+N"), self, self._new)
        for i in range(len(STATUSES) + 1):  # and Alt+5: To visit
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, lambda i=i: self.show_list(i))
        # Delete, or Ctrl+Shift+Delete as in the form view: discard the draft (asked first)
        for keys in (QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Ctrl+Shift+Del")):
            discard = QShortcut(keys, self.table)
            discard.setContext(Qt.ShortcutContext.WidgetShortcut)
            discard.activated.connect(self._discard)
        self.reload()

    def _form_item_changed(
        self, item: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if item is not None:
            self.form_selected.emit(item.data(Qt.ItemDataRole.UserRole))

    def show_list(self, index: int) -> None:
        """Alt+1…4: that list, with the keyboard on it (Enter opens, Delete discards); Alt+5:
        To visit (Enter opens the visit)."""
        self.tabs.setCurrentIndex(index)
        (self.to_visit.table if self.visiting() else self.table).setFocus()

    def visiting(self) -> bool:
        """The To visit tab is shown."""
        return self.tabs.currentIndex() == len(STATUSES)

    def status(self) -> Status:
        return STATUSES[min(self.tabs.currentIndex(), len(STATUSES) - 1)]

    def _tab_changed(self) -> None:
        self.stack.setCurrentWidget(self.to_visit if self.visiting() else self.table)
        self.form_filter.setEnabled(not self.visiting())
        self.when.setEnabled(not self.visiting())
        if self.visiting():
            self.empty.hide()  # To visit says itself when nothing is assigned
        self.reload()

    def filter(self) -> SubmissionFilter:
        days = self.when.currentData()
        since = None
        if days is not None:
            since = (self.user.client.clock() - timedelta(days=days)).date().isoformat()
        return SubmissionFilter(
            status=self.status(), form_id=self.form_filter.currentData(), updated_from=since
        )

    def reload(self) -> None:
        """Ids of the current tab and the counts of every tab, in one pass on the store thread
        (a title search decrypts each title once, for both); and the installed forms again,
        so that a version a sync installed is named at once (the window reloads the home
        after every sync)."""
        where = self.filter()
        user = self.user
        search = self.search.text()
        every_status = where.model_copy(update={"status": None})

        def query() -> tuple[
            list[str], tuple[dict[str, int], list[FormVersionInfo], list[Assignment]]
        ]:
            if search.strip():
                every_status.uuids = user.submission_ids(every_status, search)
                where.uuids = every_status.uuids
            ids = user.submission_ids(where)
            return ids, (user.status_counts(every_status), user.client.forms(), user.assignments())

        self.model.load(query, on_loaded=self._loaded_counts)

    def _loaded_counts(
        self, found: tuple[dict[str, int], list[FormVersionInfo], list[Assignment]]
    ) -> None:
        counts, forms, assignments = found
        for i, status in enumerate(STATUSES):
            self.tabs.setTabText(i, f"{self.status_names[status]} ({counts[status]})")
        self.assignments = assignments
        self.tabs.setTabText(
            len(STATUSES),
            self.tr("To visit ({left})").format(left=sum(a.left for a in assignments)),
        )
        self.to_visit.show_assignments(assignments, self.search.text())
        if self.visiting():
            self.empty.hide()
        if forms != self.forms:
            item = self.form_list.currentItem()
            self._show_forms(forms, selected=item.data(Qt.ItemDataRole.UserRole) if item else "")
            self._measure_columns()
        self.counts_shown.emit(counts)

    def _show_forms(self, forms: list[FormVersionInfo], *, selected: str) -> None:
        """The installed forms, each at its newest version, in the list and in the filter;
        the form selected in the list (``selected``) and the filter's choice stay."""
        self.forms = forms
        self.titles = {f.form_id: form_title(f, self.title_language) for f in forms}
        if hasattr(self, "to_visit"):
            self.to_visit.titles = self.titles
        filtered = self.form_filter.currentData()
        self.form_list.blockSignals(True)  # the same choices again: nothing was chosen
        self.form_filter.blockSignals(True)
        self.form_list.clear()
        for f in forms:
            item = QListWidgetItem(
                isolate(self.titles[f.form_id])
                + "\n"
                + self.tr("version {version}").format(version=isolate(f.version))
                + "\n"
                + (" · ".join(isolate(language_name(lang)) for lang in f.languages) or "—")
            )
            item.setData(Qt.ItemDataRole.UserRole, f.form_id)
            self.form_list.addItem(item)
        ids = [f.form_id for f in forms]
        if forms:
            self.form_list.setCurrentRow(ids.index(selected) if selected in ids else 0)
        self.form_filter.clear()
        self.form_filter.addItem(self.tr("All forms"), None)
        for f in forms:
            self.form_filter.addItem(self.titles[f.form_id], f.form_id)
        if filtered in ids:
            self.form_filter.setCurrentIndex(ids.index(filtered) + 1)
        self.form_list.blockSignals(False)
        self.form_filter.blockSignals(False)

    def _measure_columns(self) -> None:
        """The widths the columns but Title want: the Form column its longest title's."""
        metrics = self.fontMetrics()
        pad = metrics.horizontalAdvance("MM")
        widths = [
            min(
                max([metrics.horizontalAdvance(t) for t in self.titles.values()] + [0]),
                metrics.horizontalAdvance("M") * 14,  # long titles are cut, not the Title column
            ),
            max(metrics.horizontalAdvance(s) for s in self.status_names.values()),
            metrics.horizontalAdvance("2026-11-20 09:00"),
            metrics.horizontalAdvance("M" * 9),
        ]
        self._widths = [w + pad for w in widths]
        self._fit_columns()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The Title column takes what the others leave, but never less than two fifths of
        the table: on a narrow window the other columns give up width (cut with "…"), not
        the titles that tell two drafts apart."""
        room = self.table.viewport().width()
        title = max(room - sum(self._widths), int(room * 0.4))
        scale = min(1.0, (room - title) / max(1, sum(self._widths)))
        for column, width in enumerate(self._widths, 1):
            self.table.setColumnWidth(column, max(24, int(width * scale)))
        self.table.setColumnWidth(
            0, max(24, room - sum(self.table.columnWidth(c) for c in range(1, 5)))
        )

    def _loaded(self, rows: int) -> None:
        self.empty.setText("" if rows else self.tr("Nothing here."))
        self.empty.setVisible(not rows and not self.visiting())
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.selectRow(0)

    def _discard(self) -> None:
        """Delete on a draft in the Drafts list: discard it (the window asks first)."""
        rows = self.table.selectionModel().selectedRows()
        if self.status() == "draft" and rows:
            self.discard_requested.emit(self.model.uuid_at(rows[0].row()))

    def _new(self) -> None:
        item = self.form_list.currentItem()
        if item is not None:
            self.new_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _ask_print(self, form_id: str) -> None:
        choose_file(
            self,
            self.tr("Print assignment sheets"),
            lambda out: self.print_sheets(form_id, out),
            save=True,
            suggested=f"{form_id}-sheets.pdf",
            filters="PDF (*.pdf)",
        )

    def print_sheets(self, form_id: str, out: Path) -> int:
        """A sheet for each of this user's assignments of ``form_id`` with work left, in the
        form's language for this interface."""
        from desktop_app.ui.printing import print_assignment_sheets

        form = self.user.client.form(form_id)
        wanted = [a for a in self.assignments if a.form_id == form_id and a.left > 0]
        try:
            n = print_assignment_sheets(
                form,
                out,
                language=form_language_for(form.languages, self.title_language),
                assignments=wanted,
            )
        except (OSError, ValueError) as exc:
            self.to_visit.summary.setText(str(exc))
            return 0
        self.to_visit.summary.setText(
            self.tr("{n} sheet(s) printed to {file}.").format(n=n, file=isolate_ltr(str(out)))
        )
        return n


def form_title(form: FormVersionInfo, language_code: str) -> str:
    """A form's title in a language, where the form gives one (``titles``), else its title."""
    return form.titles.get(language_code) or form.title
