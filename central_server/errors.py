"""The server's typed refusals: each becomes a ``Problem`` answer with its HTTP status."""

from __future__ import annotations


class Refusal(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, detail: str, *, code: str | None = None, status: int | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        if code:
            self.code = code
        if status:
            self.status = status


class Unauthenticated(Refusal):
    status, code = 401, "unauthenticated"


class SignIn(Unauthenticated):
    """401 asking for a user name and password (what Power BI and Excel offer for OData)."""

    headers = {"www-authenticate": 'Basic realm="Daftari", charset="UTF-8"'}


class Forbidden(Refusal):
    status, code = 403, "forbidden"


class NotFound(Refusal):
    status, code = 404, "not_found"


class Conflict(Refusal):
    status, code = 409, "conflict"


class TooMany(Refusal):
    status, code = 429, "too_many_attempts"


class TooLarge(Refusal):
    status, code = 413, "too_large"
