"""The store's assignments (issue 25): the work the server gave this computer's users, and
what was done for each here; and an entity's history as this computer has held it."""

from __future__ import annotations

import sqlite3

from desktop_app.store.database import write
from desktop_app.store.records import AssignmentRecord, EntityVersionRecord

_COLUMNS = "id, form_id, enumerator, entity, list_name, quantity, done, payload"


class AssignmentTable:
    """Mixed into :class:`Store`; ``_conn`` is this thread's connection."""

    _conn: sqlite3.Connection

    def put_assignments(
        self,
        records: list[tuple[AssignmentRecord, int]],
        *,
        removed: list[tuple[int, int]],
        user: str,
    ) -> None:
        """What a pull (or an updates bundle) brought, in one transaction: new or changed
        assignments — never over a newer copy (``revision``) — and those taken back from
        ``user`` (reassigned or cancelled: (id, revision)), which leave that user's list and
        stay as removed, so that an older copy cannot bring them back. Another user's of
        this computer is never touched by them. The submissions made for them stay."""
        with write(self._conn) as c:
            c.executemany(
                f"INSERT INTO assignments ({_COLUMNS}, revision, removed, title) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '') "
                "ON CONFLICT (id) DO UPDATE SET form_id = excluded.form_id, "
                "enumerator = excluded.enumerator, entity = excluded.entity, "
                "list_name = excluded.list_name, quantity = excluded.quantity, "
                "done = excluded.done, payload = excluded.payload, title = '', "
                "revision = excluded.revision, removed = 0 "
                "WHERE excluded.revision >= assignments.revision",
                [(*r, revision) for r, revision in records],
            )
            c.executemany(
                "INSERT INTO assignments (id, form_id, title, payload, enumerator, revision, "
                "removed) VALUES (?, '', '', x'', ?, ?, 1) "
                "ON CONFLICT (id) DO UPDATE SET removed = 1, revision = excluded.revision, "
                "payload = x'' WHERE assignments.enumerator = excluded.enumerator "
                "AND excluded.revision >= assignments.revision",
                [(i, user, revision) for i, revision in removed],
            )

    def assignments_of(self, enumerator: str) -> list[AssignmentRecord]:
        """A user's assignments, in the order they were given."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM assignments WHERE enumerator = ? COLLATE NOCASE ORDER BY id",
            (enumerator,),
        )
        return [AssignmentRecord._make(r) for r in rows]

    def all_assignments(self) -> list[AssignmentRecord]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM assignments WHERE NOT removed ORDER BY id"
        )
        return [AssignmentRecord._make(r) for r in rows]

    def bind_assignment(self, uuid: str, assignment_id: int) -> None:
        """A draft is made for an assignment (an assignment sheet's code keyed)."""
        with write(self._conn) as c:
            c.execute(
                "UPDATE submissions SET assignment = ? WHERE uuid = ? AND status = 'draft'",
                (assignment_id, uuid),
            )

    def assignment(self, assignment_id: int) -> AssignmentRecord | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM assignments WHERE id = ? AND NOT removed", (assignment_id,)
        ).fetchone()
        return AssignmentRecord._make(row) if row else None

    def work_for_assignments(self, ids: list[int]) -> dict[int, tuple[int, list[str]]]:
        """For each assignment: submissions finalized for it on this computer (sent or not),
        and its drafts' uuids (newest first)."""
        out: dict[int, tuple[int, list[str]]] = {i: (0, []) for i in ids}
        rows = self._conn.execute(
            "SELECT assignment, status, uuid FROM submissions WHERE assignment IN "
            "(SELECT value FROM json_each(?)) ORDER BY updated_at DESC",
            (str(list(ids)),),
        )
        for assignment, status, uuid in rows:
            done, drafts = out[assignment]
            if status in ("draft", "returned"):
                drafts.append(uuid)
            else:
                done += 1
            out[assignment] = (done, drafts)
        return out

    def entity_history(self, site: str, uuid: str) -> list[EntityVersionRecord]:
        """Every version of an entity this computer has held, oldest first."""
        rows = self._conn.execute(
            "SELECT version, from_server, at, sealed FROM entity_history "
            "WHERE site = ? AND uuid = ? ORDER BY rowid",
            (site, uuid),
        )
        return [EntityVersionRecord(v, bool(f), at, s) for v, f, at, s in rows]
