"""The audit log of a filling — paradata — as ODK's client audit log defines it
(https://getodk.github.io/xforms-spec/client-audit-logs): what was shown, from when to when
(milliseconds since 1970, UTC), and, where the form asks, the answer before and after, the
user, and where the device was. A form asks for it with an XLSForm row of type ``audit``; its
``parameters`` (``track-changes=true``, ``identify-user=true``, ``location-priority=…``,
``track-changes-reasons=on-form-edit``) become the bind's ``odk:`` attributes.

Written as Collect writes ``audit.csv``, and read as Collect's files are (a header that grew
when a form was updated between two sittings, short rows, quoted commas and line breaks), so
that a server reads the desktop's logs and Collect's the same way."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

# Collect's event names (docs.getodk.org/form-audit-log); the desktop writes these too.
INTERVAL_EVENTS = frozenset(
    {"question", "group questions", "jump", "add repeat", "end screen", "hierarchy"}
)
SHOWN_EVENTS = frozenset({"question", "group questions"})  # a question on screen
BASE_COLUMNS = ("event", "node", "start", "end")
LOCATION_COLUMNS = ("latitude", "longitude", "accuracy")
CHANGE_COLUMNS = ("old-value", "new-value")
MAX_EVENTS = 100_000  # a log longer than this is cut: no filling has so many
MAX_VALUE = 10_000  # characters of an old or new value kept
_INDEX = re.compile(r"\[\d+\]")


@dataclass(frozen=True)
class AuditSettings:
    """What a form's ``audit`` asks to record besides the events and their times."""

    track_changes: bool = False
    change_reasons: bool = False  # track-changes-reasons=on-form-edit
    identify_user: bool = False
    location_priority: str = ""  # high-accuracy, balanced, low-power, no-power; "" none
    location_min_interval: int = 0  # seconds
    location_max_age: int = 0  # seconds

    @classmethod
    def from_bind(cls, bind: dict[str, str]) -> AuditSettings:
        """From the ``odk:`` attributes of the ``meta/audit`` bind."""

        def whole(name: str) -> int:
            text = (bind.get(name) or "").strip()
            return int(text) if text.isdigit() else 0

        return cls(
            track_changes=(bind.get("odk:track-changes") or "").strip().lower() == "true",
            change_reasons=(bind.get("odk:track-changes-reasons") or "").strip() == "on-form-edit",
            identify_user=(bind.get("odk:identify-user") or "").strip().lower() == "true",
            location_priority=(bind.get("odk:location-priority") or "").strip(),
            location_min_interval=whole("odk:location-min-interval"),
            location_max_age=whole("odk:location-max-age"),
        )

    @property
    def columns(self) -> tuple[str, ...]:
        """The header Collect writes for these settings, in its order."""
        columns: tuple[str, ...] = BASE_COLUMNS
        if self.location_priority:
            columns += LOCATION_COLUMNS
        if self.track_changes:
            columns += CHANGE_COLUMNS
        if self.identify_user:
            columns += ("user",)
        if self.change_reasons:
            columns += ("change-reason",)
        return columns


@dataclass(frozen=True)
class Event:
    """One row of an audit log. ``end`` is None for an instant (a save, a repeat deleted)."""

    event: str
    node: str = ""
    start: int = 0
    end: int | None = None
    latitude: str = ""
    longitude: str = ""
    accuracy: str = ""
    old_value: str | None = None
    new_value: str | None = None
    user: str = ""
    change_reason: str = ""

    @property
    def duration(self) -> int:
        """Milliseconds it lasted (0 for an instant, or an end before its start)."""
        return max(self.end - self.start, 0) if self.end is not None else 0

    @property
    def question(self) -> str:
        """The node without repeat positions: ``/data/member[2]/age`` → ``/data/member/age``
        (what is compared across interviews)."""
        return _INDEX.sub("", self.node)

    def row(self, columns: Iterable[str]) -> list[str]:
        values = {
            "event": self.event,
            "node": self.node,
            "start": str(self.start),
            "end": "" if self.end is None else str(self.end),
            "latitude": self.latitude,
            "longitude": self.longitude,
            "accuracy": self.accuracy,
            "old-value": self.old_value or "",
            "new-value": self.new_value or "",
            "user": self.user,
            "change-reason": self.change_reason,
        }
        return [values[c] for c in columns]


