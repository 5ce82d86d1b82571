"""ODK date and time functions. Dates are days since 1970-01-01 in arithmetic."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from form_engine.errors import XPathValueError
from form_engine.xpath.library import _fn
from form_engine.xpath.values import (
    NAN,
    days_since_epoch,
    impossible_day,
    parse_time,
    to_date,
    to_string,
)

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
        _refuse_impossible_day(v)
        return ""
    # As in ODK Collect, date() keeps the calendar day; date-time() keeps the time.
    return d.date() if isinstance(d, datetime) and not isinstance(v, str) else d


@_fn("date-time", 1)
def _date_time(ctx, v) -> object:
    d = to_date(v)
    if d is None:
        _refuse_impossible_day(v)
        return ""
    if not isinstance(d, datetime):
        d = datetime(d.year, d.month, d.day).astimezone()
    return d


def _refuse_impossible_day(v: object) -> None:
    """date('2024-02-30') is an error, as in ODK Collect and Web Forms (Enketo moves it to
    1 March): the answers that built it are wrong, and the form says so at them."""
    text = to_string(v) if isinstance(v, str | list) else ""
    if day := impossible_day(text):
        raise XPathValueError(f"{day} is not a day of the calendar", key="no_such_day", date=day)


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
