"""The store's entity lists (ODK Entities): each site's lists as its devices keep them, the
server's copies and the changes made on this computer since. Versions are compared here, in
SQL; labels and properties stay encrypted (``EntityRecord.sealed``)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.store.database import write
from desktop_app.store.records import EntityRecord

_COLUMNS = "uuid, list_name, version, server_version, trunk_version, branch_id, sealed"
_GENERATION = "entities/generation"


@dataclass
class EntityEdit:
    """What a finalize changes in the lists, applied in its transaction: ``merge`` is given
    the site's current records of ``uuids`` (those this computer has) and returns the records
    to keep. Whatever goes wrong in it (``failed`` is told) leaves the lists as they were and
    the submission finalized all the same."""

    site: str
    uuids: list[str]
    merge: Callable[[dict[str, EntityRecord]], list[EntityRecord]]
    failed: Callable[[BaseException], None]


class EntityTable:
    """Mixed into :class:`Store`; ``_conn`` is this thread's connection."""

    _conn: sqlite3.Connection

    def entity_generation(self) -> int:
        """A number that changes whenever any list changes (a list built from it is kept
        until then)."""
        row = self._conn.execute(
            "SELECT value FROM settings WHERE key = ?", (_GENERATION,)
        ).fetchone()
        return int(row[0]) if row else 0

    def entity_list_names(self) -> set[str]:
        """The names of the lists this computer holds entities of (any site)."""
        return {r[0] for r in self._conn.execute("SELECT DISTINCT list_name FROM entities")}

    def entity_list(self, site: str, list_name: str) -> list[EntityRecord]:
        """A site's list, in the order its entities first came here."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM entities WHERE site = ? AND list_name = ? ORDER BY rowid",
            (site, list_name),
        )
        return [EntityRecord._make(r) for r in rows]

    def entity_record(self, site: str, uuid: str) -> EntityRecord | None:
        return _read(self._conn, site, [uuid]).get(uuid)

    def put_server_entities(
        self, site: str, records: list[EntityRecord], *, deleted: list[str]
    ) -> None:
        """The server's copies, in one transaction: one replaces this computer's when its
        version is higher; at the same version or lower this computer's is kept (its own
        changes, made on the same or a newer version). ``deleted`` are gone from the lists."""
        with write(self._conn) as c:
            c.executemany(
                f"INSERT INTO entities (site, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (site, uuid) DO UPDATE SET list_name = excluded.list_name, "
                "version = excluded.version, server_version = excluded.server_version, "
                "trunk_version = excluded.trunk_version, branch_id = excluded.branch_id, "
                "sealed = excluded.sealed WHERE excluded.version > entities.version",
                [(site, *r) for r in records],
            )
            c.executemany(
                "UPDATE entities SET server_version = ? "
                "WHERE site = ? AND uuid = ? AND server_version < ?",
                [(r.server_version, site, r.uuid, r.server_version) for r in records],
            )
            c.executemany(
                "DELETE FROM entities WHERE site = ? AND uuid = ?", [(site, u) for u in deleted]
            )
            _changed(c)


def apply_edit(c: sqlite3.Connection, edit: EntityEdit) -> None:
    """Inside a write transaction: the edit, or nothing of it (a savepoint)."""
    c.execute("SAVEPOINT entity_edit")
    try:
        _put(c, edit.site, edit.merge(_read(c, edit.site, edit.uuids)))
    except Exception as exc:  # never the finalize's failure: the lists stay as they were
        c.execute("ROLLBACK TO entity_edit")
        c.execute("RELEASE entity_edit")
        edit.failed(exc)
        return
    c.execute("RELEASE entity_edit")


def _read(c: sqlite3.Connection, site: str, uuids: list[str]) -> dict[str, EntityRecord]:
    if not uuids:
        return {}
    rows = c.execute(
        f"SELECT {_COLUMNS} FROM entities WHERE site = ? AND uuid IN "
        "(SELECT value FROM json_each(?))",
        (site, json.dumps(uuids)),
    )
    return {r[0]: EntityRecord._make(r) for r in rows}


def _put(c: sqlite3.Connection, site: str, records: list[EntityRecord]) -> None:
    if not records:
        return
    c.executemany(
        f"INSERT INTO entities (site, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (site, uuid) DO UPDATE SET list_name = excluded.list_name, "
        "version = excluded.version, server_version = excluded.server_version, "
        "trunk_version = excluded.trunk_version, branch_id = excluded.branch_id, "
        "sealed = excluded.sealed",
        [(site, *r) for r in records],
    )
    _changed(c)


def _changed(c: sqlite3.Connection) -> None:
    c.execute(
        "INSERT INTO settings (key, value) VALUES (?, '1') "
        "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
        (_GENERATION,),
    )
