"""The store's users: local profiles, each holding the data key wrapped by its password."""

from __future__ import annotations

import json
import sqlite3

from desktop_app.errors import UnknownUser
from desktop_app.store.database import write
from desktop_app.store.records import AuditEvent, UserRecord

_USER_COLUMNS = ", ".join(UserRecord.model_fields)


class UserTable:
    """Mixed into :class:`Store`; ``_conn`` is this thread's connection."""

    _conn: sqlite3.Connection

    def user_count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM users").fetchone()[0]

    def users(self) -> list[UserRecord]:
        rows = self._conn.execute(f"SELECT {_USER_COLUMNS} FROM users ORDER BY name")
        return [_user(r) for r in rows]

    def user(self, name: str) -> UserRecord:
        row = self._conn.execute(
            f"SELECT {_USER_COLUMNS} FROM users WHERE name = ?", (name,)
        ).fetchone()
        if row is None:
            raise UnknownUser(f"there is no user called '{name}' on this computer")
        return _user(row)

    def add_user(self, user: UserRecord, *, audit: AuditEvent) -> None:
        with write(self._conn) as c:
            c.execute(
                "INSERT INTO users (name, enumerator_id, site, is_admin, kdf, wrapped_key, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    user.name,
                    user.enumerator_id,
                    user.site,
                    int(user.is_admin),
                    json.dumps(user.kdf),
                    user.wrapped_key,
                    user.created_at,
                    user.updated_at,
                ),
            )
            insert_audit(c, audit)

    def set_user_disabled(self, name: str, disabled: bool, *, at: str, audit: AuditEvent) -> None:
        with write(self._conn) as c:
            c.execute(
                "UPDATE users SET disabled = ?, updated_at = ? WHERE name = ?",
                (int(disabled), at, name),
            )
            insert_audit(c, audit)

    def set_user_key(
        self, name: str, *, kdf: dict, wrapped_key: bytes, at: str, audit: AuditEvent
    ) -> None:
        with write(self._conn) as c:
            c.execute(
                "UPDATE users SET kdf = ?, wrapped_key = ?, updated_at = ? WHERE name = ?",
                (json.dumps(kdf), wrapped_key, at, name),
            )
            insert_audit(c, audit)


def _user(row: tuple) -> UserRecord:
    values = dict(zip(UserRecord.model_fields, row, strict=True))
    values["kdf"] = json.loads(values["kdf"])
    return UserRecord(**values)


def insert_audit(conn: sqlite3.Connection, event: AuditEvent) -> None:
    conn.execute(
        "INSERT INTO audit (at, user, action, record, details) VALUES (?, ?, ?, ?, ?)",
        (event.at, event.user, event.action, event.record, event.details),
    )
