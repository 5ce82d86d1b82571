"""Issue 13: ODK-encrypted submissions (a form with a public_key in its settings), made as
ODK Collect makes them: taken and kept encrypted by the server — its database, exports and
logs hold nothing of the answers — and opened only with the private key, on the
Secretariat's machine, the answers and the photo as they were typed."""

import base64
import uuid as uuidlib
import xml.etree.ElementTree as ET

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from central_server import accounts, published_forms
from central_server.merged import exporting
from desktop_app.draft import audit
from form_engine import load_xlsform
from form_engine.authoring import write_xlsform
from form_engine.submission import json_to_xml, xml_to_json
from sync_protocol.odk_encryption import NotOpened, opened, read_envelope, sealed
from tests.central_server.conftest import PASSWORDS
from tests.openrosa.collect import Collect


@pytest.fixture(scope="module")
def keys():
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public = base64.b64encode(
        private.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    ).decode()
    return private, public


@pytest.fixture
def secret_form(server, tmp_path, keys):
    path = tmp_path / "protection.xlsx"
    write_xlsform(
        path,
        [
            {"type": "text", "name": "name", "label": "Name of the survivor"},
            {"type": "integer", "name": "age", "label": "Age"},
            {"type": "image", "name": "id_card", "label": "ID card"},
        ],
        settings={"form_id": "protection", "version": "1", "public_key": keys[1]},
    )
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    return load_xlsform(path)


def test_an_encrypted_submission_is_kept_sealed_and_opened_with_the_key(
    server, secret_form, keys, tmp_path
):
    assert secret_form.public_key == keys[1]
    instance = f"uuid:{uuidlib.uuid4()}"
    answers = {"name": "Halima Abdi Warsame", "age": 34, "id_card": "1764.jpg"}
    xml = json_to_xml(secret_form, {**answers, "meta/instanceID": instance}).encode()
    photo = b"\xff\xd8\xff" + bytes(range(256)) * 40
    envelope, files = sealed(keys[1], "protection", "1", instance, xml, {"1764.jpg": photo})
    collect = Collect(server.url, "amina", PASSWORDS["amina"])
    assert [a.status_code for a in collect.submit(envelope, files)] == [201]
    assert [a.status_code for a in collect.submit(envelope, files)] == [202]
    server.checked()  # the check after storing: kept, not refused for lacking answers

    with server.app.state.engine.connect() as c:
        stored = c.exec_driver_sql("SELECT json_text, status FROM revisions").fetchall()
        blobs = b"".join(r[0] for r in c.exec_driver_sql("SELECT data FROM attachment_chunks"))
    assert [s for _, s in stored] == ["stored"]
    assert "Halima" not in stored[0][0] and b"Halima" not in blobs
    assert bytes(range(256)) * 4 not in blobs  # the photo is there, but encrypted
    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "protection")
        exporting.export(conn, src, "csv", tmp_path / "out.zip", attachments=True)
    import zipfile

    with zipfile.ZipFile(tmp_path / "out.zip") as z:
        everything = b"".join(z.read(n) for n in z.namelist())
    assert b"Halima" not in everything

    # the Secretariat's machine: the private key opens it, the answers as typed
    root = ET.fromstring(envelope)
    clear_xml, clear_files = opened(keys[0], read_envelope(root), files)
    assert xml_to_json(secret_form, ET.fromstring(clear_xml))["name"] == "Halima Abdi Warsame"
    assert clear_files == {"1764.jpg": photo}
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(NotOpened):
        opened(other, read_envelope(root), files)
    changed = dict(files)
    # a byte changed (set to 0 it was unchanged one time in 256: the test then failed)
    changed["submission.xml.enc"] = changed["submission.xml.enc"][:-1] + bytes(
        [changed["submission.xml.enc"][-1] ^ 0x01]
    )
    with pytest.raises(NotOpened):
        opened(keys[0], read_envelope(root), changed)


def test_a_form_without_a_key_refuses_an_encrypted_submission(server, keys):
    instance = f"uuid:{uuidlib.uuid4()}"
    envelope, files = sealed(keys[1], "population", "2026120101", instance, b"<data/>", {})
    collect = Collect(server.url, "amina", PASSWORDS["amina"])
    r = collect.submit(envelope, files)[-1]
    assert r.status_code == 400 and "not encrypted" in r.text


