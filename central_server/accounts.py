"""Sites, users, devices and logins. Every function takes a connection inside the caller's
transaction; nothing is kept in process memory, so several server processes can share one
database."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.engine import Connection

from central_server import security
from central_server.db import devices, login_attempts, sites, users
from central_server.errors import Conflict, Forbidden, NotFound, Refusal, TooMany, Unauthenticated
from sync_protocol import ROLES, a_role

SITE_ROLES = {"enumerator", "clerk", "supervisor"}  # these belong to one site


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class Principal:
    """Who is asking: the user behind a device token."""

    user_id: int
    username: str
    role: str
    site_id: int | None
    site: str | None
    device: int
    # what the device is ("openrosa-collect": a phone's address, good for OpenRosa only)
    kind: str = ""

    @property
    def all_sites(self) -> bool:
        return self.role in ("secretariat", "admin")


def add_site(conn: Connection, name: str) -> int:
    name = name.strip()
    if not name:
        raise Refusal("a site needs a name")
    if conn.execute(select(sites.c.id).where(sites.c.name == name)).first():
        raise Conflict(f"site '{name}' already exists")
    return conn.execute(
        insert(sites).values(name=name, created_at=now_text())
    ).inserted_primary_key[0]  # type: ignore[index]


def site_id(conn: Connection, name: str) -> int:
    found = conn.execute(select(sites.c.id).where(sites.c.name == name)).first()
    if found is None:
        raise NotFound(f"there is no site '{name}'")
    return found[0]


def add_user(
    conn: Connection,
    name: str,
    *,
    role: str,
    site: str | None,
    password: str,
    memory_kib: int = security.MEMORY_KIB,
) -> int:
    if role not in ROLES:
        raise Refusal(f"unknown role '{role}'; one of {', '.join(ROLES)}")
    if role in SITE_ROLES and not site:
        raise Refusal(f"{a_role(role)} belongs to a site: give --site")
    if len(password) < 8:
        raise Refusal("a server password needs at least 8 characters")
    if conn.execute(select(users.c.id).where(users.c.name == name)).first():
        raise Conflict(f"user '{name}' already exists")
    # "Amina" beside "amina", "straße" beside "strasse": one person to a reader, two accounts
    # to the server — refused (work given to one would be read as the other's)
    same = next(
        (
            n
            for n in conn.execute(select(users.c.name)).scalars()
            if n.casefold() == name.casefold()
        ),
        None,
    )
    if same is not None:
        raise Conflict(f"user '{same}' already exists (the same name but for its letters' case)")
    return conn.execute(
        insert(users).values(
            name=name,
            role=role,
            site_id=site_id(conn, site) if site else None,
            password_hash=security.hash_password(password, memory_kib=memory_kib),
            created_at=now_text(),
        )
    ).inserted_primary_key[0]  # type: ignore[index]


def claim_attempt(
    conn: Connection,
    username: str,
    address: str,
    *,
    per_name_and_address: int,
    per_address: int,
    per_name: int,
    window: int,
) -> int:
    """Count a login attempt *before* its password is checked, as a failure until it
    succeeds (:func:`attempt_succeeded`), and refuse it when a limit is reached: concurrent
    guesses all count, however many arrive at once. The attempts of one name are taken one at
    a time (a lock on the name; SQLite's writers already queue). A short write: the password
    is checked after it has committed.

    Limits: wrong passwords for one name from one address (the usual guessing); from one
    address for any name (an office shares one address: higher); and for one name from
    everywhere (a guess spread over many addresses: much higher) — which does not hold for an
    address the account signed in from in the last ``KNOWN_ADDRESS_DAYS``: strangers guessing
    from many addresses do not lock the real user out of their own (that address still has
    its own two limits)."""
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(func.hashtext(username))))
    since = int(time.time()) - window
    recent = and_(login_attempts.c.at >= since, login_attempts.c.ok.is_(False))
    for where, most, everywhere in (
        (
            and_(login_attempts.c.username == username, login_attempts.c.address == address),
            per_name_and_address,
            False,
        ),
        (login_attempts.c.address == address, per_address, False),
        (login_attempts.c.username == username, per_name, True),
    ):
        failures = conn.execute(
            select(func.count()).select_from(login_attempts).where(and_(where, recent))
        ).scalar_one()
        if failures >= most and not (everywhere and _known(conn, username, address)):
            raise TooMany(f"too many wrong passwords; wait {window // 60} minutes and try again")
    return conn.execute(
        insert(login_attempts).values(
            username=username, address=address, at=int(time.time()), ok=False
        )
    ).inserted_primary_key[0]  # type: ignore[index]


KNOWN_ADDRESS_DAYS = 60  # an address the account signed in from is its own this long


def _known(conn: Connection, username: str, address: str) -> bool:
    """Whether the account signed in from this address lately (a right password)."""
    since = int(time.time()) - KNOWN_ADDRESS_DAYS * 86400
    return (
        conn.execute(
            select(login_attempts.c.id)
            .where(
                login_attempts.c.username == username,
                login_attempts.c.at >= since,
                login_attempts.c.address == address,
                login_attempts.c.ok.is_(True),
            )
            .limit(1)
        ).first()
        is not None
    )


def attempt_succeeded(conn: Connection, attempt: int) -> None:
    conn.execute(update(login_attempts).where(login_attempts.c.id == attempt).values(ok=True))


def _account(conn: Connection, name: str):
    """(id, name, role, site id, password hash, site name, disabled at) of an account."""
    return conn.execute(
        select(
            users.c.id,
            users.c.name,
            users.c.role,
            users.c.site_id,
            users.c.password_hash,
            sites.c.name,
            users.c.disabled_at,
        )
        .select_from(users.outerjoin(sites, users.c.site_id == sites.c.id))
        .where(users.c.name == name)
    ).first()


@dataclass(frozen=True)
class PasswordAccount:
    """An account as a sign-in needs it: who it is (no device), its password hash (to check
    with no transaction open), and whether it is disabled."""

    who: Principal
    password_hash: str
    disabled: bool


def password_account(conn: Connection, username: str) -> PasswordAccount | None:
    """The account a sign-in names, None when there is none (whose password is then checked
    against a made-up hash: as slow)."""
    row = _account(conn, username)
    if row is None:
        return None
    return PasswordAccount(
        Principal(row[0], row[1], row[2], row[3], row[5], 0), row[4], row[6] is not None
    )


WRONG_PASSWORD = "the user name or the password is not right"


def _verified(conn: Connection, username: str, password: str) -> PasswordAccount:
    """The account behind a right user name and password, else Unauthenticated; as slow for
    an unknown name as for a known one. The password is checked here, in the caller's
    transaction: for the command line and tests; the server's sign-ins check it with no
    transaction open (central_server.signin)."""
    found = password_account(conn, username)
    if not security.matches(password, found.password_hash if found else None):
        raise Unauthenticated(WRONG_PASSWORD, code="wrong_password")
    assert found is not None
    return found


def enrol(conn: Connection, who: Principal, *, label: str, device_id: str) -> tuple[str, Principal]:
    """A new device token for an account whose password was right: (the token, who with the
    device)."""
    token = security.new_token()
    device = conn.execute(
        insert(devices).values(
            user_id=who.user_id,
            token_hash=security.token_hash(token),
            label=label,
            device_id=device_id,
            created_at=now_text(),
        )
    ).inserted_primary_key[0]  # type: ignore[index]
    return token, Principal(who.user_id, who.username, who.role, who.site_id, who.site, device)


def login(
    conn: Connection, username: str, password: str, *, label: str, device_id: str
) -> tuple[str, Principal]:
    found = _verified(conn, username, password)
    if found.disabled:  # said only to whoever knows the password
        raise Unauthenticated("this account is disabled", code="disabled")
    return enrol(conn, found.who, label=label, device_id=device_id)


def check_password(conn: Connection, username: str, password: str) -> Principal:
    """Who a user name and password are, without enrolling a device (a spreadsheet or a
    dashboard reading the OData feed signs in on each request)."""
    found = _verified(conn, username, password)
    if found.disabled:
        raise Unauthenticated(WRONG_PASSWORD, code="wrong_password")
    return found.who


def password_hash_of(conn: Connection, name: str) -> str | None:
    """The account's password hash, None when it is disabled or gone (a sign-in kept in
    memory is good only while this stays the same)."""
    row = _account(conn, name)
    return None if row is None or row[6] is not None else row[4]


def principal_of(conn: Connection, name: str) -> Principal:
    """An account acting from the server's own command line (``daftari-server review … --as
    NAME``): the same role and site as over the API, no device."""
    row = _account(conn, name)
    if row is None:
        raise NotFound(f"there is no account '{name}'")
    if row[6] is not None:
        raise Forbidden(f"the account '{name}' is disabled")
    return Principal(row[0], row[1], row[2], row[3], row[5], 0)


NOT_ENROLLED = "this device is not enrolled (or was revoked): log in again"


def find_principal(conn: Connection, token: str) -> tuple[Principal, str | None]:
    """The user behind a device token, and when the device was last seen; reads only."""
    return principal_by_hash(conn, security.token_hash(token))


def principal_by_hash(conn: Connection, hashed: str) -> tuple[Principal, str | None]:
    """``find_principal`` by the token's hash (what a bundle is opened with)."""
    row = conn.execute(
        select(
            devices.c.id,
            devices.c.revoked_at,
            devices.c.last_seen,
            users.c.id,
            users.c.name,
            users.c.role,
            users.c.site_id,
            sites.c.name,
            users.c.disabled_at,
            devices.c.device_id,
        )
        .select_from(
            devices.join(users, devices.c.user_id == users.c.id).outerjoin(
                sites, users.c.site_id == sites.c.id
            )
        )
        .where(devices.c.token_hash == hashed)
    ).first()
    if row is None or row[1] is not None or row[8] is not None:
        raise Unauthenticated(NOT_ENROLLED)
    return Principal(row[3], row[4], row[5], row[6], row[7], row[0], row[9]), row[2]


