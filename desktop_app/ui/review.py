"""Review on the desktop: a supervisor's (or clerk's, or the Secretariat's) list of the
submissions pulled at sync, filterable, and one submission read-only in any form language,
approved or sent back with comments on the whole and on single answers. A paper
questionnaire keyed at an office shows the enumerator written on the paper, and who keyed it
in a column of its own; its values kept as written on the paper against the form's rule are
flagged (at the top and beside their answers), and a decision can confirm that each stands.
Keyboard-first: Enter opens, F2 or Enter comments on the answer under the cursor, Alt+P ticks
that a paper's value stands, Alt+A approves, Alt+B sends back, Esc goes back to the list.
Decisions are kept here and go up at the next sync. Alt+C on the list opens the households
two computers updated differently (desktop_app.ui.entity_conflicts: online)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

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
    QCheckBox,
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
from desktop_app.store import FormVersionInfo, ReviewFilter
from desktop_app.ui.dialogs import open_dialog
from desktop_app.ui.entity_conflicts import EntityConflictsWindow
from desktop_app.ui.home import form_title
from desktop_app.ui.i18n import (
    form_language_for,
    in_interface_direction,
    isolate,
    isolate_ltr,
    isolate_value,
    language_name,
)
from desktop_app.ui.messages import kept_refusal, server_refusal, user_message
from desktop_app.ui.question_box import answer_text
from desktop_app.ui.questions import is_note

CHANGED = QColor("#fff3c4")  # answers the newest revision changed: a pale yellow
KEPT = QColor("#fde3c8")  # answers kept as written on the paper against the rule: pale orange
FLAGGED = QColor("#fff1b8")  # what the server's quality checks flagged: pale yellow
KEYED_BY = 7  # the list's column of who keyed a paper questionnaire
FLAGS = 8  # the list's column of the quality checks' flags (hidden when none is flagged)


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
        # the quality checks' flags (issue 26): what a supervisor looks at first
        self.flag_filter = QComboBox()
        self.flag_filter.addItem(self.tr("Flagged or not"), None)
        self.flag_filter.addItem(self.tr("Flagged by the checks"), True)
        self.flag_filter.addItem(self.tr("Not flagged"), False)
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
            self.flag_filter,
        ):
            combo.currentIndexChanged.connect(lambda _: self.reload())
        filters = QHBoxLayout()
        labelled: list[tuple[str, QWidget]] = [
            (self.tr("&State"), self.state_filter),
            (self.tr("&Enumerator"), self.enumerator_filter),
            (self.tr("F&orm"), self.form_filter),
            (self.tr("Fla&gs"), self.flag_filter),
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
        for box in (self.received_from, self.received_to):  # a whole date, and no wider
            wide = box.fontMetrics().horizontalAdvance(box.placeholderText() + "00") + 12
            box.setMinimumWidth(wide)
            box.setMaximumWidth(wide)

        self.model = QStandardItemModel(0, 9, self)
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
                self.tr("Flags"),
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
        # the households two computers updated differently: read from the server, online
        self.conflicts_button = QPushButton(self.tr("Household &conflicts…"))
        self.conflicts_button.clicked.connect(self.open_entity_conflicts)
        below = QHBoxLayout()
        below.addWidget(self.conflicts_button)
        below.addStretch(1)

        layout = QVBoxLayout(self.list_page)
        layout.addWidget(heading)
        layout.addWidget(self.counts)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(below)

    def filter(self) -> ReviewFilter:
        """What the filters say; ValueError when a date is not one."""
        return ReviewFilter(
            state=self.state_filter.currentData(),
            enumerator=self.enumerator_filter.currentData(),
            form_id=self.form_filter.currentData(),
            site=self.site_filter.currentData(),
            flagged=self.flag_filter.currentData(),
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
        keyed_any = flagged_any = False
        for uuid in ids:
            copy = rows[uuid]
            keyed_any = keyed_any or bool(copy.keyed_by)
            flagged_any = flagged_any or copy.flagged > 0
            state = self.state_names.get(copy.state, copy.state)
            if copy.waiting:
                state = self.tr("{state} (to send)").format(state=state)
            elif copy.problem:
                state = self.tr("{state} ⚠ not accepted").format(state=state)
            cells = [
                isolate(reviewing.title_of(user, copy) or copy.uuid[:8]),
                isolate(self.titles.get(copy.form_id, copy.form_id)),
                isolate(copy.paper_enumerator or copy.enumerator),
                isolate(copy.site),
                copy.received_at[:16].replace("T", " "),
                str(copy.revision),
                state,
                isolate(copy.keyed_by) if copy.keyed_by else "",
                f"⚑ {copy.flagged}" if copy.flagged else "",
            ]
            items = [QStandardItem(text) for text in cells]
            items[0].setData(uuid, Qt.ItemDataRole.UserRole)
            if copy.flagged:
                items[FLAGS].setBackground(QBrush(FLAGGED))
                items[FLAGS].setAccessibleText(
                    self.tr("%n flag(s) of the quality checks", "", copy.flagged)
                )
            if copy.problem:
                code, detail = kept_refusal(copy.problem)
                items[6].setToolTip(f"{server_refusal(code, detail)}\n\n{isolate(detail)}")
            self.model.appendRow(items)
        self.table.setColumnHidden(KEYED_BY, not keyed_any)
        self.table.setColumnHidden(FLAGS, not flagged_any)
        counts = user.store.review_counts(reviewing.owner(user))
        said = [f"{name}: {counts.get(state, 0)}" for state, name in self.state_names.items()]
        flagged = user.store.review_flagged(reviewing.owner(user))
        if flagged:
            said.append(self.tr("flagged by the checks: {count}").format(count=flagged))
        self.counts.setText(" · ".join(said))
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

    def _uuid_at(self, row: int) -> str:
        item = self.model.item(row, 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def focus_list(self) -> None:
        self.setCurrentWidget(self.list_page)
        self.table.setFocus()

    def open_entity_conflicts(self) -> EntityConflictsWindow:
        """The site's households two computers updated differently, to resolve on the
        server (a window over this one; Esc closes it)."""
        window = EntityConflictsWindow(self.user, parent=self)
        open_dialog(self, window)
        return window

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
        # comments typed (and paper values ticked as standing) on a submission and not yet
        # decided on, by uuid
        self.kept: dict[str, tuple[str, dict[str, str], set[str]]] = {}
        # the answer rows by their key (review_notes.key), and the paper's values that may be
        # confirmed here (not confirmed yet) by their path
        self.answer_items: dict[str, QTreeWidgetItem] = {}
        self.stands: dict[str, QCheckBox] = {}
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.language = QComboBox()
        self.language.currentIndexChanged.connect(lambda _: self._fill())
        language_label = self.language_label = QLabel(self.tr("Form &language"))
        language_label.setBuddy(self.language)
        top = QHBoxLayout()
        top.addWidget(self.facts, 1)
        top.addWidget(language_label)
        top.addWidget(self.language)
        # the values kept as written on the paper against the form's rule, each with its
        # rule, the clerk's note and whether a reviewer confirmed it
        self.paper_values = QLabel()
        self.paper_values.setWordWrap(True)
        self.paper_values.setTextFormat(Qt.TextFormat.PlainText)
        self.paper_values.setStyleSheet(
            f"background: {KEPT.name()}; color: #5a2d0c; padding: 4px; border-radius: 3px;"
        )
        self.paper_values.setAccessibleName(self.tr("Values kept as written on the paper"))
        # what the server's quality checks flagged (issue 26): approving needs a comment
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setTextFormat(Qt.TextFormat.PlainText)
        self.flags.setStyleSheet(
            f"background: {FLAGGED.name()}; color: #4a3b00; padding: 4px; border-radius: 3px;"
        )
        self.flags.setAccessibleName(self.tr("Flags of the quality checks"))

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
        self.stands_panel = QWidget()  # a box per paper's value to confirm with the decision
        self.stands_layout = QVBoxLayout(self.stands_panel)
        self.stands_layout.setContentsMargins(0, 0, 0, 0)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #9b1c1c;")
        # the server's own words for a refusal (English): for whoever helps, below the why
        self.problem_details = QLabel()
        self.problem_details.setWordWrap(True)
        self.problem_details.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_details.setStyleSheet("color: #6b6b6b; font-size: small;")
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
        layout.addWidget(self.flags)
        layout.addWidget(self.paper_values)
        layout.addWidget(self.answers, 1)
        layout.addWidget(self.history)
        layout.addWidget(comment_label)
        layout.addWidget(self.comment)
        layout.addWidget(self.stands_panel)
        layout.addWidget(self.problem)
        layout.addWidget(self.problem_details)
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
        self.heading.setText(  # an English title in Arabic still starts on the right
            in_interface_direction(
                isolate(reviewing.title_of(view.user, copy) or view.titles.get(copy.form_id, ""))
            )
        )
        self.language.blockSignals(True)
        self.language.clear()
        for lang in form.languages or [""]:
            self.language.addItem(language_name(lang) if lang else self.tr("Default"), lang)
        chosen = form_language_for(form.languages, view.form_language)
        if chosen in form.languages:
            self.language.setCurrentIndex(form.languages.index(chosen))
        self.language.setVisible(len(form.languages) > 1)
        self.language_label.setVisible(len(form.languages) > 1)
        self.language.blockSignals(False)
        comment, answers, ticked = self.kept.get(copy.uuid, ("", {}, set()))
        self.comment.setPlainText(comment)
        self._show_refusal(copy.problem)
        self._show_flags(reviewed.flags)
        self.answers.clear()
        self._fill(answers, ticked)

    def _show_refusal(self, problem: str) -> None:
        """Why the server refused the last decision made here (``problem`` as kept: its
        code and its English detail), in the interface's language; the detail below it."""
        code, detail = kept_refusal(problem)
        self.problem.setText(
            self.tr("The server did not accept the last decision made here: {why}").format(
                why=server_refusal(code, detail)
            )
            if problem
            else ""
        )
        self.problem.setVisible(bool(problem))
        self.problem_details.setText(
            self.tr("Details from the server: {detail}").format(detail=isolate(detail))
            if problem
            else ""
        )
        self.problem_details.setVisible(bool(problem))

    def _show_flags(self, flags: list[str]) -> None:
        """The quality checks' flags, each its rule and reason (the server's words)."""
        self.flags.setText(
            "\n".join(
                [
                    self.tr(
                        "The quality checks flagged this submission. To approve it, say in "
                        "the comment why it stands:"
                    ),
                    *(in_interface_direction(f"  ⚑ {isolate(flag)}") for flag in flags),
                ]
            )
            if flags
            else ""
        )
        self.flags.setVisible(bool(flags))

    def keep_typed(self) -> None:
        """What was typed (and ticked) on the submission shown, kept for when it is opened
        again."""
        if self.reviewed is not None:
            typed = (self.comment.toPlainText(), self.answer_comments(), set(self.confirmed()))
            if typed[0].strip() or typed[1] or typed[2]:
                self.kept[self.reviewed.copy.uuid] = typed
            else:
                self.kept.pop(self.reviewed.copy.uuid, None)

    def confirmed(self) -> list[str]:
        """The paths of the paper's values ticked as standing."""
        return [path for path, box in self.stands.items() if box.isChecked()]

    def _describe(self, marked: int, labels: dict[str, str], names: dict[str, str]) -> None:
        """The facts above the answers and the decisions below them, answers named by their
        questions (``labels``; ``names`` with their roster entries)."""
        reviewed, view = self.reviewed, self.view
        assert reviewed is not None
        copy = reviewed.copy
        state = view.state_names.get(copy.state, copy.state)
        paper = reviewed.paper
        facts = [
            self.tr("{form}, version {version}").format(
                form=isolate(view.titles.get(copy.form_id, copy.form_id)),
                version=isolate(copy.form_version),
            ),
            self.tr("Enumerator: {name} · Site: {site}").format(
                name=isolate(copy.paper_enumerator or copy.enumerator),
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
            lines += [
                "  ✓ "
                + self.tr("The paper's value stands: {question} = {value}").format(
                    question=isolate(names.get(_key(p), p)), value=isolate_value(v)
                )
                for p, v in sorted(d.confirmed.items())
            ]
        self.history.setText("\n".join(lines))
        self.history.setVisible(bool(lines))

    def _show_paper_values(self, names: dict[str, str], ticked: set[str]) -> None:
        """The values kept as written on the paper: listed at the top, marked beside their
        answers, and a box to tick for each not yet confirmed (``ticked``: those ticked)."""
        reviewed = self.reviewed
        assert reviewed is not None
        for box in self.stands.values():
            box.setParent(None)
            box.deleteLater()
        self.stands = {}
        lines = []
        for kept in reviewed.as_written:
            key = _key(kept.path)
            question = names.get(key, kept.name)
            said = [
                self.tr("{question} — kept as on paper: {value}").format(
                    question=isolate(question), value=isolate_value(kept.value)
                )
            ]
            if kept.rule:
                said.append(self.tr("rule: {rule}").format(rule=isolate(kept.rule)))
            if kept.note:
                said.append(self.tr("note: {note}").format(note=isolate(kept.note)))
            if kept.confirmed:
                said.append(
                    self.tr("confirmed by {who} on {when}").format(
                        who=isolate(kept.confirmed_by), when=isolate_ltr(kept.confirmed_at[:10])
                    )
                )
            else:
                said.append(self.tr("not confirmed yet: the indicators leave it out"))
            lines.append("• " + " — ".join(said))
            item = self.answer_items.get(key)
            if item is not None:
                item.setText(
                    1,
                    (
                        self.tr("{answer} — kept as on paper, confirmed")
                        if kept.confirmed
                        else self.tr("{answer} — kept as on paper")
                    ).format(answer=item.text(1)),
                )
                item.setToolTip(1, "\n".join(filter(None, [item.toolTip(1), *said[1:]])))
                for column in range(3):
                    item.setBackground(column, QBrush(KEPT))
            if not kept.confirmed:
                box = QCheckBox(
                    self.tr("The &paper's value stands: {question} = {value}").format(
                        question=isolate(question).replace("&", "&&"),
                        value=isolate_value(kept.value).replace("&", "&&"),
                    )
                )
                box.setChecked(kept.path in ticked)
                self.stands_layout.addWidget(box)
                self.stands[kept.path] = box
        self.paper_values.setText("\n".join(lines))
        self.paper_values.setVisible(bool(lines))
        self.stands_panel.setVisible(bool(self.stands))
        for before, after in pairwise([self.comment, *self.stands.values(), self.approve]):
            self.setTabOrder(before, after)

    def _fill(self, typed: dict[str, str] | None = None, ticked: set[str] | None = None) -> None:
        """Every question the enumerator saw, in the form's order and groups, with its
        answer and the comment typed on it (``typed``; on a change of language, what the
        column holds), and the paper's values ticked as standing (``ticked``; on a change
        of language, those ticked)."""
        reviewed = self.reviewed
        if reviewed is None:
            return
        if typed is None:
            typed = self.answer_comments()
        if ticked is None:
            ticked = set(self.confirmed())
        user = self.view.user
        session = reviewing.session_of(user, reviewed, language=self.language.currentData())
        root = f"/{session.form.root_name}/"
        changed = {review_notes.key(p) for p in reviewed.changed}
        self.answers.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        labels: dict[str, str] = {}
        names: dict[str, str] = {}  # the question with its roster entries ("Member 2 › Age")
        self.answer_items = {}
        marked = 0
        first = None
        for page in pages(session):
            if page.kind != "questions":
                continue
            parent: QTreeWidgetItem | None = None
            entries: list[QTreeWidgetItem] = []
            for el, node in page.context:
                key = node.abs_path(indexed=True)
                if key not in parents:
                    label = session.render(el.label, node) if el.label else el.name
                    if el.kind == "repeat":
                        label = f"{label} {node.position()}"
                    # the form's words keep their own direction in either interface
                    item = QTreeWidgetItem([isolate(label)])
                    (parent.addChild(item) if parent else self.answers.addTopLevelItem(item))
                    item.setExpanded(True)
                    parents[key] = item
                parent = parents[key]
                if el.kind == "repeat":
                    entries.append(parent)
            for el, node in page.items:
                if is_note(el):
                    continue
                path = node.abs_path(indexed=True).removeprefix(root)
                label = session.render(el.label, node) if el.label else el.name
                item = QTreeWidgetItem(
                    [
                        isolate(label),
                        isolate_value(answer_text(session, el, node)),
                        typed.get(path, ""),
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, path)
                item.setToolTip(0, label)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                labels[review_notes.key(path)] = label
                names[review_notes.key(path)] = " › ".join([*(e.text(0) for e in entries), label])
                self.answer_items[review_notes.key(path)] = item
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
        self._describe(marked, labels, names)
        self._show_paper_values(names, ticked)

    def answer_comments(self) -> dict[str, str]:
        out = {}
        stack = [self.answers.topLevelItem(i) for i in range(self.answers.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:  # only an index out of range has none
                continue
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
                confirmed=self.confirmed(),
            )
        except ClientError as exc:
            self.problem.setText(user_message(exc))
            self.problem.setVisible(True)
            self.problem_details.hide()  # said here, not by the server
            return
        view.decided.emit(
            self.tr("{state}. The decision goes to the server at the next sync.").format(
                state=view.state_names.get(state, state)
            )
        )
        self.kept.pop(self.reviewed.copy.uuid, None)
        self.reviewed = None  # decided: nothing typed on it is kept
        view.back()


def _key(path: str) -> str:
    """An answer's key (review_notes.key) from its path as the server writes it
    ("/data/survey/member[2]/age")."""
    return review_notes.key(path.strip("/").split("/", 1)[-1])


def _day(text: str) -> str | None:
    """A typed day, or None when there is none; ValueError when it is not a day."""
    text = text.strip()
    return date.fromisoformat(text).isoformat() if text else None
