"""ODK functions: selects, strings, logic and numbers."""

from __future__ import annotations

import base64
import functools
import hashlib
import math
import re
import string
import uuid as uuidlib
import warnings
from collections.abc import Callable

from form_engine.errors import XPathEvalError
from form_engine.nodes import Node
from form_engine.xpath.fn_xpath import _numbers_skipping_empty
from form_engine.xpath.library import _flatten_strings, _fn, _nodes
from form_engine.xpath.values import (
    NAN,
    to_boolean,
    to_number,
    to_string,
)

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
    if i != i or i < 0 or i >= len(parts):  # NaN, negative, or past the end (infinity too)
        return ""
    return parts[int(i)]


@_fn("jr:choice-name", 2)
def _choice_name(ctx, value, path) -> str:
    hook = ctx.env.choice_name
    if hook is None:
        raise XPathEvalError("jr:choice-name() needs a form to look its choices up in")
    return hook(to_string(value), to_string(path).strip(), ctx.current)


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
        # ODK Collect matches the whole value (Java's String.matches), not a substring; and
        # as in Java and JavaScript, \w, \d, \b, \s and (?i) know only ASCII: '^\w+$' refuses
        # "é" and '^\d$' refuses "٣" in Collect, Enketo and Web Forms alike.
        return java_regex(to_string(pattern)).fullmatch(to_string(value)) is not None
    except re.error as exc:
        raise XPathEvalError(f"regex(): invalid pattern {to_string(pattern)!r}: {exc}") from None


@functools.lru_cache(maxsize=256)
def java_regex(pattern: str) -> re.Pattern[str]:
    with warnings.catch_warnings():  # "possible nested set" for [[:upper:]]: a form's business
        warnings.simplefilter("ignore", FutureWarning)
        try:
            return re.compile(pattern, re.ASCII)
        except re.error:
            return re.compile(_as_java_reads_it(pattern), re.ASCII)


_CLASS_ESCAPES = set("wWdDsS")


def _as_java_reads_it(pattern: str) -> str:
    r"""The pattern with Java's readings of what Python refuses: in a character class, a hyphen
    beside a class escape is a hyphen (the e-mail check ``[\w-\.]+`` in many real forms)."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class and c == "-":
            before = out[-1] if out else ""
            after = pattern[i + 1 : i + 3]
            beside_escape = (
                len(before) == 2 and before[0] == "\\" and before[1] in _CLASS_ESCAPES
            ) or (len(after) == 2 and after[0] == "\\" and after[1] in _CLASS_ESCAPES)
            out.append("\\-" if beside_escape else c)
        else:
            if c == "[" and not in_class:
                in_class = True
                out.append(c)
                if pattern[i + 1 : i + 2] == "^":
                    out.append("^")
                    i += 1
                if pattern[i + 1 : i + 2] == "]":
                    out.append("\\]")  # a ] first in a class is a ]
                    i += 1
                i += 1
                continue
            if c == "]" and in_class:
                in_class = False
            out.append(c)
        i += 1
    return "".join(out)


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
    a_i = int(max(0, min(len(text), a)))  # clamped first: infinity is no integer
    b_i = int(max(0, min(len(text), b)))
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
    n = sum(1 for v in _each(args) if to_boolean(v))
    a, b = to_number(lo), to_number(hi)
    return (a < 0 or n >= a) and (b < 0 or n <= b)


def _each(values: tuple) -> list[object]:
    """Every item a checklist counts: each node of a node-set (true when it holds text), and
    each other value as itself — false() and 0 are false, as in ODK Collect, not the
    non-empty strings "false" and "0"."""
    out: list[object] = []
    for v in values:
        out.extend((n.string_value() for n in v) if isinstance(v, list) else (v,))
    return out


@_fn("weighted-checklist", 2, None)
def _weighted_checklist(ctx, lo, hi, *args) -> bool:
    if len(args) % 2:
        raise XPathEvalError("weighted-checklist() takes value/weight pairs")
    total = 0.0
    for v, w in zip(args[0::2], args[1::2], strict=True):
        weights = [to_number(x) for x in _flatten_strings((w,))]
        total += sum(wt for val, wt in zip(_each((v,)), weights, strict=False) if to_boolean(val))
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
    names = {
        "MD5": "md5",
        "SHA1": "sha1",
        "SHA256": "sha256",
        "SHA384": "sha384",
        "SHA512": "sha512",
    }
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
    @_fn(name, 1)
    def impl(ctx, v) -> float:
        x = to_number(v)
        try:
            return float(fn(x))
        except (ValueError, OverflowError):
            return NAN


_MATH1: dict[str, Callable[[float], float]] = {
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
}
for _name_, _f in _MATH1.items():
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