def still_allowed(conn: Connection, device_ids: set[int]) -> set[int]:
    """Of these devices, those not revoked and whose account is not disabled — checked in
    the transaction that stores what they sent (see PrincipalCache)."""
    if not device_ids:
        return set()
    rows = conn.execute(
        select(devices.c.id)
        .select_from(devices.join(users, devices.c.user_id == users.c.id))
        .where(
            devices.c.id.in_(device_ids),
            devices.c.revoked_at.is_(None),
            users.c.disabled_at.is_(None),
        )
    )
    return {r[0] for r in rows}


class PrincipalCache:
    """Who is behind a device token, remembered for a minute — only for the requests whose
    writes are checked again where they are stored (OpenRosa submissions and pushes: the
    writer refuses a device revoked meanwhile in the very transaction, so nothing from a
    revoked device is ever stored). Every other request looks the token up each time. Saves
    a database round trip per submission; bounded, and holds token hashes, not tokens."""

    SECONDS = 60.0
    MOST = 10_000

    def __init__(self) -> None:
        self._found: dict[str, tuple[float, Principal]] = {}

    def get(self, token: str) -> Principal | None:
        hit = self._found.get(security.token_hash(token))
        if hit is None or time.monotonic() - hit[0] > self.SECONDS:
            return None
        return hit[1]

    def put(self, token: str, who: Principal) -> None:
        if len(self._found) >= self.MOST:
            self._found.clear()
        self._found[security.token_hash(token)] = (time.monotonic(), who)