def test_the_secretariat_reads_them_opened_on_its_own_computer(
    qtbot, server, secret_form, keys, tmp_path
):
    from desktop_app.app import standard_forms
    from desktop_app.client import Client
    from desktop_app.paths import Home
    from desktop_app.sync.enrolment import enrol
    from desktop_app.ui.secretariat import SecretariatView
    from tests.conftest import FIXED_NOW
    from tests.desktop_app.conftest import FAST_KDF
    from tests.desktop_app.test_window import log_in, open_window

    collect = Collect(server.url, "amina", PASSWORDS["amina"])
    names = ["Halima Abdi Warsame", "Nyakuoth Gatluak"]
    for name in names:
        instance = f"uuid:{uuidlib.uuid4()}"
        xml = json_to_xml(secret_form, {"name": name, "age": 30, "meta/instanceID": instance})
        envelope, files = sealed(keys[1], "protection", "1", instance, xml.encode(), {})
        assert collect.submit(envelope, files)[-1].status_code == 201
    server.checked()

    hq = Client(Home.resolve(tmp_path / "hq"), clock=lambda: FIXED_NOW, kdf=FAST_KDF)
    hq.install_forms([*standard_forms(), tmp_path / "protection.xlsx"])
    user = hq.create_first_user("rahel", "secretariat-1")
    enrol(user, server.url, "secretariat", PASSWORDS["secretariat"])
    window = open_window(qtbot, hq)
    view = log_in(qtbot, window, "secretariat-1")
    assert isinstance(view, SecretariatView)
    window.stop_sync()
    data = view.data
    view.setCurrentWidget(data)
    data.form.setCurrentIndex(data.form.findData("protection"))
    data.load(first=True)
    qtbot.waitUntil(lambda: data.table.rowCount() == 2, timeout=20_000)
    qtbot.waitUntil(lambda: "private key" in data.sealed_note.text(), timeout=5_000)
    cells = lambda: {  # noqa: E731
        data.table.item(r, c).text().strip("\u2068\u2069")
        for r in range(data.table.rowCount())
        for c in range(data.table.columnCount())
        if data.table.item(r, c) is not None
    }
    assert not set(names) & cells()  # nothing readable without the key

    pem = tmp_path / "protection-private.pem"
    pem.write_bytes(
        keys[0].private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"kakuma hq"),
        )
    )
    assert data.load_key_file(pem, "not the passphrase", ask=False) is False
    assert "does not open" in data.key_state.text()
    assert data.load_key_file(pem, "kakuma hq", ask=False)
    assert "protection-private.pem" in data.key_state.text()
    qtbot.waitUntil(lambda: set(names) <= cells(), timeout=20_000)
    assert "2 encrypted submission(s) opened on this computer" in data.sealed_note.text()
    window.close()
    hq.close()


def test_the_desktop_sends_an_encrypted_forms_submission_sealed(
    server, secret_form, keys, client, admin
):
    """The desktop connected to an OpenRosa server seals the submissions of a form with a
    public key as Collect does: the server keeps them sealed; the key opens them."""
    from desktop_app.sync import openrosa
    from tests.openrosa.test_desktop_client import sync

    openrosa.connect(admin, server.url, "amina", PASSWORDS["amina"])
    sync(admin)
    draft = admin.new_submission("protection")
    draft.set_answer(draft.session.node("/data/name"), "Achol Deng")
    draft.set_answer(draft.session.node("/data/age"), "41")
    assert draft.finalize() == []
    assert sync(admin).sent == 1
    server.checked()
    with server.app.state.engine.connect() as c:
        text, status = c.exec_driver_sql("SELECT json_text, status FROM revisions").one()
    assert status == "stored" and "Achol" not in text and "_encrypted" in text
    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "protection")
        found = exporting.sealed_submission(conn, src, draft.uuid)
    from desktop_app.sealed import open_sealed

    assert open_sealed(admin, "protection", found, keys[0])["name"] == "Achol Deng"

    # sealed once: sent again (an answer lost), the very same bytes — "already have it"
    from desktop_app.sealing import sealed_revision

    rev = admin.client.store.revisions(draft.uuid)[-1]
    form = admin.client.form("protection")
    again, paths = sealed_revision(admin, form, draft.uuid, 1, admin.revision_xml(rev), {})
    transport = openrosa.transport_of(admin)
    url, limit = transport.submission_target()
    files = {name: path.read_bytes() for name, path in paths.items()}
    assert transport.submit(url, limit, again, files)[0] == 202
    transport.close()
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM revisions").scalar_one() == 1


