"""The desktop app's composition root: where paths, settings and the window are put together."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

FORMS_DIR = Path(__file__).resolve().parent.parent / "forms"


def standard_forms(directory: Path = FORMS_DIR) -> list[Path]:
    """The XLSForms shipped with Daftari (household, service access, population)."""
    return sorted(p for p in directory.glob("*.xlsx") if not p.name.startswith("~$"))


def run_gui(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    from desktop_app.ui.main_window import run

    return run(standard_forms())
