"""Filling a form: one question (or one field-list group) per page, keyboard first.

Enter / Tab / PageDown go forward, Shift+Tab / PageUp back; digits pick numbered choices;
Ctrl+J shows the overview of the whole form; Ctrl+W saves and closes. Every change is saved
by the draft before the next key press is handled (see ``desktop_app.draft``).
"""

from __future__ import annotations

import gc
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app import review_notes
from desktop_app.draft import Draft
from desktop_app.errors import ClientError
from desktop_app.pages import END, Page, find, node_key, pages
from desktop_app.ui.buttons import ShrinkingButton
from desktop_app.ui.choice_editors import ChoiceEditor
from desktop_app.ui.dialogs import open_dialog
from desktop_app.ui.i18n import in_interface_direction, isolate, language_name
from desktop_app.ui.overview import Overview
from desktop_app.ui.question_box import QuestionBox
from form_engine import Element
from form_engine.errors import FormEngineError
from form_engine.nodes import Node
from form_engine.repeat_counts import Surplus, surplus
from form_engine.validation import language_code


class FillingView(QWidget):
    closed = Signal(str)  # the submission's uuid
    finalized = Signal(str)
    form_language_chosen = Signal(str)  # a language of the form, as the form names it
    discard_requested = Signal(str)  # the draft's uuid
    correct_requested = Signal(str)  # a sent submission's uuid: reopen it to correct it

    def __init__(self, draft: Draft, *, words: dict[str, str], correctable: bool = False) -> None:
        super().__init__()
        self.draft = draft
        self.words = words
        self.pages: list[Page] = []
        self.index = 0
        self.boxes: list[QuestionBox] = []

        self.title = QLabel()
        self.title.setObjectName("heading")
        self.title.setWordWrap(True)
        heading_font = self.title.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.title.setFont(heading_font)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Form language"))
        for lang in draft.form.languages or [""]:
            self.language.addItem(language_name(lang) if lang else self.tr("(one language)"), lang)
        if draft.session.language in draft.form.languages:
            self.language.setCurrentIndex(draft.form.languages.index(draft.session.language))
        self.language.currentIndexChanged.connect(self._language_changed)
        # Picked with the mouse or the keyboard, the keys then go back to the questions.
        self.language.activated.connect(lambda _: self.focus_page())
        self.saved = QLabel()
        self.saved.setObjectName("saved")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addWidget(self.saved)

        self.context = QLabel()
        self.context.setObjectName("context")
        self.context.setWordWrap(True)
        # why it was sent back (by the server's checks or a reviewer), while it is corrected
        self.sent_back = QLabel()
        self.sent_back.setObjectName("sent_back")
        self.sent_back.setWordWrap(True)
        self.sent_back.setTextFormat(Qt.TextFormat.PlainText)
        self.sent_back.setStyleSheet(
            "background: #fff4e5; color: #5f3700; padding: 6px; border: 1px solid #e0a040"
        )
        note = draft.owner.open_note(draft.uuid, draft.record.note)
        returned = draft.record.status == "returned"
        self.review_comments = review_notes.answer_comments(note) if returned else {}
        if returned and note:
            shown = review_notes.readable(note, self._question_label)
            self.sent_back.setText(
                self.tr("Sent back for correction: {reason}").format(reason=isolate(shown))
            )
        self.questions_area = QScrollArea()
        self.questions_area.setWidgetResizable(True)
        self.questions_area.setFrameShape(QFrame.Shape.NoFrame)
        self.overview = Overview()
        self.overview.jump_requested.connect(self.go_to_key)
        self.overview.hide()
        split = QSplitter(Qt.Orientation.Horizontal)
        page_area = QWidget()
        page_layout = QVBoxLayout(page_area)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.context)
        page_layout.addWidget(self.sent_back)
        page_layout.addWidget(self.questions_area, 1)
        split.addWidget(page_area)
        split.addWidget(self.overview)
        split.setChildrenCollapsible(False)
        split.setHandleWidth(8)
        split.setSizes([640, 560])

        # The secondary buttons give up width first (shortened with "…"); Back and Next
        # keep their labels, and the row never makes the window wider than the screen.
        self.back_button = QPushButton(self.tr("◀ Back (PgUp)"))
        self.next_button = QPushButton(self.tr("Next (PgDn) ▶"))
        self.overview_button = ShrinkingButton(self.tr("Overview (Ctrl+J)"))
        self.close_button = ShrinkingButton(self.tr("Save and close (Ctrl+W)"))
        for b in (self.back_button, self.next_button, self.overview_button, self.close_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys do these; Tab stays on questions
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.forward)
        self.overview_button.clicked.connect(self.toggle_overview)
        self.close_button.clicked.connect(self.save_and_close)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.overview_button)
        self.remove_button = ShrinkingButton()
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.clicked.connect(self.remove_this_repeat)
        nav.addWidget(self.remove_button)
        self.discard_button = ShrinkingButton(self.tr("Discard draft (Ctrl+Shift+Del)"))
        self.discard_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.discard_button.clicked.connect(self.discard)
        nav.addWidget(self.discard_button)
        # a sent submission of a server with no review (ODK Central, KoboToolbox): its
        # enumerator reopens it to correct it, sent again as an edit
        self.correct_button = ShrinkingButton(self.tr("Correct this submission (Alt+C)"))
        self.correct_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.correct_button.clicked.connect(lambda: self.correct_requested.emit(draft.uuid))
        nav.addWidget(self.correct_button)
        nav.addStretch(1)
        nav.addWidget(self.close_button)
        nav.addWidget(self.next_button)

        # A page with no question to type in (a note) keeps the keyboard here, so that the
        # page keys and shortcuts still reach the view.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(nav)

        for keys, slot in (
            (QKeySequence(Qt.Key.Key_PageDown), self.forward),
            (QKeySequence(Qt.Key.Key_PageUp), self.back),
            (QKeySequence("Ctrl+J"), self.toggle_overview),
            (QKeySequence("Ctrl+W"), self.save_and_close),
            (QKeySequence("Ctrl+Delete"), self.remove_this_repeat),
            (QKeySequence("Ctrl+Shift+Delete"), self.discard),
            # The keys the README promises, in every interface language (a translated
            # button's own Alt+letter follows its translated word)
            (QKeySequence("Alt+A"), lambda: self._click_on_page("add")),
            (QKeySequence("Alt+R"), lambda: self._click_on_page("remove")),
            (QKeySequence("Alt+F"), lambda: self._click_on_page("finalize")),
            (QKeySequence("Alt+C"), self._correct),
        ):
            shortcut = QShortcut(
                keys, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            # a key held down adds one member, not ten; finalizes once
            shortcut.setAutoRepeat(keys.toString().startswith(("PgDown", "PgUp")))
        draft.on_saved = lambda at: self._show_saved(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self._show_saved(True)
        self._apply_direction()
        # shown or hidden once it has a parent (a parentless widget shown is a window)
        self.discard_button.setVisible(draft.record.status == "draft" and not draft.record.revision)
        self.correct_button.setVisible(correctable and draft.record.status == "sent")
        self.sent_back.setVisible(bool(self.sent_back.text()))
        self.pages = pages(draft.session)
        self._asked_surplus: list[str] = []  # removals the enumerator already declined
        self._entry_key = ""
        self._entry_values: dict[str, str] = {}
        self.go(
            find(self.pages, draft.position, draft.session) if draft.position else 0, save=False
        )

    # -- navigation ----------------------------------------------------------------------------
    @property
    def page(self) -> Page:
        return self.pages[self.index]

    def go(
        self,
        index: int,
        *,
        save: bool = True,
        focus_last: bool = False,
        fresh: list[Page] | None = None,
    ) -> None:
        self.pages = fresh if fresh is not None else pages(self.draft.session)
        self.index = max(0, min(index, len(self.pages) - 1))
        self._build_page()
        if save and self.draft.editable:
            try:
                self.draft.move_to(self.page.key)
            except ClientError as exc:
                self._show_saved(False, str(exc))
        if self.overview.isVisible():
            self._fill_overview()
        self.focus_page(last=focus_last)
        self._log_page()

    def _log_page(self) -> None:
        """The audit log (where the form keeps one): a screen with no question to type in
        is logged here; a question, when it gets the keyboard (_focus_moved)."""
        paradata = self.draft.paradata
        page = self.page
        if paradata is None:
            return
        if page.kind == "end":
            paradata.screen("end screen")
        elif page.kind == "add_repeat" and page.repeat is not None and page.parent is not None:
            count = len(page.parent.named(page.repeat.name))
            paradata.screen(
                "add repeat", f"{paradata.path(page.parent)}/{page.repeat.name}[{count + 1}]"
            )
        elif page.items and not any(b.editor is not None for b in self.boxes):
            paradata.question(page.items[0][1])  # a note alone: shown, nothing to type

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        paradata = self.draft.paradata
        if paradata is None or new is None or not self.isAncestorOf(new):
            return
        for box in self.boxes:
            if box.editor is not None and (box.editor is new or box.editor.isAncestorOf(new)):
                paradata.question(box.node)
                return

    def focus_page(self, *, last: bool = False) -> None:
        """Put the keyboard on the page's first (or last) question."""
        editors = [b.editor for b in self.boxes if b.editor is not None]
        if editors:
            (editors[-1] if last else editors[0]).focus_first()
        elif self.page.kind == "end":
            self.finalize_button.setFocus()
        elif self.page.kind == "add_repeat":
            self.go_on_button.setFocus()
        elif self.page.kind == "questions":
            self.setFocus()

    def _question_label(self, path: str) -> str | None:
        """A question's label from its answer's path ("survey/member[2]/age"), with the
        roster entry it is in."""
        session = self.draft.session
        try:
            node = session.node(f"/{self.draft.form.root_name}/{path.strip('/')}")
        except (KeyError, ValueError, FormEngineError):  # a path this version does not have
            return None
        el = session.element(node)
        if el is None or not el.label:
            return None
        label = session.render(el.label, node)
        entries = [int(n) for n in re.findall(r"\[(\d+)\]", path)]
        return f"{label} ({entries[-1]})" if entries else label

    def go_to_key(self, key: str) -> None:
        if not self._leave_page():
            return
        fresh = pages(self.draft.session)
        self.go(find(fresh, key, self.draft.session), fresh=fresh)

    def forward(self) -> None:
        if self.page.kind == "end":
            return
        self._commit_pending()
        if self.page.kind == "questions" and self.draft.editable:
            blocked = [box for box in self.boxes if box.show_issue()]
            if blocked:  # as Collect: a page with a problem is not left forward
                if blocked[0].editor:
                    blocked[0].editor.focus_first()
                return
        if not self._leave_page():
            return
        current = self.page.key
        fresh = pages(self.draft.session)
        self.go(find(fresh, current, self.draft.session) + 1, fresh=fresh)

    def back(self) -> None:
        if self.index > 0:
            self._commit_pending()
            if not self._leave_page():
                return
            current = self.page.key
            fresh = pages(self.draft.session)
            self.go(find(fresh, current, self.draft.session) - 1, focus_last=True, fresh=fresh)

    def _commit_pending(self) -> None:
        for box in list(self.boxes):
            if box.editor is not None:
                box.editor.commit_pending()

    def _leave_page(self) -> bool:
        """Before leaving a page: a count lowered below roster entries that hold answers asks
        whether to remove them (once for each such change); False keeps the enumerator here."""
        if not self.draft.editable:
            return True
        for extra in surplus(self.draft.session):
            key = f"{node_key(extra.parent)}/{extra.repeat.name}>{extra.wanted}"
            if key in self._asked_surplus:
                continue  # declined, and the count could not be set back: finalize lists it
            return not self._ask_about_surplus(extra, key)
        return True

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.page.kind == "add_repeat":
                self.forward()
            elif self.page.kind == "questions":
                self.forward()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's signature
        editors = [b.editor for b in self.boxes if b.editor is not None]
        focus = self.focusWidget()
        at = next_index = None
        for i, ed in enumerate(editors):
            if focus is ed or (focus is not None and ed.isAncestorOf(focus)):
                at = i
        if at is None:
            return super().focusNextPrevChild(next)
        current = editors[at]
        if isinstance(current, ChoiceEditor) and current.pending:
            current.commit_pending()  # a code still being typed is picked before Tab
            return self.focusNextPrevChild(next)
        step = getattr(editors[at], "focus_step", None)
        if step is not None and step(next):
            return True
        next_index = at + (1 if next else -1)
        if 0 <= next_index < len(editors):
            editors[next_index].focus_first()
        elif next:
            self.forward()
        else:
            self.back()
        return True

    def _click_on_page(self, which: str) -> None:
        button = self._page_buttons.get(which)
        if button is not None and button.isVisible() and button.isEnabled():
            button.click()
        elif which == "finalize" and self.page.kind != "end":
            self.go_to_key(END)  # Alt+F elsewhere: to the last page, where Alt+F finalizes

    def save_and_close(self) -> None:
        self._commit_pending()
        if self.draft.paradata is not None:
            self.draft.paradata.closed()
        self.closed.emit(self.draft.uuid)

    def _correct(self) -> None:
        if self.correct_button.isVisible():
            self.correct_requested.emit(self.draft.uuid)

    def discard(self) -> None:
        if self.discard_button.isVisible():
            self.discard_requested.emit(self.draft.uuid)

    # -- answers ---------------------------------------------------------------------------
    def answer(self, node: Node, text: str) -> None:
        try:
            self.draft.set_answer(node, text)
        except ClientError as exc:
            self._show_saved(False, str(exc))
            return
        self._after_change()

    def answer_unfinished(self, node: Node, typed: str) -> None:
        """Typed text that is not an answer yet: saved as typed, read by nothing."""
        try:
            self.draft.set_typed(node, typed)
        except ClientError as exc:
            self._show_saved(False, str(exc))
            return
        self._after_change()

    def _after_change(self) -> None:
        fresh = pages(self.draft.session)
        same = find(fresh, self.page.key, self.draft.session)
        current_items = [node_key(n) for _, n in self.page.items]
        new_items = (
            [node_key(n) for _, n in fresh[same].items]
            if fresh[same].key == self.page.key
            else None
        )
        self.pages = fresh
        if new_items is not None and new_items != current_items:
            focus = self.focusWidget()
            owner = (
                next((b for b in self.boxes if b.editor and b.editor.isAncestorOf(focus)), None)
                if focus
                else None
            )
            self.index = same
            self._build_page()
            if owner is not None:
                for b in self.boxes:
                    if b.node is owner.node and b.editor:
                        b.editor.focus_first()
        else:
            self.index = same if fresh[same].key == self.page.key else self.index
            for box in self.boxes:
                box.refresh()
            self._show_context()
        if self.overview.isVisible():
            self._fill_overview()

    def _notice(self, text: str) -> None:
        """A passing word in the window's status bar (not a dialog: nothing to answer)."""
        bar = getattr(self.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(text, 10_000)

    def _show_saved(self, ok: bool, problem: str = "") -> None:
        if ok:
            self.saved.setText(self.tr("✓ Saved"))
            self.saved.setStyleSheet("color: #1b5e20; font-weight: bold")
            self.saved.setToolTip(self.tr("Every answer is on the disk."))
        else:
            self.saved.setText(self.tr("⚠ NOT SAVED"))
            self.saved.setStyleSheet(
                "color: white; background: #b00020; font-weight: bold; padding: 2px"
            )
            self.saved.setToolTip(problem)

    # -- building pages ----------------------------------------------------------------------
    def _build_page(self) -> None:
        page = self.page
        self._page_buttons: dict[str, QPushButton] = {}
        if self._entry_key != page.key:
            # the answers as they were when the enumerator came to this page
            self._entry_key = page.key
            self._entry_values = {node_key(n): n.text for _, n in page.items}
        holder = QWidget()
        layout = QVBoxLayout(holder)
        self.boxes = []
        if page.kind == "questions":
            for el, node in page.items:
                box = QuestionBox(self, el, node)
                self.boxes.append(box)
                layout.addWidget(box)
                if not self.draft.editable and box.editor is not None:
                    box.editor.setEnabled(False)
        elif page.kind == "add_repeat":
            self._build_add_repeat(page, layout)
        else:
            self._build_end(layout)
        layout.addStretch(1)
        old = self.questions_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.questions_area.setWidget(holder)
        self._show_context()
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(page.kind != "end")
        removable = self._removable_repeat()
        self.remove_button.setVisible(removable is not None and self.draft.editable)
        if removable is not None:
            el, node = removable
            label = self.draft.session.render(el.label, node) if el.label else el.name
            self.remove_button.setText(
                self.tr("Remove this “{label}” (Ctrl+Del)").format(label=label)
            )

    def _show_context(self) -> None:
        session = self.draft.session
        title = self.draft.title()
        if not any(ch.isalnum() for ch in title):  # an instance name of still-empty fields
            title = self.draft.form.title or self.draft.form.form_id
        self.title.setText(in_interface_direction(isolate(title)))
        parts = []
        for el, node in self.page.context:
            label = session.render(el.label, node) if el.label else el.name
            if el.kind == "repeat":
                count = len(node.parent.named(el.name)) if node.parent else 1
                # the form's words and the interface's each keep their own direction
                label = self.tr("{label} — {n} of {count}").format(
                    label=isolate(label), n=node.position(), count=count
                )
            parts.append(isolate(label))
        step = self.tr("Page {n} of {count}").format(n=self.index + 1, count=len(self.pages))
        # an arrow that is never mirrored, pointing the way the interface reads
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        arrow = "  ◂  " if rtl else "  ▸  "
        self.context.setText(in_interface_direction(arrow.join([*parts, isolate(step)])))

    def _build_add_repeat(self, page: Page, layout: QVBoxLayout) -> None:
        assert page.repeat is not None
        session = self.draft.session
        label = (
            session.render(page.repeat.label, page.parent)
            if page.repeat.label
            else page.repeat.name
        )
        count = len(page.parent.named(page.repeat.name)) if page.parent else 0
        question = QLabel(
            self.tr("Add another “{label}”? There are {count} now.").format(
                label=label, count=count
            )
        )
        question.setObjectName("label")
        question.setWordWrap(True)
        # the keys are shortcuts of the view, the same in every interface language
        add = QPushButton(self.tr("Add another (Alt+A)"))
        done = QPushButton(self.tr("No, go on (Enter)"))
        add.clicked.connect(lambda: self.add_repeat(page))
        done.clicked.connect(self.forward)
        layout.addWidget(question)
        layout.addWidget(add)
        layout.addWidget(done)
        if count and self.draft.editable:
            remove = QPushButton(self.tr("Remove the last one (Alt+R)"))
            remove.clicked.connect(lambda: self.remove_last_repeat(page))
            layout.addWidget(remove)
            self._page_buttons["remove"] = remove
        add.setEnabled(self.draft.editable)
        done.setDefault(True)
        self.go_on_button = done
        self._page_buttons["add"] = add

    def add_repeat(self, page: Page) -> None:
        assert page.repeat is not None and page.parent is not None
        try:
            node = self.draft.add_repeat(page.repeat.path, page.parent)
        except ClientError as exc:
            self._show_saved(False, str(exc))
            return
        # the new instance's first question, never an answered field elsewhere
        self.go(find(pages(self.draft.session), node_key(node), self.draft.session))

    def remove_last_repeat(self, page: Page) -> None:
        assert page.repeat is not None and page.parent is not None
        instances = page.parent.named(page.repeat.name)
        if instances:
            self.draft.remove_repeat(instances[-1])
            self.go(find(pages(self.draft.session), page.key, self.draft.session))

    def _removable_repeat(self) -> tuple[Element, Node] | None:
        """The innermost repeat instance this page is in that the enumerator may remove: one of
        a repeat without a count, or one beyond what its count now says."""
        for el, node in reversed(self.page.context):
            if el.kind == "repeat":
                if el.repeat_count is None:
                    return el, node
                extra = [n for s in surplus(self.draft.session) for n in s.extra]
                return (el, node) if any(node is n for n in extra) else None
        return None

    def _ask_about_surplus(self, extra: Surplus, key: str) -> bool:
        """Ask whether to remove roster entries beyond a lowered count; True when asked (the
        answer comes back by signal and the enumerator stays on the page meanwhile)."""
        session = self.draft.session
        el = extra.repeat
        label = session.render(el.label, extra.extra[0]) if el.label else el.name
        names = ", ".join(
            f"{label} {n.position()}" + (f" ({title})" if (title := instance_title(n)) else "")
            for n in extra.extra
        )
        ask = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove answers?"),
            self.tr(
                "The count is now {wanted}, but these entries hold answers: {names}.\n\n"
                "Remove them and their answers?"
            ).format(wanted=extra.wanted, names=isolate(names)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        # "Keep" sets the count back to what it was when this page was opened (entries that
        # were blank come back blank), or at least to the entries that hold answers
        present = extra.wanted + len(extra.extra)
        before = self._entry_values.get(node_key(extra.source), "") if extra.source else ""
        back = int(before) if before.isdigit() and int(before) >= present else present
        no = ask.button(QMessageBox.StandardButton.No)
        keep = self.tr("Keep them (the count goes back to {n})").format(n=back)
        no.setText(keep if extra.source is not None else self.tr("Keep them"))
        ask.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove them"))
        ask.setDefaultButton(QMessageBox.StandardButton.No)  # nothing lost by a stray Enter

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.draft.remove_surplus(extra)
            elif extra.source is not None:
                self.draft.set_answer(extra.source, str(back))
            else:
                self._asked_surplus.append(key)  # not asked again; finalize lists it
            self.go(self.index)

        ask.finished.connect(answered)
        open_dialog(self, ask)
        return True

    def remove_this_repeat(self) -> None:
        """Ctrl+Delete inside a repeat instance: remove it, after asking."""
        found = self._removable_repeat()
        if found is None or not self.draft.editable:
            counted = next((el for el, _ in self.page.context if el.kind == "repeat"), None)
            if counted is not None and self.draft.editable:
                self._notice(
                    self.tr(
                        "How many entries there are is set by an answer earlier in the form: "
                        "change that answer to remove one."
                    )
                )
            return
        el, node = found
        label = self.draft.session.render(el.label, node) if el.label else el.name
        ask = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove"),
            self.tr("Remove “{label}” {n} and all its answers?").format(
                label=label, n=node.position()
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        ask.setDefaultButton(QMessageBox.StandardButton.No)
        add_page = f"{node_key(node).rsplit('/', 1)[0]}/{el.name}#add"

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.draft.remove_repeat(node)
                self.go_to_key(add_page)
            self.focus_page()

        ask.finished.connect(answered)
        open_dialog(self, ask)

    def _build_end(self, layout: QVBoxLayout) -> None:
        done = QLabel(self.tr("End of the form. Check the problems below, then finalize."))
        done.setObjectName("label")
        done.setWordWrap(True)
        layout.addWidget(done)
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Problems"))
        self.problem_list.setWordWrap(True)
        self.problem_list.itemActivated.connect(
            lambda item: self.go_to_key(item.data(Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(self.problem_list, 1)
        self.finalize_button = QPushButton(self.tr("Finalize (Alt+F)"))
        self.finalize_button.clicked.connect(lambda: self.finalize())
        self.finalize_button.setEnabled(self.draft.editable)
        self._page_buttons = {"finalize": self.finalize_button}
        layout.addWidget(self.finalize_button)
        self._show_problems()

    def _show_problems(self) -> list:
        problems = self.draft.issues() if self.draft.editable else []
        self.problem_list.clear()
        session = self.draft.session
        for issue in problems:
            el = session.runtime.elements.get(_generic(issue.path))
            label = session.render(el.label) if el is not None and el.label else issue.path
            positions = re.findall(r"\[(\d+)\]", issue.path)  # which member of a roster
            if positions:
                label += f" ({', '.join(positions)})"
            item = QListWidgetItem(f"⚠ {label}: {issue.text(session.language)}")
            item.setData(Qt.ItemDataRole.UserRole, issue.path)
            self.problem_list.addItem(item)
        if not problems:
            self.problem_list.addItem(
                self.tr("No problems: ready to finalize.")
                if self.draft.editable
                else self.tr("This submission is finalized and can no longer be changed.")
            )
        return problems

    def finalize(self, change_reason: str | None = None) -> None:
        if change_reason is None and self.draft.asks_change_reason and not self.draft.issues():
            self._ask_change_reason()
            return
        try:
            problems = self.draft.finalize(change_reason=change_reason or "")
        except ClientError as exc:
            self._show_saved(False, str(exc))
            return
        if problems:
            if self.draft.paradata is not None:
                self.draft.paradata.instant("finalize error")
            self._show_problems()
            self.problem_list.setFocus()
            self.problem_list.setCurrentRow(0)
            return
        self.finalized.emit(self.draft.uuid)

    def _ask_change_reason(self) -> None:
        """The form's audit asks why a finalized submission is changed (ODK's
        track-changes-reasons): asked before it is finalized again; Esc finalizes nothing."""
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Why was it changed?"))
        ask.setLabelText(
            self.tr(
                "This form asks why a finalized submission is changed. Say why (it goes with "
                "the submission's audit log):"
            )
        )
        ask.setOkButtonText(self.tr("Finalize"))
        for label in ask.findChildren(QLabel):  # a sentence: wrapped, never off the screen
            label.setWordWrap(True)
        ask.setMinimumWidth(ask.fontMetrics().horizontalAdvance("M") * 32)

        def answered(result: int) -> None:
            reason = ask.textValue().strip()
            if result == QInputDialog.DialogCode.Accepted and reason:
                self.finalize(change_reason=reason)

        ask.finished.connect(answered)
        open_dialog(self, ask)

    def _apply_direction(self) -> None:
        """The questions read in the form's language: right to left for Arabic, whatever the
        interface's direction. The title and the breadcrumb above them belong to the
        interface and read in its direction, each piece of the form's text isolated in it."""
        rtl = is_right_to_left(self.draft.session.language)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.questions_area.setLayoutDirection(direction)

    # -- overview and language ---------------------------------------------------------------
    def toggle_overview(self) -> None:
        self.overview.setVisible(not self.overview.isVisible())
        if self.overview.isVisible():
            self._fill_overview()
            self.overview.setFocus()
            if self.draft.paradata is not None:
                self.draft.paradata.screen("jump")  # Collect's name for its overview

    def _fill_overview(self) -> None:
        self.overview.fill(self.draft, self.pages, self.page)

    def _language_changed(self) -> None:
        self.draft.session.language = self.language.currentData() or self.draft.session.language
        self.form_language_chosen.emit(self.draft.session.language)
        self._apply_direction()
        for box in self.boxes:
            box.refresh()
        self._show_context()
        if self.page.kind == "end":
            self._show_problems()
        if self.overview.isVisible():
            self._fill_overview()


def hold_for_filling() -> None:
    """Keep the open form out of the cyclic garbage collector's full scans.

    A 1,000-question form is a large tree of objects (nodes point to their parents); each
    full collection scanned all of it and paused a page turn for 100 ms or more. Frozen
    objects are still freed by reference counting; :func:`release_after_filling` hands them
    back so a closed form's cycles can be collected."""
    gc.collect()
    gc.freeze()


def release_after_filling() -> None:
    gc.unfreeze()


def is_right_to_left(language: str) -> bool:
    return language_code(language) in ("ar", "fa", "ur", "he", "ps")


def instance_title(instance: Node) -> str:
    """The first answered text of a roster entry (a member's name), to say which one it is."""
    for node in instance.iter():
        el = node.state.element if node.state is not None else None
        if isinstance(el, Element) and el.data_type == "string" and el.control and node.text:
            return node.text
    return ""


def _generic(path: str) -> str:
    return "/".join(part.split("[")[0] for part in path.split("/"))


__all__ = ["FillingView", "END"]
