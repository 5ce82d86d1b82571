"""The merged dataset of a form — every site, every published version, the newest revision of
each submission — written out as CSV (a zip: one file per table), Excel (a sheet per table) or
Parquet (a zip: one file per table), with a codebook beside it.

Tables: the main one (one row per submission) and one per repeat (one row per entry), joined
by stable keys: a repeat row's ``_parent_key`` is the ``_key`` of the row it belongs to (the
submission's uuid, or an entry of an outer repeat, ``uuid/members[2]``). Columns are aligned by
field name across versions: the newest version's order, then what only older versions had.

Streamed: submissions are read from the database a few hundred at a time and each row is
written as it comes; memory does not grow with the number of submissions.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import logging
import math
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, tuple_
from sqlalchemy.engine import Connection

from central_server import as_written, published_forms, review
from central_server.accounts import Principal
from central_server.choices import FORMATS
from central_server.db import (
    decisions,
    devices,
    flags,
    forms,
    paradata_events,
    read_json,
    revisions,
    sites,
    submissions,
)
from central_server.errors import Forbidden, NotFound, Refusal
from central_server.intake import uploads
from central_server.merged import duplicates, parts
from central_server.merged.mapping import Mapping
from form_engine import FormDefinition, cells
from form_engine.kinds import calculated_kinds, path_named
from form_engine.model import NO_LANGUAGE, Element
from sync_protocol import a_role
from sync_protocol.odk_encryption import SEALED

log = logging.getLogger("daftari.server")
EXPORTERS = ("supervisor", "clerk", "secretariat", "admin")
META = [
    ("_key", "string"),
    ("_uuid", "string"),
    ("_site", "string"),
    ("_enumerator", "string"),
    ("_device", "string"),
    ("_form_version", "string"),
    ("_revision", "int"),
    ("_review_state", "string"),
    # the server's clock: when it received the submission (its first revision) and when it
    # received its newest revision; the interview's own times are answers (start, end)
    ("_submitted_at", "string"),
    ("_updated_at", "string"),
    # the device's clock when the form was opened there (empty when it did not say)
    ("_created_on_device", "string"),
    # keyed from a paper questionnaire (empty otherwise): what the paper says, who keyed it
    ("_paper_number", "string"),
    ("_interview_date", "string"),
    ("_paper_enumerator", "string"),
    ("_batch", "string"),
    ("_keyed_by", "string"),
    ("_keyed_at", "string"),
    # answers kept as written on the paper although they break a rule of the form, in words
    # (central_server.as_written); the values themselves are in their own columns
    ("_as_written", "string"),
    # a resolved duplicate (central_server.merged.duplicates): the submission kept in its place
    ("_duplicate_of", "string"),
    # the quality checks that flagged it (central_server.checks), by rule name; why, in the
    # flags table beside
    ("_flags", "string"),
]
META_LABELS = {  # said in the codebook
    "_submitted_at": "Received by the server (its first revision; the server's clock, UTC)",
    "_updated_at": "Last changed on the server (newest revision or decision; server's clock, UTC)",
    "_created_on_device": "Created on the device (the device's clock, as it said)",
    "_as_written": as_written.DESCRIPTION,
    "_duplicate_of": "Duplicate of (the submission kept in its place)",
    "_flags": "Flagged by the quality checks (the rules; their reasons in the flags table)",
}
DUPLICATES = ("exclude", "include")  # resolved duplicates: left out (the default) or marked
PAPER = {  # meta column -> sync_protocol.PaperFacts field
    "_paper_number": "number",
    "_interview_date": "interview_date",
    "_paper_enumerator": "enumerator",
    "_batch": "batch",
    "_keyed_by": "keyed_by",
    "_keyed_at": "keyed_at",
}
REPEAT_META = [("_key", "string"), ("_parent_key", "string"), ("_index", "int")]
BATCH = 2_000  # rows a Parquet table writes at a time
UNREPEATED = {"_key", "_uuid", "_parent_key", "_submitted_at", "_updated_at"}  # one a row
GROUP_CELLS = 1_000_000  # cells of a row group when the parts' files are put together
SHEET_ROWS = 1_048_575  # an Excel sheet's rows below its header
PART_ROWS = 250_000  # rows of one Stata or SPSS file: a bigger table is written in parts


class ExportRefused(Refusal):
    status, code = 400, "export_refused"


@dataclass
class Column:
    name: str  # the answer's key in its table ("dwellings/n_dwellings", "age")
    type: str  # int | decimal | string | select_one | select_multiple | date | …
    labels: dict[str, str] = field(default_factory=dict)  # by form language
    choices: dict[str, dict[str, str]] = field(default_factory=dict)  # value -> labels
    versions: list[str] = field(default_factory=list)  # the form versions that have it
    # a select-multiple's choice as a column of its own: (the question's key, the choice);
    # 1 where chosen, 0 where the question was answered without it, empty where unanswered
    of: tuple[str, str] | None = None
    calculated: bool = False


@dataclass
class Table:
    name: str  # the file or sheet: the form id, then form id + repeat path
    repeat: str  # the repeat's key in its parent ("" for the main table)
    columns: list[Column] = field(default_factory=list)
    children: list[Table] = field(default_factory=list)
    meta: list[tuple[str, str]] = field(default_factory=list)
    _names: list[str] | None = field(default=None, repr=False, compare=False)
    _meta_names: list[str] | None = field(default=None, repr=False, compare=False)
    _chosen: list[tuple[str, list[tuple[int, str]]]] | None = field(
        default=None, repr=False, compare=False
    )

    def names(self) -> list[str]:
        """The answers' keys, in column order (kept: asked for every row)."""
        if self._names is None or len(self._names) != len(self.columns):
            self._names = [c.name for c in self.columns]
        return self._names

    def meta_names(self) -> list[str]:
        if self._meta_names is None or len(self._meta_names) != len(self.meta):
            self._meta_names = [m for m, _ in self.meta]
        return self._meta_names

    def header(self) -> list[str]:
        return [m for m, _ in self.meta] + [c.name for c in self.columns]

    def chosen(self) -> list[tuple[str, list[tuple[int, str]]]]:
        """Each select-multiple with choice columns: (its key, [(position in the row, choice)])."""
        if self._chosen is None:
            places: dict[str, list[tuple[int, str]]] = {}
            for i, c in enumerate(self.columns, len(self.meta)):
                if c.of:
                    places.setdefault(c.of[0], []).append((i, c.of[1]))
            self._chosen = list(places.items())
        return self._chosen

    def types(self) -> list[str]:
        return [t for _, t in self.meta] + [c.type for c in self.columns]


def layout(form_id: str, versions: list[FormDefinition], changes: Mapping | None = None) -> Table:
    """The tables of a form's merged dataset, from its versions (newest first); an older
    version's renamed fields join the columns they were renamed to."""
    main = Table(form_id, "", meta=list(META))
    for form in versions:
        _merge(main, form.elements, "", "", _Reading(form), form_id, changes or Mapping())
    _choice_columns(main)
    return main


class _Reading:
    """A form version as the layout reads it: its elements by path, its calculations' kinds."""

    def __init__(self, form: FormDefinition) -> None:
        self.form = form
        self.version = form.version
        self.by_path = {el.path: el for top in form.elements for el in top.walk()}
        self.kinds = calculated_kinds(form)


def _choice_columns(table: Table) -> None:
    """Each select-multiple's choices as columns of their own, right after it (as Kobo and
    Central export them): an analyst counts "chose water from a kiosk" without splitting."""
    out: list[Column] = []
    for column in table.columns:
        out.append(column)
        if column.type != "select_multiple":
            continue
        for value, labels in column.choices.items():
            said = {
                lang: f"{text}: {labels.get(lang) or next(iter(labels.values()), value)}"
                for lang, text in (column.labels or {"": column.name}).items()
            }
            out.append(
                Column(
                    f"{column.name}/{value}",
                    "int",
                    said,
                    {},
                    list(column.versions),
                    (column.name, value),
                )
            )
    table.columns = out
    table._names = table._chosen = None
    for child in table.children:
        _choice_columns(child)


