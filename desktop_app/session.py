"""A logged-in user (``UserSession``): holds the unlocked data key while the session lasts,
and every operation on respondents' data — submissions, attachments, lists, administration."""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import uuid as uuidlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag

from desktop_app.assignments import Assignment, EntityGone
from desktop_app.assignments import of as assignments_of
from desktop_app.crypto import DataKey
from desktop_app.draft import (
    TYPED,
    Draft,
    audit,
    canonical_json,
    restore_typed,
    revision_context,
    revision_record,
)
from desktop_app.entities import EntityLists
from desktop_app.errors import (
    DamagedRecord,
    NotAllowed,
    NotFound,
    StoreFull,
)
from desktop_app.passwords import check_password, wrapped_for
from desktop_app.store import (
    EntityEdit,
    KeyingRecord,
    RevisionRecord,
    Store,
    SubmissionFilter,
    SubmissionRecord,
    UserRecord,
)
from form_engine import FormDefinition, FormSession
from form_engine.submission import document_to_json, json_to_document
from form_engine.validation import fill_missing_fields

if TYPE_CHECKING:
    from desktop_app.client import Client

log = logging.getLogger("daftari")

SITE_QUESTIONS = ("city", "site", "town", "municipality", "settlement", "camp", "location")


def answer_site(session: FormSession, site: str) -> None:
    """Where a form asks which city or site (a select_one named city, site, town… outside any
    repeat), answer it with the user's own site when one of its choices is that site; the
    enumerator can still change it."""
    wanted = site.strip().casefold()
    for el, node in session.walk():
        if (
            el.control != "select1"
            or node.text
            or not any(word in el.name.casefold() for word in SITE_QUESTIONS)
            or session.runtime.repeat_paths & _ancestors(el.path)
        ):
            continue
        for choice in session.choices(node):
            names = {choice.value.casefold()} | {
                session.render(choice.label, node, lang).strip().casefold()
                for lang in (session.form.languages or [session.language])
            }
            if wanted in names:
                session.set_value(node, choice.value)
                break


def preload_answers(session: FormSession, answers: dict[str, str]) -> None:
    """An assignment's answers, by question path, where the form still has the question
    (a later version may have dropped one) and the value is one it takes."""
    for path, value in answers.items():
        found = session.nodes(path)
        if found and not found[0].text:
            try:
                session.set_value(found[0], value)
            except (ValueError, KeyError):  # not a value this version takes: left empty
                continue


def _ancestors(path: str) -> set[str]:
    parts = path.split("/")
    return {"/".join(parts[:i]) for i in range(2, len(parts))}


@dataclass
class SubmissionSummary:
    """One row of a submissions list, title decrypted."""

    uuid: str
    title: str
    form_id: str
    form_version: str
    status: str
    enumerator: str
    created_at: str
    updated_at: str
    finalized_at: str | None


@dataclass
class ImportReport:
    imported: int = 0
    problems: list[str] = field(default_factory=list)


