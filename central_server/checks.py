"""Quality checks run on the server over a form's submissions (issue 26): what the field's quality
teams run every evening — too-short interviews, GPS points outside the area, numbers far from
the rest of the site, the enumerator whose households are always small, answers kept as
written on paper against a rule, probable duplicates — so that a suspicious interview is
caught while the enumerator can still go back.

Rules are defined per form: in its workbook's ``checks`` sheet (read when a version is
published; the newest version's sheet is the form's), or added by a supervisor for their site
(or by the Secretariat for every site) with ``daftari-server checks add`` or ``POST
/checks/{form}/rules``. A rule is a row:

    name        check           field      parameters
    too_fast    duration                   min_minutes=10 below_median=0.5
    outside     gps_area        location   zone=zone
    size_far    outlier         hh_size    k=3
    few_people  enumerator_low  member     ratio=0.6 min_interviews=5
    on_paper    as_written
    twice       duplicate                  keys=hh_no,head_name:name

Each flag names its rule, its values and the reason in words; a flagged submission is held in
review (approving it needs a comment saying why it stands). The checks run in the checker
(a minute at most after new submissions, off the request path) and on demand
(``daftari-server checks FORM --as NAME``); each run replaces the form's flags. See
docs/checks.md for every check and its parameters."""

from __future__ import annotations

import hashlib
import io
import json
import math
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as _field

import shapely
from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.engine import Connection, Engine

from central_server import areas as site_areas_module
from central_server.accounts import Principal, now_text
from central_server.db import (
    check_rules,
    flag_changes,
    flags,
    forms,
    paradata_files,
    reader_mark,
    reading,
    revisions,
    set_reader_mark,
    sites,
    snapshot,
    submissions,
    writing,
)
from central_server.errors import Forbidden, NotFound, Refusal
from form_engine import FormDefinition
from form_engine.model import Element

SHEET = "checks"
COLUMNS = ("name", "check", "field", "parameters", "message")
# check -> (what its field is, its parameters with their defaults; None: required)
CHECKS: dict[str, tuple[str, dict[str, float | str | None]]] = {
    "duration": ("", {"min_minutes": 0.0, "below_median": 0.0, "min_interviews": 5.0}),
    "gps_area": ("geopoint", {"zone": "", "margin_m": 0.0}),
    "outlier": ("number", {"k": 3.0, "min_values": 10.0}),
    "enumerator_low": ("count", {"ratio": 0.6, "min_interviews": 5.0}),
    "as_written": ("", {}),
    "duplicate": ("", {"keys": None, "threshold": 85.0}),
}
_NAME = re.compile(r"^[A-Za-z_][\w.-]{0,99}$")
RUN_EVERY = 60.0  # seconds between two runs of the checker over forms that received more
MOST_RULES = 200
MOST_ROWS = 2_000  # rows of a checks sheet read


class BadRule(Refusal):
    status, code = 422, "bad_check_rule"


@dataclass
class Rule:
    name: str
    check: str
    field: str = ""
    parameters: str = ""
    message: str = ""
    source: str = "form"
    site_id: int | None = None  # a supervisor's rule: their site's submissions only
    id: int | None = None
    params: dict[str, float | str] = _field(default_factory=dict)

    def number(self, key: str) -> float:
        return float(self.params[key])


@dataclass
class Flag:
    uuid: str
    site: str
    enumerator: str
    rule: str
    check: str
    details: dict
    reason: str


@dataclass
class RunReport:
    form_id: str
    submissions: int = 0
    flags: list[Flag] = _field(default_factory=list)
    problems: list[str] = _field(default_factory=list)  # rules that could not run, and why
    seconds: float = 0.0
    superseded: bool = False  # a run that began later has written its flags: not kept


# -- rules -------------------------------------------------------------------------------------
def parse_parameters(text: str, check: str, where: str) -> dict[str, float | str]:
    known = CHECKS[check][1]
    given: dict[str, str] = {}
    for part in (text or "").split():
        key, sep, value = part.partition("=")
        if not sep or not key:
            raise BadRule(f"{where}: parameters are key=value, separated by spaces ({part!r})")
        if key not in known:
            names = ", ".join(known) or "none"
            raise BadRule(f"{where}: {check} has no parameter '{key}' (it has: {names})")
        given[key] = value
    out: dict[str, float | str] = {}
    for key, default in known.items():
        if key not in given:
            if default is None:
                raise BadRule(f"{where}: {check} needs the parameter '{key}'")
            out[key] = default
        elif isinstance(default, float):
            try:
                number = float(given[key])
            except ValueError:
                raise BadRule(f"{where}: {key} is a number, not {given[key]!r}") from None
            if not math.isfinite(number) or number < 0:
                raise BadRule(f"{where}: {key} is a number of zero or more")
            out[key] = number
        else:
            out[key] = given[key]
    return out


