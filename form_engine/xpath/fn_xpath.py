"""The XPath 1.0 core function library (with ODK Collect's readings where they differ)."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

from form_engine.errors import XPathEvalError
from form_engine.xpath.library import _flatten_strings, _fn, _nodes
from form_engine.xpath.values import (
    NAN,
    to_boolean,
    to_number,
    to_string,
)

# ---------------------------------------------------------------------------------------------
# XPath 1.0 core
# ---------------------------------------------------------------------------------------------


@_fn("last", 0)
def _last(ctx) -> float:
    return float(ctx.size)


@_fn("position", 0, 1)
def _position(ctx, nodes=None) -> float:
    if nodes is None:
        return float(ctx.pos)
    ns = _nodes(nodes, "position")
    if len(ns) != 1:
        raise XPathEvalError("position() takes a node-set of exactly one node")
    return float(ns[0].position())


@_fn("count", 1)
def _count(ctx, nodes) -> float:
    return float(len(_nodes(nodes, "count")))


@_fn("local-name|name", 0, 1)
def _name(ctx, nodes=None) -> str:
    ns = [ctx.node] if nodes is None else _nodes(nodes, "name")
    return ns[0].name if ns and not getattr(ns[0], "is_document", False) else ""


@_fn("string", 0, 1)
def _string(ctx, v=None) -> str:
    return ctx.node.string_value() if v is None else to_string(v)


@_fn("concat", 0, None)
def _concat(ctx, *args) -> str:
    return "".join(_flatten_strings(args))


@_fn("starts-with", 2)
def _starts_with(ctx, a, b) -> bool:
    return to_string(a).startswith(to_string(b))


@_fn("ends-with", 2)
def _ends_with(ctx, a, b) -> bool:
    return to_string(a).endswith(to_string(b))


@_fn("contains", 2)
def _contains(ctx, a, b) -> bool:
    return to_string(b) in to_string(a)


@_fn("substring-before", 2)
def _substring_before(ctx, a, b) -> str:
    s, t = to_string(a), to_string(b)
    i = s.find(t)
    return s[:i] if i >= 0 else ""


@_fn("substring-after", 2)
def _substring_after(ctx, a, b) -> str:
    s, t = to_string(a), to_string(b)
    i = s.find(t)
    return s[i + len(t) :] if i >= 0 else ""


def _xpath_round(x: float) -> float:
    if x != x or math.isinf(x):
        return x
    return float(math.floor(x + 0.5))


@_fn("substring", 2, 3)
def _substring(ctx, s, start, length=None) -> str:
    text = to_string(s)
    first = _xpath_round(to_number(start))
    if length is None:
        last = math.inf
    else:
        last = first + _xpath_round(to_number(length))
    if first != first or last != last:
        return ""
    # Characters at positions p with first <= p < last (1-based).
    return "".join(ch for p, ch in enumerate(text, 1) if first <= p < last)


@_fn("string-length", 0, 1)
def _string_length(ctx, v=None) -> float:
    # In UTF-16 units, as ODK Collect, Enketo and Web Forms count: a character beyond the
    # Basic Multilingual Plane (most emoji, 𝒳) counts 2, so a length limit means the same.
    text = ctx.node.string_value() if v is None else to_string(v)
    return float(len(text) + sum(1 for c in text if ord(c) > 0xFFFF))


@_fn("normalize-space", 0, 1)
def _normalize_space(ctx, v=None) -> str:
    return " ".join((ctx.node.string_value() if v is None else to_string(v)).split())


@_fn("translate", 3)
def _translate(ctx, s, a, b) -> str:
    src, frm, to = to_string(s), to_string(a), to_string(b)
    table: dict[int, int | None] = {}
    for i, ch in enumerate(frm):
        if ord(ch) not in table:
            table[ord(ch)] = ord(to[i]) if i < len(to) else None
    return src.translate(table)


@_fn("boolean", 1)
def _boolean(ctx, v) -> bool:
    return to_boolean(v)


@_fn("not", 1)
def _not(ctx, v) -> bool:
    return not to_boolean(v)


@_fn("true", 0)
def _true(ctx) -> bool:
    return True


@_fn("false", 0)
def _false(ctx) -> bool:
    return False


@_fn("number", 0, 1)
def _number(ctx, v=None) -> float:
    return to_number(ctx.node.string_value() if v is None else v)


def _numbers_skipping_empty(values) -> list[float]:
    """ODK Collect leaves out empty and non-numeric values from sum(), min() and max()."""
    out = []
    for text in values:
        x = to_number(text)
        if x == x:
            out.append(x)
    return out


@_fn("sum", 1)
def _sum(ctx, nodes) -> float:
    return float(sum(_numbers_skipping_empty(n.string_value() for n in _nodes(nodes, "sum"))))


@_fn("floor", 1)
def _floor(ctx, v) -> float:
    x = to_number(v)
    return x if x != x or math.isinf(x) else float(math.floor(x))


@_fn("ceiling", 1)
def _ceiling(ctx, v) -> float:
    x = to_number(v)
    return x if x != x or math.isinf(x) else float(math.ceil(x))


@_fn("round", 1, 2)
def _round(ctx, v, digits=None) -> float:
    x = to_number(v)
    if digits is None:
        return _xpath_round(x)
    d = to_number(digits)
    if x != x or d != d or math.isinf(x):
        return x if d == d else NAN
    places = int(d)
    if places == 0:
        return _xpath_round(x)
    # ODK Collect rounds the decimal as written (1.005 -> 1.01), and a half upwards, as
    # XPath's round() does with no places: -1.005 -> -1.0, -0.125 -> -0.12.
    half = ROUND_HALF_UP if x >= 0 else ROUND_HALF_DOWN
    try:
        quantum = Decimal(1).scaleb(-places)
        return float(Decimal(repr(x)).quantize(quantum, rounding=half)) + 0.0
    except InvalidOperation:
        # more digits than a decimal holds (1e30 to 2 places, 1 to 400 places): a float
        # has no digits that far, so there is no half to round: Python's own rounding,
        # with the places a float can have
        return round(x, max(-400, min(400, places))) + 0.0
