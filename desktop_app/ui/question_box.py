"""One question on a page: label, hint, editor and the inline message, in the form's
current language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from desktop_app import review_notes
from desktop_app.ui.editor import Editor
from desktop_app.ui.i18n import isolate
from desktop_app.ui.questions import make_editor
from form_engine import Element
from form_engine.nodes import Node

if TYPE_CHECKING:
    from desktop_app.ui.filling import FillingView


class QuestionBox(QFrame):
    """Label, hint, editor and the inline message of one question."""

    def __init__(self, view: FillingView, el: Element, node: Node) -> None:
        super().__init__()
        self.view, self.el, self.node = view, el, node
        self.setObjectName("question")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 8)
        self.label = QLabel()
        self.label.setObjectName("label")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.label.setFont(font)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        session = view.draft.session
        self.editor: Editor | None = make_editor(
            el,
            readonly=session.is_readonly(node),
            now=session.env.now,
            store_file=lambda content, ext: view.draft.owner.add_attachment(
                view.draft.uuid, content, extension=ext
            ),
            words=view.words,
        )
        self.stored = QLabel()
        self.stored.setObjectName("stored")
        self.stored.setWordWrap(True)
        self.stored.setTextFormat(Qt.TextFormat.PlainText)
        self.stored.setStyleSheet("color: #37474f")
        self.stored.hide()
        layout.addWidget(self.label)
        layout.addWidget(self.hint)
        if self.editor is not None:
            self.label.setBuddy(self.editor)
            layout.addWidget(self.editor)
            self.editor.edited.connect(self._edited)
            self.editor.unfinished.connect(self._unfinished)
            self.editor.problem.connect(self._typing_problem)
            self.editor.stored_as.connect(self._stored_as)
        # what the reviewer said of this very answer, while the submission is corrected
        said = view.review_comments.get(review_notes.key(_answer_key(node, view)), "")
        self.reviewer = QLabel(self.tr("Reviewer: {comment}").format(comment=isolate(said)))
        self.reviewer.setObjectName("reviewer")
        self.reviewer.setWordWrap(True)
        self.reviewer.setTextFormat(Qt.TextFormat.PlainText)
        self.reviewer.setStyleSheet(
            "background: #fff4e5; color: #5f3700; padding: 4px; border-left: 3px solid #e0a040"
        )
        self.reviewer.setVisible(bool(said))
        layout.addWidget(self.reviewer)
        layout.addWidget(self.stored)
        layout.addWidget(self.message)
        self.refresh()
        # A page shown again (or in another interface language) shows at once what is still
        # wrong with what was typed before; an empty question waits until it is left.
        if self.typed or (node.text and view.draft.issue(node) is not None):
            self.show_issue()

    @property
    def typed(self) -> str:
        """Text kept as typed that is not an answer yet."""
        return self.node.state.typed if self.node.state is not None else ""

    def _edited(self, text: str) -> None:
        self.view.answer(self.node, text)

    def _unfinished(self, text: str) -> None:
        self.view.answer_unfinished(self.node, text)

    def _typing_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _stored_as(self, text: str) -> None:
        self.stored.setText(text)
        self.stored.setVisible(bool(text))

    def refresh(self, *, check: bool = False) -> None:
        session = self.view.draft.session
        label = session.render(self.el.label, self.node, isolate_outputs=True) or self.el.name
        # the mark stays with the label's last word (a no-break space), never alone on a line
        self.label.setText(label + ("\u00a0*" if session.is_required(self.node) else ""))
        hint = session.render(self.el.hint, self.node, isolate_outputs=True) if self.el.hint else ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        if self.editor is not None:
            self.editor.set_choices(
                session.choices(self.node), lambda c: session.render(c.label, self.node)
            )
            self.editor.set_value(self.typed or self.node.text)
        if check or not self.message.isHidden():
            self.show_issue()

    def show_issue(self) -> bool:
        """Show this answer's problem inline, in the form's current language; True if any."""
        draft = self.view.draft
        typed = self.typed
        text = self.editor.problem_for(typed) if typed and self.editor is not None else ""
        if not text:
            issue = draft.issue(self.node)
            text = issue.text(draft.session.language) if issue else ""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        return bool(text)


def _answer_key(node: Node, view: FillingView) -> str:
    """The answer's key as submissions write it: the path below the form's root, repeat
    entries numbered ("members/member[2]/age")."""
    root = "/" + view.draft.form.root_name + "/"
    return node.abs_path(indexed=True).removeprefix(root)


def answer_text(session, el: Element, node: Node) -> str:
    """An answer as the enumerator reads it: choice labels rather than choice names."""
    if not node.text or el.choices is None:
        return node.text
    labels = {c.value: session.render(c.label, node) for c in session.choices(node)}
    return ", ".join(labels.get(v, v) for v in node.text.split())
