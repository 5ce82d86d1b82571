"""A supervisor's side of the entity lists: an entity's history, version by version, the
entities in conflict (two offline updates of one version), and a conflict resolved property
by property — each resolution a version of its own, by who made it (ODK Central only lets a
conflict be dismissed)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Connection

from central_server.accounts import Principal, now_text
from central_server.db import entities, entity_versions, sites
from central_server.errors import Conflict, Forbidden, NotFound, Refusal
from central_server.intake.entities import record_version, tell_site
from form_engine.entities import EntityChange

REVIEWERS = ("clerk", "supervisor", "secretariat", "admin")


@dataclass
class Version:
    version: int
    label: str
    data: dict[str, str]
    received: dict[str, str]
    base_version: int | None
    conflicting: list[str] | None
    submission: str | None
    by: str
    at: str


@dataclass
class EntityView:
    uuid: str
    list_name: str
    site: str
    label: str
    data: dict[str, str]
    version: int
    conflict: str | None
    versions: list[Version] = field(default_factory=list)


def _readable(conn: Connection, who: Principal, uuid: str):
    if who.role not in REVIEWERS:
        raise Forbidden("entities are reviewed by clerks, supervisors and the Secretariat")
    row = conn.execute(
        select(entities, sites.c.name.label("site_name"))
        .join(sites, sites.c.id == entities.c.site_id)
        .where(entities.c.uuid == uuid)
    ).first()
    if row is None or (not who.all_sites and row.site_id != who.site_id):
        raise NotFound(f"no entity {uuid}")  # another site's is not even acknowledged
    return row


def history(conn: Connection, who: Principal, uuid: str) -> EntityView:
    """The entity as it is, and every version it has had, oldest first."""
    row = _readable(conn, who, uuid)
    versions = conn.execute(
        select(entity_versions)
        .where(entity_versions.c.uuid == uuid)
        .order_by(entity_versions.c.version)
    ).all()
    return EntityView(
        row.uuid,
        row.list_name,
        row.site_name,
        row.label,
        dict(row.data or {}),
        row.version,
        row.conflict,
        [
            Version(
                v.version,
                v.label,
                dict(v.data or {}),
                dict(v.received or {}),
                v.base_version,
                list(v.conflicting) if v.conflicting is not None else None,
                v.submission,
                v.by,
                v.at,
            )
            for v in versions
        ],
    )


def in_conflict(conn: Connection, who: Principal, list_name: str | None = None) -> list[EntityView]:
    """The entities in conflict that ``who`` reviews (a site's: its site's), newest first."""
    if who.role not in REVIEWERS:
        raise Forbidden("entities are reviewed by clerks, supervisors and the Secretariat")
    query = (
        select(entities, sites.c.name.label("site_name"))
        .join(sites, sites.c.id == entities.c.site_id)
        .where(entities.c.conflict.is_not(None), entities.c.deleted_at.is_(None))
        .order_by(entities.c.updated_at.desc())
        .limit(1000)
    )
    if list_name:
        query = query.where(entities.c.list_name == list_name)
    if not who.all_sites:
        query = query.where(entities.c.site_id == who.site_id)
    return [
        EntityView(
            r.uuid, r.list_name, r.site_name, r.label, dict(r.data or {}), r.version, r.conflict
        )
        for r in conn.execute(query)
    ]


def resolve(
    conn: Connection,
    who: Principal,
    uuid: str,
    *,
    version: int,
    values: dict[str, str],
    label: str | None = None,
) -> EntityView:
    """The values chosen for the properties in conflict (any the entity has), as a new
    version by ``who``; the conflict is over. ``version``: the one the reviewer looked at —
    another change since then is refused (409), never overwritten."""
    if who.role == "admin":
        raise Forbidden("conflicts are resolved by the site's reviewers and the Secretariat")
    row = _readable(conn, who, uuid)
    if conn.dialect.name == "postgresql":
        conn.execute(select(entities.c.uuid).where(entities.c.uuid == uuid).with_for_update())
    if row.version != version:
        raise Conflict(
            f"the entity changed since version {version} (it is at {row.version}): look again"
        )
    unknown = sorted(set(values) - set(row.data or {}))
    if unknown:
        raise Refusal(
            f"the entity has no property '{unknown[0]}'", code="unknown_property", status=422
        )
    data = {**(row.data or {}), **values}
    new_label = label if label else row.label
    at = now_text()
    conn.execute(
        entities.update()
        .where(entities.c.uuid == uuid)
        .values(data=data, label=new_label, version=version + 1, conflict=None, updated_at=at)
    )
    # a version like a follow-up's, by the reviewer, bringing the values chosen
    chosen = EntityChange(row.list_name, uuid, False, True, label or "", dict(values))
    record_version(
        conn, uuid, version + 1, new_label, data, chosen, None, None, who.username, at, version
    )
    tell_site(conn, row.site_id, uuid, at)
    return history(conn, who, uuid)
