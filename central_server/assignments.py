"""Assignments (issue 25): who visits whom. A supervisor gives an enumerator (or a clerk who
keys paper) entities of the site's lists to follow up — each an assignment whose answers are
preloaded from the entity's properties — or a number of new registrations in a zone.
Reassigned, the work leaves the old computer at its next sync (its finalized submissions stay
its own); cancelled, it leaves every computer.

A submission made for an assignment carries its id (``PushItem.assignment``), stored with it
whatever path it came by (sync, exchange, bundles); it counts as done only for an assignment
of the same site and form (:func:`done_counts`), so a device cannot tick off another site's
work. A Collect phone's follow-up of an assigned entity counts too, through the entity
version it made."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.engine import Connection

from central_server import published_forms
from central_server.accounts import Principal, now_text
from central_server.db import (
    assignments,
    changes,
    entities,
    entity_versions,
    forms,
    sites,
    submissions,
    users,
)
from central_server.errors import Forbidden, NotFound, Refusal
from form_engine.entities import follow_up_question, preload
from sync_protocol import MOST_ASSIGNED, AssignmentOut

ASSIGNERS = ("supervisor", "secretariat", "admin")
READERS = ("clerk", *ASSIGNERS)
ASSIGNEES = ("enumerator", "clerk")  # who can be given work: field staff and paper keyers
MOST_AT_ONCE = MOST_ASSIGNED
T = TypeVar("T")


@dataclass
class AssignmentView:
    id: int
    site: str
    form_id: str
    title: str
    enumerator: str
    entity: str | None  # the entity to visit; None: new registrations
    list_name: str | None
    quantity: int
    zone: str
    preload: dict[str, str]
    state: str  # open | cancelled
    done: int
    created_by: str
    created_at: str
    updated_at: str

    @property
    def left(self) -> int:
        return 0 if self.state != "open" else max(self.quantity - self.done, 0)


@dataclass
class Progress:
    """One enumerator's assignments of a site: how many, how many submissions they expect,
    done and left."""

    enumerator: str
    site: str
    assignments: int = 0
    expected: int = 0
    done: int = 0
    forms: list[str] = field(default_factory=list)

    @property
    def left(self) -> int:
        return max(self.expected - self.done, 0)


def _site_of(conn: Connection, who: Principal, site: str | None) -> tuple[int, str]:
    """The site the caller works on: a supervisor's own; the Secretariat's must be named."""
    if who.role not in ASSIGNERS:
        raise Forbidden("assignments are made by supervisors and the Secretariat")
    if not who.all_sites:
        if site and site.strip().casefold() != (who.site or "").casefold():
            raise Forbidden(f"a supervisor assigns the work of their own site, {who.site}")
        assert who.site_id is not None and who.site is not None
        return who.site_id, who.site
    if not site:
        raise Refusal("name the site the work is at")
    row = conn.execute(
        select(sites.c.id, sites.c.name).where(func.lower(sites.c.name) == site.strip().lower())
    ).first()
    if row is None:
        raise NotFound(f"there is no site '{site}'")
    return row.id, row.name


def assignees(conn: Connection, who: Principal, site: str | None = None) -> list[tuple[str, str]]:
    """(name, role) of who can be given work at the caller's site (the Secretariat's: the
    site named), enabled ones only, by name."""
    site_id, _ = _site_of(conn, who, site)
    rows = conn.execute(
        select(users.c.name, users.c.role)
        .where(
            users.c.site_id == site_id,
            users.c.role.in_(ASSIGNEES),
            users.c.disabled_at.is_(None),
        )
        .order_by(func.lower(users.c.name))
    )
    return [(r.name, r.role) for r in rows]


def _newest_form(conn: Connection, form_id: str):
    row = conn.execute(
        select(forms.c.form_id, forms.c.version, forms.c.title)
        .where(forms.c.form_id == form_id)
        .order_by(forms.c.id.desc())
        .limit(1)
    ).first()
    if row is None:
        raise NotFound(f"there is no published form '{form_id}'")
    return row


def _assignee(conn: Connection, name: str, site_id: int, site: str) -> str:
    row = conn.execute(
        select(users.c.name, users.c.role, users.c.site_id, users.c.disabled_at).where(
            users.c.name == name.strip()  # exactly: accounts are named exactly
        )
    ).first()
    if row is None or row.site_id != site_id:
        raise NotFound(f"there is no account '{name}' at {site}")
    if row.role not in ASSIGNEES:
        raise Refusal(f"'{row.name}' is a {row.role}: work is assigned to enumerators and clerks")
    if row.disabled_at is not None:
        raise Refusal(f"'{row.name}' is disabled: assign the work to someone else")
    return row.name


def create(
    conn: Connection,
    who: Principal,
    *,
    form_id: str,
    enumerator: str,
    entity_ids: list[str] | None = None,
    quantity: int = 0,
    zone: str = "",
    site: str | None = None,
) -> list[AssignmentView]:
    """Assign each of ``entity_ids`` (a follow-up each, its answers preloaded), or
    ``quantity`` new registrations in ``zone`` (one assignment), to ``enumerator``. Checked
    whole first: nothing is assigned while one entity is refused, and each is named."""
    site_id, site_name = _site_of(conn, who, site)
    name = _assignee(conn, enumerator, site_id, site_name)
    form = _newest_form(conn, form_id)
    model = published_forms.model(conn, form.form_id, form.version)
    at = now_text()
    rows: list[dict] = []
    if entity_ids:
        if quantity:
            raise Refusal("give entities to visit or a number of registrations, not both")
        if len(entity_ids) > MOST_AT_ONCE:
            raise Refusal(f"at most {MOST_AT_ONCE} entities at once")
        found = {
            e.uuid: e
            for e in conn.execute(select(entities).where(entities.c.uuid.in_(set(entity_ids))))
        }
        problems = []
        given = _open_for(conn, form_id, list(found))
        for uuid in dict.fromkeys(entity_ids):
            e = found.get(uuid)
            if e is None or e.site_id != site_id:
                problems.append(f"{uuid}: no such entity at {site_name}")
            elif e.deleted_at is not None:
                problems.append(f"{uuid} ({e.label}): closed on {e.deleted_at[:10]}")
            elif uuid in given:
                problems.append(f"{uuid} ({e.label}): already given to {given[uuid]}")
            elif follow_up_question(model, e.list_name) is None:
                problems.append(
                    f"{uuid} ({e.label}): form {form_id} does not follow up the list "
                    f"'{e.list_name}' (no select_one_from_file {e.list_name}.csv)"
                )
            else:
                rows.append(
                    dict(
                        entity_uuid=e.uuid,
                        list_name=e.list_name,
                        title=e.label,
                        quantity=1,
                        zone="",
                        payload=preload(model, e.list_name, e.uuid, dict(e.data or {})),
                    )
                )
        if problems:
            raise Refusal("nothing was assigned: " + "; ".join(problems))
    else:
        if not 1 <= quantity <= MOST_AT_ONCE:
            raise Refusal(f"give entities to visit or a number of registrations (1–{MOST_AT_ONCE})")
        rows.append(
            dict(
                entity_uuid=None,
                list_name=None,
                title=zone.strip() or form.title,
                quantity=quantity,
                zone=zone.strip(),
                payload={},
            )
        )
    made = []
    for row in rows:
        new_id = conn.execute(
            insert(assignments).values(
                site_id=site_id,
                form_id=form_id,
                enumerator=name,
                state="open",
                created_by=who.username,
                created_at=at,
                updated_at=at,
                had_by=[name],
                revision=1,
                **row,
            )
        ).inserted_primary_key[0]  # type: ignore[index]
        _tell(conn, site_id, new_id, at)
        made.append(new_id)
    return listing(conn, who, ids=made)


def _open_for(conn: Connection, form_id: str, uuids: list[str]) -> dict[str, str]:
    """Of these entities, those with an open assignment of ``form_id``: whose it is."""
    out: dict[str, str] = {}
    for chunk in _chunks(uuids):
        for uuid, name in conn.execute(
            select(assignments.c.entity_uuid, assignments.c.enumerator).where(
                assignments.c.entity_uuid.in_(chunk),
                assignments.c.form_id == form_id,
                assignments.c.state == "open",
            )
        ):
            out[uuid] = name
    return out


def _tell(conn: Connection, site_id: int, assignment_id: int, at: str) -> None:
    conn.execute(
        insert(changes).values(site_id=site_id, kind="assignment", ref=str(assignment_id), at=at)
    )


def _own(conn: Connection, who: Principal, assignment_id: int):
    if who.role not in ASSIGNERS:
        raise Forbidden("assignments are changed by supervisors and the Secretariat")
    row = conn.execute(select(assignments).where(assignments.c.id == assignment_id)).first()
    if row is None or (not who.all_sites and row.site_id != who.site_id):
        raise NotFound(f"there is no assignment {assignment_id}")
    return row


def reassign(
    conn: Connection, who: Principal, assignment_id: int, enumerator: str
) -> AssignmentView:
    """The work given to someone else: it leaves the old computer at its next sync."""
    row = _own(conn, who, assignment_id)
    if row.state != "open":
        raise Refusal(f"assignment {assignment_id} is {row.state}")
    site = conn.execute(select(sites.c.name).where(sites.c.id == row.site_id)).scalar_one()
    name = _assignee(conn, enumerator, row.site_id, site)
    if name == row.enumerator:
        raise Refusal(f"assignment {assignment_id} is {name}'s already")
    at = now_text()
    had = [*(row.had_by or [row.enumerator]), name]
    conn.execute(
        update(assignments)
        .where(assignments.c.id == assignment_id)
        .values(
            enumerator=name,
            updated_at=at,
            had_by=list(dict.fromkeys(had)),
            revision=assignments.c.revision + 1,
        )
    )
    _tell(conn, row.site_id, assignment_id, at)
    return listing(conn, who, ids=[assignment_id])[0]


def cancel(conn: Connection, who: Principal, assignment_id: int) -> AssignmentView:
    """No longer to be done: it leaves every computer; what was done for it stays."""
    row = _own(conn, who, assignment_id)
    if row.state != "open":
        raise Refusal(f"assignment {assignment_id} is {row.state} already")
    at = now_text()
    conn.execute(
        update(assignments)
        .where(assignments.c.id == assignment_id)
        .values(state="cancelled", updated_at=at, revision=assignments.c.revision + 1)
    )
    _tell(conn, row.site_id, assignment_id, at)
    return listing(conn, who, ids=[assignment_id])[0]


def listing(
    conn: Connection,
    who: Principal,
    *,
    form_id: str | None = None,
    enumerator: str | None = None,
    ids: list[int] | None = None,
    open_only: bool = False,
) -> list[AssignmentView]:
    """The assignments the caller may read (an enumerator's own; a site's for its clerks and
    supervisor; any for the Secretariat), with what is done."""
    if who.role not in (*READERS, "enumerator"):
        raise Forbidden("assignments are read by their site's staff and the Secretariat")
    query = select(assignments, sites.c.name.label("site_name")).join(
        sites, sites.c.id == assignments.c.site_id
    )
    if not who.all_sites:
        query = query.where(assignments.c.site_id == who.site_id)
    if who.role == "enumerator":
        query = query.where(assignments.c.enumerator == who.username)
    elif enumerator:
        query = query.where(assignments.c.enumerator == enumerator.strip())
    if form_id:
        query = query.where(assignments.c.form_id == form_id)
    if ids is not None:
        query = query.where(assignments.c.id.in_(ids))
    if open_only:
        query = query.where(assignments.c.state == "open")
    rows = conn.execute(query.order_by(assignments.c.id)).all()
    done = done_counts(conn, [r.id for r in rows])
    return [
        AssignmentView(
            r.id,
            r.site_name,
            r.form_id,
            r.title,
            r.enumerator,
            r.entity_uuid,
            r.list_name,
            r.quantity,
            r.zone,
            dict(r.payload or {}),
            r.state,
            done.get(r.id, 0),
            r.created_by,
            r.created_at,
            r.updated_at,
        )
        for r in rows
    ]


def done_counts(conn: Connection, ids: list[int]) -> dict[int, int]:
    """Submissions stored for each assignment, by someone it was given to (or a clerk or
    supervisor of its site: paper keyed at an office) and of its own site and form:
    - a follow-up: one that changed its household after it was assigned (bound to it or not:
      a Collect phone's carries no assignment);
    - registrations: those bound to it.
    A device cannot tick off another's work, another household's, or another site's."""
    found: dict[int, set[str]] = defaultdict(set)
    for chunk in _chunks(ids):
        work = {
            r.id: r
            for r in conn.execute(
                select(
                    assignments.c.id,
                    assignments.c.enumerator,
                    assignments.c.had_by,
                    assignments.c.entity_uuid,
                ).where(assignments.c.id.in_(chunk))
            )
        }
        staff = (users.c.role.in_(("clerk", "supervisor"))).label("staff")
        bound = (
            select(assignments.c.id, submissions.c.uuid, submissions.c.enumerator, staff)
            .select_from(assignments)
            .join(submissions, submissions.c.assignment_id == assignments.c.id)
            .outerjoin(users, users.c.name == submissions.c.enumerator)
            .where(
                assignments.c.id.in_(chunk),
                assignments.c.entity_uuid.is_(None),  # registrations: by their binding
                submissions.c.status != "rejected",
                submissions.c.site_id == assignments.c.site_id,
                submissions.c.form_id == assignments.c.form_id,
            )
        )
        by_entity = (
            select(assignments.c.id, submissions.c.uuid, submissions.c.enumerator, staff)
            .select_from(assignments)
            .join(entity_versions, entity_versions.c.uuid == assignments.c.entity_uuid)
            .join(
                submissions,
                and_(
                    submissions.c.uuid == entity_versions.c.submission,
                    submissions.c.form_id == assignments.c.form_id,
                    submissions.c.site_id == assignments.c.site_id,
                ),
            )
            .outerjoin(users, users.c.name == submissions.c.enumerator)
            .where(
                assignments.c.id.in_(chunk),
                submissions.c.status != "rejected",
                # made after it was assigned: an earlier visit is not this one's
                submissions.c.created_at >= assignments.c.created_at,
            )
        )
        for query in (bound, by_entity):
            for a, uuid, sender, is_staff in conn.execute(query):
                row = work[a]
                if is_staff or sender in (row.had_by or [row.enumerator]):
                    found[a].add(uuid)
    return {a: len(uuids) for a, uuids in found.items()}


def progress(conn: Connection, who: Principal, *, form_id: str | None = None) -> list[Progress]:
    """Each enumerator's open work: assignments, submissions expected, done, left."""
    if who.role not in READERS:
        raise Forbidden("progress is read by clerks, supervisors and the Secretariat")
    out: dict[tuple[str, str], Progress] = {}
    for a in listing(conn, who, form_id=form_id):
        if a.state != "open":
            continue
        p = out.setdefault((a.site, a.enumerator), Progress(a.enumerator, a.site))
        p.assignments += 1
        p.expected += a.quantity
        p.done += min(a.done, a.quantity)
        if a.form_id not in p.forms:
            p.forms.append(a.form_id)
    return sorted(out.values(), key=lambda p: (p.site, p.enumerator.casefold()))


def out_for(conn: Connection, who: Principal, assignment_id: int) -> AssignmentOut | None:
    """An assignment as ``who``'s device receives it at sync: whole when it is theirs to do
    (an enumerator's own; a site's for its clerks and supervisor); as removed to an
    enumerator who had it (reassigned or cancelled, it leaves their computer); nothing at all
    to the site's other enumerators (not even that it exists)."""
    row = conn.execute(select(assignments).where(assignments.c.id == assignment_id)).first()
    if row is None or who.all_sites or row.site_id != who.site_id:
        return None
    mine = who.role != "enumerator" or row.enumerator == who.username
    if mine and row.state == "open":
        return AssignmentOut(
            id=row.id,
            form_id=row.form_id,
            title=row.title,
            payload=dict(row.payload or {}),
            enumerator=row.enumerator,
            entity=row.entity_uuid,
            list_name=row.list_name,
            quantity=row.quantity,
            zone=row.zone,
            done=done_counts(conn, [row.id]).get(row.id, 0),
            revision=row.revision,
        )
    if mine or who.username in (row.had_by or []):
        return AssignmentOut(
            id=row.id, form_id=row.form_id, title="", removed=True, revision=row.revision
        )
    return None


def tell_done(conn: Connection, uuid: str) -> None:
    """A submission bound to an assignment was stored: its devices hear the new count."""
    row = conn.execute(
        select(submissions.c.assignment_id, submissions.c.site_id).where(submissions.c.uuid == uuid)
    ).first()
    if row is not None and row.assignment_id is not None:
        _tell(conn, row.site_id, row.assignment_id, now_text())


def _chunks(ids: Sequence[T], size: int = 500) -> Iterator[Sequence[T]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]
