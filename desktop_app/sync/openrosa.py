"""The desktop as an OpenRosa client, as ODK Collect is one: connected to an ODK Central
project or a KoboToolbox account (instead of, or as well as, a Daftari server), it lists and
downloads that server's forms with their media files, and sends the finalized submissions of
those forms with their attachments — HEAD, then POST (in several POSTs with
``*isIncomplete*`` when they are more than the server takes at once), Basic or Digest as the
server asks. Safe to retry: the same bytes sent again are answered 202 and make no second
record; a corrected submission goes with a new instanceID naming the one it replaces
(``meta/deprecatedID``), which the server records as an edit.

The address is the one Collect is given: a Central app user's (``https://HOST/v1/key/TOKEN/
projects/1``: no user name or password), a Central web user's (``https://HOST/v1/projects/1``,
with the user's e-mail and password), or a KoboToolbox account's (``https://kc.HOST/USER``,
with the user name and password). A password is kept encrypted under the local user's key,
as the Daftari server's token is."""

from __future__ import annotations

import hashlib
import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import formatdate
from urllib.parse import urlsplit

import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

from desktop_app.client import UserSession
from desktop_app.draft import audit
from desktop_app.sealing import sealed_revision
from desktop_app.sync.enrolment import PlainHttp, plain_http_over_a_public_network
from desktop_app.sync.transport import (
    AuthRefused,
    Refused,
    ServerFailed,
    SyncError,
    check_address,
    reaching,
)
from form_engine import FormLoadError, xmlsafe

log = logging.getLogger("daftari")

LIST = "{http://openrosa.org/xforms/xformsList}"
MANIFEST = "{http://openrosa.org/xforms/xformsManifest}"
RESPONSE = "{http://openrosa.org/http/response}"
DEFAULT_ACCEPT = 10_000_000  # what Collect assumes when a server does not say


class NotOpenRosa(SyncError):
    """What answered is not an OpenRosa server (a hotspot's login page, a proxy, a web page)."""

    code = "not_openrosa"


def _key(user: UserSession) -> str:
    return f"openrosa/{user.user.name.casefold()}"


@dataclass
class Listed:
    form_id: str
    name: str
    version: str
    hash: str
    download_url: str
    manifest_url: str = ""


