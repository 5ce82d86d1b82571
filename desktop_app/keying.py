"""Heads-down keying of paper questionnaires, for the municipal data clerk (Qt-free: the
keyed-entry screen in ``ui/keyed_entry.py`` drives it, and so do the tests and
``bench/keyed_entry.py``).

A questionnaire is keyed box by box in the order of the paper: every question the paper
asks, with the roster's members as rows. A choice is keyed by its code as printed beside it
(the choice's own name where the names are numbers, else 1, 2, 3… in the form's order:
``form_engine.codes``); several choices as codes with spaces between. A value that is not
one of the question's kind, or that breaks its rule, is refused on the spot — what was typed
is kept on the box (and saved, as in the form view) until it is corrected. Boxes the skip
logic makes irrelevant are jumped over.

The paper's own facts are keyed first and kept apart from the keying's: the questionnaire
number, the interview date and the enumerator written on the paper, and the batch (box of
paper) it came in. ``start``, ``end`` and ``today`` take the interview date; who keyed it and
when are recorded in the keying record beside it, never in the answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from desktop_app import answers
from desktop_app.assignments import opened as opened_assignments
from desktop_app.draft import Draft, restore_typed
from desktop_app.store import KeyingRecord, SubmissionRecord
from form_engine import Element, FormDefinition, FormSession, Issue
from form_engine.codes import choice_codes, printed_choices
from form_engine.entities import follow_up_question
from form_engine.model import Choice
from form_engine.nodes import Node
from form_engine.submission import document_to_json, json_to_document
from form_engine.validation import fill_missing_fields

KEYED_CONTROLS = ("input", "select1", "select", "range", "rank", "odk:rank", "trigger")
ACKNOWLEDGED = "OK"  # an acknowledge (trigger) question's value when ticked: keyed as 1
if TYPE_CHECKING:
    from desktop_app.session import UserSession

_SEPARATORS = re.compile(r"[\s,;+]+")


@dataclass
class Box:
    """One place to key a value: a question, or a question of one roster entry."""

    element: Element
    node: Node
    entry: int = 0  # the roster entry (1, 2, …); 0 outside a roster
    roster: str = ""  # the roster's path ("/data/survey/member"); "" outside one
    codes: list[tuple[str, str]] = field(default_factory=list)  # (code, value) of a select
    digits: int = 0  # a whole number's most digits, where its rule bounds it (0: unknown)
    more: bool = False  # the roster's "another entry?" box (``element`` the repeat, ``node``
    # the node the entries go in): a roster with no count grows one entry at a time

    _path: str = field(default="", init=False, repr=False, compare=False)

    @property
    def path(self) -> str:
        """Its indexed path, as the boxes stand (``Keying.refresh`` makes new boxes when a
        roster gains or loses an entry)."""
        if not self._path:
            where = self.node.abs_path(indexed=True)
            self._path = f"{where}/{self.element.name}+" if self.more else where
        return self._path


@dataclass
class Refusal:
    """Why a value was not accepted: a key of the interface's words and what fills it in,
    or a message of the form's own (a constraint message) in ``text``."""

    word: str
    values: dict[str, str] = field(default_factory=dict)
    text: str = ""
    # a value of the question's kind that breaks the form's rule: the paper's value can be
    # kept as written, once the clerk confirms it (``Keying.keep_as_written``)
    keepable: bool = False


def is_keyed(el: Element) -> bool:
    """A question the paper asks (not a note, a calculation, metadata or a photo)."""
    return (
        el.kind == "question"
        and el.control in KEYED_CONTROLS
        and el.xlsform_type != "note"
        and not el.calculate
    )


QR_PREFIX = "daftari:"


def qr_text(form_id: str, version: str, number: str, assignment: int | None = None) -> str:
    """What a printed questionnaire's QR code says: ``daftari:<form>:<version>:<number>``,
    and ``:a<id>`` on an assignment's sheet (the household it was printed for)."""
    text = f"{QR_PREFIX}{form_id}:{version}:{number}"
    return f"{text}:a{assignment}" if assignment is not None else text


def read_qr(text: str) -> tuple[str, str, str] | None:
    """(form, version, number) from a QR code's text as a scanner types it, else None."""
    if not text.startswith(QR_PREFIX):
        return None
    parts = text[len(QR_PREFIX) :].split(":")
    if len(parts) == 4 and qr_assignment(text) is None:
        return None
    if len(parts) not in (3, 4):
        return None
    return parts[0], parts[1], parts[2]


