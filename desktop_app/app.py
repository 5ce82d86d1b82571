"""The desktop app's composition root: where paths, settings and the window are put together."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop_app.client import Client
from desktop_app.paths import Home

FORMS_DIR = Path(__file__).resolve().parent.parent / "forms"


def standard_forms(directory: Path = FORMS_DIR) -> list[Path]:
    """The XLSForms shipped with Daftari (household, service access, population)."""
    return sorted(p for p in directory.glob("*.xlsx") if not p.name.startswith("~$"))


def run_gui(args: argparse.Namespace) -> int:
    has_screen = (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or sys.platform != "linux"
    )
    if not has_screen and not os.environ.get("QT_QPA_PLATFORM"):
        print(
            "daftari: no screen found (DISPLAY is not set), so the window cannot open.\n"
            "Run it in a desktop session, or use the headless commands: daftari --help",
            file=sys.stderr,
        )
        return 2
    from desktop_app.ui.main_window import run

    return run(standard_forms())


def open_client(home: str | None = None) -> Client:
    """Open (or create) a client home; the standard surveys are installed on first start."""
    client = Client(Home.resolve(home))
    if not client.store.setting("standard_forms_installed"):
        client.install_forms(standard_forms())
        client.store.set_setting("standard_forms_installed", True)
    return client
