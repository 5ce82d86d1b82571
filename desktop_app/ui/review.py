"""Review on the desktop: a supervisor's (or clerk's, or the Secretariat's) list of the
submissions pulled at sync, filterable, and one submission read-only in any form language,
approved or sent back with comments on the whole and on single answers. A paper
questionnaire keyed at this office shows the enumerator written on the paper, and who keyed
it in a column of its own (the review feed does not carry a paper's facts: a paper keyed on
another computer shows the account that sent it). Keyboard-first:
Enter opens, F2 or Enter comments on the answer under the cursor, Alt+A approves, Alt+B
sends back, Esc goes back to the list. Decisions are kept here and go up at the next sync."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeySequence,
    QRegularExpressionValidator,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import review_notes, reviewing
from desktop_app.client import UserSession
from desktop_app.errors import ClientError
from desktop_app.pages import pages
from desktop_app.store import FormVersionInfo, KeyingRecord, ReviewFilter
from desktop_app.ui.home import form_title
from desktop_app.ui.i18n import (
    form_language_for,
    isolate,
    isolate_ltr,
    isolate_value,
    language_name,
)
from desktop_app.ui.messages import user_message
from desktop_app.ui.question_box import answer_text
from desktop_app.ui.questions import is_note

CHANGED = QColor("#fff3c4")  # answers the newest revision changed: a pale yellow
KEYED_BY = 7  # the list's column of who keyed a paper questionnaire


class ReviewView(QStackedWidget):
    decided = Signal(str)  # what to say in the status bar

    def __init__(
        self,
        user: UserSession,
        *,
        role: str,
        forms: list[FormVersionInfo],
        title_language: str,
        form_language: str,
    ) -> None:
        super().__init__()
        self.user = user
        self.role = role
        self.form_language = form_language
        self.titles = {f.form_id: form_title(f, title_language) for f in forms}
        self.state_names = {
            "received": self.tr("Received"),
            "corrected": self.tr("Corrected"),
            "returned": self.tr("Sent back"),
            "site_approved": self.tr("Approved by the site"),
            "approved": self.tr("Approved"),
        }
        self.list_page = QWidget()
        self._build_list()
        self.submission_page = SubmissionReview(self)
        self.addWidget(self.list_page)
        self.addWidget(self.submission_page)
        self.reload()

    # -- the list ------------------------------------------------------------------------------
    def _build_list(self) -> None:
        heading = QLabel(self.tr("Submissions to review"))
        heading.setObjectName("heading")
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        choices = self.user.store.review_choices(reviewing.owner(self.user))
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("Every state"), None)
        for state, name in self.state_names.items():
            self.state_filter.addItem(name, state)
        self.enumerator_filter = QComboBox()
        self.enumerator_filter.addItem(self.tr("Every enumerator"), None)
        for name in choices["enumerator"]:
            self.enumerator_filter.addItem(isolate(name), name)
        self.form_filter = QComboBox()
        self.form_filter.addItem(self.tr("Every form"), None)
        for form_id in choices["form_id"]:
            self.form_filter.addItem(isolate(self.titles.get(form_id, form_id)), form_id)
        self.site_filter = QComboBox()
        self.site_filter.addItem(self.tr("Every site"), None)
        for site in choices["site"]:
            self.site_filter.addItem(isolate(site), site)
        self.received_from = QLineEdit()
        self.received_to = QLineEdit()
        for box in (self.received_from, self.received_to):
            box.setPlaceholderText(self.tr("YYYY-MM-DD"))
            box.setMaxLength(10)
            box.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9-]{0,10}")))
            box.editingFinished.connect(self.reload)  # Enter or Tab
        for combo in (
            self.state_filter,
            self.enumerator_filter,
            self.form_filter,
            self.site_filter,
        ):
            combo.currentIndexChanged.connect(lambda _: self.reload())
        filters = QHBoxLayout()
        labelled = [
            (self.tr("&State"), self.state_filter),
            (self.tr("&Enumerator"), self.enumerator_filter),
            (self.tr("F&orm"), self.form_filter),
        ]
        if len(choices["site"]) > 1:  # the Secretariat's: every site
            labelled.append((self.tr("S&ite"), self.site_filter))
        labelled += [
            (self.tr("&Received from"), self.received_from),
            (self.tr("to"), self.received_to),
        ]
        for text, widget in labelled:
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1)
        self.received_from.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        self.received_to.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 8)

        self.model = QStandardItemModel(0, 8, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Form"),
                self.tr("Enumerator"),
                self.tr("Site"),
                self.tr("Received"),
                self.tr("Revision"),
                self.tr("State"),
                self.tr("Keyed by"),  # a paper questionnaire's clerk (hidden when none is)
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Submissions to review"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open(self._uuid_at(index.row())))
        self.empty = QLabel()
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self.list_page)
        layout.addWidget(heading)
        layout.addWidget(self.counts)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def filter(self) -> ReviewFilter:
        """What the filters say; ValueError when a date is not one."""
        return ReviewFilter(
            state=self.state_filter.currentData(),
            enumerator=self.enumerator_filter.currentData(),
            form_id=self.form_filter.currentData(),
            site=self.site_filter.currentData(),
            received_from=_day(self.received_from.text()),
            received_to=_day(self.received_to.text()),
        )

    def reload(self) -> None:
        """The list as the filters say, newest received first, and the count in each state."""
        user = self.user
        current = self._uuid_at(self.table.currentIndex().row()) if self.model.rowCount() else ""
        try:
            where = self.filter()
        except ValueError:
            self.empty.setText(self.tr("Type a date as YYYY-MM-DD, e.g. 2026-11-30."))
            self.empty.setVisible(True)
            return
        ids = reviewing.ids(user, where)
        rows = reviewing.rows(user, ids)
        self.model.removeRows(0, self.model.rowCount())
        keyed_any = False
        for uuid in ids:
            copy = rows[uuid]
            paper = self.paper_of(uuid)
            keyed_any = keyed_any or paper is not None
            state = self.state_names.get(copy.state, copy.state)
            if copy.waiting:
                state = self.tr("{state} (to send)").format(state=state)
            elif copy.problem:
                state = self.tr("{state} ⚠ not accepted").format(state=state)
            cells = [
                isolate(reviewing.title_of(user, copy) or copy.uuid[:8]),
                isolate(self.titles.get(copy.form_id, copy.form_id)),
                isolate(paper.paper_enumerator if paper is not None else copy.enumerator),
                isolate(copy.site),
                copy.received_at[:16].replace("T", " "),
                str(copy.revision),
                state,
                isolate(paper.keyed_by) if paper is not None else "",
            ]
            items = [QStandardItem(text) for text in cells]
            items[0].setData(uuid, Qt.ItemDataRole.UserRole)
            if copy.problem:
                items[6].setToolTip(copy.problem)
            self.model.appendRow(items)
        self.table.setColumnHidden(KEYED_BY, not keyed_any)
        counts = user.store.review_counts(reviewing.owner(user))
        self.counts.setText(
            " · ".join(
                f"{name}: {counts.get(state, 0)}" for state, name in self.state_names.items()
            )
        )
        self.empty.setText(
            ""
            if ids
            else self.tr("Nothing to review here. Submissions of your site come at each sync (F5).")
        )
        self.empty.setVisible(not ids)
        if ids:
            row = ids.index(current) if current in ids else 0
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def paper_of(self, uuid: str) -> KeyingRecord | None:
        """The paper questionnaire a submission was keyed from, when it was keyed on this
        computer (its first keying: the paper's facts and the clerk), else None."""
        keyed = self.user.store.keying(uuid)
        return keyed if keyed is not None and not keyed.verifies else None

    def _uuid_at(self, row: int) -> str:
        item = self.model.item(row, 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def focus_list(self) -> None:
        self.setCurrentWidget(self.list_page)
        self.table.setFocus()

    # -- one submission ------------------------------------------------------------------------
    def open(self, uuid: str) -> None:
        if not uuid:
            return
        try:
            reviewed = reviewing.open_copy(self.user, uuid)
        except ClientError as exc:
            self.decided.emit(user_message(exc))
            return
        self.submission_page.show_submission(reviewed)
        self.setCurrentWidget(self.submission_page)
        self.submission_page.answers.setFocus()

    def back(self) -> None:
        """To the list; what was typed on the submission is kept for when it is opened
        again (Esc loses nothing)."""
        self.submission_page.keep_typed()
        self.reload()
        self.focus_list()


class SubmissionReview(QWidget):
    """One submission, read-only, with a comment column beside the answers."""

    def __init__(self, view: ReviewView) -> None:
        super().__init__()
        self.view = view
        self.reviewed: reviewing.Reviewed | None = None
        # comments typed on a submission and not yet decided on, by uuid
        self.kept: dict[str, tuple[str, dict[str, str]]] = {}
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.language = QComboBox()
        self.language.currentIndexChanged.connect(lambda _: self._fill())
        language_label = QLabel(self.tr("Form &language"))
        language_label.setBuddy(self.language)
        top = QHBoxLayout()
        top.addWidget(self.facts, 1)
        top.addWidget(language_label)
        top.addWidget(self.language)

        self.answers = QTreeWidget()
        self.answers.setHeaderLabels(
            [self.tr("Question"), self.tr("Answer"), self.tr("Your comment on the answer")]
        )
        self.answers.setAccessibleName(self.tr("Answers"))
        self.answers.setWordWrap(True)
        self.answers.setUniformRowHeights(False)
        self.answers.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        header = self.answers.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        comment_here = QShortcut(QKeySequence("Return"), self.answers)
        comment_here.setContext(Qt.ShortcutContext.WidgetShortcut)
        comment_here.activated.connect(self._edit_comment)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(self.fontMetrics().height() * 4)
        if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            option = self.comment.document().defaultTextOption()  # Arabic starts on the right
            option.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.comment.document().setDefaultTextOption(option)
        comment_label = QLabel(self.tr("&Comment on the whole submission"))
        comment_label.setBuddy(self.comment)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #9b1c1c;")
        self.approve = QPushButton(self.tr("&Approve"))
        self.send_back = QPushButton(self.tr("Send &back for correction"))
        self.close_button = QPushButton(self.tr("Back to the list (Esc)"))
        self.approve.clicked.connect(lambda: self._decide("approved"))
        self.send_back.clicked.connect(lambda: self._decide("returned"))
        self.close_button.clicked.connect(view.back)
        QShortcut(QKeySequence("Escape"), self, view.back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve)
        buttons.addWidget(self.send_back)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.answers, 1)
        layout.addWidget(self.history)
        layout.addWidget(comment_label)
        layout.addWidget(self.comment)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.setTabOrder(self.answers, self.comment)
        self.setTabOrder(self.comment, self.approve)

    def show_submission(self, reviewed: reviewing.Reviewed) -> None:
        """A submission with no comments but those typed on it before (kept while the
        window is open, until a decision is made on it): never another one's."""
        self.keep_typed()
        self.reviewed = reviewed
        copy = reviewed.copy
        view = self.view
        form = view.user.client.form(copy.form_id, copy.form_version)
        self.heading.setText(
            isolate(reviewing.title_of(view.user, copy) or view.titles.get(copy.form_id, ""))
        )
        self.language.blockSignals(True)
        self.language.clear()
        for lang in form.languages or [""]:
            self.language.addItem(language_name(lang) if lang else self.tr("Default"), lang)
        chosen = form_language_for(form.languages, view.form_language)
        if chosen in form.languages:
            self.language.setCurrentIndex(form.languages.index(chosen))
        self.language.setVisible(len(form.languages) > 1)
        self.language.blockSignals(False)
        comment, answers = self.kept.get(copy.uuid, ("", {}))
        self.comment.setPlainText(comment)
        self.problem.setText(
            self.tr("The server did not accept the last decision made here: {why}").format(
                why=copy.problem
            )
            if copy.problem
            else ""
        )
        self.problem.setVisible(bool(copy.problem))
        self.answers.clear()
        self._fill(answers)

    def keep_typed(self) -> None:
        """What was typed on the submission shown, kept for when it is opened again."""
        if self.reviewed is not None:
            typed = (self.comment.toPlainText(), self.answer_comments())
            if typed[0].strip() or typed[1]:
                self.kept[self.reviewed.copy.uuid] = typed
            else:
                self.kept.pop(self.reviewed.copy.uuid, None)

    def _describe(self, marked: int, labels: dict[str, str]) -> None:
        """The facts above the answers and the decisions below them, answers named by their
        questions."""
        reviewed, view = self.reviewed, self.view
        assert reviewed is not None
        copy = reviewed.copy
        state = view.state_names.get(copy.state, copy.state)
        paper = view.paper_of(copy.uuid)
        facts = [
            self.tr("{form}, version {version}").format(
                form=isolate(view.titles.get(copy.form_id, copy.form_id)),
                version=isolate(copy.form_version),
            ),
            self.tr("Enumerator: {name} · Site: {site}").format(
                name=isolate(paper.paper_enumerator if paper is not None else copy.enumerator),
                site=isolate(copy.site),
            ),
            self.tr("Received {when} · revision {revision} · {state}").format(
                when=copy.received_at[:16].replace("T", " "), revision=copy.revision, state=state
            ),
        ]
        if paper is not None:
            facts.insert(
                2,
                self.tr(
                    "Keyed from paper questionnaire {number} (interviewed {date}) by {clerk}"
                ).format(
                    number=isolate(paper.number),
                    date=isolate_ltr(paper.interview_date),
                    clerk=isolate(paper.keyed_by),
                ),
            )
        if marked:
            facts.append(
                self.tr("{count} answers changed since the revision before (marked).").format(
                    count=marked
                )
            )
        self.facts.setText("\n".join(facts))
        lines = []
        if reviewed.reasons:
            lines.append(self.tr("The server's checks refused this revision:"))
            lines += [f"  • {isolate(r)}" for r in reviewed.reasons]
        for d in reviewed.decisions:
            what = (
                self.tr("Sent back by {who} on {when}")
                if d.decision == "returned"
                else self.tr("Approved by {who} on {when}")
            ).format(who=isolate(d.by), when=d.at[:16].replace("T", " "))
            lines.append(f"{what}: {isolate(d.comment)}" if d.comment else what)
            lines += [
                f"  › {isolate(labels.get(review_notes.key(p), p))}: {isolate(t)}"
                for p, t in sorted(d.answers.items())
            ]
        self.history.setText("\n".join(lines))
        self.history.setVisible(bool(lines))

    def _fill(self, typed: dict[str, str] | None = None) -> None:
        """Every question the enumerator saw, in the form's order and groups, with its
        answer and the comment typed on it (``typed``; on a change of language, what the
        column holds)."""
        reviewed = self.reviewed
        if reviewed is None:
            return
        if typed is None:
            typed = self.answer_comments()
        user = self.view.user
        session = reviewing.session_of(user, reviewed, language=self.language.currentData())
        root = f"/{session.form.root_name}/"
        changed = {review_notes.key(p) for p in reviewed.changed}
        self.answers.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        labels: dict[str, str] = {}
        marked = 0
        first = None
        for page in pages(session):
            if page.kind != "questions":
                continue
            parent: QTreeWidgetItem | None = None
            for el, node in page.context:
                key = node.abs_path(indexed=True)
                if key not in parents:
                    label = session.render(el.label, node) if el.label else el.name
                    if el.kind == "repeat":
                        label = f"{label} {node.position()}"
                    item = QTreeWidgetItem([label])
                    (parent.addChild(item) if parent else self.answers.addTopLevelItem(item))
                    item.setExpanded(True)
                    parents[key] = item
                parent = parents[key]
            for el, node in page.items:
                if is_note(el):
                    continue
                path = node.abs_path(indexed=True).removeprefix(root)
                label = session.render(el.label, node) if el.label else el.name
                item = QTreeWidgetItem(
                    [label, isolate_value(answer_text(session, el, node)), typed.get(path, "")]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, path)
                item.setToolTip(0, label)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                labels[review_notes.key(path)] = label
                if review_notes.key(path) in changed:
                    marked += 1
                    for column in range(3):
                        item.setBackground(column, QBrush(CHANGED))
                    item.setToolTip(1, self.tr("Changed in this revision"))
                (parent.addChild(item) if parent else self.answers.addTopLevelItem(item))
                first = first or item
        width = self.answers.fontMetrics().horizontalAdvance("M")
        self.answers.setColumnWidth(1, width * 14)
        self.answers.setColumnWidth(2, width * 18)
        if first is not None:
            self.answers.setCurrentItem(first)
        self._describe(marked, labels)

    def answer_comments(self) -> dict[str, str]:
        out = {}
        stack = [self.answers.topLevelItem(i) for i in range(self.answers.topLevelItemCount())]
        while stack:
            item = stack.pop()
            stack += [item.child(i) for i in range(item.childCount())]
            path = item.data(0, Qt.ItemDataRole.UserRole)
            if path and item.text(2).strip():
                out[str(path)] = item.text(2).strip()
        return out

    def _edit_comment(self) -> None:
        item = self.answers.currentItem()
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole):
            self.answers.editItem(item, 2)

    def _decide(self, decision: str) -> None:
        if self.reviewed is None:
            return
        view = self.view
        try:
            state = reviewing.decide(
                view.user,
                self.reviewed,
                decision,
                role=view.role,
                comment=self.comment.toPlainText(),
                answers=self.answer_comments(),
            )
        except ClientError as exc:
            self.problem.setText(user_message(exc))
            self.problem.setVisible(True)
            return
        view.decided.emit(
            self.tr("{state}. The decision goes to the server at the next sync.").format(
                state=view.state_names.get(state, state)
            )
        )
        self.kept.pop(self.reviewed.copy.uuid, None)
        self.reviewed = None  # decided: nothing typed on it is kept
        view.back()


def _day(text: str) -> str | None:
    """A typed day, or None when there is none; ValueError when it is not a day."""
    text = text.strip()
    return date.fromisoformat(text).isoformat() if text else None
