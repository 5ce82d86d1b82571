"""The one way the UI starts background work: ``run_op(fn, on_done, on_failed)``.

``fn`` runs on Qt's thread pool and must not touch widgets; its result (or exception) comes back
to the GUI thread by signal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Op(QRunnable):
    def __init__(self, fn: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the GUI thread, shown there
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


def run_op(
    fn: Callable[[], object],
    on_done: Callable[[object], None],
    on_failed: Callable[[Exception], None],
    *,
    parent: QObject,
) -> _Relay:
    relay = _Relay(parent)
    relay.done.connect(on_done)
    relay.failed.connect(on_failed)
    QThreadPool.globalInstance().start(_Op(fn, relay))
    return relay
