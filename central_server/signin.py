"""Signing in with a user name and password: the app's login (a device token per login) and
HTTP Basic, sent with each request by the clients that cannot hold a device token (Power BI
and Excel reading the OData feed, ODK Collect and Enketo listing forms and sending
submissions).

A sign-in is counted first (a short write: :func:`accounts.claim_attempt`, which refuses it
past the login limits), then its password is checked — slow on purpose — with no transaction
open and no database connection held, in the process's password-checking threads
(:data:`security.checks`: two at a time; past a queue a sign-in is refused 503 "busy, try
again" before anything of it is counted), then a right one is recorded (another short
write). A burst of wrong passwords thus holds neither SQLite's write lock nor the request
threads nor the pool's connections: the enumerators' submissions go on being stored. The same
user name and password arriving from one address while its check is under way wait for that
check rather than counting again (a client opening several connections at once is one
sign-in, not several pending failures).

HTTP Basic: a password found right is kept for five minutes in this process; wrong ones
count against the same login limits as the app's; a disabled account, or a new password, is
refused at once."""

from __future__ import annotations

import asyncio
import base64
import copy
import hashlib
import json
import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.concurrency import run_in_threadpool

from central_server import accounts, security
from central_server.accounts import PasswordAccount, Principal
from central_server.db import reading, writing
from central_server.errors import Forbidden, Refusal, SignIn, Unauthenticated
from central_server.settings import Settings
from sync_protocol import a_role

SIGNED_IN_SECONDS = 300  # a user name and password checked once serve this long
_signed_in: dict[str, tuple[float, Principal, str | None]] = {}
_SALT = os.urandom(16)  # the cache's keys mean nothing outside this process


def basic(engine: Engine, settings: Settings, address: str, encoded: str) -> Principal:
    """Who the Basic credentials ``encoded`` are (a Principal of no device), else SignIn.
    Blocking: called in a worker thread."""
    return _basic(engine, settings, address, encoded)[0]


async def from_request(request, credentials: str) -> Principal:
    """``basic`` for a route, counted by the client's address as the app's login is; awaits
    the password's check without holding a request thread."""
    address = request.client.host if request.client else "?"
    state = request.app.state
    return (await _basic_async(state.engine, state.settings, address, credentials))[0]


def sender(engine: Engine, settings: Settings, address: str, encoded: str) -> Principal:
    """``basic``, as the device its submissions are stored from (accounts.password_device),
    remembered with the password it was found for: a new password (which revokes the account's
    devices) finds the new one. Blocking (waits for the password's check in the caller's
    thread: at most ``security.MOST_BLOCKED`` do at once); see :func:`sender_async`."""
    return _as_sender(engine, encoded, *_basic(engine, settings, address, encoded))


async def sender_async(engine: Engine, settings: Settings, address: str, encoded: str) -> Principal:
    """``sender`` awaited: no request thread waits for the password's check."""
    who, checked = await _basic_async(engine, settings, address, encoded)
    return await run_in_threadpool(_as_sender, engine, encoded, who, checked)


def _as_sender(engine: Engine, encoded: str, who: Principal, checked: str) -> Principal:
    if who.role not in accounts.SITE_ROLES:  # no device for who sends nothing
        raise Forbidden(f"{a_role(who.role)} cannot do this")
    key = (str(engine.url), who.user_id, checked)
    device = _devices.get(key)
    if device is None:
        with _short_write(engine) as conn:
            device = accounts.password_device(conn, who).device
        if len(_devices) > 10_000:
            _devices.clear()
        _devices[key] = device
    found = Principal(who.user_id, who.username, who.role, who.site_id, who.site, device)
    if len(_senders) > 10_000:
        _senders.clear()
    _senders[_cache_key(encoded, engine)] = (time.monotonic(), found)
    return found


def recent_sender(engine: Engine, encoded: str) -> Principal | None:
    """``sender``'s answer of the last minute for the same credentials, without a database
    read — only for requests whose writes are checked again where they are stored (an
    OpenRosa submission: the writer refuses a device revoked meanwhile, as a new password or
    a disabled account revokes it) and for HEAD /submission, which answers nothing."""
    hit = _senders.get(_cache_key(encoded, engine))
    if hit is None or time.monotonic() - hit[0] > RECENT_SECONDS:
        return None
    return hit[1]


RECENT_SECONDS = 60.0
_devices: dict[tuple[str, int, str], int] = {}
_senders: dict[str, tuple[float, Principal]] = {}


def _cache_key(encoded: str, engine: Engine) -> str:
    """Credentials as a cache's key: salted (nothing outside this process can use it), and
    for one database (a process that serves another one never finds the first's)."""
    return hashlib.sha256(_SALT + str(engine.url).encode() + b"\0" + encoded.encode()).hexdigest()


def _credentials(encoded: str) -> tuple[str, str]:
    try:
        name, _, password = base64.b64decode(encoded, validate=True).decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        raise SignIn("a user name and password, as HTTP Basic sends them") from None
    if "\x00" in name or len(name) > 200 or len(password) > 1000:  # as the app's login
        raise SignIn(accounts.WRONG_PASSWORD)
    return name, password


def _still_signed_in(engine: Engine, key: str) -> tuple[Principal, str] | None:
    """A sign-in of the last five minutes, if its account still has the same password and is
    not disabled (a read: no write lock, no transaction on PostgreSQL)."""
    hit = _signed_in.get(key)
    if hit is None or time.monotonic() - hit[0] >= SIGNED_IN_SECONDS:
        return None
    with reading(engine) as conn:  # disabled, or a new password, meanwhile: asked again
        now = accounts.password_hash_of(conn, hit[1].username)
    if now is not None and now == hit[2]:
        return hit[1], hit[2]
    _signed_in.pop(key, None)
    return None


def _signed_in_as(key: str, found: PasswordAccount) -> tuple[Principal, str]:
    if found.disabled:  # said to nobody over Basic: as a wrong password
        raise SignIn(accounts.WRONG_PASSWORD)
    if len(_signed_in) > 1000:
        _signed_in.clear()
    _signed_in[key] = (time.monotonic(), found.who, found.password_hash)
    return found.who, found.password_hash


def _basic(engine: Engine, settings: Settings, address: str, encoded: str) -> tuple[Principal, str]:
    name, password = _credentials(encoded)
    key = _cache_key(encoded, engine)
    hit = _still_signed_in(engine, key)
    if hit is not None:
        return hit
    try:
        found = by_password(engine, settings, address, name, password)
    except Unauthenticated as exc:
        raise SignIn(exc.detail) from None
    return _signed_in_as(key, found)


async def _basic_async(
    engine: Engine, settings: Settings, address: str, encoded: str
) -> tuple[Principal, str]:
    name, password = _credentials(encoded)
    key = _cache_key(encoded, engine)
    if key in _signed_in:
        hit = await run_in_threadpool(_still_signed_in, engine, key)
        if hit is not None:
            return hit
    try:
        found = await by_password_async(engine, settings, address, name, password)
    except Unauthenticated as exc:
        raise SignIn(exc.detail) from None
    return _signed_in_as(key, found)


# Signing in by user name and password (the app's login, and HTTP Basic)


def by_password(
    engine: Engine, settings: Settings, address: str, name: str, password: str
) -> PasswordAccount:
    """The account whose user name and password these are — disabled or not: the caller says
    so — counted against the login limits by ``address``; else Unauthenticated, TooMany, or
    security.Busy. Blocking: waits in the caller's thread (see :func:`by_password_async`)."""
    key = _flight_key(engine, address, name, password)
    flight, leading = _flights.join(key)
    if not leading:
        with security.checks.turn(blocking=True, checks=False):
            return _landed(flight.result)
    outcome: PasswordAccount | BaseException = security.Busy(BUSY)
    try:
        with security.checks.turn(blocking=True):
            attempt, found = _claim(engine, settings, address, name)
            right = security.checks.verify(password, found.password_hash if found else None)
            outcome = _judged(engine, attempt, found, right)
    except Exception as exc:
        outcome = exc
        raise
    finally:
        _flights.land(key, flight, outcome)
    return outcome


