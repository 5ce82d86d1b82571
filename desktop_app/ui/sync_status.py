"""The sync area of the status bar, and the bridge from the sync thread to the GUI thread:
how many submissions wait, when the last sync succeeded, progress during a sync (items and
bytes), and the last problem in plain words. Problems never pop up; they wait here — a
bundle carried for another device and refused by the server too, said until someone reads
why in the list of carried bundles (Daftari → Bundles brought from USB sticks…)."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store import CarriedBundle
from desktop_app.sync.scheduler import SyncStatus
from desktop_app.ui.i18n import isolate, isolate_ltr
from desktop_app.ui.messages import server_refusal

# the sync's own words (desktop_app.sync.scheduler), said in the interface's language
OFFLINE = "no connection to the server"
REFUSED = "the server refused this computer's login: "
STOPPED = "sync stopped by an error: "


class StatusRelay(QObject):
    changed = Signal(object)  # a SyncStatus, emitted from the sync thread, received on the GUI's


class SyncLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("sync")
        self.status = SyncStatus(state="not_enrolled")
        self.refused_bundles = 0  # carried bundles the server refused, not yet looked at

    def show_refused(self, count: int) -> None:
        """Say that ``count`` carried bundles were refused by the server (0: say nothing)."""
        if count != self.refused_bundles:
            self.refused_bundles = count
            self.show_status(self.status)

    def show_status(self, status: object) -> None:
        assert isinstance(status, SyncStatus)
        self.status = status
        parts = [self.tr("{n} waiting to send").format(n=status.waiting)]
        if status.held:  # the window is locked: these go meanwhile, the rest after unlocking
            parts.append(self.tr("{n} finalized sending while locked").format(n=status.held))
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
            said = (
                server_refusal(status.refusal, status.last_error)  # its English: the tooltip
                if status.refusal
                else self._problem(status.last_error)
            )
            parts.append("⚠ " + said)
        if self.refused_bundles:
            parts.append(
                "⚠ "
                + self.tr(
                    "{n} carried bundle(s) refused: Daftari → Bundles brought from USB sticks"
                ).format(n=self.refused_bundles)
            )
        self.setText(" · ".join(parts))
        if status.state == "idle" and status.counts:
            self.setToolTip(self._report(status.counts))
        else:
            self.setToolTip(status.last_report or status.last_error)

    def _report(self, counts: dict[str, int]) -> str:
        """The last sync's figures in the interface's language ("12 sent; 3 to review")."""
        words = {
            "sent": self.tr("{n} sent"),
            "rejected": self.tr("{n} sent back by the server's checks"),
            "conflicts": self.tr("{n} conflicting"),
            "returned": self.tr("{n} returned for correction"),
            "decisions_sent": self.tr("{n} review decisions sent"),
            "to_review": self.tr("{n} to review"),
            "bundles_delivered": self.tr("{n} carried bundle(s) delivered"),
        }
        said = [
            words[name].format(n=n)
            for name, n in counts.items()
            if name in words and (n or name == "sent")
        ]
        return "; ".join(said)

    def _problem(self, said: str) -> str:
        """The sync's words for a problem, in the interface's language where it has them."""
        if said == OFFLINE:
            return self.tr("no connection to the server")
        if said.startswith(OFFLINE + " ("):  # the reason after it is the system's, as it came
            return self.tr("no connection to the server") + said[len(OFFLINE) :]
        for prefix, words in (
            (REFUSED, self.tr("the server refused this computer's login: ")),
            (STOPPED, self.tr("sync stopped by an error: ")),
        ):
            if said.startswith(prefix):  # the server's or the system's reason as it came
                return words + said[len(prefix) :]
        return said

    def _step(self, step: str) -> str:
        return {
            "submissions": self.tr("submissions"),
            "attachments": self.tr("attachments"),
            "updates": self.tr("updates"),
            "bundles": self.tr("bundles"),
        }.get(step, step)


class CarriedBundlesDialog(QDialog):
    """The bundles brought to this computer on USB sticks, newest first, and what became of
    each — the window's ``daftari bundle list``. Keyboard: the list has the focus, Esc or
    Enter closes."""

    def __init__(self, bundles: list[CarriedBundle], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bundles brought from USB sticks"))
        self.resize(900, 360)
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr(
                "Each bundle stays sealed on this computer until a sync delivers it; the "
                "server then says what became of it."
            )
            if bundles
            else self.tr("No bundle has been brought to this computer (Daftari → Bring a bundle…).")
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.table = QTableWidget(len(bundles), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Brought"), self.tr("By"), self.tr("What became of it")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Bundles brought from USB sticks"))
        for row, b in enumerate(sorted(bundles, key=lambda b: b.added_at, reverse=True)):
            fate = bundle_fate(b)
            cells = [isolate(b.name), isolate_ltr(_moment(b.added_at)), isolate(b.added_by), fate]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(fate)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.accept).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        if bundles:
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()

    def fates(self) -> list[str]:
        """What became of each bundle, as listed (for reading aloud, and for tests)."""
        cells = [self.table.item(r, 3) for r in range(self.table.rowCount())]
        return [cell.text() if cell is not None else "" for cell in cells]  # every row has one


def _moment(at: str) -> str:
    return at[:16].replace("T", " ")


def bundle_fate(bundle: CarriedBundle) -> str:
    """What became of a carried bundle, in the interface's language."""
    if bundle.refused:
        return QCoreApplication.translate("CarriedBundles", "Refused by the server: {why}").format(
            why=refusal_words(bundle.refused)
        )
    if bundle.delivered_at:
        return QCoreApplication.translate("CarriedBundles", "Delivered on {when}: {counts}").format(
            when=isolate_ltr(_moment(bundle.delivered_at)), counts=counts_words(bundle.counts)
        )
    return QCoreApplication.translate("CarriedBundles", "Waiting for the next sync.")


