"""The local store: the only code in the client that runs SQL. Takes and returns records."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from desktop_app.errors import FormNotInstalled, NotAllowed, NotFound
from desktop_app.paths import Home
from desktop_app.store.assignments import AssignmentTable
from desktop_app.store.carried import CarriedTable
from desktop_app.store.database import backup_if_due, open_database, write
from desktop_app.store.entities import EntityEdit, EntityTable, apply_edit
from desktop_app.store.keyings import KeyingTable
from desktop_app.store.records import (
    STATUSES,
    AuditEvent,
    FormVersionInfo,
    RevisionRecord,
    Status,
    SubmissionFilter,
    SubmissionRecord,
)
from desktop_app.store.reviews import ReviewTable
from desktop_app.store.users import UserTable
from desktop_app.store.users import insert_audit as _audit

_SUBMISSION_COLUMNS = list(SubmissionRecord.model_fields)
_LIST_COLUMNS = [c for c in _SUBMISSION_COLUMNS if c != "data"]


class Store(UserTable, ReviewTable, KeyingTable, CarriedTable, EntityTable, AssignmentTable):
    def __init__(self, home: Home) -> None:
        home.create()
        self.home = home
        self._connections = open_database(home.database)

    @property
    def _conn(self):
        return self._connections.get()

    def close(self) -> None:
        self._connections.close_all()

    def backup_if_due(self, now: datetime) -> Path | None:
        return backup_if_due(self._conn, self.home.backups, now)

    # -- settings ------------------------------------------------------------------------------
    def setting(self, key: str, default: object = None) -> object:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: object) -> None:
        with write(self._conn) as c:
            c.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )

    # -- forms ---------------------------------------------------------------------------------
    def add_form(
        self, info: FormVersionInfo, *, workbook: bytes, model_json: str, audit: AuditEvent
    ) -> bool:
        """Install a form version; False when exactly this version was already installed."""
        with write(self._conn) as c:
            cur = c.execute(
                "INSERT OR IGNORE INTO forms (form_id, version, title, languages, "
                "default_language, file_name, workbook, model, sha256, installed_at, titles) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    info.form_id,
                    info.version,
                    info.title,
                    json.dumps(info.languages),
                    info.default_language,
                    info.file_name,
                    workbook,
                    model_json,
                    info.sha256,
                    info.installed_at,
                    json.dumps(info.titles, ensure_ascii=False),
                ),
            )
            if cur.rowcount:
                _audit(c, audit)
            return bool(cur.rowcount)

    def forms(self, *, latest_only: bool = False) -> list[FormVersionInfo]:
        """Installed form versions by title, each form's newest (the last installed) first;
        ``latest_only``: that one alone — whatever its title, which a new version may change."""
        rows = self._conn.execute(
            "SELECT form_id, version, title, languages, default_language, installed_at, sha256, "
            "file_name, titles FROM forms ORDER BY form_id, installed_at DESC, rowid DESC"
        ).fetchall()
        out: list[FormVersionInfo] = []
        seen: set[str] = set()
        for r in rows:
            if latest_only and r[0] in seen:
                continue
            seen.add(r[0])
            out.append(
                FormVersionInfo(
                    form_id=r[0],
                    version=r[1],
                    title=r[2],
                    languages=json.loads(r[3]),
                    default_language=r[4],
                    installed_at=r[5],
                    sha256=r[6],
                    file_name=r[7],
                    titles=json.loads(r[8]),
                )
            )
        title: dict[str, str] = {}  # each form by its newest version's title
        for f in out:
            title.setdefault(f.form_id, f.title)
        return sorted(out, key=lambda f: (title[f.form_id], f.form_id))  # stable: newest first

    def form_model(self, form_id: str, version: str) -> str:
        row = self._conn.execute(
            "SELECT model FROM forms WHERE form_id = ? AND version = ?", (form_id, version)
        ).fetchone()
        if row is None:
            raise FormNotInstalled(f"form '{form_id}' version '{version}' is not installed")
        return row[0]

    # -- submissions ---------------------------------------------------------------------------
    def add_submission(self, sub: SubmissionRecord, *, audit: AuditEvent) -> None:
        values = sub.model_dump()
        with write(self._conn) as c:
            c.execute(
                f"INSERT INTO submissions ({', '.join(_SUBMISSION_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(_SUBMISSION_COLUMNS))})",
                [values[k] for k in _SUBMISSION_COLUMNS],
            )
            _audit(c, audit)

    def save_draft(
        self, uuid: str, *, data: bytes, title: bytes, position: str, updated_at: str
    ) -> None:
        """The autosave: one small committed UPDATE per answer change."""
        with write(self._conn) as c:
            cur = c.execute(
                "UPDATE submissions SET data = ?, title = ?, position = ?, updated_at = ? "
                "WHERE uuid = ? AND status IN ('draft', 'returned')",
                (data, title, position, updated_at, uuid),
            )
            if cur.rowcount != 1:
                raise NotFound(f"submission {uuid} is not a draft that can be changed")

    def save_position(self, uuid: str, *, position: str, updated_at: str) -> None:
        with write(self._conn) as c:
            c.execute(
                "UPDATE submissions SET position = ?, updated_at = ? "
                "WHERE uuid = ? AND status IN ('draft', 'returned')",
                (position, updated_at, uuid),
            )

    def finalize(
        self,
        sub: SubmissionRecord,
        revision: RevisionRecord,
        *,
        audit: AuditEvent,
        entities: EntityEdit | None = None,
    ) -> None:
        """``entities``: what it changes in this computer's entity lists, in the same
        transaction (or nothing of it, should that fail: the finalize stands)."""
        with write(self._conn) as c:
            cur = c.execute(
                "UPDATE submissions SET status = 'finalized', revision = ?, parent_revision = ?, "
                "finalized_at = ?, updated_at = ?, data = ?, title = ?, position = '' "
                "WHERE uuid = ? AND status IN ('draft', 'returned')",
                (
                    revision.revision,
                    revision.parent_revision,
                    revision.finalized_at,
                    sub.updated_at,
                    sub.data,
                    sub.title,
                    sub.uuid,
                ),
            )
            if cur.rowcount != 1:
                raise NotFound(f"submission {sub.uuid} is not a draft that can be finalized")
            values = revision.model_dump()
            c.execute(
                f"INSERT INTO revisions ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                list(values.values()),
            )
            _audit(c, audit)
            if entities is not None:
                apply_edit(c, entities)

    def return_for_correction(
        self,
        uuid: str,
        *,
        at: str,
        audit: AuditEvent,
        note: bytes = b"",
        revision: int | None = None,
    ) -> None:
        """Review (or the server's validation) sent it back: it becomes editable again; its
        next finalize is a new revision. ``note`` is the encrypted reason. Given
        ``revision``, only that revision is sent back, and one sent back already (a second
        decision on it) keeps being corrected, with ``note`` as its reason now."""
        statuses = (
            "('finalized', 'sent')" if revision is None else "('finalized', 'sent', 'returned')"
        )
        with write(self._conn) as c:
            cur = c.execute(
                "UPDATE submissions SET status = 'returned', updated_at = ?, note = ? "
                f"WHERE uuid = ? AND status IN {statuses} AND revision = coalesce(?, revision)",
                (at, note, uuid, revision),
            )
            if cur.rowcount != 1:
                raise NotFound(f"submission {uuid} is not finalized, so it cannot be sent back")
            _audit(c, audit)

    def mark_sent(self, acknowledged: list[tuple[str, int, AuditEvent]], *, at: str) -> int:
        """The server acknowledged these (uuid, revision)s after its commit: one transaction
        for a whole batch. Skips any that moved on meanwhile (a newer revision, sent back);
        returns how many were marked."""
        marked = 0
        with write(self._conn) as c:
            for uuid, revision, event in acknowledged:
                cur = c.execute(
                    "UPDATE submissions SET status = 'sent', sent_at = ? "
                    "WHERE uuid = ? AND revision = ? AND status = 'finalized'",
                    (at, uuid, revision),
                )
                if cur.rowcount:
                    _audit(c, event)
                    marked += 1
        return marked

    def outbox(
        self, enumerator: str, limit: int = 100_000
    ) -> list[tuple[SubmissionRecord, RevisionRecord]]:
        """One enumerator's finalized submissions not yet acknowledged, oldest first, with
        their last revision (each person's go up under their own server account)."""
        rev_cols = list(RevisionRecord.model_fields)
        rows = self._conn.execute(
            f"SELECT {', '.join('s.' + c for c in _LIST_COLUMNS)}, "
            f"{', '.join('r.' + c for c in rev_cols)} FROM submissions s "
            "JOIN revisions r ON r.uuid = s.uuid AND r.revision = s.revision "
            "WHERE s.status = 'finalized' AND s.enumerator = ? COLLATE NOCASE "
            "ORDER BY s.finalized_at, s.uuid LIMIT ?",
            (enumerator, limit),
        ).fetchall()
        n = len(_LIST_COLUMNS)
        return [
            (
                SubmissionRecord(**dict(zip(_LIST_COLUMNS, r[:n], strict=True))),
                RevisionRecord(**dict(zip(rev_cols, r[n:], strict=True))),
            )
            for r in rows
        ]

    def waiting_by_enumerator(self) -> dict[str, int]:
        """Finalized, not yet sent, by who made them."""
        rows = self._conn.execute(
            "SELECT enumerator, count(*) FROM submissions WHERE status = 'finalized' "
            "GROUP BY enumerator"
        )
        return {name: n for name, n in rows}

    def submission(self, uuid: str) -> SubmissionRecord:
        row = self._conn.execute(
            f"SELECT {', '.join(_SUBMISSION_COLUMNS)} FROM submissions WHERE uuid = ?", (uuid,)
        ).fetchone()
        if row is None:
            raise NotFound(f"there is no submission {uuid} on this computer")
        return SubmissionRecord(**dict(zip(_SUBMISSION_COLUMNS, row, strict=True)))

    def revisions(self, uuid: str) -> list[RevisionRecord]:
        cols = list(RevisionRecord.model_fields)
        rows = self._conn.execute(
            f"SELECT {', '.join(cols)} FROM revisions WHERE uuid = ? ORDER BY revision", (uuid,)
        )
        return [RevisionRecord(**dict(zip(cols, r, strict=True))) for r in rows]

    def submission_ids(self, where: SubmissionFilter) -> list[str]:
        """Ids matching ``where``, most recently changed first: what a list view holds."""
        sql, params = _where(where)
        return [
            r[0]
            for r in self._conn.execute(
                f"SELECT uuid FROM submissions{sql} ORDER BY updated_at DESC, uuid DESC", params
            )
        ]

    def submission_rows(self, uuids: list[str]) -> dict[str, SubmissionRecord]:
        """Listing columns (encrypted title, no data) for a page of ids."""
        out: dict[str, SubmissionRecord] = {}
        for start in range(0, len(uuids), 500):
            chunk = uuids[start : start + 500]
            rows = self._conn.execute(
                f"SELECT {', '.join(_LIST_COLUMNS)} FROM submissions "
                f"WHERE uuid IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            for r in rows:
                rec = SubmissionRecord(**dict(zip(_LIST_COLUMNS, r, strict=True)))
                out[rec.uuid] = rec
        return out

    def titles(self, where: SubmissionFilter) -> list[tuple[str, bytes]]:
        """(uuid, encrypted title) for every match: searching titles happens after decryption."""
        sql, params = _where(where)
        return self._conn.execute(f"SELECT uuid, title FROM submissions{sql}", params).fetchall()

    def status_counts(self, where: SubmissionFilter | None = None) -> dict[str, int]:
        base = (where or SubmissionFilter()).model_copy(update={"status": None})
        sql, params = _where(base)
        counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for status, n in self._conn.execute(
            f"SELECT status, count(*) FROM submissions{sql} GROUP BY status", params
        ):
            counts[status] = n
        return counts

    def discard_draft(self, uuid: str, *, audit: AuditEvent) -> list[str]:
        """Delete a draft that was never finalized, with its links to attachments; returns
        the files on disk no other submission uses (the caller deletes them)."""
        with write(self._conn) as c:
            row = c.execute(
                "SELECT status, revision FROM submissions WHERE uuid = ?", (uuid,)
            ).fetchone()
            if row is None:
                raise NotFound(f"no submission {uuid} on this computer")
            if row != ("draft", 0):
                raise NotAllowed("only a draft that was never finalized can be discarded")
            shas = [
                r[0]
                for r in c.execute(
                    "SELECT sha256 FROM submission_attachments WHERE uuid = ?", (uuid,)
                )
            ]
            c.execute("DELETE FROM submission_attachments WHERE uuid = ?", (uuid,))
            c.execute("DELETE FROM keyings WHERE uuid = ?", (uuid,))
            c.execute("DELETE FROM paradata WHERE uuid = ?", (uuid,))
            c.execute("DELETE FROM submissions WHERE uuid = ?", (uuid,))
            orphans = [
                r[0]
                for r in c.execute(
                    "SELECT sha256, file_name FROM attachments WHERE sha256 IN "
                    "(SELECT value FROM json_each(?)) AND sha256 NOT IN "
                    "(SELECT sha256 FROM submission_attachments)",
                    (json.dumps(shas),),
                ).fetchall()
            ]
            files = [
                r[0]
                for r in c.execute(
                    "SELECT file_name FROM attachments WHERE sha256 IN "
                    "(SELECT value FROM json_each(?))",
                    (json.dumps(orphans),),
                )
            ]
            c.execute(
                "DELETE FROM attachments WHERE sha256 IN (SELECT value FROM json_each(?))",
                (json.dumps(orphans),),
            )
            _audit(c, audit)
        return files

    # -- attachments ---------------------------------------------------------------------------
    def has_attachment(self, sha256: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM attachments WHERE sha256 = ?", (sha256,))
        return row.fetchone() is not None

    def link_attachment(
        self, uuid: str, name: str, *, sha256: str, size: int, file_name: str, at: str
    ) -> None:
        with write(self._conn) as c:
            c.execute(
                "INSERT OR IGNORE INTO attachments (sha256, size, file_name, created_at) "
                "VALUES (?, ?, ?, ?)",
                (sha256, size, file_name, at),
            )
            c.execute(
                "INSERT INTO submission_attachments (uuid, name, sha256) VALUES (?, ?, ?) "
                "ON CONFLICT (uuid, name) DO UPDATE SET sha256 = excluded.sha256",
                (uuid, name, sha256),
            )

    def attachments_of(self, uuid: str) -> dict[str, tuple[str, str]]:
        """name -> (sha256, file name on disk)."""
        rows = self._conn.execute(
            "SELECT s.name, a.sha256, a.file_name FROM submission_attachments s "
            "JOIN attachments a USING (sha256) WHERE s.uuid = ?",
            (uuid,),
        )
        return {name: (sha, file_name) for name, sha, file_name in rows}

    # -- paradata (a filling's audit log) -----------------------------------------------------
    def add_paradata(self, uuid: str, sealed: bytes) -> int:
        """One event, committed at once; returns its place in the submission's log."""
        with write(self._conn) as c:
            (seq,) = c.execute(
                "SELECT coalesce(max(seq), 0) + 1 FROM paradata WHERE uuid = ?", (uuid,)
            ).fetchone()
            c.execute(
                "INSERT INTO paradata (uuid, seq, sealed) VALUES (?, ?, ?)", (uuid, seq, sealed)
            )
        return seq

    def paradata(self, uuid: str) -> list[tuple[int, bytes]]:
        rows = self._conn.execute(
            "SELECT seq, sealed FROM paradata WHERE uuid = ? ORDER BY seq", (uuid,)
        )
        return [(seq, sealed) for seq, sealed in rows]

    # -- audit ---------------------------------------------------------------------------------
    def log(self, event: AuditEvent) -> None:
        with write(self._conn) as c:
            _audit(c, event)

    def audit_events(self, *, record: str | None = None) -> list[AuditEvent]:
        sql = "SELECT id, at, user, action, record, details FROM audit"
        rows = self._conn.execute(
            sql + (" WHERE record = ? ORDER BY id" if record else " ORDER BY id"),
            (record,) if record else (),
        )
        return [
            AuditEvent(id=r[0], at=r[1], user=r[2], action=r[3], record=r[4], details=r[5])
            for r in rows
        ]


def _where(f: SubmissionFilter) -> tuple[str, list]:
    clauses: list[str] = []
    params: list[object] = []
    if f.status:
        clauses.append("status = ?")
        params.append(f.status)
    if f.form_id:
        clauses.append("form_id = ?")
        params.append(f.form_id)
    if f.updated_from:
        clauses.append("updated_at >= ?")
        params.append(f.updated_from)
    if f.updated_to:
        clauses.append("updated_at < ?")  # inclusive day: callers pass the next day
        params.append(f.updated_to)
    if f.uuids is not None:
        clauses.append("uuid IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(f.uuids))
    if f.owner is not None:
        clauses.append("(status NOT IN ('draft', 'returned') OR enumerator = ? COLLATE NOCASE)")
        params.append(f.owner)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def status_of(value: str) -> Status:
    if value not in STATUSES:
        raise ValueError(f"unknown status '{value}'; one of {', '.join(STATUSES)}")
    return value  # type: ignore[return-value]
