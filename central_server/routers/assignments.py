"""Assignments over HTTP (central_server.assignments): made, listed with what is done,
reassigned, cancelled, and each enumerator's progress."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field

from central_server import assignments
from central_server.deps import Rx, Tx, Who
from sync_protocol import Answer, NoNul

router = APIRouter(prefix="/assignments", tags=["assignments"])

Name = Annotated[NoNul, Field(min_length=1, max_length=200)]
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


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
    form_id: Name
    enumerator: Name
    # the entities to follow up (one assignment each), or a number of new registrations
    entities: list[Annotated[NoNul, Field(max_length=64)]] = Field(
        default_factory=list, max_length=assignments.MOST_AT_ONCE
    )
    quantity: int = Field(default=0, ge=0, le=assignments.MOST_AT_ONCE, strict=True)
    zone: NoNul = Field(default="", max_length=200)
    site: Annotated[NoNul, Field(max_length=200)] | None = None  # the Secretariat's choice


class Reassign(BaseModel):
    model_config = {"extra": "forbid"}
    enumerator: Name


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


def _public(views: list[assignments.AssignmentView]) -> AssignmentList:
    return AssignmentList(assignments=[AssignmentPublic(**vars(v), left=v.left) for v in views])


@router.get("", response_model=AssignmentList)
def listing(
    who: Who,
    conn: Rx,
    form_id: Annotated[str | None, Query(max_length=200)] = None,
    enumerator: Annotated[str | None, Query(max_length=200)] = None,
    open_only: Annotated[bool, Query(alias="open")] = False,
) -> AssignmentList:
    """The assignments the caller may read (an enumerator's own, a site's for its staff),
    with what is done and left."""
    return _public(
        assignments.listing(conn, who, form_id=form_id, enumerator=enumerator, open_only=open_only)
    )


@router.post("", response_model=AssignmentList)
def create(body: AssignmentCreate, who: Who, conn: Tx) -> AssignmentList:
    """Entities to follow up (one assignment each, answers preloaded), or a number of new
    registrations in a zone, given to an enumerator or clerk of the site."""
    return _public(
        assignments.create(
            conn,
            who,
            form_id=body.form_id,
            enumerator=body.enumerator,
            entity_ids=body.entities,
            quantity=body.quantity,
            zone=body.zone,
            site=body.site,
        )
    )


@router.get("/progress", response_model=ProgressAnswer)
def progress(
    who: Who, conn: Rx, form_id: Annotated[str | None, Query(max_length=200)] = None
) -> ProgressAnswer:
    """Each enumerator's open work: assignments, submissions expected, done, left."""
    return ProgressAnswer(
        enumerators=[
            ProgressRow(**vars(p), left=p.left)
            for p in assignments.progress(conn, who, form_id=form_id)
        ]
    )


class Assignee(BaseModel):
    name: str
    role: str


class AssigneeList(Answer):
    people: list[Assignee]


@router.get("/assignees", response_model=AssigneeList)
def assignees(
    who: Who, conn: Rx, site: Annotated[str | None, Query(max_length=200)] = None
) -> AssigneeList:
    """Who can be given work at the site: its enumerators and clerks (enabled ones)."""
    return AssigneeList(
        people=[Assignee(name=n, role=r) for n, r in assignments.assignees(conn, who, site)]
    )


@router.post("/{assignment_id}/reassign", response_model=AssignmentList)
def reassign(assignment_id: Id, body: Reassign, who: Who, conn: Tx) -> AssignmentList:
    """Given to someone else: it leaves the old computer at its next sync."""
    return _public([assignments.reassign(conn, who, assignment_id, body.enumerator)])


@router.post("/{assignment_id}/cancel", response_model=AssignmentList)
def cancel(assignment_id: Id, who: Who, conn: Tx) -> AssignmentList:
    """No longer to be done: it leaves every computer; what was done for it stays."""
    return _public([assignments.cancel(conn, who, assignment_id)])