def _merge(
    table: Table,
    elements: list[Element],
    prefix: str,
    full: str,
    form: _Reading,
    base: str,
    changes: Mapping,
) -> None:
    """``prefix``: the path within the table; ``full``: the same from the form's root."""
    known = {c.name: c for c in table.columns}
    table_full = full[: len(full) - len(prefix)]  # the table's own path from the root
    for el in elements:
        path = changes.renamed(form.version, full + el.name)
        key = path[len(table_full) :] if path.startswith(table_full) else prefix + el.name
        if el.kind == "repeat":
            child = next((t for t in table.children if t.repeat == key), None)
            if child is None:
                child = Table(f"{base}-{key.replace('/', '-')}", key, meta=list(REPEAT_META))
                table.children.append(child)
            _merge(child, el.children, "", path + "/", form, child.name, changes)
        elif el.kind == "group":
            _merge(table, el.children, key + "/", path + "/", form, base, changes)
        elif el.kind == "question" and (el.control or el.calculate or el.preload):
            column = known.get(key)
            kind = form.kinds.get(el.path) or _type(el)
            if column is None:
                column = Column(key, kind, _texts(el, form), calculated=bool(el.calculate))
                table.columns.append(column)
                known[key] = column
            elif column.type != kind:  # the versions disagree: what holds both
                column.type = "decimal" if {column.type, kind} == {"int", "decimal"} else "string"
            column.versions.append(form.version)
            recoded = changes.versions.get(form.version)
            gone = recoded.recodes.get(full + el.name, {}) if recoded else {}
            if el.choices is not None:
                for choice in el.choices.inline or form.form.choice_lists.get(
                    el.choices.instance_id or "", []
                ):
                    if choice.value not in gone:  # recoded: its new code is the choice
                        column.choices.setdefault(choice.value, _said(choice.label, form))


def _type(el: Element) -> str:
    if el.control == "select1":
        return "select_one"
    if el.control in ("select", "rank", "odk:rank"):
        return "select_multiple"
    return {"int": "int", "decimal": "decimal"}.get(el.data_type or "", el.data_type or "string")


def _texts(el: Element, form: _Reading) -> dict[str, str]:
    """A question's label in each language, as a person reads it: a ``${field}`` in it
    replaced by that field's own label in brackets (its name where it has none)."""
    return _said(el.label, form, el.path)


def _said(texts, form: _Reading, at: str = "") -> dict[str, str]:
    out = {}
    for lang, segments in (texts or {}).items():
        text = "".join(s if isinstance(s, str) else _named(s, form, lang, at) for s in segments)
        out[lang if lang != NO_LANGUAGE else (form.form.default_language or "")] = text
    return out


def _named(output: dict[str, str], form: _Reading, lang: str, at: str) -> str:
    path = path_named((output.get("output") or output.get("value") or "").strip(), at)
    el = form.by_path.get(path) if path else None
    if el is None:
        return "[…]"
    label: list = (
        el.label.get(lang) or el.label.get(NO_LANGUAGE) or next(iter(el.label.values()), [])
    )
    text = "".join(s for s in label if isinstance(s, str)).strip()
    return f"[{text or el.name}]"


@dataclass
class Source:
    """What one export reads: a form's published versions and the rows a person may see."""

    form_id: str
    versions: list[FormDefinition]
    site_id: int | None  # None: every site
    site: str | None = None
    state: str | None = None
    since: str | None = None
    after: tuple[str, str] | None = None  # (received at, uuid) of the last row of a page
    upto: tuple[str, str] | None = None  # the last row of a part (central_server.merged.parts)
    # resolved duplicates too, marked _duplicate_of (they are left out otherwise)
    with_duplicates: bool = False
    # (meta column, operator, value) all of which a row meets (OData's $filter): compared in
    # the database, so that "changed since yesterday" reads yesterday's rows only
    meeting: tuple[tuple[str, str, str], ...] = ()
    uuids: tuple[str, ...] = ()  # these submissions only (none: every one)


def source(
    conn: Connection,
    who: Principal,
    form_id: str,
    *,
    site: str | None = None,
    state: str | None = None,
    since: str | None = None,
    duplicates: str = "exclude",
) -> Source:
    """Check what is asked: a supervisor or clerk exports their own site only.
    ``duplicates``: ``exclude`` leaves resolved duplicates out (as the indicators always
    do), ``include`` keeps them, marked ``_duplicate_of``."""
    if who.role not in EXPORTERS:
        raise Forbidden(f"{a_role(who.role)} does not export datasets")
    if duplicates not in DUPLICATES:
        raise ExportRefused(f"duplicates: one of {', '.join(DUPLICATES)}, not '{duplicates}'")
    if state is not None and state not in review.STATES:
        raise ExportRefused(f"no review state '{state}': one of {', '.join(review.STATES)}")
    if since is not None:
        since = server_time(since, what="since")
    rows = conn.execute(
        select(forms.c.version).where(forms.c.form_id == form_id).order_by(forms.c.id.desc())
    ).all()
    if not rows:
        raise NotFound(f"form '{form_id}' is not published on this server")
    versions = [published_forms.model(conn, form_id, r[0]) for r in rows]
    site_id = None if who.all_sites else who.site_id
    if site is not None and not who.all_sites and site != who.site:
        raise Forbidden("a site's reviewer exports their own site only")
    return Source(
        form_id,
        versions,
        site_id,
        site=site,
        state=state,
        since=since,
        with_duplicates=duplicates == "include",
    )


