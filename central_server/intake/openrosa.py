"""OpenRosa, the protocol ODK Collect, KoboCollect and Enketo speak, on Daftari's server:
the form list, each form version's XForm and its manifest of media files, and submissions —
one POST, or several when a submission's files are more than one request may carry (each
POST but the last says ``*isIncomplete*``), and edits (a new instanceID naming the one it
replaces in ``meta/deprecatedID``) stored as new revisions of the submission they edit.

The XForm is the one pyxform made of the published XLSForm, kept at publishing: the same
bytes every time, so the MD5 a form list gives is the one Collect finds on download."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from uuid import UUID
from xml.sax.saxutils import escape

from sqlalchemy import delete, func, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from central_server import entity_lists, published_forms
from central_server.accounts import now_text
from central_server.db import (
    form_files,
    forms,
    openrosa_instances,
    openrosa_parts,
    revisions,
    submissions,
)
from central_server.intake.uploads import unfinished_others

PREFIX = "/openrosa/"  # every OpenRosa address but /formList and /submission is under this
FORMS_PATH = "/openrosa/forms"  # a version's XForm, manifest and media, under this
LISTS_PATH = "/openrosa/entity-lists"  # a list's integrity (which entities are gone)
# what an instanceID may hold after "uuid:" (it becomes the submission's key; no paths)
INSTANCE_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")


def instance_key(instance: str) -> str:
    """An instanceID as the submission's key: without "uuid:", a UUID's letters in one case
    ("" when it cannot be one: too long, or characters a key may not hold)."""
    key = re.sub(r"^uuid:", "", instance.strip())
    if not INSTANCE_ID.fullmatch(key):
        return ""
    try:
        return str(UUID(key)) if len(key) == 36 else key
    except ValueError:
        return key


def response_body(message: str) -> bytes:
    """An OpenRosaResponse saying ``message``: what Collect shows of any answer, refusals
    too (with ``X-OpenRosa-Version``, which every answer on an OpenRosa address carries)."""
    return (
        '<OpenRosaResponse xmlns="http://openrosa.org/http/response">'
        f'<message nature="">{escape(message)}</message></OpenRosaResponse>'
    ).encode()


def is_openrosa_path(path: str) -> bool:
    """An address ODK Collect, KoboCollect or Enketo asks (after a phone's /key/<token>)."""
    return path in ("/submission", "/formList") or path.startswith(PREFIX)


def md5(data: bytes) -> str:
    return "md5:" + hashlib.md5(data, usedforsecurity=False).hexdigest()


# -- form discovery ---------------------------------------------------------------------------


def _offered(conn: Connection, form_id: str | None):
    """The newest version of each form that devices can fill (every file it names there)."""
    newest = (
        select(func.max(forms.c.id))
        .where(forms.c.needs_files == "[]")
        .group_by(forms.c.form_id)
        .scalar_subquery()
    )
    query = select(forms.c.form_id, forms.c.version, forms.c.title).where(forms.c.id.in_(newest))
    if form_id:
        query = query.where(forms.c.form_id == form_id)
    return conn.execute(query.order_by(forms.c.form_id)).all()


def form_list(conn: Connection, base: str, form_id: str | None = None) -> str:
    """The OpenRosa form list (``<xforms>``) with absolute addresses under ``base``."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<xforms xmlns="http://openrosa.org/xforms/xformsList">'
    ]
    for fid, version, title in _offered(conn, form_id):
        xform = published_forms.xform(conn, fid, version).encode("utf-8")
        where = f"{base}{FORMS_PATH}/{_segment(fid)}/{_segment(version)}"
        out.append(
            "<xform>"
            f"<formID>{escape(fid)}</formID>"
            f"<name>{escape(title)}</name>"
            f"<version>{escape(version)}</version>"
            f"<hash>{md5(xform)}</hash>"
            f"<downloadUrl>{escape(where)}/form.xml</downloadUrl>"
            + (
                f"<manifestUrl>{escape(where)}/manifest</manifestUrl>"
                if published_forms.files_of(conn, fid, version)
                or published_forms.model(conn, fid, version).entity_lists
                else ""
            )
            + "</xform>"
        )
    out.append("</xforms>")
    return "\n".join(out)


def manifest(
    conn: Connection, base: str, form_id: str, version: str, site_id: int | None = None
) -> str:
    """The files a version names, each with its MD5 and where to fetch it; an entity list it
    reads (``households.csv``) as ODK Central gives it: ``type="entityList"``, the hash of the
    asking site's list, and where to ask which entities are gone."""
    published_forms.xform(conn, form_id, version)  # NotFound for a version not published
    rows = conn.execute(
        select(form_files.c.name, form_files.c.content)
        .join(forms, forms.c.id == form_files.c.form)
        .where(forms.c.form_id == form_id, forms.c.version == version)
        .order_by(form_files.c.name)
    ).all()
    where = f"{base}{FORMS_PATH}/{_segment(form_id)}/{_segment(version)}/media"
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest xmlns="http://openrosa.org/xforms/xformsManifest">'
    ]
    lists = entity_lists.linked_files(published_forms.model(conn, form_id, version))
    for name, content in rows:
        if name in lists:
            continue  # a file attached with the form under a list's name: the list is served
        out.append(
            "<mediaFile>"
            f"<filename>{escape(name)}</filename>"
            f"<hash>{md5(content)}</hash>"
            f"<downloadUrl>{escape(where)}/{escape(_segment(name))}</downloadUrl>"
            "</mediaFile>"
        )
    for name, list_name in sorted(lists.items()):
        out.append(
            '<mediaFile type="entityList">'
            f"<filename>{escape(name)}</filename>"
            f"<hash>{entity_lists.state_hash(conn, list_name, site_id)}</hash>"
            f"<downloadUrl>{escape(where)}/{escape(_segment(name))}</downloadUrl>"
            f"<integrityUrl>{escape(base)}{LISTS_PATH}/{escape(_segment(list_name))}/integrity"
            "</integrityUrl>"
            "</mediaFile>"
        )
    out.append("</manifest>")
    return "\n".join(out)


