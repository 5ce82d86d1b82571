"""What an outside review of the OpenRosa and bundle endpoints found, each shut: a bundle that
unpacks without end, a revoked phone still storing with a photo, unfinished uploads filling
the disk, another site's edits found by their instanceID, a second XML smuggled in as a file,
files no answer names kept."""

import hashlib
import os
import uuid as uuidlib
import zlib

import pytest
import requests
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from central_server import accounts
from sync_protocol import bundles
from sync_protocol.bundles import BadBundle, opened, token_hash
from tests.central_server.conftest import PASSWORDS
from tests.openrosa.collect import Collect
from tests.openrosa.conftest import filled


def test_a_bundle_that_unpacks_without_end_is_refused_before_it_does(monkeypatch):
    hashed = token_hash("a device's token")
    monkeypatch.setattr(bundles, "MOST_INFLATED", 1024 * 1024)
    bomb = sealed_raw(hashed, b'{"items":[{"padding":"' + b" " * 3_000_000 + b'"}]}')
    assert len(bomb) < 100_000  # a small file
    with pytest.raises(BadBundle, match="MiB once unpacked"):
        opened(bomb, lambda key: hashed)
    deep = sealed_raw(hashed, b'{"items":[' + b"[" * 200_000 + b"]" * 200_000 + b"]}")
    with pytest.raises(BadBundle, match="nested too deep"):
        opened(deep, lambda key: hashed)


def sealed_raw(hashed: str, body: bytes) -> bytes:
    """A bundle of any content, sealed as a device would (seal refuses what is too big)."""
    header = bundles.MAGIC + bytes([bundles.VERSION]) + bundles.key_id(hashed)
    nonce = os.urandom(12)
    return header + nonce + AESGCM(bundles._key(hashed)).encrypt(nonce, zlib.compress(body), header)


def test_a_revoked_phone_stores_nothing_at_once_photo_or_not(server, photo_form):
    with server.app.state.engine.begin() as conn:
        token, device = accounts.collect_token(conn, "amina", "Phone 4")
    phone = Collect(f"{server.url}/key/{token}")
    first = filled(photo_form, "a.jpg", "b.jpg", instance=str(uuidlib.uuid4()))
    assert phone.submit(first, {"a.jpg": b"1", "b.jpg": b"2"})[-1].status_code == 201
    with server.app.state.engine.begin() as conn:  # the phone is lost: revoked
        accounts.revoke_device(conn, accounts.principal_of(conn, "admin"), device)
    then = filled(photo_form, "c.jpg", "d.jpg", instance=str(uuidlib.uuid4()))
    r = requests.post(
        f"{server.url}/key/{token}/submission",
        files={
            "xml_submission_file": ("i.xml", then, "text/xml"),
            "c.jpg": ("c.jpg", b"3"),
            "d.jpg": ("d.jpg", b"4"),
        },
    )
    assert r.status_code == 401
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM submissions").scalar_one() == 1


def test_unfinished_uploads_are_bounded(server, photo_form, login, monkeypatch):
    from central_server.intake import openrosa

    monkeypatch.setattr(openrosa, "MOST_UNFINISHED", 3)
    amina = Collect(server.url, "amina", PASSWORDS["amina"])
    amina.submit(filled(photo_form, "a.jpg", "b.jpg", instance="warm-up"), {})  # signs in
    statuses = []
    for n in range(4):
        xml = filled(photo_form, "a.jpg", "b.jpg", instance=f"unfinished-{n}")
        r = requests.post(
            f"{server.url}/submission",
            auth=("amina", PASSWORDS["amina"]),
            files={
                "xml_submission_file": ("i.xml", xml, "text/xml"),
                "a.jpg": ("a.jpg", b"x" * 1000),
                "*isIncomplete*": (None, b"yes"),
            },
        )
        statuses.append(r.status_code)
    assert statuses == [201, 201, 201, 429]

    clerk = login("clerk_k")
    sizes = []
    for n in range(4):
        sha = hashlib.sha256(str(n).encode()).hexdigest()
        r = requests.put(
            f"{server.url}/api/v1/bundles/{sha}",
            params={"offset": 0, "size": 10_000},
            data=b"x" * 1000,
            headers={"authorization": f"Bearer {clerk}"},
        )
        sizes.append(r.status_code)
    assert sizes == [200, 200, 200, 429]


def test_files_no_answer_names_are_not_kept(server, photo_form):
    collect = Collect(server.url, "amina", PASSWORDS["amina"])
    xml = filled(photo_form, "a.jpg", "b.jpg", instance=str(uuidlib.uuid4()))
    answers = collect.submit(xml, {"a.jpg": b"front", "orphan.bin": b"y" * 100_000})
    assert answers[-1].status_code == 201
    with server.app.state.engine.connect() as c:
        sizes = [r[0] for r in c.exec_driver_sql("SELECT size FROM attachments")]
    assert sizes == [5]


def test_a_second_xml_as_a_file_is_refused(server, photo_form):
    xml = filled(photo_form, "a.jpg", "b.jpg", instance=str(uuidlib.uuid4()))
    other = filled(photo_form, "a.jpg", "b.jpg", instance=str(uuidlib.uuid4()), camp="k2")
    r = requests.post(
        f"{server.url}/submission",
        auth=("amina", PASSWORDS["amina"]),
        files=[
            ("xml_submission_file", ("i.xml", xml, "text/xml")),
            ("other", ("xml_submission_file", other, "text/xml")),
        ],
    )
    assert r.status_code == 400 and "two xml_submission_file" in r.text


def test_another_sites_edit_is_as_unknown_as_none(server, photo_form):
    koboko = Collect(server.url, "amina", PASSWORDS["amina"])
    kakuma = Collect(server.url, "baraka", PASSWORDS["baraka"])
    original, edit = str(uuidlib.uuid4()), str(uuidlib.uuid4())
    koboko.submit(filled(photo_form, "a.jpg", "b.jpg", instance=original), {})
    edited = filled(photo_form, "a.jpg", "b.jpg", instance=edit, deprecated=original, camp="k2")
    assert koboko.submit(edited, {})[-1].status_code == 201
    never = str(uuidlib.uuid4())
    theirs = filled(photo_form, "a.jpg", "b.jpg", instance=str(uuidlib.uuid4()), deprecated=edit)
    unknown = filled(photo_form, "a.jpg", "b.jpg", instance=str(uuidlib.uuid4()), deprecated=never)
    # an edit of Koboko's edit, from Kakuma: the same answer as an edit of nothing known
    assert kakuma.submit(theirs, {})[-1].status_code == kakuma.submit(unknown, {})[-1].status_code
