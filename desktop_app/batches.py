"""Batches of paper questionnaires and double entry, at the municipal office (Qt-free).

A box of paper is registered as a **batch** of one form: how many questionnaires it should
hold, the range of numbers printed on them, and the share keyed a second time. Its progress —
expected, keyed, to verify, verified, differences open — and the numbers missing from its range,
keyed twice or outside it are flagged here, at the office, not in the analysis.

**Double entry**: the papers chosen for verification (all of them, or a share chosen by their
number, the same choice whoever asks; in a batch with a number range exactly the share of its
numbers, rounded as a person rounds: 30 % of 10 papers is 3) are keyed a second time, blind,
by another clerk; every answer the two keyings disagree on is listed side by side and
resolved by a third look — the first keying's value, the second's, or another typed from the
paper — each resolution recorded (who, when, which). While a batch that is keyed twice is not
**released**, its first keyings wait as checked drafts; releasing it (every chosen paper
verified, every difference resolved) finalizes them with the paper's dates, and the ordinary
sync sends them, with their batch.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop_app.draft import audit
from desktop_app.errors import NotAllowed, NotFound
from desktop_app.keying import Box, Keying, Refusal, SecondDraft, question_numbers
from desktop_app.store import BatchRecord, KeyingDifference, KeyingRecord
from form_engine import FormDefinition
from form_engine.model import NO_LANGUAGE, Segment

if TYPE_CHECKING:
    from desktop_app.session import UserSession


@dataclass
class Progress:
    batch: BatchRecord
    keyed: list[str] = field(default_factory=list)  # numbers keyed once (first keyings done)
    to_verify: list[str] = field(default_factory=list)  # chosen for a second keying
    verified: list[str] = field(default_factory=list)  # keyed a second time
    open_differences: int = 0
    resolved_differences: int = 0
    missing: list[str] = field(default_factory=list)  # in the range, not keyed
    twice: list[str] = field(default_factory=list)  # keyed as first keyings more than once
    outside: list[str] = field(default_factory=list)  # keyed, outside the range

    @property
    def waiting(self) -> list[str]:
        """Chosen for verification and not verified yet."""
        return [n for n in self.to_verify if n not in self.verified]

    @property
    def ready(self) -> bool:
        """Can be released: every chosen paper verified, every difference resolved."""
        return bool(self.keyed) and not self.waiting and not self.open_differences


def register(
    user: UserSession,
    form_id: str,
    name: str,
    *,
    expected: int = 0,
    first_number: int | None = None,
    last_number: int | None = None,
    verify_percent: int = 0,
) -> BatchRecord:
    name = name.strip()
    if not name:
        raise NotAllowed("a batch needs a name (as written on the box)")
    if not 0 <= verify_percent <= 100:
        raise NotAllowed("the share keyed twice is between 0 and 100 %")
    if (first_number is None) != (last_number is None) or (
        first_number is not None and last_number is not None and first_number > last_number
    ):
        raise NotAllowed("a number range is a first number and a last one, not below it")
    user.client.form(form_id)  # installed
    batch = BatchRecord(
        form_id=form_id,
        name=name,
        expected=max(0, expected),
        first_number=first_number,
        last_number=last_number,
        verify_percent=verify_percent,
        created_by=user.user.name,
        created_at=user.client.now_text(),
    )
    now = batch.created_at
    user.store.put_batch(batch, audit=audit(user.user.name, "batch.register", name, now))
    return batch


# A box of paper holds hundreds of questionnaires; a range past this (a slip of the keyboard)
# is not ranked number by number: each number then decides for itself, as with no range.
MOST_RANKED = 100_000


def second_keyings_planned(verify_percent: int, papers: int) -> int:
    """How many of ``papers`` are keyed a second time at ``verify_percent``: the share rounded
    as a person rounds it (half up: 30 % of 10 is 3, 25 % of 10 is 3, 5 % of 10 is 1), and at
    least one paper whenever the share is not 0 %."""
    if papers <= 0 or verify_percent <= 0:
        return 0
    return min(papers, max(1, (verify_percent * papers + 50) // 100))


def chosen(batch: BatchRecord, number: str) -> bool:
    """Whether the paper of this number is keyed twice: all of them at 100 %; in a batch with
    a number range, exactly ``second_keyings_planned`` of its numbers (those the number
    itself ranks first); else — no range, or a number outside it — a share chosen by the
    number itself. The same whoever asks, whatever else is keyed."""
    if batch.verify_percent >= 100:
        return True
    if batch.verify_percent <= 0:
        return False
    first, last = batch.first_number, batch.last_number
    if first is not None and last is not None and last - first < MOST_RANKED:
        if number.isdigit() and first <= int(number) <= last:
            return int(number) in _chosen_in_range(
                batch.form_id, batch.name, first, last, batch.verify_percent
            )
    return _rank(batch.form_id, batch.name, number) % 100 < batch.verify_percent


@lru_cache(maxsize=64)
def _chosen_in_range(
    form_id: str, name: str, first: int, last: int, verify_percent: int
) -> frozenset[int]:
    numbers = range(first, last + 1)
    ranked = sorted(numbers, key=lambda n: (_rank(form_id, name, str(n)), n))
    return frozenset(ranked[: second_keyings_planned(verify_percent, len(numbers))])


def progress(user: UserSession, form_id: str, name: str) -> Progress:
    batch = _batch(user, form_id, name)
    keyings = user.store.keyings_of_batch(form_id, batch.name)
    firsts = [k for k in keyings if not k.verifies and k.finished_at]
    seconds = [k for k in keyings if k.verifies and k.verifies != "?" and k.finished_at]
    found = Progress(batch)
    numbers = [k.number for k in firsts]
    found.keyed = sorted(set(numbers), key=_order)
    found.twice = sorted({n for n in numbers if numbers.count(n) > 1}, key=_order)
    found.to_verify = [n for n in found.keyed if chosen(batch, n)]
    first, last = batch.first_number, batch.last_number
    ranked = first is not None and last is not None and last - first < MOST_RANKED
    if batch.verify_percent and not found.to_verify and found.keyed and not ranked:
        # at least one (a batch with a range has its own, fixed, among its numbers)
        found.to_verify = [min(found.keyed, key=lambda n: _rank(batch.form_id, batch.name, n))]
    by_uuid = {k.uuid: k.number for k in firsts}
    found.verified = sorted(
        {by_uuid[k.verifies] for k in seconds if k.verifies in by_uuid}, key=_order
    )
    differences = user.store.differences(list(by_uuid))
    found.open_differences = sum(1 for d in differences if not d.resolution)
    found.resolved_differences = sum(1 for d in differences if d.resolution)
    if batch.first_number is not None and batch.last_number is not None:
        span = range(batch.first_number, batch.last_number + 1)
        found.missing = [str(n) for n in span if str(n) not in set(numbers)]
        found.outside = [n for n in found.keyed if not (n.isdigit() and int(n) in span)]
    return found


def _order(number: str) -> tuple[int, str]:
    return (int(number), "") if number.isdigit() else (1 << 62, number)


def _rank(form_id: str, name: str, number: str) -> int:
    """A number drawn from the paper's number, the same on every computer."""
    return int.from_bytes(hashlib.sha256(f"{form_id}/{name}/{number}".encode()).digest()[:4], "big")


