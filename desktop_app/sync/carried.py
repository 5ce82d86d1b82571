"""Bundles carried for other devices: a municipal office's desktop takes in a bundle an
enumerator's laptop wrote to a USB stick (``daftari bundle export``) and delivers it to the
server at its next sync, as the server's own ``daftari-server bundle import`` would.

The bundle stays sealed here — it is sealed for its own device and the server, so nothing of
it can be read on this computer, by its clerks or by whoever finds it — and its submissions
stay the enumerator's: the server imports them as that device's, exactly once (a bundle
carried twice, by two offices, or whose submissions the laptop synced itself meanwhile
changes nothing). The upload is in chunks, resumed where the server's copy stops, so a
large bundle gets through a connection that keeps dropping."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from desktop_app.client import UserSession
from desktop_app.errors import ClientError
from desktop_app.session import write_durably
from desktop_app.store import CarriedBundle
from desktop_app.sync.transport import Refused, Transport
from sync_protocol import CHUNK_BYTES
from sync_protocol.bundles import header_problem


class BadBundleFile(ClientError):
    """The file is not a bundle this computer can carry (``name``: the file's)."""

    def __init__(self, message: str, *, code: str = "bad_bundle_file", name: str = "") -> None:
        super().__init__(message, code=code)
        self.name = name


def carry(user: UserSession, path: Path) -> CarriedBundle:
    """Keep the bundle at ``path`` here until a sync delivers it. Refused (with why) when it
    is not a bundle, or this computer has it already."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadBundleFile(f"{path}: cannot be read ({exc.strerror or exc})") from None
    problem = header_problem(data)
    if problem:
        raise BadBundleFile(f"{path.name}: {problem}", code="not_a_bundle", name=path.name)
    sha = hashlib.sha256(data).hexdigest()
    known = user.store.carried(sha)
    if known is not None:
        if known.delivered_at:
            when = f"delivered to the server on {known.delivered_at[:16].replace('T', ' ')}"
        elif known.refused:
            when = f"refused by the server: {known.refused}"
        else:
            when = f"waiting for the next sync since {known.added_at[:16].replace('T', ' ')}"
        raise BadBundleFile(
            f"{path.name}: this bundle was brought here before ({when})",
            code="bundle_known",
            name=path.name,
        )
    home = user.client.home
    home.bundles.mkdir(parents=True, exist_ok=True)
    write_durably(home.bundles / f"{sha}.bundle", data)
    record = CarriedBundle(
        sha256=sha,
        name=path.name[:200],
        size=len(data),
        added_by=user.user.name,
        added_at=user.client.now_text(),
    )
    user.store.add_carried(record)
    return record


def deliver(user: UserSession, transport: Transport, report, tell) -> None:
    """Upload every bundle waiting here; the server imports each with its last chunk. One
    that the server refuses whole is marked so (with the server's words) and not sent again;
    one that fails otherwise waits for the next sync."""
    for bundle in user.store.carried_waiting():
        path = user.client.home.bundles / f"{bundle.sha256}.bundle"
        try:
            counts = _upload(transport, bundle, path, tell)
        except Refused as exc:
            if exc.problem == "bad_bundle":
                user.store.carried_refused(
                    bundle.sha256, str(exc), by=user.user.name, at=user.client.now_text()
                )
                report.problems.append(f"the server refused the bundle {bundle.name}: {exc}")
            else:
                report.problems.append(f"the bundle {bundle.name} could not be delivered: {exc}")
            continue
        except OSError as exc:
            report.problems.append(
                f"the bundle {bundle.name} cannot be read here ({exc.strerror or exc})"
            )
            continue
        user.store.carried_delivered(
            bundle.sha256, counts, by=user.user.name, at=user.client.now_text()
        )
        path.unlink(missing_ok=True)
        report.bundles_delivered += 1
        for status, n in counts.items():
            report.bundle_items[status] = report.bundle_items.get(status, 0) + n


def _upload(transport: Transport, bundle: CarriedBundle, path: Path, tell) -> dict[str, int]:
    state = transport.bundle_status(bundle.sha256)
    restarted = False
    with open(path, "rb") as fh:
        while not state.imported:
            fh.seek(state.received)
            chunk = fh.read(CHUNK_BYTES)
            if not chunk:  # the server says it holds more than the file has
                raise Refused(
                    "the server's copy of this bundle does not match the file here",
                    status=409,
                    problem="mismatch",
                )
            try:
                state = transport.put_bundle_chunk(
                    bundle.sha256, offset=state.received, size=bundle.size, data=chunk
                )
            except Refused as exc:
                if exc.problem == "hash_mismatch" and not restarted:
                    restarted = True  # the server dropped what it had: once more from the start
                elif exc.problem != "resume_from":
                    raise
                state = transport.bundle_status(bundle.sha256)
            tell("bundles", state.received or bundle.size, bundle.size)
    return dict(state.counts)


def counts_text(counts: str | dict) -> str:
    """'12 stored, 3 already there' from a bundle's counts."""
    found = json.loads(counts) if isinstance(counts, str) else counts
    words = {
        "stored": "stored",
        "duplicate": "already there",
        "rejected": "sent back by the server's checks",
        "conflict": "conflicting",
    }
    return ", ".join(f"{n} {words.get(k, k)}" for k, n in sorted(found.items()) if n)
