"""The sync wire format, defined once and imported by both the client and the server.

HTTP + JSON (request and response bodies gzip-compressed when large). Every response the
server means as an answer carries ``"daftari": PROTOCOL`` so a client never mistakes a captive
portal's page, or a proxy's, for an acknowledgement. See docs/sync-protocol.md.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

PROTOCOL: Literal["daftari-sync/1"] = "daftari-sync/1"
API = "/api/v1"
CHUNK_BYTES = 256 * 1024  # attachment upload chunk

Role = Literal["enumerator", "clerk", "supervisor", "secretariat", "admin"]
ROLES: tuple[Role, ...] = ("enumerator", "clerk", "supervisor", "secretariat", "admin")


class Answer(BaseModel):
    """Every server answer: the marker a client checks before believing anything in it."""

    daftari: Literal["daftari-sync/1"] = PROTOCOL


class Problem(Answer):
    """A refusal (4xx/5xx): ``code`` for programs, ``detail`` in plain words for people."""

    code: str
    detail: str


class Strict(BaseModel):
    """What a client sends: a field the server does not know is refused, never ignored."""

    model_config = ConfigDict(extra="forbid")


class LoginRequest(Strict):
    username: NoNul = Field(max_length=200)  # (PostgreSQL text cannot hold NUL: a 500 before)
    password: str = Field(max_length=1000)
    device_label: NoNul = Field(default="", max_length=200)
    device_id: NoNul = Field(default="", max_length=100)


class LoginAnswer(Answer):
    token: str
    device: int
    username: str
    role: Role
    site: str | None


class DeviceInfo(BaseModel):
    id: int
    label: str
    device_id: str
    created_at: str
    last_seen: str | None
    revoked: bool


class DevicesAnswer(Answer):
    devices: list[DeviceInfo]


# What the server's columns hold; the models refuse anything else item by item, so that no
# single item can fail the batch it came in (a 5,000-digit number, a NUL character).
MAX_REVISION = 2**31 - 1
NoNul = Annotated[str, AfterValidator(lambda s: _no_nul(s))]


def _no_nul(text: str) -> str:
    if "\x00" in text:
        raise ValueError("a NUL character cannot be stored")
    if not storable(text):
        raise ValueError("text that is not valid Unicode (half of a character) cannot be stored")
    return text


def storable(text: str) -> bool:
    """Text that can be written as UTF-8: JSON's "\\ud800" escape makes half a character,
    which no database column, export or page can hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


MOMENT = r"^(\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?)?$"


class WrittenValue(Strict):
    """An answer kept as written on the paper although it breaks a constraint of the form
    (never a type: letters in a number are refused). The server takes the submission with
    it — a constraint issue at ``path`` while the answer there is ``value`` is not a
    refusal — and flags the value until a reviewer confirms that the paper's value stands."""

    # exactly form_engine's Issue.path for that answer ("/data/survey/member[2]/age"; a
    # roster's index only where it has several entries)
    path: NoNul = Field(min_length=2, max_length=500, pattern=r"^/")
    # the answer as the submission's JSON holds it, as text (Issue.value: 720 -> "720",
    # several choices separated by spaces)
    value: NoNul = Field(min_length=1, max_length=10_000)
    rule: NoNul = Field(default="", max_length=2000)  # the constraint message the clerk saw
    note: NoNul = Field(default="", max_length=500)  # the clerk's, optional


class PaperFacts(Strict):
    """A paper questionnaire keyed at an office: what the paper says about the interview, and
    who keyed it when (never mixed with the answers; the form's start, end and today hold the
    interview's date)."""

    number: NoNul = Field(default="", max_length=100)  # the questionnaire's number
    interview_date: str = Field(default="", pattern=r"^(\d{4}-\d{2}-\d{2})?$")
    enumerator: NoNul = Field(default="", max_length=200)  # as written on the paper
    batch: NoNul = Field(default="", max_length=100)
    keyed_by: NoNul = Field(default="", max_length=200)
    keyed_at: str = Field(default="", max_length=40, pattern=MOMENT)
    # answers kept as the paper says although they break a constraint (see WrittenValue)
    as_written: list[WrittenValue] = Field(default_factory=list, max_length=500)