def qr_assignment(text: str) -> int | None:
    """The assignment an assignment sheet's QR code names, else None."""
    parts = text[len(QR_PREFIX) :].split(":") if text.startswith(QR_PREFIX) else []
    if len(parts) != 4 or not parts[3].startswith("a") or not parts[3][1:].isdigit():
        return None
    return int(parts[3][1:])


def written(data: dict, box: Box) -> str:
    """What a paper holding these answers (a submission's JSON) says at a box, as a clerk
    keys it: a choice's code, several codes, "lat lon" of a position, 1 at a roster's
    "another?" when the paper has another entry. For benchmarks, tests and demonstrations."""
    if box.more:
        entries = data.get(box.element.path.split("/", 2)[-1]) or []
        return "1" if len(entries) >= box.entry else ""
    node, key = data, ""
    for part in box.path.split("/", 2)[-1].split("/"):
        name, _, index = part.partition("[")
        key = f"{key}/{name}" if key else name
        entries = node.get(key)
        if isinstance(entries, list) and entries and (index or isinstance(entries[0], dict)):
            position = int(index.rstrip("]")) - 1 if index else 0
            node, key = entries[position] if position < len(entries) else {}, ""
    value = node.get(key)
    if isinstance(value, list):
        value = " ".join(str(v) for v in value)
    elif box.element.data_type == "geopoint" and value:
        value = " ".join(str(value).split()[:2])  # the paper has latitude and longitude
    value = "" if value is None else str(value)
    if box.codes:
        by_value = {v: c for c, v in box.codes}
        codes = [by_value.get(v, v) for v in value.split()]
        together = box.element.control == "select" and all(len(c) == 1 for c, _ in box.codes)
        return ("" if together else " ").join(codes)
    return value


_UPPER = re.compile(r"\.\s*(<=|<)\s*(\d+)(?![\d.])")
_LOWER = re.compile(r"\.\s*(>=|>)\s*(\d+)(?![\d.])")


def most_digits(el: Element) -> int:
    """How many digits a whole number's answer has at most, where its rule says (". >= 0
    and . <= 7": 1; a range 1–30: 2), so that keying goes on once they are typed; 0 when
    the rule does not bound it from both sides (a negative number, or any length)."""
    if el.data_type != "int":
        return 0
    if el.control == "range":
        try:
            low, high = int(el.parameters.get("start", "0")), int(el.parameters.get("end", "10"))
        except ValueError:
            return 0
        return len(str(high)) if low >= 0 and high >= low else 0
    rule = el.constraint or ""
    if " or " in rule:
        return 0
    upper, lower = _UPPER.search(rule), _LOWER.search(rule)
    if upper is None or lower is None:
        return 0
    high = int(upper[2]) - (upper[1] == "<")
    return len(str(high)) if high >= 0 else 0


def stored(data: dict, box: Box) -> str:
    """What keying ``written(data, box)`` stores: the values, not the codes."""
    typed = written(data, box)
    if not box.codes or box.more:
        return typed
    by_code = dict(box.codes)
    codes = typed.split()
    single_digits = all(len(c) == 1 for c, _ in box.codes)
    if box.element.control == "select" and single_digits and len(codes) == 1 and len(codes[0]) > 1:
        codes = list(codes[0])  # one-digit codes typed together (never "10" of 1–12)
    return " ".join(by_code.get(c, c) for c in codes)


def question_numbers(form: FormDefinition) -> dict[str, str]:
    """The number of each question the paper asks, 1, 2, 3… in the form's order (a roster's
    questions numbered with the rest): the same on the printed questionnaire and on screen."""
    keyed = [el for el in form.walk() if is_keyed(el)]
    return {el.path: str(i) for i, el in enumerate(keyed, 1)}


def read_paper_date(typed: str) -> str | None:
    """A date as a clerk keys it from paper: 30/11/2026, 30-11-2026, 30.11.2026, 30112026 or
    2026-11-30 (day before month, as written in East Africa). None: not a date."""
    text = answers.plain_digits(typed).strip()
    if not text:
        return ""
    found = answers.date_answer(text)
    if found:
        return found
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if m is None and re.fullmatch(r"\d{8}", text):
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{4})", text)
    if m is None:
        return None
    try:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    except ValueError:
        return None


