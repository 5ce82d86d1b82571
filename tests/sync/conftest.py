import pytest

from central_server.settings import Settings
from tests.central_server.conftest import (  # noqa: F401 - fixtures shared with the server tests
    login,
    server,
)
from tests.central_server.test_entities_server import forms  # noqa: F401 - lists' forms
from tests.desktop_app.conftest import admin, client, home  # noqa: F401


@pytest.fixture
def server_settings(tmp_path):
    """The client side is the subject here: the server on its embedded SQLite."""
    return Settings.resolve(data_dir=str(tmp_path / "server"))
