"""A finalized revision of an ODK-encrypted form (a ``public_key`` in its settings), sealed
once — as ODK Collect seals at finalize — and kept sealed beside the home's attachments, so
that every send of it (a retry after a lost answer, a USB bundle, another server) carries the
same bytes: a server answers "already have it", never "other bytes under this instanceID".

What is kept (``sealed/<uuid>/r<revision>/``) can be opened only with the form's private key,
which this computer never has; the local answers stay encrypted under the user's key as
every revision's do."""

from __future__ import annotations

import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop_app.client import UserSession
from desktop_app.session import write_durably
from form_engine import FormDefinition
from sync_protocol.odk_encryption import read_envelope, sealed

ENVELOPE = "envelope.xml"


def folder_of(user: UserSession, uuid: str, revision: int) -> Path:
    return user.client.home.root / "sealed" / uuid / f"r{revision}"


def sealed_revision(
    user: UserSession,
    form: FormDefinition,
    uuid: str,
    revision: int,
    xml: bytes,
    files: dict[str, bytes],
) -> tuple[bytes, dict[str, Path]]:
    """The revision's envelope and its sealed files (by name, on disk), sealed now if it was
    not yet."""
    folder = folder_of(user, uuid, revision)
    if not (folder / ENVELOPE).is_file():
        root = ET.fromstring(xml)
        meta = {el.tag.rsplit("}", 1)[-1]: (el.text or "") for el in root.iter()}
        envelope, made = sealed(
            str(form.public_key),
            form.form_id,
            form.version,
            meta.get("instanceID", ""),
            xml,
            files,
            deprecated_id=meta.get("deprecatedID", ""),
        )
        partial = folder.with_name(folder.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        for name, content in made.items():
            write_durably(partial / name, content)
        write_durably(partial / ENVELOPE, envelope)  # last: the folder is whole
        os.replace(partial, folder)
    envelope = (folder / ENVELOPE).read_bytes()
    said = read_envelope(ET.fromstring(envelope))
    assert said is not None
    return envelope, {name: folder / name for name in [*said.media, said.xml_file]}
