"""How a form is paged for filling, as ODK Collect pages it: one question per page, or one
``field-list`` group per page; groups otherwise only give context; each instance of a repeat
is walked in turn, and a repeat without a count offers "add another" after its last instance.
Qt-free, so the window, the tests and the benchmarks share it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from form_engine import Element, FormSession
from form_engine.nodes import Node

PageKind = Literal["questions", "add_repeat", "end"]
END = "#end"


@dataclass
class Page:
    key: str  # stable while the form is filled: an indexed node path (or END)
    kind: PageKind
    items: list[tuple[Element, Node]] = field(default_factory=list)
    context: list[tuple[Element, Node]] = field(default_factory=list)  # enclosing groups/repeats
    repeat: Element | None = None  # for add_repeat: which repeat
    parent: Node | None = None  # for add_repeat: the node the new instance goes in


def node_key(node: Node) -> str:
    return node.abs_path(indexed=True)


def shown(el: Element) -> bool:
    """A question the enumerator sees (calculations and metadata have no control)."""
    return el.kind == "question" and el.control is not None


def _one_page(el: Element) -> bool:
    return el.kind in ("group", "repeat") and "field-list" in (el.appearance or "").split()


def pages(session: FormSession) -> list[Page]:
    out: list[Page] = []
    root = session.root
    _visit(session, out, session.form.elements, root, "/" + root.name, [])
    out.append(Page(key=END, kind="end"))
    return out


# Module functions, not closures: a recursive closure is a reference cycle, and every page
# turn then left a thousand pages for the cyclic garbage collector (pauses of 100 ms+).
# Keys are built top-down as the walk goes, not by walking up from each node.
def _visit(
    session: FormSession,
    out: list[Page],
    elements: list[Element],
    parent: Node,
    parent_key: str,
    context: list[tuple[Element, Node]],
) -> None:
    for el in elements:
        if el.name == "meta" and el.kind == "group":
            continue
        instances = parent.named(el.name)
        many = len(instances) > 1
        for i, node in enumerate(instances, 1):
            if not session.is_relevant(node):
                continue
            key = f"{parent_key}/{el.name}[{i}]" if many else f"{parent_key}/{el.name}"
            if el.kind in ("group", "repeat"):
                here = [*context, (el, node)]
                if _one_page(el):
                    items = [
                        (c_el, c) for c_el, c in _descendants(session, el, node) if shown(c_el)
                    ]
                    if items:
                        out.append(Page(key=key, kind="questions", items=items, context=here))
                else:
                    _visit(session, out, el.children, node, key, here)
            elif shown(el):
                out.append(Page(key=key, kind="questions", items=[(el, node)], context=context))
        if (
            el.kind == "repeat"
            and el.repeat_count is None
            and session.is_relevant(parent)
            and _relevant_repeat(session, el, parent)
        ):
            out.append(
                Page(
                    key=f"{parent_key}/{el.name}#add",
                    kind="add_repeat",
                    context=context,
                    repeat=el,
                    parent=parent,
                )
            )


def _relevant_repeat(session: FormSession, el: Element, parent: Node) -> bool:
    """Whether the repeat itself is relevant: ask an existing instance, else its template."""
    instances = parent.named(el.name)
    if instances:
        return any(session.is_relevant(n) for n in instances) or not el.relevant
    return True


def _descendants(session: FormSession, el: Element, node: Node):
    for child_el in el.children:
        for child in node.named(child_el.name):
            if not session.is_relevant(child):
                continue
            if child_el.kind == "question":
                yield child_el, child
            else:
                yield from _descendants(session, child_el, child)


def find(all_pages: list[Page], key: str, session: FormSession | None = None) -> int:
    """The index of the page for ``key``: the page itself; else the page holding that node;
    else the first page inside it (a new repeat instance: its first question); else, for a
    node whose page went away (relevance changed), the next page after it in the form; else
    the same for the nearest enclosing node that still has pages. 0 when nothing fits."""
    while key:
        for i, page in enumerate(all_pages):
            if page.key == key:
                return i
        for i, page in enumerate(all_pages):
            if any(node_key(n) == key for _, n in page.items):
                return i
        for i, page in enumerate(all_pages):
            if page.key.startswith((key + "/", key + "#")):
                return i
        if session is not None:
            try:
                node = session.node(key)
            except (KeyError, ValueError):
                node = None
            if node is not None:
                here = node.order_key()
                for i, page in enumerate(all_pages):
                    if page.kind != "end" and _order(page) >= here:
                        return i
                return len(all_pages) - 1
        key = key.rsplit("/", 1)[0] if key.count("/") > 1 else ""
    return 0


def _order(page: Page) -> tuple[int, ...]:
    """Where a page is in document order (an add-another page: after the last instance)."""
    if page.items:
        return page.items[0][1].order_key()
    if page.parent is not None and page.repeat is not None:
        instances = page.parent.named(page.repeat.name)
        last = instances[-1] if instances else page.parent
        return (*last.order_key(), 1 << 30)
    return (1 << 30,)


def answered(node: Node) -> bool:
    return node.text != ""
