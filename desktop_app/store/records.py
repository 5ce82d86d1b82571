"""What the store takes and returns: typed records, never database rows. Respondent data
travels through here encrypted (``bytes``); the client layer encrypts and decrypts."""

from __future__ import annotations

from typing import Literal, NamedTuple

from pydantic import BaseModel, Field

Status = Literal["draft", "finalized", "sent", "returned"]
STATUSES: tuple[Status, ...] = ("draft", "finalized", "sent", "returned")


class UserRecord(BaseModel):
    id: int = 0
    name: str
    enumerator_id: str = ""
    site: str = ""
    is_admin: bool = False
    kdf: dict
    wrapped_key: bytes
    created_at: str
    updated_at: str
    disabled: bool = False


class FormVersionInfo(BaseModel):
    form_id: str
    version: str
    title: str
    languages: list[str] = Field(default_factory=list)
    default_language: str | None = None
    installed_at: str
    sha256: str
    file_name: str
    titles: dict[str, str] = Field(
        default_factory=dict
    )  # by language code, where the form has them


class SubmissionRecord(BaseModel):
    uuid: str
    form_id: str
    form_version: str
    status: Status = "draft"
    revision: int = 0
    parent_revision: int | None = None
    enumerator: str = ""
    enumerator_id: str = ""
    site: str = ""
    device_id: str = ""
    created_at: str
    updated_at: str
    finalized_at: str | None = None
    sent_at: str | None = None
    title: bytes = b""  # encrypted instance name
    data: bytes = b""  # encrypted canonical JSON of the whole instance (non-relevant answers kept)
    position: str = ""  # the page the enumerator was on (a node path; no answers in it)
    note: bytes = b""  # encrypted: why the server or a reviewer sent it back
    assignment: int | None = None  # the server's assignment it was made for (issue 25)


class RevisionRecord(BaseModel):
    """A finalized state: its exact bytes (encrypted) and their SHA-256, never changed after."""

    uuid: str
    revision: int
    parent_revision: int | None
    finalized_at: str
    finalized_by: str
    json_bytes: bytes
    xml_bytes: bytes
    json_sha256: str
    xml_sha256: str


class SubmissionFilter(BaseModel):
    status: Status | None = None
    form_id: str | None = None
    updated_from: str | None = None  # ISO date, inclusive
    updated_to: str | None = None  # ISO date, inclusive
    uuids: list[str] | None = None  # restrict to these (a title search found them)
    # drafts and returned submissions of this user only (another user's are never listed:
    # a second, blind keying by a clerk cannot show the first clerk's); the rest whole
    owner: str | None = None


class AuditEvent(BaseModel):
    id: int = 0
    at: str
    user: str
    action: str
    record: str = ""
    details: str = ""


class KeyingRecord(BaseModel):
    """A paper questionnaire keyed on this computer: the paper's facts, and the keying's."""

    uuid: str
    form_id: str
    number: str = ""  # the questionnaire's number on the paper
    interview_date: str = ""  # YYYY-MM-DD, as written on the paper
    paper_enumerator: str = ""  # who interviewed, as written on the paper
    batch: str = ""
    keyed_by: str  # the clerk's profile
    started_at: str
    finished_at: str = ""  # when its keying was done ("" while being keyed)
    verifies: str = ""  # a second keying: the uuid of the first ("" for a first keying)
    answers: bytes | None = None  # a second keying's answers (encrypted; never sent)
    compared: int = 0  # a second keying: how many answers were compared with the first's
    as_written: bytes | None = None  # the paper's values kept against the form's rule
    # (encrypted JSON: path -> value, rule, note; see keying.Keying.keep_as_written)


