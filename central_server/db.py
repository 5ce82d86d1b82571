"""The server's tables (SQLAlchemy Core) and the engine. The schema itself is created and
changed by Alembic migrations (``migrations/``); these definitions are what the queries use."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

try:
    import fcntl
except ImportError:  # Windows: the writers queue in SQLite's own way
    fcntl = None  # type: ignore[assignment]
from contextlib import contextmanager
from pathlib import Path

import orjson
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    false,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine

from central_server import faults

metadata = MetaData()

sites = Table(
    "sites",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", String(40), nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("role", String(20), nullable=False),
    Column("site_id", Integer, ForeignKey("sites.id"), nullable=True),
    Column("password_hash", String(400), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("disabled_at", String(40)),  # set: no login, and its devices are refused
)

devices = Table(
    "devices",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("label", String(200), nullable=False, default=""),
    Column("device_id", String(100), nullable=False, default=""),
    Column("created_at", String(40), nullable=False),
    Column("last_seen", String(40)),
    Column("revoked_at", String(40)),
)

login_attempts = Table(
    "login_attempts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(200), nullable=False),
    Column("address", String(100), nullable=False),
    Column("at", Integer, nullable=False),  # unix seconds
    Column("ok", Boolean, nullable=False),
    Index("login_attempts_by_name", "username", "at"),
    Index("login_attempts_by_address", "address", "at"),
)

forms = Table(
    "forms",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("form_id", String(200), nullable=False),
    Column("version", String(100), nullable=False),
    Column("title", String(400), nullable=False),
    Column("file_name", String(400), nullable=False),
    Column("workbook", LargeBinary, nullable=False),
    Column("model", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("published_at", String(40), nullable=False),
    # JSON list of the files the form names and the server does not have yet; while any is
    # missing the version is not offered to devices ("daftari-server form attach" adds them)
    Column("needs_files", Text, nullable=False, default="[]"),
    # the XForm pyxform made of the workbook, as OpenRosa clients download it: kept, so the
    # same bytes (and MD5) whatever pyxform's version later (migration 0012; None: made on
    # first request for a version published before)
    Column("xform", Text),
    UniqueConstraint("form_id", "version", name="forms_version_once"),
)

# The files a form version names (select_one_from_file choices, pulldata tables), as attached
form_files = Table(
    "form_files",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("form", Integer, ForeignKey("forms.id"), nullable=False),
    Column("name", String(400), nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("added_at", String(40), nullable=False),
    UniqueConstraint("form", "name", name="form_files_once"),
)

submissions = Table(
    "submissions",
    metadata,
    Column("uuid", String(64), primary_key=True),
    Column("site_id", Integer, ForeignKey("sites.id"), nullable=False),
    Column("form_id", String(200), nullable=False),
    Column("enumerator", String(200), nullable=False),
    Column("device", Integer, ForeignKey("devices.id"), nullable=False),
    Column("revision", Integer, nullable=False),  # the newest stored revision
    Column("status", String(20), nullable=False),  # received | rejected | conflict
    # the server's clock (migration 0015): when its first revision was stored, and when the
    # newest was (or the server's checks refused it) — what exports say submitted and updated
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    # the device's clock, as it said when the form was opened (None: it did not say)
    Column("created_on_device", String(40)),
    # the assignment it was made for (migration 0017; central_server.assignments), if any
    Column("assignment_id", Integer),
    Index("submissions_by_site", "site_id", "form_id"),
    # the order every export, indicator and page of the merged dataset reads in (migration
    # 0009): read along it, a million rows need no sorting first
    Index("submissions_by_form_time", "form_id", "created_at", "uuid"),
    Index("submissions_by_assignment", "assignment_id"),
)

revisions = Table(
    "revisions",
    metadata,
    Column(
        "seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("uuid", String(64), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("parent_revision", Integer),
    Column("form_version", String(100), nullable=False),
    Column("json_text", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("status", String(20), nullable=False),  # stored | rejected | conflict
    Column("reasons", JSON, nullable=False, default=list),
    Column("attachments", JSON, nullable=False, default=list),
    Column("attachment_names", JSON),  # the answer's file name -> its SHA-256
    Column("device", Integer, ForeignKey("devices.id"), nullable=False),
    Column("received_at", String(40), nullable=False),
    # False until checked against its form (just after it was acknowledged as stored)
    Column("checked", Boolean, nullable=False, default=True),
    Column("checking_since", Integer),  # unix seconds a checker took it (None: not taken)
    # keyed from paper: its number, interview date, enumerator, batch, who keyed it and when
    # (sync_protocol.PaperFacts; migration 0010)
    Column("paper", JSON),
    # False until the entities it creates or updates were applied (migration 0016;
    # central_server.intake.entities, after its check)
    Column("entities_done", Boolean, nullable=False, server_default=false()),
    UniqueConstraint("uuid", "revision", name="revisions_once"),
)
# the revisions waiting for their check: a partial index (migration 0004), queried with
# ``checked == false()``

attachments = Table(
    "attachments",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("complete", Boolean, nullable=False, default=False),
    Column("created_at", String(40), nullable=False),
)

attachment_chunks = Table(
    "attachment_chunks",
    metadata,
    Column("sha256", String(64), ForeignKey("attachments.sha256"), primary_key=True),
    Column("offset", BigInteger, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

# An upload in progress, per device: nobody else's bytes can mix into it or block it.
attachment_parts = Table(
    "attachment_parts",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("device", Integer, ForeignKey("devices.id"), primary_key=True),
    Column("offset", BigInteger, primary_key=True),
    Column("size", BigInteger, nullable=False),  # of the whole file, as the device said
    Column("data", LargeBinary, nullable=False),
    Column("received_at", String(40)),  # forgotten a week after (migration 0013)
)

# A site holds a file once one of its devices uploaded it whole (a hash alone proves nothing).
attachment_sites = Table(
    "attachment_sites",
    metadata,
    Column("sha256", String(64), ForeignKey("attachments.sha256"), primary_key=True),
    Column("site_id", Integer, ForeignKey("sites.id"), primary_key=True),
)

# A bundle carried by another computer (an office desktop), uploaded in chunks by that
# computer's device; imported once whole (migration 0011).
bundle_parts = Table(
    "bundle_parts",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("device", Integer, ForeignKey("devices.id"), primary_key=True),
    Column("offset", BigInteger, primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("received_at", String(40), nullable=False),  # forgotten a week after
)

# Bundles imported from an upload: the same bundle carried again is answered from here.
bundle_imports = Table(
    "bundle_imports",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("carried_by", Integer, ForeignKey("devices.id"), nullable=False),
    Column("imported_at", String(40), nullable=False),
    Column("counts", JSON, nullable=False),  # {"stored": n, "duplicate": n, ...}
)

# The media parts of an OpenRosa submission sent over several POSTs (``*isIncomplete*``),
# per device, until the last POST stores the submission (migration 0012).
openrosa_parts = Table(
    "openrosa_parts",
    metadata,
    Column("instance_id", String(200), primary_key=True),
    Column("device", Integer, ForeignKey("devices.id"), primary_key=True),
    Column("name", String(500), primary_key=True),
    Column("sha256", String(64), nullable=False),
    Column("received_at", String(40), nullable=False),
)

# Which revision of which submission an OpenRosa instanceID is (an edit's new instanceID is a
# revision of the submission its deprecatedID names).
openrosa_instances = Table(
    "openrosa_instances",
    metadata,
    Column("instance_id", String(200), primary_key=True),
    Column("uuid", String(64), nullable=False),
    Column("revision", Integer, nullable=False),
)

changes = Table(
    "changes",
    metadata,
    Column(
        "seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("site_id", Integer, ForeignKey("sites.id")),  # None: for every site
    Column("kind", String(20), nullable=False),  # form_version | decision | assignment
    Column("ref", String(200), nullable=False),
    Column("at", String(40), nullable=False),
)

# ODK Entities (migration 0016): the households and persons work comes back to. An entity
# belongs to the site whose submission created it (or that imported it) and is sent to that
# site's devices only; each change is a version.
entities = Table(
    "entities",
    metadata,
    Column("uuid", String(64), primary_key=True),
    Column("list_name", String(200), nullable=False),
    Column("site_id", Integer, ForeignKey("sites.id"), nullable=False),
    Column("label", Text, nullable=False),
    Column("data", JSON, nullable=False),  # property -> text
    Column("version", Integer, nullable=False),
    Column("conflict", String(10)),  # None | soft | hard: two updates of one version
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Column("deleted_at", String(40)),
    Index("entities_by_list", "list_name", "site_id"),
)

entity_versions = Table(
    "entity_versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uuid", String(64), ForeignKey("entities.uuid"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("label", Text, nullable=False),
    Column("data", JSON, nullable=False),  # the whole entity after this change
    Column("received", JSON, nullable=False),  # the properties the change brought
    Column("base_version", Integer),  # the version the device changed (None: a create)
    Column("branch_id", String(64)),  # an offline run of updates on one device
    Column("conflicting", JSON),  # properties both sides changed (a hard conflict)
    Column("submission", String(64)),  # the submission it came from (None: an import)
    Column("revision", Integer),
    Column("by", String(200), nullable=False),
    Column("at", String(40), nullable=False),
    UniqueConstraint("uuid", "version", name="entity_versions_once"),
)

entity_waiting = Table(  # updates that came before the version they change: kept, not lost
    "entity_waiting",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uuid", String(64), nullable=False),
    Column("base_version", Integer, nullable=False),
    Column("submission", String(64), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("site_id", Integer, ForeignKey("sites.id"), nullable=False),
    Column("change", JSON, nullable=False),
    Column("by", String(200), nullable=False),
    Column("at", String(40), nullable=False),
    Index("entity_waiting_by_uuid", "uuid"),
)

entity_problems = Table(  # a change that could not be made, said to review
    "entity_problems",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("submission", String(64), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("uuid", String(64), nullable=False),
    Column("problem", Text, nullable=False),
    Column("at", String(40), nullable=False),
    Index("entity_problems_by_submission", "submission"),
)

decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", String(64), ForeignKey("submissions.uuid"), nullable=False),
    Column("decision", String(20), nullable=False),  # approved | returned
    Column("comment", Text, nullable=False, default=""),
    Column("by", String(200), nullable=False),
    Column("at", String(40), nullable=False),
    # Migration 0006: the revision decided on, who decided at which level (site | secretariat
    # | server: the server's own checks), and comments on single answers {path: comment}.
    # Rows are only ever added: the table is the review's audit trail.
    Column("revision", Integer),
    Column("level", String(20), nullable=False, default="server"),
    Column("answers", JSON),
    # Migration 0014: values kept as written on the paper that this decision confirmed, the
    # paper's value standing {path: value} (central_server.as_written); NULL: none
    Column("confirmed", JSON(none_as_null=True)),
    Index("decisions_by_uuid", "uuid", "id"),
)

# A person's verdicts on probable duplicate pairs (central_server.merged.duplicates): only added to
duplicate_resolutions = Table(
    "duplicate_resolutions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("first", String(64), nullable=False),  # the pair, in uuid order
    Column("second", String(64), nullable=False),
    Column("resolution", String(20), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("by", String(200), nullable=False),
    Column("at", String(40), nullable=False),
    Index("duplicate_resolutions_pair", "first", "second"),
)

# Exports made for the desktop's Secretariat view (central_server.merged.export_jobs): progress kept
# here so that whichever worker process is asked can say how far an export got.
export_jobs = Table(
    "export_jobs",
    metadata,
    Column("id", String(40), primary_key=True),  # random: only its requester knows it
    Column("by", String(200), nullable=False),
    Column("form_id", String(200), nullable=False),
    Column("format", String(20), nullable=False),
    Column("params", JSON, nullable=False),
    Column("state", String(20), nullable=False),  # running | done | failed
    Column("done", Integer, nullable=False, default=0),  # submissions read so far
    Column("total", Integer, nullable=False, default=0),  # submissions to read
    Column("rows", JSON),  # rows written per table, when done
    Column("error", Text, nullable=False, default=""),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
)

assignments = Table(
    "assignments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site_id", Integer, ForeignKey("sites.id"), nullable=False),
    Column("form_id", String(200), nullable=False),
    Column("title", String(400), nullable=False),
    Column("payload", JSON, nullable=False, default=dict),  # preloaded answers, by path
    Column("created_at", String(40), nullable=False),
    # migration 0017 (central_server.assignments): who does it; the entity to visit (None: a
    # number of new registrations, quantity, in a zone); open | cancelled
    Column("enumerator", String(200), nullable=False, default=""),
    Column("entity_uuid", String(64)),
    Column("list_name", String(200)),
    Column("quantity", Integer, nullable=False, default=1),
    Column("zone", String(200), nullable=False, default=""),
    Column("state", String(20), nullable=False, default="open"),
    Column("created_by", String(200), nullable=False, default=""),
    Column("updated_at", String(40), nullable=False, default=""),
    Column("had_by", JSON),  # every name it was given to, oldest first
    Column("revision", Integer, nullable=False, default=1),  # grows with each change
    Index("assignments_by_site", "site_id", "form_id", "enumerator"),
    Index("assignments_by_entity", "entity_uuid"),
)

# How far a background reader went along revisions.seq (migration 0018): the paradata reader.
readers = Table(
    "readers",
    metadata,
    Column("name", String(50), primary_key=True),
    Column("seq", BigInteger, nullable=False),
)


def reader_mark(conn: Connection, name: str) -> int:
    """How far the background reader ``name`` went, its row held until the commit (on
    PostgreSQL another reader of that name waits; on SQLite writers take turns already)."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    made = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    conn.execute(made(readers).values(name=name, seq=0).on_conflict_do_nothing())
    query = select(readers.c.seq).where(readers.c.name == name)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    return int(conn.execute(query).scalar_one())


