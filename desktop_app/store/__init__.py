"""The client's local store (SQLite). Only this package runs SQL."""

from desktop_app.store.records import (
    STATUSES,
    AuditEvent,
    BatchRecord,
    CarriedBundle,
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
