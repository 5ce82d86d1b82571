"""One sync: gather (store) → exchange (network) → apply (store). Never on the Qt thread.

Idempotent at every step: a client killed anywhere and run again converges — attachments
resume from what the server holds, a submission acknowledged by the server but not yet
marked sent here is sent again and answered "duplicate", the pull cursor moves only after
what it covered is applied.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import threading
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app import assignments, review_notes, reviewing
from desktop_app.client import UserSession
from desktop_app.draft import audit
from desktop_app.errors import ClientError
from desktop_app.keying import find_steady
from desktop_app.store import KeyingRecord, Store
from desktop_app.sync.carried import counts_text, deliver
from desktop_app.sync.enrolment import server_of
from desktop_app.sync.openrosa import peer_forms
from desktop_app.sync.reviews import sync_reviews
from desktop_app.sync.transport import Refused, SyncError, Transport
from form_engine import FormDefinition, FormLoadError
from form_engine.submission import json_to_document
from sync_protocol import (
    CHUNK_BYTES,
    DecisionOut,
    ExchangeRequest,
    ItemResult,
    PaperFacts,
    PullAnswer,
    PushAnswer,
    PushBatch,
    PushItem,
    WrittenValue,
)

BATCH_ITEMS = 100
BATCH_BYTES = 512 * 1024
IN_FLIGHT = 2


@dataclass
class SyncReport:
    sent: int = 0  # acknowledged as stored or already there
    rejected: int = 0  # the server's validation sent them back
    conflicts: int = 0
    attachments: int = 0
    attachment_bytes: int = 0
    forms_installed: list[str] = field(default_factory=list)
    returned: int = 0  # review decisions that sent submissions back
    decisions_sent: int = 0  # a reviewer's decisions made here, now on the server
    to_review: int = 0  # submissions a reviewer received (new or changed)
    bundles_delivered: int = 0  # bundles carried for other devices, imported by the server
    bundle_items: dict[str, int] = field(default_factory=dict)  # their submissions, by answer
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{self.sent} sent"]
        if self.attachments:
            parts.append(f"{self.attachments} attachments ({self.attachment_bytes} bytes)")
        if self.rejected:
            parts.append(f"{self.rejected} sent back by the server's checks")
        if self.conflicts:
            parts.append(f"{self.conflicts} conflicting")
        if self.forms_installed:
            parts.append(f"new forms: {', '.join(self.forms_installed)}")
        if self.returned:
            parts.append(f"{self.returned} returned for correction")
        if self.decisions_sent:
            parts.append(f"{self.decisions_sent} review decisions sent")
        if self.to_review:
            parts.append(f"{self.to_review} to review")
        if self.bundles_delivered:
            parts.append(
                f"{self.bundles_delivered} carried bundle(s) delivered"
                + (f" ({counts_text(self.bundle_items)})" if self.bundle_items else "")
            )
        return "; ".join(parts)


Progress = Callable[[str, int, int], None]  # (what, done, total)


@dataclass
class Outgoing:
    item: PushItem
    names: dict[str, str]  # attachment sha256 -> its name in the submission
    # an encrypted form's sealed files, kept on disk (desktop_app.sealing): sha256 -> path
    sealed: dict[str, Path] = field(default_factory=dict)
    # files read (decrypted) beforehand, to be sent while the window is locked
    # (desktop_app.sync.locked): sha256 -> content
    held: dict[str, bytes] = field(default_factory=dict)

    def content(self, user: UserSession | None, sha: str) -> bytes:
        """A file of the submission, as it goes to the server (``user``: the key that
        decrypts it, unless it is sealed or held)."""
        if sha in self.held:
            return self.held[sha]
        if sha in self.sealed:
            return self.sealed[sha].read_bytes()
        assert user is not None, "a locked sender holds every file it sends"
        return user.attachment(self.item.uuid, self.names[sha])


def as_written(
    user: UserSession, form: FormDefinition, keying: KeyingRecord, text: str
) -> list[WrittenValue]:
    """The paper's values kept as written against the form's rule, for the server: each at
    the path the server's check names it by, while the revision still holds that value."""
    if not keying.as_written:
        return []
    kept = user.open_written(keying)
    root = json_to_document(form, json.loads(text))
    out = []
    for path, entry in sorted(kept.items()):
        node = find_steady(root, path)
        if node is not None and node.text == entry["value"]:
            out.append(
                WrittenValue(
                    path=node.abs_path(indexed=True),
                    value=entry["value"],
                    rule=entry["rule"][:2000],
                    note=entry["note"][:500],
                )
            )
    return out


def gather(user: UserSession) -> list[Outgoing]:
    """This user's finalized submissions waiting for the Daftari server (those of a form an
    ODK Central or Kobo server gave go there instead: desktop_app.sync.openrosa)."""
    elsewhere = peer_forms(user)
    out = []
    for sub, rev in user.store.outbox(user.user.name):
        if sub.form_id in elsewhere:
            continue
        text = user.revision_json(rev).decode()
        json_sha = rev.json_sha256
        names = {sha: name for name, (sha, _) in user.store.attachments_of(sub.uuid).items()}
        paths: dict[str, Path] = {}
        form = user.client.form(sub.form_id, sub.form_version)
        if form.public_key:  # an encrypted form: what goes is sealed, never the answers
            text, names, paths = _sealed_item(user, form, sub.uuid, rev, names)
            json_sha = hashlib.sha256(text.encode()).hexdigest()
        keying = user.store.keying(sub.uuid)
        paper = None
        # an encrypted form's paper facts stay here: its server holds the envelope alone
        if keying is not None and keying.finished_at and not form.public_key:
            paper = PaperFacts(
                number=keying.number,
                interview_date=keying.interview_date,
                enumerator=keying.paper_enumerator,
                batch=keying.batch,
                keyed_by=keying.keyed_by,
                keyed_at=keying.finished_at,
                as_written=as_written(user, form, keying, text),
            )
        out.append(
            Outgoing(
                PushItem(
                    uuid=sub.uuid,
                    form_id=sub.form_id,
                    form_version=sub.form_version,
                    revision=rev.revision,
                    parent_revision=rev.parent_revision,
                    json_text=text,
                    sha256=json_sha,
                    attachments=sorted(names),
                    attachment_names={name: sha for sha, name in names.items()},
                    created_at=sub.created_at,
                    finalized_at=sub.finalized_at or "",
                    paper=paper,
                    assignment=sub.assignment,
                ),
                names,
                paths,
            )
        )
    return out


