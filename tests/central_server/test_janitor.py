"""Issue 21: storage any sender can fill is forgotten after a week by one janitor — a file
uploaded and never named, an upload that declared a size it never reaches, the media of an
OpenRosa submission never finished, a bundle carried in part — while every file a
submission names stays, whatever its age."""

import hashlib
from datetime import UTC, datetime, timedelta

import requests

from central_server import janitor
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_api import envelopes, item, push


def _put(server, token, content: bytes, *, size: int | None = None) -> str:
    sha = hashlib.sha256(content).hexdigest()
    r = requests.put(
        f"{server.url}/api/v1/attachments/{sha}",
        params={"offset": 0, "size": size or len(content)},
        data=content,
        headers={"authorization": f"Bearer {token}"},
    )
    assert r.status_code == 200, r.text
    return sha


def _count(server, table: str) -> int:
    with server.app.state.engine.connect() as c:
        return c.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()


def test_what_no_submission_names_is_forgotten_after_a_week(server, login):
    token = login("amina")
    named = _put(server, token, b"a photo a submission names" * 100)
    _put(server, token, b"a photo nobody names" * 100)
    _put(server, token, b"never finished", size=1_000_000)  # a size it never reaches
    sub = envelopes(1, seed=3)[0]
    r = push(server, token, [{**item(sub), "attachments": [named]}])
    assert r.json()["results"][0]["status"] == "stored"
    # an OpenRosa submission's first POST of two, its last never sent
    r = requests.post(
        f"{server.url}/submission",
        files={
            "xml_submission_file": (
                "i.xml",
                b'<data id="population"><photo>p.jpg</photo><meta><instanceID>uuid:'
                b"0b6f5a7e-1111-4c4c-9c9c-111111111111</instanceID></meta></data>",
                "text/xml",
            ),
            "p.jpg": ("p.jpg", b"half of a submission" * 50),
            "*isIncomplete*": ("", b"yes"),
        },
        auth=("amina", PASSWORDS["amina"]),
    )
    assert _count(server, "attachments") >= 2
    assert _count(server, "attachment_parts") == 1

    # a day later: nothing is forgotten yet
    soon = janitor.sweep(server.app.state.engine, now=datetime.now(UTC) + timedelta(days=1))
    assert not any(soon.values())
    # eight days later
    done = janitor.sweep(server.app.state.engine, now=datetime.now(UTC) + timedelta(days=8))
    assert done["attachment parts"] == 1
    assert done["files no submission names"] >= 1
    with server.app.state.engine.connect() as c:
        left = {r[0] for r in c.exec_driver_sql("SELECT sha256 FROM attachments")}
        chunks = {r[0] for r in c.exec_driver_sql("SELECT DISTINCT sha256 FROM attachment_chunks")}
    assert left == {named} and chunks == {named}
    assert _count(server, "attachment_parts") == 0 and _count(server, "openrosa_parts") == 0
