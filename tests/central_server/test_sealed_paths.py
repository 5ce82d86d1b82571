"""Issue 21, finding 1: a form version with a public key takes its submissions sealed only,
on every path into the server — push, exchange, OpenRosa, bundles, carried bundles — and
nothing readable of an answer sent in clear is kept, exported or served. On SQLite and
PostgreSQL (the group writer stores through its own statements there)."""

import base64
import gzip
import hashlib
import json
import uuid as uuidlib

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from central_server import accounts, published_forms
from central_server.intake import bundles
from central_server.merged import exporting
from form_engine import load_xlsform
from form_engine.authoring import write_xlsform
from form_engine.submission import json_to_xml
from sync_protocol.bundles import BadBundle, seal, token_hash
from sync_protocol.odk_encryption import SEALED as SEALED_KEY
from sync_protocol.odk_encryption import kept, read_envelope, sealed
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_api import put_whole
from tests.openrosa.collect import Collect

SECRET = "Halima Abdi Warsame"


@pytest.fixture(scope="module")
def public_key():
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return base64.b64encode(
        private.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    ).decode()


@pytest.fixture
def secret_form(server, tmp_path, public_key):
    path = tmp_path / "protection.xlsx"
    write_xlsform(
        path,
        [
            {"type": "text", "name": "name", "label": "Name of the survivor"},
            {"type": "integer", "name": "age", "label": "Age"},
        ],
        settings={"form_id": "protection", "version": "1", "public_key": public_key},
    )
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    return load_xlsform(path)


def _item(data: dict, uuid: str | None = None) -> dict:
    uuid = uuid or str(uuidlib.uuid4())
    data = {**data, "meta/instanceID": f"uuid:{uuid}"}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return {
        "uuid": uuid,
        "form_id": "protection",
        "form_version": "1",
        "revision": 1,
        "parent_revision": None,
        "json_text": text,
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
    }


def _sealed_item(form, public_key) -> dict:
    uuid = str(uuidlib.uuid4())
    xml = json_to_xml(form, {"name": SECRET, "age": 34, "meta/instanceID": f"uuid:{uuid}"})
    envelope, _ = sealed(public_key, "protection", "1", f"uuid:{uuid}", xml.encode(), {})
    import xml.etree.ElementTree as ET

    said = read_envelope(ET.fromstring(envelope))
    assert said is not None
    item = _item({}, uuid)
    text = json.dumps(kept(said), separators=(",", ":"))
    return {**item, "json_text": text, "sha256": hashlib.sha256(text.encode()).hexdigest()}


def _post(server, token, path, body):
    return requests.post(
        f"{server.url}/api/v1/{path}",
        data=gzip.compress(json.dumps(body).encode()),
        headers={
            "authorization": f"Bearer {token}",
            "content-type": "application/json",
            "content-encoding": "gzip",
        },
    )


def _nothing_readable_kept(server, tmp_path) -> None:
    with server.app.state.engine.connect() as c:
        texts = [r[0] for r in c.exec_driver_sql("SELECT json_text FROM revisions")]
    assert not [t for t in texts if SECRET in t or '"age"' in t]
    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "protection")
        page = exporting.browse(conn, src)
        exporting.export(conn, src, "csv", tmp_path / "out.zip")
    assert SECRET not in json.dumps(page)
    import zipfile

    with zipfile.ZipFile(tmp_path / "out.zip") as z:
        assert SECRET.encode() not in b"".join(z.read(n) for n in z.namelist())


CLEAR = [
    {"name": SECRET, "age": 34},  # the answers in clear
    {"name": SECRET, "_encrypted": {"key": "k", "xml": "submission.xml.enc"}},  # beside one
    {"_encrypted": {"key": "k", "xml": "submission.xml.enc", "note": SECRET}},  # inside one
]