def test_native_sync_of_an_encrypted_form_sends_it_sealed(
    server, secret_form, keys, client, admin, tmp_path
):
    """The desktop's own sync (not OpenRosa) of an encrypted form's submission: sealed once,
    its photo sealed too; the server holds nothing readable; sent again, the same bytes; the
    private key opens it from the server's copy."""
    from desktop_app.sealed import open_sealed
    from desktop_app.sync.enrolment import enrol
    from tests.sync.test_sync_client import sync as native_sync

    client.install_form(tmp_path / "protection.xlsx")
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    draft = admin.new_submission("protection")
    draft.set_answer(draft.session.node("/data/name"), "Ayan Hassan")
    draft.set_answer(draft.session.node("/data/age"), "27")
    photo = b"\xff\xd8\xff" + bytes(range(256)) * 50
    name = admin.add_attachment(draft.uuid, photo, extension="jpg")
    draft.set_answer(draft.session.node("/data/id_card"), name)
    assert draft.finalize() == []
    report = native_sync(admin)
    assert report.sent == 1 and report.attachments == 2, report  # the photo and the XML, sealed
    server.checked()
    with server.app.state.engine.connect() as c:
        text, status = c.exec_driver_sql("SELECT json_text, status FROM revisions").one()
        blobs = b"".join(r[0] for r in c.exec_driver_sql("SELECT data FROM attachment_chunks"))
    assert status == "stored" and "Ayan" not in text and b"Ayan" not in blobs
    assert bytes(range(256)) * 4 not in blobs
    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "protection")
        found = exporting.sealed_submission(conn, src, draft.uuid)
    assert open_sealed(admin, "protection", found, keys[0])["name"] == "Ayan Hassan"

    from desktop_app.sync.engine import gather

    at = "2026-11-30T12:00:00+00:00"
    admin.client.store.return_for_correction(
        draft.uuid, at=at, audit=audit("s", "r", draft.uuid, at)
    )
    edit = admin.open_submission(draft.uuid)
    edit.set_answer(edit.session.node("/data/age"), "28")
    assert edit.finalize() == []
    # the corrected revision gathered twice (a sync that failed, then another): sealed once
    first, second = ([o.item for o in gather(admin)] for _ in range(2))
    assert [i.json_text for i in first] == [i.json_text for i in second]
    import json

    assert set(json.loads(first[0].json_text)) == {
        "meta/instanceID",
        "meta/deprecatedID",
        "_encrypted",
    }  # who and which, never an answer
    assert native_sync(admin).sent == 1


def test_an_encrypted_forms_submission_in_clear_is_refused_and_not_kept(server, secret_form):
    instance = f"uuid:{uuidlib.uuid4()}"
    xml = json_to_xml(secret_form, {"name": "Halima", "age": 3, "meta/instanceID": instance})
    r = Collect(server.url, "amina", PASSWORDS["amina"]).submit(xml.encode(), {})[-1]
    assert r.status_code == 400 and "encrypted only" in r.text
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM revisions").scalar_one() == 0


@pytest.mark.parametrize("sealed_file", ["submission.xml.enc", "1764.jpg.enc"])
def test_a_byte_changed_inside_a_sealed_file_is_caught_by_the_signature(keys, sealed_file):
    """A byte changed in the middle of the sealed XML or photo, far from the padding (which
    only the last block's change would break): only the signature can tell, and it does.
    (Issue 24: with the signature's comparison switched off every other test stayed green.)"""
    instance = f"uuid:{uuidlib.uuid4()}"
    xml = (
        "<data id='protection' version='1'><name>"
        + "Halima Abdi Warsame " * 20
        + f"</name><meta><instanceID>{instance}</instanceID></meta></data>"
    ).encode()
    photo = b"\xff\xd8\xff" + bytes(range(256)) * 40
    envelope, files = sealed(keys[1], "protection", "1", instance, xml, {"1764.jpg": photo})
    kept = read_envelope(ET.fromstring(envelope))
    assert opened(keys[0], kept, files)[0] == xml  # as made: opens
    changed = dict(files)
    middle = len(changed[sealed_file]) // 2
    assert len(changed[sealed_file]) - middle > 32  # two blocks from the end at least
    changed[sealed_file] = (
        changed[sealed_file][:middle]
        + bytes([changed[sealed_file][middle] ^ 0x01])
        + changed[sealed_file][middle + 1 :]
    )
    with pytest.raises(NotOpened, match="signature differs"):
        opened(keys[0], kept, changed)


def test_an_encrypted_forms_audit_log_goes_sealed_too(server, keys, client, admin, tmp_path):
    """An encrypted form that tracks changes: its audit log holds answers (old and new
    values), so it goes sealed like a photo (``audit.csv.enc``, as Collect sends it) and the
    server reads nothing of it."""
    from central_server.db import paradata_files
    from desktop_app.sync.enrolment import enrol
    from tests.sync.test_sync_client import sync as native_sync

    path = tmp_path / "timed_secret.xlsx"
    write_xlsform(
        path,
        [
            {"type": "audit", "name": "audit", "parameters": "track-changes=true"},
            {"type": "text", "name": "name", "label": "Name of the survivor"},
        ],
        settings={"form_id": "timed_secret", "version": "1", "public_key": keys[1]},
    )
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    client.install_form(path)
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    draft = admin.new_submission("timed_secret")
    node = draft.session.node("/data/name")
    draft.paradata.question(node)
    draft.set_answer(node, "Ayan Hassan")
    assert draft.finalize() == []
    assert "Ayan Hassan" in admin.attachment(draft.uuid, "audit.csv").decode()  # here, encrypted
    report = native_sync(admin)
    assert report.sent == 1 and report.attachments == 2, report  # the audit log and the XML
    server.checked()
    with server.app.state.engine.connect() as c:
        (text,) = c.exec_driver_sql("SELECT json_text FROM revisions").one()
        blobs = b"".join(r[0] for r in c.exec_driver_sql("SELECT data FROM attachment_chunks"))
        assert c.execute(paradata_files.select()).first() is None  # nothing to read
    assert "audit.csv.enc" in text and b"Ayan" not in blobs