def counts_words(counts: str | dict) -> str:
    """How a delivered bundle's submissions were answered: "12 stored, 3 already there"."""
    found = json.loads(counts) if isinstance(counts, str) else counts
    words = {
        "stored": QCoreApplication.translate("CarriedBundles", "{n} stored"),
        "duplicate": QCoreApplication.translate("CarriedBundles", "{n} already there"),
        "rejected": QCoreApplication.translate(
            "CarriedBundles", "{n} sent back by the server's checks"
        ),
        "conflict": QCoreApplication.translate("CarriedBundles", "{n} conflicting"),
    }
    order = [*words, *sorted(k for k in found if k not in words)]  # stored first
    parts = [
        words.get(kind, "{n} " + kind).format(n=found[kind]) for kind in order if found.get(kind)
    ]
    return ", ".join(parts) or QCoreApplication.translate("CarriedBundles", "no submissions in it")


# The server's reasons for refusing a whole bundle (sync_protocol.bundles, in English), by
# how each starts: said in the interface's language; a reason not listed is shown as it came.
_REFUSALS = {
    "this bundle is from a device this server does not know": "unknown_device",
    "the bundle is damaged or was changed": "damaged",
    "this is not a Daftari bundle": "not_a_bundle",
    "a bundle of version": "version",
    "a bundle of more than": "too_big",
    "the bundle holds more than": "too_big",
    "the bundle's submissions hold more than": "too_big",
    "the bundle's content": "unreadable",
    "the bundle holds no submissions": "unreadable",
}


def refusal_words(why: str) -> str:
    """The server's reason for refusing a carried bundle, in the interface's language."""
    kind = next((k for start, k in _REFUSALS.items() if why.startswith(start)), "")
    return {
        "unknown_device": QCoreApplication.translate(
            "CarriedBundles",
            "the server does not know the device that wrote it (a device of another server, "
            "or one signed out since). Nothing of it was imported.",
        ),
        "damaged": QCoreApplication.translate(
            "CarriedBundles",
            "it is damaged, or was changed since it was written. Nothing of it was imported: "
            "write it again from the enumerator's computer.",
        ),
        "not_a_bundle": QCoreApplication.translate(
            "CarriedBundles", "it is not a Daftari bundle, or it was cut short."
        ),
        "version": QCoreApplication.translate(
            "CarriedBundles",
            "it was written by another version of Daftari than the server reads. Nothing of "
            "it was imported.",
        ),
        "too_big": QCoreApplication.translate(
            "CarriedBundles",
            "it holds more than one bundle may. Nothing of it was imported: write the "
            "submissions in several bundles.",
        ),
        "unreadable": QCoreApplication.translate(
            "CarriedBundles", "its content cannot be read. Nothing of it was imported."
        ),
    }.get(kind, isolate(why))
