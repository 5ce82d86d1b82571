"""Compiles a parsed XPath expression into nested Python closures and evaluates it.

Compiling once and calling the closure many times is what keeps per-keystroke re-evaluation of a
1,000-question form cheap: no re-parsing, no AST walking at evaluation time.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from form_engine.collector import collector_resting
from form_engine.errors import XPathEvalError
from form_engine.nodes import AttrNode, Node, RowNode
from form_engine.xpath import parser as ast
from form_engine.xpath.values import compare, to_boolean, to_number, to_string

Compiled = Callable[["Context"], object]


@dataclass
class EvalEnv:
    """What an expression can see beyond its context node.

    ``instances`` maps secondary instance ids to document nodes; the hooks let a form session
    provide form knowledge (choice labels, pulldata files, the value of the node being computed).
    """

    instances: dict[str, Node] = field(default_factory=dict)
    now: Callable[[], datetime] = lambda: datetime.now().astimezone()
    rng: random.Random = field(default_factory=random.Random)
    choice_name: Callable[[str, str, Node], str] | None = None
    pulldata: Callable[[str, str, str, str], str] | None = None
    variables: dict[str, object] = field(default_factory=dict)
    # The document absolute paths start from: in XForms always the main instance, even inside
    # a predicate over a secondary instance. None: the context node's own document.
    main_document: Node | None = None


class Context:
    __slots__ = ("node", "pos", "size", "env", "current", "target")

    def __init__(
        self,
        node: Node,
        env: EvalEnv,
        *,
        pos: int = 1,
        size: int = 1,
        current: Node | None = None,
        target: Node | None = None,
    ) -> None:
        self.node = node
        self.pos = pos
        self.size = size
        self.env = env
        self.current = current if current is not None else node
        # The node whose value the expression computes (for once()); defaults to the context node.
        self.target = target if target is not None else node

    def at(self, node: Node, pos: int, size: int) -> Context:
        return Context(node, self.env, pos=pos, size=size, current=self.current, target=self.target)


# ---------------------------------------------------------------------------------------------
# Axes
# ---------------------------------------------------------------------------------------------


def _matches(node: Node, test: str) -> bool:
    if test == "node()" or test == "*":
        return not node.is_document or test == "node()"
    if test == "text()":
        return False
    if ":" in test:
        prefix, local = test.split(":", 1)
        return local == "*" or node.name == local
    return node.name == test


def _children(node: Node, test: str) -> list[Node]:
    if test == "*" or test == "node()":
        return list(node.children)
    if test == "text()":
        return []
    if ":" in test:
        local = test.split(":", 1)[1]
        return list(node.children) if local == "*" else node.named(local)
    return node.named(test)


def _descendants(node: Node, test: str, include_self: bool) -> list[Node]:
    out = []
    for n in node.iter():
        if n is node and not include_self:
            continue
        if _matches(n, test):
            out.append(n)
    return out


def _ancestors(node: Node, test: str, include_self: bool) -> list[Node]:
    out = []
    n: Node | None = node if include_self else node.parent
    while n is not None:
        if _matches(n, test):
            out.append(n)
        n = n.parent
    return out  # reverse document order: nearest first, as positions count on a reverse axis


def _siblings(node: Node, test: str, following: bool) -> list[Node]:
    parent = node.parent
    if parent is None:
        return []
    idx = parent.children.index(node)
    seq = parent.children[idx + 1 :] if following else list(reversed(parent.children[:idx]))
    return [n for n in seq if _matches(n, test)]


def _axis(axis: str, node, test: str) -> list:
    if isinstance(node, AttrNode):
        if axis == "parent":
            return [node.parent] if _matches(node.parent, test) else []
        if axis in ("self",):
            return [node] if test in ("node()", "*", node.name) else []
        if axis in ("ancestor", "ancestor-or-self"):
            return ([node] if axis == "ancestor-or-self" else []) + _ancestors(
                node.parent, test, True
            )
        return []
    if axis == "child":
        return _children(node, test)
    if axis == "self":
        return [node] if _matches(node, test) else []
    if axis == "parent":
        p = node.parent
        return [p] if p is not None and _matches(p, test) else []
    if axis == "attribute":
        if test in ("*", "node()"):
            return [AttrNode(k, node) for k in node.attrs]
        local = test.split(":", 1)[-1]
        return [AttrNode(local, node)] if local in node.attrs else []
    if axis == "descendant":
        return _descendants(node, test, False)
    if axis == "descendant-or-self":
        return _descendants(node, test, True)
    if axis == "ancestor":
        return _ancestors(node, test, False)
    if axis == "ancestor-or-self":
        return _ancestors(node, test, True)
    if axis == "following-sibling":
        return _siblings(node, test, True)
    if axis == "preceding-sibling":
        return _siblings(node, test, False)
    raise XPathEvalError(f"the '{axis}' axis is not supported")


def sort_document_order(nodes: list) -> list:
    seen: dict[object, Node | AttrNode] = {}
    for n in nodes:
        key = id(n) if not isinstance(n, AttrNode) else (id(n.parent), n.name)
        seen.setdefault(key, n)
    unique = list(seen.values())
    if len(unique) > 1:
        unique.sort(key=lambda n: n.order_key())
    return unique


# ---------------------------------------------------------------------------------------------
# Compilation
# ---------------------------------------------------------------------------------------------

_ARITH = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
}


def _div(a: float, b: float) -> float:
    if b == 0:
        if a == 0 or a != a:
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def _mod(a: float, b: float) -> float:
    if b == 0 or a != a or b != b or math.isinf(a):
        return math.nan
    if math.isinf(b):
        return a
    return math.fmod(a, b)


def _predicate_filter(nodes: list, preds: list[Compiled], ctx: Context) -> list:
    for pred in preds:
        size = len(nodes)
        kept = []
        for i, n in enumerate(nodes, 1):
            v = pred(ctx.at(n, i, size))
            if isinstance(v, float | int) and not isinstance(v, bool):
                if v == i:
                    kept.append(n)
            elif to_boolean(v):
                kept.append(n)
        nodes = kept
    return nodes


# Functions that read the context node when called without arguments.
_READS_CONTEXT = {"position", "last", "string", "number", "name", "local-name"}
_READS_CONTEXT |= {"normalize-space", "string-length", "namespace-uri", "lang"}


def _context_free(expr: object) -> bool:
    """True when an expression gives the same value at every node a predicate is tried on:
    it reads no relative path, no position() or last() (current() is the outer context)."""
    if isinstance(expr, ast.Literal | ast.Number | ast.Variable):
        return True
    if isinstance(expr, ast.Negate):
        return _context_free(expr.operand)
    if isinstance(expr, ast.BinaryOp):
        return _context_free(expr.left) and _context_free(expr.right)
    if isinstance(expr, ast.FunctionCall):
        if expr.name in ("position", "last") or (not expr.args and expr.name in _READS_CONTEXT):
            return False
        return all(_context_free(a) for a in expr.args)
    if isinstance(expr, ast.Path):
        return _context_free(expr.start) if expr.start is not None else expr.absolute
    if isinstance(expr, ast.Filter):
        return _context_free(expr.primary)
    return False


def _keyed(pred: object) -> tuple[str, object] | None:
    """``name = <the same everywhere>`` (either way round): (the child compared, the other
    side) — the lookup a follow-up makes in an entity list, item[name = /data/hh]."""
    if not isinstance(pred, ast.BinaryOp) or pred.op != "=":
        return None
    for key, other in ((pred.left, pred.right), (pred.right, pred.left)):
        if (
            isinstance(key, ast.Path)
            and key.start is None
            and not key.absolute
            and len(key.steps) == 1
            and key.steps[0].axis == "child"
            and not key.steps[0].predicates
            and key.steps[0].test not in ("*", "node()", "text()")
            and ":" not in key.steps[0].test
            and _context_free(other)
        ):
            return key.steps[0].test, other
    return None


def _index(parent: Node, test: str, key: str) -> dict[str, list[Node]]:
    """``parent``'s ``test`` children by the text of their ``key`` child, in document order
    (kept on the node: a secondary instance never changes while a form is filled)."""
    kept = parent.keyed
    if kept is None:
        kept = parent.keyed = {}
    index = kept.get((test, key))
    if index is None:
        index = {}
        # a list per key, among a million nodes: no collection can free any
        with collector_resting():
            for child in parent.named(test):
                cell = child.cell(key) if isinstance(child, RowNode) else None
                if cell is not None:  # a table's row: read, its columns not made
                    found = index.setdefault(cell, [])
                    found.append(child)
                    continue
                for k in child.children:  # not child.named(key): no index made for each item
                    if k.name != key:
                        continue
                    found = index.setdefault(k.string_value(), [])
                    if not found or found[-1] is not child:
                        found.append(child)
        kept[(test, key)] = index
    return index


def _secondary(node: Node, env: EvalEnv) -> bool:
    """Whether ``node`` is in one of the form's secondary instances (they never change)."""
    document = node.document()
    return any(document is d for d in env.instances.values())


