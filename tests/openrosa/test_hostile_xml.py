"""Issue 21: an OpenRosa POST that declares entities expanding to gigabytes ("billion laughs",
kept just under the parser's own limits) is refused at once, with its memory bounded; a
multipart boundary of a thousand characters is a clear 400, never a 500; every refusal on an
OpenRosa address is an OpenRosaResponse with X-OpenRosa-Version, as Collect reads them."""

import resource
import uuid as uuidlib
import xml.etree.ElementTree as ET

import pytest
import requests

from tests.central_server.conftest import PASSWORDS
from tests.openrosa.conftest import filled


def _laughs(levels: int, width: int) -> bytes:
    entities = ['<!ENTITY l0 "hahahahahahahahahahahahahahahahahahahahaha">']
    for i in range(1, levels):
        entities.append(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * width}">')
    return (
        '<?xml version="1.0"?><!DOCTYPE data [' + "".join(entities) + "]>"
        f'<data id="card_photos" version="2026113001"><camp>&l{levels - 1};</camp>'
        f"<meta><instanceID>uuid:{uuidlib.uuid4()}</instanceID></meta></data>"
    ).encode()


def _post(server, xml: bytes, boundary: str | None = None) -> requests.Response:
    if boundary is None:
        return requests.post(
            f"{server.url}/submission",
            files={"xml_submission_file": ("i.xml", xml, "text/xml")},
            auth=("amina", PASSWORDS["amina"]),
            headers={"X-OpenRosa-Version": "1.0"},
        )
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="xml_submission_file"; '
            f'filename="i.xml"\r\nContent-Type: text/xml\r\n\r\n'
        ).encode()
        + xml
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return requests.post(
        f"{server.url}/submission",
        data=body,
        auth=("amina", PASSWORDS["amina"]),
        headers={
            "content-type": f"multipart/form-data; boundary={boundary}",
            "X-OpenRosa-Version": "1.0",
        },
    )


def _openrosa_refusal(r: requests.Response, status: int) -> str:
    assert r.status_code == status, r.text[:300]
    assert r.headers.get("X-OpenRosa-Version") == "1.0"
    message = ET.fromstring(r.content).findtext("{http://openrosa.org/http/response}message")
    assert message
    return message


@pytest.mark.parametrize("levels,width", [(9, 10), (4, 200), (3, 2000)])
def test_entity_bombs_are_refused_before_they_expand(server, photo_form, levels, width):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB, the server's process
    for _ in range(3):
        message = _openrosa_refusal(_post(server, _laughs(levels, width)), 400)
        assert "DOCTYPE" in message
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown < 200 * 1024  # KiB: the expansions would be gigabytes
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM submissions").scalar_one() == 0
    # an honest submission still goes through
    xml = filled(photo_form, "", "", instance=str(uuidlib.uuid4()))
    assert _post(server, xml).status_code == 201


def test_a_long_boundary_is_a_clear_refusal(server, photo_form):
    for length in (70, 71, 1000, 5000):
        xml = filled(photo_form, "", "", instance=str(uuidlib.uuid4()))
        r = _post(server, xml, boundary="b" * length)
        assert r.status_code in (201, 400), (length, r.status_code, r.text[:200])
        if r.status_code == 400:
            assert "boundary" in _openrosa_refusal(r, 400)
    xml = filled(photo_form, "", "", instance=str(uuidlib.uuid4()))
    r = _post(server, xml, boundary="x" * 60)  # a usual one
    assert r.status_code in (201, 202)


def test_openrosa_refusals_are_openrosa_responses(server, photo_form):
    r = requests.post(f"{server.url}/submission", data=b"x", auth=("amina", PASSWORDS["amina"]))
    _openrosa_refusal(r, 400)
    r = requests.get(
        f"{server.url}/openrosa/forms/nothing/1/form.xml", auth=("amina", PASSWORDS["amina"])
    )
    _openrosa_refusal(r, 404)
    r = requests.head(f"{server.url}/submission")
    assert r.status_code == 401 and r.headers.get("X-OpenRosa-Version") == "1.0"


def test_a_sealed_submission_whose_files_are_not_ciphertext_is_refused(server, tmp_path):
    """An encrypted form's submission.xml.enc in clear (a size no AES block makes) is not
    kept: the server would hold the answers readable."""
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from central_server import published_forms
    from form_engine.authoring import write_xlsform
    from sync_protocol.odk_encryption import sealed

    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public = base64.b64encode(
        private.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    ).decode()
    path = write_xlsform(
        tmp_path / "secret.xlsx",
        [{"type": "text", "name": "name", "label": "Name"}],
        settings={"form_id": "secret", "version": "1", "public_key": public},
    )
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    instance = f"uuid:{uuidlib.uuid4()}"
    clear = b'<data id="secret" version="1"><name>ORCLEAR_Halima</name></data>\n'  # 65 B
    envelope, files = sealed(public, "secret", "1", instance, clear, {})
    files["submission.xml.enc"] = clear  # the answers in clear where ciphertext belongs
    r = requests.post(
        f"{server.url}/submission",
        files={
            "xml_submission_file": ("submission.xml", envelope, "text/xml"),
            "submission.xml.enc": ("submission.xml.enc", files["submission.xml.enc"]),
        },
        auth=("amina", PASSWORDS["amina"]),
    )
    assert r.status_code == 400 and "not an encrypted file" in r.text
    with server.app.state.engine.connect() as c:
        blobs = b"".join(d for (d,) in c.exec_driver_sql("SELECT data FROM attachment_chunks"))
    assert b"ORCLEAR" not in blobs
