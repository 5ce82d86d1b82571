"""The XPath 1.0 core function library plus the ODK XForms functions.

``SUPPORTED`` is the list a form is checked against when it loads: a function missing here makes
the form fail to load with the sheet, row and column that use it.
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
import string
import uuid as uuidlib
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from form_engine.errors import XPathEvalError
from form_engine.nodes import Node
from form_engine.xpath.values import (
    NAN,
    days_since_epoch,
    parse_time,
    to_boolean,
    to_date,
    to_number,
    to_string,
)

Impl = Callable[..., object]
# name -> (min args, max args or None, implementation(ctx, *values))
_REGISTRY: dict[str, tuple[int, int | None, Impl]] = {}
# Functions that take their arguments unevaluated (compiled closures) to evaluate lazily.
_LAZY: dict[str, tuple[int, int | None, Impl]] = {}


def _fn(name: str, lo: int, hi: int | None = -1, *, lazy: bool = False):
    def register(impl: Impl) -> Impl:
        table = _LAZY if lazy else _REGISTRY
        for alias in name.split("|"):
            table[alias] = (lo, lo if hi == -1 else hi, impl)
        return impl

    return register


def _nodes(value: object, fname: str) -> list:
    if not isinstance(value, list):
        raise XPathEvalError(f"{fname}() needs a node-set argument, got {to_string(value)!r}")
    return value


def _flatten_strings(values: tuple) -> list[str]:
    out: list[str] = []
    for v in values:
        if isinstance(v, list):
            out.extend(n.string_value() for n in v)
        else:
            out.append(to_string(v))
    return out


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
    return float(len(ctx.node.string_value() if v is None else to_string(v)))


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
    # ODK Collect rounds the decimal as written (1.005 -> 1.01), half away from zero.
    quantum = Decimal(1).scaleb(-places)
    return float(Decimal(repr(x)).quantize(quantum, rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------------------------------------
# ODK: selects, strings, logic
# ---------------------------------------------------------------------------------------------


@_fn("selected", 2)
def _selected(ctx, values, choice) -> bool:
    tokens = to_string(values).split() or [""]
    return to_string(choice).strip() in tokens


@_fn("count-selected", 1)
def _count_selected(ctx, values) -> float:
    return float(len(to_string(values).split()))


@_fn("selected-at", 2)
def _selected_at(ctx, values, index) -> str:
    parts = to_string(values).split()
    i = to_number(index)
    if i != i or i < 0 or int(i) >= len(parts):
        return ""
    return parts[int(i)]


@_fn("jr:choice-name", 2)
def _choice_name(ctx, value, path) -> str:
    hook = ctx.env.choice_name
    if hook is None:
        raise XPathEvalError("jr:choice-name() needs a form to look its choices up in")
    return hook(to_string(value), to_string(path).strip(), ctx.current)


@_fn("jr:itext", 1)
def _itext(ctx, text_id) -> str:
    hook = ctx.env.itext
    return hook(to_string(text_id)) if hook else to_string(text_id)


@_fn("if", 3, lazy=True)
def _if(ctx, cond, a, b) -> object:
    return a(ctx) if to_boolean(cond(ctx)) else b(ctx)


@_fn("coalesce", 2, None)
def _coalesce(ctx, *args) -> str:
    for v in args:
        s = to_string(v)
        if s:
            return s
    return ""


@_fn("once", 1, lazy=True)
def _once(ctx, expr) -> object:
    # Keep the value the node already has; compute it only while it is empty.
    current = ctx.target.text if isinstance(ctx.target, Node) else ""
    return current if current != "" else expr(ctx)


@_fn("regex", 2)
def _regex(ctx, value, pattern) -> bool:
    try:
        # ODK Collect matches the whole value (Java's String.matches), not a substring.
        return re.fullmatch(to_string(pattern), to_string(value)) is not None
    except re.error as exc:
        raise XPathEvalError(f"regex(): invalid pattern {to_string(pattern)!r}: {exc}") from None


@_fn("join", 1, None)
def _join(ctx, sep, *args) -> str:
    return to_string(sep).join(_flatten_strings(args))


@_fn("substr", 2, 3)
def _substr(ctx, s, start, end=None) -> str:
    text = to_string(s)
    a = to_number(start)
    b = len(text) if end is None else to_number(end)
    if a != a or b != b:
        return ""
    a_i = max(0, min(len(text), int(a)))
    b_i = max(0, min(len(text), int(b)))
    return text[a_i:b_i]


@_fn("boolean-from-string", 1)
def _boolean_from_string(ctx, v) -> bool:
    return to_string(v).strip().lower() in ("true", "1")


@_fn("uuid", 0, 1)
def _uuid(ctx, length=None) -> str:
    if length is None:
        return str(uuidlib.UUID(int=ctx.env.rng.getrandbits(128), version=4))
    n = int(to_number(length))
    alphabet = string.ascii_letters + string.digits
    return "".join(ctx.env.rng.choice(alphabet) for _ in range(max(n, 0)))


@_fn("random", 0)
def _random(ctx) -> float:
    return ctx.env.rng.random()


@_fn("count-non-empty", 1)
def _count_non_empty(ctx, nodes) -> float:
    return float(sum(1 for n in _nodes(nodes, "count-non-empty") if n.string_value() != ""))


@_fn("checklist", 2, None)
def _checklist(ctx, lo, hi, *args) -> bool:
    n = sum(1 for s in _flatten_strings(args) if to_boolean(s))
    a, b = to_number(lo), to_number(hi)
    return (a < 0 or n >= a) and (b < 0 or n <= b)


def to_boolean_from_text(s: str) -> bool:
    return s.strip() in ("true", "1")


@_fn("weighted-checklist", 2, None)
def _weighted_checklist(ctx, lo, hi, *args) -> bool:
    if len(args) % 2:
        raise XPathEvalError("weighted-checklist() takes value/weight pairs")
    total = 0.0
    for v, w in zip(args[0::2], args[1::2], strict=True):
        values = _flatten_strings((v,))
        weights = [to_number(x) for x in _flatten_strings((w,))]
        total += sum(wt for val, wt in zip(values, weights, strict=False) if to_boolean_from_text(val))
    a, b = to_number(lo), to_number(hi)
    return (a < 0 or total >= a) and (b < 0 or total <= b)


@_fn("pulldata", 4)
def _pulldata(ctx, file_id, column, key_column, key) -> str:
    hook = ctx.env.pulldata
    if hook is None:
        raise XPathEvalError("pulldata() needs the form's CSV attachments")
    return hook(to_string(file_id), to_string(column), to_string(key_column), to_string(key))


@_fn("digest", 2, 3)
def _digest(ctx, data, algorithm, encoding=None) -> str:
    algo = to_string(algorithm).upper().replace("-", "")
    names = {"MD5": "md5", "SHA1": "sha1", "SHA256": "sha256", "SHA384": "sha384", "SHA512": "sha512"}
    if algo not in names:
        raise XPathEvalError(f"digest(): unknown algorithm {to_string(algorithm)!r}")
    raw = hashlib.new(names[algo], to_string(data).encode("utf-8")).digest()
    enc = "base64" if encoding is None else to_string(encoding)
    if enc == "hex":
        return raw.hex()
    if enc == "base64":
        return base64.b64encode(raw).decode("ascii")
    raise XPathEvalError(f"digest(): unknown encoding {enc!r}")


@_fn("base64-decode", 1)
def _base64_decode(ctx, v) -> str:
    try:
        return base64.b64decode(to_string(v), validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return ""


# ---------------------------------------------------------------------------------------------
# ODK: numbers
# ---------------------------------------------------------------------------------------------


@_fn("int", 1)
def _int(ctx, v) -> float:
    x = to_number(v)
    return x if x != x or math.isinf(x) else float(math.trunc(x))


def _aggregate(args: tuple, pick) -> float:
    values: list[object] = []
    for v in args:
        if isinstance(v, list):
            values.extend(n.string_value() for n in v)
        else:
            values.append(v)
    numbers = _numbers_skipping_empty(values)
    if not numbers:
        return NAN
    return float(pick(numbers))


@_fn("min", 1, None)
def _min(ctx, *args) -> float:
    return _aggregate(args, min)


@_fn("max", 1, None)
def _max(ctx, *args) -> float:
    return _aggregate(args, max)


def _math1(name: str, fn: Callable[[float], float]) -> None:
    def impl(ctx, v) -> float:
        x = to_number(v)
        try:
            return float(fn(x))
        except (ValueError, OverflowError):
            return NAN

    _REGISTRY[name] = (1, 1, impl)


for _name_, _f in {
    "abs": abs,
    "sqrt": math.sqrt,
    "exp": math.exp,
    "exp10": lambda x: 10.0**x,
    "log": lambda x: -math.inf if x == 0 else math.log(x),
    "log10": lambda x: -math.inf if x == 0 else math.log10(x),
    "sin": math.sin,
    "cos": math.cos,
    "tan": math.tan,
    "asin": math.asin,
    "acos": math.acos,
    "atan": math.atan,
}.items():
    _math1(_name_, _f)


@_fn("pow", 2)
def _pow(ctx, a, b) -> float:
    try:
        return float(math.pow(to_number(a), to_number(b)))
    except (ValueError, OverflowError):
        return NAN


@_fn("atan2", 2)
def _atan2(ctx, a, b) -> float:
    return math.atan2(to_number(a), to_number(b))


@_fn("pi", 0)
def _pi(ctx) -> float:
    return math.pi


# ---------------------------------------------------------------------------------------------
# ODK: dates
# ---------------------------------------------------------------------------------------------


@_fn("today", 0)
def _today(ctx) -> date:
    return ctx.env.now().date()


@_fn("now", 0)
def _now(ctx) -> datetime:
    return ctx.env.now()


@_fn("date", 1)
def _date(ctx, v) -> object:
    d = to_date(v)
    if d is None:
        return ""
    # As in ODK Collect, date() keeps the calendar day; date-time() keeps the time.
    return d.date() if isinstance(d, datetime) and not isinstance(v, str) else d


@_fn("date-time", 1)
def _date_time(ctx, v) -> object:
    d = to_date(v)
    if d is None:
        return ""
    if not isinstance(d, datetime):
        d = datetime(d.year, d.month, d.day).astimezone()
    return d


@_fn("decimal-date-time", 1)
def _decimal_date_time(ctx, v) -> float:
    d = to_date(v)
    return NAN if d is None else days_since_epoch(d)


@_fn("decimal-time", 1)
def _decimal_time(ctx, v) -> float:
    t = parse_time(to_string(v))
    if t is None:
        return NAN
    seconds = t.hour * 3600 + t.minute * 60 + t.second + t.microsecond / 1e6
    if t.tzinfo is not None:
        local_offset = datetime.now().astimezone().utcoffset() or timedelta(0)
        seconds += (local_offset - (t.utcoffset() or timedelta(0))).total_seconds()
        seconds %= 86400
    return seconds / 86400.0


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


@_fn("format-date|format-date-time", 2)
def _format_date(ctx, v, fmt) -> str:
    d = to_date(v)
    if d is None:
        return ""
    if not isinstance(d, datetime):
        d = datetime(d.year, d.month, d.day)
    pattern = to_string(fmt)
    out = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch != "%" or i + 1 == len(pattern):
            out.append(ch)
            i += 1
            continue
        code = pattern[i + 1]
        i += 2
        out.append(
            {
                "Y": f"{d.year:04d}",
                "y": f"{d.year % 100:02d}",
                "m": f"{d.month:02d}",
                "n": str(d.month),
                "b": _MONTHS[d.month - 1],
                "d": f"{d.day:02d}",
                "e": str(d.day),
                "H": f"{d.hour:02d}",
                "h": str(d.hour),
                "M": f"{d.minute:02d}",
                "S": f"{d.second:02d}",
                "3": f"{d.microsecond // 1000:03d}",
                "a": _DAYS[d.weekday()],
                "%": "%",
            }.get(code, "%" + code)
        )
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# ODK: geography
# ---------------------------------------------------------------------------------------------

_EARTH_RADIUS = 6378100.0


def _points(args: tuple) -> list[tuple[float, float]]:
    texts = _flatten_strings(args)
    if len(texts) == 1:
        texts = [p for p in texts[0].split(";")]
    points = []
    for t in texts:
        parts = t.split()
        if len(parts) < 2:
            raise XPathEvalError(f"not a geopoint: {t!r}")
        points.append((float(parts[0]), float(parts[1])))
    return points


def _haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_RADIUS * math.asin(math.sqrt(h))


@_fn("distance", 1, None)
def _distance(ctx, *args) -> float:
    try:
        pts = _points(args)
    except (ValueError, XPathEvalError):
        return NAN
    return sum(_haversine(p, q) for p, q in zip(pts, pts[1:], strict=False))


@_fn("area", 1)
def _area(ctx, shape) -> float:
    try:
        pts = _points((shape,))
    except (ValueError, XPathEvalError):
        return NAN
    if len(pts) < 3:
        return 0.0
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in zip(pts, pts[1:] + pts[:1], strict=True):
        total += math.radians(lon2 - lon1) * (2 + math.sin(math.radians(lat1)) + math.sin(math.radians(lat2)))
    return abs(total * _EARTH_RADIUS * _EARTH_RADIUS / 2.0)


# ---------------------------------------------------------------------------------------------
# Instances and repeats
# ---------------------------------------------------------------------------------------------


@_fn("instance", 1)
def _instance(ctx, name) -> list:
    key = to_string(name)
    doc = ctx.env.instances.get(key)
    if doc is None:
        raise XPathEvalError(f"instance('{key}') does not exist in this form")
    return [doc]


@_fn("current", 0)
def _current(ctx) -> list:
    return [ctx.current]


@_fn("indexed-repeat", 3, None)
def _indexed_repeat(ctx, target, *pairs) -> str:
    if len(pairs) % 2:
        raise XPathEvalError("indexed-repeat() takes a field, then repeat/index pairs")
    nodes = _nodes(target, "indexed-repeat")
    for repeat_nodes, index in zip(pairs[0::2], pairs[1::2], strict=True):
        instances = _nodes(repeat_nodes, "indexed-repeat")
        i = to_number(index)
        if i != i or i < 1 or int(i) > len(instances):
            return ""
        chosen = instances[int(i) - 1]
        nodes = [n for n in nodes if n.is_within(chosen)]
    return nodes[0].string_value() if nodes else ""


@_fn("randomize", 1, 2)
def _randomize(ctx, nodes, seed=None) -> list:
    import random

    items = list(_nodes(nodes, "randomize"))
    rng = random.Random(to_number(seed)) if seed is not None else ctx.env.rng
    rng.shuffle(items)
    return items


# ---------------------------------------------------------------------------------------------

SUPPORTED: frozenset[str] = frozenset(_REGISTRY) | frozenset(_LAZY)


def compile_call(name: str, args: list, raw_args: list):
    from form_engine.xpath.evaluator import Context  # noqa: F401  (type of ctx)

    lazy = name in _LAZY
    entry = _LAZY.get(name) or _REGISTRY.get(name)
    if entry is None:
        raise XPathEvalError(f"the function {name}() is not supported")
    lo, hi, impl = entry
    if len(args) < lo or (hi is not None and len(args) > hi):
        expected = f"{lo}" if lo == hi else f"{lo} to {hi}" if hi is not None else f"at least {lo}"
        raise XPathEvalError(f"{name}() takes {expected} argument(s), got {len(args)}")
    if lazy:
        return lambda ctx: impl(ctx, *args)
    if not args:
        return lambda ctx: impl(ctx)
    if len(args) == 1:
        a0 = args[0]
        return lambda ctx: impl(ctx, a0(ctx))
    return lambda ctx: impl(ctx, *[a(ctx) for a in args])

