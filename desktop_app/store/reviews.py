"""The store's review copies: what a reviewer pulled from the server to review offline, and
the decisions made on this computer until the server has them."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from desktop_app.errors import NotFound
from desktop_app.store.database import write
from desktop_app.store.records import AuditEvent, ReviewCopy, ReviewFilter, WaitingDecision
from desktop_app.store.users import insert_audit

_COPY_COLUMNS = [c for c in ReviewCopy.model_fields if c not in ("waiting", "problem")]
# the newest decision made here, still waiting or refused, beside each copy
_WAITING = (
    "(SELECT decision FROM review_outbox o WHERE o.owner = c.owner AND o.uuid = c.uuid "
    "AND o.sent_at IS NULL AND o.problem = '' ORDER BY o.id DESC LIMIT 1)"
)
_PROBLEM = (
    "(SELECT problem FROM review_outbox o WHERE o.owner = c.owner AND o.uuid = c.uuid "
    "ORDER BY o.id DESC LIMIT 1)"
)
# the enumerator the list shows: of a paper questionnaire, the one written on the paper
_ENUMERATOR = "(CASE WHEN paper_enumerator != '' THEN paper_enumerator ELSE enumerator END)"


class ReviewTable:
    """Mixed into :class:`Store`; ``_conn`` is this thread's connection."""

    _conn: sqlite3.Connection

    def review_cursors(self, owner: str) -> tuple[int, int, int]:
        """How far the review feed was kept: revisions, decisions, flag changes (kept before
        the third existed: from 0, so every flag comes once)."""
        row = self._conn.execute(
            "SELECT value FROM settings WHERE key = ?", (_cursor_key(owner),)
        ).fetchone()
        if row is None:
            return 0, 0, 0
        kept = [int(n) for n in row[0].split(",")]
        return kept[0], kept[1], kept[2] if len(kept) > 2 else 0

    def put_review_copies(
        self, owner: str, copies: list[ReviewCopy], *, cursors: tuple[int, int, int]
    ) -> None:
        """Keep the newest state of each, and move the cursors, in one transaction: a sync
        cut short here leaves the cursors where the copies are."""
        with write(self._conn) as c:
            for copy in copies:
                values = copy.model_dump(include=set(_COPY_COLUMNS))
                c.execute(
                    f"INSERT INTO review_copies (owner, {', '.join(_COPY_COLUMNS)}) "
                    f"VALUES (?, {', '.join('?' * len(_COPY_COLUMNS))}) "
                    "ON CONFLICT (owner, uuid) DO UPDATE SET "
                    + ", ".join(f"{k} = excluded.{k}" for k in _COPY_COLUMNS if k != "uuid"),
                    [owner, *(values[k] for k in _COPY_COLUMNS)],
                )
            c.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_cursor_key(owner), ",".join(str(n) for n in cursors)),
            )

    def review_ids(self, owner: str, where: ReviewFilter) -> list[str]:
        """The copies matching ``where``, newest received first."""
        sql, params = _review_where(owner, where)
        return [
            r[0]
            for r in self._conn.execute(
                f"SELECT uuid FROM review_copies c WHERE {sql} "
                "ORDER BY received_at DESC, uuid DESC",
                params,
            )
        ]

    def review_rows(self, owner: str, uuids: list[str]) -> dict[str, ReviewCopy]:
        """Listing columns (no answers) of a page of copies."""
        out: dict[str, ReviewCopy] = {}
        columns = [c for c in _COPY_COLUMNS if c != "data"]
        for start in range(0, len(uuids), 500):
            chunk = uuids[start : start + 500]
            rows = self._conn.execute(
                f"SELECT {', '.join('c.' + k for k in columns)}, {_WAITING}, {_PROBLEM} "
                "FROM review_copies c "
                f"WHERE c.owner = ? AND c.uuid IN ({', '.join('?' * len(chunk))})",
                [owner, *chunk],
            )
            for r in rows:
                copy = ReviewCopy(
                    **dict(zip(columns, r[: len(columns)], strict=True)),
                    waiting=r[-2] or "",
                    problem=r[-1] or "",
                )
                out[copy.uuid] = copy
        return out

    def review_copy(self, owner: str, uuid: str) -> ReviewCopy:
        row = self._conn.execute(
            f"SELECT {', '.join('c.' + k for k in _COPY_COLUMNS)}, {_WAITING}, {_PROBLEM} "
            "FROM review_copies c WHERE c.owner = ? AND c.uuid = ?",
            (owner, uuid),
        ).fetchone()
        if row is None:
            raise NotFound(f"there is no submission {uuid} to review on this computer")
        return ReviewCopy(
            **dict(zip(_COPY_COLUMNS, row[: len(_COPY_COLUMNS)], strict=True)),
            waiting=row[-2] or "",
            problem=row[-1] or "",
        )

    def review_choices(self, owner: str) -> dict[str, list[str]]:
        """What the list can be filtered by: the enumerators (of a paper questionnaire, the
        one written on the paper), forms and sites present."""
        out = {}
        for name, column in (("enumerator", _ENUMERATOR), ("form_id", "form_id"), ("site", "site")):
            out[name] = [
                r[0]
                for r in self._conn.execute(
                    f"SELECT DISTINCT {column} FROM review_copies WHERE owner = ? "
                    f"ORDER BY {column} COLLATE NOCASE",
                    (owner,),
                )
            ]
        return out

    def review_counts(self, owner: str) -> dict[str, int]:
        return dict(
            self._conn.execute(
                "SELECT state, count(*) FROM review_copies WHERE owner = ? GROUP BY state",
                (owner,),
            ).fetchall()
        )

    def review_flagged(self, owner: str) -> int:
        """How many copies the server's quality checks flagged."""
        return self._conn.execute(
            "SELECT count(*) FROM review_copies WHERE owner = ? AND flagged > 0", (owner,)
        ).fetchone()[0]

    def add_review_decision(
        self,
        owner: str,
        uuid: str,
        *,
        revision: int,
        decision: str,
        payload: bytes,
        made_at: str,
        state: str,
        audit: AuditEvent,
    ) -> None:
        """A decision made here: kept until the server has it; the copy shows it at once."""
        with write(self._conn) as c:
            cur = c.execute(
                "UPDATE review_copies SET state = ? WHERE owner = ? AND uuid = ? AND revision = ?",
                (state, owner, uuid, revision),
            )
            if cur.rowcount != 1:
                raise NotFound(
                    f"submission {uuid} revision {revision} is not here to decide on (a newer "
                    "revision may have come: look at it again)"
                )
            c.execute(
                "INSERT INTO review_outbox (owner, uuid, revision, decision, payload, made_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (owner, uuid, revision, decision, payload, made_at),
            )
            insert_audit(c, audit)

    def waiting_decisions(self, owner: str) -> list[WaitingDecision]:
        """Decisions made here that the server does not have yet, oldest first."""
        rows = self._conn.execute(
            "SELECT id, uuid, revision, decision, payload, made_at FROM review_outbox "
            "WHERE owner = ? AND sent_at IS NULL AND problem = '' ORDER BY id",
            (owner,),
        )
        return [
            WaitingDecision(
                id=r[0], uuid=r[1], revision=r[2], decision=r[3], payload=r[4], made_at=r[5]
            )
            for r in rows
        ]

    def decision_sent(self, id: int, *, at: str, state: str, audit: AuditEvent) -> None:
        with write(self._conn) as c:
            row = c.execute(
                "SELECT owner, uuid, revision FROM review_outbox WHERE id = ?", (id,)
            ).fetchone()
            c.execute("UPDATE review_outbox SET sent_at = ? WHERE id = ?", (at, id))
            if row is not None:
                c.execute(
                    "UPDATE review_copies SET state = ? "
                    "WHERE owner = ? AND uuid = ? AND revision = ?",
                    (state, *row),
                )
            insert_audit(c, audit)

    def decision_refused(self, id: int, *, problem: str, audit: AuditEvent) -> None:
        """The server said no (a newer revision came, the Secretariat decided first): kept
        with the reason, never sent again; the copy's state is the server's again at the
        next pull."""
        with write(self._conn) as c:
            c.execute(
                "UPDATE review_outbox SET problem = ? WHERE id = ?", (problem or "refused", id)
            )
            insert_audit(c, audit)


def _cursor_key(owner: str) -> str:
    return f"review_cursor/{owner.casefold()}"


def _review_where(owner: str, f: ReviewFilter) -> tuple[str, list]:
    clauses = ["owner = ?"]
    params: list[object] = [owner]
    for name, column in (
        ("state", "state"),
        ("enumerator", _ENUMERATOR),
        ("form_id", "form_id"),
        ("site", "site"),
    ):
        value = getattr(f, name)
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if f.flagged is not None:
        clauses.append("flagged > 0" if f.flagged else "flagged = 0")
    if f.received_from:
        clauses.append("received_at >= ?")
        params.append(f.received_from)
    if f.received_to:
        clauses.append("received_at < ?")  # the whole last day
        params.append((date.fromisoformat(f.received_to) + timedelta(days=1)).isoformat())
    return " AND ".join(clauses), params