def element_named(form: FormDefinition, name: str) -> Element | None:
    def walk(elements: list[Element]) -> Iterable[Element]:
        for el in elements:
            yield el
            yield from walk(el.children)

    return next((el for el in walk(form.elements) if el.name == name), None)


def _in_repeat(form: FormDefinition, el: Element) -> bool:
    parts = el.path.strip("/").split("/")
    for i in range(2, len(parts)):
        parent = form.element("/" + "/".join(parts[:i]))
        if parent is not None and parent.kind == "repeat":
            return True
    return False


def json_key(form: FormDefinition, el: Element) -> str:
    """The key an answer has in a submission's JSON: its path below the root."""
    return el.path.split("/", 2)[2]


def checked_rule(form: FormDefinition, rule: Rule, where: str) -> Rule:
    """The rule, its parameters read, refused with ``where`` if it cannot run on ``form``."""
    if rule.check not in CHECKS:
        raise BadRule(f"{where}: no check '{rule.check}': one of {', '.join(CHECKS)}")
    if not _NAME.fullmatch(rule.name):  # (match's $ would let a final newline in)
        raise BadRule(
            f"{where}: a rule's name is a letter then letters, digits, _ . - "
            f"(at most 100): {rule.name[:100]!r}"
        )
    if len(rule.message) > 2000:
        raise BadRule(f"{where}: a message is at most 2,000 characters")
    rule.params = parse_parameters(rule.parameters, rule.check, where)
    kind = CHECKS[rule.check][0]
    if kind:
        _check_field(form, rule, kind, where)
    elif rule.field:
        raise BadRule(f"{where}: {rule.check} reads no field; leave 'field' empty")
    zone = str(rule.params.get("zone") or "")
    if zone:
        el = element_named(form, zone)
        if el is None or el.kind != "question" or _in_repeat(form, el):
            raise BadRule(
                f"{where}: zone={zone}: the form has no question '{zone}' outside a repeat"
            )
    if rule.check == "duplicate":
        from central_server.merged import duplicates

        try:
            keys = duplicates.parse_keys(str(rule.params["keys"]))
        except Refusal as exc:
            raise BadRule(f"{where}: keys: {exc.detail}") from None
        root = "/" + form.root_name + "/"
        for key in keys:
            el = form.element(root + re.sub(r"\[\d+\]", "", key.path))
            if el is None or el.kind != "question":
                raise BadRule(
                    f"{where}: keys: '{key.path}' is not a question of the form (a key is "
                    "its path, e.g. identification/hh_no or survey/member[1]/name)"
                )
    return rule


def _check_field(form: FormDefinition, rule: Rule, kind: str, where: str) -> None:
    if not rule.field:
        raise BadRule(f"{where}: {rule.check} needs a field: the name of a question")
    el = element_named(form, rule.field)
    if el is None:
        raise BadRule(f"{where}: the form has no question '{rule.field}'")
    if _in_repeat(form, el):
        raise BadRule(f"{where}: '{rule.field}' is inside a repeat; name one outside it")
    data_type = el.data_type or ""
    fits = {
        "geopoint": el.kind == "question" and data_type == "geopoint",
        "number": el.kind == "question" and data_type in ("int", "decimal"),
        "count": el.kind == "repeat"
        or (el.kind == "question" and (data_type in ("int", "decimal") or el.control == "select")),
    }[kind]
    if not fits:
        wanted = {
            "geopoint": "a geopoint question",
            "number": "an integer or decimal question",
            "count": "a number, a select_multiple or a repeat (its entries counted)",
        }[kind]
        raise BadRule(f"{where}: {rule.check} reads {wanted}; '{rule.field}' is not one")