def _batch(user: UserSession, form_id: str, name: str) -> BatchRecord:
    batch = user.store.batch(form_id, name)
    if batch is None:
        raise NotFound(f"no batch '{name}' of form '{form_id}' on this computer")
    return batch


# -- comparing two keyings ---------------------------------------------------------------------
def _first_keying(user: UserSession, first: KeyingRecord, language: str | None = None) -> Keying:
    draft = user.open_submission(first.uuid, language=language, for_batch=True)
    return Keying(draft, first, now=user.client.clock)


def _second_keying(user: UserSession, second: KeyingRecord) -> Keying:
    return Keying(SecondDraft.reopen(user, second), second, now=user.client.clock)


def compare(user: UserSession, second: Keying) -> list[KeyingDifference]:
    """The answers a finished second keying disagrees on with the paper's first keying; kept
    (open) to be resolved, and the number of answers compared on the second's record."""
    store = user.store
    first_record = next(
        (
            k
            for k in store.keyings_numbered(second.record.form_id, second.record.number)
            if k.uuid == second.record.verifies
        ),
        None,
    )
    if first_record is None:
        raise NotFound("the first keying of this paper is not on this computer")
    first = _first_keying(user, first_record)
    mine = {b.path: b for b in first.boxes if not b.more}
    theirs = {b.path: b for b in second.boxes if not b.more}
    found = []
    compared = 0
    for path in [*mine, *(p for p in theirs if p not in mine)]:
        a = _value(first, mine.get(path))
        b = _value(second, theirs.get(path))
        if not a and not b:
            continue
        compared += 1
        if a != b:
            found.append(
                KeyingDifference(
                    first=first_record.uuid,
                    path=path,
                    second=second.record.uuid,
                    first_by=first_record.keyed_by,
                    second_by=second.record.keyed_by,
                )
            )
    for name in ("interview_date", "paper_enumerator"):  # the paper's facts too
        compared += 1
        if (
            getattr(first_record, name).strip().casefold()
            != getattr(second.record, name).strip().casefold()
        ):
            found.append(
                KeyingDifference(
                    first=first_record.uuid,
                    path=f"#{name}",
                    second=second.record.uuid,
                    first_by=first_record.keyed_by,
                    second_by=second.record.keyed_by,
                )
            )
    store.put_differences(first_record.uuid, found)
    second.record = second.record.model_copy(update={"compared": compared})
    store.put_keying(second.record)
    return found


