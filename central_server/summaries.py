"""Each submission summarised once, as it arrives (issue 26; ``summarize_waiting``, in the
checker's round, along ``revisions.seq``): its day, the choice answers it gives and how many
of them mean "don't know" or "refused", its first roster's entries — what the supervisors'
per-enumerator table (central_server.merged.quality) counts, read from these small rows and
not from the answers: a site of 100,000 in well under two seconds.

"Don't know" and "refused" are the choices whose name or label says so — ``dk``,
``dont_know``, ``-88``, ``-98``; ``refused``, ``rf``, ``-99``, ``-77``; a label "Don't know",
"Ne sait pas", "Sijui", "Ma garanayo", "لا أعرف", "አላውቅም", "Refused", "Prefer not to say"…"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Engine

from central_server.db import (
    read_json,
    reader_mark,
    revisions,
    set_reader_mark,
    submission_summaries,
    submissions,
    writing,
)
from form_engine import FormDefinition
from form_engine.model import Element
from sync_protocol.odk_encryption import SEALED

READER = "summaries"
SCAN = 500
DK_NAMES = {"dk", "dont_know", "don_t_know", "do_not_know", "dontknow", "-88", "-98", "888"}
REFUSED_NAMES = {"refused", "refuse", "rf", "ref", "refusal", "-99", "-77", "999"}
DK_WORDS = re.compile(
    r"don.?t know|do not know|not know|ne sai[st] pas|sijui|ma garanayo|lama garanayo|"
    r"لا أعرف|لا اعرف|لا يعرف|አላውቅም|no s[ée]",
    re.I,
)
REFUSED_WORDS = re.compile(
    r"refus|prefer not|declin|rather not|amekataa|kataa|diiday|رفض|لا أرغب|አልፈልግም", re.I
)


@dataclass
class _Reading:
    """What is counted in a form version's answers."""

    special: dict[str, tuple[set[str], set[str]]]  # select's key -> (dk values, refused)
    selects: set[str]  # every select's key (answers counted)
    roster: str | None  # the first repeat's key


def _texts(choice) -> str:
    return " ".join(
        str(seg) for segs in choice.label.values() for seg in segs if isinstance(seg, str)
    )


def reading_of(form: FormDefinition) -> _Reading:
    special: dict[str, tuple[set[str], set[str]]] = {}
    selects: set[str] = set()
    roster: str | None = None

    def walk(elements: list[Element], prefix: str) -> None:
        nonlocal roster
        for el in elements:
            key = prefix + el.name
            if el.kind == "group":
                walk(el.children, key + "/")
            elif el.kind == "repeat":
                if roster is None and not prefix.startswith("#"):
                    roster = key
                walk(el.children, "#" + key + "#")  # inside a repeat: not counted
            elif el.control in ("select1", "select") and not prefix.startswith("#"):
                selects.add(key)
                choices = (
                    form.choice_lists.get(el.choices.instance_id or "", []) if el.choices else []
                )
                if el.choices is not None and el.choices.inline:
                    choices = el.choices.inline
                dk = {
                    c.value
                    for c in choices
                    if c.value.lower() in DK_NAMES or DK_WORDS.search(_texts(c))
                }
                refused = {
                    c.value
                    for c in choices
                    if c.value.lower() in REFUSED_NAMES or REFUSED_WORDS.search(_texts(c))
                }
                if dk or refused:
                    special[key] = (dk, refused)

    walk(form.elements, "")
    return _Reading(special, selects, roster)


def summary(reading: _Reading, data: dict) -> tuple[int, int, int, int | None]:
    """(choice answers given, "don't know" among them, "refused" among them, roster size)."""
    answered = dk = refused = 0
    for key in reading.selects:
        value = data.get(key)
        if value in (None, "", []):
            continue
        answered += 1
        kinds = reading.special.get(key)
        if kinds is None:
            continue
        given = set(value) if isinstance(value, list) else set(str(value).split())
        dk += bool(given & kinds[0])
        refused += bool(given & kinds[1])
    roster = None
    if reading.roster is not None:
        entries = data.get(reading.roster)
        roster = len(entries) if isinstance(entries, list) else 0
    return answered, dk, refused, roster


def _day(on_device: str | None, received: str) -> str:
    """The interview's day: the device's own (its local date) when it said, else the day the
    server received it."""
    return (on_device or received or "")[:10]


def summarize_waiting(engine: Engine) -> int:
    """One round: the revisions stored since the last, summarised. How many (0: none)."""
    from central_server import published_forms

    with writing(engine) as conn:
        mark = reader_mark(conn, READER)
        rows = conn.execute(
            select(
                revisions.c.seq,
                revisions.c.uuid,
                revisions.c.revision,
                revisions.c.status,
                revisions.c.form_version,
                revisions.c.json_text,
                submissions.c.form_id,
                submissions.c.created_on_device,
                submissions.c.created_at,
            )
            .join(submissions, submissions.c.uuid == revisions.c.uuid)
            .where(revisions.c.seq > mark)
            .order_by(revisions.c.seq)
            .limit(SCAN)
        ).all()
        if not rows:
            return 0
        readings: dict[tuple[str, str], _Reading | None] = {}
        made: dict[str, dict] = {}
        for _, uuid, revision, status, version, text, form_id, on_device, received in rows:
            if status == "conflict":
                continue
            if (form_id, version) not in readings:
                try:
                    form = published_forms.model(conn, form_id, version)
                    readings[(form_id, version)] = reading_of(form)
                except Exception:  # a version no longer published: nothing to count by
                    readings[(form_id, version)] = None
            reading = readings[(form_id, version)]
            data = read_json(text)
            if reading is None or not isinstance(data, dict) or SEALED in data:
                answered = dk = refused = 0
                roster = None
            else:
                answered, dk, refused, roster = summary(reading, data)
            made[uuid] = {
                "uuid": uuid,
                "revision": revision,
                "form_id": form_id,
                "day": _day(on_device, received),
                "answered": answered,
                "dont_know": dk,
                "refused": refused,
                "roster": roster,
            }
        if made:
            held = dict(
                conn.execute(
                    select(submission_summaries.c.uuid, submission_summaries.c.revision).where(
                        submission_summaries.c.uuid.in_(list(made))
                    )
                ).all()
            )
            fresh = [m for u, m in made.items() if held.get(u, 0) <= m["revision"]]
            conn.execute(
                delete(submission_summaries).where(
                    submission_summaries.c.uuid.in_([m["uuid"] for m in fresh])
                )
            )
            if fresh:
                conn.execute(insert(submission_summaries), fresh)
        set_reader_mark(conn, READER, rows[-1][0])
        return len(rows)
