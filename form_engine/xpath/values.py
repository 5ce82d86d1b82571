"""XPath values and the conversions between them (XPath 1.0 §4 plus ODK dates).

A value is a ``float`` (number), ``str``, ``bool``, a ``list`` of nodes (node-set), or a
``datetime.date`` / ``datetime.datetime`` (the result of ``today()``, ``now()``, ``date()``).
Dates turn into numbers as days since 1970-01-01, as in JavaRosa and Enketo.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

EPOCH = date(1970, 1, 1)
NAN = float("nan")

_NUMBER_RE = re.compile(r"^\s*-?(\d+(\.\d*)?|\.\d+)\s*$")
_DATE_RE = re.compile(r"^\s*(-?\d{4,})-(\d{2})-(\d{2})\s*$")
_DATETIME_RE = re.compile(
    r"^\s*(-?\d{4,})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*$"
)
_TIME_RE = re.compile(
    r"^\s*(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*$"
)


def _tz(text: str | None) -> timezone | None:
    if not text:
        return None
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:4] or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def parse_date(text: str) -> date | None:
    m = _DATE_RE.match(text)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


_DAY_LIKE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?\s*$")


def impossible_day(text: str) -> str | None:
    """The written day, when text is shaped as a date whose day does not exist (2024-02-30,
    2023-13-01); None for a real day or text that is no date at all."""
    m = _DAY_LIKE.match(text)
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    try:
        date(year, month, day)
    except ValueError:
        return f"{m[1]}-{m[2]}-{m[3]}"
    return None


def parse_datetime(text: str) -> datetime | None:
    """An ISO date-time; a time-zone-less one is taken as local time."""
    m = _DATETIME_RE.match(text)
    if not m:
        return None
    micro = int((m[7] or "0")[:6].ljust(6, "0"))
    try:
        value = datetime(
            int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0), micro
        )
    except ValueError:
        return None
    tz = _tz(m[8])
    return value.replace(tzinfo=tz) if tz else value.astimezone()


def parse_time(text: str) -> time | None:
    m = _TIME_RE.match(text)
    if not m:
        return None
    micro = int((m[4] or "0")[:6].ljust(6, "0"))
    try:
        return time(int(m[1]), int(m[2]), int(m[3] or 0), micro, tzinfo=_tz(m[5]))
    except ValueError:
        return None


def days_since_epoch(value: date) -> float:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.astimezone()
        # Local calendar days, as JavaRosa does: midnight local time is a whole number.
        local = value.astimezone()
        whole = (local.date() - EPOCH).days
        fraction = (
            local - local.replace(hour=0, minute=0, second=0, microsecond=0)
        ).total_seconds()
        return whole + fraction / 86400.0
    return float((value - EPOCH).days)


def date_from_days(days: float) -> date | datetime:
    if days != days or math.isinf(days):
        raise ValueError("not a date")
    whole = math.floor(days)
    base = EPOCH + timedelta(days=whole)
    fraction = days - whole
    if fraction == 0:
        return base
    start = datetime(base.year, base.month, base.day).astimezone()
    return start + timedelta(seconds=round(fraction * 86400.0, 3))


def format_datetime(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.astimezone()
    millis = value.microsecond // 1000
    offset = value.utcoffset() or timedelta(0)
    total = int(offset.total_seconds() // 60)
    sign = "+" if total >= 0 else "-"
    total = abs(total)
    return (
        value.strftime("%Y-%m-%dT%H:%M:%S")
        + f".{millis:03d}{sign}{total // 60:02d}:{total % 60:02d}"
    )


# ---------------------------------------------------------------------------------------------
# Conversions
# ---------------------------------------------------------------------------------------------


def number_to_string(x: float) -> str:
    if x != x:
        return "NaN"
    if x == math.inf:
        return "Infinity"
    if x == -math.inf:
        return "-Infinity"
    if x == int(x) and abs(x) < 1e21:
        return str(int(x))
    text = repr(x)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    return text


def to_string(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float | int):
        return number_to_string(float(value))
    if isinstance(value, list):
        return value[0].string_value() if value else ""
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not an XPath value: {value!r}")


def string_to_number(text: str) -> float:
    if _NUMBER_RE.match(text):
        return float(text)
    # ODK: a date or date-time string counts as days since the epoch.
    d = parse_date(text)
    if d is not None:
        return days_since_epoch(d)
    dt = parse_datetime(text)
    if dt is not None:
        return days_since_epoch(dt)
    return NAN


def to_number(value: object) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    if isinstance(value, int):
        return float(value)
    if isinstance(value, str):
        return string_to_number(value)
    if isinstance(value, list):
        return string_to_number(to_string(value))
    if isinstance(value, date):
        return days_since_epoch(value)
    raise TypeError(f"not an XPath value: {value!r}")


def to_boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, float | int):
        return not (value == 0 or value != value)
    if isinstance(value, str):
        return len(value) > 0
    if isinstance(value, list):
        # ODK Collect (JavaRosa) reads a single node as its value: an empty field is false.
        # XPath 1.0 would call any non-empty node-set true.
        if len(value) == 1:
            return value[0].string_value() != ""
        return len(value) > 0
    if isinstance(value, date):
        return True
    raise TypeError(f"not an XPath value: {value!r}")


def to_date(value: object) -> date | datetime | None:
    """ODK date conversion: a date, a date string, or a number of days since the epoch."""
    if isinstance(value, list):
        value = to_string(value)
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, float | int):
        try:
            return date_from_days(float(value))
        except (ValueError, OverflowError):
            return None
    text = str(value).strip()
    if not text:
        return None
    if _NUMBER_RE.match(text):
        return to_date(float(text))
    return parse_date(text) or parse_datetime(text)


def type_name(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, float | int):
        return "number"
    if isinstance(value, list):
        return "nodes"
    return "string"  # strings and dates (a date reads as its ISO string)


# ---------------------------------------------------------------------------------------------
# Comparisons (XPath 1.0 §3.4)
# ---------------------------------------------------------------------------------------------

_REL = {
    "<": lambda a, b: a < b,
    ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b,
}


def _atom_equal(a: object, b: object) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return to_boolean(a) == to_boolean(b)
    if isinstance(a, float | int | date) or isinstance(b, float | int | date):
        return to_number(a) == to_number(b)
    return to_string(a) == to_string(b)


def _compare_nodes_to_atom(op: str, nodes: list, other: object, *, nodes_first: bool) -> bool:
    if op in ("=", "!="):
        want = op == "="
        if not nodes:
            # As in ODK Collect, a field that is absent compares like an empty answer.
            return _atom_equal("", other) == want
        if isinstance(other, bool):
            return (to_boolean(nodes) == other) == want
        if isinstance(other, float | int | date):
            target = to_number(other)
            return any((string_to_number(n.string_value()) == target) == want for n in nodes)
        target_s = to_string(other)
        return any((n.string_value() == target_s) == want for n in nodes)
    rel = _REL[op]
    if isinstance(other, bool):
        pair = (to_number(to_boolean(nodes)), float(other))
        return rel(*pair) if nodes_first else rel(pair[1], pair[0])
    y = to_number(other)
    if nodes_first:
        return any(rel(string_to_number(n.string_value()), y) for n in nodes)
    return any(rel(y, string_to_number(n.string_value())) for n in nodes)


def compare(op: str, a: object, b: object) -> bool:
    """XPath 1.0 comparison (§3.4), with ODK Collect's reading of an absent field."""
    if isinstance(a, list) and isinstance(b, list):
        if op in ("=", "!="):
            b_strings = {n.string_value() for n in b}
            if op == "=":
                return any(n.string_value() in b_strings for n in a)
            return any(n.string_value() != t for n in a for t in b_strings)
        rel = _REL[op]
        bn = [string_to_number(n.string_value()) for n in b]
        return any(rel(string_to_number(n.string_value()), y) for n in a for y in bn)
    if isinstance(a, list):
        return _compare_nodes_to_atom(op, a, b, nodes_first=True)
    if isinstance(b, list):
        return _compare_nodes_to_atom(op, b, a, nodes_first=False)
    if op in ("=", "!="):
        return _atom_equal(a, b) == (op == "=")
    return _REL[op](to_number(a), to_number(b))
