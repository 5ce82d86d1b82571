"""Bundles carried on a USB stick (sync_protocol.bundles): imported with the same exactly-once
rules as sync — through the same store — in one transaction: a bundle imported twice, or
whose submissions were already synced, changes nothing; a damaged or changed bundle, or one
of another server's device, is refused whole and nothing of it is kept.

A bundle reaches the server either at the server itself (``daftari-server bundle import``)
or carried by another computer that syncs later — a municipal office's desktop — which
cannot open it (it is sealed for its own device and this server) and uploads it in chunks,
resumable as attachments are (``put_chunk``). The submissions are then the bundle's device's,
never the carrier's; the carrier only learns how many were stored."""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections import Counter
from dataclasses import dataclass, field

from pydantic import ValidationError
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Engine

from central_server import accounts
from central_server.accounts import Principal, now_text
from central_server.db import bundle_imports, bundle_parts, devices, reading, users
from central_server.errors import Conflict, Refusal, Unauthenticated
from central_server.intake import uploads
from central_server.intake.ingest import Sent, store, why_unreadable
from sync_protocol import PushItem
from sync_protocol.bundles import MOST_BYTES, BadBundle, key_id, opened


@dataclass
class Opened:
    """A bundle opened and read, its every item parsed and judged, before any transaction:
    the storing transaction only stores (a bundle of a million refused items held SQLite's
    write lock for minutes when they were refused one by one inside it)."""

    who: Principal
    files: dict[str, bytes]
    sent: list[Sent]
    unreadable: int  # items that are not submissions at all


def opened_bundle(engine: Engine, data: bytes) -> Opened:
    """Open, check and read a bundle with no transaction open; BadBundle names what is
    wrong, and nothing is kept."""
    if len(data) > MOST_BYTES:
        raise BadBundle(f"a bundle of more than {MOST_BYTES // 2**20} MiB is not read")
    with reading(engine) as conn:
        # a bundle is sealed for a Daftari device's token: never a phone's (its key is good
        # for OpenRosa's addresses only) nor the one a password sign-in stands for
        hashes = {
            key_id(h): h
            for (h,) in conn.execute(
                select(devices.c.token_hash).where(
                    devices.c.revoked_at.is_(None),
                    devices.c.device_id.notin_((accounts.COLLECT_DEVICE, accounts.PASSWORD_DEVICE)),
                )
            )
        }
    hashed, content = opened(data, hashes.get)
    with reading(engine) as conn:
        try:
            who, _ = accounts.principal_by_hash(conn, hashed)
        except Unauthenticated as exc:
            raise BadBundle(
                "this bundle's account is disabled on this server: nothing was imported"
            ) from exc
    if who.site_id is None:  # as sync: a site's people send submissions, no one else
        raise BadBundle("this bundle's device belongs to no site: nothing was imported")
    raw_files = content.get("files") or {}
    if not isinstance(raw_files, dict):
        raise BadBundle("the bundle's files are not readable: nothing was imported")
    files: dict[str, bytes] = {}
    for sha, text in raw_files.items():
        try:
            body = base64.b64decode(text, validate=True)
        except (binascii.Error, TypeError) as exc:
            raise BadBundle(f"file {str(sha)[:12]}… is damaged: nothing was imported") from exc
        if hashlib.sha256(body).hexdigest() != sha:
            raise BadBundle(f"file {str(sha)[:12]}… is damaged: nothing was imported")
        if not body:
            continue  # an empty file is no file: nothing to keep, and nothing refused for it
        files[sha] = body
    sent: list[Sent] = []
    unreadable = 0
    for raw in content["items"]:
        try:
            item = PushItem.model_validate(raw)
        except ValidationError:
            unreadable += 1  # one unreadable item never blocks the others
            continue
        sent.append(Sent(who, item, why_unreadable(engine, item)))
    return Opened(who, files, sent, unreadable)


def store_opened(conn: Connection, bundle: Opened) -> dict[str, int]:
    """Store an opened bundle in the caller's transaction: its files as its device's, its
    submissions through the same store as sync; how many got each answer."""
    if bundle.who.device not in accounts.still_allowed(conn, {bundle.who.device}):
        raise BadBundle("this bundle's device was signed out meanwhile: nothing was imported")
    for sha, body in bundle.files.items():
        uploads.store_whole(conn, bundle.who, sha, body)
    counts: Counter[str] = Counter()
    counts["rejected"] += bundle.unreadable
    for result in store(conn, bundle.sent, True) if bundle.sent else []:
        counts[result.status] += 1
    return {k: n for k, n in counts.items() if n}


def import_bundle(engine: Engine, data: bytes) -> dict[str, int]:
    """How many of the bundle's submissions were stored, were there already (duplicate),
    or were refused (rejected, conflict), by that answer."""
    bundle = opened_bundle(engine, data)
    with engine.begin() as conn:
        return store_opened(conn, bundle)


# -- carried by another computer --------------------------------------------------------------


@dataclass
class Carried:
    received: int  # bytes of the carrier's upload the server holds
    imported: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    refused: str = ""  # why the whole bundle was refused (its upload is dropped)
    damaged: bool = False  # the bytes did not match their SHA-256: send again from the start


def _check_name(sha256: str) -> None:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise Refusal("a bundle is named by the SHA-256 of its bytes (64 hex digits)")


