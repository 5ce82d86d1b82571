"""The entities a stored submission creates or updates (ODK Entities; form_engine.entities says
what a submission asks), applied just after its check, by the same background pass, whatever
path it came by (sync, exchange, OpenRosa, bundles): a revision's ``entities_done`` is False
until then.

The rules, as ODK Central keeps them, and where Daftari does more:
- An entity belongs to the site of the submission that created it; a submission of another
  site never changes it (the change is refused, said in ``entity_problems``).
- A create makes version 1 (a label is required, the id must be a UUID); an id already taken
  is refused — but a corrected revision of the submission that created it updates it.
- An update names the version the device had (``baseVersion``). The newest version is what
  it changes: its properties are taken over the entity's, and the version goes up by one.
  If the device's version was not the newest, both devices updated the same version
  offline: the update is kept, and the entity is flagged ``soft`` (they changed different
  properties) or ``hard`` (the same property differently; which ones is kept) for review,
  never downgraded. Updates of one device's own offline run (its ``branchId``) are no
  conflict with each other.
- An update that comes before the version it changes (or before the create) waits in
  ``entity_waiting`` and is applied when that version arrives: never lost.
"""

from __future__ import annotations

import json
import logging
import uuid as uuidlib
from dataclasses import asdict
from typing import Any

from sqlalchemy import and_, insert, select, update
from sqlalchemy.engine import Connection, Engine

from central_server import assignments, published_forms
from central_server.accounts import now_text
from central_server.db import (
    changes,
    entities,
    entity_problems,
    entity_versions,
    entity_waiting,
    revisions,
    submissions,
    writing,
)
from form_engine.entities import EntityChange, declarations
from form_engine.entities import changes as asked
from sync_protocol.odk_encryption import SEALED

log = logging.getLogger("daftari.server")

TAKE = 200  # revisions applied in one transaction


def apply_waiting(engine: Engine, *, take: int = TAKE) -> int:
    """Apply the entity changes of up to ``take`` checked revisions not applied yet, in the
    order they were stored; how many revisions were done (0: none waiting)."""
    with writing(engine) as conn:
        query = (
            select(
                revisions.c.seq,
                revisions.c.uuid,
                revisions.c.revision,
                revisions.c.form_version,
                revisions.c.status,
                revisions.c.json_text,
                submissions.c.form_id,
                submissions.c.site_id,
                submissions.c.enumerator,
            )
            .select_from(revisions.join(submissions, submissions.c.uuid == revisions.c.uuid))
            .where(revisions.c.entities_done == False, revisions.c.checked == True)  # noqa: E712
            .order_by(revisions.c.seq)
            .limit(take)
        )
        if conn.dialect.name == "postgresql":  # two checkers never take the same revisions
            query = query.with_for_update(skip_locked=True, of=revisions)
        rows = conn.execute(query).all()
        for row in rows:
            if row.status == "stored":
                _apply_revision(conn, row)
                if row.revision == 1:  # work done for an assignment: its devices hear it
                    assignments.tell_done(conn, row.uuid)
        if rows:
            conn.execute(
                update(revisions)
                .where(revisions.c.seq.in_([r.seq for r in rows]))
                .values(entities_done=True)
            )
    return len(rows)


def _apply_revision(conn: Connection, row: Any) -> None:
    form = published_forms.model(conn, row.form_id, row.form_version)
    if form.public_key or not declarations(form):
        return  # a sealed form's answers are never read here; most forms have no entities
    try:
        data = json.loads(row.json_text)
        if not isinstance(data, dict) or SEALED in data:
            return
        wanted = asked(form, data)
    except Exception as exc:  # the submission passed its check: a fault of the server's
        log.error("reading a submission's entities failed: %s", type(exc).__name__)
        _problem(conn, row.uuid, row.revision, "", "its entities could not be read")
        return
    for change in wanted:
        where = conn.begin_nested()  # one change that fails leaves the others made
        try:
            apply(
                conn,
                change,
                site_id=row.site_id,
                submission=row.uuid,
                revision=row.revision,
                by=row.enumerator,
            )
            where.commit()
        except Exception as exc:
            where.rollback()
            log.error("applying an entity change failed: %s", type(exc).__name__)
            _problem(conn, row.uuid, row.revision, change.id, "the server could not apply it")


