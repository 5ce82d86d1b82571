"""Form versions on the server: published from XLSForm (checked by form_engine), kept with
their workbook, the files they name and their compiled model; a compiled model is cached per
process once complete (it never changes after that, so the cache holds nothing that matters)."""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection, Engine

from central_server.accounts import now_text
from central_server.db import changes, form_files, forms, reading
from central_server.errors import Conflict, NotFound, Refusal
from form_engine import FormDefinition, FormLoadError, load_xlsform
from form_engine.entities import declarations, link_lists
from form_engine.model import NeededFile


@dataclass
class Published:
    form_id: str
    version: str
    title: str
    needs: list[NeededFile]  # files still to attach before devices get it
    new: bool = True


def publish(conn: Connection, path: Path) -> Published:
    """Install a form version (a new version when the form id exists), with the files it names
    that lie beside the workbook or in its '-media' folder. A form whose files are not all
    there is kept, and offered to devices once :func:`attach` has added them. Raises
    FormLoadError with sheet/row/column for a broken workbook."""
    workbook = path.read_bytes()
    form = load_xlsform(path)
    link_lists(form, declared_lists(conn))  # a follow-up that only reads a list: not a file
    exists = conn.execute(
        select(forms.c.sha256, forms.c.needs_files).where(
            forms.c.form_id == form.form_id, forms.c.version == form.version
        )
    ).first()
    if exists is not None:
        if exists[0] == hashlib.sha256(workbook).hexdigest():
            needs = [NeededFile.model_validate(m) for m in json.loads(exists[1])]
            return Published(form.form_id, form.version, form.title, needs, new=False)
        raise Conflict(
            f"form '{form.form_id}' version '{form.version}' is already published with other "
            "content: change the version in the settings sheet"
        )
    from central_server import checks

    rules = checks.rules_from_workbook(form, workbook)  # its checks sheet, refused whole
    at = now_text()
    row_id = conn.execute(
        insert(forms)
        .values(
            form_id=form.form_id,
            version=form.version,
            title=form.title or form.form_id,
            file_name=path.name,
            workbook=workbook,
            model=form.model_dump_json(),
            sha256=hashlib.sha256(workbook).hexdigest(),
            published_at=at,
            needs_files=_needs_json(form),
            xform=form.xform,
        )
        .returning(forms.c.id)
    ).scalar_one()
    for name, text in form.attachments.items():
        _store_file(conn, row_id, name, text.encode("utf-8"), at)
    checks.keep_form_rules(conn, form, rules, by="published")
    if not form.missing_files:
        _offer(conn, form, at)
    _link_waiting(conn, {d.dataset for d in declarations(form)}, at)
    return Published(form.form_id, form.version, form.title, list(form.missing_files))


def declared_lists(conn: Connection) -> set[str]:
    """The entity lists the published forms declare."""
    found: set[str] = set()
    for form_id, version in conn.execute(select(forms.c.form_id, forms.c.version)).all():
        found |= {d.dataset for d in declarations(model(conn, form_id, version))}
    return found


def _link_waiting(conn: Connection, lists: set[str], at: str) -> None:
    """Forms published before the list they read was declared (a follow-up before its
    registration), waiting for '<list>.csv' as a file: linked to the list now, and offered
    when nothing else is missing."""
    if not lists:
        return
    for row in conn.execute(select(forms.c.id, forms.c.needs_files, forms.c.model)).all():
        needs = {m["name"] for m in json.loads(row.needs_files)}
        if not needs & {f"{name}.csv" for name in lists}:
            continue
        waiting = FormDefinition.model_validate_json(row.model)
        link_lists(waiting, lists)
        conn.execute(
            update(forms)
            .where(forms.c.id == row.id)
            .values(model=waiting.model_dump_json(), needs_files=_needs_json(waiting))
        )
        _models.pop((str(conn.engine.url), waiting.form_id, waiting.version), None)
        if not waiting.missing_files:
            _offer(conn, waiting, at)


def attach(conn: Connection, form_id: str, version: str, paths: list[Path]) -> Published:
    """Add files a published version names and lacked; when none is missing any more, the
    version is offered to devices. A file the form does not name, or one it already has with
    other content, is refused (a version never changes under the devices that have it)."""
    row = conn.execute(
        select(forms).where(forms.c.form_id == form_id, forms.c.version == version)
    ).first()
    if row is None:
        raise NotFound(f"form '{form_id}' version '{version}' is not published on this server")
    have = {
        r.name: r.content
        for r in conn.execute(select(form_files).where(form_files.c.form == row.id))
    }
    wanted = {m["name"] for m in json.loads(row.needs_files)}
    given: dict[str, bytes] = {}
    for p in paths:
        content = p.read_bytes()
        if p.name in have:
            if have[p.name] != content:
                raise Conflict(
                    f"'{p.name}' is already attached to {form_id} version {version} with other "
                    "content: publish a new version of the form to change it"
                )
            continue
        if p.name not in wanted:
            named = ", ".join(sorted(wanted)) or "nothing more"
            raise Refusal(
                f"form '{form_id}' version {version} does not use a file named '{p.name}' "
                f"(it still needs: {named})",
                code="unknown_form_file",
            )
        given[p.name] = content
    texts: dict[str, str] = {}
    for name, content in {**have, **given}.items():
        try:
            texts[name] = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise FormLoadError(
                f"the attached file '{name}' is not UTF-8 text (save it as CSV UTF-8)",
                code="bad_attachment",
            ) from None
    with tempfile.TemporaryDirectory() as tmp:  # loaded again, with every file it has now
        workbook = Path(tmp) / row.file_name
        workbook.write_bytes(row.workbook)
        form = load_xlsform(workbook, attachments=texts)
    link_lists(form, declared_lists(conn))
    at = now_text()
    for name, content in given.items():
        _store_file(conn, row.id, name, content, at)
    conn.execute(
        update(forms)
        .where(forms.c.id == row.id)
        .values(model=form.model_dump_json(), needs_files=_needs_json(form))
    )
    if given and not form.missing_files:
        _offer(conn, form, at)
    return Published(form.form_id, form.version, form.title, list(form.missing_files))


