"""When to sync: after a finalize, when a connection comes back, periodically, and on
"Sync now". A background thread (never Qt's main thread) that sleeps until one of those, tries
(the sync's first request is small: it is the probe), and backs off exponentially (with
jitter) while the server is unreachable. Reports what it does through ``on_status`` — called on its own thread."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from desktop_app.client import UserSession
from desktop_app.sync import openrosa
from desktop_app.sync.engine import SyncReport, sync_once
from desktop_app.sync.enrolment import server_of, transport_for
from desktop_app.sync.transport import AuthRefused, Offline, SyncError, Transport


@dataclass(frozen=True)
class SyncStatus:
    state: str = "idle"  # idle | syncing | offline | failed | not_enrolled
    waiting: int = 0  # this user's finalized, not yet acknowledged
    others_waiting: int = 0  # other local users': they go up when those users sync
    last_success: str | None = None  # when (the computer's clock), text
    last_report: str = ""
    last_error: str = ""
    # the last sync's figures (sent, rejected, conflicts, returned, decisions_sent,
    # to_review, bundles_delivered), for the status bar to say in the interface's language
    counts: dict[str, int] = field(default_factory=dict)
    step: str = ""  # during a sync: what moves
    done: int = 0
    total: int = 0
    bytes_sent: int = 0


class SyncScheduler:
    def __init__(
        self,
        user: UserSession,
        *,
        on_status: Callable[[SyncStatus], None],
        period: float = 300.0,
        first_retry: float = 5.0,
        longest_retry: float = 600.0,
        transport_factory: Callable[[UserSession], Transport] = transport_for,
        rng: random.Random | None = None,
    ) -> None:
        self.user = user
        self.on_status = on_status
        self.period = period
        self.first_retry = first_retry
        self.longest_retry = longest_retry
        self.transport_factory = transport_factory
        self.rng = rng or random.Random()
        self.status = SyncStatus()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._failures = 0
        self._thread = threading.Thread(target=self._run, name="daftari-sync", daemon=True)

    # -- the GUI's side ------------------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()

    def request(self) -> None:
        """Sync as soon as possible (after a finalize, "Sync now", a connection came back)."""
        self._failures = 0
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    # -- the thread ----------------------------------------------------------------------------
    def _publish(self, **changes) -> None:
        self.status = replace(self.status, **changes)
        self.on_status(self.status)

    def _delay(self) -> float:
        if not self._failures:
            return self.period
        base = min(self.longest_retry, self.first_retry * 2 ** (self._failures - 1))
        return base * self.rng.uniform(
            0.5, 1.0
        )  # jitter: a town's laptops do not all retry at once

    def _run(self) -> None:
        delay = 0.0
        while not self._stop.is_set():
            self._wake.wait(delay)
            self._wake.clear()
            if self._stop.is_set():
                return
            self._once()
            delay = self._delay()

    def _waiting(self) -> tuple[int, int]:
        by_whom = self.user.store.waiting_by_enumerator()
        mine = sum(
            n for name, n in by_whom.items() if name.casefold() == self.user.user.name.casefold()
        )
        return mine, sum(by_whom.values()) - mine

    def _once(self) -> None:
        try:
            waiting, others = self._waiting()
        except Exception:  # the store went away (closing); try again later
            return
        native = bool(server_of(self.user))
        peer = openrosa.peer_of(self.user) is not None
        if not native and not peer:
            self._publish(state="not_enrolled", waiting=waiting, others_waiting=others)
            return
        # no separate probe: the sync's first request is one (on 2G a probe is 1.3 s)
        self._publish(state="syncing", waiting=waiting, step="", done=0, total=0)
        report = SyncReport()
        failures: list[SyncError | Exception] = []
        if native:
            transport = self.transport_factory(self.user)
            try:
                report = sync_once(self.user, transport, progress=self._progress(transport))
            except Exception as exc:  # said below; the other server is still tried
                failures.append(exc)
            finally:
                transport.close()
        if peer:
            other = openrosa.transport_of(self.user)
            try:
                openrosa.sync_peer(self.user, other, report, self._progress(other))
            except Exception as exc:
                failures.append(exc)
            finally:
                other.close()
        if failures and len(failures) == int(native) + int(peer):
            self._failed(failures[0], waiting)
            return
        self._failures = 0
        waiting, others = self._waiting()
        problems = [*report.problems, *(_said(exc) for exc in failures)]
        self._publish(
            state="idle",
            waiting=waiting,
            others_waiting=others,
            last_success=time.strftime("%Y-%m-%d %H:%M"),
            last_report=_text(report),
            last_error="; ".join(problems),
            counts={name: getattr(report, name) for name in COUNTED},
        )

    def _failed(self, exc: Exception, waiting: int) -> None:
        self._failures += 1
        if isinstance(exc, Offline):
            # the address goes to the tooltip's report; the status says it plainly
            self._publish(
                state="offline",
                waiting=waiting,
                last_error="no connection to the server",
                last_report=str(exc),
            )
        else:
            self._publish(state="failed", last_error=_said(exc))

    def _progress(self, transport: Transport | openrosa.OpenRosaTransport):
        def tell(step: str, done: int, total: int) -> None:
            self._publish(step=step, done=done, total=total, bytes_sent=transport.bytes_sent)

        return tell


COUNTED = (
    "sent",
    "rejected",
    "conflicts",
    "returned",
    "decisions_sent",
    "to_review",
    "bundles_delivered",
)


def _text(report: SyncReport) -> str:
    return report.summary()


def _said(exc: Exception) -> str:
    """A failed sync in the status bar's words."""
    if isinstance(exc, AuthRefused):
        return f"the server refused this computer's login: {exc}"
    if isinstance(exc, Offline):
        return f"no connection to the server ({exc})"
    if isinstance(exc, SyncError):
        return str(exc)
    return f"sync stopped by an error: {exc}"  # a bug: reported, retried later, never silent
