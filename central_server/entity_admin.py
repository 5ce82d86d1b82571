"""The Secretariat's work on entity lists: a list made or updated in bulk from a CSV
(``daftari-server entities import``), the lists counted, and a list exported.

An import is read whole and checked before anything is written: a column that is not the
list's (its properties are those the published forms ``save_to``), an id that is not a UUID
or comes twice, another site's entity, a new entity without a label, an unknown site — each
problem named with its row, and nothing imported while there is one. Without ``apply`` it
only says what it would do."""

from __future__ import annotations

import csv
import io
import uuid as uuidlib
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection, Row

from central_server import published_forms
from central_server.accounts import Principal, now_text
from central_server.db import changes as changes_table
from central_server.db import entities, entity_versions, entity_waiting, forms, sites
from central_server.errors import Forbidden, NotFound, Refusal
from central_server.intake.entities import apply, new_entity_row, version_row
from form_engine.entities import EntityChange, declarations

MANAGERS = ("secretariat", "admin")
ID_COLUMNS = ("name", "__id")  # the id, as Central's two CSVs call it
MOST_ROWS = 1_000_000
CHUNK = 500  # ids in one IN (…) or rows in one INSERT


class ImportRefused(Refusal):
    status, code = 400, "entity_import_refused"


@dataclass
class ImportReport:
    list_name: str
    site: str
    created: int = 0
    updated: int = 0
    problems: list[str] = field(default_factory=list)
    applied: bool = False


def properties_of(conn: Connection, list_name: str) -> set[str] | None:
    """The properties the published forms save to the list (None: no form declares it)."""
    found: set[str] | None = None
    for form_id, version in conn.execute(select(forms.c.form_id, forms.c.version)).all():
        model = published_forms.model(conn, form_id, version)
        for d in declarations(model):
            if d.dataset == list_name:
                found = (found or set()) | set(d.properties)
    return found


def import_csv(
    conn: Connection, who: Principal, list_name: str, site: str, text: str, *, apply_it: bool
) -> ImportReport:
    """Check a CSV of entities for ``site``'s list ``list_name`` whole; with ``apply_it`` and
    no problem, create and update them (each update a new version, by ``who``)."""
    if who.role not in MANAGERS:
        raise Forbidden("importing entities is the Secretariat's work")
    report = ImportReport(list_name, site)
    site_id = conn.execute(select(sites.c.id).where(sites.c.name == site)).scalar()
    if site_id is None:
        report.problems.append(f"there is no site '{site}'")
    known = properties_of(conn, list_name)
    if known is None:
        raise NotFound(f"no published form declares the entity list '{list_name}'")
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = next(reader, None)
    if not header:
        raise ImportRefused("the file is empty: its first row names the columns")
    header = [h.strip() for h in header]
    id_at = next((header.index(c) for c in ID_COLUMNS if c in header), None)
    if "label" not in header:
        report.problems.append("row 1: there is no 'label' column")
    for i, column in enumerate(header):
        if i == id_at or column == "label":
            continue
        if column not in known:
            report.problems.append(
                f"row 1: column '{column}' is not a property of '{list_name}' "
                f"(its properties: {', '.join(sorted(known)) or 'none'})"
            )
    if len(set(header)) != len(header):
        report.problems.append("row 1: a column is named twice")
    label_at = header.index("label") if "label" in header else None
    props = [(i, c) for i, c in enumerate(header) if i != id_at and c != "label" and c in known]
    seen: dict[str, int] = {}
    changes: list[EntityChange] = []
    rows = list(enumerate(reader, 2))
    if len(rows) > MOST_ROWS:
        raise ImportRefused(f"at most {MOST_ROWS} rows at a time")
    stored = _stored(
        conn,
        [row[id_at].strip().lower() for _, row in rows if id_at is not None and len(row) > id_at],
    )
    for n, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            report.problems.append(f"row {n}: {len(row)} cells, the header has {len(header)}")
            continue
        uid = row[id_at].strip().lower() if id_at is not None else ""
        label = row[label_at].strip() if label_at is not None else ""
        if uid:
            if not _is_uuid(uid):
                report.problems.append(f"row {n}: '{row[id_at]}' is not a UUID")  # type: ignore[index]
                continue
            if uid in seen:
                report.problems.append(f"row {n}: id {uid} is already on row {seen[uid]}")
                continue
            seen[uid] = n
        current = stored.get(uid) if uid else None
        if current is not None and site_id is not None and current.site_id != site_id:
            report.problems.append(f"row {n}: {uid} is another site's entity")
            continue
        if current is None and not label:
            report.problems.append(f"row {n}: a new entity needs a label")
            continue
        changes.append(
            EntityChange(
                dataset=list_name,
                id=uid or str(uuidlib.uuid4()),
                create=current is None,
                update=current is not None,
                label=label,
                properties={c: row[i] for i, c in props},
                base_version=str(current.version) if current is not None else "",
            )
        )
        if current is None:
            report.created += 1
        else:
            report.updated += 1
    if report.problems or not apply_it or site_id is None:
        return report
    _apply_all(conn, changes, site_id, who.username)
    report.applied = True
    return report


def _stored(conn: Connection, ids: list[str]) -> dict[str, Row]:
    """(site_id, version) of the entities of ``ids`` the server has, read a chunk at a time."""
    found: dict[str, Row] = {}
    wanted = sorted({i for i in ids if i})
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        for r in conn.execute(
            select(entities.c.uuid, entities.c.site_id, entities.c.version).where(
                entities.c.uuid.in_(chunk)
            )
        ):
            found[r.uuid] = r
    return found


