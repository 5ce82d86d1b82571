"""What a calculation holds, read from its expression: a whole number, a number, a date or
text. pyxform types every ``calculate`` as a string (as ODK Central and Kobo export it), yet
``count(${member})``, ``${a} * 2 + ${b}`` or ``if(${age} < 18, 1, 0)`` are numbers an analyst
adds up: the exports type them as such (central_server.merged.exporting).

Read from the expression, never from the answers: the same form gives the same types in every
export, whatever rows it holds. Where the kind cannot be told, it is text."""

from __future__ import annotations

from form_engine.errors import XPathSyntaxError
from form_engine.model import Element, FormDefinition
from form_engine.xpath import parser as ast

INT, DECIMAL, DATE, TEXT = "int", "decimal", "date", "string"
_EMPTY = "empty"  # the '' of if(…, 1, ''): fits any kind
# functions whose result is a whole number (their implementations return a float)
_WHOLE = {
    "count",
    "count-selected",
    "count-non-empty",
    "position",
    "last",
    "string-length",
    "int",
    "floor",
    "ceiling",
}
# functions whose result has the kind of their arguments joined
_JOINED = {"coalesce", "min", "max", "once"}
# the annotation of a function's implementation (form_engine.xpath.library), as a kind
_ANNOTATED = {"float": DECIMAL, "date": DATE}
_ARITHMETIC = {"+", "-", "*", "mod"}


def calculated_kinds(form: FormDefinition) -> dict[str, str]:
    """The kind of every calculation of ``form`` that is not text: path -> kind."""
    by_path = {el.path: el for top in form.elements for el in top.walk()}
    found: dict[str, str] = {}
    for path, el in by_path.items():
        if el.calculate and (el.data_type or "string") == "string":
            kind = _element_kind(el, by_path, set())
            if kind not in (TEXT, _EMPTY):
                found[path] = kind
    return found


def _element_kind(el: Element, by_path: dict[str, Element], seen: set[str]) -> str:
    if el.data_type in ("int", DECIMAL, DATE):
        return el.data_type or TEXT
    if not el.calculate or el.control or (el.data_type or "string") != "string":
        return TEXT
    if el.path in seen:  # a calculation that reads itself (through others)
        return TEXT
    try:
        tree = ast.parse(el.calculate)
    except XPathSyntaxError:
        return TEXT
    return _kind(tree, el.path, by_path, seen | {el.path})


def _kind(node: object, at: str, by_path: dict[str, Element], seen: set[str]) -> str:
    if isinstance(node, ast.Number):
        return INT if float(node.value).is_integer() else DECIMAL
    if isinstance(node, ast.Literal):
        return _EMPTY if node.value == "" else TEXT
    if isinstance(node, ast.Negate):
        return _numeric(_kind(node.operand, at, by_path, seen))
    if isinstance(node, ast.BinaryOp):
        if node.op in _ARITHMETIC:
            return _join(
                _numeric(_kind(node.left, at, by_path, seen)),
                _numeric(_kind(node.right, at, by_path, seen)),
            )
        if node.op == "div":
            return DECIMAL
        return TEXT  # comparisons, and/or: stored as true/false; a union of nodes
    if isinstance(node, ast.FunctionCall):
        return _call_kind(node, at, by_path, seen)
    if isinstance(node, ast.Path):
        target = by_path.get(_absolute(node, at) or "")
        return _element_kind(target, by_path, seen) if target is not None else TEXT
    return TEXT


def _call_kind(node: ast.FunctionCall, at: str, by_path: dict[str, Element], seen: set) -> str:
    name, args = node.name, node.args
    if name == "if" and len(args) == 3:
        return _join(_kind(args[1], at, by_path, seen), _kind(args[2], at, by_path, seen))
    if name in _JOINED and args:
        kinds = [_kind(a, at, by_path, seen) for a in args]
        joined = kinds[0]
        for k in kinds[1:]:
            joined = _join(joined, k)
        return _numeric(joined) if name in ("min", "max") else joined
    if name in _WHOLE:
        return INT
    if name == "round":
        return INT if len(args) == 1 else DECIMAL
    if name == "sum" and len(args) == 1:
        return INT if _kind(args[0], at, by_path, seen) == INT else DECIMAL
    from form_engine.xpath import (
        functions,  # noqa: F401 - the functions register on import
        library,
    )

    impl = library.implementation(name)
    if impl is None:
        return TEXT
    # the implementations' annotations are text (from __future__ import annotations)
    return _ANNOTATED.get(str(impl.__annotations__.get("return", "")), TEXT)


def _numeric(kind: str) -> str:
    """What arithmetic makes of a kind: a number (text read as a number: a decimal)."""
    return kind if kind in (INT, DECIMAL, _EMPTY) else DECIMAL


def _join(a: str, b: str) -> str:
    if a == _EMPTY:
        return b
    if b == _EMPTY or a == b:
        return a
    if {a, b} == {INT, DECIMAL}:
        return DECIMAL
    return TEXT


def path_named(expression: str, at: str) -> str | None:
    """The element path an expression that is a plain location path names (``../age`` from
    ``at``, ``/data/name``); None for anything else."""
    try:
        tree = ast.parse(expression)
    except XPathSyntaxError:
        return None
    return _absolute(tree, at) if isinstance(tree, ast.Path) else None


def _absolute(path: ast.Path, at: str) -> str | None:
    """The element path a location path names (its predicates aside), from the calculation
    at ``at``; None where it is not a plain path of names."""
    if path.start is not None and not path.absolute:
        return None
    parts = [] if path.absolute else at.strip("/").split("/")
    for step in path.steps:
        if step.axis == "parent" and step.test == "node()":
            if not parts:
                return None
            parts.pop()
        elif step.axis == "self" and step.test == "node()":
            continue
        elif step.axis == "child" and step.test not in ("*", "node()", "text()"):
            parts.append(step.test)
        else:
            return None
    return "/" + "/".join(parts)
