"""ODK's encrypted submissions, as ODK Collect makes them for a form whose settings name a
``public_key`` (and as ODK Central, KoboToolbox and ODK Briefcase read them).

At finalize a random 256-bit AES key is made for the submission; each file (the media files
in their order, then the submission's XML) is encrypted with AES-256-CFB and PKCS#7 padding,
under an IV that starts as the MD5 of the instanceID and the key and has one byte
incremented per file (file n: byte n mod 16); the AES key goes RSA-OAEP-encrypted (SHA-256,
MGF1 with SHA-256) under the form's public key. What is sent is a small XML in the
``http://www.opendatakit.org/xforms/encrypted`` namespace naming those files, with a
signature: the RSA-encrypted MD5 of the form id, version, encrypted key, instanceID and each
file's name and MD5 (of its clear bytes), one a line.

A server keeps all of it as it came and cannot read it; whoever holds the private key
(the Secretariat, on its own machine) opens it: ``opened`` gives the XML and files back,
checking the signature, so a file swapped or changed is refused."""

from __future__ import annotations

import base64
import hashlib
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms

try:  # where cryptography keeps the modes it no longer recommends (CFB is ODK's)
    from cryptography.hazmat.decrepit.ciphers.modes import CFB
except ImportError:  # pragma: no cover - cryptography before 47
    from cryptography.hazmat.primitives.ciphers.modes import CFB

ENCRYPTED = "http://www.opendatakit.org/xforms/encrypted"
# the key an encrypted submission's envelope is kept under in the JSON a server stores
SEALED = "_encrypted"
ORX = "http://openrosa.org/xforms"
XML_NAME = "submission.xml"
_OAEP = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


class NotOpened(ValueError):
    """The submission cannot be opened with this key, or was changed since it was made."""


@dataclass
class Envelope:
    """What an encrypted submission's XML says (nothing of the answers)."""

    form_id: str
    version: str
    instance_id: str  # as written, "uuid:…"
    key: str  # base64 of the RSA-encrypted AES key
    xml_file: str  # "submission.xml.enc"
    media: list[str] = field(default_factory=list)  # "photo.jpg.enc", in their order
    signature: str = ""
    deprecated_id: str = ""


def public_key(text: str) -> rsa.RSAPublicKey:
    """A form's ``public_key`` (base64 of the DER key, as XLSForm settings hold it) or PEM."""
    text = text.strip()
    if text.startswith("-----BEGIN"):
        loaded = serialization.load_pem_public_key(text.encode())
    else:
        loaded = serialization.load_der_public_key(base64.b64decode("".join(text.split())))
    if not isinstance(loaded, rsa.RSAPublicKey):
        raise ValueError("an ODK form's public key is an RSA key")
    return loaded


def private_key(pem: bytes, password: bytes | None = None) -> rsa.RSAPrivateKey:
    loaded = serialization.load_pem_private_key(pem, password=password)
    if not isinstance(loaded, rsa.RSAPrivateKey):
        raise ValueError("an ODK form's private key is an RSA key")
    return loaded


def _ivs(instance_id: str, key: bytes):
    runner = bytearray(hashlib.md5(instance_id.encode() + key, usedforsecurity=False).digest())
    n = 0
    while True:
        runner[n % 16] = (runner[n % 16] + 1) % 256
        n += 1
        yield bytes(runner)


def _aes(key: bytes, iv: bytes, data: bytes, *, encrypt: bool) -> bytes:
    cipher = Cipher(algorithms.AES(key), CFB(iv))
    if encrypt:
        pad = 16 - len(data) % 16
        work = cipher.encryptor()
        return work.update(data + bytes([pad]) * pad) + work.finalize()
    work = cipher.decryptor()
    padded = work.update(data) + work.finalize()
    pad = padded[-1] if padded else 0
    if not 1 <= pad <= 16 or padded[-pad:] != bytes([pad]) * pad:
        raise NotOpened("a file does not open with this key (wrong key, or changed)")
    return padded[:-pad]


def _md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def _signed_text(envelope: Envelope, clear: list[tuple[str, bytes]]) -> bytes:
    lines = [envelope.form_id]
    if envelope.version:
        lines.append(envelope.version)
    lines += [envelope.key, envelope.instance_id]
    lines += [f"{name}::{_md5(content)}" for name, content in clear]
    return ("\n".join(lines) + "\n").encode()


