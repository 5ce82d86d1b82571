"""A bundle: a device's unsent finalized submissions and their files in one file, for a USB
stick carried to an office or a server that a network does not reach.

Sealed with AES-256-GCM under a key both the device and its server can derive, and no one
else: HKDF-SHA256 of the SHA-256 of the device's sync token (the device keeps the token
encrypted under its user's data key; the server keeps only that hash). So a stick found in
the street reads as noise, and one changed byte anywhere makes the whole bundle refused —
the seal is also its signature. The header, in the clear, says which device's key opens it
(a hash of a hash of the token: nothing an attacker can use) and nothing about what is in it.

    b"DAFTARI-BUNDLE\\x00" | version (1 byte) | key id (16 bytes) | nonce (12 bytes) | sealed

Inside, compressed: ``{"items": [PushItem…], "files": {sha256: base64 of the file}}``."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import zlib

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"DAFTARI-BUNDLE\x00"
VERSION = 1
# What a real stick carries: a week of an enumerator's work is a few hundred submissions
# and their photos (tens of MB). A bundle past these is refused whole, with why, before any
# of it is stored: the sender exports fewer submissions a bundle.
MOST_BYTES = 256 * 1024 * 1024  # a bundle bigger than this is refused before it is read
# what it may unpack to (photos are most of a bundle and barely compress; in the bundle they
# are base64, a third bigger: a real one unpacks to about 4/3 of its size; a "zip bomb"
# stops here, not when the memory runs out)
MOST_INFLATED = 384 * 1024 * 1024
MOST_ITEMS = 5_000  # submissions (revisions) in one bundle
MOST_ITEM_BYTES = 64 * 1024 * 1024  # their answers, all together
MOST_DEPTH = 64  # a bundle is items of submissions: a few levels deep
# JSON values of all kinds (each a Python object once parsed): a real bundle has a few dozen
# an item; a body of empty lists or of numbers would otherwise cost gigabytes to parse
MOST_VALUES = 1_000_000


class BadBundle(ValueError):
    """Not a bundle, damaged, changed, or for another server: refused whole."""


def token_hash(token: str) -> str:
    """What the server keeps of a device's token (central_server.security.token_hash)."""
    return hashlib.sha256(token.encode()).hexdigest()


def key_id(hashed_token: str) -> bytes:
    return hashlib.sha256(b"daftari bundle key id\x00" + hashed_token.encode()).digest()[:16]


def _key(hashed_token: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"daftari bundle v1").derive(
        hashed_token.encode()
    )


