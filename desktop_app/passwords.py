"""Local passwords: how long they must be, and the data key wrapped for one."""

from __future__ import annotations

import hashlib

from desktop_app.crypto import DataKey, KdfParams
from desktop_app.errors import ClientError

MIN_PASSWORD = 6


def wrapped_for(key: DataKey, password: str, params: KdfParams) -> dict:
    """The data key wrapped for one password, with the checksum that tells a damaged profile
    from a wrong password."""
    wrapped = key.wrap(password, params)
    return {
        "kdf": {**params.to_json(), "wrapped_sha256": hashlib.sha256(wrapped).hexdigest()},
        "wrapped_key": wrapped,
    }


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ClientError(
            f"a password needs at least {MIN_PASSWORD} characters", code="weak_password"
        )
