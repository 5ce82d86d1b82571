"""A bundle's seal is its signature: an answer changed by someone who knows what the bundle
holds (their own submission) and flips the ciphertext's bits to match — the compressed
stream kept valid, so that no checksum inside can tell — is refused by the seal alone.
(Issue 24: with the bundle's authentication switched off, three of four tamper tests stayed
green: their flips broke the compression's checksum too.)"""

from __future__ import annotations

import json
import zlib

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sync_protocol import bundles

TOKEN_HASH = bundles.token_hash("a device's token")


def _bundle() -> bytes:
    answers = json.dumps({"name": "Halima Abdi Warsame", "age": 34, "notes": "x" * 400})
    item = {"uuid": "u1", "form_id": "f", "form_version": "1", "revision": 1, "json_text": answers}
    return bundles.seal(TOKEN_HASH, [item], {})


def _forged(data: bytes, old: bytes, new: bytes) -> bytes:
    """``data`` with the answer ``old`` made ``new`` without the key: the ciphertext XORed
    with the change of the compressed plaintext (a stream cipher's weakness the seal's tag
    is there for)."""
    head = len(bundles.MAGIC) + 1 + 16
    nonce, sealed = data[head : head + 12], data[head + 12 :]
    # what the attacker knows: the plaintext (their own submission), not the key
    plain = AESGCM(bundles._key(TOKEN_HASH)).decrypt(nonce, sealed, data[:head])
    # the new answer made as long, once compressed, as the old: a valid stream, its
    # checksum right, nothing after it — only the seal's tag can tell
    body = zlib.decompress(plain)
    wanted = b""
    for letters in range(2000):
        wanted = zlib.compress(
            body.replace(old, new + b"e" * (letters % 40) + b"i" * (letters // 40)), 6
        )
        if len(wanted) == len(plain):
            break
    assert len(wanted) == len(plain)
    cipher, tag = sealed[:-16], sealed[-16:]
    forged = bytes(c ^ p ^ w for c, p, w in zip(cipher, plain, wanted, strict=True))
    return data[: head + 12] + forged + tag


def test_a_bundle_changed_to_say_another_answer_is_refused_whole():
    data = _bundle()
    assert bundles.opened(data, lambda _: TOKEN_HASH)[1]["items"][0]["uuid"] == "u1"
    forged = _forged(data, b"Halima Abdi Warsame", b"Someone Else")
    with pytest.raises(bundles.BadBundle, match="changed since it was made"):
        bundles.opened(forged, lambda _: TOKEN_HASH)


def test_bytes_after_the_compressed_content_are_refused():
    """What follows the compressed answers is never ignored: a sealed bundle has nothing
    there."""
    head = len(bundles.MAGIC) + 1 + 16
    data = _bundle()
    nonce = data[head : head + 12]
    key = AESGCM(bundles._key(TOKEN_HASH))
    plain = key.decrypt(nonce, data[head + 12 :], data[:head]) + b"more"
    resealed = data[: head + 12] + key.encrypt(nonce, plain, data[:head])
    with pytest.raises(bundles.BadBundle):
        bundles.opened(resealed, lambda _: TOKEN_HASH)