def _mine(sha256: str, device: int):
    return (bundle_parts.c.sha256 == sha256) & (bundle_parts.c.device == device)


MOST_UNFINISHED = 3  # bundles a device may be carrying in at once
UNFINISHED_DAYS = 7  # then what came of one is forgotten


def _room_for_another(conn: Connection, device: int, sha256: str) -> None:
    """A device starts carrying another bundle in: its uploads older than a week are
    forgotten; more than a few unfinished at once are refused (the disk is the server's)."""
    others = uploads.unfinished_others(
        conn,
        bundle_parts,
        bundle_parts.c.sha256,
        bundle_parts.c.received_at,
        device,
        sha256,
        days=UNFINISHED_DAYS,
    )
    if others >= MOST_UNFINISHED:
        raise Refusal(
            f"this computer is carrying {others} unfinished bundles in already: finish "
            "them (or wait a week) before starting another",
            code="too_many_unfinished",
            status=429,
        )


def status(conn: Connection, who: Principal, sha256: str) -> Carried:
    """Imported already (with what it gave), else how far this device's upload got."""
    _check_name(sha256)
    done = conn.execute(
        select(bundle_imports.c.counts, users.c.site_id)
        .select_from(
            bundle_imports.join(devices, devices.c.id == bundle_imports.c.carried_by).join(
                users, users.c.id == devices.c.user_id
            )
        )
        .where(bundle_imports.c.sha256 == sha256)
    ).first()
    if done is not None:
        # that it arrived, to anyone carrying it (so it is not carried again); how many it
        # held, only to the site whose computer brought it in
        mine = who.all_sites or done[1] == who.site_id
        return Carried(0, True, dict(done[0] or {}) if mine else {})
    received = conn.execute(
        select(func.coalesce(func.sum(func.length(bundle_parts.c.data)), 0)).where(
            _mine(sha256, who.device)
        )
    ).scalar_one()
    return Carried(int(received))


def put_chunk(
    engine: Engine, who: Principal, sha256: str, *, offset: int, size: int, data: bytes
) -> Carried:
    """Add a chunk to this device's upload of a bundle; with the last one the bundle is
    opened and read (no transaction open), then imported and remembered in one — exactly
    once, however many computers carry it in at the same moment."""
    _check_name(sha256)
    if not 0 < size <= MOST_BYTES:
        raise Refusal(f"a bundle is 1 byte to {MOST_BYTES} bytes", code="bad_size")
    with engine.begin() as conn:
        current = status(conn, who, sha256)
        if current.imported:
            return current
        if offset != current.received:
            raise Conflict(
                f"the server holds {current.received} bytes of this bundle: continue from there",
                code="resume_from",
            )
        if offset == 0:
            _room_for_another(conn, who.device, sha256)
        if not data or offset + len(data) > size:
            raise Refusal("the chunk goes past the bundle's size")
        declared = conn.execute(
            select(bundle_parts.c.size).where(_mine(sha256, who.device)).limit(1)
        ).first()
        if declared is not None and declared[0] != size:
            raise Refusal(
                "the bundle's size changed during its upload: start it again", code="bad_size"
            )
        conn.execute(
            insert(bundle_parts).values(
                sha256=sha256,
                device=who.device,
                offset=offset,
                size=size,
                data=data,
                received_at=now_text(),
            )
        )
        if offset + len(data) < size:
            return Carried(offset + len(data))
    with reading(engine) as conn:
        whole = b"".join(
            chunk
            for (chunk,) in conn.execute(
                select(bundle_parts.c.data)
                .where(_mine(sha256, who.device))
                .order_by(bundle_parts.c.offset)
            )
        )
    refused = ""
    bundle: Opened | None = None
    if hashlib.sha256(whole).hexdigest() == sha256:
        try:
            bundle = opened_bundle(engine, whole)
        except BadBundle as exc:
            refused = str(exc)
    del whole
    with engine.begin() as conn:
        conn.execute(delete(bundle_parts).where(_mine(sha256, who.device)))
        if bundle is None and not refused:
            return Carried(0, damaged=True)  # the drop is committed: it starts again
        if refused:
            return Carried(0, refused=refused)
        assert bundle is not None
        if not _claim(conn, sha256, who.device):  # another carrier imported it meanwhile
            return status(conn, who, sha256)
        savepoint = conn.begin_nested()
        try:
            counts = store_opened(conn, bundle)
        except (BadBundle, Refusal) as exc:
            savepoint.rollback()
            conn.execute(delete(bundle_imports).where(bundle_imports.c.sha256 == sha256))
            return Carried(0, refused=exc.detail if isinstance(exc, Refusal) else str(exc))
        savepoint.commit()
        conn.execute(
            update(bundle_imports).where(bundle_imports.c.sha256 == sha256).values(counts=counts)
        )
        return Carried(0, True, counts)


def _claim(conn: Connection, sha256: str, device: int) -> bool:
    """This transaction imports the bundle (False: another has, or is, and has the row: on
    PostgreSQL the insert waits for that one's commit)."""
    make = pg_insert if conn.engine.dialect.name == "postgresql" else sqlite_insert
    done = conn.execute(
        make(bundle_imports)
        .values(sha256=sha256, carried_by=device, imported_at=now_text(), counts={})
        .on_conflict_do_nothing(index_elements=["sha256"])
        .returning(bundle_imports.c.sha256)
    )
    return done.first() is not None
