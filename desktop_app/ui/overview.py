"""The overview of the whole form (Ctrl+J): every question, answered / unanswered / invalid,
grouped by section and roster member; Enter on one jumps to it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from desktop_app.draft import Draft
from desktop_app.pages import Page, node_key
from desktop_app.ui.i18n import isolate_value
from desktop_app.ui.question_box import answer_text
from desktop_app.ui.questions import is_note


class Overview(QTreeWidget):
    jump_requested = Signal(str)  # a node's key

    def __init__(self) -> None:
        super().__init__()
        self.setHeaderLabels([self.tr("Question"), self.tr("Answer"), self.tr("State")])
        self.setAccessibleName(self.tr("Overview of the form"))
        self.itemActivated.connect(self._activated)
        # long labels wrap onto more lines instead of being cut off; each column can be
        # widened by dragging its header, the whole overview by dragging the splitter
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setItemDelegate(_Wrapping(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self.doItemsLayout())
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 18)

    def fill(self, draft: Draft, pages: list[Page], current_page: Page) -> None:
        """Every question of every page, grouped as the form groups them, with its state."""
        session = draft.session
        self.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        current = None
        for page in pages:
            if page.kind != "questions":
                continue
            parent: QTreeWidgetItem | None = None
            for el, node in page.context:
                key = node_key(node)
                if key not in parents:
                    label = session.render(el.label, node) if el.label else el.name
                    if el.kind == "repeat":
                        label = f"{label} {node.position()}"
                    item = QTreeWidgetItem([label])
                    item.setData(0, Qt.ItemDataRole.UserRole, key)
                    (parent.addChild(item) if parent else self.addTopLevelItem(item))
                    item.setExpanded(True)
                    parents[key] = item
                parent = parents[key]
            for el, node in page.items:
                label = session.render(el.label, node) if el.label else el.name
                answer = answer_text(session, el, node)
                if is_note(el):  # a note is read, not answered
                    state = self.tr("note")
                else:
                    issue = draft.issue(node) if draft.editable else None
                    state = (
                        self.tr("⚠ invalid")
                        if issue and issue.code != "required"
                        else self.tr("✓ answered")
                        if node.text
                        else self.tr("○ required")
                        if issue
                        else self.tr("○ unanswered")
                    )
                shown = "" if is_note(el) else isolate_value(answer)
                item = QTreeWidgetItem([label, shown, state])
                item.setToolTip(0, label)
                item.setToolTip(1, answer)
                item.setData(0, Qt.ItemDataRole.UserRole, node_key(node))
                (parent.addChild(item) if parent else self.addTopLevelItem(item))
                if page is current_page and current is None:
                    current = item
        if current is not None:
            self.setCurrentItem(current)
        self.setColumnWidth(1, self.fontMetrics().horizontalAdvance("M") * 9)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Enter jumps to the question and is used up here: passed on, it would also turn
        the page it jumped to."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None:
                self._activated(item)
            event.accept()
            return
        super().keyPressEvent(event)

    def _activated(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if key:
            self.jump_requested.emit(key)


class _Wrapping(QStyledItemDelegate):
    """Rows as tall as their wrapped text in the column's current width: a long question
    label is read whole, on two or three lines."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        width = self.tree.columnWidth(index.column())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= (depth + 1) * self.tree.indentation()
        text = str(index.data() or "")
        if width <= 20 or not text:
            return hint
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width - 8, 100_000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(hint.width(), max(hint.height(), bounds.height() + 6))
