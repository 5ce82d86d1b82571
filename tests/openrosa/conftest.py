from tests.central_server.conftest import (  # noqa: F401 - the server on SQLite and PostgreSQL
    login,
    postgres,
    server,
    server_settings,
)
