"""The sync area of the status bar, and the bridge from the sync thread to the GUI thread:
how many submissions wait, when the last sync succeeded, progress during a sync (items and
bytes), and the last problem in plain words. Problems never pop up; they wait here."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from desktop_app.sync.scheduler import SyncStatus
from desktop_app.ui.i18n import isolate_ltr


class StatusRelay(QObject):
    changed = Signal(object)  # a SyncStatus, emitted from the sync thread, received on the GUI's


class SyncLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("sync")
        self.status = SyncStatus(state="not_enrolled")

    def show_status(self, status: object) -> None:
        assert isinstance(status, SyncStatus)
        self.status = status
        parts = [self.tr("{n} waiting to send").format(n=status.waiting)]
        if status.others_waiting:
            parts.append(
                self.tr("{n} of other users: sent when they sync").format(n=status.others_waiting)
            )
        if status.state == "syncing":
            if status.step == "review":
                parts.append(self.tr("{n} submissions to review received").format(n=status.done))
            elif status.total:
                parts.append(
                    self.tr("sending {step} {done}/{total}").format(
                        step=self._step(status.step), done=status.done, total=status.total
                    )
                )
            else:
                parts.append(self.tr("syncing…"))
            parts.append(self.tr("{kb} kB sent").format(kb=status.bytes_sent // 1024))
        elif status.state == "not_enrolled":
            parts.append(
                self.tr("you are not connected to a server yet (Daftari → Connect to a server)")
            )
        if status.last_success:
            parts.append(self.tr("last sync {at}").format(at=isolate_ltr(status.last_success)))
        if status.state in ("offline", "failed") and status.last_error:
            parts.append("⚠ " + status.last_error)
        self.setText(" · ".join(parts))
        self.setToolTip(status.last_report or status.last_error)

    def _step(self, step: str) -> str:
        return {
            "submissions": self.tr("submissions"),
            "attachments": self.tr("attachments"),
            "updates": self.tr("updates"),
        }.get(step, step)
