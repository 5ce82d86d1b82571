"""XPath 1.0 tokenizer and recursive-descent parser producing a small AST.

The grammar is the one of the XPath 1.0 recommendation; ODK's additions are functions only,
so they need nothing here. ``${name}`` references are resolved before parsing (by pyxform for
forms, by :func:`form_engine.xlsform` for error reporting).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from form_engine.errors import XPathSyntaxError

# ---------------------------------------------------------------------------------------------
# AST
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Literal:
    value: str


@dataclass(slots=True)
class Number:
    value: float


@dataclass(slots=True)
class BinaryOp:
    op: str
    left: object
    right: object


@dataclass(slots=True)
class Negate:
    operand: object


@dataclass(slots=True)
class FunctionCall:
    name: str
    args: list[object]


@dataclass(slots=True)
class Step:
    axis: str
    test: str  # an element name, "*", "node()", "text()"
    predicates: list[object] = field(default_factory=list)


@dataclass(slots=True)
class Path:
    """A location path. ``start`` is None (relative), "root" (absolute) or a filter expression."""

    start: object | None
    steps: list[Step]
    absolute: bool = False


@dataclass(slots=True)
class Filter:
    primary: object
    predicates: list[object]


@dataclass(slots=True)
class Variable:
    name: str


# ---------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<string>"[^"]*"|'[^']*')
  | (?P<op>//|::|\.\.|!=|<=|>=|[/()\[\].@,|+\-=<>*$])
  | (?P<name>[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*(?::(?:[A-Za-z_\u00C0-\uFFFF][\w.\-\u00C0-\uFFFF]*|\*))?)
    """,
    re.VERBOSE,
)

AXES = {
    "child",
    "descendant",
    "descendant-or-self",
    "self",
    "parent",
    "ancestor",
    "ancestor-or-self",
    "attribute",
    "following-sibling",
    "preceding-sibling",
    "following",
    "preceding",
    "namespace",
}
NODE_TYPES = {"node", "text", "comment", "processing-instruction"}
OPERATOR_NAMES = {"and", "or", "div", "mod"}
# an operator name followed, without a space, by what can go on a name but not begin one
_GLUED_OPERATOR = re.compile(r"(and|or|div|mod)(?=[.\-0-9])")


@dataclass(slots=True)
class Token:
    kind: str  # number, string, op, name, opname, end
    text: str
    pos: int


def tokenize(expr: str) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if not m:
            raise XPathSyntaxError(
                f"unexpected character {expr[pos]!r} at position {pos + 1} in {expr!r}"
            )
        kind = m.lastgroup or ""
        text = m.group()
        if kind != "ws":
            if kind == "name" or (kind == "op" and text == "*"):
                # XPath 1.0 §3.7: a name (or *) is an operator when the preceding token exists and
                # is not one of @ :: ( [ , or an operator.
                prev = tokens[-1] if tokens else None
                is_operator_position = prev is not None and not (
                    prev.kind in ("op", "opname") and prev.text not in (")", "]", ".", "..")
                )
                if is_operator_position and text in OPERATOR_NAMES:
                    kind = "opname"
                elif is_operator_position and text == "*":
                    kind = "opname"
                elif is_operator_position and (glued := _GLUED_OPERATOR.match(text)):
                    # ". and.<=3", "7 div2": a name cannot stand here, so the operator name
                    # ends where a character that cannot begin a name follows (as JavaRosa)
                    tokens.append(Token("opname", glued.group(1), pos))
                    pos += len(glued.group(1))
                    continue
            tokens.append(Token(kind, text, pos))
        pos = m.end()
    tokens.append(Token("end", "", len(expr)))
    return tokens


