"""Shared dependencies of the routes: the database connection in a transaction, and who is
asking (from the device token), with role checks."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy.engine import Connection

from central_server.accounts import COLLECT_DEVICE, Principal
from central_server.db import snapshot
from central_server.errors import Forbidden, Unauthenticated
from sync_protocol import a_role


def transaction(request: Request) -> Iterator[Connection]:
    """One transaction per request, committed before the answer is sent."""
    with request.app.state.engine.begin() as conn:
        yield conn


# scope="function": the commit happens before the response goes out. FastAPI's default for
# a yield dependency runs the code after `yield` once the response is sent — the server
# acknowledged submissions it had not yet committed, and a kill lost them (found by
# tests/sync/test_kill_server.py).
Tx = Annotated[Connection, Depends(transaction, scope="function")]


def read_only(request: Request) -> Iterator[Connection]:
    """For routes that only read: on SQLite no write lock (an export or the indicators over
    100,000 submissions would hold every device's sync back for their whole time)."""
    with snapshot(request.app.state.engine) as conn:
        yield conn


Rx = Annotated[Connection, Depends(read_only, scope="function")]


async def principal(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> Principal:
    """Async, so that FastAPI does not hand it to a worker thread: mostly the gate has found
    the principal already."""
    found = getattr(request.state, "principal", None)
    if isinstance(found, Principal):  # the gate already checked the token, before the body
        return found
    if not authorization or not authorization.lower().startswith("bearer "):
        raise Unauthenticated("log in first: this needs a device token")
    token = authorization.split(" ", 1)[1].strip()
    found = await request.app.state.who(token)  # GET routes: the gate only sees bodies
    if found.kind == COLLECT_DEVICE and not request.url.path.startswith(OPENROSA_PATHS):
        raise Unauthenticated("this token is a phone's, for ODK Collect's addresses only")
    return found


# where a phone's token (a Collect device's) is good
OPENROSA_PATHS = ("/formList", "/submission", "/openrosa/")

Who = Annotated[Principal, Depends(principal)]


def require(who: Principal, *roles: str) -> None:
    if who.role not in roles:
        raise Forbidden(f"{a_role(who.role)} cannot do this")
