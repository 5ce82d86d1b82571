"""The dependency graph between a form's computed properties ("triggerables", as JavaRosa calls
them): which calculations, relevance, required and read-only conditions and repeat counts must be
re-evaluated when a given field changes, and in which order.

Everything here works on *generic* paths (``/data/member/age``, no repeat positions); the session
maps them to concrete nodes.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from form_engine.errors import FormLoadError
from form_engine.model import FormDefinition
from form_engine.xpath import parser as ast
from form_engine.xpath.evaluator import Expression, compile_expression

WILDCARD = "*"
KINDS = ("calculate", "relevant", "required", "readonly", "repeat_count")

# Functions that read only which nodes a path selects (how many, where, what they are called),
# never their values: a path given to them depends on the form's *shape*. ``position(..)`` in a
# roster changes when entries are added or removed, not when an answer inside one changes —
# taking it for a read of every answer inside made the standard roster pattern a "cycle".
_SHAPE_ARGS: dict[str, tuple[int, ...] | None] = {
    "count": None,  # None: every argument
    "position": None,
    "name": None,
    "local-name": None,
    "namespace-uri": None,
}


@dataclass(eq=False)
class Triggerable:
    kind: str
    target: str
    expr: Expression
    row: int | None
    deps: set[str] = field(default_factory=set)
    shape: set[str] = field(default_factory=set)
    every: set[str] = field(default_factory=set)
    order: int = 0

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<{self.kind} {self.target} #{self.order}>"


def _resolve(base: list[str], steps: list[ast.Step]) -> str | None:
    parts = list(base)
    for step in steps:
        if step.axis == "self":
            continue
        if step.axis == "parent":
            if parts:
                parts.pop()
            continue
        if step.axis == "child" and step.test not in ("*", "node()", "text()"):
            parts.append(step.test.split(":")[-1])
            continue
        if step.axis == "attribute":  # an entity's @id: a value of its own
            if step.test in ("*", "node()"):
                return None
            parts.append("@" + step.test.split(":")[-1])
            continue
        return None  # descendant, ancestor, wildcards: not statically known
    return "/" + "/".join(parts)


def _shape_arg(call: ast.FunctionCall, i: int) -> bool:
    if call.name == "indexed-repeat":
        return i % 2 == 1  # indexed-repeat(value, repeat1, n1, repeat2, n2, …)
    if call.name not in _SHAPE_ARGS:
        return False
    which = _SHAPE_ARGS[call.name]
    return which is None or i in which


def references(expr: Expression, context_path: str) -> set[str]:
    """Generic paths an expression reads the values of, resolved against ``context_path``.

    A path the analysis cannot pin down (``//x``, ``*``) yields WILDCARD: its triggerable then
    re-runs on every change, which is correct, only slower.
    """
    return read_paths(expr, context_path)[0]


def read_paths(expr: Expression, context_path: str) -> tuple[set[str], set[str], set[str]]:
    """(paths whose values the expression reads, paths whose node sets alone it reads, the
    value paths it reads in *every* repeat entry rather than in its own).

    The second set holds the arguments of ``count``, ``position``, ``name`` and the repeats
    of ``indexed-repeat``: they change only when repeat entries are added or removed. A
    predicate on such a path (``count(${member}[age > 17])``) still reads values. The third:
    an absolute path (``/data/member/name``, as pyxform writes the arguments of
    ``indexed-repeat``) sees every member, where ``../name`` sees only its own.
    """
    refs: set[str] = set()
    shape: set[str] = set()
    every: set[str] = set()
    base = [p for p in context_path.split("/") if p]

    def visit(node: object, ctx: list[str], into: set[str] = refs, wide: bool = False) -> None:
        if isinstance(node, ast.Path):
            start = node.start
            if start is not None:
                if isinstance(start, ast.FunctionCall) and start.name == "instance":
                    # Secondary instances do not change; predicates may still read the form.
                    for s in node.steps:
                        for p in s.predicates:
                            visit(p, ctx)
                    return
                if isinstance(start, ast.FunctionCall) and start.name == "current":
                    resolved = _resolve(base, node.steps)
                else:
                    visit(start, ctx)
                    resolved = None
                    refs.add(WILDCARD)
            elif node.absolute:
                resolved = _resolve([], node.steps)
            else:
                resolved = _resolve(ctx, node.steps)
            if resolved is None:
                refs.add(WILDCARD)
            elif start is None or isinstance(start, ast.FunctionCall):
                into.add(resolved)
                if (wide or node.absolute) and into is refs:
                    every.add(resolved)
            for s in node.steps:
                for p in s.predicates:
                    # Predicates are evaluated with the step's nodes as context; approximated
                    # by the resolved path so far (good enough for references like [name=…]).
                    where = [x for x in (resolved or "").split("/") if x] or ctx
                    visit(p, where, refs, wide or node.absolute)
            return
        if isinstance(node, ast.FunctionCall):
            if node.name == "current":
                into.add("/" + "/".join(base))
            for i, a in enumerate(node.args):
                visit(a, ctx, shape if _shape_arg(node, i) else refs, wide)
            return
        if isinstance(node, ast.BinaryOp):
            union = into if node.op == "|" else refs  # a union is still a node set
            visit(node.left, ctx, union, wide)
            visit(node.right, ctx, union, wide)
        elif isinstance(node, ast.Negate):
            visit(node.operand, ctx, refs, wide)
        elif isinstance(node, ast.Filter):
            visit(node.primary, ctx, refs, wide)
            for p in node.predicates:
                visit(p, ctx, refs, wide)

    visit(expr.tree, base)
    return refs, shape - refs, every


class DependencyGraph:
    def __init__(self, form: FormDefinition) -> None:
        self.triggerables: list[Triggerable] = []
        for el in form.walk():
            for _, kind, text in el.expressions():
                if kind not in KINDS or text.strip() in ("true()", "false()"):
                    continue
                expr = compile_expression(text)
                # Expressions on a repeat (its count) are evaluated in the repeat's parent.
                context = el.path.rsplit("/", 1)[0] if kind == "repeat_count" else el.path
                values, shape, every = read_paths(expr, context)
                t = Triggerable(kind, el.path, expr, el.row, values, shape, every)
                self.triggerables.append(t)
            for name, text in el.attribute_calculates.items():  # an entity's @id, @create…
                target = f"{el.path}/@{name}"
                expr = compile_expression(text)
                values, shape, every = read_paths(expr, target)
                self.triggerables.append(
                    Triggerable("calculate", target, expr, el.row, values, shape, every)
                )
        self._affected_cache: dict[str, list[Triggerable]] = {}
        self._sources_cache: dict[int, set[str]] = {}
        self._calculations: dict[str, list[Triggerable]] = {}
        for t in self.triggerables:
            if t.kind == "calculate":
                self._calculations.setdefault(t.target, []).append(t)
        self._closure_cache: dict[str, list[Triggerable]] = {}
        # Indexes so that finding the readers of a path does not scan every triggerable:
        # by the exact path read, and by every prefix of it (readers of paths inside a group).
        self._by_dep: dict[str, list[Triggerable]] = {}
        self._by_prefix: dict[str, list[Triggerable]] = {}
        self._wildcard: list[Triggerable] = []
        # Readers of a repeat's entries (count, position), by the path and every prefix of it:
        # entries of /data/hh come and go, and so do those of /data/hh/member inside them.
        self._shape_by_prefix: dict[str, list[Triggerable]] = {}
        for t in self.triggerables:
            for d in t.shape:
                parts = d.split("/")
                for i in range(2, len(parts) + 1):
                    self._shape_by_prefix.setdefault("/".join(parts[:i]), []).append(t)
            for d in t.deps:
                if d == WILDCARD:
                    self._wildcard.append(t)
                    continue
                self._by_dep.setdefault(d, []).append(t)
                parts = d.split("/")
                for i in range(2, len(parts) + 1):
                    self._by_prefix.setdefault("/".join(parts[:i]), []).append(t)
        self._order()

    def affected(self, path: str) -> list[Triggerable]:
        """Triggerables that read ``path`` (or something containing or inside it)."""
        found = self._affected_cache.get(path)
        if found is None:
            hits: dict[int, Triggerable] = {}
            for t in self._by_prefix.get(path, ()):  # reads the path or something inside it
                hits[id(t)] = t
            parts = path.split("/")
            for i in range(2, len(parts)):  # reads a group that contains the path
                for t in self._by_dep.get("/".join(parts[:i]), ()):
                    hits[id(t)] = t
            for t in self._wildcard:
                hits[id(t)] = t
            found = list(hits.values())  # unordered: closure() orders by evaluation order
            self._affected_cache[path] = found
        return found

    def sources(self, t: Triggerable) -> set[str]:
        """The paths ``t`` reads, directly or through the calculations it reads."""
        found = self._sources_cache.get(id(t))
        if found is None:
            found = set()
            stack = list(t.deps)
            while stack:
                d = stack.pop()
                if d in found:
                    continue
                found.add(d)
                for calc in self._calculations.get(d, ()):
                    stack.extend(calc.deps)
            self._sources_cache[id(t)] = found
        return found

    def reshaped(self, path: str) -> list[Triggerable]:
        """Triggerables that read which entries exist at or inside the repeat ``path``."""
        return self._shape_by_prefix.get(path, [])

    def _after(self, t: Triggerable) -> list[Triggerable]:
        """What must be evaluated after ``t``: readers of its target's value — and, for a
        repeat count (which adds and removes entries), readers of the repeat's entries."""
        out = self.affected(t.target)
        if t.kind == "repeat_count":
            out = list({id(u): u for u in [*out, *self.reshaped(t.target)]}.values())
        return out

    def _order(self) -> None:
        nodes = self.triggerables
        edges: dict[int, list[Triggerable]] = {}
        indegree = {id(t): 0 for t in nodes}
        for t in nodes:
            out = [u for u in self._after(t) if u is not t]
            edges[id(t)] = out
            for u in out:
                indegree[id(u)] += 1
        ready = deque(t for t in nodes if indegree[id(t)] == 0)
        order = 0
        done = 0
        while ready:
            t = ready.popleft()
            t.order = order
            order += 1
            done += 1
            for u in edges[id(t)]:
                indegree[id(u)] -= 1
                if indegree[id(u)] == 0:
                    ready.append(u)
        if done != len(nodes):
            cyclic = [t for t in nodes if indegree[id(t)] > 0]
            where = ", ".join(
                f"{t.target.rsplit('/', 1)[-1]} ({t.kind}, row {t.row})" for t in cyclic[:6]
            )
            raise FormLoadError(
                f"these expressions depend on each other in a cycle: {where}",
                sheet="survey",
                row=cyclic[0].row,
                column="calculation" if cyclic[0].kind == "calculate" else cyclic[0].kind,
                code="dependency_cycle",
            )
        self.triggerables.sort(key=lambda t: t.order)

    def closure(self, path: str, *, entries: bool = False) -> list[Triggerable]:
        """Everything to re-evaluate, in order, after ``path`` changed — its value, or with
        ``entries`` the entries of the repeat at ``path`` (added or removed)."""
        key = ("+" if entries else "") + path
        cached = self._closure_cache.get(key)
        if cached is not None:
            return cached
        seen: dict[int, Triggerable] = {}
        first = self.affected(path) + (self.reshaped(path) if entries else [])
        frontier: list[Triggerable] = []
        for t in first:
            if id(t) not in seen:
                seen[id(t)] = t
                frontier.append(t)
        while frontier:
            for t in self._after(frontier.pop()):
                if id(t) not in seen:
                    seen[id(t)] = t
                    frontier.append(t)
        result = sorted(seen.values(), key=lambda t: t.order)
        self._closure_cache[key] = result
        return result
