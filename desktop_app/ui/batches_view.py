"""Batches of paper questionnaires at the office, and the third look of double entry:
the boxes registered (expected count, number range, share keyed twice) with their progress and
the numbers missing, keyed twice or outside the range; a batch's differences between two
keyings side by side, each resolved by a key (1: the first keying, 2: the second, or the value
read on the paper, then Enter); release; the disagreement report; the batch's questionnaires
printed (numbered from its range, with their QR codes). Keyboard-first: Alt+N a new
batch (Enter in any of its boxes registers it), Enter a batch's differences, Alt+R releases,
Alt+E the report, Alt+P prints, Esc back; on a difference, 1, 2 or the paper's value, then
Enter (in English; each language underlines its own letters)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import batches
from desktop_app.errors import ClientError
from desktop_app.session import UserSession
from desktop_app.store import FormVersionInfo
from desktop_app.ui.dialogs import choose_file
from desktop_app.ui.i18n import form_language_for, isolate
from desktop_app.ui.messages import user_message

PROBLEM_STYLE = "color: #b00020; font-weight: bold"
DONE_STYLE = "color: #1b5e20; font-weight: bold"  # a success reads as one, never in red


def _item(value: object) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else isolate(str(value)))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _shortened(numbers: list[str], most: int = 8) -> str:
    shown = ", ".join(numbers[:most])
    return shown + (f" … (+{len(numbers) - most})" if len(numbers) > most else "")


class BatchesView(QStackedWidget):
    said = Signal(str)  # for the status bar

    def __init__(self, user: UserSession, *, forms: list[FormVersionInfo], language: str) -> None:
        super().__init__()
        self.setObjectName("batches")
        self.user = user
        self.forms = forms
        self.language = language
        self.current: tuple[str, str] | None = None  # (form, batch) whose differences show
        self.found: list[batches.Difference] = []
        self._build_list()
        self._build_new()
        self._build_differences()
        self.reload()

    # -- the list of batches -----------------------------------------------------------------
    def _build_list(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(QLabel(self.tr("Batches of paper questionnaires")))
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Batch"),
                self.tr("Form"),
                self.tr("Expected"),
                self.tr("Keyed"),
                self.tr("Verified"),
                self.tr("Differences open"),
                self.tr("Missing numbers"),
                self.tr("Released"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.open_differences())
        box.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        box.addWidget(self.detail)
        self.table.itemSelectionChanged.connect(self._show_detail)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New batch…"))
        self.new_button.clicked.connect(self.show_new)
        self.differences_button = QPushButton(self.tr("D&ifferences"))
        self.differences_button.clicked.connect(self.open_differences)
        self.release_button = QPushButton(self.tr("&Release"))
        self.release_button.clicked.connect(self.release)
        self.report_button = QPushButton(self.tr("R&eport"))
        self.report_button.clicked.connect(self.report)
        self.print_button = QPushButton(self.tr("&Print questionnaires…"))
        self.print_button.clicked.connect(self.choose_print)
        for b in (
            self.new_button,
            self.differences_button,
            self.release_button,
            self.report_button,
            self.print_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.report_text = QPlainTextEdit()
        self.report_text.setReadOnly(True)
        self.report_text.hide()
        box.addWidget(self.report_text)
        self.list_page = page
        self.addWidget(page)

    def reload(self) -> None:
        self.rows: list[batches.Progress] = []
        for batch in self.user.store.batches():
            try:
                self.rows.append(batches.progress(self.user, batch.form_id, batch.name))
            except ClientError:
                continue
        self.table.setRowCount(len(self.rows))
        titles = {f.form_id: f.titles.get(self.language) or f.title for f in self.forms}
        for r, p in enumerate(self.rows):
            b = p.batch
            values = [
                b.name,
                titles.get(b.form_id, b.form_id),
                b.expected or "",
                len(p.keyed),
                f"{len(p.verified)} / {self._to_verify(p)}" if b.verify_percent else "—",
                p.open_differences if b.verify_percent else "—",
                len(p.missing) if b.first_number is not None else "",
                b.released_at[:10] or "",
            ]
            for c, v in enumerate(values):
                self.table.setItem(r, c, _item(v))
        if self.rows and not self.table.selectedItems():
            self.table.setCurrentCell(0, 0)  # (selectRow selects nothing right to left)
        self._show_detail()

    @staticmethod
    def _to_verify(p: batches.Progress) -> int:
        """Papers to key a second time: with a number range, those chosen from the start
        (3 of 10 at 30 %, before any is keyed); else those chosen among the papers keyed."""
        b = p.batch
        if b.first_number is None or b.last_number is None:
            return len(p.to_verify)
        papers = b.last_number - b.first_number + 1
        return max(len(p.to_verify), batches.second_keyings_planned(b.verify_percent, papers))

    def selected(self) -> batches.Progress | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _show_detail(self) -> None:
        p = self.selected()
        if p is None:
            self.detail.setText(self.tr("No batch yet: Alt+N registers one."))
            return
        lines = []
        if p.missing:
            lines.append(
                self.tr("Missing numbers: {numbers}").format(numbers=_shortened(p.missing))
            )
        if p.twice:
            lines.append(self.tr("Keyed twice: {numbers}").format(numbers=_shortened(p.twice)))
        if p.outside:
            lines.append(
                self.tr("Outside the range: {numbers}").format(numbers=_shortened(p.outside))
            )
        if p.waiting:
            lines.append(
                self.tr("Waiting for their second keying: {numbers}").format(
                    numbers=_shortened(p.waiting)
                )
            )
        self.detail.setText("\n".join(lines) or self.tr("Nothing missing."))

    def focus(self) -> None:
        self.setCurrentWidget(self.list_page)
        self.table.setFocus()

    # -- a new batch -----------------------------------------------------------------------
    def _build_new(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.new_form = QComboBox()
        for f in self.forms:
            self.new_form.addItem(f.titles.get(self.language) or f.title or f.form_id, f.form_id)
        self.new_name = QLineEdit()
        self.new_expected = QSpinBox()
        self.new_expected.setRange(0, 100_000)
        self.new_first = QLineEdit()
        self.new_last = QLineEdit()
        self.new_share = QSpinBox()
        self.new_share.setRange(0, 100)
        self.new_share.setSuffix(" %")
        self.new_share.setValue(10)
        self.new_boxes: list[QWidget] = [
            self.new_form,
            self.new_name,
            self.new_expected,
            self.new_first,
            self.new_last,
            self.new_share,
        ]
        for label, widget in zip(
            (
                self.tr("&Form"),
                self.tr("&Batch (as written on the box)"),
                self.tr("E&xpected questionnaires"),
                self.tr("First n&umber"),
                self.tr("&Last number"),
                self.tr("&Share keyed twice"),
            ),
            self.new_boxes,
            strict=True,
        ):
            form.addRow(label, widget)
            widget.installEventFilter(self)  # Enter in any box registers the batch
        self.new_plan = QLabel()  # how many papers will be keyed twice, before registering
        self.new_plan.setWordWrap(True)
        form.addRow(self.new_plan)
        for spin in (self.new_expected, self.new_share):
            spin.valueChanged.connect(self._show_plan)
        for line in (self.new_first, self.new_last):
            line.textChanged.connect(self._show_plan)
        self.new_problem = QLabel()
        self.new_problem.setStyleSheet("color: #b00020")
        form.addRow(self.new_problem)
        save = QPushButton(self.tr("Re&gister"))
        save.clicked.connect(self.register)
        cancel = QPushButton(self.tr("Back (Esc)"))
        cancel.clicked.connect(self.focus)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(cancel)
        row.addStretch(1)
        form.addRow(row)
        self.new_page = page
        self.addWidget(page)
        self._show_plan()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and watched in self.new_boxes
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            if isinstance(watched, QSpinBox):
                watched.interpretText()  # a number typed and not yet taken
            self.register()
            return True
        return super().eventFilter(watched, event)

    def show_new(self) -> None:
        self.new_problem.clear()
        self._show_plan()
        self.setCurrentWidget(self.new_page)
        self.new_form.setFocus()

    def _show_plan(self) -> None:
        """How many papers of the batch being registered will be keyed a second time: exactly,
        with a number range; about, with only the count expected (chosen by their numbers)."""
        share = self.new_share.value()
        first, last = self.new_first.text().strip(), self.new_last.text().strip()
        ranged = first.isdigit() and last.isdigit() and int(first) <= int(last)
        papers = int(last) - int(first) + 1 if ranged else self.new_expected.value()
        ranged = ranged and papers <= batches.MOST_RANKED  # else chosen as without a range
        twice = batches.second_keyings_planned(share, papers)
        if share == 0:
            text = self.tr("No paper will be keyed a second time.")
        elif not papers:
            text = self.tr("{share} % of the papers will be keyed a second time.").format(
                share=share
            )
        elif ranged or share == 100:
            text = self.tr("{n} of {count} papers will be keyed a second time.").format(
                n=twice, count=papers
            )
        else:
            text = self.tr("About {n} of {count} papers will be keyed a second time.").format(
                n=twice, count=papers
            )
        self.new_plan.setText(text)

    def register(self) -> None:
        first, last = self.new_first.text().strip(), self.new_last.text().strip()
        if (first and not first.isdigit()) or (last and not last.isdigit()):
            self.new_problem.setText(self.tr("The numbers of a range are whole numbers."))
            return
        try:
            batch = batches.register(
                self.user,
                self.new_form.currentData(),
                self.new_name.text(),
                expected=self.new_expected.value(),
                first_number=int(first) if first else None,
                last_number=int(last) if last else None,
                verify_percent=self.new_share.value(),
            )
        except ClientError as exc:
            self.new_problem.setText(user_message(exc))
            return
        self.said.emit(self.tr("Batch {name} registered.").format(name=batch.name))
        self.new_name.clear()
        self.reload()
        self.focus()

    # -- the third look --------------------------------------------------------------------
    def _build_differences(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.differences_title = QLabel()
        box.addWidget(self.differences_title)
        self.differences = QTableWidget(0, 5)
        self.differences.setHorizontalHeaderLabels(
            [
                self.tr("Questionnaire"),
                self.tr("Question"),
                self.tr("1: first keying"),
                self.tr("2: second keying"),
                self.tr("Resolved as"),
            ]
        )
        self.differences.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.differences.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.differences.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.differences.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.differences, 1)
        row = QHBoxLayout()
        label = QLabel(self.tr("Resolve &as (1, 2 or the value on the paper):"))
        self.resolution = QLineEdit()
        label.setBuddy(self.resolution)
        self.resolution.returnPressed.connect(self.resolve)
        row.addWidget(label)
        row.addWidget(self.resolution, 1)
        box.addLayout(row)
        self.resolution_problem = QLabel()
        self.resolution_problem.setStyleSheet(PROBLEM_STYLE)
        box.addWidget(self.resolution_problem)
        back = QPushButton(self.tr("Back (Esc)"))
        back.clicked.connect(self.back_to_list)
        box.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        self.differences_page = page
        self.addWidget(page)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_to_list)

    def open_differences(self) -> None:
        p = self.selected()
        if p is None:
            return
        self.current = (p.batch.form_id, p.batch.name)
        self.differences_title.setText(
            self.tr("Batch {name}: answers the two keyings disagree on").format(name=p.batch.name)
        )
        self._load_differences()
        self.setCurrentWidget(self.differences_page)
        self.resolution.setFocus()

    def _load_differences(self) -> None:
        assert self.current is not None
        try:
            form = self.user.client.form(self.current[0])
            self.found = batches.differences(
                self.user,
                *self.current,
                open_only=False,
                language=form_language_for(form.languages, self.language),
            )
        except ClientError as exc:
            self.said.emit(user_message(exc))
            self.found = []
        self.differences.setRowCount(len(self.found))
        resolved_as = {
            "first": self.tr("1: the first keying"),
            "second": self.tr("2: the second keying"),
            "other": self.tr("the value on the paper"),
        }
        for r, d in enumerate(self.found):
            label = self._paper_fact(d.record.path) or d.label
            resolution = resolved_as.get(d.record.resolution, d.record.resolution)
            for c, v in enumerate((d.number, label, d.first, d.second, resolution)):
                self.differences.setItem(r, c, _item(v))
        following = next((i for i, d in enumerate(self.found) if not d.record.resolution), None)
        if following is not None:
            self.differences.setCurrentCell(following, 0)
        elif self.found:
            self.resolution_problem.setStyleSheet(DONE_STYLE)
            self.resolution_problem.setText(self.tr("Every difference is resolved."))

    def _paper_fact(self, path: str) -> str:
        """The words for a paper's own fact two keyings disagree on ("" for a question)."""
        return {
            "#interview_date": self.tr("Interview date"),
            "#paper_enumerator": self.tr("Enumerator on the paper"),
        }.get(path, "")

    def resolve(self) -> None:
        rows = self.differences.selectionModel().selectedRows()
        if not rows or not self.found:
            return
        d = self.found[rows[0].row()]
        typed = self.resolution.text().strip()
        choice = {"1": "first", "2": "second"}.get(typed, "other")
        self.resolution_problem.setStyleSheet(PROBLEM_STYLE)
        try:
            refusal = batches.resolve(self.user, d, choice, typed=typed)
        except ClientError as exc:
            self.resolution_problem.setText(user_message(exc))
            return
        if refusal is not None:
            self.resolution_problem.setText(
                self.tr("“{typed}” is not an answer this question takes.").format(typed=typed)
            )
            return
        self.resolution_problem.clear()
        self.resolution.clear()
        self._load_differences()

    def back_to_list(self) -> None:
        self.reload()
        self.focus()

    # -- release and the report ------------------------------------------------------------
    def release(self) -> None:
        p = self.selected()
        if p is None:
            return
        try:
            failed = batches.release(self.user, p.batch.form_id, p.batch.name)
        except ClientError as exc:
            self.said.emit(user_message(exc))
            self.detail.setText(user_message(exc))
            return
        if failed:
            self.detail.setText(
                self.tr("Not finalized (an answer missing): {numbers}").format(
                    numbers=_shortened(failed)
                )
            )
        self.said.emit(
            self.tr("Batch {name} released: it goes to the server at the next sync.").format(
                name=p.batch.name
            )
        )
        self.reload()

    def choose_print(self) -> None:
        """The selected batch's questionnaires to a PDF file, asked for first."""
        p = self.selected()
        if p is None:
            self.detail.setText(self.tr("No batch yet: Alt+N registers one."))
            return
        choose_file(
            self,
            self.tr("Print questionnaires"),
            self.print_batch,
            save=True,
            suggested=f"{p.batch.form_id}-{p.batch.name}.pdf",
            filters="PDF (*.pdf)",
        )

    def print_batch(self, out: Path) -> None:
        """The batch's paper questionnaires, numbered from its range (else blank, as many as
        it expects), in the form's language for this interface."""
        from desktop_app.ui.printing import print_questionnaires

        p = self.selected()
        if p is None:
            return
        b = p.batch
        form = self.user.client.form(b.form_id)
        if b.first_number is not None and b.last_number is not None:
            first, count = b.first_number, b.last_number - b.first_number + 1
        else:
            first, count = None, max(1, b.expected)
        try:
            n = print_questionnaires(
                form,
                out,
                language=form_language_for(form.languages, self.language),
                count=count,
                first=first,
            )
        except (OSError, ValueError) as exc:
            self.detail.setText(str(exc))
            return
        self.said.emit(self.tr("{n} questionnaire(s) printed to {file}.").format(n=n, file=out))

    def report(self) -> None:
        p = self.selected()
        if p is None:
            return
        found = batches.report(self.user, p.batch.form_id, p.batch.name)
        try:
            form = self.user.client.form(p.batch.form_id)
            names = batches.question_names(form, form_language_for(form.languages, self.language))
        except ClientError:  # the form is gone: its questions by their paths
            names = {}
        lines = [self.tr("Disagreement by clerk (answers not kept / answers keyed):")]
        for clerk, (wrong, keyed) in sorted(found.clerks.items()):
            share = f"{100 * wrong / keyed:.1f} %" if keyed else "—"
            lines.append(f"  {isolate(clerk)}: {wrong} / {keyed} ({share})")
        lines.append(self.tr("Disagreement by question (differences / papers compared):"))
        for question, (wrong, papers) in sorted(found.questions.items(), key=lambda kv: -kv[1][0]):
            lines.append(f"  {self._question_name(question, names)}: {wrong} / {papers}")
        self.report_text.setPlainText("\n".join(lines))
        self.report_text.show()
        self.report_text.setFocus()

    def _question_name(self, path: str, names: dict[str, tuple[str, str]]) -> str:
        """A question as the paper names it, "Q14 Age"; a paper's own fact by its name."""
        fact = self._paper_fact(path)
        if fact:
            return fact
        if path not in names:
            return isolate(path)
        number, label = names[path]
        return self.tr("Q{number} {label}").format(number=number, label=isolate(label))
