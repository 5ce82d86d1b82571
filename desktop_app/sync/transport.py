"""HTTP to a Daftari server: the only code in the client that does network I/O.

Every answer is checked for the protocol marker before it is believed: a captive portal's
"200 OK" login page, a proxy's error page or a truncated body is a ``NotTheServer`` error,
never an acknowledgement.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar
from urllib.parse import quote

import requests
from pydantic import BaseModel, ValidationError

from sync_protocol import (
    API,
    PROTOCOL,
    Assignee,
    AssigneeList,
    AssignmentCreate,
    AssignmentList,
    AssignmentPublic,
    AttachmentStatus,
    BundleStatus,
    EntityConflictsAnswer,
    EntityResolution,
    ExchangeAnswer,
    ExchangeRequest,
    LoginAnswer,
    LoginRequest,
    ProgressAnswer,
    ProgressRow,
    PullAnswer,
    PushAnswer,
    PushBatch,
    Reassign,
    ReviewDecisionAnswer,
    ReviewDecisionIn,
    ReviewedEntity,
    ReviewedEntityAnswer,
    ReviewFeed,
)

T = TypeVar("T", bound=BaseModel)
COMPRESS_ABOVE = 1024


class SyncError(Exception):
    """Something stopped a sync; ``str()`` is the plain words for the status bar."""

    code = "sync_failed"


class Offline(SyncError):
    code = "offline"


class NotTheServer(SyncError):
    code = "not_the_server"


class AuthRefused(SyncError):
    code = "auth_refused"


class Refused(SyncError):
    """The server said no to this request (4xx), with its reason."""

    code = "refused"

    def __init__(self, message: str, *, status: int, problem: str) -> None:
        super().__init__(message)
        self.status = status
        self.problem = problem


class ServerFailed(SyncError):
    code = "server_failed"


class BadAddress(SyncError):
    code = "bad_address"


def check_address(url: str) -> str:
    """A server address as the transport uses it; BadAddress when it cannot be one."""
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadAddress(
            f"'{url.strip()}' is not a server address: it starts with http:// or https://"
        )
    return url.strip().rstrip("/")


@contextmanager
def reaching(base: str) -> Iterator[None]:
    """The network's failures in plain words: no connection, or not the server."""
    try:
        yield
    except requests.exceptions.SSLError as exc:
        raise NotTheServer(
            f"the server's certificate was refused ({exc.__class__.__name__})"
        ) from None
    except (
        requests.exceptions.ConnectionError,
        requests.exceptions.Timeout,
        requests.exceptions.ChunkedEncodingError,
    ) as exc:
        raise Offline(f"no connection to {base} ({exc.__class__.__name__})") from None


