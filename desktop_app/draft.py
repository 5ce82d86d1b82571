"""A submission being filled: the form engine's session plus the autosave.

Every change (an answer, a repeat added or removed, the page moved to) is encrypted and
committed to SQLite before the call returns, so whatever the enumerator saw on screen survives
a crash or a power cut.
"""

from __future__ import annotations

import hashlib
import json
import uuid as uuidlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.errors import ClientError
from desktop_app.paradata import AUDIT_FILE, Paradata
from desktop_app.store import AuditEvent, RevisionRecord, SubmissionRecord
from form_engine import FormDefinition, FormSession, Issue, check_answer, check_session
from form_engine.nodes import Node
from form_engine.repeat_counts import Surplus, remove_surplus
from form_engine.submission import document_to_json, document_to_xml
from form_engine.validation import type_problem

if TYPE_CHECKING:
    from desktop_app.client import UserSession


# A draft's data keeps, under this key, what was typed that is not a value yet ("12x"); it
# cannot clash with a field path.
TYPED = "#typed"
TYPED_KINDS = ("int", "decimal", "date", "time", "dateTime", "geopoint", "geotrace", "geoshape")


def restore_typed(session: FormSession, typed: dict[str, str]) -> None:
    """Put a reopened draft's typed texts back on their questions. A draft saved before typed
    texts were kept apart holds them as answers: they move aside the same way."""
    for path, text in typed.items():
        try:
            session.set_typed(session.node(path), text)
        except KeyError:
            continue  # the node went away (a form version without it): nothing to show it on
    for el, node in session.walk(relevant_only=False):
        if (
            el.kind == "question"
            and el.control is not None
            and node.text
            and (el.data_type or "string") in TYPED_KINDS
            and type_problem(el, node.text)
        ):
            session.set_typed(node, node.text)