def needs_touch(last_seen: str | None) -> bool:
    """``last_seen`` is written once per ten minutes, not per request."""
    return not last_seen or last_seen[:15] != now_text()[:15]


def touch(conn: Connection, device: int) -> None:
    conn.execute(update(devices).where(devices.c.id == device).values(last_seen=now_text()))


def set_disabled(conn: Connection, name: str, disabled: bool) -> None:
    """Disable an account (its devices are refused at once) or enable it again."""
    done = conn.execute(
        update(users)
        .where(users.c.name == name)
        .values(disabled_at=now_text() if disabled else None)
    )
    if done.rowcount != 1:
        raise NotFound(f"there is no user '{name}'")


def set_password(
    conn: Connection, name: str, password: str, *, memory_kib: int = security.MEMORY_KIB
) -> None:
    """A new password; the account's devices are revoked (they log in again)."""
    if len(password) < 8:
        raise Refusal("a server password needs at least 8 characters")
    row = conn.execute(select(users.c.id).where(users.c.name == name)).first()
    if row is None:
        raise NotFound(f"there is no user '{name}'")
    conn.execute(
        update(users)
        .where(users.c.id == row[0])
        .values(password_hash=security.hash_password(password, memory_kib=memory_kib))
    )
    conn.execute(
        update(devices)
        .where(devices.c.user_id == row[0], devices.c.revoked_at.is_(None))
        .values(revoked_at=now_text())
    )