def steady_path(node: Node) -> str:
    """A node's path with every step's position ("/data[1]/member[1]/age[1]"): the same
    however many roster entries follow (an indexed path drops "[1]" while an entry is
    alone), for what is kept about one answer while the paper is keyed."""
    parts = []
    here: Node | None = node
    while here is not None and not here.is_document:
        parts.append(f"{here.name}[{here.position() if here.parent is not None else 1}]")
        here = here.parent
    return "/" + "/".join(reversed(parts))


def find_steady(root: Node, path: str) -> Node | None:
    """The node of a :func:`steady_path` in a document (None: not there)."""
    node = root  # the document, or its root element
    steps = path.strip("/").split("/")
    if not root.is_document:
        if root.name != steps[0].partition("[")[0]:
            return None
        steps = steps[1:]
    for step in steps:
        name, _, index = step.partition("[")
        found = node.named(name)
        position = int(index.rstrip("]") or 1)
        if position > len(found):
            return None
        node = found[position - 1]
    return node


def no_such_day(typed: str) -> bool:
    """A date written as a date whose day is not in the calendar (31/02/2026, 29/02/2027,
    31/04): said as such, not as "key a date"."""
    text = answers.plain_digits(typed).strip()
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text) or re.fullmatch(
        r"(\d{2})(\d{2})(\d{4})", text
    )
    if m is None:
        m2 = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        if m2 is None:
            return False
        month, day = int(m2[2]), int(m2[3])
    else:
        day, month = int(m[1]), int(m[2])
    return 1 <= month <= 12 and 1 <= day <= 31 and read_paper_date(text) is None


PAPER_FIELDS = ("number", "interview_date", "paper_enumerator", "batch")


