"""A user name and password sent with each request (HTTP Basic), as the clients that cannot
hold a device token send them: Power BI and Excel reading the OData feed, ODK Collect and
Enketo listing forms and sending submissions. A password is checked once (slow on purpose)
and the check kept for five minutes in this process; wrong ones count against the same login
limits as the app's; a disabled account, or a new password, is refused at once."""

from __future__ import annotations

import base64
import hashlib
import os
import time

from sqlalchemy.engine import Engine

from central_server import accounts
from central_server.accounts import Principal
from central_server.errors import Forbidden, Refusal, SignIn
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
    """``basic`` for a route (in a worker thread: a password is slow to check on purpose),
    counted by the client's address as the app's login is."""
    from starlette.concurrency import run_in_threadpool

    address = request.client.host if request.client else "?"
    state = request.app.state
    return await run_in_threadpool(basic, state.engine, state.settings, address, credentials)


def sender(engine: Engine, settings: Settings, address: str, encoded: str) -> Principal:
    """``basic``, as the device its submissions are stored from (accounts.password_device),
    remembered with the password it was found for: a new password (which revokes the account's
    devices) finds the new one."""
    who, checked = _basic(engine, settings, address, encoded)
    if who.role not in accounts.SITE_ROLES:  # no device for who sends nothing
        raise Forbidden(f"{a_role(who.role)} cannot do this")
    key = (str(engine.url), who.user_id, checked or "")
    device = _devices.get(key)
    if device is None:
        with engine.begin() as conn:
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


def _basic(
    engine: Engine, settings: Settings, address: str, encoded: str
) -> tuple[Principal, str | None]:
    try:
        name, _, password = base64.b64decode(encoded, validate=True).decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        raise SignIn("a user name and password, as HTTP Basic sends them") from None
    if "\x00" in name or len(name) > 200 or len(password) > 1000:  # as the app's login
        raise SignIn("the user name or the password is not right")
    key = _cache_key(encoded, engine)
    hit = _signed_in.get(key)
    if hit is not None and time.monotonic() - hit[0] < SIGNED_IN_SECONDS:
        with engine.connect() as conn:  # disabled, or a new password, meanwhile: asked again
            now = accounts.password_hash_of(conn, hit[1].username)
        if now is not None and now == hit[2]:
            return hit[1], hit[2]
        _signed_in.pop(key, None)
    with engine.begin() as conn:
        attempt = accounts.claim_attempt(
            conn,
            name,
            address,
            per_name_and_address=settings.login_attempts,
            per_address=settings.login_attempts_per_address,
            per_name=settings.login_attempts_per_name,
            window=settings.login_window_seconds,
        )
    try:
        with engine.begin() as conn:
            who = accounts.check_password(conn, name, password)
            accounts.attempt_succeeded(conn, attempt)
    except Refusal as exc:
        raise SignIn(exc.detail) from None
    with engine.connect() as conn:
        checked = accounts.password_hash_of(conn, who.username)
    if len(_signed_in) > 1000:
        _signed_in.clear()
    _signed_in[key] = (time.monotonic(), who, checked)
    return who, checked