def server_time(text: str, *, what: str) -> str:
    """A date or time to compare with the server's own (``_submitted_at``, ``_updated_at``):
    a time is written as the server writes its clock (UTC, milliseconds; without an offset:
    UTC), so that text order is time order; a date alone stays as it is, the start of its day.
    ExportRefused (naming ``what``) when it is neither."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return datetime.strptime(text, "%Y-%m-%d").date().isoformat()
        at = datetime.fromisoformat(text)
    except ValueError:
        raise ExportRefused(
            f"{what}: a date or time (2026-11-01, 2026-11-01T08:00:00Z), not '{text[:40]}'"
        ) from None
    at = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return at.astimezone(UTC).isoformat(timespec="milliseconds")


def submissions_of(
    conn: Connection, src: Source, *, files: bool = False
) -> Generator[tuple[dict, dict], None, None]:
    """(meta, answers) of the newest revision of each submission, a few hundred at a time;
    ``files``: with ``_files`` in the meta, the files its answers name (only the attachments
    need it: finding them costs a fifth of the reading)."""
    columns = [
        submissions.c.uuid,
        sites.c.name,
        submissions.c.enumerator,
        func.coalesce(func.nullif(devices.c.device_id, ""), devices.c.label),
        revisions.c.form_version,
        submissions.c.revision,
        submissions.c.created_at,
        submissions.c.updated_at,
        revisions.c.json_text,
        decisions.c.decision,
        decisions.c.level,
        decisions.c.revision,
        revisions.c.paper,
        submissions.c.created_on_device,
    ]
    if files:
        columns += [revisions.c.attachment_names, revisions.c.attachments, submissions.c.site_id]
    query = (
        select(*columns)
        .select_from(review.reviewed((devices, devices.c.id == submissions.c.device)))
        .order_by(submissions.c.created_at, submissions.c.uuid)
    )
    query = _chosen(query, src)
    if src.after is not None:
        query = query.where(tuple_(submissions.c.created_at, submissions.c.uuid) > src.after)
    if src.upto is not None:
        query = query.where(tuple_(submissions.c.created_at, submissions.c.uuid) <= src.upto)
    # Closed however the reading ends (a page that stops early: close this generator): an
    # open statement would hold its connection's snapshot once back in the pool.
    # the resolved duplicates and what they duplicate: a few, read before the rows stream
    marked = duplicates.duplicate_of(conn) if src.with_duplicates else {}
    result = conn.execution_options(stream_results=True, yield_per=500).execute(query)
    try:
        yield from _with_meta(conn, result, files, marked)
    finally:
        result.close()


def _with_meta(
    conn: Connection, result, files: bool, marked: dict[str, str]
) -> Iterator[tuple[dict, dict]]:
    """Each row's meta and answers; ``_kept`` in the meta: its values kept as written on the
    paper (as_written.standing), which ``_as_written`` says in words; ``_duplicate_of``: the
    submission kept in its place (``marked``)."""
    for rows in result.partitions():
        # the confirmations of the few keyed from paper with a value kept as written
        flagged = {r[0] for r in rows if as_written.written(r[12])}
        confirmed = as_written.confirmations(conn, flagged) if flagged else {}
        checked = _flag_rules(conn, [r[0] for r in rows])
        for row in rows:
            data = read_json(row[8])
            meta = _meta(row, files)
            kept = []
            if row[0] in flagged and isinstance(data, dict):
                kept = as_written.standing(row[12], data, confirmed.get(row[0], {}))
            meta["_kept"] = kept
            meta["_as_written"] = as_written.described(kept) or None
            meta["_duplicate_of"] = marked.get(row[0])
            meta["_flags"] = checked.get(row[0])
            yield meta, data


def _flag_rules(conn: Connection, uuids: list[str]) -> dict[str, str]:
    """The rules that flagged each of these submissions, by name, space-separated."""
    said: dict[str, list[str]] = {}
    for uuid, rule in conn.execute(
        select(flags.c.uuid, flags.c.rule).where(flags.c.uuid.in_(uuids)).order_by(flags.c.id)
    ):
        if rule not in said.setdefault(uuid, []):
            said[uuid].append(rule)
    return {uuid: " ".join(rules) for uuid, rules in said.items()}


# Tables beside the form's own in every export (issue 26): what the checks found, and the
# audit logs' events, of the submissions exported.
EXTRA_TABLES = {
    "flags": ["_uuid", "rule", "check", "reason", "details"],
    "paradata": [
        "_uuid",
        "row",
        "event",
        "node",
        "question",
        "start",
        "end",
        "duration_ms",
        "latitude",
        "longitude",
        "accuracy",
        "old_value",
        "new_value",
        "user",
        "change_reason",
    ],
}


NUMBERS = {"row", "start", "end", "duration_ms"}  # milliseconds since 1970, and counts


def extra_rows(conn: Connection, src: Source, name: str) -> Generator[list, None, None]:
    """The rows of an extra table for the submissions ``src`` exports."""
    if name == "flags":
        query = (
            select(flags.c.uuid, flags.c.rule, flags.c.check, flags.c.reason, flags.c.details)
            .select_from(review.reviewed((flags, flags.c.uuid == submissions.c.uuid)))
            .where(flags.c.id.is_not(None))
            .order_by(submissions.c.created_at, submissions.c.uuid, flags.c.id)
        )
    else:
        e = paradata_events.c
        query = (
            select(
                e.uuid, e.row, e.event, e.node, e.question, e.start_ms, e.end_ms,
                e.duration_ms, e.latitude, e.longitude, e.accuracy, e.old_value,
                e.new_value, e.user, e.change_reason,
            )
            .select_from(review.reviewed((paradata_events, e.uuid == submissions.c.uuid)))
            .where(e.id.is_not(None))
            .order_by(submissions.c.created_at, submissions.c.uuid, e.row)
        )  # fmt: skip
    result = conn.execution_options(stream_results=True, yield_per=2000).execute(
        _chosen(query, src)
    )
    try:
        for row in result:
            values = list(row)
            if name == "flags":
                values[4] = json.dumps(values[4], ensure_ascii=False, sort_keys=True)
            yield values
    finally:
        result.close()


def _extra_files(conn: Connection, src: Source, fmt: str, out: Path) -> None:
    """The extra tables into an export's zip: CSV for CSV, Parquet for Parquet, Stata or
    SPSS files for those."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".extra-") as tmp:
        written: list[tuple[Path, str]] = []
        for name, header in EXTRA_TABLES.items():
            rows = list(extra_rows(conn, src, name))
            path = Path(tmp) / f"{name}.{fmt}"
            if fmt == "csv":
                path.write_text(_csv_text([header, *rows]), encoding="utf-8")
            else:
                columns = list(zip(*rows, strict=True)) if rows else [() for _ in header]
                table = pa.table(
                    {
                        h: pa.array(
                            [
                                None if v is None else str(v) if not isinstance(v, int) else v
                                for v in c
                            ]
                            if h not in ("row", "start", "end", "duration_ms")
                            else list(c),
                            type=pa.int64()
                            if h in ("row", "start", "end", "duration_ms")
                            else pa.string(),
                        )
                        for h, c in zip(header, columns, strict=True)
                    }
                )
                if fmt == "parquet":
                    pq.write_table(table, path)
                else:
                    import pyreadstat

                    frame = table.to_pandas()
                    for h in header:
                        if h in NUMBERS:
                            frame[h] = pd.to_numeric(frame[h]).astype("float64")
                        else:  # Stata's strings are at most 2,045 bytes
                            frame[h] = frame[h].fillna("").astype(object).str.slice(0, 2000)
                    # named as the main table's are there: _uuid is v_uuid in both
                    frame.columns = [h if h[:1].isalpha() else "v" + h for h in header]
                    writer = pyreadstat.write_dta if fmt == "dta" else pyreadstat.write_sav
                    writer(frame, str(path))
            written.append((path, f"{name}.{fmt}"))
        with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as z:
            for path, inside in written:
                z.write(path, inside)


def _meta(row, files: bool) -> dict:
    """A row's meta columns (and, with ``files``, the files its answers name)."""
    meta = {
        "_key": row[0],
        "_uuid": row[0],
        "_site": row[1],
        "_enumerator": row[2],
        "_device": row[3] or "",
        "_form_version": row[4],
        "_revision": row[5],
        "_review_state": review.state_of(row[5], row[9], row[10], row[11]),
        "_submitted_at": row[6],
        "_updated_at": row[7],
        "_created_on_device": row[13],
    }
    paper = row[12] or {}
    for column, name in PAPER.items():
        meta[column] = paper.get(name) or None
    if files:  # the files its answers name -> their SHA-256
        meta["_files"] = dict(row[14] or {}) or named_files(row[8], list(row[15] or []))
        meta["_site_id"] = row[16]
    return meta


def table_rows(main: Table, meta: dict, data: dict) -> list[tuple[Table, list]]:
    """Every row one submission gives: its main row, then its repeat entries' rows (a list
    filled in place, not generators within generators: the loop a million households' rows
    go through)."""
    out: list[tuple[Table, list]] = []
    _rows(main, [meta.get(m) for m in main.meta_names()], meta["_key"], data, out)
    return out


