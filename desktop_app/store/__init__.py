"""The client's local store (SQLite). Only this package runs SQL."""

from desktop_app.store.entities import EntityEdit
from desktop_app.store.records import (
    STATUSES,
    AssignmentRecord,
    AuditEvent,
    BatchRecord,
    CarriedBundle,
    EntityRecord,
    EntityVersionRecord,
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
    "AssignmentRecord",
    "AuditEvent",
    "BatchRecord",
    "CarriedBundle",
    "EntityEdit",
    "EntityRecord",
    "EntityVersionRecord",
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
