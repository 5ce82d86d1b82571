"""Issue 21, finding 2: a file is read only through a submission of a site that holds it
whole. A Kakuma enumerator who knows the SHA-256 of a photo only Koboko uploaded, and names it
in a submission, gets nothing of it back — not in an export with attachments, not in the
sealed read of a forged envelope — while Koboko's own submission still carries it."""

import json
import zipfile

import requests

from central_server import accounts
from central_server.merged import exporting
from tests.central_server.test_api import envelopes, item, push, put_whole

PHOTO = b"\xff\xd8\xff\xe0" + b"Koboko's photo of a household " * 2000


def _upload(server, token: str, content: bytes) -> str:
    r = put_whole(server, token, "attachments", content)
    assert r.status_code == 200 and r.json()["complete"], r.text
    return r.json()["sha256"]


def _naming(envelope: dict, sha: str) -> dict:
    return {**item(envelope), "attachments": [sha], "attachment_names": {"photo.jpg": sha}}


def _exported_files(server, tmp_path, reader: str) -> dict[str, bytes]:
    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, reader), "population")
        out = tmp_path / f"{reader}.zip"
        exporting.export(conn, src, "csv", out, attachments=True)
    with zipfile.ZipFile(out) as z:
        return {n: z.read(n) for n in z.namelist() if n.startswith("attachments/")}


def test_a_hash_known_in_another_site_reads_nothing(server, login, tmp_path):
    amina, baraka = login("amina"), login("baraka")  # Koboko, Kakuma
    sha = _upload(server, amina, PHOTO)
    koboko, kakuma = envelopes(2, seed=21)
    r = push(server, amina, [_naming(koboko, sha)])
    assert r.json()["results"][0]["missing_attachments"] == []
    r = push(server, baraka, [_naming(kakuma, sha)])
    assert r.json()["results"][0]["status"] == "stored"
    # Kakuma's device is told the file is not there: it would have to send it whole itself
    assert r.json()["results"][0]["missing_attachments"] == [sha]
    server.checked()

    everything = _exported_files(server, tmp_path, "secretariat")
    assert [n.split("/")[1] for n in everything] == [koboko["uuid"]]
    assert list(everything.values()) == [PHOTO]
    assert _exported_files(server, tmp_path, "clerk_a") == {}  # Kakuma's clerk
    assert list(_exported_files(server, tmp_path, "clerk_k").values()) == [PHOTO]

    # once Kakuma's own device has sent the bytes whole, its submission carries them too
    assert _upload(server, baraka, PHOTO) == sha
    assert len(_exported_files(server, tmp_path, "clerk_a")) == 1


def test_the_sealed_read_of_a_forged_envelope_reads_nothing(server, login, tmp_path):
    from tests.central_server.test_sealed_paths import _item  # a form with a public key

    amina, baraka = login("amina"), login("baraka")
    sha = _upload(server, amina, PHOTO)
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from central_server import published_forms
    from form_engine.authoring import write_xlsform

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    der = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    path = tmp_path / "protection.xlsx"
    write_xlsform(
        path,
        [{"type": "text", "name": "name", "label": "Name"}],
        settings={
            "form_id": "protection",
            "version": "1",
            "public_key": base64.b64encode(der).decode(),
        },
    )
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    key = base64.b64encode(bytes(256)).decode()  # shaped as an RSA-2048 sealed key
    forged = _item({"_encrypted": {"key": key, "xml": "submission.xml.enc", "media": []}})
    forged.update(attachments=[sha], attachment_names={"submission.xml.enc": sha})
    r = push(server, baraka, [forged])
    assert r.json()["results"][0]["status"] == "stored", r.text
    for reader in ("secretariat", "clerk_a"):
        r = requests.get(
            f"{server.url}/api/v1/datasets/protection/sealed/{forged['uuid']}",
            headers={"authorization": f"Bearer {login(reader)}"},
        )
        assert r.status_code == 200, r.text
        assert r.json()["files"] == {}
        assert base64.b64encode(PHOTO[:300]).decode()[:40] not in json.dumps(r.json())