def _value(keying: Keying, box: Box | None) -> str:
    if box is None or not keying.open(box):
        return ""
    state = box.node.state
    return (state.typed if state is not None and state.typed else box.node.text).strip()


@dataclass
class Difference:
    """One answer two keyings disagree on, as the third look sees it."""

    record: KeyingDifference
    number: str  # the paper's number
    label: str  # the question (numbered as on the paper)
    first: str  # as the first keying has it (codes for a choice)
    second: str


def differences(
    user: UserSession,
    form_id: str,
    name: str,
    *,
    open_only: bool = True,
    language: str | None = None,
) -> list[Difference]:
    """The batch's differences, side by side, in the papers' and questions' order; the
    questions in the form ``language`` (its default)."""
    batch = _batch(user, form_id, name)
    keyings = user.store.keyings_of_batch(form_id, batch.name)
    firsts = {k.uuid: k for k in keyings if not k.verifies}
    seconds = {k.uuid: k for k in keyings if k.verifies}
    out = []
    opened: dict[str, tuple[Keying, Keying]] = {}
    numbers = question_numbers(user.client.form(form_id))
    for d in user.store.differences(list(firsts)):
        if open_only and d.resolution:
            continue
        if d.first not in opened:
            opened[d.first] = (
                _first_keying(user, firsts[d.first], language),
                _second_keying(user, seconds[d.second]),
            )
        first, second = opened[d.first]
        if d.path.startswith("#"):
            name_ = d.path[1:]
            out.append(
                Difference(
                    d,
                    firsts[d.first].number,
                    name_,
                    getattr(firsts[d.first], name_),
                    getattr(seconds[d.second], name_),
                )
            )
            continue
        box = next((b for b in first.boxes if b.path == d.path), None)
        other = next((x for x in second.boxes if x.path == d.path), None)
        # a roster entry only one keying made: the question named from that keying's box
        named, keying = (box, first) if box is not None else (other, second)
        label = d.path
        if named is not None:
            rendered = keying.session.render(named.element.label, named.node, language)
            label = f"{numbers.get(named.element.path, '')}. {' '.join(rendered.split())}"
            if named.entry:
                label += f" ({named.entry})"
        a = first.shown(box) if box is not None and first.open(box) else ""
        b = second.shown(other) if other is not None and second.open(other) else ""
        out.append(Difference(d, firsts[d.first].number, label, a, b))
    out.sort(key=lambda d: (_order(d.number), _question_order(d.label)))
    return out


def _question_order(label: str) -> int:
    head = label.split(".", 1)[0]
    return int(head) if head.isdigit() else -1  # the paper's facts first


def resolve(
    user: UserSession, difference: Difference, choice: str, typed: str = ""
) -> Refusal | None:
    """The third look: ``first`` (the first keying was right), ``second``, or ``other`` with
    the value from the paper (``typed``). The first keying's answer becomes the resolved one;
    recorded (who, when, which — never the answer)."""
    if choice not in ("first", "second", "other"):
        raise NotAllowed("a difference is resolved as first, second or other")
    d = difference.record
    firsts = user.store.keyings_of_batch(*_batch_of(user, d.first))
    first_record = next(k for k in firsts if k.uuid == d.first)
    value = {"first": difference.first, "second": difference.second, "other": typed}[choice]
    if d.path.startswith("#"):
        name = d.path[1:]
        first_record = first_record.model_copy(update={name: value.strip()})
        user.store.put_keying(first_record)
    elif choice != "first":
        keying = _first_keying(user, first_record)
        box = next((b for b in keying.boxes if b.path == d.path), None)
        if box is None:
            return Refusal("gone")
        state = box.node.state
        before, typed_before = box.node.text, state.typed if state is not None else ""
        refusal = keying.enter(box, value)
        if refusal is not None:  # the first keying's answer stays as it was
            if typed_before:
                keying.draft.set_typed(box.node, typed_before)
            else:
                keying.draft.set_answer(box.node, before)
            return refusal
    now = user.client.now_text()
    user.store.resolve_difference(
        d.first,
        d.path,
        resolution=choice,
        by=user.user.name,
        at=now,
        audit=audit(user.user.name, "keying.resolve", d.first, now, f"{d.path}: {choice}"),
    )
    return None


