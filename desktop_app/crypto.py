"""Encryption at rest.

One random 256-bit *data key* encrypts every respondent answer, title and attachment
(AES-256-GCM, a fresh 96-bit nonce per encryption, the record's id as associated data so a
ciphertext cannot be moved to another record). Each local user holds a copy of the data key
wrapped (AES-GCM) by a key derived from their password with Argon2id; so any enrolled user can
unlock the store, and someone holding only the disk cannot. Unwrapping is also the password
check: a wrong password fails the GCM tag.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop_app.errors import WrongPassword

NONCE_BYTES = 12
VERSION = b"\x01"  # first byte of every ciphertext, so the format can change later


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes ~0.2 s on a 2-core machine (64 MiB, 2 passes), above
    OWASP's minimum (19 MiB, 2 passes); stored per user so it can be raised later."""

    memory_kib: int = 64 * 1024
    iterations: int = 2
    lanes: int = 1
    salt: bytes = b""

    def to_json(self) -> dict:
        return {
            "algorithm": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_json(cls, data: dict) -> KdfParams:
        return cls(
            memory_kib=int(data["memory_kib"]),
            iterations=int(data["iterations"]),
            lanes=int(data["lanes"]),
            salt=bytes.fromhex(data["salt"]),
        )

    def with_new_salt(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.iterations, self.lanes, os.urandom(16))


def derive_key(password: str, params: KdfParams) -> bytes:
    return Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(password.encode("utf-8"))


class DataKey:
    """The unlocked data key. Only held in memory while a user is logged in."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("a data key is 32 bytes")
        self._aead = AESGCM(key)
        self._key = key

    @classmethod
    def generate(cls) -> DataKey:
        return cls(AESGCM.generate_key(bit_length=256))

    def encrypt(self, plaintext: bytes, *, context: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return VERSION + nonce + self._aead.encrypt(nonce, plaintext, context.encode())

    def decrypt(self, blob: bytes, *, context: str) -> bytes:
        if not blob or blob[:1] != VERSION:
            raise ValueError(f"{context}: not a Daftari ciphertext")
        nonce = blob[1 : 1 + NONCE_BYTES]
        return self._aead.decrypt(nonce, blob[1 + NONCE_BYTES :], context.encode())

    def file_name(self, sha256: str) -> str:
        """An attachment's file name on disk: keyed, so the name does not reveal which known
        photo or recording is stored."""
        return hmac.new(self._key, sha256.encode(), hashlib.sha256).hexdigest()

    def wrap(self, password: str, params: KdfParams) -> bytes:
        wrapping = AESGCM(derive_key(password, params))
        nonce = os.urandom(NONCE_BYTES)
        return VERSION + nonce + wrapping.encrypt(nonce, self._key, b"daftari data key")

    @classmethod
    def unwrap(cls, wrapped: bytes, password: str, params: KdfParams) -> DataKey:
        wrapping = AESGCM(derive_key(password, params))
        nonce = wrapped[1 : 1 + NONCE_BYTES]
        try:
            key = wrapping.decrypt(nonce, wrapped[1 + NONCE_BYTES :], b"daftari data key")
        except InvalidTag:
            raise WrongPassword("the password is not right") from None
        return cls(key)
