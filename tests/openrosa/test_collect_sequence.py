"""Issue 13: ODK Collect against Daftari's server, on SQLite and PostgreSQL, request by
request as Collect sends them — the form list, the form (its MD5 checked), its manifest and
media, HEAD, then a submission with two 5 MB photos that does not fit one request, sent in
two POSTs (``*isIncomplete*``) — and the submission found whole, both photos with it, in the
Secretariat's export. Signed in with a user name and password (asked by a challenge first),
or with a phone's token in the address; edits (``deprecatedID``) become revisions."""

import hashlib
import os
import uuid as uuidlib
import zipfile
from dataclasses import replace

import requests

from central_server import accounts
from central_server.merged import exporting
from tests.central_server.conftest import PASSWORDS
from tests.openrosa.collect import Collect
from tests.openrosa.conftest import filled, revisions_of


def test_collect_lists_downloads_and_sends_photos_over_two_posts(
    server, photo_form, tmp_path, monkeypatch
):
    # a server that says it takes 8 MiB a POST (Daftari's default is Central's 100 MiB)
    state = server.app.state
    monkeypatch.setattr(state, "settings", replace(state.settings, max_submission_bytes=2**23))
    collect = Collect(server.url, "amina", PASSWORDS["amina"])
    listed = {f.form_id: f for f in collect.form_list()}
    assert collect.requests_made[0][2] == 401  # asked first; the password only then
    assert {"card_photos", "population", "household"} <= set(listed)
    card = listed["card_photos"]
    assert card.version == "2026113001" and card.name == "Ration card"
    xform, media = collect.download(card)
    assert b"<h:title>Ration card</h:title>" in xform
    assert media == {"camps.csv": b"name,label\nk1,Kakuma 1\nk2,Kakuma 2\n"}
    assert collect.download(card)[0] == xform  # the same bytes every time
    assert not listed["population"].manifest_url  # no media: no manifest

    front, back = os.urandom(5_000_000), os.urandom(5_000_000)
    instance = str(uuidlib.uuid4())
    xml = filled(photo_form, "1764489600001.jpg", "1764489600002.jpg", instance=instance)
    files = {"1764489600001.jpg": front, "1764489600002.jpg": back}
    answers = collect.submit(xml, files)
    assert [a.status_code for a in answers] == [201, 201]  # two POSTs: 10 MB > 8 MiB
    assert "rest is awaited" in answers[0].text and "submission received" in answers[1].text
    posts = [r for r in collect.requests_made if r[0] == "POST"]
    assert len(posts) == 2
    assert [a.status_code for a in collect.submit(xml, files)] == [201, 202]  # again: once

    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "card_photos")
        counts = exporting.export(conn, src, "csv", tmp_path / "out.zip", attachments=True)
        assert conn.exec_driver_sql("SELECT count(*) FROM openrosa_parts").scalar_one() == 0
    assert counts["attachments"] == 2
    with zipfile.ZipFile(tmp_path / "out.zip") as z:
        assert z.read(f"attachments/{instance}/front-1764489600001.jpg") == front
        assert z.read(f"attachments/{instance}/back-1764489600002.jpg") == back
        table = z.read("card_photos.csv").decode()
    assert instance in table and "k1" in table and len(table.splitlines()) == 2  # one row
    assert revisions_of(server, instance) == [(1, None, "stored")]