def files_of(conn: Connection, form_id: str, version: str) -> list[str]:
    """The names of the files a version has, for devices to fetch beside its workbook."""
    rows = conn.execute(
        select(form_files.c.name)
        .join(forms, forms.c.id == form_files.c.form)
        .where(forms.c.form_id == form_id, forms.c.version == version)
        .order_by(form_files.c.name)
    )
    return [r[0] for r in rows]


def file_content(conn: Connection, form_id: str, version: str, name: str) -> bytes:
    row = conn.execute(
        select(form_files.c.content)
        .join(forms, forms.c.id == form_files.c.form)
        .where(forms.c.form_id == form_id, forms.c.version == version, form_files.c.name == name)
    ).first()
    if row is None:
        raise NotFound(f"form '{form_id}' version '{version}' has no file '{name}'")
    return row[0]


def _needs_json(form: FormDefinition) -> str:
    return json.dumps([m.model_dump() for m in form.missing_files])


def _store_file(conn: Connection, form_row: int, name: str, content: bytes, at: str) -> None:
    conn.execute(
        insert(form_files).values(
            form=form_row,
            name=name,
            content=content,
            sha256=hashlib.sha256(content).hexdigest(),
            added_at=at,
        )
    )


def _offer(conn: Connection, form: FormDefinition, at: str) -> None:
    """Devices learn of the version at their next sync."""
    conn.execute(
        insert(changes).values(
            site_id=None, kind="form_version", ref=f"{form.form_id}@{form.version}", at=at
        )
    )


def model(conn: Connection, form_id: str, version: str) -> FormDefinition:
    """A published version's compiled model. A version never changes once published (publish
    refuses other content under the same version), so each process keeps the models it has
    read, keyed by database and version — no per-submission fetch of a large JSON text."""
    key = (str(conn.engine.url), form_id, version)
    found = _models.get(key)
    if found is None:
        found = FormDefinition.model_validate_json(_model_json(conn, form_id, version))
        if found.missing_files:
            return found  # not kept: attaching its files changes it
        if len(_models) > 256:
            _models.clear()
        _models[key] = found
    return found


_models: dict[tuple[str, str, str], FormDefinition] = {}


def model_of(engine: Engine, form_id: str, version: str) -> FormDefinition:
    """:func:`model`, opening a (reading) connection only when the model is not cached."""
    found = _models.get((str(engine.url), form_id, version))
    if found is not None:
        return found
    with reading(engine) as conn:
        return model(conn, form_id, version)


def _model_json(conn: Connection, form_id: str, version: str) -> str:
    row = conn.execute(
        select(forms.c.model).where(forms.c.form_id == form_id, forms.c.version == version)
    ).first()
    if row is None:
        raise NotFound(
            f"form '{form_id}' version '{version}' is not published on this server",
            code="unknown_form_version",
        )
    return row[0]


def xform(conn: Connection, form_id: str, version: str) -> str:
    """The version's XForm, as OpenRosa clients download it: the one made when it was
    published (the same bytes every time, so its MD5 holds, whatever pyxform's version
    later); for a version published before the server kept them, the one its model was read
    from, kept from then on."""
    row = conn.execute(
        select(forms.c.id, forms.c.xform).where(
            forms.c.form_id == form_id, forms.c.version == version
        )
    ).first()
    if row is None:
        raise NotFound(f"form '{form_id}' version '{version}' is not published on this server")
    if row[1]:
        return row[1]
    made = model(conn, form_id, version).xform  # as it was read when published
    conn.execute(update(forms).where(forms.c.id == row[0]).values(xform=made))
    return made


def workbook(conn: Connection, form_id: str, version: str) -> tuple[str, bytes]:
    row = conn.execute(
        select(forms.c.file_name, forms.c.workbook).where(
            forms.c.form_id == form_id, forms.c.version == version
        )
    ).first()
    if row is None:
        raise NotFound(f"form '{form_id}' version '{version}' is not published on this server")
    return row[0], row[1]
