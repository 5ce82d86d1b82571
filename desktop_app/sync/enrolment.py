"""Enrolling this computer with a server: log in once, keep the device token — encrypted
with the rest of the local data — and the server's address."""

from __future__ import annotations

import platform

from desktop_app.client import UserSession
from desktop_app.draft import audit
from desktop_app.sync.transport import SyncError, Transport
from sync_protocol import LoginAnswer, LoginRequest

SETTING = "server"


class NotEnrolled(SyncError):
    code = "not_enrolled"


def enrol(user: UserSession, url: str, username: str, password: str) -> LoginAnswer:
    transport = Transport(url)
    try:
        answer = transport.login(
            LoginRequest(
                username=username,
                password=password,
                device_label=platform.node()[:200],
                device_id=user.client.device_id,
            )
        )
    finally:
        transport.close()
    token = user.key.encrypt(answer.token.encode(), context="server-token")
    user.store.set_setting(
        SETTING,
        {
            "url": url.rstrip("/"),
            "username": answer.username,
            "role": answer.role,
            "site": answer.site,
            "device": answer.device,
            "token": token.hex(),
        },
    )
    at = user.client.now_text()
    user.store.log(audit(user.user.name, "sync.enrolled", url, at, f"as {answer.username}"))
    return answer


def server_of(user: UserSession) -> dict | None:
    value = user.store.setting(SETTING)
    return value if isinstance(value, dict) else None


def transport_for(user: UserSession, *, timeout: float = 60.0) -> Transport:
    server = server_of(user)
    if not server:
        raise NotEnrolled("this computer is not enrolled with a server yet")
    token = user.key.decrypt(bytes.fromhex(server["token"]), context="server-token").decode()
    return Transport(server["url"], token=token, timeout=timeout)
