"""Autosave, proved the hard way: the real window in its own process, typed into key by key,
killed with SIGKILL at random moments; after each restart every answer that was on screen
before the kill is in the database."""

import json
import os
import random
import signal
import subprocess
import sys
import time

from desktop_app.client import Client
from tests.conftest import REPO
from tests.desktop_app.conftest import FAST_KDF

DRIVER = REPO / "tests" / "desktop_app" / "autosave_driver.py"
TRIALS = 12  # random kills here; the CI run stays well under 20 minutes


def start(home, seed):
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(DRIVER), str(home.root), "kakuma-2026", str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def same_or_later(shown: str, stored: str) -> bool:
    """Typing only adds characters: the database holds what was shown, or a later keystroke
    (for a geopoint, each of latitude, longitude and accuracy is typed in turn)."""
    if stored.startswith(shown):
        return True
    return all(
        b.startswith(a) or a == "?" for a, b in zip(shown.split(), stored.split(), strict=False)
    )


def test_every_answer_on_screen_survives_sigkill(home):
    client = Client(home, kdf=FAST_KDF)
    client.create_first_user("amina", "kakuma-2026", site="Kakuma")
    client.close()
    rng = random.Random(20261123)
    on_screen: dict[tuple[str, str], str] = {}  # (uuid, path) -> last value reported shown
    killed = reports = 0
    finalized: set[str] = set()
    for trial in range(TRIALS):
        proc = start(home, trial)
        kill_after = rng.randint(1, 40)
        seen = 0
        for line in proc.stdout:
            event = json.loads(line)
            if event.get("done"):
                break
            if event.get("finalized"):
                finalized.add(event["finalized"])
                continue
            on_screen[(event["uuid"], event["path"])] = event["value"]
            seen += 1
            reports += 1
            if seen == kill_after:
                time.sleep(rng.uniform(0, 0.004))  # land anywhere, even inside the next save
                proc.send_signal(signal.SIGKILL)
                killed += 1
                break
        proc.wait(timeout=60)
        assert proc.returncode in (0, -signal.SIGKILL), proc.stderr.read()
        proc.stdout.close()
        proc.stderr.close()

        client = Client(home, kdf=FAST_KDF)
        user = client.login("amina", "kakuma-2026")
        drafts = {}
        for (uuid, path), shown in on_screen.items():
            if uuid not in drafts:
                drafts[uuid] = user.open_submission(uuid).session
            stored = drafts[uuid].node(path).text
            assert same_or_later(shown, stored), (
                f"trial {trial}: {path} shown {shown!r}, stored {stored!r}"
            )
        client.close()
    assert killed >= TRIALS - 3 and reports > 100
    assert finalized  # the driver also went through finalizing, and those answers were kept too