def rules_from_workbook(form: FormDefinition, workbook: bytes) -> list[Rule]:
    """The ``checks`` sheet of a workbook (none: no rules), every row checked against the
    form; a problem names the sheet, row and column."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(workbook), read_only=True)  # formulas as written
    except Exception:  # not an .xlsx (an .xls or a CSV form): no checks sheet to read
        return []
    try:
        sheet = next((book[n] for n in book.sheetnames if n.strip().lower() == SHEET), None)
        if sheet is None:
            return []
        # a cell written far away (XFD1048576) makes a read-only sheet claim a million rows
        rows = sheet.iter_rows(max_row=MOST_ROWS, max_col=len(COLUMNS) * 4, values_only=True)
        header = [str(c or "").strip().lower() for c in next(rows, ())]
        if "name" not in header or "check" not in header:
            raise BadRule(f"sheet '{SHEET}', row 1: the header names 'name' and 'check' columns")
        found: list[Rule] = []
        names: set[str] = set()
        for n, row in enumerate(rows, 2):
            cells = {h: str(v).strip() for h, v in zip(header, row, strict=False) if v is not None}
            if not any(cells.values()):
                continue
            where = f"sheet '{SHEET}', row {n}"
            formula = next((h for h, v in cells.items() if v.startswith("=")), None)
            if formula is not None:
                raise BadRule(f"{where}: '{formula}' holds a formula; type its value instead")
            rule = checked_rule(
                form,
                Rule(
                    name=cells.get("name", ""),
                    check=cells.get("check", ""),
                    field=cells.get("field", ""),
                    parameters=cells.get("parameters", ""),
                    message=cells.get("message", ""),
                    source="form",
                ),
                where,
            )
            if rule.name in names:
                raise BadRule(f"{where}: the name '{rule.name}' is given twice")
            names.add(rule.name)
            found.append(rule)
            if len(found) > MOST_RULES:
                raise BadRule(f"sheet '{SHEET}': at most {MOST_RULES} rules")
        return found
    finally:
        book.close()


def keep_form_rules(conn: Connection, form: FormDefinition, rules: list[Rule], by: str) -> None:
    """A version published: its sheet's rules are the form's (a sheet taken away, none)."""
    conn.execute(
        delete(check_rules).where(
            check_rules.c.form_id == form.form_id, check_rules.c.source == "form"
        )
    )
    _insert_rules(conn, form.form_id, rules, by)


def _insert_rules(conn: Connection, form_id: str, rules: list[Rule], by: str) -> None:
    if not rules:
        return
    at = now_text()
    conn.execute(
        insert(check_rules),
        [
            {
                "form_id": form_id,
                "name": r.name,
                "check": r.check,
                "field": r.field,
                "parameters": r.parameters,
                "message": r.message,
                "source": r.source,
                "site_id": r.site_id,
                "created_by": by,
                "created_at": at,
            }
            for r in rules
        ],
    )


def newest_form(conn: Connection, form_id: str) -> FormDefinition:
    from central_server import published_forms

    version = conn.execute(
        select(forms.c.version)
        .where(forms.c.form_id == form_id)
        .order_by(forms.c.published_at.desc(), forms.c.id.desc())
        .limit(1)
    ).scalar()
    if version is None:
        raise NotFound(f"form '{form_id}' is not published on this server")
    return published_forms.model(conn, form_id, version)


def add_rule(conn: Connection, who: Principal, form_id: str, rule: Rule) -> Rule:
    """A supervisor's rule for their site (the Secretariat's: every site) — no programmer."""
    if who.role not in ("supervisor", "secretariat", "admin"):
        raise Forbidden("only a supervisor or the Secretariat adds a check")
    form = newest_form(conn, form_id)
    rule.source = "supervisor"
    rule.site_id = None if who.all_sites else who.site_id
    checked_rule(form, rule, f"rule '{rule.name}'")
    same_name = and_(check_rules.c.form_id == form_id, check_rules.c.name == rule.name)
    if rule.site_id is not None:  # a site's: clashes with every site's and its own site's
        same_name = and_(
            same_name,
            or_(
                check_rules.c.site_id.is_(None),
                check_rules.c.site_id == rule.site_id,
                check_rules.c.source == "form",
            ),
        )
    clash = conn.execute(select(check_rules.c.id).where(same_name)).first()
    if clash is not None:
        raise BadRule(f"rule '{rule.name}': the form has a rule of that name already")
    _insert_rules(conn, form_id, [rule], who.username)
    rule.id = conn.execute(
        select(func.max(check_rules.c.id)).where(check_rules.c.form_id == form_id)
    ).scalar()
    return rule


def remove_rule(conn: Connection, who: Principal, form_id: str, name: str) -> None:
    if who.role not in ("supervisor", "secretariat", "admin"):
        raise Forbidden("only a supervisor or the Secretariat removes a check")
    mine = and_(
        check_rules.c.form_id == form_id,
        check_rules.c.name == name,
        check_rules.c.source == "supervisor",
    )
    if not who.all_sites:
        mine = and_(mine, check_rules.c.site_id == who.site_id)
    if conn.execute(delete(check_rules).where(mine)).rowcount == 0:
        raise NotFound(
            f"form '{form_id}' has no rule '{name}' you added (a rule of the form's checks "
            "sheet goes with a new version of the form)"
        )


def rules_of(conn: Connection, form_id: str, who: Principal | None = None) -> list[Rule]:
    """The form's rules (a site's person: those that apply to their site)."""
    query = select(check_rules).where(check_rules.c.form_id == form_id).order_by(check_rules.c.id)
    if who is not None and not who.all_sites:
        query = query.where(
            or_(check_rules.c.site_id.is_(None), check_rules.c.site_id == who.site_id)
        )
    return [
        Rule(
            name=r.name,
            check=r.check,
            field=r.field,
            parameters=r.parameters,
            message=r.message,
            source=r.source,
            site_id=r.site_id,
            id=r.id,
        )
        for r in conn.execute(query)
    ]


# -- running -----------------------------------------------------------------------------------
@dataclass(slots=True)
class _Row:
    """A submission as the rules read it (a million of them in memory at once: small)."""

    uuid: str
    site_id: int
    enumerator: str
    paper: bool
    as_written: list
    values: tuple  # the answers the rules read, in the order of ``keys``
    keys: dict[str, int]  # shared by every row
    shown_ms: int | None
    questions: int

    def answer(self, key: str) -> object:
        at = self.keys.get(key)
        return self.values[at] if at is not None else None


def check_form(engine: Engine, form_id: str) -> RunReport:
    """Run every rule of the form over its submissions and keep the flags found (in place of
    the form's flags before)."""
    started = time.perf_counter()
    began = int(time.time() * 1000)
    report = RunReport(form_id)
    with snapshot(engine) as conn:
        form = newest_form(conn, form_id)
        rules: list[Rule] = []
        for rule in rules_of(conn, form_id):
            try:
                rules.append(checked_rule(form, rule, f"rule '{rule.name}'"))
            except BadRule as exc:  # a field a newer version dropped: said, the rest run
                report.problems.append(exc.detail)
        site_names = dict(conn.execute(select(sites.c.id, sites.c.name)).all())
        rows = list(_rows(conn, form, rules))
        report.submissions = len(rows)
        for rule in rules:
            applies = [r for r in rows if rule.site_id is None or r.site_id == rule.site_id]
            try:
                report.flags += _run(conn, form, rule, applies, site_names, report.problems)
            except Refusal as exc:
                report.problems.append(f"rule '{rule.name}': {exc.detail}")
    at = now_text()
    with writing(engine) as conn:
        # two runs at once (the checker's and a command's): the one that began last wins,
        # whichever ends last — an older reading never takes the place of a newer
        run = "run:" + hashlib.sha256(form_id.encode()).hexdigest()[:40]
        if reader_mark(conn, run) > began:
            report.superseded = True
            report.seconds = time.perf_counter() - started
            return report
        set_reader_mark(conn, run, began)
        before = _rules_by_submission(
            conn.execute(
                select(flags.c.uuid, flags.c.site_id, flags.c.rule).where(
                    flags.c.form_id == form_id
                )
            )
        )
        conn.execute(delete(flags).where(flags.c.form_id == form_id))
        ids = {v: k for k, v in site_names.items()}
        after = _rules_by_submission((f.uuid, ids[f.site], f.rule) for f in report.flags)
        # the submissions a rule began or stopped flagging, for the reviewers' desktops
        # (review.feed sends them again). By rule, not by reason: a reason quotes the team's
        # median, which moves with each new interview, and every too-fast submission would
        # go to every supervisor's laptop again at each run; the reasons shown are those of
        # the last time the submission came.
        changed = sorted(
            (u, site)
            for u, (site, rules) in {**before, **after}.items()
            if before.get(u, (0, set()))[1] != after.get(u, (0, set()))[1]
        )
        if changed:
            conn.execute(
                insert(flag_changes), [{"uuid": u, "site_id": s, "at": at} for u, s in changed]
            )
        if report.flags:
            conn.execute(
                insert(flags),
                [
                    {
                        "uuid": f.uuid,
                        "form_id": form_id,
                        "site_id": ids[f.site],
                        "enumerator": f.enumerator,
                        "rule": f.rule,
                        "check": f.check,
                        "details": f.details,
                        "reason": f.reason,
                        "at": at,
                    }
                    for f in report.flags
                ],
            )
    report.seconds = time.perf_counter() - started
    return report


def _rules_by_submission(rows: Iterable) -> dict[str, tuple[int, set[str]]]:
    """(uuid, site id, rule) rows as each submission's site and the rules that flag it."""
    found: dict[str, tuple[int, set[str]]] = {}
    for uuid, site_id, rule in rows:
        found.setdefault(uuid, (site_id, set()))[1].add(rule)
    return found


def _rows(conn: Connection, form: FormDefinition, rules: list[Rule]) -> Iterable[_Row]:
    """Each submission's newest revision, with only the answers the rules read — taken out
    of its JSON by the database (SQLite's json_extract, PostgreSQL's jsonb), never the whole
    of a million answers parsed here."""
    keys = _needed_keys(form, rules)
    answers = [_answer(conn, revisions.c.json_text, key, kind) for key, kind in keys.items()]
    query = (
        select(
            submissions.c.uuid,
            submissions.c.site_id,
            submissions.c.enumerator,
            revisions.c.paper,
            paradata_files.c.shown_ms,
            paradata_files.c.questions,
            paradata_files.c.state,
            *answers,
        )
        .select_from(
            submissions.join(
                revisions,
                and_(
                    revisions.c.uuid == submissions.c.uuid,
                    revisions.c.revision == submissions.c.revision,
                ),
            ).outerjoin(paradata_files, paradata_files.c.uuid == submissions.c.uuid)
        )
        .where(submissions.c.form_id == form.form_id, submissions.c.status != "conflict")
        .order_by(submissions.c.uuid)
    )
    at = {key: i for i, key in enumerate(keys)}
    nothing: list = []
    for row in conn.execution_options(stream_results=True, yield_per=5000).execute(query):
        uuid, site_id, enumerator, paper, shown, questions, state = row[:7]
        kept = paper.get("as_written") if isinstance(paper, dict) else None
        yield _Row(
            uuid,
            site_id,
            sys.intern(enumerator),  # one string a name, not one a submission
            isinstance(paper, dict) and bool(paper),
            list(kept) if kept else nothing,
            tuple(row[7:]),
            at,
            shown if state == "read" else None,
            questions or 0,
        )


def _answer(conn: Connection, text, key: str, kind: str):
    """An answer out of a revision's JSON text: its value, or (``count``) how many entries
    or choices it holds."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy import case, cast
        from sqlalchemy.dialects.postgresql import JSONB

        value = cast(text, JSONB)[key]
        if kind == "count":
            return case(
                (func.jsonb_typeof(value) == "array", func.jsonb_array_length(value)),
                else_=None,
            )
        return func.jsonb_extract_path_text(cast(text, JSONB), key)
    path = '$."' + key.replace('"', '""') + '"'
    if kind == "count":
        return func.json_array_length(text, path)
    return func.json_extract(text, path)


def _needed_keys(form: FormDefinition, rules: list[Rule]) -> dict[str, str]:
    """The answers the rules read, by JSON key: ``count`` (entries of a repeat, choices of a
    select_multiple) or ``value``."""
    keys: dict[str, str] = {}
    for rule in rules:
        for name in (rule.field, str(rule.params.get("zone") or "")):
            el = element_named(form, name) if name else None
            if el is None:
                continue
            counted = rule.check == "enumerator_low" and (
                el.kind == "repeat" or el.control == "select"
            )
            keys[json_key(form, el)] = "count" if counted else "value"
    return keys


def _run(
    conn: Connection,
    form: FormDefinition,
    rule: Rule,
    rows: list[_Row],
    site_names: dict,
    problems: list[str],
) -> list[Flag]:
    def flag(row: _Row, details: dict, reason: str) -> Flag:
        said = f"{rule.message} — {reason}" if rule.message else reason
        return Flag(
            row.uuid, site_names[row.site_id], row.enumerator, rule.name, rule.check, details, said
        )

    if rule.check == "duration":
        return _duration(rule, rows, flag)
    if rule.check == "gps_area":
        return _gps_area(conn, form, rule, rows, flag, site_names, problems)
    if rule.check == "outlier":
        return _outlier(form, rule, rows, flag, site_names)
    if rule.check == "enumerator_low":
        return _enumerator_low(form, rule, rows, flag, site_names)
    if rule.check == "as_written":
        return [
            flag(
                r,
                {
                    "values": [
                        {k: v.get(k, "") for k in ("path", "value", "rule")} for v in r.as_written
                    ]
                },
                "kept as written on the paper against the form's rule: "
                + "; ".join(f"{v.get('path', '')} = {v.get('value', '')}" for v in r.as_written)[
                    :500
                ],
            )
            for r in rows
            if r.as_written
        ]
    return _duplicate(conn, form, rule, rows, flag)


def _minutes(ms: float) -> str:
    seconds = round(ms / 1000)
    return f"{seconds // 60} min {seconds % 60} s" if seconds >= 60 else f"{seconds} s"


def _duration(rule: Rule, rows: list[_Row], flag) -> list[Flag]:
    """Time with questions on screen, from the audit log; per question shown, so that a
    short path through the skip logic is not suspicious. Paper keyed at an office is not
    an interview's time: left out."""
    timed = [r for r in rows if r.shown_ms is not None and r.questions and not r.paper]
    least = rule.number("min_interviews")
    pace = {r.uuid: r.shown_ms / r.questions / 1000 for r in timed if r.shown_ms is not None}
    team: dict[int, list[float]] = defaultdict(list)
    own: dict[tuple[int, str], list[float]] = defaultdict(list)
    for r in timed:
        team[r.site_id].append(pace[r.uuid])
        own[(r.site_id, r.enumerator)].append(pace[r.uuid])
    team_median = {s: statistics.median(v) for s, v in team.items() if len(v) >= least}
    own_median = {k: statistics.median(v) for k, v in own.items() if len(v) >= least}
    out: list[Flag] = []
    minimum = rule.number("min_minutes") * 60_000
    ratio = rule.number("below_median")
    for r in timed:
        assert r.shown_ms is not None
        each = pace[r.uuid]
        details = {
            "shown_seconds": round(r.shown_ms / 1000, 1),
            "questions_shown": r.questions,
            "seconds_per_question": round(each, 1),
        }
        reasons = []
        if minimum and r.shown_ms < minimum:
            reasons.append(
                f"questions were on screen {_minutes(r.shown_ms)} in all "
                f"({r.questions} shown): under the {_minutes(minimum)} the rule asks"
            )
        median = team_median.get(r.site_id)
        if ratio and median and each < ratio * median:
            details["team_median"] = round(median, 1)
            reasons.append(
                f"{each:.1f} s a question shown, under {ratio:g} × the team's median "
                f"({median:.1f} s)"
            )
        mine = own_median.get((r.site_id, r.enumerator))
        if ratio and mine and each < ratio * mine:
            details["own_median"] = round(mine, 1)
            reasons.append(
                f"{each:.1f} s a question shown, under {ratio:g} × {r.enumerator}'s own "
                f"median ({mine:.1f} s)"
            )
        if reasons:
            out.append(flag(r, details, "; ".join(reasons)))
    return out


def _number(value: object) -> float | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _counted(value: object) -> float | None:
    if isinstance(value, list):
        return float(len(value))
    if isinstance(value, str) and value.strip() and _number(value) is None:
        return float(len(value.split()))  # a select_multiple's choices
    return _number(value)


def _gps_area(conn, form, rule, rows, flag, site_names, problems: list[str]) -> list[Flag]:
    el = element_named(form, rule.field)
    assert el is not None
    key = json_key(form, el)
    zone_name = str(rule.params.get("zone") or "")
    zone_el = element_named(form, zone_name) if zone_name else None
    zone_key = json_key(form, zone_el) if zone_el is not None else ""
    margin = rule.number("margin_m") / 111_320  # metres to degrees, near enough for a margin
    by_site: dict[int, list[tuple[_Row, float, float, str]]] = defaultdict(list)
    for r in rows:
        point = str(r.answer(key) or "").split()
        if len(point) < 2:
            continue
        lat, lon = _number(point[0]), _number(point[1])
        if lat is None or lon is None:
            continue
        zone = str(r.answer(zone_key) or "") if zone_key else ""
        by_site[r.site_id].append((r, lat, lon, zone))
    out: list[Flag] = []
    missing: list[str] = []
    for site_id, points in by_site.items():
        found = site_areas_module.areas_of(conn, site_id)
        if not found:
            missing.append(site_names[site_id])
            continue
        whole = shapely.union_all([a.geometry for a in found])
        named = {a.name: a.geometry for a in found if a.name}
        groups: dict[str, list[tuple[_Row, float, float, str]]] = defaultdict(list)
        for p in points:
            groups[p[3] if p[3] in named else ""].append(p)
        for zone, members in groups.items():
            area = named[zone] if zone else whole
            if margin:
                area = area.buffer(margin)
            shapely.prepare(area)
            inside = shapely.contains_xy(area, [p[2] for p in members], [p[1] for p in members])
            for (r, lat, lon, said), within in zip(members, inside, strict=True):
                if within:
                    continue
                where = f"zone {zone}" if zone else f"{site_names[site_id]}'s areas"
                out.append(
                    flag(
                        r,
                        {
                            "latitude": lat,
                            "longitude": lon,
                            "area": zone or "",
                            "zone_answer": said,
                        },
                        f"{rule.field} {lat:.5f}, {lon:.5f} is outside {where}",
                    )
                )
    if missing:  # said; the other sites' flags stand
        problems.append(
            f"rule '{rule.name}': no areas for " + ", ".join(sorted(missing)) + ": give them "
            "with 'daftari-server site area SITE FILE.geojson'"
        )
    return out


def _outlier(form, rule, rows, flag, site_names) -> list[Flag]:
    el = element_named(form, rule.field)
    assert el is not None
    key = json_key(form, el)
    k, least = rule.number("k"), rule.number("min_values")
    by_site: dict[int, list[tuple[_Row, float]]] = defaultdict(list)
    for r in rows:
        value = _number(r.answer(key))
        if value is not None:
            by_site[r.site_id].append((r, value))
    out: list[Flag] = []
    for site_id, values in by_site.items():
        if len(values) < max(least, 4):
            continue
        q1, median, q3 = statistics.quantiles([v for _, v in values], n=4, method="inclusive")
        spread = q3 - q1
        low, high = q1 - k * spread, q3 + k * spread
        for r, value in values:
            if low <= value <= high:
                continue
            out.append(
                flag(
                    r,
                    {"value": value, "site_median": median, "low": low, "high": high},
                    f"{rule.field} is {value:g}: outside what {site_names[site_id]}'s "
                    f"submissions hold ({low:g} to {high:g}, from a median of {median:g} and "
                    f"{k:g} × the spread between the quartiles)",
                )
            )
    return out


def _enumerator_low(form, rule, rows, flag, site_names) -> list[Flag]:
    el = element_named(form, rule.field)
    assert el is not None
    key = json_key(form, el)
    ratio, least = rule.number("ratio"), rule.number("min_interviews")
    values: dict[int, dict[str, list[tuple[_Row, float]]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        value = _counted(r.answer(key))
        if value is None and el.kind == "repeat":
            value = 0.0  # no entry at all
        if value is not None:
            values[r.site_id][r.enumerator].append((r, value))
    what = "entries" if el.kind == "repeat" else ("choices" if el.control == "select" else el.name)
    out: list[Flag] = []
    for site_id, people in values.items():
        for name, mine in people.items():
            others = [v for other, vs in people.items() if other != name for _, v in vs]
            if len(mine) < least or len(others) < least:
                continue
            own_mean = statistics.fmean(v for _, v in mine)
            team_mean = statistics.fmean(others)
            if not team_mean or own_mean >= ratio * team_mean:
                continue
            details = {
                "enumerator_mean": round(own_mean, 2),
                "team_mean": round(team_mean, 2),
                "interviews": len(mine),
            }
            reason = (
                f"{name}'s interviews give {rule.field} {own_mean:.1f} {what} on average "
                f"({len(mine)} interviews); the rest of {site_names[site_id]}'s team "
                f"{team_mean:.1f}: under {ratio:.0%} of it"
            )
            out += [flag(r, {**details, "value": v}, reason) for r, v in mine]
    return out


def _duplicate(conn, form, rule, rows, flag) -> list[Flag]:
    from central_server.merged import duplicates

    everyone = Principal(0, "server checks", "secretariat", None, None, 0)
    pairs = duplicates.probable(
        conn,
        everyone,
        form.form_id,
        duplicates.parse_keys(str(rule.params["keys"])),
        threshold=rule.number("threshold"),
    )
    by_uuid = {r.uuid: r for r in rows}
    out: list[Flag] = []
    for p in pairs:
        for mine, other in ((p.first, p.second), (p.second, p.first)):
            row = by_uuid.get(mine)
            if row is None:
                continue
            there = by_uuid.get(other)
            if there is None or there.site_id != row.site_id:
                # another site's household: its answers are that site's to read (and the
                # Secretariat's, in its duplicates search), never in this site's flag
                out.append(
                    flag(
                        row,
                        {"other_site": True, "likeness": p.score},
                        "a probable duplicate of a submission of another site (the "
                        "Secretariat's duplicates search shows the pair)",
                    )
                )
                continue
            shown = ", ".join(f"{path} {a!r}/{b!r}" for path, (a, b) in list(p.values.items())[:4])
            out.append(
                flag(
                    row,
                    {"other": other, "likeness": p.score, "values": p.values},
                    f"a probable duplicate of {other} ({shown})"[:600],
                )
            )
    return out


# -- the checker's round, and what a person reads ---------------------------------------------
def run_due(engine: Engine, *, every: float = RUN_EVERY) -> int:
    """The forms that received submissions since the last run, checked again — at most once
    every ``every`` seconds. How many forms ran (0: none due)."""
    with writing(engine) as conn:
        mark = reader_mark(conn, "checks")
        last = reader_mark(conn, "checks-at")
        if time.time() - last < every:
            return 0
        newest = conn.execute(select(func.max(revisions.c.seq))).scalar() or 0
        if newest <= mark:
            return 0
        due = sorted(
            conn.execute(
                select(submissions.c.form_id)
                .distinct()
                .join(revisions, revisions.c.uuid == submissions.c.uuid)
                .where(revisions.c.seq > mark)
            ).scalars()
        )
        set_reader_mark(conn, "checks", newest)
        set_reader_mark(conn, "checks-at", int(time.time()))
    for form_id in due:
        if not conn_has_rules(engine, form_id):
            continue
        check_form(engine, form_id)
    return len(due)


def conn_has_rules(engine: Engine, form_id: str) -> bool:
    with reading(engine) as conn:
        return (
            conn.execute(select(check_rules.c.id).where(check_rules.c.form_id == form_id)).first()
            is not None
        )


def flags_of(
    conn: Connection,
    who: Principal,
    form_id: str | None = None,
    uuid: str | None = None,
    *,
    site: str | None = None,
) -> list[Flag]:
    """The flags a person may read: a site's, or every site's for the Secretariat (or the
    one ``site`` of them)."""
    if who.role not in ("supervisor", "clerk", "secretariat", "admin"):
        raise Forbidden("only reviewers read the checks' flags")
    query = (
        select(
            flags.c.uuid,
            sites.c.name,
            flags.c.enumerator,
            flags.c.rule,
            flags.c.check,
            flags.c.details,
            flags.c.reason,
        )
        .join(sites, sites.c.id == flags.c.site_id)
        .order_by(sites.c.name, flags.c.enumerator, flags.c.uuid, flags.c.id)
    )
    if form_id is not None:
        query = query.where(flags.c.form_id == form_id)
    if uuid is not None:
        query = query.where(flags.c.uuid == uuid)
    if not who.all_sites:
        query = query.where(flags.c.site_id == who.site_id)
    if site is not None:
        query = query.where(sites.c.name == site)
    return [
        Flag(u, s, e, r, c, d if isinstance(d, dict) else json.loads(d), reason)
        for u, s, e, r, c, d, reason in conn.execute(query)
    ]
