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

    def visit(elements: list[Element], parent: Node, context: list[tuple[Element, Node]]) -> None:
        for el in elements:
            if el.name == "meta" and el.kind == "group":
                continue
            instances = parent.named(el.name)
            if el.kind == "repeat":
                for node in instances:
                    if not session.is_relevant(node):
                        continue
                    here = [*context, (el, node)]
                    if _one_page(el):
                        _field_list(el, node, here)
                    else:
                        visit(el.children, node, here)
                if (
                    el.repeat_count is None
                    and session.is_relevant(parent)
                    and _relevant_repeat(session, el, parent)
                ):
                    out.append(
                        Page(
                            key=f"{node_key(parent)}/{el.name}#add",
                            kind="add_repeat",
                            context=context,
                            repeat=el,
                            parent=parent,
                        )
                    )
                continue
            for node in instances:
                if not session.is_relevant(node):
                    continue
                if el.kind == "group":
                    if _one_page(el):
                        _field_list(el, node, [*context, (el, node)])
                    else:
                        visit(el.children, node, [*context, (el, node)])
                elif shown(el):
                    out.append(
                        Page(
                            key=node_key(node),
                            kind="questions",
                            items=[(el, node)],
                            context=context,
                        )
                    )

    def _field_list(el: Element, node: Node, context: list[tuple[Element, Node]]) -> None:
        items = [
            (child_el, child)
            for child_el, child in _descendants(session, el, node)
            if shown(child_el)
        ]
        if items:
            out.append(Page(key=node_key(node), kind="questions", items=items, context=context))

    visit(session.form.elements, session.root, [])
    out.append(Page(key=END, kind="end"))
    return out


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


def find(all_pages: list[Page], key: str) -> int:
    """The index of the page with ``key``; else the page holding that node; else 0."""
    for i, page in enumerate(all_pages):
        if page.key == key:
            return i
    for i, page in enumerate(all_pages):
        if any(node_key(n) == key for _, n in page.items):
            return i
    # the page went away (relevance changed): the nearest page after where it was
    for i, page in enumerate(all_pages):
        if page.key > key and page.kind != "end":
            return i
    return 0


def answered(node: Node) -> bool:
    return node.text != ""
