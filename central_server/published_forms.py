"""Form versions on the server: published from XLSForm (checked by form_engine), kept with
their workbook and compiled model; a compiled model is cached per process (it never changes
once published, so the cache holds nothing that matters)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection, Engine

from central_server.accounts import now_text
from central_server.db import changes, forms, reading
from central_server.errors import Conflict, NotFound
from form_engine import FormDefinition, load_xlsform


def publish(conn: Connection, path: Path) -> tuple[str, str, str]:
    """Install a form version (a new version when the form id exists). Raises FormLoadError
    with sheet/row/column for a broken workbook. Returns (form_id, version, title)."""
    workbook = path.read_bytes()
    form = load_xlsform(path)
    exists = conn.execute(
        select(forms.c.sha256).where(
            forms.c.form_id == form.form_id, forms.c.version == form.version
        )
    ).first()
    if exists is not None:
        if exists[0] == hashlib.sha256(workbook).hexdigest():
            return form.form_id, form.version, form.title
        raise Conflict(
            f"form '{form.form_id}' version '{form.version}' is already published with other "
            "content: change the version in the settings sheet"
        )
    at = now_text()
    conn.execute(
        insert(forms).values(
            form_id=form.form_id,
            version=form.version,
            title=form.title or form.form_id,
            file_name=path.name,
            workbook=workbook,
            model=form.model_dump_json(),
            sha256=hashlib.sha256(workbook).hexdigest(),
            published_at=at,
        )
    )
    conn.execute(
        insert(changes).values(
            site_id=None, kind="form_version", ref=f"{form.form_id}@{form.version}", at=at
        )
    )
    return form.form_id, form.version, form.title


def model(conn: Connection, form_id: str, version: str) -> FormDefinition:
    """A published version's compiled model. A version never changes once published (publish
    refuses other content under the same version), so each process keeps the models it has
    read, keyed by database and version — no per-submission fetch of a large JSON text."""
    key = (str(conn.engine.url), form_id, version)
    found = _models.get(key)
    if found is None:
        found = FormDefinition.model_validate_json(_model_json(conn, form_id, version))
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


def workbook(conn: Connection, form_id: str, version: str) -> tuple[str, bytes]:
    row = conn.execute(
        select(forms.c.file_name, forms.c.workbook).where(
            forms.c.form_id == form_id, forms.c.version == version
        )
    ).first()
    if row is None:
        raise NotFound(f"form '{form_id}' version '{version}' is not published on this server")
    return row[0], row[1]