class Keying:
    """One paper questionnaire being keyed into a draft, with its paper facts (``record``,
    saved as they are keyed)."""

    def __init__(self, draft: Draft, record: KeyingRecord, *, now: Callable[[], datetime]) -> None:
        self.draft = draft
        self.record = record
        self.session = draft.session
        self.now = now
        self.boxes: list[Box] = []
        self._written: dict[str, dict[str, str]] | None = None
        self.refresh()

    @classmethod
    def start(
        cls,
        user: UserSession,
        form_id: str,
        *,
        batch: str = "",
        language: str | None = None,
        second: bool = False,
    ) -> Keying:
        """A new questionnaire of ``form_id`` to key (a draft, and its keying record).
        ``second``: a second, blind keying of a paper keyed already (double entry): its
        answers are kept with its keying record only, never a submission of their own, and
        compared with the first keying's when it is done (``batches.compare``)."""
        if second:
            draft: Draft = SecondDraft.new(user, form_id, language=language)
        else:
            draft = user.new_submission(form_id, language=language)
        record = KeyingRecord(
            uuid=draft.uuid,
            form_id=form_id,
            batch=batch,
            keyed_by=user.user.name,
            started_at=user.client.now_text(),
            verifies="?" if second else "",  # the first's uuid once the number is keyed
        )
        user.store.put_keying(record)
        keying = cls(draft, record, now=user.client.clock)
        if isinstance(draft, SecondDraft):
            draft.keying = keying
        return keying

    @property
    def second(self) -> bool:
        return bool(self.record.verifies)

    # -- the paper's own facts -------------------------------------------------------------
    def enter_paper(self, name: str, typed: str) -> Refusal | None:
        """Key one of the paper's facts (``PAPER_FIELDS``); kept at once, even when refused."""
        text = typed.strip()
        if name == "number":
            text = answers.plain_digits(text)  # ٧٠١ is paper 701
        refusal = None
        value = text
        scanned = read_qr(text) if name == "number" else None
        assignment = None
        if scanned is not None:  # a printed questionnaire's QR code, typed by a scanner
            if scanned[0] != self.record.form_id:
                self.draft.owner.store.put_keying(self.record)
                return Refusal("other_form", {"form": scanned[0]})
            assignment = qr_assignment(text)
            text = value = scanned[2]
        if name == "number":
            if not text or not text.isdigit():
                refusal = Refusal("paper_number")
            elif self.second:
                refusal = self._verifies(text)
            else:
                earlier = [
                    k
                    for k in self.draft.owner.store.keyings_numbered(self.record.form_id, text)
                    if k.uuid != self.record.uuid and k.finished_at and not k.verifies
                ]
                if earlier:
                    refusal = Refusal(
                        "number_keyed", {"number": text, "when": earlier[0].finished_at[:10]}
                    )
        elif name == "interview_date":
            day = read_paper_date(text)
            if not day:
                refusal = Refusal(
                    "no_such_day" if no_such_day(text) else "paper_date", {"date": text}
                )
            elif day > self.now().date().isoformat():
                refusal = Refusal("future_date", {"date": text})  # as the clerk typed it
            else:
                value = day
        elif name == "paper_enumerator":
            if not text:
                refusal = Refusal("paper_enumerator")
        elif name != "batch":
            raise KeyError(name)
        self.record = self.record.model_copy(update={name: value})
        self.draft.owner.store.put_keying(self.record)
        if assignment is not None and not self.second:  # a second keying stays blind
            refusal = self.bind(assignment) or refusal
        return refusal

    def bind(self, assignment_id: int) -> Refusal | None:
        """The paper is an assignment's sheet: the submission is made for it, and the entity
        it follows up is picked (the sheet printed the household's facts; what the
        enumerator wrote is keyed as on any paper)."""
        user = self.draft.owner
        found = next((a for a in opened_assignments(user, [assignment_id])), None)
        if found is None:
            return Refusal("assignment_unknown", {"id": str(assignment_id)})
        if found.form_id != self.record.form_id:
            return Refusal("other_form", {"form": found.form_id})
        user.store.bind_assignment(self.draft.uuid, assignment_id)
        self.draft.record.assignment = assignment_id
        if found.entity is not None and found.list_name is not None:
            picker = follow_up_question(self.draft.form, found.list_name)
            nodes = self.session.nodes(picker.path) if picker is not None else []
            if nodes:
                self.draft.set_answer(nodes[0], found.entity)
        self.refresh()
        return None

    def _verifies(self, number: str) -> Refusal | None:
        """A second keying's number: a paper keyed once already (in this batch, when one is
        keyed), by another clerk, and not keyed a second time yet. The batch is the first
        keying's."""
        store = self.draft.owner.store
        firsts = [
            k
            for k in store.keyings_numbered(self.record.form_id, number)
            if not k.verifies and k.finished_at
        ]
        if self.record.batch:
            firsts = [k for k in firsts if k.batch.casefold() == self.record.batch.casefold()]
        if not firsts:
            return Refusal("not_keyed_yet", {"number": number})
        others = [k for k in firsts if k.keyed_by.casefold() != self.record.keyed_by.casefold()]
        if not others:
            return Refusal("same_clerk", {"number": number})
        open_ = [
            k
            for k in others
            if not any(
                s.finished_at and s.uuid != self.record.uuid for s in store.second_keyings(k.uuid)
            )
        ]
        if not open_:
            return Refusal("verified_already", {"number": number})
        first = open_[0]
        self.record = self.record.model_copy(update={"verifies": first.uuid, "batch": first.batch})
        return None

    def paper_problem(self) -> tuple[str, Refusal] | None:
        """The first of the paper's facts still missing or wrong, to go back to."""
        for name in PAPER_FIELDS[:3]:
            refusal = self.enter_paper(name, getattr(self.record, name))
            if refusal is not None:
                return name, refusal
        return None

    # -- the boxes -------------------------------------------------------------------------
    def refresh(self) -> None:
        """The boxes again, after a roster gained or lost an entry."""
        self.boxes = list(self._walk(self.session.form.elements, self.session.root, "", 0))

    def _walk(self, elements: list[Element], parent: Node, roster: str, entry: int):
        for el in elements:
            nodes = parent.named(el.name)
            if el.kind == "repeat":
                for i, node in enumerate(nodes, 1):
                    yield from self._walk(el.children, node, el.path, i)
                # "another?" after the entries (or in their place); a roster whose count
                # decides its entries keeps it as a mark of where it is, never open
                yield Box(el, parent, len(nodes) + 1, el.path, more=True)
                continue
            for node in nodes:
                if is_keyed(el):
                    codes: list[tuple[str, str]] = []
                    if el.control in ("select1", "select", "rank", "odk:rank"):
                        codes = [(code, c.value) for code, c in self.printed(el, node)]
                    elif el.control == "trigger":
                        codes = [("1", ACKNOWLEDGED)]
                    yield Box(el, node, entry, roster, codes, most_digits(el))
                if el.children:
                    yield from self._walk(el.children, node, roster, entry)

    def printed(self, el: Element, node: Node) -> list[tuple[str, Choice]]:
        """(code, choice) of the question's list as the paper prints it
        (``form_engine.codes.printed_choices``); a list computed from a file or an expression,
        the choices it offers here, numbered."""
        found = printed_choices(self.session.form, el)
        if found or el.choices is None:
            return found
        offered = self.session.choices(node)
        return list(zip(choice_codes([c.value for c in offered]), offered, strict=True))

    def choice(self, box: Box, value: str) -> Choice | None:
        """The choice a box's value names, for its label."""
        return next((c for _, c in self.printed(box.element, box.node) if c.value == value), None)

    def open(self, box: Box) -> bool:
        """Whether the box takes a value now (relevant and not read-only)."""
        if box.more:  # where the entries would go is relevant, and no count decides them
            return not box.element.repeat_count and self.session.is_relevant(box.node)
        return self.session.is_relevant(box.node) and not self.session.is_readonly(box.node)

    def after(self, box: Box | None) -> Box | None:
        """The next box that takes a value, or None at the end of the questionnaire (after a
        roster's "another?" box that added an entry: that entry's first box)."""
        if box is not None and box.more and len(box.node.named(box.element.name)) >= box.entry:
            added = self.first_of_entry(box.roster, box.entry)
            if added is not None:
                return added
        start = 0 if box is None else self._index(box) + 1
        for candidate in self.boxes[start:]:
            if self.open(candidate):
                return candidate
        return None

    def before(self, box: Box) -> Box | None:
        for candidate in reversed(self.boxes[: self._index(box)]):
            if self.open(candidate):
                return candidate
        return None

    def _index(self, box: Box) -> int:
        for i, candidate in enumerate(self.boxes):
            if candidate.node is box.node:
                return i
        raise KeyError(box.path)

    def shown(self, box: Box) -> str:
        """What the box shows: the codes of its choices, the value, or what was typed."""
        if box.more:
            return ""
        state = box.node.state
        if state is not None and state.typed:
            return state.typed
        value = box.node.text
        if box.codes and value:
            by_value = {v: c for c, v in box.codes}
            return " ".join(by_value.get(v, v) for v in value.split())
        return value

    # -- keying ----------------------------------------------------------------------------
    def enter(self, box: Box, typed: str) -> Refusal | None:
        """Key ``typed`` into ``box``; saved at once. None when accepted; else why not (the
        text stays typed on the box, and the questionnaire cannot be finished with it)."""
        if box.more:
            return self._more(box, typed.strip())
        value, refusal = self._read(box, typed)
        if value is None:
            self._forget_written(box.node)
            self.draft.set_typed(box.node, typed.strip())
            return refusal
        self.draft.set_answer(box.node, value)
        if value == "" and self.session.is_required(box.node):
            self._forget_written(box.node)
            return Refusal("required")
        issue = self.draft.issue(box.node)
        if issue is not None and issue.code == "constraint":
            if self.kept_as_written(box) is not None:
                return None  # the paper's value, confirmed before, keyed again
            return Refusal("rule", text=issue.text(self.session.language), keepable=True)
        self._forget_written(box.node)
        if issue is not None and issue.code != "required":
            return Refusal("rule", text=issue.text(self.session.language))
        return None

    # -- the paper's value kept as written -------------------------------------------------
    def written_values(self) -> dict[str, dict[str, str]]:
        """The answers kept as the paper wrote them against the form's rule: path ->
        {value, rule, note} (decrypted from the keying record)."""
        if self._written is None:
            self._written = self.draft.owner.open_written(self.record)
        return self._written

    def kept_as_written(self, box: Box) -> dict[str, str] | None:
        """The box's value kept as written, while the box still holds that value."""
        entry = self.written_values().get(steady_path(box.node))
        return entry if entry is not None and entry["value"] == box.node.text else None

    def keep_as_written(self, box: Box, note: str = "") -> None:
        """The clerk confirmed: the value the box holds, which breaks the form's rule, is
        what the paper says. Kept (flagged, with the rule and the note) and sent with the
        paper's facts; the supervisor sees it, and indicators leave it out until someone
        resolves it."""
        issue = self.draft.issue(box.node)
        if issue is None or issue.code != "constraint":
            return
        written = self.written_values()
        written[steady_path(box.node)] = {
            "value": box.node.text,
            # in the form's own language, as the exports and the review read it (the clerk
            # saw it in theirs)
            "rule": issue.text(self.session.form.default_language),
            "note": note.strip()[:500],
        }
        self._save_written()

    def _forget_written(self, node: Node) -> None:
        path = steady_path(node)
        if path in self.written_values():
            del self.written_values()[path]
            self._save_written()

    def _save_written(self) -> None:
        blob = self.draft.owner.seal_written(self.record.uuid, self.written_values())
        self.record = self.record.model_copy(update={"as_written": blob})
        self.draft.owner.store.put_keying(self.record)

    def allowed(self, issue: Issue) -> bool:
        """A problem that stands as it is: a value kept as written, still held."""
        if issue.code != "constraint" or not self.written_values():
            return False
        try:
            node = self.session.node(issue.path)
        except KeyError:
            return False
        entry = self.written_values().get(steady_path(node))
        return entry is not None and entry["value"] == node.text

    def _more(self, box: Box, typed: str) -> Refusal | None:
        """At a roster's "another?" box: 1 (or +) adds an entry, nothing goes on."""
        if typed in ("", "2"):
            return None
        if typed not in ("1", "+"):
            return Refusal("more")
        self.draft.add_repeat(box.element.path, box.node)
        self.refresh()
        return None

    def first_of_entry(self, roster: str, entry: int) -> Box | None:
        """The first box of a roster's entry that takes a value (after adding it)."""
        for box in self.boxes:
            if box.roster == roster and box.entry == entry and not box.more and self.open(box):
                return box
        return None

    def _read(self, box: Box, typed: str) -> tuple[str | None, Refusal | None]:
        el = box.element
        text = typed.strip()
        if box.codes:
            return self._read_codes(box, text)
        kind = el.data_type or "string"
        if kind in ("int", "decimal") or el.control == "range":
            found = answers.number_answer(text, integer=kind == "int")
            if found.value is None:
                word = {
                    "ambiguous": "ambiguous",
                    "comma": "comma",
                    "digits": "digits",
                    "whole": "whole_number",
                }.get(found.problem, "whole_number" if kind == "int" else "number")
                readings = found.readings or ("",)
                return None, Refusal(
                    word,
                    {
                        "typed": text,
                        "first": readings[0],
                        "second": readings[-1],
                        "value": readings[0],
                    },
                )
            return found.value, None
        if kind == "date":
            day = read_paper_date(text)
            if day is None and no_such_day(text):
                return None, Refusal("no_such_day", {"date": text})
            return (day, None) if day is not None else (None, Refusal("date"))
        if kind == "time":
            clock = answers.time_answer(text, self.now())
            return (clock, None) if clock is not None else (None, Refusal("time"))
        if kind == "geopoint":  # "lat lon" or "lat lon accuracy", as written on the paper
            parts = [*text.replace(",", " ").split(), "", "", ""]
            if len(text.replace(",", " ").split()) > 3:
                return None, Refusal("geo_numbers")
            point, problem = answers.geopoint_answer(*parts[:3])
            return (point, None) if point is not None else (None, Refusal("geo_" + problem))
        if kind == "dateTime":
            moment = answers.datetime_answer(text, self.now())
            return (moment, None) if moment is not None else (None, Refusal("datetime"))
        return text, None

    def _read_codes(self, box: Box, text: str) -> tuple[str | None, Refusal | None]:
        """Codes into values. Several choices: separated by spaces (or commas), or typed
        together when every code is one digit ("135"); stored in the form's order, as the
        form view and ODK store them (a rank keeps the order typed: it is the answer)."""
        typed_codes = [answers.plain_digits(c) for c in _SEPARATORS.split(text) if c]
        several = box.element.control != "select1"
        single_digits = all(len(c) == 1 for c, _ in box.codes)
        if several and single_digits and len(typed_codes) == 1 and len(typed_codes[0]) > 1:
            typed_codes = list(typed_codes[0])
        if len(typed_codes) > 1 and not several:
            return None, Refusal("one_code", {"codes": _code_range(box)})
        values = []
        by_code = dict(box.codes)
        offered = {c.value for c in self.session.choices(box.node)} | {ACKNOWLEDGED}
        for code in typed_codes:
            value = by_code.get(code) or by_code.get(code.lstrip("0") or "0")
            if value is None:
                return None, Refusal("no_such_code", {"code": code, "codes": _code_range(box)})
            if value not in offered:  # the choice filter leaves it out here
                return None, Refusal("not_offered", {"code": code})
            if value not in values:
                values.append(value)
        if box.element.control == "select":
            order = {v: i for i, (_, v) in enumerate(box.codes)}
            values.sort(key=lambda v: order.get(v, len(order)))
        return " ".join(values), None

    # -- the paper, and finishing ----------------------------------------------------------
    def take_paper_date(self, interview_date: str) -> None:
        """``start``, ``end`` and ``today`` as the paper says, not as the keyboard's clock:
        the interview's date (at midnight, the computer's time zone, for the timestamps)."""
        moment = f"{interview_date}T00:00:00.000{answers.offset_text(self.now())}"
        for el in self.session.form.walk():
            if el.preload == "timestamp" and el.preload_params in ("start", "end"):
                for node in self.session.nodes(el.path):
                    self.session.set_value(node, moment)
            elif el.preload == "date" and el.preload_params == "today":
                for node in self.session.nodes(el.path):
                    self.session.set_value(node, interview_date)
        self.draft.save()

    def finish(self) -> list[Issue]:
        """Done keying (the paper's facts checked first, by ``paper_problem``): the problems
        when something is missing or wrong (the first box to go back to is the first
        problem's), else nothing. A first keying is finalized with the paper's date — unless
        its batch is keyed twice and not released yet: then it waits, checked, as a draft
        (``batches.release`` finalizes the batch). A second keying is compared with the
        first (``batches.compare``)."""
        self.take_paper_date(self.record.interview_date)
        owner = self.draft.owner
        batch = (
            owner.store.batch(self.record.form_id, self.record.batch) if self.record.batch else None
        )
        held = batch is not None and batch.verify_percent > 0 and not batch.released_at
        if self.second or held:
            problems = self.draft.issues(allowed=self.allowed)
        else:
            problems = self.draft.finalize(stamp_end=False, allowed=self.allowed)
        if problems:
            return problems
        self.record = self.record.model_copy(update={"finished_at": owner.client.now_text()})
        owner.store.put_keying(self.record)
        if self.second:
            from desktop_app import batches

            batches.compare(owner, self)
        return []

    def box_of(self, issue: Issue) -> Box | None:
        for box in self.boxes:
            if box.path == issue.path:
                return box
        return None


