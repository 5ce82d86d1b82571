"""`daftari-server --help` lists every command and choice without loading the server: an
administrator scripting a day's setup pays the start of each command (bench/commands.py
measures it; here, what it must not import)."""

from __future__ import annotations

import json
import subprocess
import sys

import sync_protocol
from central_server import choices, duplicates, exporting, review

HEAVY = ("sqlalchemy", "fastapi", "pydantic", "pandas", "pyarrow", "pyreadstat", "sync_protocol")


def test_help_loads_none_of_the_server() -> None:
    probe = (
        "import json, sys\n"
        "from central_server.cli import build_parser\n"
        "text = build_parser().format_help()\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "print(json.dumps({'help': text, 'heavy': heavy}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    said = json.loads(done.stdout)
    assert said["heavy"] == []
    for command in ("init", "run", "site", "user", "export", "duplicates", "indicators", "stats"):
        assert command in said["help"]


def test_the_choices_are_the_services_own() -> None:
    assert choices.ROLES == sync_protocol.ROLES
    assert review.STATES is choices.STATES
    assert exporting.FORMATS is choices.FORMATS
    assert duplicates.RESOLUTIONS is choices.RESOLUTIONS


def test_an_export_choice_is_still_refused_with_the_list() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "central_server.cli",
            "export",
            "household",
            "--as",
            "x",
            "--format",
            "sas",
            "--out",
            "x",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "invalid choice: 'sas'" in done.stderr and "parquet" in done.stderr
