"""The store's carried bundles: brought here on a USB stick, delivered by a sync."""

from __future__ import annotations

import json
import sqlite3

from desktop_app.store.database import write
from desktop_app.store.records import AuditEvent, CarriedBundle
from desktop_app.store.users import insert_audit

_COLUMNS = list(CarriedBundle.model_fields)


class CarriedTable:
    """Mixed into :class:`Store`; ``_conn`` is this thread's connection."""

    _conn: sqlite3.Connection

    def add_carried(self, bundle: CarriedBundle) -> None:
        values = bundle.model_dump()
        with write(self._conn) as c:
            c.execute(
                f"INSERT INTO carried_bundles ({', '.join(_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(_COLUMNS))})",
                [values[k] for k in _COLUMNS],
            )
            insert_audit(
                c,
                AuditEvent(
                    at=bundle.added_at,
                    user=bundle.added_by,
                    action="bundle_carried",
                    record=bundle.sha256,
                    details=f"{bundle.name} ({bundle.size} bytes)",
                ),
            )

    def carried(self, sha256: str) -> CarriedBundle | None:
        found = self._carried("sha256 = ?", (sha256,))
        return found[0] if found else None

    def carried_waiting(self) -> list[CarriedBundle]:
        """Bundles the server has not imported nor refused yet, oldest first."""
        return self._carried("delivered_at = '' AND refused = ''", ())

    def carried_bundles(self) -> list[CarriedBundle]:
        return self._carried("1", ())

    def _carried(self, where: str, values: tuple) -> list[CarriedBundle]:
        rows = self._conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM carried_bundles WHERE {where} "
            "ORDER BY added_at, sha256",
            values,
        ).fetchall()
        return [CarriedBundle(**dict(zip(_COLUMNS, r, strict=True))) for r in rows]

    def carried_delivered(self, sha256: str, counts: dict[str, int], *, by: str, at: str) -> None:
        with write(self._conn) as c:
            c.execute(
                "UPDATE carried_bundles SET delivered_at = ?, delivered_by = ?, counts = ? "
                "WHERE sha256 = ?",
                (at, by, json.dumps(counts, sort_keys=True), sha256),
            )
            insert_audit(
                c,
                AuditEvent(
                    at=at,
                    user=by,
                    action="bundle_delivered",
                    record=sha256,
                    details=", ".join(f"{n} {k}" for k, n in sorted(counts.items())),
                ),
            )

    def carried_refused(self, sha256: str, why: str, *, by: str, at: str) -> None:
        with write(self._conn) as c:
            c.execute("UPDATE carried_bundles SET refused = ? WHERE sha256 = ?", (why, sha256))
            insert_audit(
                c,
                AuditEvent(at=at, user=by, action="bundle_refused", record=sha256, details=why),
            )
