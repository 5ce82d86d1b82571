"""Form versions: the list, and a version's XLSForm for clients to install."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response
from sqlalchemy import select

from central_server import published_forms
from central_server.db import forms
from central_server.deps import Tx, Who
from sync_protocol import Answer, FormVersionOut

router = APIRouter(prefix="/forms", tags=["forms"])


class FormsAnswer(Answer):
    forms: list[FormVersionOut]


@router.get("", response_model=FormsAnswer)
def list_forms(who: Who, conn: Tx) -> FormsAnswer:
    """The form versions devices can fill: those with every file they name."""
    rows = conn.execute(
        select(
            forms.c.form_id, forms.c.version, forms.c.title, forms.c.sha256, forms.c.published_at
        )
        .where(forms.c.needs_files == "[]")
        .order_by(forms.c.id)
    )
    return FormsAnswer(
        forms=[
            FormVersionOut(
                form_id=r[0],
                version=r[1],
                title=r[2],
                sha256=r[3],
                published_at=r[4],
                files=published_forms.files_of(conn, r[0], r[1]),
            )
            for r in rows
        ]
    )


@router.get("/{form_id}/{version}/xlsform")
def download(form_id: str, version: str, who: Who, conn: Tx) -> Response:
    name, content = published_forms.workbook(conn, form_id, version)
    return Response(
        content,
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


@router.get("/{form_id}/{version}/files/{name}")
def form_file(form_id: str, version: str, name: str, who: Who, conn: Tx) -> Response:
    """A file the version names (a CSV, XML or GeoJSON choice list, a pulldata table)."""
    content = published_forms.file_content(conn, form_id, version, name)
    kind = {"csv": "text/csv", "xml": "application/xml", "geojson": "application/geo+json"}
    return Response(
        content,
        media_type=kind.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream"),
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )
