"""`daftari-server --help` lists every command and choice without loading the server: an
administrator scripting a day's setup pays the start of each command (bench/commands.py
measures it; here, what it must not import)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import sync_protocol
from central_server import choices, review
from central_server.merged import duplicates, exporting

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


def test_a_light_command_on_a_database_at_the_newest_schema_loads_no_migrations(tmp_path):
    """``site list`` on a set-up server: the schema is seen to be the newest without Alembic
    (a new or older database is still migrated: test_receipt_dates' migration test)."""
    env = {**os.environ, "DAFTARI_SERVER_HOME": str(tmp_path)}
    cli = [sys.executable, "-m", "central_server.cli"]
    for setup in (["init"], ["site", "add", "Koboko"]):
        subprocess.run([*cli, *setup], env=env, check=True, capture_output=True, timeout=120)
    probe = (
        "import sys\n"
        "from central_server.cli import main\n"
        "main(['site', 'list'])\n"
        "print('alembic' in sys.modules, 'fastapi' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "Koboko\t0\t0" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "False False"
