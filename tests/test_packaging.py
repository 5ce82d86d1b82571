"""The one-folder desktop build: PyInstaller builds it from packaging/daftari.spec, and the
frozen app opens on a fresh home, creates a user, fills and saves a submission."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.mark.slow
def test_the_frozen_app_opens_fills_and_saves_a_submission(tmp_path):
    tools = Path(sys.executable).parent
    build = subprocess.run(
        [
            tools / "pyinstaller",
            REPO / "packaging/daftari.spec",
            "--distpath",
            tmp_path / "dist",
            "--workpath",
            tmp_path / "work",
            "-y",
            "--log-level",
            "ERROR",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=900,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    frozen = tmp_path / "dist" / "daftari" / ("daftari.exe" if os.name == "nt" else "daftari")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DAFTARI_HOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    run = subprocess.run(
        [frozen, "--home", tmp_path / "home", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "self-test passed" in run.stdout
    assert (tmp_path / "home" / "daftari.db").is_file()
    # the headless commands are in the same binary
    check = subprocess.run(
        [frozen, "form", "check", REPO / "forms/population.xlsx"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert check.returncode == 0 and "population" in check.stdout
