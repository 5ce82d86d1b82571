"""Enrolling with a server: each local user logs in to their own server account once; the
device token is kept encrypted with the rest of the local data, under that local user. On a
shared laptop every submission therefore goes up under the account of the person who made
it — never under the account of whoever happens to be logged in."""

from __future__ import annotations

import ipaddress
import platform
from urllib.parse import urlsplit

from desktop_app.client import UserSession
from desktop_app.draft import audit
from desktop_app.sync.transport import SyncError, Transport
from sync_protocol import LoginAnswer, LoginRequest

SETTING = "server"  # the last address used on this computer (offered to the next user)
LEGACY = "server"  # before per-user logins: one login for the whole computer


def _key(user: UserSession) -> str:
    return f"server/{user.user.name.casefold()}"


class NotEnrolled(SyncError):
    code = "not_enrolled"


class PlainHttp(SyncError):
    code = "plain_http"


def plain_http_over_a_public_network(url: str) -> bool:
    """An ``http://`` address outside the local network: passwords, tokens and answers
    would cross the internet unencrypted."""
    parts = urlsplit(url.strip())
    if parts.scheme != "http":
        return False
    host = (parts.hostname or "").lower()
    if host == "localhost" or host.endswith((".local", ".lan", ".home.arpa")) or "." not in host:
        return False
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return True  # a name on the internet
    # an office's own network (is_private also counts documentation and shared ranges, which
    # are reached over the internet)
    return not (
        address.is_loopback
        or address.is_link_local
        or any(address in network for network in LOCAL_NETWORKS)
    )


LOCAL_NETWORKS = [
    ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7")
]


def enrol(
    user: UserSession, url: str, username: str, password: str, *, allow_plain_http: bool = False
) -> LoginAnswer:
    """Log in to the server once and keep the device token. An ``http://`` address outside
    the local network is refused unless ``allow_plain_http``: the password would cross the
    internet in clear."""
    if plain_http_over_a_public_network(url) and not allow_plain_http:
        raise PlainHttp(
            f"{url} is plain http on the internet: the password, the token and every answer "
            "would cross it unencrypted. Use the server's https:// address (or, only if you "
            "must, allow plain http explicitly)."
        )
    answer = log_in(user, url, username, password)
    keep_enrolment(user, url, answer)
    return answer


def log_in(user: UserSession, url: str, username: str, password: str) -> LoginAnswer:
    """The server's login (the network's part of ``enrol``): nothing kept here yet."""
    transport = Transport(url)
    try:
        return transport.login(
            LoginRequest(
                username=username,
                password=password,
                device_label=platform.node()[:200],
                device_id=user.client.device_id,
            )
        )
    finally:
        transport.close()


def keep_enrolment(user: UserSession, url: str, answer: LoginAnswer) -> None:
    """Keep a login the server gave: its token encrypted under the user's key."""
    token = user.key.encrypt(answer.token.encode(), context="server-token")
    user.store.set_setting(SETTING, {"url": url.rstrip("/")})
    user.store.set_setting(
        _key(user),
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


def server_of(user: UserSession) -> dict | None:
    """This local user's server login, or None. A login made before logins were per user
    belongs to the local user who made it (the audit log says who)."""
    value = user.store.setting(_key(user))
    if isinstance(value, dict):
        return value
    legacy = user.store.setting(LEGACY)
    if isinstance(legacy, dict) and "token" in legacy:
        enrolled = [e for e in user.store.audit_events() if e.action == "sync.enrolled"]
        if enrolled and enrolled[-1].user.casefold() == user.user.name.casefold():
            user.store.set_setting(_key(user), legacy)
            user.store.set_setting(SETTING, {"url": legacy["url"]})
            return legacy
    return None


def last_address(user: UserSession) -> str:
    """The server address last used on this computer, to offer the next user."""
    value = user.store.setting(SETTING)
    return str(value.get("url", "")) if isinstance(value, dict) else ""


def token_of(user: UserSession) -> str:
    """The device token this user's server gave (decrypted with the user's key)."""
    server = server_of(user)
    if not server:
        raise NotEnrolled(
            f"{user.user.name} has not connected to a server yet (Daftari → Connect to a server)"
        )
    return user.key.decrypt(bytes.fromhex(server["token"]), context="server-token").decode()


def transport_for(user: UserSession, *, timeout: float = 60.0) -> Transport:
    token = token_of(user)
    return Transport(str((server_of(user) or {})["url"]), token=token, timeout=timeout)


def move_server(user: UserSession, url: str) -> None:
    """The same server (and login) at another address: moved, or reached through a proxy."""
    server = server_of(user)
    if server is None:
        raise NotEnrolled(f"{user.user.name} has not connected to a server yet")
    user.store.set_setting(_key(user), {**server, "url": url.rstrip("/")})