class CarriedBundle(BaseModel):
    """A bundle brought on a USB stick from another device, delivered to the server by this
    computer's next sync. Its file stays sealed here: nothing of it can be read on this
    computer."""

    sha256: str
    name: str  # the file's name on the stick, to recognise it
    size: int
    added_by: str
    added_at: str
    delivered_at: str = ""  # when the server imported it ("" while it waits)
    delivered_by: str = ""  # whose sync delivered it
    counts: str = "{}"  # JSON: how its submissions were answered (stored, duplicate, ...)
    refused: str = ""  # why the server refused the whole bundle ("" unless it did)


class BatchRecord(BaseModel):
    """A box of paper questionnaires of one form, registered at the office."""

    form_id: str
    name: str
    expected: int = 0  # how many questionnaires the box should hold
    first_number: int | None = None  # the numbers printed on them, when a range
    last_number: int | None = None
    verify_percent: int = 0  # the share keyed a second time, blind (0: none, 100: all)
    created_by: str
    created_at: str
    released_at: str = ""  # when its questionnaires were finalized, to go to the server


class KeyingDifference(BaseModel):
    """An answer two keyings of one paper disagree on, and how it was resolved."""

    first: str  # the first keying's uuid (the submission)
    path: str  # the box's indexed path
    second: str  # the second keying's uuid
    first_by: str
    second_by: str
    resolution: str = ""  # "" (open) | first | second | other
    resolved_by: str = ""
    resolved_at: str = ""


class ReviewCopy(BaseModel):
    """A submission a reviewer keeps on this computer: the listing columns in the clear, the
    answers, decisions, server reasons, paper facts and values kept as written on the paper
    encrypted in ``data``."""

    uuid: str
    site: str
    form_id: str
    form_version: str
    enumerator: str  # the account that sent it
    revision: int
    state: str  # received | corrected | returned | site_approved | approved
    received_at: str
    title: bytes = b""  # encrypted instance name
    data: bytes = b""
    # keyed from a paper questionnaire: the enumerator written on the paper, and the clerk
    # who keyed it (staff names, listed and filtered on; the paper's other facts are in data)
    paper_enumerator: str = ""
    keyed_by: str = ""
    flagged: int = 0  # how many flags the server's quality checks raised on it
    waiting: str = ""  # a decision made here and not yet on the server: approved | returned
    problem: str = ""  # why the server refused the last decision made here


class ReviewFilter(BaseModel):
    state: str | None = None
    enumerator: str | None = None
    form_id: str | None = None
    site: str | None = None
    received_from: str | None = None  # YYYY-MM-DD
    received_to: str | None = None  # YYYY-MM-DD, that day included
    flagged: bool | None = None  # True: only those the quality checks flagged; False: none


class WaitingDecision(BaseModel):
    id: int
    uuid: str
    revision: int
    decision: str
    payload: bytes  # encrypted {"comment": …, "answers": {path: comment}}
    made_at: str


class EntityRecord(NamedTuple):
    """An entity of a list this computer keeps for its site (ODK Entities). A tuple, not a
    model: a site's list holds 100,000 of them and is read whole each time a follow-up opens.
    ``sealed`` is the encrypted label and properties (names of people: never in the clear)."""

    uuid: str
    list_name: str
    version: int  # the list's __version: the server's, or this computer's after a change here
    server_version: int  # the newest the server sent (0: made here, not from the server)
    trunk_version: int | None  # the server version this computer's offline branch started from
    branch_id: str  # this computer's offline branch of it (ODK's __branchId)
    sealed: bytes


class AssignmentRecord(NamedTuple):
    """Work the server gave a user of this computer (central_server.assignments): a
    follow-up of ``entity`` or ``quantity`` registrations. ``sealed``: the title, zone and
    preloaded answers, encrypted (they name the household)."""

    id: int
    form_id: str
    enumerator: str
    entity: str | None
    list_name: str | None
    quantity: int
    done: int  # as the server last counted
    sealed: bytes


class EntityVersionRecord(NamedTuple):
    """A version of an entity this computer has held (its history, offline)."""

    version: int
    from_server: bool
    at: str
    sealed: bytes
