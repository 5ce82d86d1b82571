"""What a question's constraint asks of its own answer, read from the expression: the regular
expressions its text must match, the numbers it must lie between (written in the form, or taken
from other answers: ``. <= ${children_total}``) and the lengths its text must have. The random
filler draws answers from these instead of guessing.

Only what holds in every case is read: the parts joined by ``and`` (each side of an ``or`` is an
alternative of its own). Anything else in the constraint is left to the check after drawing.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from form_engine.errors import FormEngineError
from form_engine.nodes import Node
from form_engine.xpath import parser as ast
from form_engine.xpath.evaluator import EvalEnv, compile_expression, evaluate_tree
from form_engine.xpath.values import to_number, to_string

_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}
_MEASURES = {"number", "int", "round", "floor", "ceiling"}  # number(.) is still the answer


@dataclass
class Wants:
    """One alternative of a constraint: what the answer must be."""

    patterns: list[str] = field(default_factory=list)
    low: float = -math.inf
    high: float = math.inf
    low_open: bool = False  # > rather than >=
    high_open: bool = False
    shortest: float = 0
    longest: float = math.inf
    avoid: set[str] = field(default_factory=set)  # . != 'x'

    def bound(self, op: str, value: float, *, length: bool = False) -> None:
        if value != value:
            return  # a bound from an answer not given yet says nothing
        if length:
            if op in (">", ">="):
                self.shortest = max(self.shortest, value + (op == ">"))
            elif op in ("<", "<="):
                self.longest = min(self.longest, value - (op == "<"))
            elif op == "=":
                self.shortest = self.longest = value
            return
        if op in (">", ">=", "=") and (value > self.low or (value == self.low and op == ">")):
            self.low, self.low_open = value, op == ">"
        if op in ("<", "<=", "=") and (value < self.high or (value == self.high and op == "<")):
            self.high, self.high_open = value, op == "<"

    def integer_range(self) -> tuple[int, int] | None:
        """The whole numbers allowed, or None when the bounds leave none (or give none)."""
        if self.low == -math.inf and self.high == math.inf:
            return None
        lo = hi = 0
        if self.low != -math.inf:
            lo = math.floor(self.low) + 1 if self.low_open or self.low % 1 else int(self.low)
        if self.high != math.inf:
            hi = math.ceil(self.high) - 1 if self.high_open or self.high % 1 else int(self.high)
        if self.low == -math.inf:
            lo = min(0, hi)
        if self.high == math.inf:
            hi = max(lo, 0) + 100
        return (lo, hi) if lo <= hi else None

    def decimal_range(self) -> tuple[float, float] | None:
        if self.low == -math.inf and self.high == math.inf:
            return None
        lo = self.low if self.low != -math.inf else min(0.0, self.high - 100)
        hi = self.high if self.high != math.inf else max(lo, 0.0) + 100
        return (lo, hi) if lo <= hi else None


def alternatives(constraint: str, node: Node, env: EvalEnv) -> list[Wants]:
    """Each way the constraint can hold, as what it wants of the answer at ``node``, with the
    other answers' values as they are now."""
    try:
        tree = compile_expression(constraint).tree
    except FormEngineError:
        return []
    out = []
    for branch in _split(tree, "or"):
        wants = Wants()
        for part in _split(branch, "and"):
            _read(part, wants, node, env)
        out.append(wants)
    return out


def _split(tree: object, op: str) -> list[object]:
    if isinstance(tree, ast.BinaryOp) and tree.op == op:
        return _split(tree.left, op) + _split(tree.right, op)
    return [tree]


def _is_answer(n: object) -> bool:
    """``.`` (or ``number(.)``, ``int(.)``): the answer itself."""
    if isinstance(n, ast.FunctionCall) and n.name in _MEASURES and len(n.args) == 1:
        return _is_answer(n.args[0])
    return (
        isinstance(n, ast.Path)
        and n.start is None
        and not n.absolute
        and len(n.steps) == 1
        and n.steps[0].axis == "self"
        and not n.steps[0].predicates
    )


def _is_length(n: object) -> bool:
    return (
        isinstance(n, ast.FunctionCall)
        and n.name == "string-length"
        and (not n.args or (len(n.args) == 1 and _is_answer(n.args[0])))
    )


def _reads_answer(n: object) -> bool:
    return any(
        _is_answer(x)
        or (isinstance(x, ast.FunctionCall) and x.name == "string-length" and not x.args)
        for x in ast.walk(n)
    )


def _read(part: object, wants: Wants, node: Node, env: EvalEnv) -> None:
    if isinstance(part, ast.FunctionCall) and part.name == "regex" and len(part.args) == 2:
        subject, pattern = part.args
        if _is_answer(subject) and isinstance(pattern, ast.Literal):
            wants.patterns.append(pattern.value)
        return
    if not isinstance(part, ast.BinaryOp) or part.op not in _FLIP:
        return
    for mine, other, op in (
        (part.left, part.right, part.op),
        (part.right, part.left, _FLIP[part.op]),
    ):
        if _reads_answer(other):
            continue
        if _is_answer(mine):
            value = _value(other, node, env)
            if op == "!=":
                wants.avoid.add(to_string(value))
            elif op == "=" and not isinstance(value, float | int):
                wants.patterns.append(_literal_pattern(to_string(value)))
            else:
                wants.bound(op, to_number(value))
            return
        if _is_length(mine):
            wants.bound(op, to_number(_value(other, node, env)), length=True)
            return


def _value(tree: object, node: Node, env: EvalEnv) -> object:
    try:
        return evaluate_tree(tree, node, env)
    except FormEngineError:
        return math.nan


def _literal_pattern(text: str) -> str:
    return re.escape(text)


def equalities(*expressions: str) -> list[tuple[object, object]]:
    """The sides of every ``a = b`` (or ``a != b``, in a relevance that shows a note when two
    answers differ) joined by ``and`` in the expressions, neither side being the answer
    itself: the answers a blocking note wants to agree."""
    out = []
    for text in expressions:
        if not text.strip():
            continue
        try:
            tree = compile_expression(text).tree
        except FormEngineError:
            continue
        for part in _split(tree, "and"):
            if (
                isinstance(part, ast.BinaryOp)
                and part.op in ("=", "!=")
                and not _reads_answer(part.left)
                and not _reads_answer(part.right)
            ):
                out.append((part.left, part.right))
    return out
