"""A site's entity lists as a phone reads them over OpenRosa (ODK Collect, as ODK Central
serves them): the CSV a form's ``select_one_from_file households.csv`` reads — ``name``,
``label``, ``__version`` and the properties — the hash of the list's state in the form's
manifest (it changes with every registration, update and removal, so that Collect fetches
the list again), and which of the entities a phone holds are no longer in it (the
integrity address). A site's phones are given that site's entities only."""

from __future__ import annotations

import csv
import hashlib
import io

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from central_server.db import entities
from form_engine import FormDefinition

SOURCE = "jr://file-csv/"


def linked_files(form: FormDefinition) -> dict[str, str]:
    """The form's files that are entity lists: file name -> list name."""
    out = {}
    for iid in form.entity_lists:
        src = form.external_instances.get(iid, "")
        if src.startswith(SOURCE) and src.endswith(".csv"):
            name = src[len(SOURCE) :]
            out[name] = name[: -len(".csv")]
    return out


def _current(list_name: str, site_id: int | None):
    return (
        entities.c.list_name == list_name,
        entities.c.site_id == (site_id if site_id is not None else -1),  # no site: none
        entities.c.deleted_at.is_(None),
    )


def csv_of(conn: Connection, list_name: str, site_id: int | None) -> bytes:
    """The list as a phone of ``site_id`` reads it: one row per entity, oldest first."""
    rows = conn.execute(
        select(entities.c.uuid, entities.c.label, entities.c.version, entities.c.data)
        .where(*_current(list_name, site_id))
        .order_by(entities.c.created_at, entities.c.uuid)
    ).all()
    names = sorted({k for r in rows for k in (r.data or {})})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "label", "__version", *names])
    writer.writerows(
        [r.uuid, r.label, r.version, *[(r.data or {}).get(n, "") for n in names]] for r in rows
    )
    return out.getvalue().encode("utf-8")


def state_hash(conn: Connection, list_name: str, site_id: int | None) -> str:
    """Changes whenever the site's list does: an entity added, updated (its version) or
    removed (the count, the newest change)."""
    count, versions, newest = conn.execute(
        select(
            func.count(),
            func.coalesce(func.sum(entities.c.version), 0),
            func.max(entities.c.updated_at),
        ).where(*_current(list_name, site_id))
    ).one()
    state = f"{list_name}\n{site_id}\n{count}\n{versions}\n{newest or ''}".encode()
    return "md5:" + hashlib.md5(state, usedforsecurity=False).hexdigest()


def integrity(conn: Connection, list_name: str, site_id: int | None, ids: list[str]) -> str:
    """OpenRosa's integrity answer: for each id a phone holds, whether it is gone from the
    site's list (removed, or never this site's: a phone learns nothing of other sites')."""
    present = (
        set(
            conn.execute(
                select(entities.c.uuid).where(
                    *_current(list_name, site_id), entities.c.uuid.in_(ids)
                )
            ).scalars()
        )
        if ids
        else set()
    )
    from xml.sax.saxutils import quoteattr

    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<data>", "<entities>"]
    for uid in ids:
        gone = "false" if uid in present else "true"
        out.append(f"<entity id={quoteattr(uid)}><deleted>{gone}</deleted></entity>")
    out += ["</entities>", "</data>"]
    return "\n".join(out)