def _segment(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


# -- submissions over several POSTs -----------------------------------------------------------


MOST_UNFINISHED = 20  # submissions a device may have sent part of and not finished
UNFINISHED_DAYS = 7  # then what was sent of one is forgotten


def unfinished_problem(conn: Connection, device: int, instance: str) -> str:
    """Why this device may not start another submission in several POSTs ("" when it may):
    too many of its own are unfinished. Its parts older than a week are forgotten first."""
    others = unfinished_others(
        conn,
        openrosa_parts,
        openrosa_parts.c.instance_id,
        openrosa_parts.c.received_at,
        device,
        instance,
        days=UNFINISHED_DAYS,
    )
    if others >= MOST_UNFINISHED:
        return (
            f"{others} submissions of this device were sent in part and not finished: "
            "finish them (or wait a week) before sending others in several parts"
        )
    return ""


def keep_parts(conn: Connection, device: int, instance: str, names: dict[str, str]) -> None:
    """A POST that says more is coming: its files are stored (by the caller) and remembered by
    name for the submission's last POST."""
    if not names:
        return
    rows = [
        dict(instance_id=instance, device=device, name=name, sha256=sha, received_at=now_text())
        for name, sha in names.items()
    ]
    dialect = conn.engine.dialect.name
    make = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = make(openrosa_parts).values(rows)
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=["instance_id", "device", "name"],
            set_={
                "sha256": statement.excluded.sha256,
                "received_at": statement.excluded.received_at,
            },
        )
    )


def earlier_parts(conn: Connection, device: int, instance: str) -> dict[str, str]:
    """The files this device sent for this submission in its earlier POSTs, by name."""
    rows = conn.execute(
        select(openrosa_parts.c.name, openrosa_parts.c.sha256).where(
            openrosa_parts.c.instance_id == instance, openrosa_parts.c.device == device
        )
    )
    return {r[0]: r[1] for r in rows}


