"""Assignments over HTTP (central_server.assignments): made, listed with what is done,
reassigned, cancelled, and each enumerator's progress."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from central_server import assignments
from central_server.deps import Rx, Tx, Who
from sync_protocol import (
    Assignee,
    AssigneeList,
    AssignmentCreate,
    AssignmentList,
    AssignmentPublic,
    ProgressAnswer,
    ProgressRow,
    Reassign,
)

router = APIRouter(prefix="/assignments", tags=["assignments"])
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


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
