"""Render the supervisor's review and the Secretariat's view offscreen to docs/screenshots/
(make screenshots), in English, Arabic and Amharic. A real server runs on 127.0.0.1 in a
throw-away folder; an enumerator's desktop sends household and population surveys to it; a
supervisor's and the Secretariat's desktops read them."""

from __future__ import annotations

import json
import os
import socket
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import uvicorn  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from central_server import accounts, published_forms  # noqa: E402
from central_server.app import create_app  # noqa: E402
from central_server.settings import Settings  # noqa: E402
from desktop_app import reviewing  # noqa: E402
from desktop_app.app import open_client, standard_forms  # noqa: E402
from desktop_app.store import ReviewFilter  # noqa: E402
from desktop_app.sync.engine import sync_once  # noqa: E402
from desktop_app.sync.enrolment import enrol, transport_for  # noqa: E402
from desktop_app.transfer import import_jsonl  # noqa: E402
from desktop_app.ui.i18n import load_fonts  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.review import ReviewView  # noqa: E402
from desktop_app.ui.secretariat import SecretariatView  # noqa: E402
from form_engine.fill import random_submissions  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "ar", "am")
PEOPLE = {  # name: (role, site, password)
    "amina": ("enumerator", "Koboko", "koboko-enum-1"),
    "super_k": ("supervisor", "Koboko", "koboko-super-1"),
    "rahel": ("secretariat", None, "secretariat-1"),
}


def pump(app: QApplication, until=lambda: True, seconds: float = 20.0) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        if until():
            break
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()


def serve(folder: Path) -> tuple[str, uvicorn.Server]:
    app = create_app(Settings.resolve(data_dir=str(folder)))
    with app.state.engine.begin() as conn:
        accounts.add_site(conn, "Koboko")
        for name, (role, site, password) in PEOPLE.items():
            accounts.add_user(conn, name, role=role, site=site, password=password)
        for form in standard_forms():
            published_forms.publish(conn, form)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="error", lifespan="off"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.02)
    return f"http://127.0.0.1:{sock.getsockname()[1]}", server


def sync(user) -> None:
    transport = transport_for(user)
    try:
        sync_once(user, transport)
    finally:
        transport.close()


def desktop(tmp: Path, name: str, url: str):
    client = open_client(str(tmp / name))
    role, site, password = PEOPLE[name]
    user = client.create_first_user(name, password, site=site or "")
    enrol(user, url, name, password)
    return client, user


def render(app, client, name: str, view_type: type, code: str, ids: list[str], tmp: Path) -> None:
    """Log in as ``name`` in interface language ``code`` and take that person's screens."""
    client.store.set_setting("interface_language", code)
    client.store.set_setting("form_language", code)
    window = MainWindow(client)
    window.resize(1366, 740)
    window.show()
    window.centralWidget().password.setText(PEOPLE[name][2])
    window.centralWidget().submit()
    pump(app, lambda: isinstance(window.centralWidget(), view_type))
    window.stop_sync()
    view = window.centralWidget()

    def shot(what: str) -> None:
        pump(app, seconds=0.3)
        window.grab().save(str(OUT / f"{what}-{code}.png"))
        print(OUT / f"{what}-{code}.png")

    if isinstance(view, ReviewView):
        view.reload()
        shot("review-list")
        view.open(ids[0])
        view.submission_page.comment.setPlainText(COMMENT[code])
        shot("review-submission")
    else:
        tab = view.indicators
        tab.form.setCurrentIndex(tab.form.findData("household"))
        tab.state.setCurrentIndex(tab.state.findData("any"))
        tab.load()
        pump(app, lambda: tab.table.rowCount() > 0)
        tab.indicator.setCurrentIndex(2)
        shot("secretariat-indicators")
        view.setCurrentWidget(view.export)
        export = view.export
        export.form.setCurrentIndex(export.form.findData("household"))
        export.format.setCurrentIndex(export.format.findData("dta"))
        export.state.setCurrentIndex(export.state.findData("any"))
        out = tmp / f"household-{code}.zip"
        export.start(out)
        pump(app, lambda: out.exists() and export.start_button.isEnabled())
        export.said.setText(export.said.text().replace(str(tmp), "~"))
        shot("secretariat-export")
    window.close()
    window.deleteLater()
    pump(app, seconds=0.2)


COMMENT = {
    "en": "Please check the roster",
    "ar": "يرجى التحقق من قائمة أفراد الأسرة",
    "am": "እባክዎ የቤተሰብ ዝርዝሩን ያረጋግጡ",
}


def main() -> None:
    app = QApplication([])
    load_fonts()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        url, server = serve(tmp / "server")
        enumerator, amina = desktop(tmp, "amina", url)
        now = datetime(2026, 11, 20, 9, 0).astimezone()
        subs = tmp / "subs.jsonl"
        with subs.open("w") as fh:
            for seed, (form_id, n) in enumerate((("household", 24), ("population", 4))):
                for e in random_submissions(enumerator.form(form_id), n, seed=seed, now=now):
                    if form_id == "household":
                        e["data"]["identification/consent"] = "yes"
                    fh.write(json.dumps(e) + "\n")
        import_jsonl(amina, subs, finalize=True)
        sync(amina)
        time.sleep(2)  # the server checks what it acknowledged

        supervisor_client, supervisor = desktop(tmp, "super_k", url)
        sync(supervisor)
        ids = reviewing.ids(supervisor, ReviewFilter())
        reviewing.decide(
            supervisor, reviewing.open_copy(supervisor, ids[1]), "approved", role="supervisor"
        )
        reviewing.decide(
            supervisor,
            reviewing.open_copy(supervisor, ids[2]),
            "returned",
            role="supervisor",
            comment="Check the roster",
        )
        secretariat_client, _ = desktop(tmp, "rahel", url)

        for code in LANGUAGES:
            render(app, supervisor_client, "super_k", ReviewView, code, ids, tmp)
            render(app, secretariat_client, "rahel", SecretariatView, code, ids, tmp)
        for client in (enumerator, supervisor_client, secretariat_client):
            client.close()
        server.should_exit = True


if __name__ == "__main__":
    main()
