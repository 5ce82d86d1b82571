"""Issue 21: storage any sender can fill is forgotten after a week by one janitor — a file
uploaded and never named, an upload that declared a size it never reaches, the media of an
OpenRosa submission never finished, a bundle carried in part — while every file a
submission names stays, whatever its age."""

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import requests

from central_server import janitor, published_forms
from form_engine import load_xlsform
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_api import envelopes, item, push, put_whole
from tests.openrosa.conftest import card_form, filled


def _put(server, token, content: bytes, *, size: int | None = None) -> str:
    r = put_whole(server, token, "attachments", content, size=size)
    assert r.status_code == 200, r.text
    return r.json()["sha256"]


def _count(server, table: str) -> int:
    with server.app.state.engine.connect() as c:
        return c.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()


def test_what_no_submission_names_is_forgotten_after_a_week(server, login, tmp_path):
    token = login("amina")
    named = _put(server, token, b"a photo a submission names" * 100)
    _put(server, token, b"a photo nobody names" * 100)
    _put(server, token, b"never finished", size=1_000_000)  # a size it never reaches
    sub = envelopes(1, seed=3)[0]
    r = push(server, token, [{**item(sub), "attachments": [named]}])
    assert r.json()["results"][0]["status"] == "stored"
    # an OpenRosa submission's first POST of two, its last never sent
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, card_form(tmp_path))
    xml = filled(load_xlsform(tmp_path / "card_photos.xlsx"), "p.jpg", "", instance=str(uuid4()))
    r = requests.post(
        f"{server.url}/submission",
        files={
            "xml_submission_file": ("i.xml", xml, "text/xml"),
            "p.jpg": ("p.jpg", b"half of a submission" * 50),
            "*isIncomplete*": ("", b"yes"),
        },
        auth=("amina", PASSWORDS["amina"]),
    )
    assert r.status_code == 201, r.text
    assert _count(server, "openrosa_parts") == 1
    assert _count(server, "attachments") == 3
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
    # sign-ins: a right one is kept 60 days (its address stays the account's own), not more
    assert _count(server, "login_attempts") >= 1
    janitor.sweep(server.app.state.engine, now=datetime.now(UTC) + timedelta(days=61))
    assert _count(server, "login_attempts") == 0


def test_the_same_file_sent_by_eight_devices_at_once_is_stored_once(server, login):
    import threading

    content = b"one photo, eight phones" * 4000
    tokens = [
        requests.post(
            f"{server.url}/api/v1/auth/login",
            json={"username": name, "password": PASSWORDS[name], "device_label": f"laptop {i}"},
        ).json()["token"]
        for i, name in enumerate(["amina", "baraka", "clerk_k", "clerk_a"] * 2)
    ]
    answers: list[int] = []

    def send(token: str) -> None:
        answers.append(put_whole(server, token, "attachments", content).status_code)

    threads = [threading.Thread(target=send, args=(t,)) for t in tokens]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == [200] * 8
    assert _count(server, "attachments") == 1
    with server.app.state.engine.connect() as c:
        sites = c.exec_driver_sql("SELECT count(*) FROM attachment_sites").scalar_one()
        size = c.exec_driver_sql("SELECT sum(length(data)) FROM attachment_chunks").scalar_one()
    assert sites == 2 and size == len(content)  # Koboko and Kakuma; the bytes once
