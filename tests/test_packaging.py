"""The one-folder desktop build: PyInstaller builds it from packaging/daftari.spec, and the
frozen app opens on a fresh home, creates a user, fills and saves a submission."""

import os
import shutil
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


@pytest.mark.slow
def test_the_server_installs_and_runs_without_the_desktop_client_or_qt(tmp_path):
    """A server machine needs pip install 'daftari[server]': no PySide6, no desktop client."""
    import socket
    import time
    import urllib.request

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True, timeout=120)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    source = tmp_path / "source"  # a copy: building writes into the source folder
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(".git", ".venv", "node_modules", "build", "*.egg-info"),
    )
    install = subprocess.run(
        [bin_dir / "pip", "install", "-q", f"{source}[server]"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    python = bin_dir / "python"
    check = subprocess.run(
        [python, "-c", "import importlib.util as u; print(u.find_spec('PySide6'))"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert check.stdout.strip() == "None", "the server pulled in Qt"
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    server = subprocess.Popen(
        [bin_dir / "daftari-server", "--home", tmp_path / "server", "run"]
        + ["--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=env,
    )
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/ping") as answer:
                    assert b"daftari-sync/1" in answer.read()
                    break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode()[-3000:]
                assert time.time() < deadline, "the server did not answer"
                time.sleep(0.2)
    finally:
        server.kill()
        server.wait(10)
