"""Bundles carried on a USB stick (sync_protocol.bundles): imported with the same exactly-once
rules as sync — through the same store — in one transaction: a bundle imported twice, or
whose submissions were already synced, changes nothing; a damaged or changed bundle, or one
of another server's device, is refused whole and nothing of it is kept."""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections import Counter

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.engine import Engine

from central_server import accounts, uploads
from central_server.db import devices
from central_server.errors import Unauthenticated
from central_server.ingest import Sent, store, why_unreadable
from sync_protocol import PushItem
from sync_protocol.bundles import MOST_BYTES, BadBundle, key_id, opened


def import_bundle(engine: Engine, data: bytes) -> dict[str, int]:
    """How many of the bundle's submissions were stored, were there already (duplicate),
    or were refused (rejected, conflict), by that answer."""
    if len(data) > MOST_BYTES:
        raise BadBundle(f"a bundle of more than {MOST_BYTES // 2**20} MiB is not read")
    with engine.begin() as conn:
        hashes = {
            key_id(h): h
            for (h,) in conn.execute(
                select(devices.c.token_hash).where(devices.c.revoked_at.is_(None))
            )
        }
        hashed, content = opened(data, hashes.get)
        try:
            who, _ = accounts.principal_by_hash(conn, hashed)
        except Unauthenticated as exc:
            raise BadBundle(
                "this bundle's account is disabled on this server: nothing was imported"
            ) from exc
        if who.site_id is None:  # as sync: a site's people send submissions, no one else
            raise BadBundle("this bundle's device belongs to no site: nothing was imported")
        files = content.get("files") or {}
        if not isinstance(files, dict):
            raise BadBundle("the bundle's files are not readable: nothing was imported")
        for sha, text in files.items():
            try:
                body = base64.b64decode(text, validate=True)
            except (binascii.Error, TypeError) as exc:
                raise BadBundle(f"file {sha[:12]}… is damaged: nothing was imported") from exc
            if hashlib.sha256(body).hexdigest() != sha:
                raise BadBundle(f"file {sha[:12]}… is damaged: nothing was imported")
            uploads.store_whole(conn, who, sha, body)
        sent: list[Sent] = []
        counts: Counter[str] = Counter()
        for raw in content["items"]:
            try:
                item = PushItem.model_validate(raw)
            except ValidationError:
                counts["rejected"] += 1  # one unreadable item never blocks the others
                continue
            sent.append(Sent(who, item, why_unreadable(engine, item)))
        for result in store(conn, sent, True) if sent else []:
            counts[result.status] += 1
    return dict(counts)