def set_reader_mark(conn: Connection, name: str, seq: int) -> None:
    conn.execute(update(readers).where(readers.c.name == name).values(seq=seq))


# A submission's audit log (its newest revision's audit.csv; central_server.paradata): waiting
# for its file, read, or unreadable (with why); what was read, summed.
paradata_files = Table(
    "paradata_files",
    metadata,
    Column("uuid", String(64), primary_key=True),
    Column("revision", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("state", String(20), nullable=False),  # waiting | read | unreadable
    Column("problem", Text, nullable=False, default=""),
    Column("events", Integer, nullable=False, default=0),
    Column("shown_ms", BigInteger, nullable=False, default=0),  # questions on screen
    Column("questions", Integer, nullable=False, default=0),  # distinct questions shown
    Column("first_ms", BigInteger),  # the first event's start
    Column("last_ms", BigInteger),  # the last event's end (or start)
    Column("read_at", String(40), nullable=False, default=""),
    Index("paradata_files_waiting", "state", "sha256"),
)

# Its events, one row each, as audit.csv has them (form_engine.paradata.Event); ``question``:
# the node without repeat positions, what is compared across interviews.
paradata_events = Table(
    "paradata_events",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("uuid", String(64), nullable=False),
    Column("row", Integer, nullable=False),
    Column("event", String(100), nullable=False),
    Column("node", String(1000), nullable=False),
    Column("question", String(1000), nullable=False),
    Column("start_ms", BigInteger, nullable=False),
    Column("end_ms", BigInteger),
    Column("duration_ms", BigInteger, nullable=False),
    Column("latitude", String(40), nullable=False),
    Column("longitude", String(40), nullable=False),
    Column("accuracy", String(40), nullable=False),
    Column("old_value", Text),
    Column("new_value", Text),
    Column("user", String(200), nullable=False),
    Column("change_reason", Text, nullable=False),
    Index("paradata_events_by_submission", "uuid", "row"),
)

# A site's areas (migration 0018; central_server.areas): GeoJSON polygons, each named (a zone;
# "" for one without a name), uploaded by the administrator; a GPS point is checked in them.
site_areas = Table(
    "site_areas",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site_id", Integer, ForeignKey("sites.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("geometry", Text, nullable=False),  # a GeoJSON geometry (longitude, latitude)
    Column("added_by", String(200), nullable=False),
    Column("added_at", String(40), nullable=False),
    Index("site_areas_by_site", "site_id"),
)

# The checks run on a form's submissions (central_server.checks): from its workbook's
# ``checks`` sheet (source "form", replaced when a version is published) or added by a
# supervisor (source "supervisor": for their site; site_id None: every site).
check_rules = Table(
    "check_rules",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("form_id", String(200), nullable=False),
    Column("name", String(100), nullable=False),
    Column("check", String(40), nullable=False),
    Column("field", String(200), nullable=False, default=""),
    Column("parameters", Text, nullable=False, default=""),
    Column("message", Text, nullable=False, default=""),
    Column("source", String(20), nullable=False),
    Column("site_id", Integer, ForeignKey("sites.id")),
    Column("created_by", String(200), nullable=False),
    Column("created_at", String(40), nullable=False),
    Index("check_rules_by_form", "form_id"),
)

# What the checks found, per submission: the rule, its values and the reason in words;
# replaced for the whole form at each run.
flags = Table(
    "flags",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("uuid", String(64), nullable=False),
    Column("form_id", String(200), nullable=False),
    Column("site_id", Integer, nullable=False),
    Column("enumerator", String(200), nullable=False),
    Column("rule", String(100), nullable=False),
    Column("check", String(40), nullable=False),
    Column("details", JSON, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", String(40), nullable=False),
    Index("flags_by_form", "form_id", "site_id"),
    Index("flags_by_submission", "uuid"),
)

# The submissions whose flags a checks run changed (migration 0019), numbered as they are
# written: the review feed's third cursor, so a desktop hears of a flag raised after it
# pulled the submission (and of one taken away).
flag_changes = Table(
    "flag_changes",
    metadata,
    Column(
        "seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("uuid", String(64), nullable=False),
    Column("site_id", Integer, nullable=False),
    Column("at", String(40), nullable=False),
    Index("flag_changes_by_site", "site_id", "seq"),
)

# What the supervisors' per-enumerator table counts of each submission (its newest revision;
# central_server.quality): the interview's day, the choice answers given, how many of them
# were "don't know" or "refused", and the entries of its first roster (None: the form has none).
submission_summaries = Table(
    "submission_summaries",
    metadata,
    Column("uuid", String(64), primary_key=True),
    Column("revision", Integer, nullable=False),
    Column("form_id", String(200), nullable=False),
    Column("day", String(10), nullable=False),
    Column("answered", Integer, nullable=False),
    Column("dont_know", Integer, nullable=False),
    Column("refused", Integer, nullable=False),
    Column("roster", Integer),
    Index("submission_summaries_by_form", "form_id"),
)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"timeout": 30, "check_same_thread": False},
            # as many as the request threads (40) plus the writer and checker: a connection
            # opened and closed per request costs more than the request's own queries
            pool_size=48,
            max_overflow=16,
            hide_parameters=True,  # a failed statement's values are answers: never logged
            json_deserializer=read_json,  # JSON columns, read a million times by an export
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record) -> None:
            # WAL, foreign keys, durable commits; and SQLAlchemy, not pysqlite, begins
            # transactions, so that they can begin IMMEDIATE (writers queue at BEGIN
            # instead of failing half way through).
            dbapi_connection.isolation_level = None
            cur = dbapi_connection.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _immediate(conn) -> None:
            # a reading transaction takes no write lock: readers never queue behind writers
            reading = conn.get_execution_options().get("daftari_reading")
            conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

        faults.watch(engine)  # a test build's fault points; nothing otherwise
        return engine
    engine = create_engine(
        # No ping before each use (a round trip per request, a fifth of the OpenRosa time):
        # a connection found dead is answered 503 once and the pool starts afresh (app.failed)
        url,
        pool_size=10,
        max_overflow=20,
        pool_pre_ping=False,
        hide_parameters=True,
        json_deserializer=read_json,
    )
    faults.watch(engine)
    return engine


def read_json(text: str):
    """JSON from the database: orjson (a third of an export's time went to parsing), and the
    standard parser for what orjson refuses (NaN, which Python writes). A bare number past
    64 bits reads as the nearest float — only a decimal answer can be one (integers are
    limited to ±2^31 by the form's rules), and a decimal column is a float in every format."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """For reading many rows (exports, indicators, a page of data): one transaction, as
    PostgreSQL streams rows only inside one; on SQLite one that takes no write lock, so the
    devices' syncs go on meanwhile."""
    with engine.connect() as conn:
        if engine.dialect.name != "postgresql":
            conn.execution_options(daftari_reading=True)
        try:
            with conn.begin():
                yield conn
        except BaseException:
            # a read cut short may leave a statement open on it, holding an old snapshot:
            # this connection is closed, not handed to the next request
            conn.invalidate()
            raise


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """For reading only: on SQLite a transaction that does not queue with the writers; on
    PostgreSQL no transaction at all (each statement reads on its own: no BEGIN and COMMIT
    round trips around a lookup every request makes)."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.execution_options(isolation_level="AUTOCOMMIT")
            yield conn
            return
        conn.execution_options(daftari_reading=True)
        with conn.begin():
            yield conn


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction for the server's busy writers (the group writer, the checker). On
    SQLite several processes take turns at one write lock, and one that finds it taken
    sleeps 1, 2, 5, 10… ms before trying again; here they first queue at a file lock beside
    the database, where the next is woken the moment the lock is free."""
    path = _sqlite_path(engine)
    if path is None or fcntl is None:
        with engine.begin() as conn:
            yield conn
        return
    fd = os.open(f"{path}-writers", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with engine.begin() as conn:
            yield conn
    finally:
        os.close(fd)  # and the lock with it, after the commit


def _sqlite_path(engine: Engine) -> str | None:
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    return database if database and database != ":memory:" else None


def private_folder(folder: Path) -> None:
    """The server's data folder, readable by the server's account only."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def private_database(url: str) -> None:
    """A SQLite database file (and its journal files), readable by the server's account only."""
    if not url.startswith("sqlite:///") or os.name != "posix":
        return
    path = Path(url.removeprefix("sqlite:///"))
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-writers")):
        if candidate.exists():
            os.chmod(candidate, 0o600)
