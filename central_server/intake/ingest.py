"""Receiving pushed submissions: stored once (same uuid + revision + bytes → a duplicate,
acknowledged again), a new revision stored, two revisions with the same parent flagged as a
conflict (both kept). All in the caller's transaction: the answer goes out only after it
commits.

Each item is checked against its exact form version with form_engine, either here
(``check_now``: the answer carries the verdict; a small sync) or just after the
acknowledgement by :mod:`central_server.intake.checking` (a bulk push, OpenRosa): what cannot be
read, belongs to no published form or to someone else is refused here either way; what
fails the form's rules is stored as rejected with its reasons and sent back to its sender
at their next sync."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from central_server import as_written, faults, published_forms
from central_server.accounts import COLLECT_DEVICE, Principal, now_text
from central_server.db import revisions, submissions
from central_server.errors import Forbidden, NotFound
from central_server.intake import uploads
from form_engine import FormDefinition, SubmissionFormatError, validate_submission
from sync_protocol import ItemResult, PaperFacts, PushItem, storable
from sync_protocol.odk_encryption import SEALED, XML_NAME

log = logging.getLogger("daftari.server")


@dataclass
class _Known:
    revision: int
    parent: int | None
    sha256: str
    status: str
    reasons: list[str]


@dataclass
class Sent:
    """One item as it arrived: who sent it, and why it cannot be read ([] when it can)."""

    who: Principal
    item: PushItem
    unreadable: list[str]


def push_batch(
    conn: Connection,
    who: Principal,
    items: list[PushItem],
    *,
    check_now: bool = True,
    unreadable: list[list[str]] | None = None,
) -> list[ItemResult]:
    """Results in the order of ``items``; every item answered on its own."""
    if who.site_id is None:
        raise Forbidden("only users of a site send submissions")
    if unreadable is None:
        unreadable = [why_unreadable(conn.engine, item) for item in items]
    return store(conn, [Sent(who, i, u) for i, u in zip(items, unreadable, strict=True)], check_now)


def store(
    conn: Connection, sent: list[Sent], check_now: bool, *, whole: bool = False
) -> list[ItemResult]:
    """Items of one sender or of several (the requests a process stores in one transaction),
    answered in their order.

    Written in a savepoint: when the same items arrive twice at once (a client retrying while
    its first request is still being stored), the second finds the first's rows at its
    insert; it then reads again and answers ``duplicate``. Should one item still fail to be
    stored, each item is stored in a savepoint of its own and only that one is rejected.

    ``whole``: the caller's transaction holds nothing else, and the caller runs it again
    without ``whole`` when this raises (the group writer): no savepoint, two round trips
    less on PostgreSQL."""
    if whole:
        return _store(conn, sent, check_now)
    for attempt in (1, 2):
        savepoint = conn.begin_nested()
        try:
            results = _store(conn, sent, check_now)
        except IntegrityError:
            savepoint.rollback()
            if attempt == 2:
                break
            continue
        except DBAPIError:
            savepoint.rollback()
            break
        savepoint.commit()
        return results
    return [_store_one(conn, one, check_now) for one in sent]


def _store_one(conn: Connection, one: Sent, check_now: bool) -> ItemResult:
    savepoint = conn.begin_nested()
    try:
        (result,) = _store(conn, [one], check_now)
    except DBAPIError as exc:
        savepoint.rollback()
        # the statement's parameters hold answers: only the kind of failure is logged
        log.warning("an item could not be stored: %s", type(exc.orig).__name__)
        return ItemResult(
            uuid=one.item.uuid,
            revision=one.item.revision,
            status="rejected",
            reasons=["the server could not store this item; it was not kept"],
        )
    savepoint.commit()
    return result


def _store(conn: Connection, sent: list[Sent], check_now: bool) -> list[ItemResult]:
    """A handful of queries per batch, not per item: the existing rows of every uuid are read
    at once, new rows written with one executemany."""
    faults.stored(conn)  # its commit is a test build's fault point
    uuids = sorted({one.item.uuid for one in sent})
    owners, known = existing(conn.execute(existing_query(uuids)), uuids)

    def check(item: PushItem) -> list[str]:
        return problems(published_forms.model(conn, item.form_id, item.form_version), item)

    def model(form_id: str, version: str) -> FormDefinition:
        return published_forms.model(conn, form_id, version)

    sealed = encrypted_versions(model, sent)
    plan = make_plan(sent, owners, known, check if check_now else None, sealed)
    if plan.revisions:
        conn.execute(insert(revisions), plan.revisions)
    if plan.submissions:
        conn.execute(insert(submissions), plan.submissions)
    for uuid, values in plan.changed.items():
        conn.execute(update(submissions).where(submissions.c.uuid == uuid).values(**values))
    missing: dict[int | None, set[str]] = {}
    for site in {one.who.site_id for one in sent}:
        wanted = sorted(
            {h for one in sent if one.who.site_id == site for h in one.item.attachments}
        )
        missing[site] = set(uploads.missing_for_site(conn, wanted, site))
    note_missing(sent, plan.results, missing)
    return plan.results


def existing_query(uuids: list[str]) -> Select:
    """A submission's row and its revisions', for these uuids: one query (the two are only
    ever written together, so a revision never lacks its submission's row)."""
    return (
        select(
            submissions.c.uuid,
            submissions.c.site_id,
            submissions.c.enumerator,
            revisions.c.revision,
            revisions.c.parent_revision,
            revisions.c.sha256,
            revisions.c.status,
            revisions.c.reasons,
            submissions.c.form_id,
        )
        .select_from(submissions.outerjoin(revisions, revisions.c.uuid == submissions.c.uuid))
        .where(submissions.c.uuid.in_(uuids))
    )


def existing(
    rows: Iterable[Sequence[Any]], uuids: list[str]
) -> tuple[dict[str, tuple[int | None, str, str]], dict[str, list[_Known]]]:
    """Who owns each uuid already stored (site, enumerator, form), and its revisions, from
    :func:`existing_query`'s rows."""
    owners: dict[str, tuple[int | None, str, str]] = {}
    known: dict[str, list[_Known]] = {u: [] for u in uuids}
    for r in rows:
        owners[r[0]] = (r[1], r[2], r[8])
        if r[3] is not None:  # a revision (the column cannot be NULL otherwise)
            known[r[0]].append(_Known(r[3], r[4], r[5], r[6], list(r[7] or [])))
    return owners, known


@dataclass
class Plan:
    """What storing a batch writes, and its answers (see :func:`make_plan`)."""

    results: list[ItemResult]
    revisions: list[dict]  # rows to insert
    submissions: list[dict]  # rows to insert
    changed: dict[str, dict]  # uuid -> new values of its submission's row


def make_plan(
    sent: list[Sent],
    owners: dict[str, tuple[int | None, str, str]],
    known: dict[str, list[_Known]],
    check: Callable[[PushItem], list[str]] | None,
    encrypted: set[tuple[str, str]],
) -> Plan:
    """Each item's answer and the rows to write, given what is stored already (``owners``,
    ``known``: :func:`existing`); ``check``: checked against its form now (else by
    :mod:`central_server.intake.checking` once committed); ``encrypted``: the (form, version)s
    with a public key, whose items are kept only sealed (:func:`sealing_refusal`)."""
    at = now_text()
    results: list[ItemResult] = []
    new_revisions: list[dict] = []
    new_submissions: dict[str, dict] = {}
    changed: dict[str, dict] = {}
    for one in sent:
        who, item = one.who, one.item
        revs = known[item.uuid]
        result = ItemResult(uuid=item.uuid, revision=item.revision, status="stored")
        results.append(result)
        refusal = _not_theirs(who, owners.get(item.uuid))
        if refusal:
            result.status, result.reasons = "rejected", [refusal]
            continue
        if hashlib.sha256(item.json_text.encode("utf-8")).hexdigest() != item.sha256:
            # damaged on the way (or a client that lies): not kept, so that the right bytes
            # under that hash are stored when they come
            result.status = "rejected"
            result.reasons = [
                "the submission's bytes do not match their SHA-256 (damaged on the way)"
            ]
            continue
        owner = owners.get(item.uuid)
        refused = (
            # a revision is of its submission's form: another form's answers under its id
            # would change the data unseen (or put clear answers into an encrypted form's)
            f"this submission is of form '{owner[2]}': a revision of it names that form"
            if owner is not None and owner[2] != item.form_id
            else sealing_refusal((item.form_id, item.form_version) in encrypted, item.json_text)
            or beside_the_envelope((item.form_id, item.form_version) in encrypted, item)
        )
        if not refused and one.unreadable:
            refused = "; ".join(one.unreadable)  # never checkable: its answers are not kept
        if refused:  # nothing of it is kept: not even as a rejected revision
            result.status, result.reasons = "rejected", [refused]
            continue
        same = next((r for r in revs if r.sha256 == item.sha256), None)
        if same is not None:  # sent again (the answer was lost): no second row, same answer
            if same.status in ("rejected", "conflict"):
                result.status, result.reasons = same.status, list(same.reasons)  # type: ignore[assignment]
            else:
                result.status = "duplicate"
            continue
        reasons = list(one.unreadable)
        checked = True
        if not reasons and check is not None:
            reasons = check(item)
        elif not reasons:
            checked = False  # central_server.intake.checking, as soon as this commits
        status = "rejected" if reasons else "stored"
        stored_as = item.revision
        if any(r.revision == item.revision for r in revs):
            # the same revision number with other bytes: kept beside the first, flagged — a
            # clerk decides, nothing is dropped (OpenRosa: same instanceID, other bytes -> 409)
            stored_as = 1 + max(r.revision for r in revs)
            status = "conflict"
            reasons = [
                f"revision {item.revision} was already received with other content; "
                f"these bytes are kept as revision {stored_as}",
                *reasons,
            ]
        elif not reasons and item.parent_revision is not None:
            sibling = next(
                (r for r in revs if r.parent == item.parent_revision and r.status != "rejected"),
                None,
            )
            if sibling is not None:
                status = "conflict"
                reasons = [
                    f"revision {sibling.revision} was also made from revision "
                    f"{item.parent_revision}: a clerk decides"
                ]
        revs.append(_Known(stored_as, item.parent_revision, item.sha256, status, reasons))
        new_revisions.append(
            dict(
                uuid=item.uuid,
                revision=stored_as,
                parent_revision=item.parent_revision,
                form_version=item.form_version,
                json_text=item.json_text,
                sha256=item.sha256,
                status=status,
                reasons=reasons,
                attachments=item.attachments,
                attachment_names=item.attachment_names or None,
                device=who.device,
                received_at=at,
                checked=checked,
                paper=item.paper.model_dump() if item.paper is not None else None,
            )
        )
        summary = {"rejected": "rejected", "conflict": "conflict"}.get(status, "received")
        if item.uuid in new_submissions:
            new_submissions[item.uuid].update(revision=stored_as, status=summary)
        elif item.uuid in owners:
            changed[item.uuid] = dict(revision=stored_as, status=summary, updated_at=at)
        else:
            new_submissions[item.uuid] = dict(
                uuid=item.uuid,
                site_id=who.site_id,
                form_id=item.form_id,
                enumerator=who.username,
                device=who.device,
                revision=stored_as,
                status=summary,
                created_at=at,  # received, by the server's clock (a device's may be days off)
                updated_at=at,
                created_on_device=item.created_at,
                # the assignment it says it was made for: counted as done only when it is
                # of the same site and form (central_server.assignments.done_counts)
                assignment_id=item.assignment,
            )
            owners[item.uuid] = (who.site_id, who.username, item.form_id)  # for later items
        result.status, result.reasons = status, reasons  # type: ignore[assignment]
    return Plan(results, new_revisions, list(new_submissions.values()), changed)


def note_missing(
    sent: list[Sent], results: list[ItemResult], missing: dict[int | None, set[str]]
) -> None:
    """Tell each sender which of its item's files its site does not hold yet (``missing``:
    by site)."""
    for one, result in zip(sent, results, strict=True):
        if result.status != "duplicate":
            lacking = missing[one.who.site_id]
            result.missing_attachments = [h for h in one.item.attachments if h in lacking]


def _not_theirs(who: Principal, owner: tuple[int | None, str, str] | None) -> str:
    """Why this sender cannot add to an existing submission ("" when it can). Said the same
    way whether or not the id exists elsewhere: the answer never tells another site's ids."""
    if owner is None:
        return ""
    site_id, enumerator, _ = owner
    # an enumerator changes their own; so does a phone's key, whoever's it is (a leaked
    # supervisor's phone key rewrites nothing of the site's)
    own_only = who.role == "enumerator" or who.kind == COLLECT_DEVICE
    if site_id != who.site_id or (own_only and enumerator != who.username):
        return (
            "this submission's id belongs to a submission this account cannot change; "
            "it was not stored"
        )
    return ""


_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")  # a surrogate written as a JSON escape


def why_unreadable(engine: Engine, item: PushItem) -> list[str]:
    """Why an item can never be checked against a form (said before it is stored; needs no
    write transaction: a request works it out before handing its write over)."""
    try:
        data = json.loads(item.json_text, parse_constant=_not_json, object_pairs_hook=_one_of_each)
    except RecursionError:
        return ["not JSON that can be read: nested too deep"]
    except ValueError as exc:  # JSONDecodeError, or an integer of thousands of digits
        return [f"not JSON that can be read: {str(exc)[:200]}"]
    try:
        published_forms.model_of(engine, item.form_id, item.form_version)
    except NotFound as exc:
        return [exc.detail]
    if not isinstance(data, dict):
        return ["a submission is a JSON object"]
    if _SURROGATE.search(item.json_text) and not storable(json.dumps(data, ensure_ascii=False)):
        # "\ud800" alone is half a character: no column, export or page can hold it
        return ["an answer holds text that is not valid Unicode (half of a character)"]
    instance = data.get("meta/instanceID")
    if instance and item.revision == 1 and instance != f"uuid:{item.uuid}":
        return [f"meta/instanceID {instance} does not match uuid {item.uuid}"]
    return []


def problems(form: FormDefinition, item: PushItem | Revision) -> list[str]:
    """What an item breaks of its form's rules, as the reasons sent back ([] when valid). An
    ODK-encrypted submission of a form with a public key holds no answers the server can read:
    only that it is whole is checked (its files are named, its key is there)."""
    data = json.loads(item.json_text)
    if form.public_key:  # kept only sealed (sealing_refusal); checked for being whole
        refused = sealing_refusal(True, item.json_text)
        return [refused] if refused else encrypted_problems(data)
    try:
        result = validate_submission(form, data)
    except SubmissionFormatError as exc:
        return [str(exc)]
    except (ArithmeticError, ValueError, TypeError, RecursionError) as exc:
        # an answer the form's expressions cannot work with: this item is refused, alone,
        # with why (never a 500 for its batch, never stored unchecked); told by kind only
        log.warning("a submission broke an expression of its form: %s", type(exc).__name__)
        return [
            "an answer cannot be used in one of the form's calculations or conditions "
            f"({type(exc).__name__}): check the numbers and dates typed"
        ]
    kept = _kept_as_written(item)
    return [
        f"{i.path}: {i.text(form.default_language)} (value {_shown(i.value)})"
        for i in result.issues
        # a constraint the paper's value breaks, kept as written (never a type, a choice or
        # a required answer): stored, flagged until a reviewer confirms it (as_written.py)
        if not (i.code == "constraint" and (i.path, i.value) in kept)
    ]


def _kept_as_written(item: PushItem | Revision) -> set[tuple[str, str]]:
    """(path, value) of each answer the item says is kept as written on the paper."""
    paper = item.paper
    if isinstance(paper, PaperFacts):
        return {(w.path, w.value) for w in paper.as_written}
    return {(e["path"], e["value"]) for e in as_written.written(paper)}


def encrypted_versions(
    model: Callable[[str, str], FormDefinition], sent: Iterable[Sent]
) -> set[tuple[str, str]]:
    """The (form, version)s of these items whose settings name a public key (``model``:
    a published version's model; a version not published is none of them)."""
    out: set[tuple[str, str]] = set()
    for key in {(one.item.form_id, one.item.form_version) for one in sent}:
        try:
            if model(*key).public_key:
                out.add(key)
        except NotFound:
            continue
    return out


ENVELOPE_KEYS = {"meta/instanceID", "meta/deprecatedID", SEALED}
SEALED_KEYS = {"key", "xml", "media", "signature"}


def sealing_refusal(encrypted: bool, json_text: str) -> str:
    """Why an item may not be kept at all ("" when it may). A version with a public key
    takes its submissions sealed only — the instanceID, the one it edits and the envelope
    of encrypted files (sync_protocol.odk_encryption.kept), nothing else — so that no
    answer of it is ever held, exported or logged here; every path into the server (sync,
    exchange, OpenRosa, bundles, carried bundles) passes here. An envelope sent for a form
    that is not encrypted cannot be read, and is refused too."""
    if not encrypted and f'"{SEALED}"' not in json_text and "\\u" not in json_text:
        return ""  # the common case, told without parsing
    try:
        data = json.loads(json_text, object_pairs_hook=_one_of_each)
    except (ValueError, RecursionError):
        data = None
    envelope = data.get(SEALED) if isinstance(data, dict) else None
    if not encrypted:
        if envelope is not None:
            return (
                "this form version is not encrypted (no public_key in its settings): "
                "send its submissions in clear"
            )
        return ""
    whole = (
        isinstance(data, dict)
        and set(data) <= ENVELOPE_KEYS
        and all(_INSTANCE.fullmatch(str(data.get(k, "uuid:x"))) for k in ENVELOPE_KEYS - {SEALED})
        and isinstance(envelope, dict)
        and set(envelope) <= SEALED_KEYS
        # what ODK's envelope holds: base64 of the RSA-sealed key and of the signature, the
        # encrypted files' names — nothing in which an answer could be written
        and isinstance(envelope.get("key"), str)
        and bool(_BASE64.fullmatch(envelope["key"]))
        and envelope.get("xml") == XML_NAME + ".enc"
        and (envelope.get("signature", "") == "" or _BASE64.fullmatch(str(envelope["signature"])))
        and isinstance(envelope.get("media", []), list)
        and all(isinstance(m, str) and _SEALED_FILE.fullmatch(m) for m in envelope.get("media", []))
    )
    if whole:
        return ""
    return (
        "this form version is encrypted (a public_key in its settings): its submissions "
        "are taken sealed only (as ODK Collect and Daftari seal them), so that this server "
        "never holds their answers; nothing of this one was kept"
    )


_BASE64 = re.compile(r"[A-Za-z0-9+/]{16,2048}={0,2}")
_INSTANCE = re.compile(r"uuid:[A-Za-z0-9._:-]{1,64}")
_SEALED_FILE = re.compile(r"[A-Za-z0-9._-]{1,200}\.enc")


def _one_of_each(pairs: list[tuple[str, Any]]) -> dict:
    """A JSON object whose every key is there once: with two, a check would read one value
    and the text kept hold the other."""
    found = dict(pairs)
    if len(found) != len(pairs):
        raise ValueError("a key appears twice in one object")
    return found


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
RSA_SIZES = (128, 256, 384, 512)  # bytes of an RSA-1024 to RSA-4096 value


def beside_the_envelope(encrypted: bool, item: PushItem) -> str:
    """Why an encrypted form's item says more than its envelope beside it ("" when it does
    not): its id a random UUID, the files it names the envelope's, no paper facts, an RSA
    key and signature of an RSA key's size — nowhere free text could carry an answer."""
    if not encrypted:
        return ""
    data = json.loads(item.json_text)  # read already by sealing_refusal: an envelope
    envelope = data[SEALED]
    ids = [item.uuid, *(str(data.get(k, ""))[5:] for k in ("meta/instanceID", "meta/deprecatedID"))]
    files = {envelope["xml"], *envelope.get("media", [])}
    sizes = [len(_decoded(envelope["key"]))]
    if envelope.get("signature"):
        sizes.append(len(_decoded(envelope["signature"])))
    if (
        not all(_UUID.fullmatch(i) for i in ids if i)
        or item.paper is not None
        or not set(item.attachment_names) <= files
        or not all(size in RSA_SIZES for size in sizes)
    ):
        return (
            "this form version is encrypted: a submission of it is its envelope alone (a "
            "UUID, the encrypted files it names, an RSA-sealed key), so that nothing beside it "
            "can carry an answer; nothing of this one was kept"
        )
    return ""


def _decoded(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (ValueError, TypeError):
        return b""


def encrypted_problems(data: dict) -> list[str]:
    sealed = data.get(SEALED)
    if not isinstance(sealed, dict) or not sealed.get("key") or not sealed.get("xml"):
        return ["an encrypted submission needs its encrypted key and its encrypted XML file"]
    return []


def _shown(value: object) -> str:
    """An answer as a reason quotes it: enough to find it, never a whole long text."""
    text = repr(value)
    return text if len(text) <= 80 else f"{text[:77]}..."


def _not_json(constant: str) -> object:
    raise ValueError(f"{constant} is not a JSON value")


@dataclass
class Revision:
    """A stored revision waiting for its check."""

    seq: int
    uuid: str
    revision: int
    form_id: str
    form_version: str
    json_text: str
    paper: dict | None = None  # its paper facts (revisions.paper): values kept as written