def _rows(table: Table, row: list, key: str, data: dict, out: list) -> None:
    # a comprehension, not an append a cell
    row += [v if type(v) not in _COMPOUND else _cell(v) for v in map(data.get, table.names())]
    for question, places in table.chosen():
        answer = data.get(question)
        if answer is None or answer == "" or answer == []:
            continue  # unanswered: its choices' columns stay empty
        chosen = {str(c) for c in answer} if isinstance(answer, list) else set(str(answer).split())
        for at, choice in places:
            row[at] = 1 if choice in chosen else 0
    out.append((table, row))
    for child in table.children:
        entries = data.get(child.repeat)
        if not entries:
            continue
        if child.children or child.chosen():
            for i, entry in enumerate(entries, 1):
                if type(entry) is dict:
                    inner = f"{key}/{child.repeat}[{i}]"
                    _rows(child, [inner, key, i], inner, entry, out)
            continue
        # a roster with nothing inside it (its members): their rows made here, not a call
        # each — the loop seven million rows go through
        names = child.names()
        for i, entry in enumerate(entries, 1):
            if type(entry) is dict:
                member = [f"{key}/{child.repeat}[{i}]", key, i]
                member += [
                    v if type(v) not in _COMPOUND else _cell(v) for v in map(entry.get, names)
                ]
                out.append((child, member))


_COMPOUND = (list, dict)


