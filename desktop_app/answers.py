"""What an enumerator types, turned into the canonical text the form engine stores (and back).
Qt-free: the editors in ``ui/questions.py`` use it, and so do tests."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from form_engine.xpath.values import number_to_string, parse_date, parse_datetime, parse_time

_TIME = re.compile(r"^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$")  # digits plain_digits knows


def offset_text(moment: datetime) -> str:
    off = moment.utcoffset()
    minutes = int(off.total_seconds() // 60) if off else 0
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def date_answer(typed: str) -> str | None:
    """'2026-03-04' -> the same; '' -> ''; anything else -> None (not a date)."""
    typed = typed.strip()
    if not typed:
        return ""
    return parse_date(typed).isoformat() if parse_date(typed) else None  # type: ignore[union-attr]


def time_answer(typed: str, now: datetime) -> str | None:
    """'9:05' -> '09:05:00.000+03:00' (the computer's time zone); Arabic-Indic or full-width
    digits as ASCII ones (ODK's time is ASCII: '٩:٠٥' was stored with its minutes as typed)."""
    typed = plain_digits(typed).strip()
    if not typed:
        return ""
    m = _TIME.match(typed)
    if not m or int(m[1]) > 23 or int(m[2]) > 59 or int(m[3] or 0) > 59:
        return None
    return f"{int(m[1]):02d}:{m[2]}:{m[3] or '00'}.000{offset_text(now)}"


def time_shown(value: str) -> str:
    parsed = parse_time(value) if value else None
    return parsed.strftime("%H:%M") if parsed else value


def datetime_answer(typed: str, now: datetime) -> str | None:
    """'2026-03-04 09:05' -> '2026-03-04T09:05:00.000+03:00'."""
    typed = typed.strip()
    if not typed:
        return ""
    parts = typed.replace("T", " ").split()
    if len(parts) != 2:
        return None
    day, clock = date_answer(parts[0]), time_answer(parts[1], now)
    if not day or not clock:
        return None
    return f"{day}T{clock}"


def datetime_shown(value: str) -> str:
    parsed = parse_datetime(value) if value else None
    return parsed.strftime("%Y-%m-%d %H:%M") if parsed else value


@dataclass(frozen=True)
class NumberReading:
    """What a typed number means. ``value`` is the canonical text to store, or None when the
    text is not (yet) a number; ``problem`` says why: ``number`` (not a number), ``ambiguous``
    (two readings, both in ``readings``), ``comma`` (a decimal comma where a point is the
    decimal mark; the reading in ``readings``), ``whole`` (a fraction where a whole number is
    asked for), ``digits`` (more digits than can be stored exactly)."""

    value: str | None
    problem: str = ""
    readings: tuple[str, ...] = ()


# Arabic-Indic, Extended Arabic-Indic and full-width digits, the Arabic decimal separator (a
# point) and the Arabic thousands separator (a grouping mark only: read as an apostrophe).
_PLAIN = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９\u066b\u066c\u2212\u00a0\u202f\u2009",
    "0123456789" * 3 + ".'-   ",
)
_NUMBER = re.compile(r"^(\d+([.,' ]\d+)*|[.,]\d+)[.,]?$")
_MAX_DIGITS = 15  # what a double holds exactly; more would be silently rounded


def plain_digits(typed: str) -> str:
    """Digits and separators of other scripts as their ASCII equivalents (٤٫٥ -> 4.5)."""
    return typed.translate(_PLAIN)


def number_answer(typed: str, *, integer: bool, decimal_comma: bool = False) -> NumberReading:
    """Read a typed number without ever guessing.

    Spaces, apostrophes and the Arabic thousands separator group thousands; so do points or
    commas used more than once ("4,500,000"). With both a point and a comma, the last one is
    the decimal mark ("4.500,25", "4,500.25"). A single point or comma before exactly three
    digits ("4,500", "4.500": 4500 or 4.5?) has two readings and is refused — unless only one
    of them is possible (a whole-number question, "2,019" can only be 2019). A single point
    before other digits is a decimal point; a single comma before other digits ("4,5") is a
    decimal comma, accepted only where the interface's language writes numbers so
    (``decimal_comma``). Arabic-Indic digits are read as their Western equivalents."""
    text = re.sub(r" +", " ", plain_digits(typed).strip())
    if not text:
        return NumberReading("")
    sign = ""
    if text[0] in "+-":
        sign, text = ("-" if text[0] == "-" else ""), text[1:].lstrip()
    if not _NUMBER.match(text):
        return NumberReading(None, "number")
    text = text.rstrip(".,") if text[-1] in ".," and len(text) > 1 else text
    separators = re.findall(r"[.,' ]", text)
    runs = re.split(r"[.,' ]", text)
    whole, fraction = text, ""
    marks = [m for m in separators if m in ".,"]
    if len(marks) == 1 and set(separators) <= {marks[0]}:
        mark = marks[0]  # one point or comma, nothing else
        decimal = _canonical(sign + runs[0], runs[1], integer=False)
        if len(runs[1]) == 3 and _grouping(runs):
            grouped = _canonical(sign + runs[0] + runs[1], "", integer=integer)
            if integer and decimal.value and Decimal(decimal.value) % 1:
                return grouped  # a whole number cannot be the other reading
            return NumberReading(None, "ambiguous", (grouped.value or "", decimal.value or ""))
        if mark == "," and not decimal_comma:
            if decimal.value is None:
                return decimal  # more digits than can be stored, whichever the mark means
            if integer and Decimal(decimal.value or "0") % 1:
                return NumberReading(None, "whole")
            return NumberReading(None, "comma", (decimal.value or "",))
        whole, fraction = text.split(mark)
    elif marks and separators.count(separators[-1]) == 1 and separators[-1] in ".,":
        last = separators[-1]
        if len(set(marks)) == 1 and len(marks) > 1:
            pass  # "4,500,000": every mark groups
        else:
            whole, fraction = text.rsplit(last, 1)  # the last mark, alone of its kind
    if whole != text or not fraction:
        parts = re.split(r"[.,' ]", whole)
        kinds = set(re.findall(r"[.,' ]", whole))
        if len(parts) > 1 and (len(kinds - {" ", "'"}) > 1 or not _grouping(parts)):
            return NumberReading(None, "number")
        whole = "".join(parts)
    return _canonical(sign + whole, fraction, integer=integer)


def _grouping(parts: list[str]) -> bool:
    """Thousands groups: the first of one to three digits, every other of exactly three."""
    first = parts[0]
    return (
        1 <= len(first) <= 3 and not first.startswith("0") and all(len(p) == 3 for p in parts[1:])
    )


def _canonical(whole: str, fraction: str, *, integer: bool) -> NumberReading:
    number = Decimal(f"{whole or '0'}.{fraction or '0'}")
    if integer:
        if number != number.to_integral_value():
            return NumberReading(None, "whole")
        value = int(number)
        if not -(2**31) <= value <= 2**31 - 1:  # a form's int: 32 bits, as JavaRosa's
            return NumberReading(None, "digits")
        return NumberReading(str(value))
    significant = (whole.lstrip("-") + fraction).lstrip("0").rstrip("0")
    if len(significant) > _MAX_DIGITS:
        return NumberReading(None, "digits")
    return NumberReading(number_to_string(float(number)))


def geopoint_answer(lat: str, lon: str, accuracy: str) -> tuple[str | None, str]:
    """(canonical 'lat lon 0 acc' or 'lat lon', problem code: numbers, latitude, longitude, accuracy). All empty -> ('', '')."""
    lat, lon, accuracy = (plain_digits(part).strip() for part in (lat, lon, accuracy))
    if not (lat or lon or accuracy):
        return "", ""
    try:
        la, lo = float(lat), float(lon)
    except ValueError:
        return None, "numbers"
    if not -90 <= la <= 90:
        return None, "latitude"
    if not -180 <= lo <= 180:
        return None, "longitude"
    acc = 0.0
    if accuracy:
        try:
            acc = float(accuracy)
        except ValueError:
            return None, "accuracy"
        if acc < 0:
            return None, "accuracy"
    # ODK writes "lat lon altitude accuracy"; with no accuracy typed, "lat lon" is a geopoint too
    return (f"{lat} {lon} 0 {accuracy}" if accuracy else f"{lat} {lon}"), ""


def partial_geopoint(lat: str, lon: str, accuracy: str) -> str:
    """What is typed so far, kept in the draft so it is not lost (and read back by
    :func:`geopoint_parts`); it is not a geopoint yet, so finalizing refuses it."""
    if not lon and not accuracy:
        return lat
    return f"{lat or '?'} {lon or '?'} 0 {accuracy or '?'}"


def geopoint_parts(value: str) -> tuple[str, str, str]:
    parts = [p if p != "?" else "" for p in value.split()]
    if not parts:
        return "", "", ""
    if len(parts) == 1:
        return parts[0], "", ""
    return parts[0], parts[1], parts[3] if len(parts) > 3 else ""