def user_devices(conn: Connection, user_id: int) -> list[dict]:
    rows = conn.execute(
        select(
            devices.c.id,
            devices.c.label,
            devices.c.device_id,
            devices.c.created_at,
            devices.c.last_seen,
            devices.c.revoked_at,
        )
        .where(devices.c.user_id == user_id)
        .order_by(devices.c.id)
    )
    return [
        {
            "id": r[0],
            "label": r[1],
            "device_id": r[2],
            "created_at": r[3],
            "last_seen": r[4],
            "revoked": r[5] is not None,
        }
        for r in rows
    ]


def revoke_device(conn: Connection, who: Principal, device: int) -> None:
    row = conn.execute(select(devices.c.user_id).where(devices.c.id == device)).first()
    if row is None or (row[0] != who.user_id and who.role != "admin"):
        raise NotFound(f"there is no device {device} of yours")
    conn.execute(update(devices).where(devices.c.id == device).values(revoked_at=now_text()))


PASSWORD_DEVICE = "openrosa-password"  # the device_id of submissions sent with a password
COLLECT_DEVICE = "openrosa-collect"  # the device_id of a token handed to a phone as a QR code


def password_device(conn: Connection, who: Principal) -> Principal:
    """``who`` (signed in with a user name and password, no device) as the device its OpenRosa
    submissions are stored from: one per account, made at its first submission, made again
    after a new password (which revokes every device of the account)."""
    found = conn.execute(
        select(devices.c.id).where(
            devices.c.user_id == who.user_id,
            devices.c.device_id == PASSWORD_DEVICE,
            devices.c.revoked_at.is_(None),
        )
    ).first()
    if found is not None:
        device = found[0]
    else:
        device = conn.execute(
            insert(devices).values(
                user_id=who.user_id,
                # a token nobody is given: the device is reached by its password only
                token_hash=security.token_hash(security.new_token()),
                label="OpenRosa client (user name and password)",
                device_id=PASSWORD_DEVICE,
                created_at=now_text(),
            )
        ).inserted_primary_key[0]  # type: ignore[index]
    return Principal(who.user_id, who.username, who.role, who.site_id, who.site, device)


def collect_token(conn: Connection, username: str, label: str) -> tuple[str, int]:
    """A token for a phone running ODK Collect (as ODK Central's app users): the account's
    role and site, nothing more; revoked as any device (``daftari-server collect revoke``).
    (the token, the device's id)"""
    row = _account(conn, username)
    if row is None:
        raise NotFound(f"there is no account '{username}'")
    if row[6] is not None:
        raise Forbidden(f"the account '{username}' is disabled")
    if row[2] not in SITE_ROLES:
        raise Refusal(
            f"{a_role(row[2])} sends no submissions: a phone's token is for an enumerator, "
            "clerk or supervisor of a site"
        )
    token = security.new_token()
    device = conn.execute(
        insert(devices).values(
            user_id=row[0],
            token_hash=security.token_hash(token),
            label=label.strip()[:200] or "ODK Collect",
            device_id=COLLECT_DEVICE,
            created_at=now_text(),
        )
    ).inserted_primary_key[0]  # type: ignore[index]
    return token, device
