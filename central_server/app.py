"""The server's composition root: ``create_app(settings)`` makes the engine, brings the
schema up to date and mounts the routes. Nothing happens at import time."""

from __future__ import annotations

import errno
import logging
import traceback

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from pydantic.json_schema import models_json_schema
from sqlalchemy.exc import DBAPIError
from starlette.concurrency import run_in_threadpool
from starlette.middleware.trustedhost import TrustedHostMiddleware

from central_server import accounts, export_jobs, schema, signin
from central_server.checking import Checker
from central_server.db import make_engine, private_database, private_folder, reading
from central_server.errors import Refusal
from central_server.forwarded import ClientAddress
from central_server.gate import RequestGate
from central_server.openrosa import FORMS_PATH
from central_server.routers import (
    auth,
    datasets,
    forms,
    odata,
    openrosa,
    records,
    review,
    sync,
)
from central_server.settings import Settings
from central_server.writer import GroupWriter
from sync_protocol import API, PROTOCOL, ExchangeRequest, PushBatch

log = logging.getLogger("daftari.server")


def disk_full(exc: BaseException) -> bool:
    """SQLite's "database or disk is full", PostgreSQL's DiskFull (53100), or ENOSPC."""
    original = getattr(exc, "orig", exc)
    text = str(original).lower()
    return (
        "disk is full" in text
        or "no space left" in text
        or getattr(original, "sqlstate", "") == "53100"
        or getattr(original, "errno", None) == errno.ENOSPC
    )


def _problem(status: int, code: str, detail: str) -> JSONResponse:
    return JSONResponse({"daftari": PROTOCOL, "code": code, "detail": detail}, status_code=status)


def _openapi(app: FastAPI) -> dict:
    """The schema, with what a client sends in a push (the route reads items one by one)."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
    _, definitions = models_json_schema(
        [(PushBatch, "validation"), (ExchangeRequest, "validation")],
        ref_template="#/components/schemas/{model}",
    )
    schema.setdefault("components", {}).setdefault("schemas", {}).update(
        definitions.get("$defs", {})
    )
    app.openapi_schema = schema
    return schema


def failed(exc: Exception, method: str, path: str) -> JSONResponse:
    """The answer to a request that raised: a refusal as it says; a full disk as 507; any
    other error as 500, logged by type and place — never its message, which can quote what
    was sent."""
    if isinstance(exc, Refusal):
        answer = _problem(exc.status, exc.code, exc.detail)
        answer.headers.update(getattr(exc, "headers", {}))
        return answer
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        # The database restarted or dropped the connection: the pool has thrown its old
        # connections away (it does not test each one before use: that was a round trip
        # per request), and the next request gets a fresh one.
        log.warning("the database connection was lost (%s %s); reconnecting", method, path)
        answer = _problem(
            503,
            "database_reconnecting",
            "the server lost its database connection: nothing of this request was stored; "
            "send it again",
        )
        answer.headers["retry-after"] = "1"
        return answer
    if disk_full(exc):
        log.error("the server's disk is full (%s %s)", method, path)
        return _problem(
            507,
            "disk_full",
            "the server's disk is full: nothing of this request was stored; try later",
        )
    log.error(
        "unexpected %s on %s %s, at:\n%s",
        type(exc).__name__,
        method,
        path,
        "".join(traceback.format_tb(exc.__traceback__)),
    )
    return _problem(500, "server_error", "the server failed; nothing of this request was stored")


def create_app(settings: Settings, *, migrate: bool = True) -> FastAPI:
    private_folder(settings.data_dir)
    engine = make_engine(settings.database_url)
    if migrate:
        schema.upgrade(engine)
    private_database(settings.database_url)
    app = FastAPI(
        title="Daftari server",
        version="1",
        openapi_url=f"{API}/openapi.json",
        docs_url=f"{API}/docs",
        redoc_url=None,
    )
    app.state.engine = engine
    # what a bulk push or OpenRosa stored is checked against its form just after: here in a
    # thread, or (daftari-server run) by a checking process of its own
    app.state.checker = Checker(engine) if settings.checker_thread else None
    # submissions arriving together are written in one transaction (central_server.writer)
    app.state.writer = GroupWriter(engine)
    app.state.settings = settings
    export_jobs.forget_old(engine, settings.data_dir)  # a day's exports, and no more
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    for router in (
        auth.router,
        sync.router,
        forms.router,
        records.router,
        review.router,
        datasets.router,
        odata.router,
    ):
        app.include_router(router, prefix=API)
    app.include_router(openrosa.router)  # where OpenRosa clients expect it

    @app.exception_handler(Refusal)
    async def refused(request: Request, exc: Refusal) -> JSONResponse:
        return failed(exc, request.method, request.url.path)

    @app.exception_handler(RequestValidationError)
    async def malformed(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _problem(422, "malformed", f"{where}: {first.get('msg', 'not understood')}")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        return failed(exc, request.method, request.url.path)

    def _touch(device: int) -> None:
        with engine.begin() as conn:
            accounts.touch(conn, device)

    recent = accounts.PrincipalCache()

    async def who(token: str, checked_at_write: bool = False) -> accounts.Principal:
        """For the gate: the lookup is done where the request is — a read of a local file on
        SQLite, one short round trip on PostgreSQL — which costs less than handing it to a
        worker thread and back (measured); a touch, which writes, goes to a thread. A request
        whose writes the writer checks again (``checked_at_write``) may use the token's
        principal of the last minute."""
        if checked_at_write:
            cached = recent.get(token)
            if cached is not None:
                return cached
        with reading(engine) as conn:
            found, seen = accounts.find_principal(conn, token)
        recent.put(token, found)
        if accounts.needs_touch(seen):
            await run_in_threadpool(_touch, found.device)
        return found

    app.state.who = who

    async def basic(credentials: str, address: str) -> accounts.Principal:
        """For the gate: an OpenRosa client's user name and password (slow on purpose: in a
        worker thread; kept five minutes once right)."""
        found = signin.recent_sender(engine, credentials)  # the writer checks it again
        if found is not None:
            return found
        return await run_in_threadpool(signin.sender, engine, settings, address, credentials)

    app.add_middleware(
        RequestGate,
        who=who,
        # answered by the gate itself once the body is read: the busiest route, which needs
        # none of the routing and dependencies (measured: 0.2 ms of 1.4 a submission)
        direct={
            "/submission": lambda who, headers, body: openrosa.receive_submission(
                app.state, who, headers.get("content-type", ""), body
            )
        },
        failed=failed,
        public={f"{API}/auth/login"},
        # their writes go through the writer, which refuses a device revoked meanwhile
        checked_at_write={"/submission", f"{API}/sync/push"},
        basic=basic,
        openrosa={"/submission", "/formList"},
        openrosa_prefix=FORMS_PATH + "/",
        max_body=settings.max_body_bytes,
        max_inflated=settings.max_inflated_bytes,
        max_public_body=settings.max_public_body_bytes,
        idle_seconds=settings.body_idle_seconds,
    )
    # outside the gate: the address the login limits count by, and the scheme the addresses
    # in a form list are written with, are the client's (behind a trusted proxy) already there
    app.add_middleware(ClientAddress, trusted=settings.trusted_proxies)
    if settings.allowed_hosts:  # outermost: links the server writes never name another host
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)

    return app