def apply(
    conn: Connection,
    change: EntityChange,
    *,
    site_id: int,
    submission: str | None,
    revision: int | None,
    by: str,
    at: str | None = None,
) -> str:
    """Make one change; what became of it: created, updated, waiting or refused.
    ``submission`` None: an import (central_server.entity_admin)."""
    at = at or now_text()
    if not _is_uuid(change.id):
        return _problem(conn, submission, revision, change.id, "its id is not a UUID")
    query = select(entities).where(entities.c.uuid == change.id)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    current = conn.execute(query).first()
    if current is not None and current.site_id != site_id:
        return _problem(conn, submission, revision, change.id, "it is another site's entity")
    if current is None:
        if change.create:
            return _create(conn, change, site_id, submission, revision, by, at)
        return _wait(conn, change, site_id, submission, revision, by, at)  # before its create
    if change.update:
        return _update(conn, current, change, submission, revision, by, at)
    # a create of an id that exists: a corrected revision of its own submission updates it
    first = conn.execute(
        select(entity_versions.c.submission).where(
            entity_versions.c.uuid == change.id, entity_versions.c.version == 1
        )
    ).scalar()
    if first == submission:
        again = EntityChange(**{**asdict(change), "base_version": str(current.version)})
        return _update(conn, current, again, submission, revision, by, at)
    return _problem(conn, submission, revision, change.id, "an entity with this id exists")


def _create(conn, change: EntityChange, site_id, submission, revision, by, at) -> str:
    if not change.label.strip():
        return _problem(conn, submission, revision, change.id, "a new entity needs a label")
    conn.execute(insert(entities).values(**new_entity_row(change, site_id, at)))
    record_version(
        conn, change.id, 1, change.label, change.properties, change, submission, revision, by, at
    )
    tell_site(conn, site_id, change.id, at)
    _after(conn, change.id, 1)
    return "created"


def _update(conn, current, change: EntityChange, submission, revision, by, at) -> str:
    base = _version_number(change.base_version)
    if base > current.version:  # the version it changes has not come yet
        return _wait(conn, change, current.site_id, submission, revision, by, at)
    received, label = dict(change.properties), change.label
    conflict, conflicting = current.conflict, None
    if base < current.version:  # changed since the device read it
        mine, theirs = _since(conn, current, change, base)
        # only what this device changed is taken: what it sent as it read it stays as the
        # newer version has it (ODK Central takes it all, undoing the other's change)
        received = {k: v for k, v in received.items() if k in mine}
        label = change.label if "label" in mine else ""
        if theirs is not None:
            now = {**(current.data or {}), "label": current.label}
            conflicting = sorted(k for k in mine & theirs if now.get(k, "") != _sent(change, k))
            conflict = "hard" if conflicting or conflict == "hard" else "soft"
    data = {**(current.data or {}), **received}
    label = label or current.label
    version = current.version + 1
    conn.execute(
        update(entities)
        .where(entities.c.uuid == current.uuid)
        .values(label=label, data=data, version=version, conflict=conflict, updated_at=at)
    )
    record_version(
        conn,
        current.uuid,
        version,
        label,
        data,
        change,
        submission,
        revision,
        by,
        at,
        base,
        conflicting,
    )
    tell_site(conn, current.site_id, current.uuid, at)
    _after(conn, current.uuid, version)
    return "updated"


def _sent(change: EntityChange, key: str) -> str:
    return change.label if key == "label" else change.properties.get(key, "")