def _compile_step(step: ast.Step) -> Callable[[list, Context], list]:
    axis, test = step.axis, step.test
    preds = [_compile(p) for p in step.predicates]
    keyed = _keyed(step.predicates[0]) if len(step.predicates) == 1 else None
    if axis == "child" and keyed is not None and test not in ("*", "node()", "text()"):
        key, other = keyed
        wanted = _compile(other)
        general = _compile_step(ast.Step(axis, test, []))

        def keyed_step(nodes: list, ctx: Context) -> list:
            """item[name = X] in a secondary instance (a CSV list, an entity list): looked
            up by name in an index, not compared item by item — 100,000 households."""
            value = wanted(ctx)
            if (
                len(nodes) != 1
                or not isinstance(nodes[0], Node)
                or not isinstance(value, str | list)
                or ":" in test
                or not _secondary(nodes[0], ctx.env)  # the answers change: never indexed
            ):
                return _predicate_filter(general(nodes, ctx), preds, ctx)
            texts = {value} if isinstance(value, str) else {v.string_value() for v in value}
            index = _index(nodes[0], test, key)
            if len(texts) == 1:
                return list(index.get(next(iter(texts)), ()))
            found = {id(n): n for t in texts for n in index.get(t, ())}
            return [n for n in nodes[0].named(test) if id(n) in found]

        return keyed_step
    if axis == "child" and not preds and test not in ("*", "node()", "text()") and ":" not in test:

        def child_step(nodes: list, ctx: Context) -> list:
            if len(nodes) == 1:
                n = nodes[0]
                return n.named(test) if isinstance(n, Node) else []
            out: list = []
            for n in nodes:
                if isinstance(n, Node):
                    out.extend(n.named(test))
            return out

        return child_step

    def step_fn(nodes: list, ctx: Context) -> list:
        out: list = []
        for n in nodes:
            found = _axis(axis, n, test)
            if preds:
                found = _predicate_filter(found, preds, ctx)
            out.extend(found)
        return out

    return step_fn


