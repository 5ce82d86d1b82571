"""ODK's encrypted submissions made and opened as the specification writes them (ODK docs,
"Encrypted forms"; JavaRosa's EncryptionUtils), here in the test with the cryptography
library itself — not with Daftari's code: a submission sealed that way opens in Daftari, and
Daftari's sealed submissions open that way, signature and all. A change to Daftari's IVs,
padding, key wrapping or signed text that its own sealing and opening would agree on (the
mutants that survived issue 24's run) fails here."""

import base64
import hashlib
import os
import xml.etree.ElementTree as ET

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms

try:
    from cryptography.hazmat.decrepit.ciphers.modes import CFB
except ImportError:  # pragma: no cover
    from cryptography.hazmat.primitives.ciphers.modes import CFB

from sync_protocol.odk_encryption import opened, read_envelope, sealed

# RSA/NONE/OAEPWithSHA256AndMGF1Padding, as Collect wraps the symmetric key
OAEP = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
INSTANCE = "uuid:6f1b7e0a-3c2d-4b8e-9f10-2a3b4c5d6e7f"
XML = b"<data id='protection'><name>Achol Deng</name></data>"
PHOTO = bytes(range(256)) * 3 + b"end"


@pytest.fixture(scope="module")
def keys():
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    der = private.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private, base64.b64encode(der).decode()


def spec_ivs(instance_id: str, key: bytes):
    """The IV of each file in turn: MD5 of the instance id then the key; before each file,
    byte (counter mod 16) of the seed goes up by one."""
    seed = bytearray(hashlib.md5(instance_id.encode("utf-8") + key).digest())
    counter = 0
    while True:
        seed[counter % 16] = (seed[counter % 16] + 1) & 0xFF
        counter += 1
        yield bytes(seed)


def spec_encrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    pad = 16 - len(data) % 16  # PKCS5: a whole block when already a multiple of 16
    work = Cipher(algorithms.AES(key), CFB(iv)).encryptor()
    return work.update(data + bytes([pad] * pad)) + work.finalize()


def spec_decrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    work = Cipher(algorithms.AES(key), CFB(iv)).decryptor()
    clear = work.update(data) + work.finalize()
    assert 1 <= clear[-1] <= 16 and clear[-clear[-1] :] == bytes([clear[-1]] * clear[-1])
    return clear[: -clear[-1]]


def signed_text(form_id, version, wrapped_key, instance_id, files) -> bytes:
    lines = [form_id, *([version] if version else []), wrapped_key, instance_id]
    lines += [f"{name}::{hashlib.md5(content).hexdigest()}" for name, content in files]
    return ("\n".join(lines) + "\n").encode()


def test_a_submission_sealed_as_specified_opens_in_daftari(keys):
    private, public_b64 = keys
    public = serialization.load_der_public_key(base64.b64decode(public_b64))
    key = os.urandom(32)
    wrapped = base64.b64encode(public.encrypt(key, OAEP)).decode()
    ivs = spec_ivs(INSTANCE, key)
    photo_enc = spec_encrypt(key, next(ivs), PHOTO)  # media first, in order, then the XML
    xml_enc = spec_encrypt(key, next(ivs), XML)
    text = signed_text(
        "protection", "3", wrapped, INSTANCE, [("1764.jpg", PHOTO), ("submission.xml", XML)]
    )
    signature = base64.b64encode(public.encrypt(hashlib.md5(text).digest(), OAEP)).decode()
    envelope_xml = (
        '<data xmlns="http://www.opendatakit.org/xforms/encrypted" '
        'xmlns:orx="http://openrosa.org/xforms" id="protection" version="3" encrypted="yes">'
        f"<base64EncryptedKey>{wrapped}</base64EncryptedKey>"
        f"<orx:meta><orx:instanceID>{INSTANCE}</orx:instanceID></orx:meta>"
        "<media><file>1764.jpg.enc</file></media>"
        "<encryptedXmlFile>submission.xml.enc</encryptedXmlFile>"
        f"<base64EncryptedElementSignature>{signature}</base64EncryptedElementSignature>"
        "</data>"
    )
    envelope = read_envelope(ET.fromstring(envelope_xml))
    assert envelope is not None
    assert (envelope.form_id, envelope.version, envelope.instance_id) == (
        "protection",
        "3",
        INSTANCE,
    )
    assert (envelope.xml_file, envelope.media) == ("submission.xml.enc", ["1764.jpg.enc"])
    xml, media = opened(
        private, envelope, {"1764.jpg.enc": photo_enc, "submission.xml.enc": xml_enc}
    )
    assert xml == XML and media == {"1764.jpg": PHOTO}


@pytest.mark.parametrize("size", [0, 15, 16, 17, 1000])
def test_daftaris_sealed_submission_opens_as_specified(keys, size):
    private, public_b64 = keys
    photo = os.urandom(size)
    envelope_xml, files = sealed(
        public_b64, "protection", "3", INSTANCE, XML, {"a.jpg": photo, "b.wav": PHOTO}
    )
    root = ET.fromstring(envelope_xml)
    ns = {"e": "http://www.opendatakit.org/xforms/encrypted", "orx": "http://openrosa.org/xforms"}
    assert root.get("encrypted") == "yes" and root.get("id") == "protection"
    assert root.get("version") == "3"
    assert root.findtext("orx:meta/orx:instanceID", namespaces=ns) == INSTANCE
    wrapped = root.findtext("e:base64EncryptedKey", namespaces=ns)
    key = private.decrypt(base64.b64decode(wrapped), OAEP)
    assert len(key) == 32
    names = [f.text for f in root.findall("e:media/e:file", ns)]
    assert names == ["a.jpg.enc", "b.wav.enc"]
    assert root.findtext("e:encryptedXmlFile", namespaces=ns) == "submission.xml.enc"
    ivs = spec_ivs(INSTANCE, key)
    assert spec_decrypt(key, next(ivs), files["a.jpg.enc"]) == photo
    assert spec_decrypt(key, next(ivs), files["b.wav.enc"]) == PHOTO
    assert spec_decrypt(key, next(ivs), files["submission.xml.enc"]) == XML
    assert len(files["a.jpg.enc"]) == (size // 16 + 1) * 16  # PKCS5: always padded
    text = signed_text(
        "protection",
        "3",
        wrapped,
        INSTANCE,
        [("a.jpg", photo), ("b.wav", PHOTO), ("submission.xml", XML)],
    )
    signature = root.findtext("e:base64EncryptedElementSignature", namespaces=ns)
    assert private.decrypt(base64.b64decode(signature), OAEP) == hashlib.md5(text).digest()
