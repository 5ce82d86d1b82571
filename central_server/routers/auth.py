"""Logging in (a device token per login), listing and revoking one's devices."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request

from central_server import accounts
from central_server.deps import Tx, Who
from sync_protocol import Answer, DeviceInfo, DevicesAnswer, LoginAnswer, LoginRequest

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/login", response_model=LoginAnswer)
def login(body: LoginRequest, request: Request) -> LoginAnswer:
    engine = request.app.state.engine
    settings = request.app.state.settings
    address = request.client.host if request.client else "?"
    with engine.begin() as conn:  # counted, or refused, before any password work
        attempt = accounts.claim_attempt(
            conn,
            body.username,
            address,
            per_name_and_address=settings.login_attempts,
            per_address=settings.login_attempts_per_address,
            per_name=settings.login_attempts_per_name,
            window=settings.login_window_seconds,
        )
    with engine.begin() as conn:
        token, who = accounts.login(
            conn,
            body.username,
            body.password,
            label=body.device_label,
            device_id=body.device_id,
        )
        accounts.attempt_succeeded(conn, attempt)
    return LoginAnswer(
        token=token,
        device=who.device,
        username=who.username,
        role=who.role,  # type: ignore[arg-type]
        site=who.site,
    )


@router.get("/devices", response_model=DevicesAnswer)
def my_devices(who: Who, conn: Tx) -> DevicesAnswer:
    return DevicesAnswer(
        devices=[DeviceInfo(**d) for d in accounts.user_devices(conn, who.user_id)]
    )


@router.delete("/devices/{device}", response_model=Answer)
def revoke(device: Annotated[int, Path(ge=1, le=2**31 - 1)], who: Who, conn: Tx) -> Answer:
    accounts.revoke_device(conn, who, device)
    return Answer()