def canonical_json(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class Draft:
    """Opened by :meth:`UserSession.new_submission` or :meth:`UserSession.open_submission`."""

    def __init__(
        self,
        owner: UserSession,
        record: SubmissionRecord,
        form: FormDefinition,
        session: FormSession,
    ) -> None:
        self.owner = owner
        self.record = record
        self.form = form
        self.session = session
        self.position = record.position
        self.saved_at: str = record.updated_at
        self.on_saved: Callable[[str], None] | None = None
        # What a brand-new draft held when it was made: closed untouched, it is not kept.
        self.blank: dict | None = None
        # the filling's audit log, where the form asks for one (see begin_audit)
        self.paradata: Paradata | None = None

    def begin_audit(self, event: str) -> None:
        """A person starts filling (``form start``) or goes on (``form resume``): from now
        on what they are shown is logged, where the form has an ``audit`` row."""
        if self.form.audit is not None and self.editable and self.paradata is None:
            self.paradata = Paradata(self.owner, self.uuid, self.form, self.session)
            self.paradata.instant(event)

    @property
    def asks_change_reason(self) -> bool:
        """A finalized submission being changed (sent back for correction) whose form's
        audit asks why (``track-changes-reasons=on-form-edit``): the finalize takes the
        reason, as Collect asks for it when an edited form is saved."""
        return (
            self.paradata is not None
            and self.form.audit is not None
            and self.form.audit.change_reasons
            and self.record.revision > 0
        )

    @property
    def uuid(self) -> str:
        return self.record.uuid

    @property
    def editable(self) -> bool:
        return self.record.status in ("draft", "returned")

    def untouched(self) -> bool:
        """A draft made in this sitting that nobody has answered anything in."""
        return (
            self.blank is not None
            and self.record.revision == 0
            and not self.session.typed_texts()
            and document_to_json(self.form, self.session.doc) == self.blank
        )

    def title(self) -> str:
        return self.session.instance_name()

    # -- changes (each one saved before returning) -------------------------------------------
    def set_answer(self, node: Node, text: str) -> None:
        """An answer in canonical form (the form engine's text for the question's type)."""
        if node.text == text and not (node.state and node.state.typed):
            return
        self.session.set_value(node, text)
        self.save()

    def set_typed(self, node: Node, typed: str) -> None:
        """Text that is not a value of the question's type yet: kept, shown, refused at
        finalize; the question's value is empty meanwhile."""
        if node.state is not None and node.state.typed == typed and not node.text:
            return
        self.session.set_typed(node, typed)
        self.save()

    def add_repeat(self, repeat_path: str, parent: Node | None = None) -> Node:
        node = self.session.add_repeat(repeat_path, parent)
        self.save()
        return node

    def remove_repeat(self, instance: Node) -> None:
        if self.paradata is not None:
            self.paradata.instant("delete repeat", instance)
        self.session.remove_repeat(instance)
        self.save()

    def remove_surplus(self, extra: Surplus) -> None:
        """The enumerator confirmed: roster entries beyond a lowered count go, with their
        answers."""
        remove_surplus(self.session, extra)
        self.save()

    def move_to(self, position: str) -> None:
        """Remember the page (no answer changed, so only the position is written)."""
        if position != self.position and self.editable:
            self.position = position
            now = self.owner.client.now_text()
            self.owner.client.store.save_position(self.uuid, position=position, updated_at=now)
            self.saved_at = now

    def save(self) -> None:
        if not self.editable:
            return
        data = document_to_json(self.form, self.session.doc)
        now = self.owner.client.now_text()
        self.owner.client.store.save_draft(
            self.uuid,
            data=self.owner.seal_answers(self.uuid, data, self.session.typed_texts()),
            title=self.owner.seal_title(self.uuid, self.title()),
            position=self.position,
            updated_at=now,
        )
        self.saved_at = now
        if self.on_saved:
            self.on_saved(now)

    # -- checking and finalizing -------------------------------------------------------------
    def issue(self, node: Node) -> Issue | None:
        el = self.session.element(node)
        if el is None or el.kind != "question":
            return None
        return check_answer(self.session, el, node)

    def issues(self, *, allowed: Callable[[Issue], bool] | None = None) -> list[Issue]:
        """What is missing or wrong; ``allowed``: the problems that stand as they are (a
        paper's value kept as written there, against the form's rule)."""
        found = check_session(self.session)
        return [i for i in found if not allowed(i)] if allowed else found

    def finalize(
        self,
        *,
        stamp_end: bool = True,
        allowed: Callable[[Issue], bool] | None = None,
        change_reason: str = "",
    ) -> list[Issue]:
        """Validate everything; when nothing is wrong, store the revision's exact bytes and
        mark the submission finalized. Returns the problems (empty on success).
        ``stamp_end``: ``end`` is now (False: a paper's keying, which set it to the
        interview's date); ``allowed`` as for :meth:`issues`; ``change_reason``: why a
        finalized submission was changed, where the form asks (:attr:`asks_change_reason`)."""
        problems = self.issues(allowed=allowed)
        if problems:
            return problems
        reason = " ".join(change_reason.split())
        if self.asks_change_reason and not reason:
            raise ClientError(
                "this form asks why a finalized submission was changed: say why before "
                "finalizing it again",
                code="change_reason_needed",
            )
        if stamp_end:
            self.session.stamp_end()
        if self.record.revision:
            self._new_instance_id()
        if self.paradata is not None:
            if self.asks_change_reason:  # Collect's event, with the reason in its column
                self.paradata.recorder.end()  # what was on screen ends before it
                self.paradata.recorder.instant("change reason", reason=reason[:2000])
            self._attach_audit(self.paradata.finalized())
            self.paradata = None  # finalized: nothing more is logged
        data = document_to_json(self.form, self.session.doc, relevant_only=True)
        self.owner.store_finalized(
            self.record, data, document_to_xml(self.session.doc, relevant_only=True)
        )
        self.record = self.owner.client.store.submission(self.uuid)
        return []

    def _attach_audit(self, content: bytes) -> None:
        """The log goes with the submission as ``audit.csv``, which ``meta/audit`` names
        (as Collect does)."""
        meta = self.session.root.child("meta")
        node = meta.child("audit") if meta is not None else None
        self.owner.attach_file(self.uuid, AUDIT_FILE, content)
        if node is not None:
            node.text = AUDIT_FILE

    def _new_instance_id(self) -> None:
        """A corrected submission is a new OpenRosa instance naming the one it replaces
        (meta/deprecatedID); Daftari's uuid for the submission stays the same."""
        meta = self.session.root.child("meta")
        current = meta.child("instanceID") if meta is not None else None
        if meta is None or current is None:
            return
        deprecated = meta.child("deprecatedID") or meta.append(Node("deprecatedID"))
        deprecated.text = current.text
        current.text = f"uuid:{uuidlib.uuid4()}"


def revision_context(uuid: str, revision: int, kind: str) -> str:
    """What a revision's encrypted JSON or XML is bound to."""
    return f"{uuid}/r{revision}/{kind}"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def revision_record(
    record: SubmissionRecord,
    *,
    json_bytes: bytes,
    xml_bytes: bytes,
    finalized_at: str,
    finalized_by: str,
    encrypt: Callable[[bytes, str], bytes],
) -> RevisionRecord:
    revision = record.revision + 1
    return RevisionRecord(
        uuid=record.uuid,
        revision=revision,
        parent_revision=record.revision or None,
        finalized_at=finalized_at,
        finalized_by=finalized_by,
        json_bytes=encrypt(json_bytes, revision_context(record.uuid, revision, "json")),
        xml_bytes=encrypt(xml_bytes, revision_context(record.uuid, revision, "xml")),
        json_sha256=sha256_hex(json_bytes),
        xml_sha256=sha256_hex(xml_bytes),
    )


def audit(user: str, action: str, record: str, at: str, details: str = "") -> AuditEvent:
    return AuditEvent(at=at, user=user, action=action, record=record, details=details)
