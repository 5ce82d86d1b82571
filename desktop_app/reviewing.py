"""Reviewing on the desktop: a site's supervisor (or clerk), or the Secretariat, reads the
submissions pulled at sync, approves them or sends them back with comments — on the whole and
on single answers — with no connection; the decisions go up at the next sync
(desktop_app.sync.reviews). Copies are kept per local user, encrypted like every answer.

A paper questionnaire keyed at an office comes with the paper's facts (its number, interview
date, enumerator, batch, who keyed it when) and the values its clerk kept as written on the
paper against the form's rule; a decision may confirm that such a value stands."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag

from desktop_app.draft import audit
from desktop_app.errors import ClientError, DamagedRecord, NotAllowed
from desktop_app.session import UserSession
from desktop_app.store import ReviewCopy, ReviewFilter
from form_engine import FormSession
from form_engine.submission import json_to_document
from form_engine.validation import fill_missing_fields
from sync_protocol import KeptAsWritten, PaperFacts, ReviewDecision, ReviewItem

REVIEWER_ROLES = ("supervisor", "clerk", "secretariat")
STATES = ("received", "corrected", "returned", "site_approved", "approved")


@dataclass
class Reviewed:
    """One submission to review, decrypted."""

    copy: ReviewCopy
    json_text: str
    checks: str  # the server's checks on this revision: stored | rejected | conflict
    reasons: list[str]  # why the checks refused it
    changed: list[str]  # answers the newest revision changed ("members/member[2]/age")
    decisions: list[ReviewDecision]
    paper: PaperFacts | None = None  # keyed from a paper questionnaire
    # the values the newest revision keeps as written on the paper, each with whether a
    # reviewer confirmed that it stands
    as_written: list[KeptAsWritten] = field(default_factory=list)
    # the server's quality checks' flags on it, as "rule: reason" (an approval needs a
    # comment saying why it stands)
    flags: list[str] = field(default_factory=list)


def seal(user: UserSession, item: ReviewItem) -> ReviewCopy:
    """The copy kept of a submission the feed brought. A paper the feed brings no facts of
    (an encrypted form's: they stay on the computer that keyed it) takes them from this
    computer's keyings, when it was keyed here."""
    paper = item.paper or _keyed_here(user, item.uuid)
    secret = json.dumps(
        {
            "json": item.json_text,
            "checks": item.checks,
            "reasons": item.reasons,
            "changed": item.changed,
            "decisions": [d.model_dump() for d in item.decisions],
            "paper": paper.model_dump(exclude={"as_written"}) if paper is not None else None,
            "as_written": [k.model_dump() for k in item.as_written],
            "flags": item.flags,
        },
        ensure_ascii=False,
    ).encode()
    return ReviewCopy(
        uuid=item.uuid,
        site=item.site,
        form_id=item.form_id,
        form_version=item.form_version,
        enumerator=item.enumerator,
        revision=item.revision,
        state=item.state,
        received_at=item.received_at,
        title=user.key.encrypt(
            _title(item.json_text).encode(), context=_context(item.uuid) + "/title"
        ),
        data=user.key.encrypt(secret, context=_context(item.uuid)),
        paper_enumerator=paper.enumerator if paper is not None else "",
        keyed_by=paper.keyed_by if paper is not None else "",
        flagged=len(item.flags),
    )


def owner(user: UserSession) -> str:
    return user.user.name


def ids(user: UserSession, where: ReviewFilter) -> list[str]:
    return user.store.review_ids(owner(user), where)


def rows(user: UserSession, uuids: list[str]) -> dict[str, ReviewCopy]:
    return user.store.review_rows(owner(user), uuids)


def open_copy(user: UserSession, uuid: str) -> Reviewed:
    copy = user.store.review_copy(owner(user), uuid)
    try:
        secret = json.loads(user.key.decrypt(copy.data, context=_context(uuid)))
    except (InvalidTag, ValueError):
        raise DamagedRecord(
            f"the review copy of submission {uuid} is damaged on this computer: it no longer "
            "decrypts (the next sync brings it again)"
        ) from None
    user.store.log(audit(user.user.name, "review.open", uuid, user.client.now_text()))
    paper = secret.get("paper")
    return Reviewed(
        copy=copy,
        json_text=secret["json"],
        checks=str(secret.get("checks", "stored")),
        reasons=list(secret.get("reasons", [])),
        changed=list(secret.get("changed", [])),
        decisions=[ReviewDecision.model_validate(d) for d in secret.get("decisions", [])],
        # a copy kept before the feed carried paper facts: this computer's keying, if any
        paper=PaperFacts.model_validate(paper) if paper else _keyed_here(user, uuid),
        as_written=[KeptAsWritten.model_validate(k) for k in secret.get("as_written", [])],
        flags=[str(f) for f in secret.get("flags", [])],
    )


def session_of(user: UserSession, reviewed: Reviewed, *, language: str | None) -> FormSession:
    """The submission in its form version, read-only: labels in any of the form's languages,
    relevance as the enumerator saw it; nothing recomputed."""
    copy = reviewed.copy
    # installed by the sync; its entity lists as this computer has them
    form = user.entities.form_to_fill(user.client.form(copy.form_id, copy.form_version))
    doc = json_to_document(form, json.loads(reviewed.json_text))
    fill_missing_fields(form, doc)
    return FormSession(
        form, doc, now=user.client.clock, language=language, recompute_calculations=False
    )


def decide(
    user: UserSession,
    reviewed: Reviewed,
    decision: str,
    *,
    role: str,
    comment: str = "",
    answers: dict[str, str] | None = None,
    confirmed: list[str] | None = None,
) -> str:
    """Approve or send back the revision looked at; kept here and sent at the next sync.
    ``confirmed``: paths of values kept as written on the paper (Reviewed.as_written) whose
    paper value stands. Refused here for what the server would refuse, so nobody waits for
    a sync to learn it. Returns the state it shows now."""
    if role not in REVIEWER_ROLES:
        raise NotAllowed(f"a {role or 'user'} does not review submissions")
    comment = comment.strip()
    answers = {k: v.strip() for k, v in (answers or {}).items() if v and v.strip()}
    confirmed = list(dict.fromkeys(confirmed or []))
    copy = reviewed.copy
    kept = {k.path for k in reviewed.as_written}
    if any(path not in kept for path in confirmed):
        raise ClientError(
            "only a value kept as written on the paper is confirmed: this revision keeps none "
            "at " + ", ".join(p for p in confirmed if p not in kept),
            code="not_kept_as_written",
        )
    if decision == "returned" and not (comment or answers):
        raise ClientError(
            "say what to correct: a comment, or a comment on an answer", code="nothing_said"
        )
    if len(comment) > 4000 or any(len(v) > 2000 for v in answers.values()):
        raise ClientError(
            "comments are at most 4,000 characters, 2,000 on one answer", code="comment_too_long"
        )
    if decision == "approved" and reviewed.checks == "rejected":
        raise NotAllowed(
            "the server's checks refused this revision (it breaks the form's rules): it can "
            "only be sent back",
            code="refused_by_checks",
        )
    if decision == "approved" and reviewed.flags and not comment:
        raise ClientError(
            "the quality checks flagged this submission ("
            + "; ".join(reviewed.flags)[:600]
            + "): to approve it, say in the comment why it stands",
            code="flagged_needs_comment",
        )
    secretariat = role == "secretariat"
    last = reviewed.decisions[-1] if reviewed.decisions else None
    if (
        not secretariat
        and last is not None
        and last.level == "secretariat"
        and last.revision == copy.revision
    ):
        raise NotAllowed(
            "the Secretariat has decided on this revision: a site decides again on the next one",
            code="secretariat_decided",
        )
    state = "returned" if decision == "returned" else "approved" if secretariat else "site_approved"
    at = user.client.now_text()
    payload = json.dumps(
        {"comment": comment, "answers": answers, "confirmed": confirmed}, ensure_ascii=False
    ).encode()
    user.store.add_review_decision(
        owner(user),
        copy.uuid,
        revision=copy.revision,
        decision=decision,
        payload=user.key.encrypt(payload, context=_context(copy.uuid) + "/decision"),
        made_at=at,
        state=state,
        audit=audit(
            user.user.name, f"review.{decision}", copy.uuid, at, f"revision {copy.revision}"
        ),
    )
    return state


def decision_payload(user: UserSession, uuid: str, blob: bytes) -> dict:
    return json.loads(user.key.decrypt(blob, context=_context(uuid) + "/decision"))


def title_of(user: UserSession, copy: ReviewCopy) -> str:
    try:
        return user.key.decrypt(copy.title, context=_context(copy.uuid) + "/title").decode()
    except (InvalidTag, ValueError):
        return "⚠"  # damaged: the list goes on; opening it says so


def _keyed_here(user: UserSession, uuid: str) -> PaperFacts | None:
    """The paper facts of a questionnaire keyed on this computer (its first keying), else
    None."""
    keyed = user.store.keying(uuid)
    if keyed is None or keyed.verifies or not keyed.finished_at:
        return None
    return PaperFacts(
        number=keyed.number,
        interview_date=keyed.interview_date,
        enumerator=keyed.paper_enumerator,
        batch=keyed.batch,
        keyed_by=keyed.keyed_by,
        keyed_at=keyed.finished_at,
    )


def _title(json_text: str) -> str:
    try:
        data = json.loads(json_text)
    except ValueError:
        return ""
    return str(data.get("meta/instanceName") or "") if isinstance(data, dict) else ""


def _context(uuid: str) -> str:
    return f"review/{uuid}"