def _since(conn, current, change: EntityChange, base: int) -> tuple[set[str], set[str] | None]:
    """What this change changed of the version it read (``base``), and what the versions
    since then changed of the one before each — those of other devices' runs than this
    change's (None when there are none: only this device's own offline run came since)."""
    rows = conn.execute(
        select(
            entity_versions.c.version,
            entity_versions.c.data,
            entity_versions.c.label,
            entity_versions.c.branch_id,
        )
        .where(entity_versions.c.uuid == current.uuid, entity_versions.c.version >= base)
        .order_by(entity_versions.c.version)
    ).all()
    values = {r.version: {**(r.data or {}), "label": r.label} for r in rows}
    read = values.get(base, {})
    mine = {k for k, v in change.properties.items() if read.get(k, "") != v}
    if change.label and change.label != read.get("label", ""):
        mine.add("label")
    theirs: set[str] | None = None
    for r in rows:
        if r.version <= base or (change.branch_id and r.branch_id == change.branch_id):
            continue
        before, after = values.get(r.version - 1, {}), values[r.version]
        changed = {k for k in before.keys() | after.keys() if before.get(k, "") != after.get(k, "")}
        theirs = (theirs or set()) | changed
    return mine, theirs


def record_version(
    conn,
    uuid,
    version,
    label,
    data,
    change,
    submission,
    revision,
    by,
    at,
    base=None,
    conflicting=None,
) -> None:
    conn.execute(
        insert(entity_versions).values(
            **version_row(
                uuid, version, label, data, change, submission, revision, by, at, base, conflicting
            )
        )
    )


def new_entity_row(change: EntityChange, site_id: int, at: str) -> dict:
    """An entity's row as a create makes it (version 1)."""
    return dict(
        uuid=change.id,
        list_name=change.dataset,
        site_id=site_id,
        label=change.label,
        data=change.properties,
        version=1,
        conflict=None,
        created_at=at,
        updated_at=at,
    )


def version_row(
    uuid, version, label, data, change, submission, revision, by, at, base=None, conflicting=None
) -> dict:
    """A version's row: what it is, what the change brought, and what made it."""
    return dict(
        uuid=uuid,
        version=version,
        label=label,
        data=data,
        received=change.properties,
        base_version=base,
        branch_id=change.branch_id or None,
        conflicting=conflicting,
        submission=submission,
        revision=revision,
        by=by,
        at=at,
    )


def _wait(conn, change: EntityChange, site_id, submission, revision, by, at) -> str:
    conn.execute(
        insert(entity_waiting).values(
            uuid=change.id,
            base_version=_version_number(change.base_version),
            submission=submission,
            revision=revision,
            site_id=site_id,
            change=asdict(change),
            by=by,
            at=at,
        )
    )
    return "waiting"


def _after(conn, uuid: str, version: int) -> None:
    """The updates that waited for this version of the entity (or for its create), now."""
    waiting = conn.execute(
        select(entity_waiting)
        .where(and_(entity_waiting.c.uuid == uuid, entity_waiting.c.base_version <= version))
        .order_by(entity_waiting.c.id)
    ).all()
    for w in waiting:
        conn.execute(entity_waiting.delete().where(entity_waiting.c.id == w.id))
        apply(
            conn,
            EntityChange(**w.change),
            site_id=w.site_id,
            submission=w.submission,
            revision=w.revision,
            by=w.by,
            at=w.at,
        )


def tell_site(conn, site_id: int, uuid: str, at: str) -> None:
    """Told to the site's devices at their next sync."""
    conn.execute(insert(changes).values(site_id=site_id, kind="entity", ref=uuid, at=at))


def _problem(conn, submission: str | None, revision: int | None, uuid: str, problem: str) -> str:
    conn.execute(
        insert(entity_problems).values(
            submission=submission or "",
            revision=revision or 0,
            uuid=uuid,
            problem=problem,
            at=now_text(),
        )
    )
    return "refused"


def _version_number(text: str) -> int:
    """A version as the spec reads it: anything but a positive whole number is 0."""
    try:
        n = int(str(text).strip())
    except ValueError:
        return 0
    return n if n > 0 else 0


def _is_uuid(text: str) -> bool:
    try:
        return str(uuidlib.UUID(text)) == text
    except ValueError:
        return False
