"""Submissions in and out as JSON lines: ``submissions import`` (the output of
``daftari form fill``, each line validated exactly as the window validates) and
``submissions export`` (decrypted, for the person who owns the data)."""

from __future__ import annotations

import json
import os
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
