import shutil
import socket
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
import requests
import uvicorn
from sqlalchemy.engine import make_url

from central_server import accounts, published_forms
from central_server.app import create_app
from central_server.http_limits import HttpLimits
from central_server.intake import checking
from central_server.serving import uvicorn_config
from central_server.settings import Settings
from tests.conftest import REPO

PASSWORDS = {
    "amina": "koboko-enum-1",
    "baraka": "kakuma-enum-1",
    "clerk_k": "koboko-clerk-1",
    "clerk_a": "kakuma-clerk-1",
    "super_k": "koboko-super-1",
    "secretariat": "secretariat-1",
    "admin": "admin-pass-01",
}
USERS = {
    "amina": ("enumerator", "Koboko"),
    "baraka": ("enumerator", "Kakuma"),
    "clerk_k": ("clerk", "Koboko"),
    "clerk_a": ("clerk", "Kakuma"),
    "super_k": ("supervisor", "Koboko"),
    "secretariat": ("secretariat", None),
    "admin": ("admin", None),
}


class LiveServer:
    """The real ASGI app under uvicorn, on 127.0.0.1, in a thread of the test process: run as
    `daftari-server run` runs it (central_server.serving.uvicorn_config)."""

    def __init__(self, settings: Settings, limits: HttpLimits | None = None) -> None:
        self.app = create_app(settings)
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self.sock = sock
        config = uvicorn_config(
            self.app, settings, limits or HttpLimits(), log_level="error", lifespan="off"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self.thread.start()
        deadline = time.time() + 20
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.02)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.app.state.checker.stop()
        self.app.state.engine.dispose()

    def checked(self, timeout: float = 30) -> None:
        """Wait until every stored submission has been checked against its form."""
        deadline = time.time() + timeout
        while checking.waiting(self.app.state.engine):
            if time.time() > deadline:
                raise AssertionError("the server's checker did not catch up")
            time.sleep(0.05)


def seed(engine) -> None:
    with engine.begin() as conn:
        for site in ("Koboko", "Kakuma"):
            accounts.add_site(conn, site)
        for name, (role, site) in USERS.items():
            accounts.add_user(
                conn, name, role=role, site=site, password=PASSWORDS[name], memory_kib=1024
            )  # cheap hashes keep the tests quick
        for form in ("population", "household"):
            published_forms.publish(conn, REPO / "forms" / f"{form}.xlsx")


@pytest.fixture(params=["sqlite", "postgresql"])
def server_settings(request, tmp_path):
    """Every server test runs on the embedded SQLite and on a real PostgreSQL. A test with a
    live ``server`` gets a database seeded already (a copy of one seeded once)."""
    settings = Settings.resolve(data_dir=str(tmp_path / "server"))
    if request.param == "postgresql":
        seeded = "server" in request.fixturenames
        template = request.getfixturevalue("seeded_postgres") if seeded else None
        settings = replace(
            settings, database_url=request.getfixturevalue("postgres").new_database(template)
        )
    return settings


@pytest.fixture
def server(server_settings, request):
    """A live server on the test's database, seeded with the sites, users and forms above
    (server_settings copied them in; a SQLite one of another server_settings, here)."""
    url = make_url(server_settings.database_url)
    kept = Path(url.database or "")
    if url.get_backend_name() == "sqlite" and not kept.exists():
        kept.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(request.getfixturevalue("seeded_sqlite"), kept)
    live = LiveServer(server_settings)
    yield live
    live.stop()


def tokens_for(url: str):
    """name -> a Bearer token of that seeded account on the server at ``url`` (each signed in
    once)."""
    tokens: dict[str, str] = {}

    def token_for(name: str) -> str:
        if name not in tokens:
            r = requests.post(
                f"{url}/api/v1/auth/login",
                json={"username": name, "password": PASSWORDS[name], "device_label": "test"},
                timeout=30,
            )
            assert r.status_code == 200, r.text
            tokens[name] = r.json()["token"]
        return tokens[name]

    return token_for


@pytest.fixture
def login(server):
    return tokens_for(server.url)