class PushItem(Strict):
    """One finalized revision: its exact JSON bytes (as text) and their SHA-256."""

    uuid: NoNul = Field(min_length=1, max_length=64)
    form_id: NoNul = Field(max_length=200)
    form_version: NoNul = Field(max_length=100)
    revision: int = Field(ge=1, le=MAX_REVISION)
    parent_revision: int | None = Field(default=None, ge=1, le=MAX_REVISION)
    json_text: NoNul = Field(max_length=4 * 1024 * 1024)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    attachments: list[Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]] = Field(
        default_factory=list, max_length=1000
    )  # SHA-256 of each file it names
    attachment_names: dict[
        Annotated[str, Field(max_length=500)], Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    ] = Field(default_factory=dict, max_length=1000)  # the file name an answer holds -> SHA-256
    # ISO 8601 dates and times (or none): shown as the system's dates, never free text
    created_at: str = Field(default="", max_length=40, pattern=MOMENT)
    finalized_at: str = Field(default="", max_length=40, pattern=MOMENT)
    paper: PaperFacts | None = None  # keyed from a paper questionnaire
    # the assignment it was made for (central_server.assignments), if any
    assignment: int | None = Field(default=None, ge=1, le=2**31 - 1)


class PushBatch(Strict):
    """What a client sends. The server reads ``items`` as :class:`PushEnvelope` does and checks
    each one against :class:`PushItem` on its own: an item it cannot read is answered
    ``rejected`` with the reason, and its neighbours are stored."""

    items: list[PushItem] = Field(max_length=500)


class PushEnvelope(Strict):
    """A push batch as the server first reads it: up to 500 items, each checked on its own."""

    items: list[Any] = Field(max_length=500)


ItemStatus = Literal["stored", "duplicate", "conflict", "rejected"]


class ItemResult(BaseModel):
    uuid: str
    revision: int
    status: ItemStatus
    reasons: list[str] = Field(default_factory=list)
    missing_attachments: list[str] = Field(default_factory=list)


class PushAnswer(Answer):
    results: list[ItemResult]


class AttachmentStatus(Answer):
    sha256: str
    received: int  # bytes the server holds; a resumed upload continues from here
    complete: bool


class BundleStatus(Answer):
    """A bundle carried by another computer (sync_protocol.bundles): imported (and what its
    submissions were answered), else how far the carrier's upload of it got."""

    sha256: str
    received: int
    imported: bool
    counts: dict[str, int] = {}  # stored / duplicate / rejected / conflict: how many


class FormVersionOut(BaseModel):
    form_id: str
    version: str
    title: str
    sha256: str
    published_at: str
    # the files it names (choice lists, pulldata tables): GET /forms/{id}/{version}/files/{name}
    files: list[str] = Field(default_factory=list)


class DecisionOut(BaseModel):
    uuid: str
    decision: Literal["approved", "returned"]
    comment: str = ""
    by: str
    at: str
    # the revision it is about; site | secretariat | server (its own checks); comments on
    # single answers, keyed as the answers are ("members/member[2]/age")
    revision: int | None = None
    level: str = "server"
    answers: dict[str, str] = Field(default_factory=dict)


class AssignmentOut(BaseModel):
    """Work given to the device's user (central_server.assignments): a follow-up of an
    entity, its answers preloaded (``payload``: question path -> value), or ``quantity`` new
    registrations in a zone; ``done`` as the server counts it. ``removed``: reassigned or
    cancelled, it leaves the computer (its drafts and finalized submissions stay)."""

    id: int
    form_id: str
    title: str
    payload: dict[str, str] = Field(default_factory=dict)
    enumerator: str = ""
    entity: str | None = None
    list_name: str | None = None
    quantity: int = 1
    zone: str = ""
    done: int = 0
    removed: bool = False
    # grows with each change on the server: a device never applies an older copy over a
    # newer one (an updates bundle carried after a sync brings nothing back)
    revision: int = 0