def sealed(
    key_text: str,
    form_id: str,
    version: str,
    instance_id: str,
    xml: bytes,
    files: dict[str, bytes],
    *,
    deprecated_id: str = "",
) -> tuple[bytes, dict[str, bytes]]:
    """The submission as Collect sends an encrypted one: its small XML, and the encrypted
    files by name (``NAME.enc``)."""
    rsa_key = public_key(key_text)
    aes = os.urandom(32)
    ivs = _ivs(instance_id, aes)
    envelope = Envelope(
        form_id=form_id,
        version=version,
        instance_id=instance_id,
        key=base64.b64encode(rsa_key.encrypt(aes, _OAEP)).decode(),
        xml_file=f"{XML_NAME}.enc",
        media=[f"{name}.enc" for name in files],
        deprecated_id=deprecated_id,
    )
    out = {
        f"{name}.enc": _aes(aes, next(ivs), content, encrypt=True)
        for name, content in files.items()
    }
    out[envelope.xml_file] = _aes(aes, next(ivs), xml, encrypt=True)
    digest = hashlib.md5(
        _signed_text(envelope, [*files.items(), (XML_NAME, xml)]), usedforsecurity=False
    ).digest()
    envelope.signature = base64.b64encode(rsa_key.encrypt(digest, _OAEP)).decode()
    return envelope_xml(envelope), out


def envelope_xml(e: Envelope) -> bytes:
    media = "".join(f"<file>{escape(name)}</file>" for name in e.media)
    version = f' version="{escape(e.version)}"' if e.version else ""
    deprecated = (
        f"<orx:deprecatedID>{escape(e.deprecated_id)}</orx:deprecatedID>" if e.deprecated_id else ""
    )
    return (
        f'<data xmlns="{ENCRYPTED}" xmlns:orx="{ORX}" id="{escape(e.form_id)}"{version} '
        f'encrypted="yes"><base64EncryptedKey>{e.key}</base64EncryptedKey>'
        f"<orx:meta><orx:instanceID>{escape(e.instance_id)}</orx:instanceID>{deprecated}"
        f"</orx:meta>"
        + (f"<media>{media}</media>" if media else "")
        + f"<encryptedXmlFile>{escape(e.xml_file)}</encryptedXmlFile>"
        f"<base64EncryptedElementSignature>{e.signature}</base64EncryptedElementSignature>"
        "</data>"
    ).encode()


def kept(envelope: Envelope) -> dict:
    """What a server keeps of an encrypted submission, as JSON: its instanceID (and the one
    it edits) in clear, the envelope under ``SEALED`` — never an answer."""
    data: dict = {"meta/instanceID": envelope.instance_id}
    if envelope.deprecated_id:
        data["meta/deprecatedID"] = envelope.deprecated_id
    data[SEALED] = {
        "key": envelope.key,
        "xml": envelope.xml_file,
        "media": envelope.media,
        "signature": envelope.signature,
    }
    return data


def read_envelope(root: ET.Element) -> Envelope | None:
    """The envelope an encrypted submission's XML is (None: not an encrypted submission)."""
    if root.get("encrypted", "").lower() != "yes":
        return None

    def text(path: str) -> str:
        found = root.find(path, {"e": ENCRYPTED, "orx": ORX})
        return (found.text or "").strip() if found is not None else ""

    return Envelope(
        form_id=root.get("id", ""),
        version=root.get("version", ""),
        instance_id=text("orx:meta/orx:instanceID") or text("e:meta/e:instanceID"),
        key=text("e:base64EncryptedKey"),
        xml_file=text("e:encryptedXmlFile"),
        media=[
            (f.text or "").strip()
            for f in root.findall("e:media/e:file", {"e": ENCRYPTED})
            if (f.text or "").strip()
        ],
        signature=text("e:base64EncryptedElementSignature"),
        deprecated_id=text("orx:meta/orx:deprecatedID"),
    )


def opened(
    key: rsa.RSAPrivateKey, envelope: Envelope, files: dict[str, bytes]
) -> tuple[bytes, dict[str, bytes]]:
    """The submission's XML and its media files, in clear (names without ``.enc``); the
    signature checked. NotOpened when the key is not the form's or anything was changed."""
    try:
        aes = key.decrypt(base64.b64decode(envelope.key), _OAEP)
    except ValueError as exc:
        raise NotOpened("this private key does not open this submission") from exc
    ivs = _ivs(envelope.instance_id, aes)
    clear: dict[str, bytes] = {}
    for name in envelope.media:
        if name not in files:
            raise NotOpened(f"the file {name} of this submission is missing")
        clear[name.removesuffix(".enc")] = _aes(aes, next(ivs), files[name], encrypt=False)
    if envelope.xml_file not in files:
        raise NotOpened("the submission's encrypted XML is missing")
    xml = _aes(aes, next(ivs), files[envelope.xml_file], encrypt=False)
    if envelope.signature:
        try:
            digest = key.decrypt(base64.b64decode(envelope.signature), _OAEP)
        except ValueError as exc:
            raise NotOpened("the submission's signature does not open with this key") from exc
        expected = hashlib.md5(
            _signed_text(envelope, [*clear.items(), (XML_NAME, xml)]), usedforsecurity=False
        ).digest()
        if digest != expected:
            raise NotOpened("the submission was changed since it was made (its signature differs)")
    return xml, clear
