"""A bundle's format as docs/sync-protocol.md writes it, made and opened here with the
cryptography library itself — not with Daftari's code: HKDF-SHA256 of the device's hashed
token for the key (labelled "daftari bundle v1", or "daftari updates v1" for the server's
updates), a key id of SHA-256 over a fixed prefix and the hash, AES-256-GCM over the zlib
of the JSON with the clear header as associated data. A change to Daftari's key, key id,
header or compression that its own sealing and opening would agree on fails here."""

import hashlib
import json
import os
import zlib

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync_protocol.bundles import BadBundle, open_updates, opened, seal, seal_updates, token_hash

TOKEN = "a-device-token-as-the-server-gave-it"
HASHED = hashlib.sha256(TOKEN.encode()).hexdigest()


def spec_key(hashed: str, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(hashed.encode())


def spec_key_id(hashed: str) -> bytes:
    return hashlib.sha256(b"daftari bundle key id\x00" + hashed.encode()).digest()[:16]


def spec_seal(magic: bytes, label: bytes, hashed: str, content: dict) -> bytes:
    header = magic + bytes([1]) + spec_key_id(hashed)
    nonce = os.urandom(12)
    body = zlib.compress(json.dumps(content).encode())
    return header + nonce + AESGCM(spec_key(hashed, label)).encrypt(nonce, body, header)


def spec_open(magic: bytes, label: bytes, hashed: str, data: bytes) -> dict:
    head = len(magic) + 1 + 16
    assert data[: len(magic)] == magic and data[len(magic)] == 1
    assert data[len(magic) + 1 : head] == spec_key_id(hashed)
    clear = AESGCM(spec_key(hashed, label)).decrypt(
        data[head : head + 12], data[head + 12 :], data[:head]
    )
    return json.loads(zlib.decompress(clear))


ITEM = {"uuid": "u1", "form_id": "population", "json_text": "{}", "sha256": "0" * 64}


def test_the_token_is_hashed_as_the_server_keeps_it():
    assert token_hash(TOKEN) == HASHED


def test_a_bundle_sealed_as_written_opens_and_daftaris_opens_as_written():
    made = spec_seal(
        b"DAFTARI-BUNDLE\x00", b"daftari bundle v1", HASHED, {"items": [ITEM], "files": {}}
    )
    hashed, content = opened(made, lambda key_id: HASHED if key_id == spec_key_id(HASHED) else None)
    assert hashed == HASHED and content["items"] == [ITEM]
    ours = seal(HASHED, [ITEM], {"f" * 64: b"a photo"})
    content = spec_open(b"DAFTARI-BUNDLE\x00", b"daftari bundle v1", HASHED, ours)
    assert content["items"] == [ITEM]
    assert content["files"] == {"f" * 64: "YSBwaG90bw=="}  # base64 of the file


def test_updates_are_sealed_under_their_own_label():
    pull = {"pull": {"cursor": 0, "more": False}, "made_at": "2026-12-07T10:00:00Z"}
    made = spec_seal(b"DAFTARI-UPDATES\x00", b"daftari updates v1", HASHED, pull)
    assert open_updates(made, HASHED) == pull
    ours = seal_updates(HASHED, pull)
    assert spec_open(b"DAFTARI-UPDATES\x00", b"daftari updates v1", HASHED, ours) == pull
    # sealed under the submissions' label, an updates bundle never opens
    wrong = spec_seal(b"DAFTARI-UPDATES\x00", b"daftari bundle v1", HASHED, pull)
    with pytest.raises(BadBundle):
        open_updates(wrong, HASHED)