def _batch_of(user: UserSession, uuid: str) -> tuple[str, str]:
    record = user.store.keying(uuid)
    if record is None:
        raise NotFound(f"no keying {uuid} on this computer")
    return record.form_id, record.batch


def release(user: UserSession, form_id: str, name: str) -> list[str]:
    """Finalize the batch's first keyings with their papers' dates, for the ordinary sync;
    refused while a chosen paper waits for its second keying or a difference is open.
    Returns the numbers that could not be finalized (a required answer missing…)."""
    found = progress(user, form_id, name)
    if found.waiting or found.open_differences:
        raise NotAllowed(
            f"batch '{name}' is not reconciled: {len(found.waiting)} paper(s) wait for their "
            f"second keying, {found.open_differences} difference(s) are open"
        )
    now = user.client.now_text()
    user.store.release_batch(
        form_id, found.batch.name, at=now, audit=audit(user.user.name, "batch.release", name, now)
    )
    failed = []
    for record in user.store.keyings_of_batch(form_id, found.batch.name):
        if record.verifies or not record.finished_at:
            continue
        if user.store.submission(record.uuid).status != "draft":
            continue
        keying = _first_keying(user, record)
        keying.take_paper_date(record.interview_date)
        if keying.draft.finalize(stamp_end=False, allowed=keying.allowed):
            failed.append(record.number)
    return failed


@dataclass
class Report:
    """How often keyings disagree: per clerk (the answers they keyed that the third look did
    not keep, over the answers they keyed in verified papers) and per question."""

    clerks: dict[str, tuple[int, int]]  # clerk -> (answers not kept, answers compared)
    questions: dict[str, tuple[int, int]]  # path (generic) -> (differences, papers compared)


def report(user: UserSession, form_id: str, name: str) -> Report:
    batch = _batch(user, form_id, name)
    keyings = user.store.keyings_of_batch(form_id, batch.name)
    firsts = {k.uuid: k for k in keyings if not k.verifies}
    seconds = [k for k in keyings if k.verifies in firsts and k.finished_at]
    clerks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    questions: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for s in seconds:
        clerks[firsts[s.verifies].keyed_by][1] += s.compared
        clerks[s.keyed_by][1] += s.compared
    for d in user.store.differences(list(firsts)):
        generic = _generic(d.path)
        questions[generic][0] += 1
        if d.resolution in ("second", "other"):
            clerks[d.first_by][0] += 1
        if d.resolution in ("first", "other"):
            clerks[d.second_by][0] += 1
    papers = len(seconds)
    for generic in questions:
        questions[generic][1] = papers
    return Report(
        {c: (v[0], v[1]) for c, v in clerks.items()},
        {q: (v[0], v[1]) for q, v in questions.items()},
    )


def _generic(path: str) -> str:
    return re.sub(r"\[\d+\]", "", path)


def question_names(form: FormDefinition, language: str | None = None) -> dict[str, tuple[str, str]]:
    """Each question the paper asks, by its path: (its number on the paper, its label in the
    form ``language``, else the form's default) — what the report names it by, not its path."""
    numbers = question_numbers(form)
    names = {}
    for el in form.walk():
        if el.path in numbers:
            texts: list[Segment] = (
                el.label.get(language or "")
                or el.label.get(NO_LANGUAGE)
                or el.label.get(form.default_language or "")
                or next(iter(el.label.values()), [])
            )
            # an ${output} inside a label has no value outside a questionnaire: an ellipsis
            label = " ".join("".join(t if isinstance(t, str) else "…" for t in texts).split())
            names[el.path] = (numbers[el.path], label or el.name)
    return names
