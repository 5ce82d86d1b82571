"""What an enumerator types, turned into the canonical text the form engine stores (and back).
Qt-free: the editors in ``ui/questions.py`` use it, and so do tests."""

from __future__ import annotations

import re
from datetime import datetime

from form_engine.xpath.values import parse_date, parse_datetime, parse_time

_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


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
    """'9:05' -> '09:05:00.000+03:00' (the computer's time zone)."""
    typed = typed.strip()
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


def number_answer(typed: str, *, integer: bool) -> str | None:
    typed = typed.strip().replace(",", ".") if not integer else typed.strip()
    if not typed:
        return ""
    pattern = r"^-?\d+$" if integer else r"^-?(\d+\.?\d*|\.\d+)$"
    if not re.match(pattern, typed):
        return None
    if integer:
        return str(int(typed))
    return typed.rstrip(".") if "." in typed and typed.endswith(".") else typed


def geopoint_answer(lat: str, lon: str, accuracy: str) -> tuple[str | None, str]:
    """(canonical 'lat lon 0 acc' or 'lat lon', problem code: numbers, latitude, longitude, accuracy). All empty -> ('', '')."""
    lat, lon, accuracy = lat.strip(), lon.strip(), accuracy.strip()
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