async def by_password_async(
    engine: Engine, settings: Settings, address: str, name: str, password: str
) -> PasswordAccount:
    """``by_password`` awaited: the database's short writes in a request thread each, the
    password's check in a checking thread, and no thread of the caller's waits for it."""
    key = _flight_key(engine, address, name, password)
    flight, leading = _flights.join(key)
    if not leading:
        return await _awaited(flight)
    outcome: PasswordAccount | BaseException = security.Busy(BUSY)
    try:
        with security.checks.turn(blocking=False):
            attempt, found = await run_in_threadpool(_claim, engine, settings, address, name)
            right = await security.checks.verify_async(
                password, found.password_hash if found else None
            )
            outcome = await run_in_threadpool(_judged, engine, attempt, found, right)
    except Exception as exc:
        outcome = exc
        raise
    finally:
        _flights.land(key, flight, outcome)
    return outcome


BUSY = "the server is busy checking passwords; try again in a moment"


def _claim(
    engine: Engine, settings: Settings, address: str, name: str
) -> tuple[int, PasswordAccount | None]:
    """Count the attempt (refused past a limit) and read the account: one short write."""
    with _short_write(engine) as conn:
        attempt = accounts.claim_attempt(
            conn,
            name,
            address,
            per_name_and_address=settings.login_attempts,
            per_address=settings.login_attempts_per_address,
            per_name=settings.login_attempts_per_name,
            window=settings.login_window_seconds,
        )
        return attempt, accounts.password_account(conn, name)


def _judged(
    engine: Engine, attempt: int, found: PasswordAccount | None, right: bool
) -> PasswordAccount:
    """A wrong password stays counted as one; a right one is recorded (a short write) — not
    for a disabled account, whose sign-in is refused."""
    if not right or found is None:
        raise Unauthenticated(accounts.WRONG_PASSWORD, code="wrong_password")
    if not found.disabled:
        with _short_write(engine) as conn:
            accounts.attempt_succeeded(conn, attempt)
    return found


@contextmanager
def _short_write(engine: Engine) -> Iterator[Connection]:
    """A sign-in's short write, queued with the server's other writers (db.writing); should
    the database stay locked by another process past SQLite's 30 seconds, or the pool have no
    connection to give, the sign-in is refused 503 "try again" rather than failing."""
    try:
        with writing(engine) as conn:
            yield conn
    except PoolTimeout:
        raise security.Busy(BUSY) from None
    except OperationalError as exc:
        if "database is locked" in str(exc.orig):
            raise security.Busy(BUSY) from None
        raise


class _Flights:
    """The checks under way, by address, user name and password: the same sign-in arriving
    again meanwhile waits for the first one's outcome instead of counting again."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._on: dict[str, Future] = {}

    def join(self, key: str) -> tuple[Future, bool]:
        """(the check's outcome to come, whether the caller is to make it)."""
        with self._lock:
            flight = self._on.get(key)
            if flight is not None:
                return flight, False
            self._on[key] = flight = Future()
            return flight, True

    def land(self, key: str, flight: Future, outcome: PasswordAccount | BaseException) -> None:
        with self._lock:
            if self._on.get(key) is flight:
                del self._on[key]
        if isinstance(outcome, BaseException):
            flight.set_exception(outcome)
        else:
            flight.set_result(outcome)


_flights = _Flights()


def _landed(result) -> PasswordAccount:
    """The outcome of another's check: its account, or a copy of its refusal."""
    try:
        return result()
    except Refusal as exc:
        raise copy.copy(exc) from None


async def _awaited(flight: Future) -> PasswordAccount:
    """``_landed``, awaited; shielded: a waiter that goes away cancels nobody's check."""
    try:
        return await asyncio.shield(asyncio.wrap_future(flight))
    except Refusal as exc:
        raise copy.copy(exc) from None


def _flight_key(engine: Engine, address: str, name: str, password: str) -> str:
    """A check's key: salted (a password kept in memory as nothing anyone can use)."""
    return hashlib.sha256(
        _SALT + json.dumps([str(engine.url), address, name, password]).encode()
    ).hexdigest()