class OpenRosaTransport:
    """OpenRosa requests, with Collect's headers; network failures said as the native
    transport says them (Offline, AuthRefused, Refused, ServerFailed, NotTheServer)."""

    def __init__(
        self,
        url: str,
        username: str = "",
        password: str = "",
        *,
        timeout: float = 60.0,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.base = check_address(url)
        self.username = username
        self.password = password
        self.timeout = timeout
        self.http = requests.Session()
        self.auth: HTTPBasicAuth | HTTPDigestAuth | None = None
        # more headers on every request (a bench reaching ODK Central without its TLS proxy
        # says X-Forwarded-Proto: https, as that proxy would)
        self.extra_headers = dict(headers or {})
        self.bytes_sent = 0
        self.requests = 0

    def close(self) -> None:
        self.http.close()

    def _send(self, method: str, url: str, **kwargs) -> requests.Response:
        response = self._once(method, url, **kwargs)
        if response.status_code == 401 and self.auth is None and self.username:
            challenge = response.headers.get("WWW-Authenticate", "").lower()
            if challenge.startswith("digest") or ", digest" in challenge:
                self.auth = HTTPDigestAuth(self.username, self.password)
            else:  # Basic asked for, or nothing said (ODK Central sends no challenge)
                if plain_http_over_a_public_network(url):
                    raise PlainHttp(
                        f"{self.base} asks for the password in clear (Basic) over plain http on "
                        "the internet: use its https:// address"
                    )
                self.auth = HTTPBasicAuth(self.username, self.password)
            if self.auth is not None:
                response = self._once(method, url, **kwargs)
        if response.status_code == 401 or (
            response.status_code == 403 and url.endswith("/formList")
        ):
            said = _message(response)
            raise AuthRefused(
                (
                    "the server refused the user name and password"
                    if self.username
                    else "the server refused this address (its token may have been revoked)"
                )
                + (f": {said}" if not said.startswith("HTTP ") else "")
            )
        if response.status_code >= 500:
            raise ServerFailed(
                f"the server failed (HTTP {response.status_code}); it will be tried again"
            )
        return response

    def _once(self, method: str, url: str, **kwargs) -> requests.Response:
        headers = {
            "X-OpenRosa-Version": "1.0",
            "Date": formatdate(usegmt=True),
            "User-Agent": "Daftari (OpenRosa client)",
            **self.extra_headers,
        }
        with reaching(self.base):
            response = self.http.request(
                method, url, headers=headers, auth=self.auth, timeout=self.timeout, **kwargs
            )
        self.requests += 1
        body = kwargs.get("data") or b""
        self.bytes_sent += (len(body) if isinstance(body, bytes) else 0) + 300
        return response

    def _xml(self, response: requests.Response, root: str, what: str) -> ET.Element:
        if response.status_code != 200:
            refused = Refused(
                f"the server answered {what} with HTTP {response.status_code}",
                status=response.status_code,
                problem="openrosa",
            )
            if root == f"{LIST}xforms":
                refused.code = "no_form_list"  # said in the window's language
            raise refused
        try:
            found = xmlsafe.parse(response.content)
        except ET.ParseError:
            found = None
        if found is None or found.tag != root:
            kind = response.headers.get("content-type", "?").split(";")[0]
            raise NotOpenRosa(
                f"{what} came back as something else ({kind}): this address is not an "
                "OpenRosa server's (a login page of a Wi-Fi hotspot or a proxy may be in the way)"
            )
        return found

    def form_list(self) -> list[Listed]:
        root = self._xml(
            self._send("GET", f"{self.base}/formList"), f"{LIST}xforms", "the form list"
        )
        return [
            Listed(
                form_id=x.findtext(f"{LIST}formID", ""),
                name=x.findtext(f"{LIST}name", "") or x.findtext(f"{LIST}formID", ""),
                version=x.findtext(f"{LIST}version", "") or "",
                hash=x.findtext(f"{LIST}hash", "") or "",
                download_url=x.findtext(f"{LIST}downloadUrl", "") or "",
                manifest_url=x.findtext(f"{LIST}manifestUrl", "") or "",
            )
            for x in root.findall(f"{LIST}xform")
        ]

    def fetch(self, url: str, expected: str, what: str) -> bytes:
        """A form or a media file, checked against the MD5 the server listed (as Collect)."""
        response = self._send("GET", url)
        if response.status_code != 200:
            raise Refused(
                f"{what} could not be downloaded (HTTP {response.status_code})",
                status=response.status_code,
                problem="openrosa",
            )
        got = "md5:" + hashlib.md5(response.content, usedforsecurity=False).hexdigest()
        if expected and got != expected.lower():
            raise SyncError(f"{what} did not arrive whole (its MD5 differs): tried again later")
        return response.content

    def manifest(self, url: str) -> list[tuple[str, str, str]]:
        """(file name, hash, where) of each of a form's media files."""
        root = self._xml(self._send("GET", url), f"{MANIFEST}manifest", "the form's manifest")
        return [
            (
                f.findtext(f"{MANIFEST}filename", "") or "",
                f.findtext(f"{MANIFEST}hash", "") or "",
                f.findtext(f"{MANIFEST}downloadUrl", "") or "",
            )
            for f in root.findall(f"{MANIFEST}mediaFile")
        ]

    def submission_target(self) -> tuple[str, int]:
        """Where submissions go and how many bytes one request may carry (HEAD, as Collect)."""
        url = f"{self.base}/submission"
        response = self._send("HEAD", url, allow_redirects=False)
        if response.status_code not in (200, 204):
            raise Refused(
                f"the server does not take submissions here (HTTP {response.status_code})",
                status=response.status_code,
                problem="openrosa",
            )
        limit = response.headers.get("X-OpenRosa-Accept-Content-Length", "")
        return (
            response.headers.get("Location") or url,
            int(limit) if limit.isdigit() and int(limit) > 0 else DEFAULT_ACCEPT,
        )

    def submit(self, url: str, limit: int, xml: bytes, files: dict[str, bytes]) -> tuple[int, str]:
        """The submission in as many POSTs as ``limit`` needs (each with the XML; every one but
        the last says ``*isIncomplete*``): the last answer's status and message."""
        names = list(files)
        at = 0
        while True:
            parts: list[tuple[str, tuple]] = [
                ("xml_submission_file", ("submission.xml", xml, "text/xml"))
            ]
            size = len(xml)
            while at < len(names):
                content = files[names[at]]
                if parts[1:] and size + len(content) > limit:
                    break
                parts.append((names[at], (names[at], content, _kind(names[at]))))
                size += len(content)
                at += 1
            last = at >= len(names)
            if not last:
                parts.append(("*isIncomplete*", (None, b"yes")))
            response = self._send("POST", url, files=parts)
            self.bytes_sent += size
            if response.status_code not in (201, 202) or last:
                return response.status_code, _message(response)


def _kind(name: str) -> str:
    ext = name.rsplit(".", 1)[-1].lower()
    return {
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "png": "image/png",
        "m4a": "audio/mp4",
        "amr": "audio/amr",
        "mp3": "audio/mpeg",
        "mp4": "video/mp4",
        "csv": "text/csv",
    }.get(ext, "application/octet-stream")


def _message(response: requests.Response) -> str:
    """The server's own words (an OpenRosaResponse's message, or a JSON message)."""
    try:
        root = xmlsafe.parse(response.content)
        found = root.findtext(f".//{RESPONSE}message") or root.findtext(".//message")
        if found:
            return found.strip()
    except ET.ParseError:
        pass
    try:
        payload = response.json()
        if isinstance(payload, dict) and payload.get("message"):
            return str(payload["message"])
    except ValueError:
        pass
    return f"HTTP {response.status_code}"


# -- the connection, kept per local user ------------------------------------------------------


def connect(
    user: UserSession,
    url: str,
    username: str = "",
    password: str = "",
    *,
    allow_plain_http: bool = False,
    keep: bool = True,
) -> list[Listed]:
    """Check the address (its form list must come back) and keep it (unless not ``keep``:
    the window keeps it only if the dialog was not cancelled meanwhile), with the password
    encrypted; the forms it lists."""
    if plain_http_over_a_public_network(url) and not allow_plain_http:
        raise PlainHttp(
            f"{url} is plain http on the internet: the password (or the address's token) and "
            "every answer would cross it unencrypted. Use the server's https:// address."
        )
    from desktop_app.sync.engine import SyncReport

    transport = OpenRosaTransport(url, username, password, timeout=30.0)
    report = SyncReport()
    try:
        listed = transport.form_list()
        # its forms at once, not at the next sync: an enumerator connects, then fills
        install_forms(user, transport, listed, report, lambda what, done, total: None)
    finally:
        transport.close()
    if keep:
        keep_connection(user, transport.base, username, password, [f.form_id for f in listed])
    for problem in report.problems:  # a form this computer cannot use: said, the rest kept
        log.warning("openrosa connect: %s", problem)
    return listed


def keep_connection(
    user: UserSession, url: str, username: str, password: str, forms: list[str] | None = None
) -> None:
    """Keep an address that answered (the password encrypted under the user's key), with
    the forms it listed (their submissions go there)."""
    secret = user.key.encrypt(password.encode(), context="openrosa-password").hex()
    base = check_address(url)
    user.store.set_setting(
        _key(user),
        {"url": base, "username": username, "password": secret, "forms": sorted(forms or [])},
    )
    at = user.client.now_text()
    host = urlsplit(base).hostname or base
    user.store.log(audit(user.user.name, "openrosa.connected", host, at, username))


def forget(user: UserSession) -> None:
    user.store.set_setting(_key(user), None)


def peer_of(user: UserSession) -> dict | None:
    value = user.store.setting(_key(user))
    return value if isinstance(value, dict) and value.get("url") else None


def peer_forms(user: UserSession) -> set[str]:
    """The forms whose submissions go to the OpenRosa server (those it lists)."""
    peer = peer_of(user)
    return set(peer.get("forms", [])) if peer else set()


def transport_of(user: UserSession, *, timeout: float = 60.0) -> OpenRosaTransport:
    peer = peer_of(user)
    if peer is None:
        raise SyncError(f"{user.user.name} is not connected to an ODK Central or Kobo server")
    password = user.key.decrypt(bytes.fromhex(peer["password"]), context="openrosa-password")
    return OpenRosaTransport(
        peer["url"], peer.get("username", ""), password.decode(), timeout=timeout
    )


# -- a sync with it ---------------------------------------------------------------------------


def sync(user: UserSession, report=None):
    """One sync with this user's OpenRosa server, on a connection of its own: the report
    (``report`` added to, when given)."""
    from desktop_app.sync.engine import SyncReport

    report = report if report is not None else SyncReport()
    transport = transport_of(user)
    try:
        sync_peer(user, transport, report, lambda what, done, total: None)
    finally:
        transport.close()
    return report


def sync_peer(
    user: UserSession,
    transport: OpenRosaTransport,
    report,
    tell: Callable[[str, int, int], None],
) -> None:
    """New forms (and new versions) down, this user's finalized submissions of its forms up;
    each acknowledged one is marked sent, as a native sync does."""
    peer = peer_of(user) or {}
    listed = transport.form_list()
    install_forms(user, transport, listed, report, tell)
    forms = sorted({f.form_id for f in listed} | set(peer.get("forms", [])))
    now = peer_of(user)  # read again: forgotten or changed meanwhile, it stays so
    if now is not None and now.get("url") == peer.get("url"):
        user.store.set_setting(_key(user), {**now, "forms": forms})
    _send(user, transport, forms, report, tell)


def install_forms(
    user: UserSession,
    transport: OpenRosaTransport,
    listed: list[Listed],
    report,
    tell: Callable[[str, int, int], None],
) -> None:
    """Install the listed forms (and new versions) this computer does not have yet, with
    their media files."""
    installed = {(f.form_id, f.version) for f in user.client.forms(latest_only=False)}
    for n, f in enumerate(listed, 1):
        tell("forms", n, len(listed))
        if (f.form_id, f.version) in installed:
            continue
        xform = transport.fetch(f.download_url, f.hash, f"the form {f.name}")
        files = {}
        if f.manifest_url:
            for name, expected, where in transport.manifest(f.manifest_url):
                files[name] = transport.fetch(where, expected, f"{f.name}'s file {name}")
        try:
            result = user.client.install_xform(xform, files, by=user.user.name)
        except FormLoadError as exc:
            report.problems.append(f"the form {f.name} cannot be used here: {exc}")
            continue
        if result.new:
            report.forms_installed.append(result.form.title)


def _send(user: UserSession, transport: OpenRosaTransport, forms, report, tell) -> None:
    """This user's finalized submissions of ``forms`` up; each acknowledged one marked sent."""
    outbox = [(s, r) for s, r in user.store.outbox(user.user.name) if s.form_id in forms]
    if not outbox:
        return
    url, limit = transport.submission_target()
    for n, (sub, rev) in enumerate(outbox, 1):
        tell("submissions", n - 1, len(outbox))
        xml = user.revision_xml(rev)
        files = {
            name: user.attachment(sub.uuid, name) for name in user.store.attachments_of(sub.uuid)
        }
        form = user.client.form(sub.form_id, sub.form_version)
        if form.public_key:  # an encrypted form: sealed once, as Collect seals it
            xml, paths = sealed_revision(user, form, sub.uuid, rev.revision, xml, files)
            files = {name: path.read_bytes() for name, path in paths.items()}
        status, message = transport.submit(url, limit, xml, files)
        at = user.client.now_text()
        if status in (201, 202):
            event = audit(user.user.name, "openrosa.acknowledged", sub.uuid, at, f"HTTP {status}")
            user.store.mark_sent([(sub.uuid, rev.revision, event)], at=at)
            report.sent += 1
        elif status == 409:  # the same instanceID with other bytes: kept there, a person decides
            event = audit(user.user.name, "openrosa.conflict", sub.uuid, at, message[:200])
            user.store.mark_sent([(sub.uuid, rev.revision, event)], at=at)
            report.conflicts += 1
        elif status == 400:  # the server cannot take it as it is: back to the enumerator
            user.store.return_for_correction(
                sub.uuid,
                at=at,
                note=user.seal_note(sub.uuid, message),
                audit=audit(user.user.name, "openrosa.rejected", sub.uuid, at, "HTTP 400"),
            )
            report.rejected += 1
        else:  # the form closed or not assigned to this account, ...: it waits, said why
            report.problems.append(f"submission {sub.uuid} was not taken: {message}")
    tell("submissions", len(outbox), len(outbox))
