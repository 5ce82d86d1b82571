"""A light XML element tree that the XPath evaluator walks.

ElementTree has no parent pointers and no cheap child-by-name lookup; both matter when a
1,000-question form re-evaluates expressions on every keystroke.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence


class Node:
    """An element (or the document above the root element, whose ``name`` is ``#document``)."""

    __slots__ = ("name", "text", "attrs", "children", "parent", "_by_name", "state", "keyed")

    def __init__(self, name: str, text: str = "", attrs: dict[str, str] | None = None) -> None:
        self.name = name
        self.text = text
        self.attrs = attrs or {}
        self.children: list[Node] = []
        self.parent: Node | None = None
        self._by_name: dict[str, list[Node]] | None = None
        # Per-node state owned by the form session (relevance etc.); None on plain documents.
        self.state: NodeState | None = None
        # a secondary instance's lookups, item[name = X]: (step, key) -> key text -> children
        self.keyed: dict[tuple[str, str], dict[str, list[Node]]] | None = None

    # -- structure ---------------------------------------------------------------------------
    def append(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        self._by_name = None
        return child

    def insert(self, index: int, child: Node) -> Node:
        child.parent = self
        self.children.insert(index, child)
        self._by_name = None
        return child

    def remove(self, child: Node) -> None:
        self.children.remove(child)
        child.parent = None
        self._by_name = None

    def named(self, name: str) -> list[Node]:
        """Children called ``name``, in document order."""
        index = self._by_name
        if index is None:
            index = {}
            for c in self.children:
                index.setdefault(c.name, []).append(c)
            self._by_name = index
        return index.get(name, [])

    def child(self, name: str) -> Node | None:
        found = self.named(name)
        return found[0] if found else None

    def iter(self) -> Iterator[Node]:
        """This node and all its descendants, in document order."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    # -- values ------------------------------------------------------------------------------
    def string_value(self) -> str:
        """XPath string-value; a non-relevant node of a form session reads as empty."""
        state = self.state
        if state is not None and not state.relevant:
            return ""
        if not self.children:
            return self.text
        return "".join(c.string_value() for c in self.children)

    @property
    def is_document(self) -> bool:
        return self.name == "#document"

    def document(self) -> Node:
        node = self
        while node.parent is not None:
            node = node.parent
        return node

    def is_within(self, ancestor: Node) -> bool:
        """True when ``ancestor`` is this node or one of its ancestors."""
        n: Node | None = self
        while n is not None:
            if n is ancestor:
                return True
            n = n.parent
        return False

    def position(self) -> int:
        """1-based position among same-named siblings."""
        if self.parent is None:
            return 1
        return self.parent.named(self.name).index(self) + 1

    def abs_path(self, *, indexed: bool = False) -> str:
        parts = []
        node: Node | None = self
        while node is not None and not node.is_document:
            if indexed and node.parent is not None and len(node.parent.named(node.name)) > 1:
                parts.append(f"{node.name}[{node.position()}]")
            else:
                parts.append(node.name)
            node = node.parent
        return "/" + "/".join(reversed(parts))

    def generic_path(self) -> str:
        return self.abs_path(indexed=False)

    def order_key(self) -> tuple[int, ...]:
        key = []
        node = self
        while node.parent is not None:
            key.append(node.parent.children.index(node))
            node = node.parent
        return tuple(reversed(key))

    def clone(self) -> Node:
        copy = Node(self.name, self.text, dict(self.attrs))
        for c in self.children:
            copy.append(c.clone())
        return copy

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<Node {self.abs_path(indexed=True)}>"


class AttrNode:
    """An attribute reached through the ``@`` axis."""

    __slots__ = ("name", "parent")

    def __init__(self, name: str, parent: Node) -> None:
        self.name = name
        self.parent = parent

    def string_value(self) -> str:
        return self.parent.attrs.get(self.name, "")

    def order_key(self) -> tuple[int, ...]:
        return (*self.parent.order_key(), -1)

    def is_within(self, ancestor: Node) -> bool:
        return self.parent.is_within(ancestor)

    children: list[Node] = []
    state = None


class NodeState:
    """What a form session knows about one concrete node. ``path`` (its generic path) and
    ``element`` never change for a node, so they are kept here rather than walked up to on
    every answer."""

    __slots__ = ("path", "element", "relevant_self", "relevant", "readonly", "required", "typed")

    def __init__(self, path: str, element: object | None) -> None:
        self.path = path
        self.element = element
        self.relevant_self = True
        self.relevant = True
        self.readonly = False
        self.required = False
        # What the enumerator typed that is not a value of the question's type yet ("12x",
        # "2026-0"): kept so that nothing typed is lost, while the node's value stays empty
        # so that no calculation, title or repeat count ever reads it.
        self.typed = ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if "}" in tag else tag


def from_element(element: ET.Element) -> Node:
    node = Node(
        _local(element.tag), (element.text or "").strip() if len(element) else element.text or ""
    )
    node.attrs = {_local(k): v for k, v in element.attrib.items()}
    for c in element:
        node.append(from_element(c))
    return node


def parse_document(xml: str | bytes) -> Node:
    """Parse XML text into a document node whose single child is the root element."""
    doc = Node("#document")
    doc.append(from_element(ET.fromstring(xml)))
    return doc


class RowNode(Node):
    """A row of a table instance (an entity list's ``item``, 100,000 of them): its column
    children are made only when something walks them; :meth:`cell` reads a column without
    making them. A secondary instance never changes, so the row is only read."""

    __slots__ = ("_row", "_columns", "_made")

    def __init__(self, row: Sequence[str], columns: dict[str, int]) -> None:
        # Node.__init__ is not called: no children list, attrs dict or index until needed
        self.name = "item"
        self.text = ""
        self.attrs = _NO_ATTRS
        self.parent = None
        self._by_name = None
        self.state = None
        self.keyed = None
        self._row = row
        self._columns = columns  # tag -> the row's index, shared by every row of the table
        self._made: list[Node] | None = None

    @property  # type: ignore[override]
    def children(self) -> list[Node]:
        made = self._made
        if made is None:
            made = []
            row = self._row
            for tag, i in self._columns.items():
                child = Node(tag, row[i] if i < len(row) else "")
                child.parent = self
                made.append(child)
            self._made = made
        return made

    @children.setter
    def children(self, value: list[Node]) -> None:
        self._made = value

    def cell(self, tag: str) -> str | None:
        """A column's text (None: the table has no such column)."""
        i = self._columns.get(tag)
        if i is None:
            return None
        return self._row[i] if i < len(self._row) else ""


_NO_ATTRS: dict[str, str] = {}  # a table row's (never written: secondary instances are read)


def make_document(root: Node) -> Node:
    doc = Node("#document")
    doc.append(root)
    return doc
