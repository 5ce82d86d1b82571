"""Render the clerk's keyed entry offscreen to docs/screenshots/ (make screenshots), in
English, Arabic and Amharic: a household questionnaire half keyed, its roster begun, and a
wrong code refused where it was typed."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.app import open_client, standard_forms  # noqa: E402
from desktop_app.ui.i18n import load_fonts  # noqa: E402
from desktop_app.ui.keyed_entry import KeyedEntryView  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PAPER = {  # number, date, the enumerator written on the paper, batch
    "en": ["214", "12/11/2026", "E07 Halima Yusuf", "KK-2026-11-B3"],
    "ar": ["214", "12/11/2026", "حليمة يوسف", "KK-2026-11-B3"],
    "am": ["214", "12/11/2026", "ሃሊማ ዩሱፍ", "AS-2026-11-B3"],
}
NAMES = {"en": "Halima Yusuf", "ar": "حليمة يوسف", "am": "ሃሊማ ዩሱፍ"}
# city, zone, household number, location, consent, household size, then the first member
BOXES = ["1", "Z3", "214", "3.7194 34.8567", "1", "3"]


def pump(app: QApplication, seconds: float = 0.3) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def key(app: QApplication, text: str, enter: bool = True) -> None:
    widget = QApplication.focusWidget()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
    if enter and QApplication.focusWidget() is widget:
        QTest.keyClick(widget, Qt.Key.Key_Return)
    app.processEvents()


def main() -> None:
    app = QApplication([])
    load_fonts()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        client = open_client(Path(folder) / "home")
        client.install_forms(standard_forms())
        client.create_first_user("halima", "kakuma-clerk-1", enumerator_id="C07", site="Kakuma")
        for code in ("en", "ar", "am"):
            client.store.set_setting("interface_language", code)
            client.store.set_setting("form_language", code)
            window = MainWindow(client)
            window.resize(1366, 768)
            window.show()
            window.activateWindow()
            window.centralWidget().password.setText("kakuma-clerk-1")
            window.centralWidget().submit()
            pump(app, 1.0)
            window.stop_sync()
            window._key_form("household", code)
            view = window.centralWidget()
            assert isinstance(view, KeyedEntryView)
            pump(app)
            view.paper_boxes["number"].setFocus()
            for text in PAPER[code]:
                key(app, text)
            for text in BOXES:
                key(app, text)
            key(app, NAMES[code])
            key(app, "2")  # sex: female, on by itself
            key(app, "34")
            key(app, "9", enter=False)  # no relationship has the code 9: refused as typed
            pump(app)
            window.grab().save(str(OUT / f"keyed-entry-{code}.png"))
            print(OUT / f"keyed-entry-{code}.png")
            window.close()
            window.deleteLater()
            pump(app, 0.2)
        client.close()


if __name__ == "__main__":
    main()
