"""For running the app under another ASGI server (``uvicorn --factory
central_server.asgi:from_environment``, gunicorn's uvicorn workers): each process builds the
app from the environment (``DATABASE_URL``, ``DAFTARI_SERVER_HOME``) and checks what it
stores in a thread of its own. ``daftari-server run`` does not use this."""

from __future__ import annotations

from fastapi import FastAPI

from central_server.app import create_app
from central_server.settings import Settings


def from_environment() -> FastAPI:
    return create_app(Settings.resolve(), migrate=False)  # migrate first: `daftari-server init`
