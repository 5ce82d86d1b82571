"""Sending while the window is locked.

Locking forgets the data key (docs/local-data.md), and a sync needs it: to read a finalized
revision or a photo, to keep what the server sends. Yet an enumerator who finalizes and leaves
the laptop locked while it finds a network expects that work to arrive. So, at lock time and
while the key is still there, ``hold_for_lock`` makes ready what a sync would push — the
finalized revisions the server has not acknowledged, their exact JSON and their files — and
the window forgets the key. ``LockedSender`` then pushes exactly those on the usual schedule,
never pulls (what the server sends is kept encrypted, so it waits for the key), and marks each
acknowledged one sent, which needs no key. Each leaves memory once the server has it;
unlocking stops the sender and the user's own sync takes over.

Left for unlock: submissions whose files do not fit in ``HELD_BYTES``, those of forms that go
to an ODK Central or Kobo server (their password stays encrypted), ones the server's checks
send back (their reasons are kept encrypted: the sync after unlock sends them again and keeps
the answer), bundles carried for other devices, and every pull.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.client import UserSession
from desktop_app.store import Store
from desktop_app.sync.engine import (
    BATCH_ITEMS,
    Outgoing,
    Progress,
    SyncReport,
    _batches,
    _upload_attachments,
    acknowledge,
    gather,
)
from desktop_app.sync.enrolment import server_of, token_of
from desktop_app.sync.scheduler import (
    COUNTED,
    Scheduler,
    Stopped,
    SyncStatus,
    waiting_counts,
)
from desktop_app.sync.transport import Transport
from sync_protocol import PushBatch

log = logging.getLogger("daftari")

# What a locked window may hold, decrypted, to send: a day's work with its photos (an old
# laptop has 2-4 GB); a submission that would not fit waits for unlock.
HELD_BYTES = 64 * 1024 * 1024


@dataclass
class LockedOutbox:
    """What a locked window sends: no data key, no session — the store (statuses and the
    audit log are not encrypted), whose work it is, the server's address and this user's
    device token, and the finalized revisions ready to send."""

    store: Store
    enumerator: str
    url: str
    token: str
    now: Callable[[], str]
    outgoing: list[Outgoing]

    def held(self) -> int:
        return len(self.outgoing)


def hold_for_lock(user: UserSession, *, limit: int = HELD_BYTES) -> LockedOutbox | None:
    """``user``'s finalized revisions waiting for the Daftari server, made ready to send with
    no key (their JSON, and their files read within ``limit`` bytes, oldest first), for the
    window to hold while locked. None when the user has no server or nothing to send; never
    raises (then nothing goes while locked, as before)."""
    try:
        server = server_of(user)
        if not server:
            return None
        token = token_of(user)
        held: list[Outgoing] = []
        used = 0
        for o in gather(user):
            size = len(o.item.json_text)
            files: dict[str, bytes] = {}
            for sha in sorted(o.names):
                if sha in o.sealed:  # sealed for the server on disk: read as it goes, no key
                    continue
                if used + size > limit:
                    break
                files[sha] = o.content(user, sha)
                size += len(files[sha])
            if used + size > limit:
                continue  # waits for unlock; a smaller one after it may still fit
            o.held = files
            used += size
            held.append(o)
    except Exception as exc:  # a damaged record, a full disk sealing a form: sent at unlock
        log.warning("nothing held to send while locked: %s", type(exc).__name__)
        return None
    if not held:
        return None
    return LockedOutbox(
        store=user.store,
        enumerator=user.user.name,
        url=str(server["url"]),
        token=token,
        now=user.client.now_text,
        outgoing=held,
    )


def send_held(
    outbox: LockedOutbox,
    transport: Transport,
    *,
    progress: Progress | None = None,
    batch_items: int = BATCH_ITEMS,
) -> SyncReport:
    """Push what ``outbox`` holds (files first, as a sync does) and mark what the server
    acknowledged sent; what it answered leaves the outbox, what did not get through stays
    for the next try. Never pulls."""
    report = SyncReport()
    tell = progress or (lambda what, done, total: None)
    failed = _upload_attachments(None, transport, list(outbox.outgoing), report, tell)
    ready = [o for o in outbox.outgoing if not failed.intersection(o.names)]
    done = 0
    for batch in _batches(ready, batch_items):
        answer = transport.push(PushBatch(items=[o.item for o in batch]))
        acknowledge(outbox.store, outbox.enumerator, outbox.now(), batch, answer, report)
        asked = {(o.item.uuid, o.item.revision) for o in batch}
        answered = {(r.uuid, r.revision) for r in answer.results} & asked
        outbox.outgoing = [
            o for o in outbox.outgoing if (o.item.uuid, o.item.revision) not in answered
        ]
        done += len(batch)
        tell("submissions", done, len(ready))
    return report


class LockedSender(Scheduler):
    """The sync of a locked window: sends ``outbox`` on the usual schedule (at once, then
    periodically, with backoff while the server cannot be reached, and when asked — a
    connection came back), and says so through ``on_status``."""

    def __init__(
        self,
        outbox: LockedOutbox,
        *,
        on_status: Callable[[SyncStatus], None],
        transport_factory: Callable[[LockedOutbox], Transport] | None = None,
        **schedule,
    ) -> None:
        super().__init__(on_status=on_status, **schedule)
        self.outbox = outbox
        self.transport_factory = transport_factory or (
            lambda o: Transport(o.url, token=o.token, timeout=60.0)
        )

    def _once(self) -> None:
        outbox = self.outbox
        try:
            waiting, others = waiting_counts(outbox.store, outbox.enumerator)
        except Exception:  # the store went away (closing); try again later
            return
        if not outbox.held():
            self._publish(state="idle", waiting=waiting, others_waiting=others, held=0)
            return
        self._publish(
            state="syncing",
            waiting=waiting,
            others_waiting=others,
            held=outbox.held(),
            step="",
            done=0,
            total=0,
        )
        transport = self.transport_factory(outbox)
        try:
            report = send_held(outbox, transport, progress=self._progress(transport))
        except Stopped:  # unlocked (or closing): the user's own sync goes on from here
            return
        except Exception as exc:  # said in the status bar, tried again later
            self._publish(held=outbox.held())
            self._failed(exc, waiting)
            return
        finally:
            transport.close()
        self._failures = 0
        waiting, others = waiting_counts(outbox.store, outbox.enumerator)
        self._publish(
            state="idle",
            waiting=waiting,
            others_waiting=others,
            held=outbox.held(),
            last_success=time.strftime("%Y-%m-%d %H:%M"),
            last_report=report.summary(),
            last_error="; ".join(report.problems),
            counts={name: getattr(report, name) for name in COUNTED},
        )