def _compile_path(node: ast.Path) -> Compiled:
    steps = [_compile_step(s) for s in node.steps]
    reorders = any(s.axis not in ("child", "attribute", "self") for s in node.steps)
    start = _compile(node.start) if node.start is not None else None
    absolute = node.absolute

    def path(ctx: Context) -> object:
        several = False  # started from several nodes: the steps may mix their orders
        if start is not None:
            base = start(ctx)
            if not isinstance(base, list):
                raise XPathEvalError("a path can only continue from a node-set")
            nodes = base
            several = len(base) > 1
        elif absolute:
            main = ctx.env.main_document
            if main is not None:
                nodes = [main]
            else:
                n = ctx.node
                nodes = [n.document() if isinstance(n, Node) else n.parent.document()]
        else:
            nodes = [ctx.node]
        for step in steps:
            nodes = step(nodes, ctx)
            if not nodes:
                return []
        # child steps from one node (instance('households')/root/item) keep document
        # order: no sort (a sort of 100,000 items, each placed by list.index, took minutes)
        if reorders or (several and len(nodes) > 1 and steps):
            nodes = sort_document_order(nodes)
        return nodes

    return path


def _compile(node: object) -> Compiled:
    if isinstance(node, ast.Number):
        v = node.value
        return lambda ctx: v
    if isinstance(node, ast.Literal):
        s = node.value
        return lambda ctx: s
    if isinstance(node, ast.Negate):
        inner = _compile(node.operand)
        return lambda ctx: -to_number(inner(ctx))
    if isinstance(node, ast.Path):
        return _compile_path(node)
    if isinstance(node, ast.Filter):
        primary = _compile(node.primary)
        preds = [_compile(p) for p in node.predicates]

        def filtered(ctx: Context) -> object:
            value = primary(ctx)
            if not isinstance(value, list):
                raise XPathEvalError("a predicate can only filter a node-set")
            return _predicate_filter(value, preds, ctx)

        return filtered
    if isinstance(node, ast.Variable):
        name = node.name

        def variable(ctx: Context) -> object:
            if name not in ctx.env.variables:
                raise XPathEvalError(f"unknown variable ${name}")
            return ctx.env.variables[name]

        return variable
    if isinstance(node, ast.BinaryOp):
        left, right, op = _compile(node.left), _compile(node.right), node.op
        if op == "or":
            return lambda ctx: to_boolean(left(ctx)) or to_boolean(right(ctx))
        if op == "and":
            return lambda ctx: to_boolean(left(ctx)) and to_boolean(right(ctx))
        if op in ("=", "!=", "<", ">", "<=", ">="):
            return lambda ctx: compare(op, left(ctx), right(ctx))
        if op == "|":

            def union(ctx: Context) -> object:
                a, b = left(ctx), right(ctx)
                if not isinstance(a, list) or not isinstance(b, list):
                    raise XPathEvalError("'|' joins node-sets only")
                return sort_document_order(a + b)

            return union
        if op == "div":
            return lambda ctx: _div(to_number(left(ctx)), to_number(right(ctx)))
        if op == "mod":
            return lambda ctx: _mod(to_number(left(ctx)), to_number(right(ctx)))
        fn = _ARITH[op]

        def arith(ctx: Context) -> object:
            a, b = to_number(left(ctx)), to_number(right(ctx))
            try:
                return fn(a, b)
            except OverflowError:
                return math.inf

        return arith
    if isinstance(node, ast.FunctionCall):
        from form_engine.xpath.functions import compile_call

        return compile_call(node.name, [_compile(a) for a in node.args])
    raise XPathEvalError(f"cannot evaluate {node!r}")


