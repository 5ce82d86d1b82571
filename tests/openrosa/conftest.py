"""The server on SQLite and PostgreSQL, the desktop's side, and a form with two photos and a
CSV choice list (a media file) published on the server."""

import pytest

from central_server import published_forms
from form_engine import load_xlsform
from form_engine.authoring import write_xlsform
from form_engine.submission import json_to_xml
from tests.central_server.conftest import (  # noqa: F401 - the server on SQLite and PostgreSQL
    login,
    server,
    server_settings,
)
from tests.desktop_app.conftest import admin, client, home  # noqa: F401 - the desktop's side


def card_form(folder):
    """Two photos of a ration card, and the camp from a CSV list (a media file)."""
    path = folder / "card_photos.xlsx"
    write_xlsform(
        path,
        [
            {"type": "select_one_from_file camps.csv", "name": "camp", "label": "Camp"},
            {"type": "image", "name": "front", "label": "Front of the card"},
            {"type": "image", "name": "back", "label": "Back of the card"},
        ],
        settings={"form_id": "card_photos", "version": "2026113001", "form_title": "Ration card"},
    )
    (folder / "camps.csv").write_text("name,label\nk1,Kakuma 1\nk2,Kakuma 2\n")
    return path


@pytest.fixture
def photo_form(server, tmp_path):  # noqa: F811 - the fixture imported above
    """The card form, published on the server."""
    path = card_form(tmp_path)
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    return load_xlsform(path)


def filled(form, front: str, back: str, *, instance: str, deprecated: str = "", camp="k1"):
    data = {
        "camp": camp,
        "front": front,
        "back": back,
        "meta/instanceID": f"uuid:{instance}",
    }
    if deprecated:
        data["meta/deprecatedID"] = f"uuid:{deprecated}"
    return json_to_xml(form, data).encode()


def revisions_of(server, uuid):  # noqa: F811 - a LiveServer, not the fixture
    with server.app.state.engine.connect() as c:
        return c.exec_driver_sql(
            "SELECT revision, parent_revision, status FROM revisions WHERE uuid = ? "
            "ORDER BY revision".replace("?", "%s" if c.dialect.name == "postgresql" else "?"),
            (uuid,),
        ).fetchall()
