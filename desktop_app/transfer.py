"""Submissions in and out as JSON lines: ``submissions import`` (the output of
``daftari form fill``, each line validated exactly as the window validates) and
``submissions export`` (decrypted, for the person who owns the data); and a user's unsent
submissions sealed in a bundle for a USB stick (``export_bundle``: Daftari → Put submissions
on a USB stick…, as ``daftari bundle export`` does)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from desktop_app.draft import audit
from desktop_app.errors import ClientError, DamagedRecord
from desktop_app.session import ImportReport, UserSession
from desktop_app.store import SubmissionFilter
from form_engine import FormLoadError, SubmissionFormatError, validate_submission
from form_engine.submission import json_to_xml


def import_jsonl(user: UserSession, path: Path, *, finalize: bool) -> ImportReport:
    report = ImportReport()
    attachment_dir = path.with_name(path.stem + "-attachments")
    known = set(user.store.submission_ids(SubmissionFilter()))
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            label = f"line {n}"
            try:
                envelope = json.loads(line)
                if not isinstance(envelope, dict) or not isinstance(envelope.get("data"), dict):
                    raise SubmissionFormatError("not a submission (a JSON object with 'data')")
                uuid = str(envelope.get("uuid") or "")
                label += f" ({uuid or 'no uuid'})"
                if not uuid:
                    raise SubmissionFormatError("it has no 'uuid'")
                if uuid in known:
                    raise SubmissionFormatError("a submission with this uuid is already here")
                form = user.client.form(str(envelope.get("form_id")), envelope.get("form_version"))
                result = validate_submission(form, envelope["data"])
            except json.JSONDecodeError as exc:
                report.problems.append(f"{label}: not JSON: {exc}")
                continue
            except (SubmissionFormatError, ClientError, FormLoadError) as exc:
                report.problems.append(f"{label}: {exc}")
                continue
            if not result.valid:
                report.problems.extend(
                    f"{label}: {i.path}: {i.text(form.default_language)} (value {i.value!r})"
                    for i in result.issues
                )
                continue
            missing = _attach(user, uuid, form, result.data, attachment_dir, dry_run=True)
            if missing:
                report.problems.append(
                    f"{label}: attachment {missing} not found in {attachment_dir}"
                )
                continue
            _store(user, uuid, form, result.data, envelope, finalize=finalize)
            _attach(user, uuid, form, result.data, attachment_dir, dry_run=False)
            known.add(uuid)
            report.imported += 1
    return report


def _attach(user, uuid, form, data, directory: Path, *, dry_run: bool) -> str | None:
    for el in form.walk():
        if el.data_type != "binary" or el.kind != "question":
            continue
        for value in _values_at(data, el.path.split("/")[2:]):
            if not value:
                continue
            source = directory / str(value)
            # a file name, never a path: "/etc/passwd" or "../x" would read outside the folder
            if Path(str(value)).name != str(value) or str(value) in (".", ".."):
                return f"{value} (an attachment is a file name in that folder, not a path)"
            if dry_run:
                if not source.is_file():
                    return str(value)
                continue
            stored = user.add_attachment(uuid, source.read_bytes(), extension=source.suffix)
            if stored != value:  # names are content hashes; the file does not match its name
                raise ClientError(f"{source}: its content does not match its name")
    return None


def _values_at(data: dict, parts: list[str]) -> list:
    """Values for a generic path inside canonical JSON (repeats are lists of objects)."""
    for i in range(len(parts), 0, -1):
        key = "/".join(parts[:i])
        if key in data:
            value = data[key]
            if i == len(parts):
                return [value]
            if isinstance(value, list):
                return [v for item in value for v in _values_at(item, parts[i:])]
    return []


def _store(
    user: UserSession, uuid: str, form, data: dict, envelope: dict, *, finalize: bool
) -> None:
    record = user.new_record(uuid, form, data, title=str(data.get("meta/instanceName") or ""))
    now = record.created_at
    user.store.add_submission(record, audit=audit(user.user.name, "submission.import", uuid, now))
    if finalize:
        user.store_finalized(record, data, json_to_xml(form, data))


def export_jsonl(user: UserSession, path: Path, damaged: list[str] | None = None) -> int:
    """Every submission on this computer, decrypted; finalized ones as their exact revision.
    A damaged record is left out and named in ``damaged``; all the others are written."""
    count = 0
    ids = user.store.submission_ids(SubmissionFilter())
    # decrypted answers: readable by this account only, never by the others of the machine
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    if os.name == "posix":
        os.chmod(path, 0o600)  # a file that was there before keeps no wider mode
    with open(descriptor, "w", encoding="utf-8") as fh:
        for uuid in reversed(ids):
            record = user.store.submission(uuid)
            revisions = user.store.revisions(uuid)
            typed: dict[str, str] = {}
            try:
                if revisions and record.status != "draft":
                    data = json.loads(user.revision_json(revisions[-1]))
                else:
                    data, typed = user.open_draft_answers(uuid, record.data)
            except DamagedRecord as exc:
                if damaged is not None:
                    damaged.append(str(exc))
                continue
            envelope = {
                "uuid": uuid,
                "form_id": record.form_id,
                "form_version": record.form_version,
                "status": record.status,
                "revision": record.revision,
                "enumerator": record.enumerator,
                "enumerator_id": record.enumerator_id,
                "site": record.site,
                "device_id": record.device_id,
                "created_at": record.created_at,
                "updated_at": record.updated_at,
                "finalized_at": record.finalized_at,
                "data": data,
            }
            if typed:  # a draft's text typed that is not a value yet, by question path
                envelope["typed"] = typed
            fh.write(json.dumps(envelope, ensure_ascii=False, separators=(",", ":")) + "\n")
            count += 1
    user._audit("submission.export", str(path.name), f"{count} submissions")
    return count


class NothingToBundle(ClientError):
    """No finalized submission of this user waits for the server: no bundle is written."""

    code = "nothing_to_bundle"


class BundleNotWritten(ClientError):
    """The bundle's file could not be written (``name``: the file's; ``why``: the system's
    words)."""

    code = "bundle_not_written"

    def __init__(self, message: str, *, name: str = "", why: str = "") -> None:
        super().__init__(message)
        self.name = name
        self.why = why


class BundleTooBig(ClientError):
    """More submissions (or photos) than one bundle carries."""

    code = "bundle_too_big"


@dataclass(frozen=True)
class BundleWritten:
    path: Path
    submissions: int
    files: int  # photos and other files of those submissions


def export_bundle(user: UserSession, path: Path) -> BundleWritten:
    """This user's unsent finalized submissions and their files, sealed in one file for a USB
    stick (sync_protocol.bundles); they stay unsent here until the server acknowledges them
    at a sync. Refused when the user is not connected to a server (NotEnrolled: the bundle is
    sealed for it), when nothing waits (NothingToBundle: no file is written), when it would be
    more than a server takes (BundleTooBig), or when the file cannot be written
    (BundleNotWritten: nothing half-written is left)."""
    from desktop_app.sync.engine import gather
    from desktop_app.sync.enrolment import token_of
    from sync_protocol.bundles import BadBundle, seal, token_hash

    token = token_of(user)  # NotEnrolled first: nothing is gathered for no server
    outgoing = gather(user)
    if not outgoing:
        raise NothingToBundle(f"no finalized submission of {user.user.name} waits to be sent")
    files = {}
    for o in outgoing:
        for sha in o.names:
            files[sha] = o.content(user, sha)
    try:
        sealed = seal(token_hash(token), [o.item.model_dump() for o in outgoing], files)
    except BadBundle as exc:
        raise BundleTooBig(str(exc)) from None
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "wb") as fh:
            fh.write(sealed)
            fh.flush()
            os.fsync(fh.fileno())  # a stick pulled out at once still holds all of it
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        why = exc.strerror or str(exc)
        raise BundleNotWritten(
            f"{path}: cannot be written ({why})", name=path.name, why=why
        ) from None
    user._audit("bundle.export", path.name, f"{len(outgoing)} submissions")
    return BundleWritten(path, len(outgoing), len(files))