class Transport:
    def __init__(self, base_url: str, *, token: str = "", timeout: float = 60.0) -> None:
        self.base = check_address(base_url)
        self.token = token
        self.timeout = timeout
        self.http = requests.Session()
        self.bytes_sent = 0
        self.bytes_received = 0
        self.requests = 0

    def close(self) -> None:
        self.http.close()

    def clone(self) -> Transport:
        """Another connection to the same server (for a second request in flight)."""
        return Transport(self.base, token=self.token, timeout=self.timeout)

    def absorb(self, other: Transport) -> None:
        """Count another transport's traffic as this one's, and close it."""
        self.bytes_sent += other.bytes_sent
        self.bytes_received += other.bytes_received
        self.requests += other.requests
        other.close()

    # -- calls ---------------------------------------------------------------------------------
    def ping(self, *, timeout: float = 10.0) -> bool:
        try:
            self._call("GET", "/ping", timeout=timeout)
        except SyncError:
            return False
        return True

    def login(self, request: LoginRequest) -> LoginAnswer:
        return self._call("POST", "/auth/login", body=request, answer=LoginAnswer, auth=False)

    def push(self, batch: PushBatch) -> PushAnswer:
        return self._call("POST", "/sync/push", body=batch, answer=PushAnswer)

    def attachment_status(self, sha256: str) -> AttachmentStatus:
        return self._call("GET", f"/attachments/{sha256}", answer=AttachmentStatus)

    def put_chunk(self, sha256: str, *, offset: int, size: int, data: bytes) -> AttachmentStatus:
        return self._call(
            "PUT",
            f"/attachments/{sha256}",
            raw=data,
            answer=AttachmentStatus,
            params={"offset": offset, "size": size},
        )

    def bundle_status(self, sha256: str) -> BundleStatus:
        return self._call("GET", f"/bundles/{sha256}", answer=BundleStatus)

    def put_bundle_chunk(self, sha256: str, *, offset: int, size: int, data: bytes) -> BundleStatus:
        return self._call(
            "PUT",
            f"/bundles/{sha256}",
            raw=data,
            answer=BundleStatus,
            params={"offset": offset, "size": size},
        )

    def exchange(self, request: ExchangeRequest) -> ExchangeAnswer:
        """Push a first batch and pull since the cursor, in one round trip."""
        return self._call("POST", "/sync/exchange", body=request, answer=ExchangeAnswer)

    def pull(self, cursor: int) -> PullAnswer:
        return self._call("GET", "/sync/pull", params={"cursor": cursor}, answer=PullAnswer)

    def review_feed(
        self, revisions_after: int, decisions_after: int, flags_after: int = 0
    ) -> ReviewFeed:
        """The reviewer's submissions with a revision, decision or change of their quality
        flags newer than the cursors."""
        return self._call(
            "GET",
            "/review/feed",
            params={
                "revisions_after": revisions_after,
                "decisions_after": decisions_after,
                "flags_after": flags_after,
            },
            answer=ReviewFeed,
        )

    def review_decide(self, uuid: str, decision: ReviewDecisionIn) -> ReviewDecisionAnswer:
        return self._call(
            "POST",
            f"/review/submissions/{quote(uuid)}/decisions",
            body=decision,
            answer=ReviewDecisionAnswer,
        )

    def entity_conflicts(self, list_name: str | None = None) -> list[ReviewedEntity]:
        """The entities in conflict this account reviews (a site's: its site's), newest
        first, without their versions; ``list_name``: of that list only."""
        return self._call(
            "GET",
            "/entities/conflicts",
            params={"list": list_name} if list_name else None,
            answer=EntityConflictsAnswer,
        ).entities

    def entity(self, uuid: str) -> ReviewedEntity:
        """An entity and every version it has had, oldest first."""
        return self._call(
            "GET", f"/entities/{quote(uuid, safe='')}", answer=ReviewedEntityAnswer
        ).entity

    def entity_resolve(
        self, uuid: str, *, version: int, values: dict[str, str], label: str | None = None
    ) -> ReviewedEntity:
        """A conflict resolved: ``values`` (and ``label``, when given) kept as the entity's
        next version, with every version it has had. ``version``: the one looked at; the
        server refuses (Refused, status 409) when the entity has changed since."""
        return self._call(
            "POST",
            f"/entities/{quote(uuid, safe='')}/resolve",
            body=EntityResolution(version=version, values=values, label=label),
            answer=ReviewedEntityAnswer,
        ).entity

    # -- assignments (a supervisor's, live) ----------------------------------------------------
    def assignments(
        self, *, form_id: str | None = None, enumerator: str | None = None, open_only: bool = False
    ) -> list[AssignmentPublic]:
        """The assignments this account may read, with what is done and left."""
        params: dict[str, str] = {}
        if form_id:
            params["form_id"] = form_id
        if enumerator:
            params["enumerator"] = enumerator
        if open_only:
            params["open"] = "true"
        return self._call(
            "GET", "/assignments", params=params or None, answer=AssignmentList
        ).assignments

    def assign(self, request: AssignmentCreate) -> list[AssignmentPublic]:
        """Entities to follow up (one assignment each), or registrations in a zone, given to
        an enumerator or clerk; refused whole, with every problem named (Refused, 400)."""
        return self._call("POST", "/assignments", body=request, answer=AssignmentList).assignments

    def reassign(self, assignment_id: int, enumerator: str) -> AssignmentPublic:
        return self._call(
            "POST",
            f"/assignments/{assignment_id}/reassign",
            body=Reassign(enumerator=enumerator),
            answer=AssignmentList,
        ).assignments[0]

    def cancel_assignment(self, assignment_id: int) -> AssignmentPublic:
        return self._call(
            "POST", f"/assignments/{assignment_id}/cancel", answer=AssignmentList
        ).assignments[0]

    def assignees(self, site: str | None = None) -> list[Assignee]:
        """Who can be given work at the site (the Secretariat names it)."""
        return self._call(
            "GET",
            "/assignments/assignees",
            params={"site": site} if site else None,
            answer=AssigneeList,
        ).people

    def assignment_progress(self, form_id: str | None = None) -> list[ProgressRow]:
        return self._call(
            "GET",
            "/assignments/progress",
            params={"form_id": form_id} if form_id else None,
            answer=ProgressAnswer,
        ).enumerators

    def form_workbook(self, form_id: str, version: str) -> bytes:
        response = self._send("GET", f"/forms/{form_id}/{version}/xlsform")
        if response.status_code != 200 or response.content[:2] != b"PK":
            self._raise(response)
            raise NotTheServer("the form download was not an XLSForm")
        return response.content

    def form_file(self, form_id: str, version: str, name: str) -> bytes:
        """A file the version names (choice list, pulldata table)."""
        response = self._send("GET", f"/forms/{form_id}/{version}/files/{quote(name)}")
        if response.status_code != 200:
            self._raise(response)
        return response.content

    def download(self, path: str, out, progress) -> None:
        """A file from the server, streamed to ``out`` a chunk at a time; ``progress(done,
        total)`` as it comes (total 0 when the server does not say)."""
        with self._send("GET", path, stream=True) as response, self._reaching():
            if response.status_code != 200:
                self._raise(response)  # .content reads the rest of a refusal
            total = int(response.headers.get("content-length") or 0)
            done = 0
            with open(out, "wb") as f:
                for chunk in response.iter_content(256 * 1024):
                    f.write(chunk)
                    done += len(chunk)
                    self.bytes_received += len(chunk)
                    progress(done, total)
        if total and done != total:
            raise Offline(f"the download stopped after {done} of {total} bytes")

    # -- plumbing ------------------------------------------------------------------------------
    def _call(
        self,
        method: str,
        path: str,
        *,
        body: BaseModel | None = None,
        raw: bytes | None = None,
        answer: type[T] | None = None,
        params: dict | None = None,
        auth: bool = True,
        timeout: float | None = None,
    ):
        headers = {}
        data = raw
        if body is not None:
            data = body.model_dump_json().encode()
            headers["content-type"] = "application/json"
            if len(data) > COMPRESS_ABOVE:
                data = gzip.compress(data, compresslevel=6)
                headers["content-encoding"] = "gzip"
        elif raw is not None:
            headers["content-type"] = "application/octet-stream"
        response = self._send(
            method, path, data=data, headers=headers, params=params, auth=auth, timeout=timeout
        )
        payload = self._parse(response)
        if response.status_code >= 400:
            self._raise(response, payload)
        if answer is None:
            return payload
        try:
            return answer.model_validate(payload)
        except ValidationError as exc:
            raise NotTheServer(
                f"the server's answer to {path} was not understood: {exc.errors()[0]['msg']}"
            ) from None

    def _send(
        self,
        method: str,
        path: str,
        *,
        data: bytes | None = None,
        headers: dict | None = None,
        params: dict | None = None,
        auth: bool = True,
        timeout: float | None = None,
        stream: bool = False,
    ) -> requests.Response:
        headers = dict(headers or {})
        if auth and self.token:
            headers["authorization"] = f"Bearer {self.token}"
        with self._reaching():
            response = self.http.request(
                method,
                self.base + API + path,
                data=data,
                headers=headers,
                params=params,
                timeout=timeout or self.timeout,
                stream=stream,
            )
        self.requests += 1
        self.bytes_sent += len(data or b"") + 200
        if not stream:  # a stream counts its bytes as it is read
            self.bytes_received += len(response.content) + 200
        return response

    def _reaching(self):
        return reaching(self.base)

    @staticmethod
    def _parse(response: requests.Response) -> dict:
        try:
            payload = json.loads(response.content)
        except (ValueError, UnicodeDecodeError):
            payload = None
        if not isinstance(payload, dict) or payload.get("daftari") != PROTOCOL:
            if response.status_code >= 500:
                raise ServerFailed(
                    f"the server or a proxy failed (HTTP {response.status_code}); "
                    "it will be tried again"
                )
            kind = response.headers.get("content-type", "?").split(";")[0]
            raise NotTheServer(
                f"an answer came back that is not from a Daftari server (HTTP "
                f"{response.status_code}, {kind}): a login page of a Wi-Fi hotspot or a proxy "
                "is in the way"
            )
        return payload

    def _raise(self, response: requests.Response, payload: dict | None = None) -> None:
        payload = payload if payload is not None else self._parse(response)
        detail = str(payload.get("detail", ""))
        if response.status_code == 401:
            raise AuthRefused(f"the server refused the login: {detail}")
        if response.status_code >= 500:
            raise ServerFailed(f"the server failed (HTTP {response.status_code}): {detail}")
        raise Refused(
            detail or f"HTTP {response.status_code}",
            status=response.status_code,
            problem=str(payload.get("code", "")),
        )