def test_a_phones_token_in_the_address_and_its_revocation(server, photo_form, login):
    with server.app.state.engine.begin() as conn:
        token, device = accounts.collect_token(conn, "baraka", "Phone 3, Kakuma")
    collect = Collect(f"{server.url}/key/{token}")  # no user name, no password
    card = next(f for f in collect.form_list() if f.form_id == "card_photos")
    assert card.download_url.startswith(f"{server.url}/key/{token}/")
    collect.download(card)
    instance = str(uuidlib.uuid4())
    xml = filled(photo_form, "a.jpg", "b.jpg", instance=instance, camp="k2")
    files = {"a.jpg": b"front", "b.jpg": b"back"}
    assert [a.status_code for a in collect.submit(xml, files)] == [201]
    with server.app.state.engine.connect() as c:
        who = c.exec_driver_sql(
            "SELECT u.name, d.label FROM submissions s JOIN devices d ON d.id = s.device "
            "JOIN users u ON u.id = d.user_id"
        ).fetchall()
    assert who == [("baraka", "Phone 3, Kakuma")]

    # the token reaches OpenRosa's addresses only, in the address or as a device token
    r = requests.get(f"{server.url}/key/{token}/api/v1/forms")
    assert r.status_code == 404
    bearer = {"authorization": f"Bearer {token}"}
    assert requests.get(f"{server.url}/api/v1/forms", headers=bearer).status_code == 401
    r = requests.post(f"{server.url}/api/v1/sync/push", json={"items": []}, headers=bearer)
    assert r.status_code == 401 and "phone's" in r.json()["detail"]
    assert requests.get(f"{server.url}/formList", headers=bearer).status_code == 200
    with server.app.state.engine.begin() as conn:
        accounts.revoke_device(conn, accounts.principal_of(conn, "admin"), device)
    r = requests.get(f"{server.url}/key/{token}/formList")
    assert r.status_code == 401 and "new QR code" in r.text  # an OpenRosaResponse
    assert r.headers["X-OpenRosa-Version"] == "1.0"
    again = filled(photo_form, "a.jpg", "b.jpg", instance=str(uuidlib.uuid4()))
    r = requests.post(
        f"{server.url}/key/{token}/submission",
        files={"xml_submission_file": ("i.xml", again, "text/xml")},
    )
    assert r.status_code == 401


def test_edits_become_revisions_and_other_bytes_a_kept_conflict(server, photo_form):
    collect = Collect(server.url, "amina", PASSWORDS["amina"])
    first = str(uuidlib.uuid4())
    files = {"a.jpg": b"front", "b.jpg": b"back"}
    assert (
        collect.submit(filled(photo_form, "a.jpg", "b.jpg", instance=first), files)[-1].status_code
        == 201
    )
    edit = str(uuidlib.uuid4())
    edited = filled(photo_form, "a.jpg", "b.jpg", instance=edit, deprecated=first, camp="k2")
    assert collect.submit(edited, files)[-1].status_code == 201
    assert collect.submit(edited, files)[-1].status_code == 202  # the same edit again
    second_edit = str(uuidlib.uuid4())
    twice = filled(photo_form, "a.jpg", "b.jpg", instance=second_edit, deprecated=edit)
    assert collect.submit(twice, files)[-1].status_code == 201
    assert revisions_of(server, first) == [(1, None, "stored"), (2, 1, "stored"), (3, 2, "stored")]
    assert revisions_of(server, edit) == []  # an edit is no submission of its own

    other = filled(photo_form, "a.jpg", "b.jpg", instance=edit, deprecated=first, camp="k1")
    r = collect.submit(other, files)[-1]  # the edit's instanceID, other bytes
    assert r.status_code == 409
    assert revisions_of(server, first)[-1][2] == "conflict"  # kept, a clerk decides


def test_without_credentials_nothing_is_read_or_stored(server, photo_form):
    r = requests.head(f"{server.url}/submission")
    assert r.status_code == 401 and "Basic" in r.headers["WWW-Authenticate"]
    r = requests.get(f"{server.url}/formList")
    assert r.status_code == 401 and "Basic" in r.headers["WWW-Authenticate"]
    big = filled(photo_form, "a.jpg", "b.jpg", instance=str(uuidlib.uuid4()))
    r = requests.post(
        f"{server.url}/submission",
        files={
            "xml_submission_file": ("i.xml", big, "text/xml"),
            "a.jpg": ("a.jpg", b"x" * 5_000_000),
        },
    )
    assert r.status_code == 401 and "Basic" in r.headers["WWW-Authenticate"]
    r = requests.post(
        f"{server.url}/submission",
        auth=("amina", "not her password"),
        files={"xml_submission_file": ("i.xml", big, "text/xml")},
    )
    assert r.status_code == 401
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM submissions").scalar_one() == 0
        assert c.exec_driver_sql("SELECT count(*) FROM attachments").scalar_one() == 0
    r = requests.get(f"{server.url}/key/{'x' * 43}/formList")
    assert r.status_code == 401
    assert hashlib  # noqa: B018 - imported for the reader's checks