@pytest.mark.parametrize("data", CLEAR, ids=["clear", "beside-envelope", "inside-envelope"])
def test_push_and_exchange_refuse_clear_answers_of_an_encrypted_form(
    server, login, secret_form, public_key, tmp_path, data
):
    token = login("amina")
    good = _sealed_item(secret_form, public_key)
    r = _post(server, token, "sync/push", {"items": [_item(data), good]})
    assert r.status_code == 200, r.text
    refused, stored = r.json()["results"]
    assert refused["status"] == "rejected" and "sealed only" in refused["reasons"][0]
    assert stored["status"] == "stored"  # the sealed one beside it is kept

    r = _post(server, token, "sync/exchange", {"items": [_item(data)], "cursor": 0})
    assert r.status_code == 200, r.text
    assert r.json()["results"][0]["status"] == "rejected"
    server.checked()
    _nothing_readable_kept(server, tmp_path)


def test_an_envelope_for_a_form_that_is_not_encrypted_is_refused(server, login):
    text = json.dumps({"_encrypted": {"key": "k", "xml": "submission.xml.enc"}})
    uuid = str(uuidlib.uuid4())
    item = {
        "uuid": uuid,
        "form_id": "population",
        "form_version": published_version(server, "population"),
        "revision": 1,
        "json_text": text,
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
    }
    r = _post(server, login("amina"), "sync/push", {"items": [item]})
    assert r.json()["results"][0]["status"] == "rejected"
    assert "not encrypted" in r.json()["results"][0]["reasons"][0]


def published_version(server, form_id: str) -> str:
    with server.app.state.engine.connect() as c:
        return c.exec_driver_sql(
            f"SELECT version FROM forms WHERE form_id = '{form_id}'"
        ).scalar_one()


def test_openrosa_refuses_clear_answers_of_an_encrypted_form(server, secret_form, tmp_path):
    instance = f"uuid:{uuidlib.uuid4()}"
    xml = json_to_xml(secret_form, {"name": SECRET, "age": 34, "meta/instanceID": instance})
    collect = Collect(server.url, "amina", PASSWORDS["amina"])
    assert [a.status_code for a in collect.submit(xml.encode(), {})] == [400]
    _nothing_readable_kept(server, tmp_path)


def test_bundles_and_carried_bundles_refuse_clear_answers(
    server, login, secret_form, public_key, tmp_path
):
    token = login("amina")
    good = _sealed_item(secret_form, public_key)
    data = seal(token_hash(token), [_item(CLEAR[0]), good], {})
    counts = bundles.import_bundle(server.app.state.engine, data)
    assert counts == {"rejected": 1, "stored": 1}

    carried = seal(token_hash(token), [_item(CLEAR[0])], {})
    r = put_whole(server, login("clerk_k"), "bundles", carried)
    assert r.status_code == 200, r.text
    assert r.json()["counts"] == {"rejected": 1}
    _nothing_readable_kept(server, tmp_path)


def test_a_bundle_sealed_with_a_phones_key_is_not_opened(server):
    with server.app.state.engine.begin() as conn:
        phone, _ = accounts.collect_token(conn, "amina", "Phone 1")
    data = seal(token_hash(phone), [_item({"name": "x"})], {})
    with pytest.raises(BadBundle):
        bundles.import_bundle(server.app.state.engine, data)
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM revisions").scalar_one() == 0


def _kept(server, marker: str) -> list[str]:
    with server.app.state.engine.connect() as c:
        return [t for (t,) in c.exec_driver_sql("SELECT json_text FROM revisions") if marker in t]


def test_a_revision_naming_another_form_is_refused_and_nothing_of_it_kept(
    server, login, secret_form, public_key, tmp_path
):
    """Found by the outside review: revision 2 of a sealed submission sent as another form
    (a plain one) was stored under it, in clear; any form's answers could be blanked so."""
    token = login("amina")
    good = _sealed_item(secret_form, public_key)
    assert (
        _post(server, token, "sync/push", {"items": [good]}).json()["results"][0]["status"]
        == "stored"
    )
    population = published_version(server, "population")
    text = json.dumps({"a": "CLEARANSWER_Halima"})
    other = {
        **good,
        "form_id": "population",
        "form_version": population,
        "revision": 2,
        "parent_revision": 1,
        "json_text": text,
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
    }
    r = _post(server, token, "sync/exchange", {"items": [other], "cursor": 0})
    [answer] = r.json()["results"]
    assert answer["status"] == "rejected" and "of form 'protection'" in answer["reasons"][0]
    assert _kept(server, "CLEARANSWER") == []