class EntityOut(BaseModel):
    """An entity as a site's devices keep it (ODK Entities): its newest version. ``deleted``:
    gone from the list (its follow-ups are no longer offered)."""

    uuid: str
    list_name: str
    label: str
    version: int
    data: dict[str, str] = Field(default_factory=dict)
    deleted: bool = False


class EntityVersionOut(BaseModel):
    """One version of an entity as a reviewer reads it (GET /entities/{uuid}): what it holds
    (``data``), what its submission brought (``received``), the version that submission had
    read (``base_version``; None for the first), the properties it left in a hard conflict,
    who made it and when. ``submission`` None: a reviewer's resolution or an import."""

    version: int
    label: str
    data: dict[str, str] = Field(default_factory=dict)
    received: dict[str, str] = Field(default_factory=dict)
    base_version: int | None = None
    conflicting: list[str] | None = None
    submission: str | None = None
    by: str = ""
    at: str = ""


class ReviewedEntity(BaseModel):
    """An entity as a reviewer reads it: its newest version, its conflict (``soft``,
    ``hard`` or None) and, read one by one, every version it has had (oldest first)."""

    uuid: str
    list_name: str
    site: str
    label: str
    data: dict[str, str] = Field(default_factory=dict)
    version: int
    conflict: str | None = None
    versions: list[EntityVersionOut] = Field(default_factory=list)


class EntityConflictsAnswer(Answer):
    entities: list[ReviewedEntity]


class ReviewedEntityAnswer(Answer):
    entity: ReviewedEntity


class EntityResolution(Strict):
    """A conflict resolved (POST /entities/{uuid}/resolve): the values chosen, property by
    property, over ``version`` — the one looked at (another since then is refused, 409)."""

    version: int = Field(ge=1, le=MAX_REVISION)
    values: dict[str, str] = Field(default_factory=dict)
    label: str | None = None


class PullAnswer(Answer):
    cursor: int
    more: bool
    form_versions: list[FormVersionOut] = Field(default_factory=list)
    decisions: list[DecisionOut] = Field(default_factory=list)
    assignments: list[AssignmentOut] = Field(default_factory=list)
    # the site's entities changed since the cursor (an older server sends none)
    entities: list[EntityOut] = Field(default_factory=list)


class ExchangeRequest(Strict):
    """One round trip for a small sync: the submissions to push (a first batch) and the pull
    cursor. A day's work on 2G is one connection and one request."""

    items: list[PushItem] = Field(default_factory=list, max_length=500)
    cursor: int = Field(default=0, ge=0, le=2**62)


class ExchangeEnvelope(Strict):
    """An exchange as the server first reads it (items checked one by one, as in a push)."""

    items: list[Any] = Field(default_factory=list, max_length=500)
    cursor: int = Field(default=0, ge=0, le=2**62)


class ExchangeAnswer(Answer):
    results: list[ItemResult]
    pull: PullAnswer


class ReviewDecision(BaseModel):
    """One decision on a submission, as a reviewer's desktop keeps it."""

    decision: str
    level: str
    revision: int | None = None
    by: str
    at: str
    comment: str = ""
    answers: dict[str, str] = Field(default_factory=dict)
    # values kept as on paper that this decision confirmed: path -> the value that stands
    confirmed: dict[str, str] = Field(default_factory=dict)


class KeptAsWritten(BaseModel):
    """A value of the newest revision kept as written on the paper (a :class:`WrittenValue`
    whose value is still the answer), and whether a reviewer confirmed that it stands."""

    path: str  # as WrittenValue.path
    name: str  # the question's name, with its roster entries ("age (member 2)")
    value: str
    rule: str = ""
    note: str = ""
    confirmed: bool = False  # until then it is no valid value: indicators leave it out
    confirmed_by: str = ""
    confirmed_at: str = ""
    confirmed_level: str = ""  # site | secretariat