def _code_range(box: Box) -> str:
    codes = [c for c, _ in box.codes]
    if len(codes) > 1 and all(c.isdigit() for c in codes):
        numbers = sorted(int(c) for c in codes)
        if numbers == list(range(numbers[0], numbers[-1] + 1)):
            return f"{numbers[0]}–{numbers[-1]}"
    return ", ".join(codes)


class SecondDraft(Draft):
    """A second keying's answers, blind: saved with its keying record (encrypted, as every
    answer), never a submission of their own — nothing of it is listed or sent."""

    keying: Keying | None = None

    @classmethod
    def new(cls, user: UserSession, form_id: str, *, language: str | None) -> SecondDraft:
        form, uuid, session = user.blank(form_id, language=language)
        now = user.client.now_text()
        record = SubmissionRecord(
            uuid=uuid,
            form_id=form.form_id,
            form_version=form.version,
            created_at=now,
            updated_at=now,
        )
        draft = cls(user, record, form, session)
        draft.blank = document_to_json(form, session.doc)
        return draft

    @classmethod
    def reopen(cls, user: UserSession, record: KeyingRecord) -> SecondDraft:
        """A finished second keying's answers, to read (saving them again does nothing)."""
        form = user.entities.form_to_fill(user.client.form(record.form_id))
        data, typed = user.open_draft_answers(record.uuid, record.answers or b"")
        doc = json_to_document(form, data)
        fill_missing_fields(form, doc)
        session = FormSession(form, doc, now=user.client.clock)
        restore_typed(session, typed)
        now = user.client.now_text()
        sub = SubmissionRecord(
            uuid=record.uuid,
            form_id=form.form_id,
            form_version=form.version,
            created_at=now,
            updated_at=now,
        )
        return cls(user, sub, form, session)

    def save(self) -> None:
        if self.keying is None:
            return
        data = document_to_json(self.form, self.session.doc)
        sealed = self.owner.seal_answers(self.uuid, data, self.session.typed_texts())
        self.keying.record = self.keying.record.model_copy(update={"answers": sealed})
        self.owner.store.put_keying(self.keying.record)
        self.saved_at = self.owner.client.now_text()
