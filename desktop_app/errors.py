"""The desktop client's typed errors: each carries a code and the words a user needs."""

from __future__ import annotations


class ClientError(Exception):
    """Something the user can act on; ``str()`` is the message to show."""

    code = "client_error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code


class WrongPassword(ClientError):
    code = "wrong_password"


class UnknownUser(ClientError):
    code = "unknown_user"


class NotAllowed(ClientError):
    code = "not_allowed"


class StoreDamaged(ClientError):
    """The database failed its integrity check or is not a Daftari database."""

    code = "store_damaged"


class DamagedRecord(StoreDamaged):
    """One record's encrypted data no longer decrypts (a damaged disk sector, a flipped byte):
    it is named, and everything else is read as usual."""

    code = "record_damaged"


class StoreMissing(StoreDamaged):
    """The database is gone (or empty) while backups of it are there: nothing is created."""

    code = "store_missing"


class StoreFull(ClientError):
    """The disk is full: the last change was not saved, nothing stored was changed."""

    code = "disk_full"


class NotFound(ClientError):
    code = "not_found"


class FormNotInstalled(NotFound):
    code = "form_not_installed"


class InvalidSubmission(ClientError):
    code = "invalid_submission"