def forget_parts(conn: Connection, device: int, instance: str) -> None:
    conn.execute(
        delete(openrosa_parts).where(
            openrosa_parts.c.instance_id == instance, openrosa_parts.c.device == device
        )
    )


# -- edits ------------------------------------------------------------------------------------


@dataclass
class Placed:
    uuid: str  # the submission it is a revision of
    revision: int
    parent: int | None


def placed(conn: Connection, instance: str, deprecated: str, site_id: int | None) -> Placed:
    """Which submission and revision an instance is. Its own submission (revision 1), unless
    it was placed before (sent again) or it is an edit: a new revision of the submission its
    ``deprecatedID`` is (or is a revision of), made from that revision. A submission of
    another site is as unknown here as one that does not exist (the answer tells no other
    site's ids)."""
    known = conn.execute(
        select(openrosa_instances.c.uuid, openrosa_instances.c.revision).where(
            openrosa_instances.c.instance_id == instance
        )
    ).first()
    if known is not None and _site(conn, known[0]) != site_id:
        known = None  # another site's edit: as unknown as a name never used
    if not deprecated:
        if known is not None:
            return Placed(known[0], known[1], None)
        return Placed(instance, 1, None)
    mapped = conn.execute(
        select(openrosa_instances.c.uuid, openrosa_instances.c.revision).where(
            openrosa_instances.c.instance_id == deprecated
        )
    ).first()
    if mapped is not None and _site(conn, mapped[0]) != site_id:
        mapped = None
    parent: tuple[str, int]
    if mapped is not None:
        parent = (mapped[0], int(mapped[1]))
    else:
        newest = conn.execute(
            select(func.max(revisions.c.revision)).where(revisions.c.uuid == deprecated)
        ).scalar()
        if newest is not None and _site(conn, deprecated) != site_id:
            newest = None
        if newest is None:  # an edit of a submission this server never had: kept as itself
            return Placed(instance, 1, None) if known is None else Placed(known[0], known[1], None)
        parent = (deprecated, int(newest))
    if known is not None:  # the same edit sent again: the revision it was given
        return Placed(known[0], known[1], parent[1])
    newest = conn.execute(
        select(func.max(revisions.c.revision)).where(revisions.c.uuid == parent[0])
    ).scalar()
    return Placed(parent[0], int(newest or 0) + 1, parent[1])


def remember(conn: Connection, instance: str, where: Placed) -> None:
    """An edit's instanceID, kept with the revision it became (the original's is its key)."""
    if where.uuid == instance:
        return
    exists = conn.execute(
        select(openrosa_instances.c.instance_id).where(openrosa_instances.c.instance_id == instance)
    ).first()
    if exists is None:
        conn.execute(
            insert(openrosa_instances).values(
                instance_id=instance, uuid=where.uuid, revision=where.revision
            )
        )


def _site(conn: Connection, uuid: str) -> int | None:
    row = conn.execute(select(submissions.c.site_id).where(submissions.c.uuid == uuid)).first()
    return None if row is None else row[0]


# -- a phone's settings as a QR code ----------------------------------------------------------


def collect_settings(server_url: str, project: str) -> str:
    """What ODK Collect reads from a settings QR code (Configure with QR code): the JSON of
    its settings, zlib-compressed and Base64-encoded. The server address carries the phone's
    token, so no user name or password is typed on the phone; forms are kept as the server
    lists them, and finalized submissions go by themselves."""
    import base64
    import json
    import zlib

    settings = {
        "general": {
            "server_url": server_url,
            "form_update_mode": "match_exactly",
            "autosend": "wifi_and_cellular",
        },
        "admin": {"automatic_update": True},
        "project": {"name": project, "icon": project[:1].upper() or "D", "color": "#1b5e20"},
    }
    packed = json.dumps(settings, ensure_ascii=False, separators=(",", ":")).encode()
    return base64.b64encode(zlib.compress(packed)).decode("ascii")
