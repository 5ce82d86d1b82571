"""Passwords (Argon2id, encoded with their parameters) and device tokens (random, stored only
as their SHA-256)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MEMORY_KIB, ITERATIONS, LANES = 64 * 1024, 2, 1


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def hash_password(
    password: str, *, memory_kib: int = MEMORY_KIB, iterations: int = ITERATIONS
) -> str:
    salt = os.urandom(16)
    digest = Argon2id(
        salt=salt, length=32, iterations=iterations, lanes=LANES, memory_cost=memory_kib
    ).derive(password.encode())
    return f"$argon2id$v=19$m={memory_kib},t={iterations},p={LANES}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        _, algorithm, _version, params, salt, digest = encoded.split("$")
        values = dict(part.split("=") for part in params.split(","))
        if algorithm != "argon2id":
            return False
        Argon2id(
            salt=_unb64(salt),
            length=32,
            iterations=int(values["t"]),
            lanes=int(values["p"]),
            memory_cost=int(values["m"]),
        ).verify(password.encode(), _unb64(digest))
        return True
    except (InvalidKey, ValueError, KeyError):
        return False


_DUMMY = hash_password("not a password", memory_kib=MEMORY_KIB)


def burn_time(password: str) -> None:
    """Spend the same effort for an unknown user name as for a known one."""
    verify_password(password, _DUMMY)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a, b)
