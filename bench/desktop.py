"""Desktop client figures: cold start, opening a 1,000-question form, next-page latency,
autosave commit time, and the submissions list with 100,000 submissions.

    .venv/bin/python bench/desktop.py [--submissions 100000] [--questions 1000]

Targets (issue 3): start under 2 s; next page under 50 ms at p99; autosave under 10 ms at
p99; the 100,000-submission list under 1 s. Runs offscreen. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid as uuidlib
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.form_engine import big_form, percentile  # noqa: E402
from bench.machine import say as say_machine  # noqa: E402
from desktop_app.app import open_client  # noqa: E402
from desktop_app.draft import canonical_json  # noqa: E402
from desktop_app.ui.questions import EDITOR_WORDS  # noqa: E402

PASSWORD = "bench-password"

STARTUP = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop_app.app import open_client
from desktop_app.ui.i18n import load_fonts
from desktop_app.ui.main_window import MainWindow
app = QApplication([])
load_fonts()
window = MainWindow(open_client(sys.argv[1]))
window.show()
def ready():
    print("READY", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def cold_start(home: Path, runs: int = 5) -> list[float]:
    times = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", STARTUP, str(home)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        assert "READY" in out.stdout
        times.append(time.perf_counter() - t)
    return times


def pump(app, until, timeout: float = 30.0) -> float:
    t = time.perf_counter()
    while not until():
        app.processEvents()
        if time.perf_counter() - t > timeout:
            raise TimeoutError
    return time.perf_counter() - t


def fill_store(user, n: int) -> None:
    """n submissions written straight into the table in one transaction (bench setup only)."""
    client = user.client
    form = client.form("population")
    data = canonical_json({"zone": "bench"})
    conn = client.store._connections.get()
    now = client.now_text()
    rows = []
    for i in range(n):
        uuid = str(uuidlib.uuid4())
        rows.append(
            (
                uuid,
                form.form_id,
                form.version,
                "draft" if i % 10 < 8 else ("finalized", "sent")[i % 2],
                "bench",
                "",
                "Kakuma",
                client.device_id,
                now,
                f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00",
                user.key.encrypt(f"kakuma-{i} household".encode(), context=uuid + "/title"),
                user.key.encrypt(data, context=uuid),
            )
        )
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO submissions (uuid, form_id, form_version, status, enumerator, enumerator_id, "
        "site, device_id, created_at, updated_at, title, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.execute("COMMIT")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--submissions", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=1000)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.filling import FillingView, hold_for_filling
    from desktop_app.ui.home import HomeView
    from desktop_app.ui.ops import store_pool

    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        home = tmp_path / "home"
        client = open_client(str(home))
        user = client.create_first_user("bench", PASSWORD, site="Kakuma")
        client.close()

        starts = cold_start(home)
        print(
            f"cold start to a usable window (process start to first event, {len(starts)} runs): "
            f"median {statistics.median(starts):.2f} s, max {max(starts):.2f} s"
        )

        client = open_client(str(home))
        user = client.login("bench", PASSWORD)
        form_path = big_form(tmp_path / "big.xlsx", args.questions)
        t = time.perf_counter()
        client.install_form(form_path)
        print(f"installing the {args.questions}-question form: {time.perf_counter() - t:.2f} s")
        t = time.perf_counter()
        draft = user.new_submission("bench")
        view = FillingView(draft, words={k: k for k in EDITOR_WORDS})
        hold_for_filling()  # as the window does when it opens a form
        view.resize(1280, 720)
        view.show()
        app.processEvents()
        print(
            f"opening the {args.questions}-question form (new draft, first page shown): "
            f"{(time.perf_counter() - t) * 1000:.0f} ms, {len(view.pages)} pages"
        )

        latencies = []
        for _ in range(min(400, len(view.pages) - 2)):
            t = time.perf_counter()
            view.go(view.index + 1)
            app.processEvents()
            latencies.append((time.perf_counter() - t) * 1000)
        print(
            f"next page on it ({len(latencies)} pages, built, saved and laid out): "
            f"median {statistics.median(latencies):.1f} ms, p99 {percentile(latencies, 99):.1f} ms, "
            f"max {max(latencies):.1f} ms"
        )

        saves = []
        answerable = [
            node
            for el, node in draft.session.walk()
            if el.kind == "question" and el.data_type == "int" and el.control == "input"
        ]
        for i in range(1000):
            node = answerable[(i * 7) % len(answerable)]
            t = time.perf_counter()
            draft.set_answer(node, str(i % 40))
            saves.append((time.perf_counter() - t) * 1000)
        print(
            f"autosave (answer → recompute → encrypt → committed, synchronous=FULL), 1000 answers: "
            f"median {statistics.median(saves):.2f} ms, p99 {percentile(saves, 99):.2f} ms"
        )
        view.close()

        t = time.perf_counter()
        fill_store(user, args.submissions)
        print(f"(setup: {args.submissions} submissions written in {time.perf_counter() - t:.1f} s)")
        pool = store_pool(app)
        t = time.perf_counter()
        home_view = HomeView(user, client.forms(), pool=pool)
        home_view.resize(1280, 720)
        home_view.show()
        home_view.tabs.setCurrentIndex(0)
        pump(app, lambda: home_view.model.rowCount() > 0 and home_view.model.rows)
        opened = time.perf_counter() - t
        rows = home_view.model.rowCount()
        print(
            f"opening the list ({rows} drafts of {args.submissions}), first rows shown: {opened * 1000:.0f} ms"
        )
        jumps = []
        for fraction in (0.25, 0.5, 0.75, 1.0):
            row = int((rows - 1) * fraction)
            t = time.perf_counter()
            home_view.table.scrollTo(home_view.model.index(row, 0))
            app.processEvents()
            uuid = home_view.model.ids[row]
            pump(app, lambda uuid=uuid: uuid in home_view.model.rows)
            jumps.append((time.perf_counter() - t) * 1000)
        print(
            f"scrolling to 25/50/75/100 %: rows shown in {', '.join(f'{j:.0f}' for j in jumps)} ms"
        )
        t = time.perf_counter()
        home_view.search.setText("kakuma-4242 ")
        home_view._search_timer.stop()
        home_view.reload()
        pump(app, lambda: home_view.model.rowCount() <= 10)
        print(
            f"searching the titles of {rows} drafts (decrypting each): {(time.perf_counter() - t) * 1000:.0f} ms"
        )
        t = time.perf_counter()
        home_view.search.clear()
        home_view._search_timer.stop()
        home_view.tabs.setCurrentIndex(2)
        pump(app, lambda: home_view.model.rowCount() > 1000 and home_view.model.rows)
        print(f"switching to the 'Sent' tab: {(time.perf_counter() - t) * 1000:.0f} ms")
        home_view.close()
        pool.waitForDone()
        client.close()


if __name__ == "__main__":
    say_machine()
    main()
    say_machine()  # the load while it ran