def _sealed_item(user, form, uuid: str, rev, names: dict[str, str]):
    """An encrypted form's revision as the server keeps it (sealed once: every send the same
    bytes): its JSON — the instanceID and the envelope only — its sealed files by hash, and
    where they lie."""
    from desktop_app.sealing import sealed_revision
    from sync_protocol.odk_encryption import kept, read_envelope

    files = {name: user.attachment(uuid, name) for name in names.values()}
    envelope, paths = sealed_revision(user, form, uuid, rev.revision, user.revision_xml(rev), files)
    said = read_envelope(ET.fromstring(envelope))
    assert said is not None  # sealing wrote it
    text = json.dumps(kept(said), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    by_sha = {hashlib.sha256(path.read_bytes()).hexdigest(): path for path in paths.values()}
    sealed_names = {sha: path.name for sha, path in by_sha.items()}
    return text, sealed_names, by_sha


def sync_once(
    user: UserSession,
    transport: Transport,
    *,
    progress: Progress | None = None,
    batch_items: int = BATCH_ITEMS,
    role: str | None = None,
) -> SyncReport:
    """A reviewer's sync (by the server account's ``role``, read from the user's login when
    not given) also sends the decisions made here and brings the submissions to review."""
    report = SyncReport()
    if role is None:
        role = str((server_of(user) or {}).get("role", ""))
    tell = progress or (lambda what, done, total: None)
    outgoing = gather(user)
    failed = _upload_attachments(user, transport, outgoing, report, tell)
    # a submission whose file did not get through waits for the next sync; the others go
    ready = [o for o in outgoing if not failed.intersection(o.names)]
    batches = _batches(ready, batch_items)
    cursor = _cursor(user)
    # The last (or only) batch and the pull go in one request: a day's work (5-30
    # submissions) is one round trip on one connection, which on 2G (1.3 s a round trip) is
    # most of the time; a larger sync saves the separate pull at its end.
    pull = _push(user, transport, batches or [[]], report, tell, total=len(ready), cursor=cursor)
    if pull is not None and _apply_pull(user, transport, pull, report, tell):
        _pull(user, transport, report, tell)
    deliver(user, transport, report, tell)
    if role in reviewing.REVIEWER_ROLES:  # after the forms: copies need their form versions
        sync_reviews(user, transport, report, tell)
    return report


def _batches(outgoing: list[Outgoing], batch_items: int) -> list[list[Outgoing]]:
    batches: list[list[Outgoing]] = [[]]
    size = 0
    for o in outgoing:
        if len(batches[-1]) >= batch_items or size + len(o.item.json_text) > BATCH_BYTES:
            batches.append([])
            size = 0
        batches[-1].append(o)
        size += len(o.item.json_text)
    return [b for b in batches if b]


def _upload_attachments(
    user, transport: Transport, outgoing: list[Outgoing], report: SyncReport, tell
) -> set[str]:
    """Upload what the server does not hold yet; returns the files that did not get through
    (refused by the server): their submissions wait, the others are not held up by them."""
    files = {sha: o for o in outgoing for sha in o.names}
    failed: set[str] = set()
    for sha, o in sorted(files.items()):
        uuid = o.item.uuid
        try:
            _upload_one(user, transport, sha, o, report, tell)
        except Refused as exc:
            failed.add(sha)
            report.problems.append(f"a file of submission {uuid} was refused: {exc}")
    return failed


def _upload_one(user, transport: Transport, sha: str, o: Outgoing, report, tell) -> None:
    state = transport.attachment_status(sha)
    if state.complete:
        return
    content = o.content(user, sha)
    offset = state.received
    restarted = False
    while offset < len(content):
        chunk = content[offset : offset + CHUNK_BYTES]
        try:
            state = transport.put_chunk(sha, offset=offset, size=len(content), data=chunk)
        except Refused as exc:
            if exc.problem == "hash_mismatch" and not restarted:
                restarted = True  # the server dropped what it had: once more from the start
            elif exc.problem != "resume_from":
                raise
            state = transport.attachment_status(sha)  # where the server says to go on
        offset = state.received
        report.attachment_bytes += len(chunk)
        tell("attachments", offset, len(content))
    report.attachments += 1


def _push(
    user,
    transport: Transport,
    batches: list[list[Outgoing]],
    report: SyncReport,
    tell,
    *,
    total: int,
    cursor: int,
) -> PullAnswer | None:
    """Push the batches, the last one as an exchange that also pulls since ``cursor``;
    returns that pull (None when a push failed first)."""
    if len(batches) == 1:  # the common case: one request, on the transport's own connection
        answer = transport.exchange(
            ExchangeRequest(items=[o.item for o in batches[0]], cursor=cursor)
        )
        _apply(user, batches[0], PushAnswer(results=answer.results), report)
        tell("submissions", len(batches[0]), total)
        return answer.pull
    # Two batches in flight: while the server validates one, the next is on the wire (on a
    # slow uplink the link would otherwise sit idle for the server's time).
    local = threading.local()
    clones: list[Transport] = []
    last = batches[-1]
    pulled: list[PullAnswer] = []
    done = 0

    def send(batch: list[Outgoing]) -> PushAnswer:
        clone = getattr(local, "transport", None)
        if clone is None:
            clone = local.transport = transport.clone()
            clones.append(clone)
        if batch is last:
            answer = clone.exchange(ExchangeRequest(items=[o.item for o in batch], cursor=cursor))
            pulled.append(answer.pull)
            return PushAnswer(results=answer.results)
        return clone.push(PushBatch(items=[o.item for o in batch]))

    pending = deque(b for b in batches if b)
    in_flight: dict[Future, list[Outgoing]] = {}
    failure: Exception | None = None
    try:
        with ThreadPoolExecutor(max_workers=IN_FLIGHT, thread_name_prefix="daftari-push") as pool:
            while pending or in_flight:
                while pending and len(in_flight) < IN_FLIGHT and failure is None:
                    batch = pending.popleft()
                    in_flight[pool.submit(send, batch)] = batch
                finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in finished:
                    batch = in_flight.pop(future)
                    try:
                        answer = future.result()
                    except SyncError as exc:
                        failure = failure or exc
                        pending.clear()
                        continue
                    _apply(user, batch, answer, report)
                    done += len(batch)
                    tell("submissions", done, total)
    finally:
        for clone in clones:
            transport.absorb(clone)
    if failure is not None:
        raise failure
    return pulled[0] if pulled else None


def _apply(user, batch: list[Outgoing], answer: PushAnswer, report: SyncReport) -> None:
    at = user.client.now_text()
    for result in acknowledge(user.store, user.user.name, at, batch, answer, report):
        # rejected by the server's validation: back to the enumerator, with why
        user.store.return_for_correction(
            result.uuid,
            at=at,
            note=user.seal_note(result.uuid, "\n".join(result.reasons)),
            audit=audit(
                user.user.name,
                "sync.rejected",
                result.uuid,
                at,
                f"{len(result.reasons)} reasons",
            ),
        )
        report.rejected += 1


def acknowledge(
    store: Store,
    name: str,
    at: str,
    batch: list[Outgoing],
    answer: PushAnswer,
    report: SyncReport,
) -> list[ItemResult]:
    """Mark what the server acknowledged (stored, already there, or in conflict) as sent,
    in one transaction (one disk flush) for the batch. Needs no data key: a status and an
    audit event are not encrypted. Returns the results that send items back (the caller
    keeps their reasons, encrypted)."""
    sent_ids = {(o.item.uuid, o.item.revision) for o in batch}
    acknowledged = []
    rejected = []
    for result in answer.results:
        if (result.uuid, result.revision) not in sent_ids:
            continue  # not something we asked about: never taken as an acknowledgement
        if result.status in ("stored", "duplicate") and not result.reasons:
            event = audit(name, "sync.acknowledged", result.uuid, at)
            acknowledged.append((result.uuid, result.revision, event))
            report.sent += 1
        elif result.status == "conflict":
            event = audit(name, "sync.conflict", result.uuid, at)
            acknowledged.append((result.uuid, result.revision, event))
            report.conflicts += 1
        else:
            rejected.append(result)
    if acknowledged:
        store.mark_sent(acknowledged, at=at)
    return rejected


def _pull(user, transport: Transport, report: SyncReport, tell) -> None:
    while True:
        if not _apply_pull(user, transport, transport.pull(_cursor(user)), report, tell):
            return


def _cursor_key(user) -> str:
    """Each local profile pulls with its own cursor: the server sends an account only its
    own decisions, so a cursor one profile moved would skip another's (issue 23)."""
    return f"sync_cursor/{user.user.name.casefold()}"


def _cursor(user) -> int:
    return int(str(user.store.setting(_cursor_key(user), 0)))


def _returned(user, d: DecisionOut, report: SyncReport) -> None:
    """A send-back, applied to this profile's own submission at the revision it was about —
    however many times it was sent back before. A second send-back of a revision not
    corrected yet adds its comments to the first's; one seen already changes nothing."""
    try:
        record = user.store.submission(d.uuid)
    except ClientError:
        return  # not on this computer
    if record.enumerator.casefold() != user.user.name.casefold():
        return  # another profile's (a reviewer hears of the site's): its own sync brings it
    if d.revision is not None and d.revision != record.revision:
        return  # about a revision corrected since: the newer one is what counts
    said = review_notes.compose(d.by, d.comment, d.answers)
    if record.status == "returned":
        before = user.open_note(d.uuid, record.note)
        if d.level == "server" or said in before.split("\n\n"):
            return  # the push's answer said it already, or this very decision came before
        said = f"{before}\n\n{said}" if before else said
    elif record.status not in ("finalized", "sent"):
        return
    at = user.client.now_text()
    try:
        user.store.return_for_correction(
            d.uuid,
            at=at,
            note=user.seal_note(d.uuid, said),
            audit=audit(d.by, "review.returned", d.uuid, at),
            revision=record.revision,
        )
    except ClientError:
        return  # corrected meanwhile
    report.returned += 1


def apply_updates(user, answer: PullAnswer, report: SyncReport) -> None:
    """What a pull brings but forms (which need the server): decisions, assignments and the
    site's entity lists — from a sync, or from an updates bundle carried on a USB stick
    (desktop_app.sync.updates). Applying the same twice changes nothing."""
    for i, d in enumerate(answer.decisions):
        later = answer.decisions[i + 1 :]
        if d.decision == "returned" and not any(
            e.uuid == d.uuid and e.decision == "approved" and e.revision == d.revision
            for e in later
        ):
            _returned(user, d, report)
    assignments.apply_pulled(user, answer.assignments)  # the work given, taken back
    user.entities.apply_pulled(answer.entities)  # the site's lists, for follow-ups offline


def _apply_pull(user, transport: Transport, answer: PullAnswer, report: SyncReport, tell) -> bool:
    """Apply what the server had since the cursor, then move the cursor; True when it has
    more."""
    store = user.store
    installed = {(f.form_id, f.version) for f in user.client.forms(latest_only=False)}
    for f in answer.form_versions:
        if (f.form_id, f.version) in installed:
            continue
        content = transport.form_workbook(f.form_id, f.version)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{f.form_id}.xlsx"
            path.write_bytes(content)
            for name in f.files:  # its choice lists and tables, beside it as ODK tools look
                if Path(name).name == name and name not in (".", ".."):
                    (Path(tmp) / name).write_bytes(transport.form_file(f.form_id, f.version, name))
            try:
                user.client.install_form(path, by="sync")
            except FormLoadError as exc:
                report.problems.append(f"form {f.form_id} version {f.version}: {exc}")
                continue
        report.forms_installed.append(f"{f.title} {f.version}")
    apply_updates(user, answer, report)
    store.set_setting(_cursor_key(user), answer.cursor)
    tell("updates", answer.cursor, answer.cursor)
    return answer.more
