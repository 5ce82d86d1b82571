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
from desktop_app.store import Store
from desktop_app.sync import openrosa
from desktop_app.sync.engine import SyncReport, sync_once
from desktop_app.sync.enrolment import server_of, transport_for
from desktop_app.sync.transport import AuthRefused, Offline, Refused, SyncError, Transport


@dataclass(frozen=True)
class SyncStatus:
    state: str = "idle"  # idle | syncing | offline | failed | not_enrolled
    waiting: int = 0  # this user's finalized, not yet acknowledged
    others_waiting: int = 0  # other local users': they go up when those users sync
    last_success: str | None = None  # when (the computer's clock), text
    last_report: str = ""
    last_error: str = ""
    # the server's code when it refused the sync (transport.Refused.problem), else "": the
    # status bar says it in the interface's language, ``last_error`` being its English
    refusal: str = ""
    # the last sync's figures (sent, rejected, conflicts, returned, decisions_sent,
    # to_review, bundles_delivered), for the status bar to say in the interface's language
    counts: dict[str, int] = field(default_factory=dict)
    step: str = ""  # during a sync: what moves
    done: int = 0
    total: int = 0
    bytes_sent: int = 0
    # while the window is locked: finalized submissions held ready to send (not acknowledged
    # yet); the rest of ``waiting`` goes once someone unlocks (desktop_app.sync.locked)
    held: int = 0


class Stopped(Exception):
    """The scheduler was stopped during a sync (the window locked, another user, closing):
    it ends between two requests, so that what it holds — the user's key — goes soon."""


class Scheduler:
    """The schedule itself — a thread that sleeps until asked or until its delay is up, tries
    (``_once``), and backs off while the server is unreachable. ``SyncScheduler`` syncs a
    logged-in user; ``desktop_app.sync.locked.LockedSender`` sends while the window is locked."""

    def __init__(
        self,
        *,
        on_status: Callable[[SyncStatus], None],
        period: float = 300.0,
        first_retry: float = 5.0,
        longest_retry: float = 600.0,
        rng: random.Random | None = None,
        status: SyncStatus | None = None,
    ) -> None:
        self.on_status = on_status
        self.period = period
        self.first_retry = first_retry
        self.longest_retry = longest_retry
        self.rng = rng or random.Random()
        self.status = status or SyncStatus()  # given: what the status bar said before
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
        if self._stop.is_set():  # stopped (locked, another user, closing): another speaks now
            return
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

    def _once(self) -> None:
        raise NotImplementedError

    def _failed(self, exc: Exception, waiting: int) -> None:
        self._failures += 1
        if isinstance(exc, Offline):
            # the address goes to the tooltip's report; the status says it plainly
            self._publish(
                state="offline",
                waiting=waiting,
                last_error="no connection to the server",
                refusal="",
                last_report=str(exc),
            )
        else:
            self._publish(
                state="failed",
                last_error=_said(exc),
                refusal=exc.problem if isinstance(exc, Refused) else "",
            )

    def _progress(self, transport: Transport | openrosa.OpenRosaTransport):
        def tell(step: str, done: int, total: int) -> None:
            if self._stop.is_set():  # between two requests: the rest waits for the next sync
                raise Stopped
            self._publish(step=step, done=done, total=total, bytes_sent=transport.bytes_sent)

        return tell


class SyncScheduler(Scheduler):
    """A logged-in user's sync: push, pull, review, carried bundles, ODK/Kobo servers."""

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
        super().__init__(
            on_status=on_status,
            period=period,
            first_retry=first_retry,
            longest_retry=longest_retry,
            rng=rng,
        )
        self.user = user
        self.transport_factory = transport_factory

    def _waiting(self) -> tuple[int, int]:
        return waiting_counts(self.user.store, self.user.user.name)

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
        if self._stop.is_set():
            return
        if peer:
            try:  # disconnected from it meanwhile: said as any other failure
                other = openrosa.transport_of(self.user)
            except Exception as exc:
                failures.append(exc)
            else:
                try:
                    openrosa.sync_peer(self.user, other, report, self._progress(other))
                except Exception as exc:
                    failures.append(exc)
                finally:
                    other.close()
        if any(isinstance(exc, Stopped) for exc in failures):
            return
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
            refusal="",
            counts={name: getattr(report, name) for name in COUNTED},
        )


def waiting_counts(store: Store, name: str) -> tuple[int, int]:
    """Finalized, not yet acknowledged: (``name``'s, other local users')."""
    by_whom = store.waiting_by_enumerator()
    mine = sum(n for who, n in by_whom.items() if who.casefold() == name.casefold())
    return mine, sum(by_whom.values()) - mine


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
