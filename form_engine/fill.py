"""Random but valid submissions, made by walking a form the way an enumerator does: question by
question in order, only what is relevant, choices as filtered, repeat counts as computed, and
each answer re-drawn until its constraint holds."""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import rstr

from form_engine.errors import FormEngineError
from form_engine.model import Element, FormDefinition
from form_engine.nodes import Node
from form_engine.session import FormSession
from form_engine.solving import Wants, alternatives, equalities
from form_engine.submission import document_to_json
from form_engine.validation import Issue, check_answer, check_session, validate_submission
from form_engine.xpath.evaluator import evaluate_tree
from form_engine.xpath.fn_odk import java_regex
from form_engine.xpath.values import date_from_days, to_string

FIRST_NAMES = [
    "Amina",
    "Baraka",
    "Hodan",
    "Abdi",
    "Fatuma",
    "Deng",
    "Nyakuoth",
    "Ayan",
    "Tesfaye",
    "Mariam",
    "Okello",
    "Achieng",
    "Hamza",
    "Liya",
    "Samir",
    "Nasra",
    "Kiros",
    "Zainab",
    "Juma",
    "Habiba",
]
WORDS = [
    "market",
    "borehole",
    "clinic",
    "school",
    "kiosk",
    "church",
    "mosque",
    "shop",
    "farm",
    "river",
]
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f]")  # a regex's "." may draw them; XML cannot hold them
ATTEMPTS = 60
REPAIRS = 3  # passes over what validation still refuses before starting the submission over


class FillError(FormEngineError):
    code = "fill"


class _Restart(Exception):
    def __init__(self, element: Element) -> None:
        self.element = element


RESTARTS = 50


