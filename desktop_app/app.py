"""The desktop app's composition root: where paths, the client and the window are put
together. Nothing else makes these."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import threading
import traceback
from pathlib import Path

from desktop_app.client import Client
from desktop_app.paths import Home


def _forms_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller build keeps data beside the code
    if frozen:
        return Path(frozen) / "forms"
    return Path(__file__).resolve().parent.parent / "forms"


FORMS_DIR = _forms_dir()


def standard_forms(directory: Path = FORMS_DIR) -> list[Path]:
    """The XLSForms shipped with Daftari (household, service access, population)."""
    return sorted(p for p in directory.glob("*.xlsx") if not p.name.startswith("~$"))


def open_client(home: str | None = None) -> Client:
    """Open (or create) a client home; the standard surveys are installed on first start."""
    client = Client(Home.resolve(home))
    if not client.store.setting("standard_forms_installed"):
        client.install_forms(standard_forms())
        client.store.set_setting("standard_forms_installed", True)
    return client


def setup_logging(home: Home) -> logging.Logger:
    """A rotating log under the home: a windowed build has no stderr."""
    home.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        home.logs / "daftari.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("daftari")
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    return logger


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
    from PySide6.QtWidgets import QApplication

    from desktop_app.errors import ClientError
    from desktop_app.ui.errors import install_error_dialog
    from desktop_app.ui.i18n import load_fonts
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Daftari")
    load_fonts()
    home = Home.resolve(args.home)
    logger = setup_logging(home)
    try:
        client = open_client(args.home)
    except ClientError as exc:
        print(f"daftari: {exc}", file=sys.stderr)
        logger.error("cannot open %s: %s", home.root, exc)
        return 1
    install_error_dialog(logger)
    try:
        window = MainWindow(client)
        window.show()
        if getattr(args, "self_test", False):
            from desktop_app.ui.self_test import run_self_test

            return run_self_test(app, window)
        return app.exec()
    finally:
        client.close()


def log_unexpected(logger: logging.Logger, exc_type, exc, tb) -> str:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    logger.error("unexpected error in %s:\n%s", threading.current_thread().name, details)
    return details
