"""The store's keyings: the paper facts of each questionnaire a clerk keyed here."""

from __future__ import annotations

import json
import sqlite3

from desktop_app.store.database import write
from desktop_app.store.records import AuditEvent, BatchRecord, KeyingDifference, KeyingRecord
from desktop_app.store.users import insert_audit

_COLUMNS = list(KeyingRecord.model_fields)
_BATCH = list(BatchRecord.model_fields)
_DIFFERENCE = list(KeyingDifference.model_fields)


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

    def forget_keying(self, uuid: str) -> None:
        """A second keying left before anything was keyed: nothing of it is kept."""
        with write(self._conn) as c:
            c.execute("DELETE FROM keyings WHERE uuid = ? AND verifies != ''", (uuid,))

    def keying(self, uuid: str) -> KeyingRecord | None:
        row = self._conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM keyings WHERE uuid = ?", (uuid,)
        ).fetchone()
        return KeyingRecord(**dict(zip(_COLUMNS, row, strict=True))) if row else None

    def keyings_numbered(self, form_id: str, number: str) -> list[KeyingRecord]:
        """The questionnaires of this form keyed here under this paper number (first and
        second keyings)."""
        return self._keyings("form_id = ? AND number = ?", (form_id, number))

    def keyings_of_batch(self, form_id: str, batch: str) -> list[KeyingRecord]:
        return self._keyings("form_id = ? AND batch = ? COLLATE NOCASE", (form_id, batch))

    def second_keyings(self, first: str) -> list[KeyingRecord]:
        return self._keyings("verifies = ?", (first,))

    def _keyings(self, where: str, values: tuple) -> list[KeyingRecord]:
        rows = self._conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM keyings WHERE {where} ORDER BY started_at, uuid",
            values,
        ).fetchall()
        return [KeyingRecord(**dict(zip(_COLUMNS, r, strict=True))) for r in rows]

    # -- batches ---------------------------------------------------------------------------
    def put_batch(self, batch: BatchRecord, *, audit: AuditEvent) -> None:
        values = batch.model_dump()
        with write(self._conn) as c:
            c.execute(
                f"INSERT INTO batches ({', '.join(_BATCH)}) VALUES ({', '.join('?' * len(_BATCH))}) "
                "ON CONFLICT (form_id, name) DO UPDATE SET "
                + ", ".join(f"{k} = excluded.{k}" for k in _BATCH if k not in ("form_id", "name")),
                [values[k] for k in _BATCH],
            )
            insert_audit(c, audit)

    def batch(self, form_id: str, name: str) -> BatchRecord | None:
        row = self._conn.execute(
            f"SELECT {', '.join(_BATCH)} FROM batches WHERE form_id = ? AND name = ?",
            (form_id, name),
        ).fetchone()
        return BatchRecord(**dict(zip(_BATCH, row, strict=True))) if row else None

    def batches(self, form_id: str | None = None) -> list[BatchRecord]:
        rows = self._conn.execute(
            f"SELECT {', '.join(_BATCH)} FROM batches WHERE ? IS NULL OR form_id = ? "
            "ORDER BY created_at, name",
            (form_id, form_id),
        ).fetchall()
        return [BatchRecord(**dict(zip(_BATCH, r, strict=True))) for r in rows]

    # -- differences between two keyings -----------------------------------------------------
    def put_differences(self, first: str, found: list[KeyingDifference]) -> None:
        """What a second keying found (replacing what an earlier comparison found open)."""
        with write(self._conn) as c:
            c.execute(
                "DELETE FROM keying_differences WHERE first = ? AND resolution = ''", (first,)
            )
            for d in found:
                values = d.model_dump()
                c.execute(
                    f"INSERT OR IGNORE INTO keying_differences ({', '.join(_DIFFERENCE)}) "
                    f"VALUES ({', '.join('?' * len(_DIFFERENCE))})",
                    [values[k] for k in _DIFFERENCE],
                )

    def differences(self, firsts: list[str]) -> list[KeyingDifference]:
        rows = self._conn.execute(
            f"SELECT {', '.join(_DIFFERENCE)} FROM keying_differences WHERE first IN "
            "(SELECT value FROM json_each(?)) ORDER BY first, rowid",
            (json.dumps(firsts),),
        ).fetchall()
        return [KeyingDifference(**dict(zip(_DIFFERENCE, r, strict=True))) for r in rows]

    def resolve_difference(
        self, first: str, path: str, *, resolution: str, by: str, at: str, audit: AuditEvent
    ) -> None:
        with write(self._conn) as c:
            c.execute(
                "UPDATE keying_differences SET resolution = ?, resolved_by = ?, resolved_at = ? "
                "WHERE first = ? AND path = ?",
                (resolution, by, at, first, path),
            )
            insert_audit(c, audit)

    def release_batch(self, form_id: str, name: str, *, at: str, audit: AuditEvent) -> None:
        with write(self._conn) as c:
            c.execute(
                "UPDATE batches SET released_at = ? WHERE form_id = ? AND name = ?",
                (at, form_id, name),
            )
            insert_audit(c, audit)
