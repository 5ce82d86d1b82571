"""Review over HTTP: the list a supervisor or the Secretariat works through, a decision, and a
submission's history (central_server.review)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from central_server import review
from central_server.deps import Rx, Tx, Who
from sync_protocol import Answer, NoNul, ReviewDecisionAnswer, ReviewFeed

router = APIRouter(prefix="/review", tags=["review"])


class ReviewList(Answer):
    submissions: list[review.Listed]


class DecisionIn(BaseModel):
    model_config = {"extra": "forbid"}
    decision: Literal["approved", "returned"]
    comment: NoNul = Field(default="", max_length=4000)
    # comments on single answers, keyed as the answers are ("members/member[2]/age")
    answers: dict[
        Annotated[NoNul, Field(max_length=300)], Annotated[NoNul, Field(max_length=2000)]
    ] = Field(default_factory=dict, max_length=200)
    revision: int | None = Field(default=None, ge=1, le=2**31 - 1, strict=True)  # looked at
    # values the revision keeps as written on the paper whose paper value stands, by their
    # path (KeptAsWritten.path): from then on they count as valid
    confirmed: list[Annotated[NoNul, Field(max_length=500)]] = Field(
        default_factory=list, max_length=500
    )


class HistoryAnswer(Answer):
    uuid: str
    revisions: list[review.Revision]
    decisions: list[review.Decision]


@router.get("/submissions", response_model=ReviewList)
def review_list(
    who: Who,
    conn: Rx,
    state: Annotated[str | None, Query(max_length=20)] = None,
    site: Annotated[str | None, Query(max_length=200)] = None,
    form_id: Annotated[str | None, Query(max_length=200)] = None,
    enumerator: Annotated[str | None, Query(max_length=200)] = None,
    since: Annotated[str | None, Query(max_length=40)] = None,
    flagged: bool | None = None,
    limit: Annotated[int, Query(ge=1, le=review.MOST_LISTED)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> ReviewList:
    """Submissions to review, newest change first: a supervisor's or clerk's own site, every
    site for the Secretariat. ``state``: received, corrected, returned, site_approved, approved;
    ``flagged``: true for those the quality checks flagged (each with its reasons), false for
    the others."""
    rows = review.listed(
        conn,
        who,
        state=state,
        site=site,
        form_id=form_id,
        enumerator=enumerator,
        since=since,
        flagged=flagged,
        limit=limit,
        offset=offset,
    )
    return ReviewList(submissions=rows)


@router.post("/submissions/{uuid}/decisions", response_model=ReviewDecisionAnswer)
def review_decide(uuid: str, body: DecisionIn, who: Who, conn: Tx) -> ReviewDecisionAnswer:
    """Approve the newest revision, or send it back with comments (on the whole and/or on
    single answers). A site's supervisor or clerk decides first; the Secretariat's approval is
    final. The enumerator's desktop receives it at its next sync. ``confirmed``: the values
    kept as written on the paper (the feed's ``as_written``) whose paper value stands —
    recorded with the decision, and counted as valid from then on."""
    state = review.decide(
        conn,
        who,
        uuid,
        body.decision,
        comment=body.comment,
        answers=dict(body.answers),
        revision=body.revision,
        confirmed=list(body.confirmed),
    )
    return ReviewDecisionAnswer(uuid=uuid, state=state)


@router.get("/submissions/{uuid}/history", response_model=HistoryAnswer)
def review_history(uuid: str, who: Who, conn: Rx) -> HistoryAnswer:
    """Every revision, with the answers each changed and the values it keeps as written on
    the paper, and every decision (with the paper values it confirmed), oldest first."""
    revs, made = review.history(conn, who, uuid)
    return HistoryAnswer(
        uuid=uuid,
        revisions=revs,
        decisions=made,
    )


@router.get("/feed", response_model=ReviewFeed)
def review_feed(
    who: Who,
    conn: Rx,
    revisions_after: Annotated[int, Query(ge=0, le=2**62)] = 0,
    decisions_after: Annotated[int, Query(ge=0, le=2**62)] = 0,
    flags_after: Annotated[int, Query(ge=0, le=2**62)] = 0,
    site: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=review.FEED_PAGE)] = review.FEED_PAGE,
) -> ReviewFeed:
    """What a reviewer's desktop keeps to review offline: every submission of the site with
    a revision, decision or change of its quality flags newer than the three cursors, with
    its newest answers, state, decisions and flags. Ask again from the ``next_`` cursors
    while ``more``; keep the others (they move only over rows that can no longer be joined
    by a late commit)."""
    return review.feed(
        conn,
        who,
        revisions_after=revisions_after,
        decisions_after=decisions_after,
        flags_after=flags_after,
        site=site,
        limit=limit,
    )
