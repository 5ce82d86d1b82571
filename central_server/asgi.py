"""For several worker processes (``daftari-server run --workers N``): each process builds the
app from the environment (``DATABASE_URL``, ``DAFTARI_SERVER_HOME``)."""

from __future__ import annotations

from fastapi import FastAPI

from central_server.app import create_app
from central_server.settings import Settings


def from_environment() -> FastAPI:
    return create_app(Settings.resolve(), migrate=False)  # `run` migrated before forking
