"""Render Daftari's main screens offscreen to PNG files in docs/screenshots/ (make screenshots).

Every interface language (Arabic lays the whole window out right to left; Amharic uses the
bundled Ethiopic font), and the mixed cases: an Arabic interface with an English or Amharic
form, an English interface with an Arabic form.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.app import open_client  # noqa: E402
from desktop_app.transfer import import_jsonl  # noqa: E402
from desktop_app.ui.i18n import INTERFACE_LANGUAGES, load_fonts  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from form_engine.fill import random_submissions  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def pump(app: QApplication, seconds: float = 0.4) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()


def main() -> None:
    app = QApplication([])
    load_fonts()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        client = open_client(tmp)
        window = MainWindow(client)
        window.resize(1366, 740)
        window.show()
        pump(app)

        def shot(name: str) -> None:
            pump(app)
            window.grab().save(str(OUT / f"{name}.png"))
            print(OUT / f"{name}.png")

        shot("first-start")
        user = client.create_first_user("Amina Achieng", "kakuma-2026", site="Kakuma")
        now = datetime(2026, 11, 20, 9, 0).astimezone()
        subs = Path(tmp) / "subs.jsonl"
        with subs.open("w") as fh:
            for seed, (form_id, n) in enumerate((("household", 14), ("population", 6))):
                for envelope in random_submissions(client.form(form_id), n, seed=seed, now=now):
                    fh.write(json.dumps(envelope) + "\n")
        import_jsonl(user, subs, finalize=False)
        window._logged_in(user)
        shot("home")

        window.new_submission("household")
        view = window.centralWidget()
        session = view.draft.session
        view.answer(session.node("/data/city"), "kakuma")
        view.answer(session.node("/data/identification/consent"), "yes")
        view.answer(session.node("/data/survey/hh_size"), "12")
        view.answer(session.node("/data/survey/member[3]/name"), "Nyakuoth Deng")
        view.go_to_key("/data/survey/member[3]/sex")
        shot("filling-roster")
        view.go_to_key("/data/survey/member[3]/age")
        view.answer(session.node("/data/survey/member[3]/age"), "340")
        view.boxes[0].show_issue()
        view.toggle_overview()
        shot("filling-overview-and-message")
        view.toggle_overview()

        uuid = view.draft.uuid
        languages = view.draft.form.languages

        def form_language(code: str) -> None:
            view = window.centralWidget()
            view.language.setCurrentIndex(
                next(i for i, name in enumerate(languages) if f"({code})" in name)
            )

        # every interface language, its own form language: home and a roster page
        for code in INTERFACE_LANGUAGES:
            window.set_interface_language(code)
            form_language(code)
            window.centralWidget().go_to_key("/data/survey/member[3]/sex")
            shot(f"filling-{code}")
            window.centralWidget().save_and_close()
            shot(f"home-{code}")
            window.open_submission(uuid)
        # mixed directions: an Arabic interface with other scripts, and the other way round
        window.set_interface_language("ar")
        for code in ("en", "am"):
            form_language(code)
            window.centralWidget().go_to_key("/data/survey/member[3]/age")
            shot(f"mixed-interface-ar-form-{code}")
        form_language("ar")
        view = window.centralWidget()
        view.go(len(view.pages) - 1)
        shot("finalize-ar")
        menu = window.menuBar().actions()[1].menu()  # View: keys shown left to right
        menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
        pump(app)
        menu.grab().save(str(OUT / "menu-ar.png"))
        print(OUT / "menu-ar.png")
        menu.hide()
        window.set_interface_language("en")
        form_language("ar")
        window.centralWidget().go_to_key("/data/survey/member[3]/sex")
        shot("mixed-interface-en-form-ar")
        form_language("en")
        window.close()
        client.close()


if __name__ == "__main__":
    main()