def write_csv(events: Iterable[Event], settings: AuditSettings) -> bytes:
    """``audit.csv`` as Collect writes it: UTF-8, commas, ``\\n`` line ends, a value with a
    comma, quote or line break quoted (its quotes doubled)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    columns = settings.columns
    writer.writerow(columns)
    for event in events:
        writer.writerow(event.row(columns))
    return out.getvalue().encode("utf-8")


class AuditLogError(ValueError):
    """An audit log that cannot be read; says where."""


def read_csv(content: bytes | str, *, limit: int = MAX_EVENTS) -> list[Event]:
    """The events of an ``audit.csv`` from Collect or the desktop. Columns are found by the
    header's names (any order, unknown ones ignored); a row shorter than the header has the
    missing columns empty (Collect keeps the rows written before a form update asked for
    more columns). Raises :class:`AuditLogError` naming the line of what cannot be read; at
    most ``limit`` events are read."""
    try:
        text = content.decode("utf-8-sig") if isinstance(content, bytes) else content
    except UnicodeDecodeError as exc:
        raise AuditLogError(f"audit.csv is not UTF-8 text (byte {exc.start})") from None
    if "\x00" in text:  # no database keeps it in text, and no client writes it
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise AuditLogError(f"audit.csv line {line}: a NUL character; the log was not read")
    reader = csv.reader(io.StringIO(text, newline=""), strict=False)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise AuditLogError("audit.csv is empty: it has no header row") from None
    except csv.Error as exc:
        raise AuditLogError(f"audit.csv line 1: {exc}") from None
    if "event" not in header or "start" not in header:
        raise AuditLogError(
            "audit.csv line 1: the header has no 'event' or 'start' column "
            f"(it has: {', '.join(header[:12])[:200]})"
        )
    at = {name: i for i, name in reversed(list(enumerate(header)))}
    events: list[Event] = []
    try:
        for row in reader:
            if not row or not any(cell.strip() for cell in row):
                continue
            if len(events) >= limit:
                break
            events.append(_event(row, at, reader.line_num))
    except csv.Error as exc:
        raise AuditLogError(f"audit.csv line {reader.line_num}: {exc}") from None
    return events


def _event(row: list[str], at: dict[str, int], line: int) -> Event:
    def cell(name: str) -> str:
        i = at.get(name)
        return row[i] if i is not None and i < len(row) else ""

    def moment(name: str) -> int | None:
        text = cell(name).strip()
        if not text:
            return None
        if not (text.isascii() and text.isdigit()) or len(text) > 15:  # "²" is a digit too
            raise AuditLogError(
                f"audit.csv line {line}: {name} '{text[:40]}' is not milliseconds since 1970"
            )
        return int(text)

    changes = "old-value" in at or "new-value" in at
    return Event(
        event=cell("event").strip()[:100],
        node=cell("node").strip()[:1000],
        start=moment("start") or 0,
        end=moment("end"),
        latitude=cell("latitude").strip()[:40],
        longitude=cell("longitude").strip()[:40],
        accuracy=cell("accuracy").strip()[:40],
        old_value=cell("old-value")[:MAX_VALUE] if changes else None,
        new_value=cell("new-value")[:MAX_VALUE] if changes else None,
        user=cell("user").strip()[:200],
        change_reason=cell("change-reason")[:2000],
    )


@dataclass
class Shown:
    """How long each question was on screen in one filling, and the whole."""

    per_question: dict[str, int] = field(default_factory=dict)  # question -> milliseconds
    times_shown: dict[str, int] = field(default_factory=dict)  # question -> how many times
    total: int = 0  # milliseconds with a question on screen

    @property
    def questions(self) -> int:
        return len(self.per_question)


def time_shown(events: Iterable[Event]) -> Shown:
    """Durations counted per question shown, so that questions skip logic never showed do not
    make an interview look short: each ``question`` event's time goes to its question; a
    ``group questions`` event (several on one screen, in Collect) to its group."""
    shown = Shown()
    for e in events:
        if e.event in SHOWN_EVENTS and e.end is not None:
            key = e.question
            shown.per_question[key] = shown.per_question.get(key, 0) + e.duration
            shown.times_shown[key] = shown.times_shown.get(key, 0) + 1
            shown.total += e.duration
    return shown


class Recorder:
    """Keeps the events of one sitting as they happen: ``keep`` is called with each event
    when it is complete (an interval when it ends), so that what is kept never changes.

    ``now``: milliseconds since 1970; ``value_of``: a question's answer now, by its node
    (read when it is shown and when it goes, where the form tracks changes); ``user``:
    written when the form identifies users."""

    def __init__(
        self,
        settings: AuditSettings,
        *,
        now: Callable[[], int],
        keep: Callable[[Event], None],
        value_of: Callable[[str], str] = lambda node: "",
        user: str = "",
    ) -> None:
        self.settings = settings
        self.now = now
        self._keep = keep
        self.value_of = value_of
        self.user = user if settings.identify_user else ""
        self.open: Event | None = None  # the interval on screen now

    def instant(self, event: str, node: str = "", *, reason: str = "") -> None:
        self._keep(
            Event(event=event, node=node, start=self.now(), user=self.user, change_reason=reason)
        )

    def show(self, event: str, node: str = "") -> None:
        """Something comes on screen (a question, the end screen…): what was there ends.
        The same question shown again (its page rebuilt) goes on as one event."""
        if self.open is not None and self.open.event == event and self.open.node == node:
            return
        self.end()
        tracked = self.settings.track_changes and event == "question"
        self.open = Event(
            event=event,
            node=node,
            start=self.now(),
            old_value=self.value_of(node) if tracked else None,
            user=self.user,
        )

    def end(self) -> None:
        """What is on screen goes (another thing shown, the form saved or closed)."""
        if self.open is None:
            return
        ended = replace(self.open, end=max(self.now(), self.open.start))
        if ended.old_value is not None:
            ended = replace(ended, new_value=self.value_of(ended.node))
        self.open = None
        self._keep(ended)
