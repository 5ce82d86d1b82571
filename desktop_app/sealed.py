"""ODK-encrypted submissions opened on the Secretariat's machine: the form's private key is
read from its file when asked for (with its passphrase), kept in memory only for the window's
session and never sent anywhere; the server gives each sealed submission as it came, and it
is opened here, its signature checked, its answers read against the form version it names."""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import rsa

from desktop_app.client import UserSession
from desktop_app.errors import ClientError
from form_engine import SubmissionFormatError
from form_engine.submission import xml_to_json
from sync_protocol.odk_encryption import Envelope, NotOpened, opened, private_key


class KeyProblem(ClientError):
    """The private key file cannot be used (not a key, or the passphrase is wrong)."""

    def __init__(self, message: str, *, code: str, name: str) -> None:
        super().__init__(message, code=code)
        self.name = name


def load_key(path: Path, passphrase: str = "") -> rsa.RSAPrivateKey:
    try:
        pem = path.read_bytes()
    except OSError as exc:
        raise KeyProblem(
            f"{path.name}: cannot be read ({exc.strerror or exc})",
            code="unreadable",
            name=path.name,
        ) from None
    try:
        return private_key(pem, passphrase.encode() if passphrase else None)
    except TypeError:
        raise KeyProblem(
            f"{path.name} is protected by a passphrase: give it",
            code="needs_passphrase",
            name=path.name,
        ) from None
    except ValueError as exc:
        if "password" in str(exc).lower() or "decrypt" in str(exc).lower():
            raise KeyProblem(
                f"the passphrase of {path.name} is not right",
                code="wrong_passphrase",
                name=path.name,
            ) from None
        raise KeyProblem(
            f"{path.name} is not a private key (a PEM file, as ODK's key tools write it)",
            code="not_a_key",
            name=path.name,
        ) from None


def open_sealed(user: UserSession, form_id: str, sealed: dict, key: rsa.RSAPrivateKey) -> dict:
    """A sealed submission's answers (as the merged data names them), opened with ``key``;
    NotOpened when the key is not the form's or the submission was changed."""
    envelope = Envelope(
        form_id=form_id,
        version=sealed["form_version"],
        instance_id=sealed["instance_id"],
        key=sealed["envelope"].get("key", ""),
        xml_file=sealed["envelope"].get("xml", ""),
        media=list(sealed["envelope"].get("media", [])),
        signature=sealed["envelope"].get("signature", ""),
        deprecated_id=sealed.get("deprecated_id", ""),
    )
    files = {name: base64.b64decode(text) for name, text in sealed["files"].items()}
    xml, _media = opened(key, envelope, files)
    form = user.client.form(form_id, sealed["form_version"])
    try:
        return xml_to_json(form, ET.fromstring(xml))
    except (ET.ParseError, SubmissionFormatError) as exc:
        raise NotOpened(f"the opened submission cannot be read: {exc}") from None