class UserSession:
    """A logged-in user: holds the unlocked data key while the session lasts."""

    def __init__(self, client: Client, user: UserRecord, key: DataKey) -> None:
        self.client = client
        self.user = user
        self.key = key
        self._titles: dict[str, tuple[bytes, str]] = {}
        self.entities = EntityLists(self)  # the entity lists of this user's site

    @property
    def store(self) -> Store:
        return self.client.store

    def _audit(self, action: str, record: str, details: str = "") -> None:
        self.store.log(audit(self.user.name, action, record, self.client.now_text(), details))

    # -- users (administrators) ----------------------------------------------------------------
    def _require_admin(self, what: str) -> None:
        if not self.user.is_admin:
            raise NotAllowed(f"only an administrator can {what}")

    def add_user(
        self,
        name: str,
        password: str,
        *,
        enumerator_id: str = "",
        site: str = "",
        is_admin: bool = False,
    ) -> UserRecord:
        self._require_admin("add users")
        record = self.client._new_user_record(
            name, password, self.key, enumerator_id=enumerator_id, site=site, is_admin=is_admin
        )
        self.store.add_user(
            record,
            audit=audit(
                self.user.name,
                "user.add",
                record.name,
                self.client.now_text(),
                "admin" if is_admin else "",
            ),
        )
        return self.store.user(record.name)

    def reset_password(self, name: str, new_password: str) -> None:
        """An administrator gives a user who forgot their password a new one."""
        if name.casefold() != self.user.name.casefold():
            self._require_admin("reset another user's password")
        check_password(new_password)
        target = self.store.user(name)
        params = self.client.kdf.with_new_salt()
        self.store.set_user_key(
            target.name,
            **wrapped_for(self.key, new_password, params),
            at=self.client.now_text(),
            audit=audit(self.user.name, "user.password_reset", target.name, self.client.now_text()),
        )

    def set_user_disabled(self, name: str, disabled: bool) -> None:
        """An administrator disables a profile (or enables it again); its submissions stay."""
        self._require_admin("disable users")
        target = self.store.user(name)
        if disabled and target.name.casefold() == self.user.name.casefold():
            raise NotAllowed("you cannot disable your own profile")
        if disabled and target.is_admin:
            admins = [u for u in self.store.users() if u.is_admin and not u.disabled]
            if len(admins) <= 1:
                raise NotAllowed("the last administrator cannot be disabled")
        now = self.client.now_text()
        self.store.set_user_disabled(
            target.name,
            disabled,
            at=now,
            audit=audit(
                self.user.name, "user.disable" if disabled else "user.enable", target.name, now
            ),
        )

    # -- submissions ---------------------------------------------------------------------------
    def new_submission(
        self,
        form_id: str,
        *,
        version: str | None = None,
        language: str | None = None,
        assignment: Assignment | None = None,
    ) -> Draft:
        """A new draft; made for ``assignment``: its answers preloaded (the entity picked,
        its properties where the form asks them), and bound to it."""
        if assignment is not None and assignment.entity is not None:
            self._entity_here(assignment)
        form, uuid, session = self.blank(form_id, version=version, language=language)
        if assignment is not None:
            preload_answers(session, assignment.preload)
        data = document_to_json(form, session.doc)
        record = self.new_record(uuid, form, data, title=session.instance_name())
        if assignment is not None:
            record.assignment = assignment.id
        now = record.created_at
        self.store.add_submission(
            record, audit=audit(self.user.name, "submission.create", uuid, now)
        )
        draft = Draft(self, record, form, session)
        draft.blank = data
        draft.begin_audit("form start")
        return draft

    def _entity_here(self, assignment: Assignment) -> None:
        """The entity a follow-up is for is still in this computer's list."""
        assert assignment.list_name is not None and assignment.entity is not None
        if self.entities.entity(assignment.list_name, assignment.entity) is None:
            raise EntityGone(
                f"{assignment.title} is no longer in the list {assignment.list_name} on this "
                "computer: it was closed or moved to another site. Ask your supervisor; "
                "sync first if you have not today.",
                name=assignment.title,
                list_name=assignment.list_name,
            )

    def assignments(self) -> list[Assignment]:
        """This user's assignments, with what is done and left."""
        return assignments_of(self)

    def blank(
        self, form_id: str, *, version: str | None = None, language: str | None = None
    ) -> tuple[FormDefinition, str, FormSession]:
        """A new questionnaire of this user's, not stored yet: its form, uuid and session
        (metadata filled in, the user's site answered where the form asks for it; the entity
        lists it reads filled from this computer's)."""
        form = self.entities.form_to_fill(self.client.form(form_id, version))
        uuid = str(uuidlib.uuid4())
        session = FormSession.new(
            form,
            now=self.client.clock,
            instance_id=f"uuid:{uuid}",
            username=self.user.name,
            deviceid=self.client.device_id,
            language=language,
        )
        if self.user.site:
            answer_site(session, self.user.site)
        return form, uuid, session

    def new_record(
        self, uuid: str, form: FormDefinition, data: dict, *, title: str
    ) -> SubmissionRecord:
        """A submission of this user, device and site, its answers and title encrypted."""
        now = self.client.now_text()
        return SubmissionRecord(
            uuid=uuid,
            form_id=form.form_id,
            form_version=form.version,
            enumerator=self.user.name,
            enumerator_id=self.user.enumerator_id,
            site=self.user.site,
            device_id=self.client.device_id,
            created_at=now,
            updated_at=now,
            data=self.seal_answers(uuid, data),
            title=self.seal_title(uuid, title),
        )

    def open_submission(
        self, uuid: str, *, language: str | None = None, for_batch: bool = False
    ) -> Draft:
        """A submission to fill on or read. ``for_batch``: double entry's own work (two
        keyings compared, the third look, a batch released) reads a first keying that is
        another clerk's draft; never given to a screen to show."""
        record = self.store.submission(uuid)
        if (
            not for_batch
            and record.status in ("draft", "returned")
            and record.enumerator.casefold() != self.user.name.casefold()
        ):  # a draft is its author's alone (a blind second keying cannot open the first)
            raise NotAllowed(
                f"this questionnaire is being filled or keyed by {record.enumerator}: "
                "only they can open it"
            )
        form = self.entities.form_to_fill(self.client.form(record.form_id, record.form_version))
        data, typed = self.open_draft_answers(uuid, record.data)
        doc = json_to_document(form, data)
        fill_missing_fields(form, doc)  # a finalized one kept only its relevant answers
        editable = record.status in ("draft", "returned")
        session = FormSession(
            form,
            doc,
            now=self.client.clock,
            language=language,
            recompute_calculations=editable,
        )
        if editable:
            restore_typed(session, typed)
        self._audit("submission.open", uuid)
        draft = Draft(self, record, form, session)
        if not for_batch:
            draft.begin_audit("form resume")
        return draft

    def discard_draft(self, uuid: str, *, why: str = "") -> None:
        """Delete a draft that was never finalized (its enumerator or an administrator), and
        the files of its photos that no other submission uses. Audit-logged."""
        record = self.store.submission(uuid)
        if record.enumerator.casefold() != self.user.name.casefold():
            self._require_admin("discard another user's draft")
        files = self.store.discard_draft(
            uuid,
            audit=audit(self.user.name, "submission.discard", uuid, self.client.now_text(), why),
        )
        for file_name in files:
            (self.client.home.attachments / file_name[:2] / file_name).unlink(missing_ok=True)
        self._titles.pop(uuid, None)

    def store_finalized(self, record: SubmissionRecord, data: dict, xml: str) -> None:
        """Keep a finalized revision; what it creates or updates in the entity lists is in
        them at once (a problem there is logged and never stops the finalize)."""
        json_bytes = canonical_json(data)
        now = self.client.now_text()
        revision = revision_record(
            record,
            json_bytes=json_bytes,
            xml_bytes=xml.encode("utf-8"),
            finalized_at=now,
            finalized_by=self.user.name,
            encrypt=lambda b, ctx: self.key.encrypt(b, context=ctx),
        )
        title = str(data.get("meta/instanceName") or "")
        updated = record.model_copy(
            update={
                "updated_at": now,
                "data": self.seal_answers(record.uuid, data),
                "title": self.seal_title(record.uuid, title),
            }
        )
        self.store.finalize(
            updated,
            revision,
            audit=audit(
                self.user.name,
                "submission.finalize",
                record.uuid,
                now,
                f"revision {revision.revision}",
            ),
            entities=self._entity_edit(record, data),
        )

    def _entity_edit(self, record: SubmissionRecord, data: dict) -> EntityEdit | None:
        try:
            form = self.client.form(record.form_id, record.form_version)
            return self.entities.edit_for(form, data, record.uuid)
        except Exception as exc:  # the finalize goes on: the server's copy comes at sync
            log.warning(
                "submission %s: its entity changes could not be read (%s)",
                record.uuid,
                type(exc).__name__,
            )
            return None

    def submission_data(self, uuid: str) -> dict:
        return self.open_answers(uuid, self.store.submission(uuid).data)

    # -- lists ---------------------------------------------------------------------------------
    def _mine(self, where: SubmissionFilter | None) -> SubmissionFilter:
        """Every list this user sees: their own drafts and returned submissions only."""
        return (where or SubmissionFilter()).model_copy(update={"owner": self.user.name})

    def submission_ids(self, where: SubmissionFilter, search: str = "") -> list[str]:
        where = self._mine(where)
        if search.strip():
            needle = search.strip().casefold()
            where = where.model_copy(
                update={
                    "uuids": [
                        uuid
                        for uuid, title in self.store.titles(where)
                        if needle in self.open_title(uuid, title).casefold() or needle in uuid
                    ]
                }
            )
        return self.store.submission_ids(where)

    def summaries(self, uuids: list[str]) -> dict[str, SubmissionSummary]:
        rows = self.store.submission_rows(uuids)
        return {
            uuid: SubmissionSummary(
                uuid=uuid,
                title=self.open_title(uuid, r.title),
                form_id=r.form_id,
                form_version=r.form_version,
                status=r.status,
                enumerator=r.enumerator,
                created_at=r.created_at,
                updated_at=r.updated_at,
                finalized_at=r.finalized_at,
            )
            for uuid, r in rows.items()
        }

    def status_counts(self, where: SubmissionFilter | None = None) -> dict[str, int]:
        return self.store.status_counts(self._mine(where))

    # -- sealed fields: each encrypted field and the context it is bound to, in one place ------
    def seal_answers(self, uuid: str, data: dict, typed: dict[str, str] | None = None) -> bytes:
        """A submission's answers, with a draft's typed texts that are not values yet."""
        if typed:
            data = {**data, TYPED: typed}
        return self.key.encrypt(canonical_json(data), context=uuid)

    def open_answers(self, uuid: str, blob: bytes) -> dict:
        return self.open_draft_answers(uuid, blob)[0]

    def open_draft_answers(self, uuid: str, blob: bytes) -> tuple[dict, dict[str, str]]:
        """The answers and, apart, the typed texts that are not values yet (by node path)."""
        data = json.loads(self._decrypt(blob, uuid, context=uuid))
        return data, data.pop(TYPED, None) or {}

    def _decrypt(self, blob: bytes, uuid: str, *, context: str) -> bytes:
        """Decrypted, or DamagedRecord naming the submission (never its content)."""
        try:
            return self.key.decrypt(blob, context=context)
        except (InvalidTag, ValueError):
            raise DamagedRecord(
                f"submission {uuid} is damaged on this computer: its data no longer decrypts "
                "(the rest is not affected; a backup may hold an earlier copy of it)"
            ) from None

    def seal_title(self, uuid: str, title: str) -> bytes:
        return self.key.encrypt(title.encode(), context=uuid + "/title")

    def open_title(self, uuid: str, blob: bytes) -> str:
        """A decrypted title, remembered for this session (searching decrypts every title)."""
        cached = self._titles.get(uuid)
        if cached is not None and cached[0] == blob:
            return cached[1]
        try:
            title = self._decrypt(blob, uuid, context=uuid + "/title").decode() if blob else ""
        except DamagedRecord:  # listed as damaged; the list goes on
            title = f"⚠ damaged record {uuid}"
        self._titles[uuid] = (blob, title)
        return title

    def reopen_to_correct(self, uuid: str, *, why: str) -> None:
        """A sent submission made editable again by its own enumerator (an administrator
        too), for a server with no review that would send it back — ODK Central, KoboToolbox:
        its next finalize is a new revision, sent there as an edit of the one sent.
        Audit-logged; ``why`` is kept encrypted with it, as a reviewer's note is."""
        record = self.store.submission(uuid)
        if record.enumerator.casefold() != self.user.name.casefold():
            self._require_admin("reopen another user's submission")
        if record.status != "sent":
            raise NotAllowed("only a sent submission is reopened to be corrected")
        at = self.client.now_text()
        self.store.return_for_correction(
            uuid,
            at=at,
            note=self.seal_note(uuid, why),
            audit=audit(self.user.name, "submission.reopened", uuid, at),
        )

    def seal_written(self, uuid: str, written: dict[str, dict[str, str]]) -> bytes | None:
        """A keying's values kept as written on the paper (path -> value, rule, note)."""
        if not written:
            return None
        text = json.dumps(written, sort_keys=True).encode()
        return self.key.encrypt(text, context=uuid + "/as_written")

    def open_written(self, record: KeyingRecord) -> dict[str, dict[str, str]]:
        if not record.as_written:
            return {}
        return json.loads(
            self._decrypt(record.as_written, record.uuid, context=record.uuid + "/as_written")
        )

    def seal_note(self, uuid: str, text: str) -> bytes:
        """Why the server or a reviewer sent a submission back (reasons quote answers)."""
        return self.key.encrypt(text.encode(), context=uuid + "/note")

    def open_note(self, uuid: str, blob: bytes) -> str:
        return self._decrypt(blob, uuid, context=uuid + "/note").decode() if blob else ""

    def revision_json(self, revision: RevisionRecord) -> bytes:
        """A finalized revision's exact JSON bytes."""
        context = revision_context(revision.uuid, revision.revision, "json")
        return self._decrypt(revision.json_bytes, revision.uuid, context=context)

    def revision_xml(self, revision: RevisionRecord) -> bytes:
        """A finalized revision's exact OpenRosa XML bytes (what an OpenRosa server gets)."""
        context = revision_context(revision.uuid, revision.revision, "xml")
        return self._decrypt(revision.xml_bytes, revision.uuid, context=context)

    # -- attachments ---------------------------------------------------------------------------
    def add_attachment(self, uuid: str, content: bytes, *, extension: str) -> str:
        """Store a photo/recording/file for a submission (encrypted, content-addressed);
        returns the name the answer holds."""
        sha = hashlib.sha256(content).hexdigest()
        ext = extension.lower().lstrip(".")
        return self.attach_file(uuid, f"{sha}.{ext}" if ext else sha, content)

    def attach_file(self, uuid: str, name: str, content: bytes) -> str:
        """A file of the submission under the name its answer holds (``audit.csv``; a
        later one of the same name takes its place)."""
        sha = hashlib.sha256(content).hexdigest()
        file_name = self.key.file_name(sha)
        target = self.client.home.attachments / file_name[:2] / file_name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            write_durably(target, self.key.encrypt(content, context=f"attachment/{sha}"))
        self.store.link_attachment(
            uuid,
            name,
            sha256=sha,
            size=len(content),
            file_name=file_name,
            at=self.client.now_text(),
        )
        return name

    def attachment(self, uuid: str, name: str) -> bytes:
        found = self.store.attachments_of(uuid).get(name)
        if found is None:
            raise NotFound(f"submission {uuid} has no attachment '{name}'")
        sha, file_name = found
        blob = (self.client.home.attachments / file_name[:2] / file_name).read_bytes()
        return self.key.decrypt(blob, context=f"attachment/{sha}")


def write_durably(path: Path, content: bytes) -> None:
    """Write to a temporary name, flush to disk, then rename: never a half-written file. On a
    full disk nothing is left behind and StoreFull says so."""
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StoreFull(
                f"the disk holding {path.parent.parent} is full: the file was not kept. Free "
                "some space and add it again; everything saved before is intact."
            ) from None
        raise