class Expression:
    """A compiled XPath expression. ``text`` is what the form author wrote (after pyxform)."""

    __slots__ = ("text", "tree", "_fn")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tree = ast.parse(text)
        self._fn = _compile(self.tree)

    def evaluate(
        self, node: Node, env: EvalEnv, *, current: Node | None = None, target: Node | None = None
    ) -> object:
        try:
            return self._fn(Context(node, env, current=current, target=target))
        except RecursionError as exc:  # pragma: no cover - pathological nesting
            raise XPathEvalError(f"expression nests too deeply: {self.text!r}") from exc

    def string(self, node: Node, env: EvalEnv, **kw) -> str:
        return to_string(self.evaluate(node, env, **kw))

    def boolean(self, node: Node, env: EvalEnv, **kw) -> bool:
        return to_boolean(self.evaluate(node, env, **kw))

    def __repr__(self) -> str:  # pragma: no cover
        return f"Expression({self.text!r})"


def evaluate_tree(tree: object, node: Node, env: EvalEnv) -> object:
    """Evaluate a part of a parsed expression (a bound in a constraint, for the filler)."""
    return _compile(tree)(Context(node, env))


@lru_cache(maxsize=4096)
def compile_expression(text: str) -> Expression:
    """Parse and compile, memoised: forms repeat the same expressions many times."""
    return Expression(text)
