"""Logging in (a device token per login), listing and revoking one's devices."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from sqlalchemy.engine import Engine
from starlette.concurrency import run_in_threadpool

from central_server import accounts, signin
from central_server.accounts import Principal
from central_server.db import writing
from central_server.deps import Tx, Who
from central_server.errors import Unauthenticated
from sync_protocol import Answer, DeviceInfo, DevicesAnswer, LoginAnswer, LoginRequest

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/login", response_model=LoginAnswer)
async def login(body: LoginRequest, request: Request) -> LoginAnswer:
    # counted, or refused, before any password work; the password checked with no
    # transaction open and no request thread waiting for it (central_server.signin)
    engine = request.app.state.engine
    address = request.client.host if request.client else "?"
    found = await signin.by_password_async(
        engine, request.app.state.settings, address, body.username, body.password
    )
    if found.disabled:  # said only to whoever knows the password
        raise Unauthenticated("this account is disabled", code="disabled")
    token, who = await run_in_threadpool(_enrol, engine, found.who, body)
    return LoginAnswer(
        token=token,
        device=who.device,
        username=who.username,
        role=who.role,  # type: ignore[arg-type]
        site=who.site,
    )


def _enrol(engine: Engine, who: Principal, body: LoginRequest) -> tuple[str, Principal]:
    with writing(engine) as conn:
        return accounts.enrol(conn, who, label=body.device_label, device_id=body.device_id)


@router.get("/devices", response_model=DevicesAnswer)
def my_devices(who: Who, conn: Tx) -> DevicesAnswer:
    return DevicesAnswer(
        devices=[DeviceInfo(**d) for d in accounts.user_devices(conn, who.user_id)]
    )


@router.delete("/devices/{device}", response_model=Answer)
def revoke(device: Annotated[int, Path(ge=1, le=2**31 - 1)], who: Who, conn: Tx) -> Answer:
    accounts.revoke_device(conn, who, device)
    return Answer()