def _apply_all(conn: Connection, changes: list[EntityChange], site_id: int, by: str) -> None:
    """The import's changes: new entities that no update waits for written a chunk at a
    time (a list of 100,000 is a few statements, not 600,000); the others one by one, as a
    submission's are (central_server.intake.entities.apply)."""
    at = now_text()
    waited: set[str] = set()
    new_ids = [c.id for c in changes if c.create]
    for start in range(0, len(new_ids), CHUNK):
        waited |= set(
            conn.execute(
                select(entity_waiting.c.uuid).where(
                    entity_waiting.c.uuid.in_(new_ids[start : start + CHUNK])
                )
            ).scalars()
        )
    plain = [c for c in changes if c.create and c.id not in waited and c.label.strip()]
    for start in range(0, len(plain), CHUNK):
        chunk = plain[start : start + CHUNK]
        conn.execute(insert(entities), [new_entity_row(c, site_id, at) for c in chunk])
        conn.execute(
            insert(entity_versions),
            [version_row(c.id, 1, c.label, c.properties, c, None, None, by, at) for c in chunk],
        )
        conn.execute(
            insert(changes_table),
            [dict(site_id=site_id, kind="entity", ref=c.id, at=at) for c in chunk],
        )
    done = {c.id for c in plain}
    for change in changes:
        if change.id not in done:
            apply(conn, change, site_id=site_id, submission=None, revision=None, by=by, at=at)


def lists(conn: Connection, who: Principal) -> list[tuple[str, str, int, int]]:
    """(list, site, entities, in conflict) of the lists ``who`` reads."""
    query = (
        select(
            entities.c.list_name,
            sites.c.name,
            func.count(),
            func.count(entities.c.conflict),
        )
        .join(sites, sites.c.id == entities.c.site_id)
        .where(entities.c.deleted_at.is_(None))
        .group_by(entities.c.list_name, sites.c.name)
        .order_by(entities.c.list_name, sites.c.name)
    )
    if not who.all_sites:
        query = query.where(entities.c.site_id == who.site_id)
    return [tuple(r) for r in conn.execute(query)]  # type: ignore[misc]


EXPORT_SYSTEM = ["__site", "__version", "__createdAt", "__updatedAt", "__conflict"]


def export_rows(
    conn: Connection, who: Principal, list_name: str, site: str | None = None
) -> tuple[list[str], list[list[str]]]:
    """A list as its users read it: ``__id``, ``label``, the properties, then the site,
    version, dates and conflict; another site's entities never to a site's account."""
    if who.role not in ("clerk", "supervisor", *MANAGERS):
        raise Forbidden("entity lists are read by reviewers and the Secretariat")
    query = (
        select(entities, sites.c.name.label("site_name"))
        .join(sites, sites.c.id == entities.c.site_id)
        .where(entities.c.list_name == list_name, entities.c.deleted_at.is_(None))
        .order_by(entities.c.created_at, entities.c.uuid)
    )
    if not who.all_sites:
        query = query.where(entities.c.site_id == who.site_id)
    if site is not None:
        query = query.where(func.lower(sites.c.name) == _site_asked(who, site).lower())
    rows = conn.execute(query).all()
    names = sorted({k for r in rows for k in (r.data or {})})
    header = ["__id", "label", *names, *EXPORT_SYSTEM]
    out = [
        [
            r.uuid,
            r.label,
            *[(r.data or {}).get(k, "") for k in names],
            r.site_name,
            str(r.version),
            r.created_at,
            r.updated_at,
            r.conflict or "",
        ]
        for r in rows
    ]
    return header, out


def history_rows(
    conn: Connection, who: Principal, list_name: str, site: str | None = None
) -> tuple[list[str], list[list[str]]]:
    """Every version of a list's entities, one row each (oldest first): ``__id``,
    ``__version``, ``label``, the properties as they were then, then what made it (the
    submission, or none: an import or a resolution), who and when, the version it changed and
    the properties in conflict. The same reading rights as :func:`export_rows`."""
    if who.role not in ("clerk", "supervisor", *MANAGERS):
        raise Forbidden("entity lists are read by reviewers and the Secretariat")
    query = (
        select(entity_versions, sites.c.name.label("site_name"))
        .join(entities, entities.c.uuid == entity_versions.c.uuid)
        .join(sites, sites.c.id == entities.c.site_id)
        .where(entities.c.list_name == list_name)
        .order_by(entities.c.created_at, entity_versions.c.uuid, entity_versions.c.version)
    )
    if not who.all_sites:
        query = query.where(entities.c.site_id == who.site_id)
    if site is not None:
        query = query.where(func.lower(sites.c.name) == _site_asked(who, site).lower())
    rows = conn.execute(query).all()
    names = sorted({k for r in rows for k in (r.data or {})})
    header = [
        "__id",
        "__version",
        "label",
        *names,
        "__site",
        "__submission",
        "__by",
        "__at",
        "__baseVersion",
        "__conflicting",
    ]
    out = [
        [
            r.uuid,
            str(r.version),
            r.label,
            *[(r.data or {}).get(k, "") for k in names],
            r.site_name,
            r.submission or "",
            r.by,
            r.at,
            "" if r.base_version is None else str(r.base_version),
            " ".join(r.conflicting or []),
        ]
        for r in rows
    ]
    return header, out


def _site_asked(who: Principal, site: str) -> str:
    """The site a reader names: their own (any case), or any for the Secretariat; another
    site's list asked by a site's account is refused, not answered empty."""
    if not who.all_sites and site.strip().casefold() != (who.site or "").casefold():
        raise Forbidden(f"{who.username} reads {who.site}'s lists only, not {site}'s")
    return site.strip()


def _is_uuid(text: str) -> bool:
    try:
        return str(uuidlib.UUID(text)) == text
    except ValueError:
        return False
