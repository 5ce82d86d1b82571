"""The store's keyings: the paper facts of each questionnaire a clerk keyed here."""

from __future__ import annotations

import sqlite3

from desktop_app.store.database import write
from desktop_app.store.records import KeyingRecord

_COLUMNS = list(KeyingRecord.model_fields)


class KeyingTable:
    """Mixed into :class:`Store`; ``_conn`` is this thread's connection."""

    _conn: sqlite3.Connection

    def put_keying(self, keying: KeyingRecord) -> None:
        """Kept as it is typed (a power cut loses at most the box being typed)."""
        values = keying.model_dump()
        with write(self._conn) as c:
            c.execute(
                f"INSERT INTO keyings ({', '.join(_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(_COLUMNS))}) ON CONFLICT (uuid) DO UPDATE SET "
                + ", ".join(f"{k} = excluded.{k}" for k in _COLUMNS if k != "uuid"),
                [values[k] for k in _COLUMNS],
            )

    def keying(self, uuid: str) -> KeyingRecord | None:
        row = self._conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM keyings WHERE uuid = ?", (uuid,)
        ).fetchone()
        return KeyingRecord(**dict(zip(_COLUMNS, row, strict=True))) if row else None

    def keyings_numbered(self, form_id: str, number: str) -> list[KeyingRecord]:
        """The questionnaires of this form keyed here under this paper number."""
        rows = self._conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM keyings WHERE form_id = ? AND number = ? "
            "ORDER BY started_at",
            (form_id, number),
        ).fetchall()
        return [KeyingRecord(**dict(zip(_COLUMNS, r, strict=True))) for r in rows]