def seal(hashed_token: str, items: list[dict], files: dict[str, bytes]) -> bytes:
    """The bundle of ``items`` and ``files``; BadBundle when it would be more than a server
    takes (then export fewer submissions a bundle)."""
    answers = sum(len(str(i.get("json_text", ""))) for i in items)
    if len(items) > MOST_ITEMS or answers > MOST_ITEM_BYTES:
        raise BadBundle(
            f"{len(items)} submissions are more than one bundle carries (at most {MOST_ITEMS}, "
            f"{MOST_ITEM_BYTES // 2**20} MiB of answers): export them in several bundles"
        )
    body = json.dumps(
        {
            "items": items,
            "files": {sha: base64.b64encode(content).decode() for sha, content in files.items()},
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()
    if len(body) > MOST_INFLATED:
        raise BadBundle(
            f"these submissions and photos are more than one bundle carries "
            f"({len(body) // 2**20} MiB; at most {MOST_INFLATED // 2**20} MiB): export them "
            "in several bundles"
        )
    nonce = os.urandom(12)
    header = MAGIC + bytes([VERSION]) + key_id(hashed_token)
    sealed = AESGCM(_key(hashed_token)).encrypt(nonce, zlib.compress(body, 6), header)
    if len(header) + len(nonce) + len(sealed) > MOST_BYTES:
        raise BadBundle(
            f"the bundle would be more than {MOST_BYTES // 2**20} MiB: export the "
            "submissions in several bundles"
        )
    return header + nonce + sealed


def _shape_problem(body: bytes) -> str:
    """What is wrong with the unpacked content's shape, seen before parsing it ("" when
    nothing is): nested deeper than a bundle is (a parser would recurse), or more items or
    more bytes of answers than a bundle carries (parsing them would cost the memory and
    time the bounds are there to save). A bundle is ``{"items": [{…}, …], "files": {…}}``:
    an item is an object opened at depth 2, its content lies deeper; a file is a string at
    depth 2."""
    depth = items = answers = values = 0
    for found in _STRING_OR_BRACKET.finditer(body):
        token = found.group()
        if token in (b"[", b"{", b","):
            values += 1
            if values > MOST_VALUES:
                return (
                    f"the bundle holds more than {MOST_VALUES:,} values: nothing was imported "
                    "(a bundle is submissions, a few dozen values each)"
                )
            if token == b",":
                continue
            if depth == 2 and token == b"{":
                items += 1
                if items > MOST_ITEMS:
                    return (
                        f"the bundle holds more than {MOST_ITEMS} submissions: nothing was "
                        "imported (export them in several bundles)"
                    )
            depth += 1
            if depth > MOST_DEPTH:
                return "the bundle's content is nested too deep: nothing was imported"
        elif token in (b"]", b"}"):
            depth -= 1
        elif depth >= 3:
            answers += len(token)
            if answers > MOST_ITEM_BYTES:
                return (
                    f"the bundle's submissions hold more than {MOST_ITEM_BYTES // 2**20} MiB "
                    "of answers: nothing was imported (export them in several bundles)"
                )
    return ""


_STRING_OR_BRACKET = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{},]')


def header_problem(data: bytes) -> str:
    """What is wrong with a bundle that can be seen without its key ("" when nothing is):
    what a computer carrying it for another device can check."""
    if len(data) > MOST_BYTES:
        return f"a bundle of more than {MOST_BYTES // 2**20} MiB is not read"
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 1 + 16 + 12 + 16:
        return "this is not a Daftari bundle (or it was cut short)"
    if data[len(MAGIC)] != VERSION:
        return f"a bundle of version {data[len(MAGIC)]}: this version of Daftari reads version 1"
    return ""


def opened(data: bytes, hashed_token_for) -> tuple[str, dict]:
    """(the hashed token that opened it, its content); ``hashed_token_for(key_id)`` finds
    the device's hashed token on this server (None: not a device of this server)."""
    head = len(MAGIC) + 1 + 16
    problem = header_problem(data)
    if problem:
        raise BadBundle(problem)
    hashed = hashed_token_for(data[len(MAGIC) + 1 : head])
    if hashed is None:
        raise BadBundle(
            "this bundle is from a device this server does not know (another server's, or "
            "a device signed out since)"
        )
    try:
        packed = AESGCM(_key(hashed)).decrypt(
            data[head : head + 12], data[head + 12 :], data[:head]
        )
        inflater = zlib.decompressobj()
        body = inflater.decompress(packed, MOST_INFLATED + 1)
    except (InvalidTag, zlib.error, ValueError) as exc:
        raise BadBundle(
            "the bundle is damaged or was changed since it was made: nothing was imported"
        ) from exc
    if len(body) > MOST_INFLATED or inflater.unconsumed_tail:
        raise BadBundle(
            f"the bundle holds more than {MOST_INFLATED // 2**20} MiB once unpacked: "
            "nothing was imported (export it in smaller bundles)"
        )
    if not inflater.eof or inflater.unused_data:
        # a sealed bundle ends where its compressed content ends: nothing is ever ignored
        raise BadBundle(
            "the bundle is damaged or was changed since it was made: nothing was imported"
        )
    problem = _shape_problem(body)
    if problem:
        raise BadBundle(problem)
    try:
        content = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise BadBundle("the bundle's content cannot be read: nothing was imported") from exc
    if not isinstance(content, dict) or not isinstance(content.get("items"), list):
        raise BadBundle("the bundle holds no submissions list: nothing was imported")
    return hashed, content


# -- the other way: a server's updates for one device, on a USB stick ---------------------------
# What a sync would have brought a device (its site's entity lists, its assignments, its
# decisions), sealed for that device alone under a key of its own (another HKDF label: a
# submissions bundle and an updates bundle can never be taken for each other).
UPDATES_MAGIC = b"DAFTARI-UPDATES\x00"


def _updates_key(hashed_token: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"daftari updates v1").derive(
        hashed_token.encode()
    )


def seal_updates(hashed_token: str, content: dict) -> bytes:
    """``content`` (``{"pull": PullAnswer as JSON, "made_at": …}``) sealed for the device
    whose token hashes to ``hashed_token``."""
    body = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()
    if len(body) > MOST_INFLATED:
        raise BadBundle(
            f"these updates are more than one bundle carries ({len(body) // 2**20} MiB)"
        )
    nonce = os.urandom(12)
    header = UPDATES_MAGIC + bytes([VERSION]) + key_id(hashed_token)
    return (
        header
        + nonce
        + AESGCM(_updates_key(hashed_token)).encrypt(nonce, zlib.compress(body, 6), header)
    )


def open_updates(data: bytes, hashed_token: str) -> dict:
    """The content of an updates bundle made for this device; BadBundle (with why) when it
    is not one, is another device's, or was changed."""
    head = len(UPDATES_MAGIC) + 1 + 16
    if data.startswith(MAGIC):
        raise _refused(
            "submissions",
            "this is a bundle of submissions for the server, not updates from it: "
            "take it to the office's computer (Daftari → Bring a bundle from another computer)",
        )
    if not data.startswith(UPDATES_MAGIC) or len(data) < head + 12 + 16:
        raise _refused("not_updates", "this is not a Daftari updates bundle (or it was cut short)")
    if data[len(UPDATES_MAGIC)] != VERSION:
        raise _refused(
            "version", f"an updates bundle of version {data[len(UPDATES_MAGIC)]}: this reads 1"
        )
    if data[len(UPDATES_MAGIC) + 1 : head] != key_id(hashed_token):
        raise _refused(
            "other_computer",
            "these updates were made for another computer (or for this one before it was "
            "connected again): ask for a bundle made for this computer",
        )
    try:
        packed = AESGCM(_updates_key(hashed_token)).decrypt(
            data[head : head + 12], data[head + 12 :], data[:head]
        )
        inflater = zlib.decompressobj()
        body = inflater.decompress(packed, MOST_INFLATED + 1)
    except (InvalidTag, zlib.error, ValueError) as exc:
        raise _refused("changed", "the bundle is damaged or was changed since it was made") from exc
    if len(body) > MOST_INFLATED or inflater.unconsumed_tail or not inflater.eof:
        raise _refused("changed", "the bundle is damaged or holds more than a bundle may")
    problem = _updates_shape_problem(body)
    if problem:  # sealed with this computer's key, yet not what a server writes
        raise _refused("changed", problem)
    try:
        content = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise _refused("changed", "the bundle's content cannot be read") from exc
    if not isinstance(content, dict) or not isinstance(content.get("pull"), dict):
        raise _refused("changed", "the bundle holds no updates")
    return content


MOST_UPDATE_VALUES = 5_000_000  # a site's list of 100,000 households is about 1.5 million


def _updates_shape_problem(body: bytes) -> str:
    """Too deep or too many values to parse (before parsing: a few hundred kilobytes of
    small values would cost gigabytes as Python objects)."""
    depth = values = 0
    for found in _STRING_OR_BRACKET.finditer(body):
        token = found.group()
        if token in (b"[", b"{", b","):
            values += 1
            if values > MOST_UPDATE_VALUES:
                return f"the bundle holds more than {MOST_UPDATE_VALUES:,} values"
            if token != b",":
                depth += 1
                if depth > MOST_DEPTH:
                    return "the bundle's content is nested too deep"
        elif token in (b"]", b"}"):
            depth -= 1
    return ""


def _refused(reason: str, message: str) -> BadBundle:
    """A refusal of an updates bundle, with a ``reason`` a program can tell apart."""
    exc = BadBundle(message)
    exc.reason = reason  # type: ignore[attr-defined]
    return exc