class _Parser:
    def __init__(self, expr: str) -> None:
        self.expr = expr
        self.tokens = tokenize(expr)
        self.i = 0

    # -- helpers -----------------------------------------------------------------------------
    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def peek(self, offset: int = 1) -> Token:
        return self.tokens[min(self.i + offset, len(self.tokens) - 1)]

    def advance(self) -> Token:
        t = self.tokens[self.i]
        self.i += 1
        return t

    def at(self, *texts: str) -> bool:
        t = self.tok
        return t.kind in ("op", "opname") and t.text in texts

    def expect(self, text: str) -> None:
        if not self.at(text):
            self.fail(f"expected '{text}'")
        self.advance()

    def fail(self, message: str) -> None:
        t = self.tok
        found = "the end of the expression" if t.kind == "end" else repr(t.text)
        raise XPathSyntaxError(
            f"{message} but found {found} at position {t.pos + 1} in {self.expr!r}"
        )

    # -- grammar -----------------------------------------------------------------------------
    def parse(self) -> object:
        if self.tok.kind == "end":
            raise XPathSyntaxError("empty expression")
        node = self.or_expr()
        if self.tok.kind != "end":
            self.fail("expected an operator or the end of the expression")
        return node

    def _binary(self, operators: tuple[str, ...], operand) -> object:
        left = operand()
        while self.at(*operators):
            op = self.advance().text
            left = BinaryOp(op, left, operand())
        return left

    def or_expr(self) -> object:
        return self._binary(("or",), self.and_expr)

    def and_expr(self) -> object:
        return self._binary(("and",), self.equality_expr)

    def equality_expr(self) -> object:
        return self._binary(("=", "!="), self.relational_expr)

    def relational_expr(self) -> object:
        return self._binary(("<", ">", "<=", ">="), self.additive_expr)

    def additive_expr(self) -> object:
        return self._binary(("+", "-"), self.multiplicative_expr)

    def multiplicative_expr(self) -> object:
        left = self.unary_expr()
        while self.tok.kind == "opname" and self.tok.text in ("*", "div", "mod"):
            op = self.advance().text
            left = BinaryOp(op, left, self.unary_expr())
        return left

    def unary_expr(self) -> object:
        if self.at("-"):
            self.advance()
            return Negate(self.unary_expr())
        return self.union_expr()

    def union_expr(self) -> object:
        return self._binary(("|",), self.path_expr)

    def path_expr(self) -> object:
        t = self.tok
        starts_filter = (
            t.kind in ("number", "string")
            or self.at("(", "$")
            or (
                t.kind == "name"
                and self.peek().text == "("
                and self.peek().kind == "op"
                and t.text not in NODE_TYPES
            )
        )
        if starts_filter:
            primary = self.primary_expr()
            predicates = self.predicates()
            node: object = Filter(primary, predicates) if predicates else primary
            if self.at("/", "//"):
                steps = self.relative_steps(leading=self.advance().text)
                return Path(node, steps)
            return node
        if self.at("/"):
            self.advance()
            if self._starts_step():
                return Path(None, self.relative_steps(leading="/"), absolute=True)
            return Path(None, [], absolute=True)
        if self.at("//"):
            self.advance()
            return Path(None, self.relative_steps(leading="//"), absolute=True)
        if self._starts_step():
            return Path(None, self.relative_steps(leading=None))
        self.fail("expected a value, a path or a function call")
        raise AssertionError  # unreachable

    def _starts_step(self) -> bool:
        t = self.tok
        return t.kind == "name" or self.at(".", "..", "@", "*")

    def relative_steps(self, leading: str | None) -> list[Step]:
        steps: list[Step] = []
        if leading == "//":
            steps.append(Step("descendant-or-self", "node()"))
        steps.append(self.step())
        while self.at("/", "//"):
            if self.advance().text == "//":
                steps.append(Step("descendant-or-self", "node()"))
            steps.append(self.step())
        return steps

    def step(self) -> Step:
        if self.at("."):
            self.advance()
            return Step("self", "node()", self.predicates())
        if self.at(".."):
            self.advance()
            return Step("parent", "node()", self.predicates())
        axis = "child"
        if self.at("@"):
            self.advance()
            axis = "attribute"
        elif self.tok.kind == "name" and self.peek().text == "::":
            axis = self.advance().text
            if axis not in AXES:
                raise XPathSyntaxError(f"unknown axis '{axis}' in {self.expr!r}")
            self.advance()
        t = self.tok
        if self.at("*") or (t.kind == "opname" and t.text == "*"):
            self.advance()
            test = "*"
        elif t.kind in ("name", "opname"):
            self.advance()
            test = t.text
            if test in NODE_TYPES and self.at("("):
                self.advance()
                if self.tok.kind == "string":  # processing-instruction('x')
                    self.advance()
                self.expect(")")
                test = f"{test}()"
        else:
            self.fail("expected a name or '*' in a path step")
            raise AssertionError  # unreachable
        return Step(axis, test, self.predicates())

    def predicates(self) -> list[object]:
        preds = []
        while self.at("["):
            self.advance()
            preds.append(self.or_expr())
            self.expect("]")
        return preds

    def primary_expr(self) -> object:
        t = self.advance()
        if t.kind == "number":
            return Number(float(t.text))
        if t.kind == "string":
            return Literal(t.text[1:-1])
        if t.text == "(":
            inner = self.or_expr()
            self.expect(")")
            return inner
        if t.text == "$":
            name = self.advance()
            if name.kind != "name":
                self.fail("expected a variable name after '$'")
            return Variable(name.text)
        # function call
        self.expect("(")
        args: list[object] = []
        if not self.at(")"):
            args.append(self.or_expr())
            while self.at(","):
                self.advance()
                args.append(self.or_expr())
        self.expect(")")
        return FunctionCall(t.text, args)


def parse(expr: str) -> object:
    """Parse an XPath 1.0 expression; raises XPathSyntaxError with the position on failure."""
    return _Parser(expr).parse()


def walk(node: object):
    """Yield every AST node under ``node`` (itself included)."""
    yield node
    if isinstance(node, BinaryOp):
        yield from walk(node.left)
        yield from walk(node.right)
    elif isinstance(node, Negate):
        yield from walk(node.operand)
    elif isinstance(node, FunctionCall):
        for a in node.args:
            yield from walk(a)
    elif isinstance(node, Filter):
        yield from walk(node.primary)
        for p in node.predicates:
            yield from walk(p)
    elif isinstance(node, Path):
        if node.start is not None:
            yield from walk(node.start)
        for s in node.steps:
            yield s
            for p in s.predicates:
                yield from walk(p)
