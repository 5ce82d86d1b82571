from tests.central_server.conftest import (  # noqa: F401 - fixtures shared with the server tests
    login,
    server,
    server_settings,
)
from tests.desktop_app.conftest import admin, client, home  # noqa: F401
