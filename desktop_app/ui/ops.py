"""The one way the UI starts background work: ``run_op(fn, on_done, on_failed, parent=...)``.

``fn`` runs on a worker thread and must not touch widgets; its result (or exception) comes
back to the GUI thread by signal. Store work goes to the window's single store thread
(``pool=``), so SQLite sees one background writer; other work uses Qt's global pool.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

T = TypeVar("T")


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Op(QRunnable):
    def __init__(self, fn: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.fn: Callable[[], object] | None = fn
        self.relay = relay

    def run(self) -> None:
        fn, self.fn = self.fn, None  # what it closes over (a session) is let go as it ends
        if fn is None:  # run once only
            return
        try:
            result = fn()
        except Exception as exc:  # delivered to the GUI thread, shown there
            self._deliver(self.relay.failed, exc)
        else:
            self._deliver(self.relay.done, result)

    @staticmethod
    def _deliver(signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the view that asked was closed meanwhile: nobody to tell
            pass


def store_pool(parent: QObject) -> QThreadPool:
    """One thread for all store work started by a window."""
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)
    pool.setExpiryTimeout(-1)
    return pool


def run_op(
    fn: Callable[[], T],
    on_done: Callable[[T], None],
    on_failed: Callable[[Exception], None],
    *,
    parent: QObject,
    pool: QThreadPool | None = None,
) -> _Relay:
    relay = _Relay(parent)
    relay.done.connect(on_done)
    relay.failed.connect(on_failed)
    (pool or QThreadPool.globalInstance()).start(_Op(fn, relay))
    return relay