class _Filler:
    def __init__(
        self, form: FormDefinition, rng: random.Random, now: datetime, attachments: dict[str, bytes]
    ) -> None:
        self.form = form
        self.rng = rng
        self.now = now
        self.attachments = attachments
        self.xeger = rstr.Rstr(rng)

    # -- walking -----------------------------------------------------------------------------
    def fill(self, session: FormSession) -> None:
        self.session = session
        self._elements(self.form.elements, session.root)
        for _ in range(REPAIRS):
            # An answer given later can make an earlier one wrong (a total that no longer
            # adds up, a required question brought back by relevance): answer those again.
            issues = check_session(session)
            if not issues:
                break
            self._repair(issues)
        session.stamp_end()

    def _repair(self, issues: list[Issue]) -> None:
        s = self.session
        for issue in issues:
            try:
                node = s.node(issue.path)
            except (KeyError, ValueError, FormEngineError):
                continue
            el = s.element(node) if node is not None else None
            if el is None or el.kind != "question" or not el.control:
                continue
            if s.is_readonly(node):
                # A note that blocks until two answers agree (". = ${total}", relevant when
                # they differ): the enumerator goes back and corrects one; so does the filler.
                self._make_agree(el, node)
                continue
            try:
                self._answer(el, node)
            except _Restart:
                continue

    def _make_agree(self, el: Element, node: Node) -> None:
        s = self.session
        for left, right in equalities(el.constraint or "", el.relevant or ""):
            for mine, other in ((left, right), (right, left)):
                found = evaluate_tree(mine, node, s.env)
                if not isinstance(found, list) or len(found) != 1:
                    continue
                target = found[0]
                target_el = s.element(target)
                if (
                    target_el is None
                    or target_el.kind != "question"
                    or not target_el.control
                    or target_el.calculate
                    or s.is_readonly(target)
                ):
                    continue
                s.set_value(target, to_string(evaluate_tree(other, node, s.env)))
                if check_answer(s, target_el, target) is None:
                    return

    def _elements(self, elements: list[Element], parent: Node) -> None:
        s = self.session
        for el in elements:
            if el.kind == "repeat":
                if not el.repeat_count:
                    wanted = self.rng.randint(1, 4)
                    while len(parent.named(el.name)) < wanted:
                        s.add_repeat(el.path, parent)
                    while len(parent.named(el.name)) > wanted:
                        s.remove_repeat(parent.named(el.name)[-1])
                for inst in list(parent.named(el.name)):
                    if inst.parent is not None and s.is_relevant(inst):
                        self._elements(el.children, inst)
            elif el.kind == "group":
                node = parent.child(el.name)
                if node is not None and s.is_relevant(node):
                    self._elements(el.children, node)
            else:
                for node in parent.named(el.name):
                    if (
                        s.is_relevant(node)
                        and not el.preload
                        and el.control
                        and not s.is_readonly(node)
                    ):
                        self._answer(el, node)

    def _answer(self, el: Element, node: Node) -> None:
        s = self.session
        if el.control == "trigger":
            s.set_value(node, "OK" if self.rng.random() < 0.9 or s.is_required(node) else "")
            if check_answer(s, el, node) is not None:
                # A cross-field check (totals that must agree) failed: start this submission over.
                raise _Restart(el)
            return
        required = s.is_required(node)
        if not required and self.rng.random() < 0.1 and check_answer(s, el, node) is None:
            return  # enumerators skip some optional questions (unless the default is invalid)
        for candidate in self._candidates(el, node):
            s.set_value(node, candidate)
            if check_answer(s, el, node) is None:
                return
        s.set_value(node, "")
        if check_answer(s, el, node) is not None:
            # Earlier answers may leave none possible (an optional total skipped, and a
            # required ". <= ${total}"): another walk may not.
            raise _Restart(el)

    # -- values ------------------------------------------------------------------------------
    def _candidates(self, el: Element, node: Node) -> Iterator[str]:
        hints = [float(x) for x in _NUMBER.findall(el.constraint or "")]
        # What the constraint asks, with the other answers as they are now (". <= ${total}").
        wants = alternatives(el.constraint, node, self.session.env) if el.constraint else []
        for i in range(ATTEMPTS):
            want = wants[i % len(wants)] if wants else None
            if want is not None and i < ATTEMPTS - 10:
                value = self._wanted(el, want, i)
                if value is not None and value not in want.avoid:
                    yield value
                    continue
            yield self._value(el, node, hints, i)

    def _wanted(self, el: Element, want: Wants, attempt: int) -> str | None:
        """An answer drawn from what the constraint says it must be, or None to guess."""
        rng = self.rng
        t = el.data_type or "string"
        if el.control in ("select1", "select", "range", "rank", "odk:rank"):
            return None
        if t == "int":
            span = want.integer_range()
            if span is None:
                return None
            lo, hi = span
            if attempt % 4 == 3:
                return str(rng.randint(lo, hi))
            # Small values more often, as household sizes and ages are in real data (a
            # household of 1-30 is mostly 1-8: benchmarks fed by the filler depend on it).
            return str(lo + min(hi - lo, int(rng.expovariate(5.0 / (hi - lo + 1)))))
        if t == "decimal":
            bounds = want.decimal_range()
            if bounds is None:
                return None
            value = round(rng.uniform(*bounds), 2)
            return repr(min(max(value, bounds[0]), bounds[1]))
        if t == "date":
            span = want.integer_range()  # dates compare as days since 1970-01-01
            if span is None:
                return None
            return date_from_days(rng.randint(*span)).isoformat()
        if t in ("string", "barcode"):
            if want.patterns:
                try:
                    # the pattern as Daftari's regex() reads it (Java's readings included)
                    text = self.xeger.xeger(java_regex(rng.choice(want.patterns)).pattern)
                except (re.error, ValueError, TypeError, IndexError, KeyError):
                    return None
                return None if _UNPRINTABLE.search(text) else text
            if want.shortest > 0 or want.longest != float("inf"):
                longest = int(min(want.longest, want.shortest + 20))
                size = rng.randint(int(want.shortest), max(int(want.shortest), longest))
                return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(size))
        return None

    def _value(self, el: Element, node: Node, hints: list[float], attempt: int) -> str:
        rng = self.rng
        t = el.data_type or "string"
        if el.control in ("select1", "select"):
            choices = [c.value for c in self.session.choices(node)]
            if not choices:
                return ""
            common = [
                c for c in choices if c not in ("other", "dont_know", "refused", "none")
            ] or choices
            if el.control == "select1":
                # Nearly every respondent consents; a survey of refusals is no demo data.
                if "consent" in el.name.lower() and "yes" in choices and rng.random() < 0.95:
                    return "yes"
                return rng.choice(common if rng.random() < 0.9 else choices)
            k = rng.randint(1, min(3, len(common)))
            return " ".join(sorted(rng.sample(common, k), key=choices.index))
        if el.control == "range":
            start = float(el.parameters.get("start", 0))
            end = float(el.parameters.get("end", 10))
            step = float(el.parameters.get("step", 1)) or 1
            steps = int(abs(end - start) / step)
            value = start + step * rng.randint(0, steps) * (1 if end >= start else -1)
            return str(int(value)) if t == "int" else repr(value)
        if t == "int":
            if len(hints) >= 2 and attempt < 30:
                # Bounds written in the constraint (". >= 1 and . <= 30"): draw between them,
                # small values more often, as household sizes and ages are in real data.
                lo, hi = int(min(hints)), int(max(hints))
                if attempt % 4 == 3:
                    return str(rng.randint(lo - 1, hi + 1))
                return str(lo + min(hi - lo, int(rng.expovariate(5.0 / (hi - lo + 1)))))
            if hints and attempt % 3 == 0:
                return str(int(rng.choice(hints)) + rng.choice([-1, 0, 1]))
            top = 10 if attempt < 20 else 100 if attempt < 40 else 1000
            return str(rng.randint(0, top))
        if t == "decimal":
            if hints and attempt % 3 == 0:
                return repr(round(rng.choice(hints) + rng.uniform(-1, 1), 2))
            return repr(round(rng.uniform(0, 10 ** (1 + attempt // 20)), 2))
        if t == "date":
            return (
                self.now.date() - timedelta(days=rng.randint(0, 365 * (1 + attempt)))
            ).isoformat()
        if t == "time":
            return f"{rng.randint(6, 18):02d}:{rng.randint(0, 59):02d}:00.000{_offset(self.now)}"
        if t == "dateTime":
            moment = self.now - timedelta(minutes=rng.randint(0, 60 * 24 * 30))
            return moment.strftime("%Y-%m-%dT%H:%M:%S.000") + _offset(self.now)
        if t == "geopoint":
            return f"{3.7 + rng.uniform(-0.5, 0.5):.6f} {34.85 + rng.uniform(-0.5, 0.5):.6f} {rng.randint(500, 700)} {rng.randint(3, 25)}"
        if t in ("geotrace", "geoshape"):
            lat, lon = 3.7 + rng.uniform(-0.5, 0.5), 34.85 + rng.uniform(-0.5, 0.5)
            pts = [(lat, lon), (lat + 0.001, lon), (lat + 0.001, lon + 0.001)]
            if t == "geoshape":
                pts.append(pts[0])
            return ";".join(f"{a:.6f} {b:.6f} 0 5" for a, b in pts)
        if t == "binary":
            return self._attachment(el)
        if t == "barcode":
            return "".join(rng.choice("0123456789") for _ in range(12))
        # text
        if attempt >= 20:
            digits = rng.randint(1, 12) if attempt < 40 else (attempt - 38)
            return "".join(rng.choice("0123456789") for _ in range(digits))
        if "name" in el.name.lower() or attempt % 2:
            return f"{rng.choice(FIRST_NAMES)} {rng.choice(FIRST_NAMES)}"
        return f"{rng.choice(WORDS)} {rng.randint(1, 99)}"

    def _attachment(self, el: Element) -> str:
        kind = (el.mediatype or "").split("/")[0]
        ext = {"image": "jpg", "audio": "m4a", "video": "mp4"}.get(kind, "bin")
        content = bytes(self.rng.getrandbits(8) for _ in range(256))
        digest = hashlib.sha256(content).hexdigest()
        name = f"{digest}.{ext}"
        self.attachments[name] = content
        return name


def _offset(moment: datetime) -> str:
    off = moment.utcoffset()
    minutes = int(off.total_seconds() // 60) if off else 0
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _clock(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


def random_submissions(
    form: FormDefinition,
    count: int,
    *,
    seed: int = 0,
    now: datetime | None = None,
    attachments: dict[str, bytes] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[dict]:
    """Yield ``count`` submission envelopes: ``{"uuid", "form_id", "form_version", "data"}``.

    The same seed and ``now`` give the same submissions. Attachment contents (random bytes, named
    by their SHA-256) are put into ``attachments`` when given.
    """
    moment = (now or datetime.now()).astimezone()
    store: dict[str, bytes] = attachments if attachments is not None else {}
    for i in range(count):
        clock_time = moment - timedelta(minutes=10 * (count - i))
        for attempt in range(RESTARTS):
            rng = random.Random(f"{seed}:{i}" + (f":{attempt}" if attempt else ""))
            uid = f"uuid:{rng.getrandbits(128):032x}"
            uid = f"uuid:{uid[5:13]}-{uid[13:17]}-4{uid[18:21]}-a{uid[22:25]}-{uid[25:37]}"
            session = FormSession.new(form, now=_clock(clock_time), rng=rng, instance_id=uid)
            filler = _Filler(form, rng, clock_time, store)
            try:
                filler.fill(session)
            except _Restart as restart:
                el = restart.element
                failed = f"'{el.name}' (row {el.row}), whose constraint is {el.constraint!r}"
                continue
            # What it yields is what `form validate` and the server accept, or nothing.
            data = document_to_json(form, session.doc, relevant_only=True)
            refused = validate_submission(form, data).issues
            if not refused:
                break
            failed = f"'{refused[0].name}' ({refused[0].code}: {refused[0].text()})"
        else:
            raise FillError(f"after {RESTARTS} random walks no answer satisfied {failed}")
        yield {"uuid": uid[5:], "form_id": form.form_id, "form_version": form.version, "data": data}
        if on_progress:
            on_progress(i + 1)


def write_attachments(attachments: dict[str, bytes], directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, content in attachments.items():
        (directory / name).write_bytes(content)