class ReviewItem(BaseModel):
    """A submission to review, as it is now on the server (GET /review/feed)."""

    uuid: str
    site: str
    form_id: str
    form_version: str
    enumerator: str
    revision: int
    state: str
    checks: str
    reasons: list[str] = Field(default_factory=list)
    received_at: str
    updated_at: str
    json_text: str
    changed: list[str] = Field(default_factory=list)
    decisions: list[ReviewDecision] = Field(default_factory=list)
    as_written: list[KeptAsWritten] = Field(default_factory=list)
    # keyed from a paper questionnaire: what the paper says (its number, interview date,
    # enumerator, batch) and who keyed it when; its values kept as written are in
    # ``as_written`` above (those still standing), never here
    paper: PaperFacts | None = None
    # what the server's quality checks flagged on it now, as "rule: reason" (issue 26):
    # approving it needs a comment saying why it stands
    flags: list[str] = Field(default_factory=list)


class ReviewFeed(Answer):
    items: list[ReviewItem]
    revisions_after: int  # to keep (every row up to them settled)
    decisions_after: int
    next_revisions_after: int  # to ask the next page of this sync from
    next_decisions_after: int
    # the third cursor: submissions whose flags a checks run changed (0 from a server
    # before it)
    flags_after: int = 0
    next_flags_after: int = 0
    more: bool
    settled: bool


class ReviewDecisionIn(BaseModel):
    decision: Literal["approved", "returned"]
    comment: str = ""
    answers: dict[str, str] = Field(default_factory=dict)
    revision: int | None = None
    # paths of values kept as on paper (KeptAsWritten.path) whose paper value stands
    confirmed: list[str] = Field(default_factory=list)


class ReviewDecisionAnswer(Answer):
    uuid: str
    state: str


def a_role(role: str) -> str:
    """ "an enumerator", "a clerk": a role named in a sentence."""
    return f"{'an' if role[:1].lower() in 'aeiou' else 'a'} {role}"


# -- assignments (central_server.assignments; the desktop's supervisor window) ----------------
MOST_ASSIGNED = 10_000  # entities (or registrations) given in one request

AssigneeName = Annotated[NoNul, Field(min_length=1, max_length=200)]


class AssignmentPublic(BaseModel):
    id: int
    site: str
    form_id: str
    title: str
    enumerator: str
    entity: str | None
    list_name: str | None
    quantity: int
    zone: str
    preload: dict[str, str]
    state: str
    done: int
    left: int
    created_by: str
    created_at: str
    updated_at: str


class AssignmentList(Answer):
    assignments: list[AssignmentPublic]


class AssignmentCreate(BaseModel):
    model_config = {"extra": "forbid"}
    form_id: AssigneeName
    enumerator: AssigneeName
    # the entities to follow up (one assignment each), or a number of new registrations
    entities: list[Annotated[NoNul, Field(max_length=64)]] = Field(
        default_factory=list, max_length=MOST_ASSIGNED
    )
    quantity: int = Field(default=0, ge=0, le=MOST_ASSIGNED, strict=True)
    zone: NoNul = Field(default="", max_length=200)
    site: Annotated[NoNul, Field(max_length=200)] | None = None  # the Secretariat's choice


class Reassign(BaseModel):
    model_config = {"extra": "forbid"}
    enumerator: AssigneeName


class ProgressRow(BaseModel):
    enumerator: str
    site: str
    assignments: int
    expected: int
    done: int
    left: int
    forms: list[str]


class ProgressAnswer(Answer):
    enumerators: list[ProgressRow]


class Assignee(BaseModel):
    name: str
    role: str


class AssigneeList(Answer):
    people: list[Assignee]
