"""The server's settings: made once by the composition root (``create_app`` or the CLI) and
passed down; nothing reads the environment at import time."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path
    max_body_bytes: int = 8 * 1024 * 1024  # a push batch or an attachment chunk, as sent
    max_inflated_bytes: int = 16 * 1024 * 1024  # after gunzip: a bomb stops here
    max_public_body_bytes: int = 16 * 1024  # a login, before anyone is known
    # A sender silent this long in the middle of a body is cut off (a 256 KiB chunk on 2G
    # arrives in pieces every few seconds; a connection held open doing nothing is not a sender)
    body_idle_seconds: float = 60.0
    login_attempts: int = 10  # wrong passwords for one name from one address ...
    login_attempts_per_address: int = 50  # ... from one address (an office shares one) ...
    login_attempts_per_name: int = 200  # ... for one name from everywhere ...
    login_window_seconds: int = 300  # ... within this window
    # Reverse proxies whose X-Forwarded-For is believed (their addresses); nobody else's
    trusted_proxies: tuple[str, ...] = ()
    allowed_hosts: list[str] = field(default_factory=list)
    # Check stored submissions in a thread of the app's process (False: `daftari-server run`
    # starts a checking process of its own beside the workers)
    checker_thread: bool = True
    # An OpenRosa submission with its media, as ODK Central takes it (a video from Collect);
    # past 1 MiB it is written to the data folder as it arrives, never held in memory
    max_submission_bytes: int = 100 * 1024 * 1024

    @classmethod
    def resolve(
        cls,
        *,
        db: str | None = None,
        data_dir: str | None = None,
        trusted_proxies: tuple[str, ...] | None = None,
        allowed_hosts: list[str] | None = None,
    ) -> Settings:
        """``--db`` / ``$DATABASE_URL`` (PostgreSQL for scale), else a SQLite file in the
        server's data directory (``$DAFTARI_SERVER_HOME`` or the platform's); reverse proxies
        trusted to say whom they forward for: ``--trusted-proxy`` / ``$DAFTARI_TRUSTED_PROXIES``
        (comma-separated addresses); the host names it answers to: ``--allowed-host`` /
        ``$DAFTARI_ALLOWED_HOSTS`` (every name when none is given)."""
        home = Path(
            data_dir
            or os.environ.get("DAFTARI_SERVER_HOME")
            or platformdirs.user_data_dir("Daftari-server", "Daftari")
        ).expanduser()
        url = db or os.environ.get("DATABASE_URL") or f"sqlite:///{home / 'server.db'}"
        if url.startswith("postgres://"):  # the form many hosts hand out
            url = "postgresql+psycopg://" + url[len("postgres://") :]
        elif url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://") :]
        if trusted_proxies is None:
            listed = os.environ.get("DAFTARI_TRUSTED_PROXIES", "")
            trusted_proxies = tuple(p.strip() for p in listed.split(",") if p.strip())
        if allowed_hosts is None:  # the names clients use for it (a request for another: 400)
            listed = os.environ.get("DAFTARI_ALLOWED_HOSTS", "")
            allowed_hosts = [h.strip() for h in listed.split(",") if h.strip()]
        return cls(
            database_url=url,
            data_dir=home,
            trusted_proxies=trusted_proxies,
            allowed_hosts=allowed_hosts,
        )
