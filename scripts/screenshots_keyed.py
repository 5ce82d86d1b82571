"""Render the clerk's keyed entry offscreen to docs/screenshots/ (make screenshots), in
English, Kiswahili, Arabic and Amharic: a household questionnaire half keyed, its roster begun, and a
wrong code refused where it was typed; and the third look of double entry — a batch's
differences between two clerks' keyings, side by side."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.app import open_client, standard_forms  # noqa: E402
from desktop_app.ui.i18n import InterfaceLanguage, load_fonts  # noqa: E402
from desktop_app.ui.keyed_entry import KeyedEntryView  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
LANGUAGE: list[InterfaceLanguage] = []
PAPER = {  # number, date, the enumerator written on the paper, batch
    "en": ["214", "12/11/2026", "E07 Halima Yusuf", "KK-2026-11-B3"],
    "sw": ["214", "12/11/2026", "E07 Halima Yusuf", "KK-2026-11-B3"],
    "ar": ["214", "12/11/2026", "حليمة يوسف", "KK-2026-11-B3"],
    "am": ["214", "12/11/2026", "ሃሊማ ዩሱፍ", "AS-2026-11-B3"],
}
NAMES = {"en": "Halima Yusuf", "sw": "Halima Yusuf", "ar": "حليمة يوسف", "am": "ሃሊማ ዩሱፍ"}
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
    LANGUAGE.append(InterfaceLanguage(app))  # one for every window: each switch undoes the last
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        client = open_client(Path(folder) / "home")
        client.install_forms(standard_forms())
        client.create_first_user("halima", "kakuma-clerk-1", enumerator_id="C07", site="Kakuma")
        differences(app, client)  # first: English, then Arabic (the interface starts English)
        for code in ("en", "sw", "ar", "am"):
            for key_ in ("interface_language", "form_language"):  # this user's, and the default
                client.store.set_setting(key_, code)
                client.store.set_setting(f"{key_}/halima", code)
            window = MainWindow(client, language=LANGUAGE[0])
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


def differences(app: QApplication, client) -> None:
    """A batch of population papers keyed by two clerks, three answers keyed differently."""
    from desktop_app import batches
    from desktop_app.keying import Keying, written
    from desktop_app.ui.batches_view import BatchesView
    from form_engine.fill import random_submissions

    halima = client.login("halima", "kakuma-clerk-1")
    halima.add_user("juma", "kakuma-clerk-2", site="Kakuma")
    juma = client.login("juma", "kakuma-clerk-2")
    batches.register(
        halima,
        "population",
        "KK-P-12",
        expected=6,
        first_number=41,
        last_number=46,
        verify_percent=100,
    )
    now = datetime(2026, 11, 12, 9, 0).astimezone()
    papers = [e["data"] for e in random_submissions(client.form("population"), 5, seed=3, now=now)]
    slips = {1: "/data/dwellings/n_occupied", 3: "/data/zone", 4: "/data/dwellings/n_dwellings"}
    for who, second in ((halima, False), (juma, True)):
        for i, data in enumerate(papers):
            k = Keying.start(who, "population", batch="KK-P-12", second=second)
            for name, text in (
                ("number", str(41 + i)),
                ("interview_date", "12/11/2026"),
                ("paper_enumerator", "E07"),
            ):
                k.enter_paper(name, text)
            box = k.after(None)
            while box is not None:
                typed = written(data, box)
                if second and slips.get(i) == box.path:
                    typed = "Z4" if box.path.endswith("zone") else str(int(typed or 0) + 10)
                k.enter(box, typed)
                box = k.after(box)
            k.finish()
    for code in ("en", "ar"):
        for key_ in ("interface_language", "form_language"):
            client.store.set_setting(key_, code)
            client.store.set_setting(f"{key_}/halima", code)
        window = MainWindow(client, language=LANGUAGE[0])
        window.resize(1366, 640)
        window.show()
        window.centralWidget().password.setText("kakuma-clerk-1")
        window.centralWidget().submit()
        pump(app, 1.0)
        window.stop_sync()
        window.show_batches()
        view = window.centralWidget()
        assert isinstance(view, BatchesView)
        pump(app)
        view.open_differences()
        pump(app)
        window.grab().save(str(OUT / f"double-entry-{code}.png"))
        print(OUT / f"double-entry-{code}.png")
        window.close()
        window.deleteLater()
        pump(app, 0.2)


if __name__ == "__main__":
    main()
