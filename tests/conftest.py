import os

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from form_engine import FormSession, load_xlsform  # noqa: E402
from form_engine.authoring import write_xlsform  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
FIXED_NOW = datetime(2026, 3, 14, 9, 30, 0, tzinfo=UTC)


@pytest.fixture
def make_form(tmp_path):
    """Write an XLSForm from rows and load it: make_form(survey, choices=..., settings=...)."""
    counter = iter(range(10_000))

    def make(survey, choices=(), settings=None, files=None, **kw):
        path = tmp_path / f"form{next(counter)}.xlsx"
        for name, text in (files or {}).items():
            (tmp_path / name).write_text(text, encoding="utf-8")
        write_xlsform(
            path,
            survey,
            choices=choices,
            settings=settings or {"form_id": "t", "version": "1"},
            **kw,
        )
        return load_xlsform(path)

    return make


@pytest.fixture
def new_session():
    def new(form, **kw):
        kw.setdefault("now", lambda: FIXED_NOW)
        return FormSession.new(form, **kw)

    return new


def daftari_server(home):
    """``daftari-server --home HOME …`` as a subprocess: ``run(*args, stdin=None)``."""
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def run(*args, stdin=None):
        return subprocess.run(
            [sys.executable, "-m", "central_server.cli", "--home", str(home), *map(str, args)],
            capture_output=True,
            text=True,
            env=env,
            input=stdin,
            timeout=120,
        )

    return run


@pytest.fixture(autouse=True)
def _the_interface_back_in_english(request):
    """A test that puts the interface in another language puts it back: otherwise every test
    after it in the same process reads Arabic or Amharic where it expects English. Said at
    the test that left it so (and undone there), not at the many that would fail after it."""
    yield
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    source = "That password is not right."
    said = QCoreApplication.translate("Messages", source)
    left = app.layoutDirection() != Qt.LayoutDirection.LeftToRight or said != source
    if left:
        from desktop_app.ui.i18n import InterfaceLanguage

        for widget in app.topLevelWidgets():  # a window's own language, put back
            language = getattr(widget, "language", None)
            if isinstance(language, InterfaceLanguage):
                language.apply("en")
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        pytest.fail(
            f"{request.node.nodeid} left the interface in another language ({said!r})",
            pytrace=False,
        )


# -- the server's databases: one PostgreSQL per test process, and a database migrated and
# seeded once (tests.central_server.conftest.seed) that each live server starts from a copy of


@pytest.fixture(scope="session")
def postgres():
    """One PostgreSQL for the session (started on first use); each test gets a database."""
    from tests.postgres import TempPostgres

    pg = TempPostgres()
    yield pg
    pg.stop()


def _seeded(tmp_path_factory, database_url: str | None = None):
    from dataclasses import replace

    from central_server.settings import Settings
    from tests.central_server.conftest import LiveServer, seed

    settings = Settings.resolve(data_dir=str(tmp_path_factory.mktemp("seeded") / "s"))
    live = LiveServer(replace(settings, database_url=database_url) if database_url else settings)
    seed(live.app.state.engine)
    live.stop()
    return live.app.state.engine.url.database or ""


@pytest.fixture(scope="session")
def seeded_sqlite(tmp_path_factory) -> Path:
    """A server database file migrated and seeded once per test process: each test's server
    starts from a copy (migrating and publishing the two forms took 0.4 s a test)."""
    return Path(_seeded(tmp_path_factory))


@pytest.fixture(scope="session")
def seeded_postgres(postgres, tmp_path_factory) -> str:
    """The same on PostgreSQL: the database each test's is made from (CREATE DATABASE …
    TEMPLATE)."""
    return _seeded(tmp_path_factory, postgres.new_database())
