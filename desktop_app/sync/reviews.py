"""The reviewer's part of a sync: decisions made offline go up (oldest first; one the server
refuses is kept with its reason and never blocks the others), then the submissions to review
come down from the three cursors of GET /review/feed (revisions, decisions, and changes of the
server's quality flags)."""

from __future__ import annotations

from desktop_app import reviewing
from desktop_app.client import UserSession
from desktop_app.draft import audit
from desktop_app.sync.transport import Refused, Transport
from sync_protocol import ReviewDecisionIn

MOST_PAGES = 1000  # a first pull of 100,000 submissions; the rest at the next sync


def sync_reviews(user: UserSession, transport: Transport, report, tell) -> None:
    owner = reviewing.owner(user)
    for waiting in user.store.waiting_decisions(owner):
        said = reviewing.decision_payload(user, waiting.uuid, waiting.payload)
        try:
            answer = transport.review_decide(
                waiting.uuid,
                ReviewDecisionIn(
                    decision=waiting.decision,  # type: ignore[arg-type]
                    comment=said.get("comment", ""),
                    answers=said.get("answers", {}),
                    revision=waiting.revision,
                    confirmed=said.get("confirmed", []),
                ),
            )
        except Refused as exc:
            at = user.client.now_text()
            user.store.decision_refused(
                waiting.id,
                # its code first: the window says it in the interface's language
                # (desktop_app.ui.messages.kept_refusal), the server's English after it
                problem=f"[{exc.problem}] {exc}" if exc.problem else str(exc),
                audit=audit(user.user.name, "review.refused", waiting.uuid, at, exc.problem),
            )
            report.problems.append(f"a decision on submission {waiting.uuid}: {exc}")
            continue
        at = user.client.now_text()
        user.store.decision_sent(
            waiting.id,
            at=at,
            state=answer.state,
            audit=audit(user.user.name, "review.sent", waiting.uuid, at, waiting.decision),
        )
        report.decisions_sent += 1
    keep = user.store.review_cursors(owner)
    read, unbroken = keep, True
    for _ in range(MOST_PAGES):
        feed = transport.review_feed(*read)
        if unbroken:  # the cursors kept move only while every page before settled
            keep = (feed.revisions_after, feed.decisions_after, feed.flags_after)
            unbroken = feed.settled
        read = (feed.next_revisions_after, feed.next_decisions_after, feed.next_flags_after)
        user.store.put_review_copies(
            owner, [reviewing.seal(user, item) for item in feed.items], cursors=keep
        )
        report.to_review += len(feed.items)
        tell("review", report.to_review, 0)
        if not feed.more:
            return
