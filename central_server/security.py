"""Passwords (Argon2id, encoded with their parameters) and device tokens (random, stored only
as their SHA-256). A server checks passwords in threads of their own (:class:`PasswordChecks`),
never in a request's thread nor with a database transaction open."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import os
import secrets
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from central_server.errors import Refusal

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


CHECKERS = 2  # passwords checked at once in a process (each 64 MiB and ~0.1 s of a core)
MOST_WAITING = 64  # checks waiting or under way in a process; past it a sign-in is refused
MOST_BLOCKED = 10  # of them, those waiting in a request's thread (of its 40)
CHECKING_THREADS = "daftari-password"


class Busy(Refusal):
    """503: too many passwords are being checked; nothing was counted, try again shortly."""

    status, code = 503, "busy"
    headers = {"retry-after": "2"}


class PasswordChecks:
    """A process's password checks: ``CHECKERS`` at a time in threads of their own, so that a
    burst of sign-ins, right or wrong, takes neither the request threads nor more memory than
    that, and waits holding no database connection. A sign-in takes its :meth:`turn` before
    anything of it is counted or checked; past ``MOST_WAITING`` (or ``MOST_BLOCKED`` for one
    that waits in a request's thread) it is refused at once with :class:`Busy`."""

    def __init__(
        self,
        workers: int = CHECKERS,
        most: int = MOST_WAITING,
        most_blocked: int = MOST_BLOCKED,
    ) -> None:
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix=CHECKING_THREADS)
        self._lock = threading.Lock()
        self._most, self._most_blocked = most, most_blocked
        self._taken = self._blocked = 0

    @contextmanager
    def turn(self, *, blocking: bool, checks: bool = True) -> Iterator[None]:
        """A place in the queue: ``checks`` for a sign-in that will check a password (False:
        one waiting for the same check as another); ``blocking`` when it waits in a request's
        thread."""
        with self._lock:
            if (checks and self._taken >= self._most) or (
                blocking and self._blocked >= self._most_blocked
            ):
                raise Busy("the server is busy checking passwords; try again in a moment")
            self._taken += checks
            self._blocked += blocking
        try:
            yield
        finally:
            with self._lock:
                self._taken -= checks
                self._blocked -= blocking

    def verify(self, password: str, encoded: str | None) -> bool:
        """``verify_password`` in a checking thread (None: an unknown name, as slow); waits."""
        return self._pool.submit(matches, password, encoded).result()

    async def verify_async(self, password: str, encoded: str | None) -> bool:
        """``verify`` awaited: no thread of the caller's waits."""
        return await asyncio.wrap_future(self._pool.submit(matches, password, encoded))


def matches(password: str, encoded: str | None) -> bool:
    """Whether the password is the one ``encoded`` was made of; None (an unknown name): no,
    as slowly. Blocking: the server calls it through :class:`PasswordChecks`."""
    if encoded is None:
        burn_time(password)
        return False
    return verify_password(password, encoded)


checks = PasswordChecks()  # the process's


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a, b)
