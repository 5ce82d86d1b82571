"""The group writer's submissions stored on PostgreSQL in two round trips: what is stored
already and whether the senders may still send, read in one (the transaction begins with
it), then the new rows and the commit, sent in one — psycopg's pipeline mode, on a
connection of the engine's pool.

Through SQLAlchemy the same transaction took six round trips (BEGIN, the senders, the stored
rows, two inserts, COMMIT), each a wake-up of the database's process and of the writer's
thread; on a busy server each cost more than a millisecond, and the writer, which takes
turns with the requests at Python's interpreter lock, waited that long for every one.

The decisions are :func:`central_server.intake.ingest.make_plan`'s, the rows those
:func:`central_server.intake.ingest._store` writes, column for column (JSON as SQLAlchemy writes
it: ``json.dumps``, None as JSON null). Anything unusual — a uuid stored by another process
at the same moment, a value the database refuses, a lost connection — raises: the writer then
stores the batch again the usual way, where each failure is answered on its own, and a
batch that did commit before the connection was lost is found there and answered
"duplicate". Nothing is acknowledged before the COMMIT has returned.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.engine import Engine

from central_server import faults, published_forms
from central_server.accounts import NOT_ENROLLED
from central_server.errors import Unauthenticated
from central_server.intake import ingest
from central_server.intake.ingest import Sent
from sync_protocol import ItemResult

# the senders' devices, not revoked and whose accounts are not disabled (accounts.still_allowed)
ALLOWED = (
    "SELECT devices.id FROM devices JOIN users ON devices.user_id = users.id "
    "WHERE devices.id = ANY(%s) AND devices.revoked_at IS NULL AND users.disabled_at IS NULL"
)
# ingest.existing_query
EXISTING = (
    "SELECT submissions.uuid, submissions.site_id, submissions.enumerator, "
    "revisions.revision, revisions.parent_revision, revisions.sha256, revisions.status, "
    "revisions.reasons, submissions.form_id FROM submissions "
    "LEFT OUTER JOIN revisions ON revisions.uuid = submissions.uuid "
    "WHERE submissions.uuid = ANY(%s)"
)
# the files named, held by which sites (uploads.missing_for_site)
HELD = "SELECT sha256, site_id FROM attachment_sites WHERE sha256 = ANY(%s)"
INSERT_REVISIONS = (
    "INSERT INTO revisions (uuid, revision, parent_revision, form_version, json_text, sha256, "
    "status, reasons, attachments, attachment_names, device, received_at, checked, paper) "
    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s::json, %s::json, %s::json, %s, %s, %s, %s::json)"
)
INSERT_SUBMISSIONS = (
    "INSERT INTO submissions (uuid, site_id, form_id, enumerator, device, revision, status, "
    "created_at, updated_at, created_on_device, assignment_id) "
    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
)
UPDATE_SUBMISSION = (
    "UPDATE submissions SET revision = %s, status = %s, updated_at = %s WHERE uuid = %s"
)

Answer = tuple[Any, list[ItemResult] | None, BaseException | None]  # (request, answer, error)


def store(engine: Engine, stores: list[tuple[list[Sent], Any]]) -> list[Answer]:
    """Store the submissions of several requests in one transaction, committed before this
    returns; each request's answers (or the refusal of a sender no longer allowed)."""
    devices = sorted({one.who.device for sent, _ in stores for one in sent})
    uuids = sorted({one.item.uuid for sent, _ in stores for one in sent})
    hashes = sorted({h for sent, _ in stores for one in sent for h in one.item.attachments})
    # which versions take sealed submissions only (a published version never changes:
    # its cached model is the one the transaction would read)
    encrypted = ingest.encrypted_versions(
        lambda form_id, version: published_forms.model_of(engine, form_id, version),
        [one for sent, _ in stores for one in sent],
    )
    pooled = engine.raw_connection()
    try:
        conn = pooled.driver_connection
        assert conn is not None
        # BEGIN and COMMIT sent as statements of the pipeline (psycopg would wait for its
        # own BEGIN's answer before sending anything more)
        conn.autocommit = True
        with conn.pipeline():
            begin, allowed_rows, existing_rows, held_rows, writes = (
                conn.cursor() for _ in range(5)
            )
            begin.execute("BEGIN")
            allowed_rows.execute(ALLOWED, (devices,))
            existing_rows.execute(EXISTING, (uuids,))
            if hashes:
                held_rows.execute(HELD, (hashes,))
            allowed = {r[0] for r in allowed_rows.fetchall()}  # the first round trip
            held = held_rows.fetchall() if hashes else []
            answers, plan, kept = _plan(stores, allowed, existing_rows.fetchall(), uuids, encrypted)
            if plan.revisions:
                writes.executemany(INSERT_REVISIONS, [_revision(r) for r in plan.revisions])
            if plan.submissions:
                writes.executemany(INSERT_SUBMISSIONS, [_submission(s) for s in plan.submissions])
            if plan.changed:
                writes.executemany(
                    UPDATE_SUBMISSION,
                    [
                        (v["revision"], v["status"], v["updated_at"], uuid)
                        for uuid, v in plan.changed.items()
                    ],
                )
            faults.point("at-commit")  # a test build's (central_server.faults)
            writes.execute("COMMIT")
        # leaving the pipeline waited for the rest: the second round trip
        faults.point("after-commit")
        conn.autocommit = False
    except BaseException:
        # closed, not used again: the database rolls back what it has not committed
        pooled.invalidate()
        raise
    pooled.close()
    missing = {
        site: set(_wanted(kept, site)) - {h for h, s in held if site is None or s == site}
        for site in {one.who.site_id for one in kept}
    }
    ingest.note_missing(kept, plan.results, missing)
    return answers


def _plan(
    stores: list[tuple[list[Sent], Any]],
    allowed: set[int],
    rows: list[tuple],
    uuids: list[str],
    encrypted: set[tuple[str, str]],
) -> tuple[list[Answer], ingest.Plan, list[Sent]]:
    """The requests' answers (filled in by the plan's results), the plan, and the items
    stored (those of the senders still allowed)."""
    answers: list[Answer] = []
    kept: list[Sent] = []
    spans: list[tuple[Any, int, int]] = []
    for sent, done in stores:
        if all(one.who.device in allowed for one in sent):
            spans.append((done, len(kept), len(kept) + len(sent)))
            kept += sent
        else:
            answers.append((done, None, Unauthenticated(NOT_ENROLLED)))
    owners, known = ingest.existing(rows, uuids)
    plan = ingest.make_plan(kept, owners, known, None, encrypted)
    answers += [(done, plan.results[a:b], None) for done, a, b in spans]
    return answers, plan, kept


def _wanted(sent: list[Sent], site: int | None) -> list[str]:
    return sorted({h for one in sent if one.who.site_id == site for h in one.item.attachments})


def _revision(r: dict) -> tuple:
    return (
        r["uuid"],
        r["revision"],
        r["parent_revision"],
        r["form_version"],
        r["json_text"],
        r["sha256"],
        r["status"],
        json.dumps(r["reasons"]),
        json.dumps(r["attachments"]),
        json.dumps(r["attachment_names"]),
        r["device"],
        r["received_at"],
        r["checked"],
        json.dumps(r["paper"]),  # as SQLAlchemy writes a None: JSON null
    )


def _submission(s: dict) -> tuple:
    return (
        s["uuid"],
        s["site_id"],
        s["form_id"],
        s["enumerator"],
        s["device"],
        s["revision"],
        s["status"],
        s["created_at"],
        s["updated_at"],
        s["created_on_device"],
        s["assignment_id"],
    )
