"""Repeats whose number of instances a count decides (``repeat_count``: one roster entry per
household member), and the two rules that keep a count from destroying work:

- a count the enumerator could not finalize (one that fails its own constraint: 75 members
  where the form says 1–30) does not change the structure at all;
- lowering the count removes only instances nobody has answered. Instances that hold answers
  stay, as a *surplus*, until the enumerator confirms their removal (:func:`remove_surplus`)
  or raises the count again. Every answer is saved as it is typed, so without this rule
  backspacing over "3" on the way to typing "4" would delete three members' answers.

A surplus is a problem for validation: a submission is not finalized while its count and its
instances disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from form_engine.errors import XPathEvalError
from form_engine.model import Element
from form_engine.nodes import Node
from form_engine.xpath.evaluator import compile_expression
from form_engine.xpath.values import to_number, to_string

if TYPE_CHECKING:
    from form_engine.dependencies import Triggerable
    from form_engine.session import FormSession

_PLAIN_PATH = re.compile(r"^\s*/[\w.:-]+(/[\w.:-]+)*\s*$")


@dataclass
class Surplus:
    """Instances beyond what the count says, kept because they hold answers."""

    repeat: Element
    parent: Node
    wanted: int
    extra: list[Node]
    source: Node | None  # the question whose answer is the count, when it is just that answer


def holds_answers(session: FormSession, instance: Node) -> bool:
    """Whether any question in a repeat instance has an answer other than its default."""
    base = instance.state.path if instance.state is not None else instance.generic_path()
    template = session.runtime.templates.get(base)
    defaults: dict[str, str] = {}
    if template is not None:
        stack = [(template, base)]
        while stack:
            node, path = stack.pop()
            defaults[path] = node.text
            stack.extend((c, f"{path}/{c.name}") for c in node.children)
    for node in instance.iter():
        state = node.state
        el = state.element if state is not None else None
        if not isinstance(el, Element) or el.kind != "question" or el.control is None:
            continue
        if el.calculate:
            continue
        assert state is not None
        if state.typed or (node.text and node.text != defaults.get(state.path, "")):
            return True
    return False


def count_source_invalid(session: FormSession, t: Triggerable, parent: Node) -> bool:
    """Whether an answer the count reads is not valid — half-typed ("4x") or failing its own
    constraint: such an answer must not build or remove anything."""
    for dep in t.deps:
        el = session.runtime.elements.get(dep)
        if el is None or el.kind != "question":
            continue
        for node in session.nodes(dep):
            if not session.is_relevant(node) or not _same_context(node, parent):
                continue
            if node.state is not None and node.state.typed:
                return True
            if not node.text or not el.constraint:
                continue
            try:
                ok = compile_expression(el.constraint).boolean(node, session.env)
            except XPathEvalError:
                ok = False
            if not ok:
                return True
    return False


def _same_context(node: Node, parent: Node) -> bool:
    """A node inside a repeat instance only counts for that instance's own nested repeats."""
    n: Node | None = node.parent
    while n is not None and not n.is_document:
        if n.state is not None and isinstance(n.state.element, Element):
            if n.state.element.kind == "repeat":
                return parent.is_within(n)
        n = n.parent
    return True


def surplus(session: FormSession) -> list[Surplus]:
    """Every place where answered instances outnumber what the count now says."""
    out = []
    for t in session.runtime.graph.triggerables:
        if t.kind != "repeat_count":
            continue
        repeat = session.runtime.elements.get(t.target)
        if repeat is None:
            continue
        for parent in session.nodes(t.target.rsplit("/", 1)[0]):
            if not session.is_relevant(parent):
                continue
            instances = parent.named(repeat.name)
            try:
                result = t.expr.evaluate(parent, session.env, target=parent)
            except XPathEvalError:
                continue
            n = to_number(result)
            if (n != n and to_string(result).strip()) or count_source_invalid(session, t, parent):
                continue  # an invalid count is reported at its question, not here
            wanted = 0 if n != n or n < 0 else int(n)
            if len(instances) > wanted:
                out.append(
                    Surplus(repeat, parent, wanted, instances[wanted:], _source(session, t, parent))
                )
    return out


def _source(session: FormSession, t: Triggerable, parent: Node) -> Node | None:
    expression = (session.runtime.elements[t.target].repeat_count or "").strip()
    if not _PLAIN_PATH.match(expression):
        return None
    el = session.runtime.elements.get(expression)
    if el is None or el.kind != "question" or el.control is None:
        return None
    return next((n for n in session.nodes(expression) if _same_context(n, parent)), None)


def remove_surplus(session: FormSession, found: Surplus) -> None:
    """The enumerator confirmed: remove the surplus instances and their answers."""
    for instance in reversed(found.extra):
        session.remove_repeat(instance)
