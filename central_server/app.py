"""The server's composition root: ``create_app(settings)`` makes the engine, brings the
schema up to date and mounts the routes. Nothing happens at import time."""

from __future__ import annotations

import errno
import json
import logging
import re
import traceback

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from pydantic.json_schema import models_json_schema
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from central_server import accounts, schema, signin
from central_server.db import make_engine, private_database, private_folder, reading
from central_server.errors import Refusal
from central_server.forwarded import ClientAddress
from central_server.intake.checking import Checker
from central_server.intake.gate import RequestGate
from central_server.intake.openrosa import PREFIX as OPENROSA_PREFIX
from central_server.intake.openrosa import is_openrosa_path
from central_server.intake.openrosa import response_body as openrosa_response_body
from central_server.intake.writer import GroupWriter
from central_server.merged import export_jobs
from central_server.routers import (
    assignments,
    auth,
    checks,
    datasets,
    entities,
    forms,
    odata,
    openrosa,
    records,
    review,
    sync,
)
from central_server.settings import Settings
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


def is_odata_path(path: str) -> bool:
    return path.startswith(f"{API}/odata/")


def _as_odata(answer: Response) -> Response:
    """A refusal on an OData address in OData's own error format, as Power BI and Excel read
    it: ``{"error": {"code", "message"}}`` (the same status and headers)."""
    try:
        said = json.loads(bytes(answer.body))
    except ValueError:
        said = {}
    headers = {
        k: v
        for k, v in answer.headers.items()
        if k.lower() not in ("content-length", "content-type")
    }
    body = {"error": {"code": str(said.get("code", "")), "message": str(said.get("detail", ""))}}
    return JSONResponse(body, status_code=answer.status_code, headers=headers)


def _as_openrosa(answer: Response) -> Response:
    """A refusal on an OpenRosa address, as Collect reads one: an OpenRosaResponse with
    ``X-OpenRosa-Version`` (the same status and headers, the message the detail)."""
    try:
        detail = str(json.loads(bytes(answer.body)).get("detail", ""))
    except ValueError:
        detail = ""
    headers = {
        k: v
        for k, v in answer.headers.items()
        if k.lower() not in ("content-length", "content-type")
    }
    headers["X-OpenRosa-Version"] = "1.0"
    return Response(
        openrosa_response_body(detail),
        status_code=answer.status_code,
        media_type="text/xml; charset=utf-8",
        headers=headers,
    )


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


def failed(exc: Exception, method: str, path: str) -> Response:
    """The answer to a request that raised: a refusal as it says; a lost database as 503; a
    full disk as 507; any other error as 500, logged by type and place — never its message,
    which can quote what was sent. On an OpenRosa address, as an OpenRosaResponse."""
    answer = _failed(exc, method, path)
    if is_odata_path(path):
        return _as_odata(answer)
    return _as_openrosa(answer) if is_openrosa_path(path) else answer


def database_lost(exc: BaseException) -> bool:
    """The database restarted, went away or refuses connections for now: a connection of the
    pool found dead, or none to be had (PostgreSQL's connection and shutdown errors)."""
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    state = str(getattr(exc.orig, "sqlstate", "") or "")
    # 08: connection exception; 57P01-57P03: the administrator shut it down, it is crashing
    # or starting (a restart)
    from_psycopg = type(exc.orig).__module__.startswith("psycopg")
    return isinstance(exc, OperationalError) and (
        state.startswith("08")
        or state in ("57P01", "57P02", "57P03")
        or (from_psycopg and not state)  # no connection to be had: refused, reset
    )


def database_busy(exc: BaseException) -> bool:
    """SQLite's write lock held past its wait (a burst of writers): try again shortly."""
    return isinstance(exc, OperationalError) and "database is locked" in str(exc.orig).lower()


def _failed(exc: Exception, method: str, path: str) -> JSONResponse:
    if isinstance(exc, Refusal):
        answer = _problem(exc.status, exc.code, exc.detail)
        answer.headers.update(getattr(exc, "headers", {}))
        return answer
    if database_lost(exc) and not disk_full(exc):
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
    if database_busy(exc):
        log.warning("the database was busy past its wait (%s %s)", method, path)
        answer = _problem(
            503,
            "database_busy",
            "the server is busy: nothing of this request was stored; send it again",
        )
        answer.headers["retry-after"] = "2"
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


class HiddenPhoneKeys(logging.Filter):
    """The access log without a phone's token: ``/key/<token>/formList`` is logged as
    ``/key/…/formList`` (a token in a log reads a site's forms and sends as its user)."""

    KEY = re.compile(r"/key/[^/?\s]+")

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                self.KEY.sub("/key/…", a) if isinstance(a, str) else a for a in record.args
            )
        elif isinstance(record.msg, str):
            record.msg = self.KEY.sub("/key/…", record.msg)
        return True


def _hide_phone_keys() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, HiddenPhoneKeys) for f in access.filters):
        access.addFilter(HiddenPhoneKeys())


def create_app(settings: Settings, *, migrate: bool = True) -> FastAPI:
    _hide_phone_keys()
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
    # submissions arriving together are written in one transaction (central_server.intake.writer)
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
        entities.router,
        assignments.router,
        checks.router,
    ):
        app.include_router(router, prefix=API)
    app.include_router(openrosa.router)  # where OpenRosa clients expect it

    @app.exception_handler(Refusal)
    async def refused(request: Request, exc: Refusal) -> Response:
        return failed(exc, request.method, request.url.path)

    @app.exception_handler(RequestValidationError)
    async def malformed(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        answer = _problem(422, "malformed", f"{where}: {first.get('msg', 'not understood')}")
        if is_odata_path(request.url.path):
            return _as_odata(answer)
        return _as_openrosa(answer) if is_openrosa_path(request.url.path) else answer

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
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
        return await signin.sender_async(engine, settings, address, credentials)

    # answers compressed for clients that take gzip (ODK Collect, the desktop, pandas): a
    # site's entity list or a pull of 1,000 changed households is a fifth of its size on 2G.
    # Files already compressed, and downloads (their length is their progress), are not.
    app.add_middleware(
        GZipMiddleware,
        minimum_size=1400,  # under one TCP segment: nothing to win
        compresslevel=6,  # level 9 costs twice the time for 0.2 % less
        exclude_content_types=(
            *DEFAULT_EXCLUDED_CONTENT_TYPES,
            "application/octet-stream",
            "image/*",
            # a workbook is a zip already
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    )
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
        openrosa_prefix=OPENROSA_PREFIX,
        max_body=settings.max_body_bytes,
        max_inflated=settings.max_inflated_bytes,
        max_public_body=settings.max_public_body_bytes,
        idle_seconds=settings.body_idle_seconds,
        spooled={"/submission"},
        max_spooled=settings.max_submission_bytes,
        spool_dir=settings.data_dir / "incoming",
    )
    # outside the gate: the address the login limits count by, and the scheme the addresses
    # in a form list are written with, are the client's (behind a trusted proxy) already there
    app.add_middleware(ClientAddress, trusted=settings.trusted_proxies)
    if settings.allowed_hosts:  # outermost: links the server writes never name another host
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)

    return app