@pytest.mark.parametrize(
    "form_id,version", [("protection", "1 "), ("protection", "01"), ("Protection", "1")]
)
def test_clear_answers_under_a_lookalike_form_or_version_are_not_kept(
    server, login, secret_form, form_id, version
):
    item = {**_item({"name": SECRET, "age": 34}), "form_id": form_id, "form_version": version}
    r = _post(server, login("amina"), "sync/push", {"items": [item]})
    assert r.json()["results"][0]["status"] == "rejected"
    assert _kept(server, SECRET) == []


ENVELOPE = {"key": "a2V5" * 86, "xml": "submission.xml.enc", "media": [], "signature": ""}


@pytest.mark.parametrize(
    "json_text",
    [
        # a key twice: the check reads the last, the text kept holds the first
        '{"meta/instanceID":"CLEAR_Halima","meta/instanceID":"uuid:1","_encrypted":%s}',
        '{"_encrypted":{"key":"CLEAR_Halima"},"_encrypted":%s}',
        # free text where the envelope holds base64 or a file's name
        '{"_encrypted":%s, "meta/instanceID":"uuid:CLEAR Halima age 34"}',
    ],
    ids=["instance-twice", "envelope-twice", "text-in-instance"],
)
def test_an_envelope_holds_nothing_an_answer_could_be_written_in(
    server, login, secret_form, json_text
):
    text = json_text % json.dumps(ENVELOPE)
    item = {**_item({}), "json_text": text, "sha256": hashlib.sha256(text.encode()).hexdigest()}
    r = _post(server, login("amina"), "sync/push", {"items": [item]})
    assert r.json()["results"][0]["status"] == "rejected"
    assert _kept(server, "CLEAR") == []
    for field in ("signature", "key"):
        envelope = {**ENVELOPE, field: "CLEARANSWER Halima age 34"}
        item = {**_item({SEALED_KEY: envelope})}
        r = _post(server, login("amina"), "sync/push", {"items": [item]})
        assert r.json()["results"][0]["status"] == "rejected", field
    assert _kept(server, "CLEARANSWER") == []


def test_an_escaped_envelope_for_a_plain_form_is_refused(server, login):
    text = '{"\\u005fencrypted":{"key":"k","xml":"submission.xml.enc"}}'
    item = {
        "uuid": str(uuidlib.uuid4()),
        "form_id": "population",
        "form_version": published_version(server, "population"),
        "revision": 1,
        "json_text": text,
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
    }
    r = _post(server, login("amina"), "sync/push", {"items": [item]})
    assert r.json()["results"][0]["status"] == "rejected"
    assert "not encrypted" in r.json()["results"][0]["reasons"][0]


@pytest.mark.parametrize(
    "beside",
    [
        {"attachment_names": {"CLEAR Halima age 34.jpg": "a" * 64}, "attachments": ["a" * 64]},
        {"paper": {"number": "CLEAR Halima age 34", "enumerator": "CLEAR Halima"}},
        {"uuid": "CLEARC-Halima-Abdi-Warsame-age-34"},
    ],
    ids=["file-name", "paper", "uuid"],
)
def test_nothing_beside_the_envelope_carries_text(server, login, secret_form, public_key, beside):
    """Found by the second outside review: the envelope checked, the fields beside it took
    free text (a file's name, paper facts, the submission's id) and served it."""
    item = {**_sealed_item(secret_form, public_key), **beside}
    if "uuid" in beside:  # its instanceID says the same, as a consistent sender's would
        data = json.loads(item["json_text"])
        data["meta/instanceID"] = f"uuid:{beside['uuid']}"
        text = json.dumps(data)
        item.update(json_text=text, sha256=hashlib.sha256(text.encode()).hexdigest())
    r = _post(server, login("amina"), "sync/push", {"items": [item]})
    assert r.json()["results"][0]["status"] == "rejected", r.text
    assert _kept(server, "CLEAR") == []


def test_system_dates_are_dates(server, login):
    from tests.central_server.test_api import envelopes, item

    [e] = envelopes(1, seed=7)
    bad = {**item(e), "created_at": "CLEAR Halima 34"}
    r = _post(server, login("amina"), "sync/push", {"items": [bad]})
    assert r.json()["results"][0]["status"] == "rejected"
    assert "created_at" in r.json()["results"][0]["reasons"][0]