def _cell(value: object) -> object:
    if isinstance(value, list):  # a select_multiple's choices
        return " ".join(map(str, value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def codebook(
    main: Table, languages: list[str], notes: cells.Notes | None = None
) -> Iterator[list[str]]:
    """Every column of every table: its type, label and choices in each form language, the
    versions that have it, and ``notes``: which of its values the format had to change, and
    how (form_engine.cells)."""
    notes = notes or cells.Notes()
    yield [
        "table",
        "column",
        "type",
        *[f"label::{lang}" for lang in languages],
        "choices",
        "versions",
        "notes",
    ]

    def walk(table: Table) -> Iterator[list[str]]:
        for name, kind in table.meta:
            said = notes.of(table.name, name)
            described = META_LABELS.get(name, "") if not table.repeat else ""
            yield [table.name, name, kind, *[described for _ in languages], "", "", said]
        for c in table.columns:
            choices = "; ".join(
                f"{value}={_label(labels, languages)}" for value, labels in c.choices.items()
            )
            if c.of:
                choices = f"1=chosen; 0=not chosen (in {c.of[0]}); empty: {c.of[0]} unanswered"
            labels = [c.labels.get(lang, "") for lang in languages]
            said = notes.of(table.name, c.name)
            yield [table.name, c.name, c.type, *labels, choices, " ".join(c.versions), said]
        for child in table.children:
            yield from walk(child)

    yield from walk(main)


def _label(labels: dict[str, str], languages: list[str]) -> str:
    for lang in languages:
        if labels.get(lang):
            return labels[lang]
    return next(iter(labels.values()), "")


def all_tables(main: Table) -> list[Table]:
    out = [main]
    for child in main.children:
        out += all_tables(child)
    return out


def export(
    conn: Connection,
    src: Source,
    fmt: str,
    out: Path,
    *,
    language: str | None = None,
    changes: Mapping | None = None,
    attachments: bool = False,
    progress: Callable[[int], None] | None = None,
    helpers: int | None = None,
    raw: bool = False,
    scratch: Path | None = None,
) -> dict[str, int]:
    """Write the merged dataset; returns the rows written per table. ``language``: the form
    language of Stata's and SPSS's variable and value labels (the form's default);
    ``changes``: fields renamed and recoded between versions (central_server.merged.mapping);
    ``progress``: told how many submissions were read, every 500; ``helpers``: processes
    reading parts of a big dataset beside this one (central_server.merged.parts; None: as many as
    the machine's cores allow); ``raw``: CSV text as typed, without the ``'`` that keeps a
    spreadsheet from running an answer as a formula (form_engine.cells). What a format
    had to change of a value is counted in the codebook's notes and the log. ``scratch``:
    where the parts are written meanwhile (the answers in them are respondents': beside
    the export, in a folder only the server reads, never the machine's shared /tmp)."""
    if fmt not in FORMATS:
        raise ExportRefused(f"no export format '{fmt}': one of {', '.join(FORMATS)}")
    if attachments and fmt == "xlsx":
        raise ExportRefused("attachments go in a zip: export as csv, parquet, dta or sav")
    changes = changes or Mapping()
    main = layout(src.form_id, src.versions, changes)
    languages = _languages(src.versions)
    tables = all_tables(main)
    counts = {t.name: 0 for t in tables}
    notes = cells.Notes()
    if fmt == "xlsx":  # one workbook, written by one process
        rows = _rows_of(conn, src, main, changes, progress)
        extras = [
            (name, header, extra_rows(conn, src, name)) for name, header in EXTRA_TABLES.items()
        ]
        _xlsx(tables, rows, counts, notes, lambda: codebook(main, languages, notes), out, extras)
    else:  # each part's files, then put end to end
        wanted = parts.parts_wanted() if helpers is None else helpers + 1
        pieces = split(conn, src, wanted)
        kind = "csv-raw" if fmt == "csv" and raw else "csv" if fmt == "csv" else "parquet"
        opened: dict[str, _ArrowFiles] = {}  # the first part's files, left open (this process)
        with tempfile.TemporaryDirectory(dir=scratch, prefix="export-") as tmp:
            try:
                written = parts.run(
                    conn, pieces, _write_part, kind, changes, tmp, opened, progress=progress
                )
                for part, noted in written:
                    for name, n in part.items():
                        counts[name] += n
                    notes.merge(dict(noted))
                folders = [Path(tmp) / str(i) for i in range(len(pieces))]
                if fmt == "csv":
                    _csv_zip(tables, folders, codebook(main, languages, notes), out)
                elif fmt == "parquet":
                    _parquet_zip(opened["0"], folders, codebook(main, languages, notes), out)
                else:
                    lang = _pick_language(language, languages)
                    staged = Path(tmp) / "staged.zip"
                    _parquet_zip(opened["0"], folders, codebook(main, languages), staged)
                    _statistical(
                        fmt,
                        tables,
                        staged,
                        lang,
                        lambda: codebook(main, languages, notes),
                        out,
                        notes,
                    )
            finally:
                for files in opened.values():
                    files.close()  # a failed export's too: the folder is then removed
        _extra_files(conn, src, fmt, out)
    for line in notes.lines():  # counts and columns only: never a value
        log.info("export of %s as %s: %s", src.form_id, fmt, line)
    if attachments:
        counts["attachments"] = _attachments(conn, src, out)
    return counts


def _rows_of(
    conn: Connection,
    src: Source,
    main: Table,
    changes: Mapping,
    progress: Callable[[int], None] | None,
) -> Iterator[tuple[Table, list]]:
    return (
        (table, row)
        for meta, data in _counted(submissions_of(conn, src), progress)
        for table, row in table_rows(main, meta, changes.apply(meta["_form_version"], data))
    )


FIRST_SHARE = 0.48  # of two parts, the first's share (see split)
PART_AT_LEAST = 50_000  # submissions below which one process reads them all (a helper
# process takes about a second to start)


def split(conn: Connection, src: Source, wanted: int) -> list[Source]:
    """``src`` cut into ``wanted`` consecutive ranges of about as many submissions each, in
    the order they are read; one range when there are too few to be worth it."""
    if wanted < 2:
        return [src]
    count = to_read(conn, src)
    if count < PART_AT_LEAST:
        return [src]
    order = (submissions.c.created_at, submissions.c.uuid)
    query = _chosen(select(*order).select_from(review.reviewed()), src).order_by(*order)
    if src.after is not None:
        query = query.where(tuple_(*order) > src.after)
    pieces, after = [], src.after
    # the first part a little smaller: its process also adds the others' rows to the files
    first = int(count * FIRST_SHARE * 2 / wanted)
    cuts = [first + (count - first) * (k - 1) // (wanted - 1) for k in range(1, wanted)]
    for cut in cuts:
        row = conn.execute(query.offset(max(cut, 1) - 1).limit(1)).first()
        if row is None or (after is not None and (row[0], row[1]) <= after):
            break  # fewer than counted (changed meanwhile): fewer parts
        pieces.append(replace(src, after=after, upto=(row[0], row[1])))
        after = (row[0], row[1])
    pieces.append(replace(src, after=after, upto=src.upto))
    return pieces


def _write_part(
    conn: Connection,
    piece: Source,
    index: int,
    kind: str,
    changes: Mapping,
    tmp: str,
    opened: dict[str, _ArrowFiles],
    *,
    progress: Callable[[int], None] | None = None,
) -> tuple[dict[str, int], list]:
    """One part's tables as files of ``kind`` (csv, csv-raw: without the header but in the
    first; parquet: see :class:`_ArrowFiles`) in ``tmp``/``index``; the rows written per
    table, and what was changed (:class:`form_engine.cells.Notes`, as plain data). The
    first part's Parquet files are left open in ``opened``, for the others to be added to
    (the first part is read by the process that asked: ``opened`` is its own)."""
    folder = Path(tmp) / str(index)
    folder.mkdir()
    main = layout(piece.form_id, piece.versions, changes)
    tables = all_tables(main)
    counts = {t.name: 0 for t in tables}
    notes = cells.Notes()
    rows = _rows_of(conn, piece, main, changes, progress)
    if kind.startswith("csv"):
        raw = kind == "csv-raw"
        _csv_files(tables, rows, counts, folder, header=index == 0, raw=raw, notes=notes)
    else:
        files = _ArrowFiles(tables, folder, parquet=index == 0)
        if index == 0:
            opened["0"] = files
        try:
            _arrow_files(files, tables, rows, counts)
        finally:
            if index != 0:
                files.close()
    return counts, notes.plain()


def browse(conn: Connection, src: Source, *, limit: int = 100, language: str | None = None) -> dict:
    """One page of the merged dataset's main table, for reading on screen: the columns with
    their labels, choices shown by their labels, a roster by its number of entries; ``next``
    continues after the page's last row ("" at the end; read it with ``page_key``)."""
    main = layout(src.form_id, src.versions)
    lang = _pick_language(language, _languages(src.versions))
    rows: list[list] = []
    sealed: list[str] = []
    last: tuple[str, str] | None = None
    more = False
    with closing(submissions_of(conn, src)) as found:
        for meta, data in found:
            if len(rows) == limit:
                more = True
                break
            rows.append(_shown_row(main, lang, meta, data))
            if SEALED in data:
                sealed.append(meta["_uuid"])
            last = (meta["_submitted_at"], meta["_uuid"])
    columns = [{"name": m, "label": m} for m, _ in main.meta]
    # a calculation has no label: its own name, not its path
    columns += [
        {"name": c.name, "label": _label(c.labels, [lang]) or c.name.rsplit("/", 1)[-1]}
        for c in main.columns
        if not c.of  # on screen a select-multiple shows its choices by their labels
    ]
    columns += [{"name": child.repeat, "label": child.repeat} for child in main.children]
    token = ""
    if more and last is not None:
        token = base64.urlsafe_b64encode(json.dumps(last).encode()).decode()
    # ODK-encrypted submissions: their answers are opened on the reader's machine only
    return {"columns": columns, "rows": rows, "next": token, "sealed": sealed}


def sealed_submission(conn: Connection, src: Source, uuid: str) -> dict:
    """An ODK-encrypted submission as it came (its newest revision): what it says of itself
    and its encrypted files, for whoever holds the form's private key to open elsewhere.
    NotFound for one outside ``src`` (another site's, another form's) as for none."""
    query = (
        select(
            revisions.c.json_text,
            revisions.c.attachment_names,
            revisions.c.form_version,
            submissions.c.site_id,
        )
        .select_from(
            submissions.join(
                revisions,
                (revisions.c.uuid == submissions.c.uuid)
                & (revisions.c.revision == submissions.c.revision),
            )
        )
        .where(submissions.c.uuid == uuid, submissions.c.form_id == src.form_id)
    )
    if src.site_id is not None:
        query = query.where(submissions.c.site_id == src.site_id)
    row = conn.execute(query).first()
    data = json.loads(row[0]) if row is not None else {}
    envelope = data.get(SEALED) if isinstance(data, dict) else None
    encrypted = row is not None and any(
        v.version == row[2] and v.public_key for v in src.versions
    )  # a form that is not encrypted has no sealed submission, whatever its JSON says
    if row is None or not isinstance(envelope, dict) or not encrypted:
        raise NotFound(f"no encrypted submission {uuid} of form '{src.form_id}' here")
    names = dict(row[1] or {})
    files = {}
    for name in [*envelope.get("media", []), envelope.get("xml", "")]:
        sha = names.get(name)
        chunks = uploads.site_file(conn, sha, row[3]) if sha is not None else None
        if chunks is None:
            continue  # not arrived (yet), or not its site's: said by its absence
        files[name] = base64.b64encode(b"".join(chunks)).decode()
    return {
        "uuid": uuid,
        "form_version": row[2],
        "instance_id": str(data.get("meta/instanceID", "")),
        "deprecated_id": str(data.get("meta/deprecatedID", "")),
        "envelope": envelope,
        "files": files,
    }


def page_key(token: str) -> tuple[str, str]:
    """The row a ``next`` token continues after; ExportRefused when it is not one."""
    try:
        submitted, uuid = json.loads(base64.urlsafe_b64decode(token.encode()))
        if isinstance(submitted, str) and isinstance(uuid, str):
            return submitted, uuid
    except (ValueError, TypeError, UnicodeError):
        pass
    raise ExportRefused("'after' is the 'next' of the page before", code="bad_page_key", status=422)


def _shown_row(main: Table, lang: str, meta: dict, data: dict) -> list:
    row = [meta.get(m) for m, _ in main.meta]
    for column in main.columns:
        if column.of:
            continue
        value = data.get(column.name)
        if column.choices and value is not None:
            codes = value if isinstance(value, list) else str(value).split()
            value = ", ".join(
                _label(column.choices.get(str(c), {}), [lang]) or str(c) for c in codes
            )
        row.append(_cell(value))
    row += [len(data.get(child.repeat) or []) for child in main.children]
    return row


def _counted(
    items: Iterator[tuple[dict, dict]], progress: Callable[[int], None] | None
) -> Iterator[tuple[dict, dict]]:
    n = 0
    for item in items:
        yield item
        n += 1
        if progress is not None and n % 500 == 0:
            progress(n)
    if progress is not None:
        progress(n)


OPERATORS = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
}


# the meta columns a Source's ``meeting`` compares, as the database holds them
def _review_state():
    """A submission's review state as the database works it out, from its newest decision
    (``decisions`` joined through review.newest_decisions)."""
    return review.state_sql(
        submissions.c.revision,
        decisions.c.decision,
        decisions.c.level,
        decisions.c.revision,
        None,  # what the checks refused is in no export
    )


_MEETING = {
    "_submitted_at": lambda: submissions.c.created_at,
    "_updated_at": lambda: submissions.c.updated_at,
    "_review_state": _review_state,
}


def _state_is(state: str):
    return _review_state() == state


def to_read(conn: Connection, src: Source) -> int:
    """How many submissions an export reads."""
    query = select(func.count()).select_from(review.reviewed())
    return int(conn.execute(_chosen(query, src)).scalar_one())


def _chosen(query, src: Source):
    """``query`` over review.reviewed() narrowed to what ``src`` exports."""
    # what the server's checks refused (it breaks the form's rules) is not data yet
    query = query.where(
        submissions.c.form_id == src.form_id,
        submissions.c.status.notin_(("conflict", "rejected")),
    )
    if src.site_id is not None:
        query = query.where(submissions.c.site_id == src.site_id)
    if src.site is not None:
        query = query.where(sites.c.name == src.site)
    if src.since is not None:
        query = query.where(submissions.c.updated_at >= src.since)
    if src.state is not None:
        query = query.where(_state_is(src.state))
    if src.uuids:
        query = query.where(submissions.c.uuid.in_(src.uuids))
    for column, op, value in src.meeting:
        compared = _MEETING[column]() if column in _MEETING else None
        if compared is None or op not in OPERATORS:
            raise ExportRefused(f"{column} {op} cannot be compared")
        query = query.where(OPERATORS[op](compared, value))
    if not src.with_duplicates:
        query = query.where(
            submissions.c.uuid.not_in(select(duplicates.standing().subquery().c.uuid))
        )
    return query


def _attachments(conn: Connection, src: Source, out: Path) -> int:
    """The files the answers name, beside the tables: ``attachments/<uuid>/<field>-<file>``,
    copied a chunk at a time from the database. A file never received whole is left out
    (the codebook's table says which answer named it)."""
    written = 0
    with zipfile.ZipFile(out, "a", zipfile.ZIP_STORED) as z:
        for meta, data in submissions_of(conn, src, files=True):
            files = meta["_files"]
            if not files:
                continue
            flat = review.flatten(data)
            for name, sha in files.items():
                chunks = uploads.site_file(conn, sha, meta["_site_id"])
                if chunks is None:  # not received whole, or not from the submission's site
                    continue
                field_ = next((k for k, v in flat.items() if v == name), "file")
                safe = re.sub(r"[^A-Za-z0-9_.\[\]-]", "_", f"{field_}-{name}")
                # a uuid is the sender's text: never a path out of the folder when unzipped
                folder = re.sub(r"[^A-Za-z0-9_-]", "_", meta["_uuid"]) or "_"
                with z.open(f"attachments/{folder}/{safe}", "w") as fh:
                    for chunk in chunks:
                        fh.write(chunk)
                written += 1
    return written


def named_files(json_text: str, hashes: list[str]) -> dict[str, str]:
    """A Daftari client names a file by its hash ("<sha256>.jpg"): find each in the answers."""
    names = {}
    for value in re.findall(r'"([0-9a-f]{64}[^"]*)"', json_text):
        if value[:64] in hashes:
            names[value] = value[:64]
    return names


def _pick_language(wanted: str | None, languages: list[str]) -> str:
    if wanted is None:
        return languages[0]
    for lang in languages:
        if lang == wanted or lang.lower().startswith(wanted.lower()) or f"({wanted})" in lang:
            return lang
    raise ExportRefused(f"the form has no language '{wanted}': {', '.join(languages)}")


def _statistical(
    fmt: str, tables, staged: Path, lang: str, book, out: Path, notes: cells.Notes
) -> None:
    """Stata .dta or SPSS .sav, with variable labels and value labels in ``lang``
    (pyreadstat). Names are made what the packages allow (Stata: 32 characters, letters,
    digits, _); the codebook says which answer each name holds. pyreadstat writes whole
    frames, so a table of more than PART_ROWS rows is written in parts (``members-1.dta``,
    ``members-2.dta``…, the same variables and labels: ``append`` in Stata, ADD FILES in
    SPSS): memory stays that of one part, whatever the size of the dataset."""
    import pandas as pd
    import pyarrow.parquet as pq
    import pyreadstat

    longest = 32 if fmt == "dta" else 64
    mapping: dict[tuple[str, str], str] = {}
    codes: dict[tuple[str, str], str] = {}
    written: list[str] = []
    with (
        tempfile.TemporaryDirectory(dir=staged.parent, prefix="package-") as tmp,
        zipfile.ZipFile(staged) as z,
    ):
        for t in tables:
            z.extract(f"{t.name}.parquet", tmp)
            names = _package_names(t, longest)
            for original, name in zip(t.header(), names, strict=True):
                mapping[(t.name, original)] = name
            labels: dict[str, str] = {
                mapping[(t.name, m)]: (as_written.SHORT if m == "_as_written" else META_LABELS[m])[
                    :80
                ]
                for m, _ in t.meta
                if m in META_LABELS and not t.repeat
            }
            values: dict[str, dict[int | float, str]] = {}
            recode: dict[str, dict[str, int]] = {}
            formats: dict[str, str] = {
                mapping[(t.name, m)]: "%12.0g" if fmt == "dta" else "F12.0"
                for m, kind in t.meta
                if kind == "int"
            }
            measures: dict[str, str] = {
                mapping[(t.name, m)]: "scale" for m, kind in t.meta if kind == "int"
            }
            by_name = {c.name: c for c in t.columns}
            for c in t.columns:
                name = mapping[(t.name, c.name)]
                labels[name] = _package_label(c, by_name, lang)
                if c.type == "int" or c.type == "select_one":
                    formats[name] = "%12.0g" if fmt == "dta" else "F12.0"
                if c.type in ("int", "decimal"):
                    measures[name] = "nominal" if c.of else "scale"
                if c.type != "select_one" or not c.choices:
                    continue
                measures[name] = "nominal"
                # A choice is a number with its label, as the packages want categories:
                # the choice's own number where choices are numbers (the codes on the
                # paper), else 1, 2, 3… in the form's order (the codebook lists them).
                numbered = all(_is_int(v) for v in c.choices)
                recode[name] = {v: int(v) if numbered else i for i, v in enumerate(c.choices, 1)}
                values[name] = {
                    recode[name][v]: (ls.get(lang) or next(iter(ls.values()), v))[:80]
                    for v, ls in c.choices.items()
                }
                if not numbered:
                    codes[(t.name, c.name)] = "; ".join(f"{n}={v}" for v, n in recode[name].items())
            parquet = pq.ParquetFile(Path(tmp) / f"{t.name}.parquet")
            parts = max(1, -(-parquet.metadata.num_rows // PART_ROWS))
            batches = (
                parquet.iter_batches(batch_size=PART_ROWS) if parquet.metadata.num_rows else [None]
            )
            for n, batch in enumerate(batches, 1):
                if batch is None:
                    frame = parquet.schema_arrow.empty_table().to_pandas()
                else:
                    frame = batch.to_pandas()
                frame.columns = names
                for name, code in recode.items():
                    frame[name] = pd.to_numeric(frame[name].map(code), errors="coerce")
                _fit_texts(fmt, frame, t, names, notes)
                file = f"{t.name}.{fmt}" if parts == 1 else f"{t.name}-{n}.{fmt}"
                said: list[str | None] = [labels.get(x, "") for x in names]
                if fmt == "sav":
                    pyreadstat.write_sav(
                        frame,
                        str(Path(tmp) / file),
                        column_labels=said,
                        variable_value_labels=values or None,
                        variable_format=formats or None,
                        variable_measure=measures or None,
                    )
                else:
                    pyreadstat.write_dta(
                        frame,
                        str(Path(tmp) / file),
                        column_labels=said,
                        variable_value_labels=values or None,
                        variable_format=formats or None,
                    )
                written.append(file)
                del frame
            (Path(tmp) / f"{t.name}.parquet").unlink()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for file in written:
                zout.write(Path(tmp) / file, file)
            lines = list(book())
            lines[0] = [*lines[0], f"name_in_{fmt}", f"codes_in_{fmt}"]
            for line in lines[1:]:
                line.append(mapping.get((line[0], line[1]), ""))
                line.append(codes.get((line[0], line[1]), ""))
            zout.writestr("codebook.csv", _csv_text(lines))


def _package_label(c: Column, by_name: dict[str, Column], lang: str) -> str:
    """A variable's label in ``lang``, within the 80 characters Stata keeps; a choice's
    column keeps its choice whole and shortens the question before it."""
    if not c.of:
        return _label(c.labels, [lang])[:80]
    question = by_name.get(c.of[0])
    choice = _label(question.choices.get(c.of[1], {}), [lang]) if question else c.of[1]
    choice = (choice or c.of[1])[:60]
    asked = _label(question.labels, [lang]) if question else c.of[0]
    room = 80 - len(choice) - 2
    asked = asked if len(asked) <= room else asked[: room - 1] + "…"
    return f"{asked}: {choice}"


def _fit_texts(fmt: str, frame, table: Table, names: list[str], notes: cells.Notes) -> None:
    """Text columns as the package holds them. A missing text is "" (Stata's own missing
    string; a None beside a long text makes a file neither Stata nor pyreadstat can read; a
    column no row answers stays text, so two exports of a form append in SPSS).
    SPSS: at most 32,767 bytes a value (cut at a character's end). Both end a text at a NUL:
    written as ␀. Each change counted in the notes."""
    import pandas as pd

    for name, original, kind in zip(names, table.header(), table.types(), strict=True):
        if kind in _TYPED or not pd.api.types.is_string_dtype(frame[name].dtype):
            continue
        values = frame[name].tolist()
        cut = nul = 0
        for i, value in enumerate(values):
            if not isinstance(value, str):
                values[i] = ""  # a text column stays text, though no row has a value
                continue
            if "\x00" in value:
                value = values[i] = value.replace("\x00", "\u2400")
                nul += 1
            if fmt == "sav" and len(value) > cells.SAV_LONGEST // 4:
                values[i], was_cut = cells.sav_text(value)
                cut += was_cut
        frame[name] = values
        if cut:
            notes.add(table.name, original, cells.CUT_SAV, cut)
        if nul:
            notes.add(table.name, original, cells.NUL, nul)


def _package_names(table: Table, longest: int) -> list[str]:
    """Names Stata and SPSS accept, unique in their table: the answer's own name where it
    can be ("dwellings/n_dwellings" -> n_dwellings; a choice's column: question_choice)."""
    import re

    out: list[str] = []
    wanted = [m for m, _ in table.meta] + [
        f"{c.of[0].rsplit('/', 1)[-1]}_{c.of[1]}" if c.of else c.name.rsplit("/", 1)[-1]
        for c in table.columns
    ]
    for original in wanted:
        base = re.sub(r"[^A-Za-z0-9_]", "_", original) or "v"
        if not re.match(r"[A-Za-z]", base):
            base = "v" + base
        base = base[:longest]
        name, n = base, 1
        while name.lower() in {x.lower() for x in out}:
            n += 1
            name = f"{base[: longest - len(str(n)) - 1]}_{n}"
        out.append(name)
    return out


def _is_int(text: str) -> bool:
    try:
        int(text)
    except ValueError:
        return False
    return True


def _languages(versions: list[FormDefinition]) -> list[str]:
    out: list[str] = []
    for form in versions:
        for lang in form.languages or [form.default_language or ""]:
            if lang not in out:
                out.append(lang)
    return out or [""]


def _csv_files(
    tables, rows, counts, folder: Path, *, header: bool, raw: bool, notes: cells.Notes
) -> None:
    # the first part begins with a BOM: Excel then reads Arabic and Ethiopic as UTF-8
    # (pandas, R and Stata's import read past it)
    files = {
        t.name: open(
            folder / f"{t.name}.csv", "w", newline="", encoding="utf-8-sig" if header else "utf-8"
        )
        for t in tables
    }
    headers = {t.name: t.header() for t in tables}
    try:
        writers = {name: csv.writer(fh) for name, fh in files.items()}
        for t in tables if header else ():
            writers[t.name].writerow(t.header())
        for table, row in rows:
            if raw:
                writers[table.name].writerow(["" if v is None else v for v in row])
            else:
                writers[table.name].writerow(
                    cells.csv_row(row, headers[table.name], table.name, notes)
                )
            counts[table.name] += 1
    finally:
        for fh in files.values():
            fh.close()


def _csv_zip(tables, folders: list[Path], book, out: Path) -> None:
    """The parts' files end to end, one a table, in a zip with the codebook."""
    first, *others = folders
    for t in tables:
        if others:
            with open(first / f"{t.name}.csv", "ab") as whole:
                for folder in others:
                    with open(folder / f"{t.name}.csv", "rb") as part:
                        shutil.copyfileobj(part, whole, 1 << 20)
                    (folder / f"{t.name}.csv").unlink()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for t in tables:
            z.write(first / f"{t.name}.csv", f"{t.name}.csv")
        z.writestr("codebook.csv", _csv_text(book))


def _csv_text(lines) -> str:
    """The codebook as CSV (its labels are the form's: guarded as answers are), with a BOM
    as the tables."""
    buf = io.StringIO()
    buf.write("\ufeff")
    csv.writer(buf).writerows(cells.csv_plain(line) for line in lines)
    return buf.getvalue()


def _xlsx(
    tables, rows, counts, notes: cells.Notes, book: Callable[[], Iterator], out, extras=()
) -> None:
    """``book``: the codebook's lines, asked for once every row is written (its notes say
    what the rows needed)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    sheets: dict[str, Any] = {}
    taken: list[str] = []
    headers = {t.name: t.header() for t in tables}

    def new_sheet(t: Table, part: int) -> Any:
        name = t.name if part == 1 else f"{t.name} ({part})"
        sheet = wb.create_sheet(_sheet_name(name, taken))
        taken.append(sheet.title)
        sheet.append(t.header())
        return sheet

    def texts(sheet, row: list, table: str | None, header: list[str] | None) -> list:
        """Every text a text cell: never a formula, never an error value, never refused."""
        for i, value in enumerate(row):
            if type(value) is not str:
                continue
            text, changed = cells.xlsx_text(value)
            if table is not None and header is not None:
                for what in changed:
                    notes.add(table, header[i], what)
            if cells.needs_text_cell(text):
                cell = WriteOnlyCell(sheet, value=text)
                cell.data_type = "s"
                row[i] = cell
            else:
                row[i] = text
        return row

    # numbers and days as Excel's own (summed, sorted, filtered as such), not as text
    typed = {
        t.name: [(i, converter(k)) for i, k in enumerate(t.types()) if k in _TYPED] for t in tables
    }
    for t in tables:
        sheets[t.name] = new_sheet(t, 1)
    for table, row in rows:
        row = list(row)
        for i, convert in typed[table.name]:
            value = row[i]
            if type(value) is str:  # what does not read as its type stays as it came
                found = convert(value)
                row[i] = value if found is None else found
        n = counts[table.name]
        if n and n % SHEET_ROWS == 0:  # Excel's limit: the table goes on in another sheet
            sheets[table.name] = new_sheet(table, n // SHEET_ROWS + 1)
        sheet = sheets[table.name]
        sheet.append(texts(sheet, row, table.name, headers[table.name]))
        counts[table.name] += 1
    for name, header, extra in extras:
        sheet = wb.create_sheet(_sheet_name(name, taken))
        taken.append(sheet.title)
        sheet.append(header)
        for row in extra:
            sheet.append(texts(sheet, list(row), None, None))
    cb = wb.create_sheet("codebook")
    for line in book():
        cb.append(texts(cb, list(line), None, None))
    wb.save(out)


def _sheet_name(name: str, taken: list[str]) -> str:
    base = "".join(c for c in name if c not in "[]:*?/\\")[:31]
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base[: 31 - len(str(n)) - 1]}~{n}"
    return candidate


def _schemas(pa, tables) -> dict:
    kinds = {"int": pa.int64(), "decimal": pa.float64(), "date": pa.date32()}
    return {
        t.name: pa.schema(
            [(h, kinds.get(k, pa.string())) for h, k in zip(t.header(), t.types(), strict=True)]
        )
        for t in tables
    }


class _ArrowFiles:
    """A part's tables, each a file of Arrow record batches. The first part's are Parquet,
    in row groups of about GROUP_CELLS cells, left open so that the other parts' batches are
    added to them (``add_part``) and written once: a part read by a helper process comes as
    an Arrow IPC file (lz4: encoded once, read back with nearly no work), not as Parquet
    decoded and encoded again."""

    def __init__(self, tables: list[Table], folder: Path, *, parquet: bool) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.schemas = _schemas(pa, tables)
        self.parquet = parquet
        self.pending: dict[str, list] = {t.name: [] for t in tables}
        self.cells = {t.name: 0 for t in tables}
        self.writers: dict[str, Any] = {}
        for t in tables:
            schema = self.schemas[t.name]
            if parquet:
                self.writers[t.name] = pq.ParquetWriter(
                    folder / f"{t.name}.parquet",
                    schema,
                    # a dictionary of values that never repeat is work and bytes for nothing
                    use_dictionary=[n for n in schema.names if n not in UNREPEATED],
                )
            else:
                options = pa.ipc.IpcWriteOptions(compression="lz4")
                path = str(folder / f"{t.name}.arrow")
                self.writers[t.name] = pa.ipc.new_file(path, schema, options=options)
        self.folder = folder

    def add(self, name: str, batch) -> None:
        if not self.parquet:
            self.writers[name].write_batch(batch)
            return
        self.pending[name].append(batch)
        self.cells[name] += batch.num_rows * batch.num_columns
        if self.cells[name] >= GROUP_CELLS:
            self._group(name, self.writers[name])

    def _group(self, name: str, writer) -> None:
        import pyarrow as pa

        if self.pending[name]:
            table = pa.Table.from_batches(self.pending[name], schema=self.schemas[name])
            writer.write_table(table, row_group_size=table.num_rows)
        self.pending[name], self.cells[name] = [], 0

    def add_part(self, folder: Path) -> None:
        """Another part's tables (its Arrow files), after this one's rows."""
        import pyarrow as pa

        for name in self.writers:
            path = folder / f"{name}.arrow"
            with pa.memory_map(str(path)) as source, pa.ipc.open_file(source) as reader:
                for i in range(reader.num_record_batches):
                    self.add(name, reader.get_batch(i))
            path.unlink()

    def close(self) -> None:
        """The files, whole (once; again: nothing)."""
        writers, self.writers = self.writers, {}
        try:
            for name, writer in writers.items() if self.parquet else ():
                self._group(name, writer)
        finally:
            for writer in writers.values():
                writer.close()


def _arrow_files(files: _ArrowFiles, tables: list[Table], rows, counts) -> None:
    """``rows`` into ``files``, BATCH rows of a table converted at a time."""
    import pyarrow as pa

    schemas = files.schemas
    pending: dict[str, list[list]] = {t.name: [] for t in tables}
    # one converter a column, chosen once (not a type comparison per cell)
    convert = {t.name: [converter(k) for k in t.types()] for t in tables}
    # a calculation's numbers come as text: read as such at once
    texts = {t.name: [False] * len(t.meta) + [c.calculated for c in t.columns] for t in tables}

    def flush(name: str) -> None:
        batch = pending[name]
        if batch:
            columns = list(zip(*batch, strict=True))
            schema = schemas[name]
            arrays = [
                _arrow_column(pa, col, f.type, typed, as_text)
                for col, f, typed, as_text in zip(
                    columns, schema, convert[name], texts[name], strict=True
                )
            ]
            files.add(name, pa.RecordBatch.from_arrays(arrays, schema=schema))
            pending[name] = []

    for table, row in rows:
        pending[table.name].append(row)
        counts[table.name] += 1
        if len(pending[table.name]) >= BATCH:
            flush(table.name)
    for t in tables:
        flush(t.name)


def _parquet_zip(first: _ArrowFiles, folders: list[Path], book, out: Path) -> None:
    """The parts' tables as one Parquet file a table (the first part's, the others' rows
    added after), in a zip with the codebook."""
    for folder in folders[1:]:
        first.add_part(folder)
    first.close()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for name in first.schemas:
            whole = first.folder / f"{name}.parquet"
            z.write(whole, f"{name}.parquet")
            whole.unlink()
        z.writestr("codebook.csv", _csv_text(book))


def _numbers_from_text(pa, pc, values: tuple, kind):
    """A calculation's numbers, stored as text ("12", "0.5", "NaN"), read in C: what is not
    a finite number of the column's type null; None where a cell is not text, or not a
    number at all (then ``typed`` reads it cell by cell)."""
    if not (pa.types.is_integer(kind) or pa.types.is_floating(kind)):
        return None
    try:
        texts = pa.array(values, type=pa.string())
        texts = pc.if_else(pc.equal(texts, ""), pa.scalar(None, pa.string()), texts)
        if pa.types.is_integer(kind):
            try:
                return pc.cast(texts, kind)  # every digit kept, past a float's 2^53
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                pass  # "NaN", "2.0": read as numbers below
        numbers = pc.cast(texts, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, TypeError):
        return None
    finite = pc.is_finite(numbers)
    numbers = pc.if_else(finite, numbers, pa.scalar(None, pa.float64()))
    if pa.types.is_floating(kind):
        return numbers
    whole = pc.and_(pc.equal(pc.floor(numbers), numbers), pc.less(pc.abs(numbers), 2.0**63))
    if not pc.all(pc.or_kleene(whole, pc.is_null(numbers))).as_py():
        return None  # a fraction in a whole-number column: cell by cell (made null)
    return pc.cast(numbers, kind)


def _arrow_column(pa, values: tuple, kind, typed, as_text: bool = False):
    """A column as Arrow reads it: at once when its cells are already of its type (the
    common case, in C), else cell by cell through ``typed``; an empty text is null either
    way. ``as_text``: numbers that come as text (a calculation's), read as such first."""
    import pyarrow.compute as pc

    if as_text:
        read = _numbers_from_text(pa, pc, values, kind)
        if read is not None:
            return read

    try:
        array = pa.array(values, type=kind)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, TypeError, ValueError):
        read = _numbers_from_text(pa, pc, values, kind)
        return read if read is not None else pa.array([typed(v) for v in values], type=kind)
    if pa.types.is_string(kind) and "" in values:
        array = pc.if_else(pc.equal(array, ""), pa.scalar(None, kind), array)
    return array


_INT64 = 2**63
_TYPED = ("int", "decimal", "date")  # columns of numbers or days, not text


def converter(kind: str):
    """What a cell becomes in a column of this type (Parquet, an Excel number, OData): empty,
    or what is not a finite number of the type (a calculation's NaN), is null."""

    def whole(v: object) -> object:
        if v is None or v == "":
            return None
        if type(v) is int:
            return v if -_INT64 <= v < _INT64 else None
        try:
            number = float(v)  # type: ignore[arg-type]  # "12", "12.0", "1e3"
        except (TypeError, ValueError, OverflowError):
            return None
        if not number.is_integer() or not -_INT64 <= number < _INT64:
            return None
        return int(number)

    def number(v: object) -> object:
        if v is None or v == "":
            return None
        try:
            found = v if type(v) is float else float(v)  # type: ignore[arg-type]
        except (TypeError, ValueError, OverflowError):
            return None
        return found if math.isfinite(found) else None

    def day(v: object) -> object:
        if type(v) is not str or len(v) < 10:
            return None
        try:
            return date.fromisoformat(v[:10])
        except ValueError:
            return None

    def text(v: object) -> object:
        if v is None or v == "":
            return None
        return v if type(v) is str else str(v)

    return {"int": whole, "decimal": number, "date": day}.get(kind, text)
