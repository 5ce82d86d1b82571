"""The client's local store (SQLite). Only this package runs SQL."""

from desktop_app.store.entities import EntityEdit
from desktop_app.store.records import (
    STATUSES,
    AuditEvent,
    BatchRecord,
    CarriedBundle,
    EntityRecord,
    FormVersionInfo,
    KeyingDifference,
    KeyingRecord,
    ReviewCopy,
    ReviewFilter,
    RevisionRecord,
    Status,
    SubmissionFilter,
    SubmissionRecord,
    UserRecord,
)
from desktop_app.store.store import Store

__all__ = [
    "STATUSES",
    "AuditEvent",
    "BatchRecord",
    "CarriedBundle",
    "EntityEdit",
    "EntityRecord",
    "FormVersionInfo",
    "KeyingDifference",
    "KeyingRecord",
    "ReviewCopy",
    "ReviewFilter",
    "RevisionRecord",
    "Status",
    "SubmissionFilter",
    "SubmissionRecord",
    "Store",
    "UserRecord",
]
