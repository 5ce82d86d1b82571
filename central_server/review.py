"""Review: a site's supervisor (or clerk) approves a submission or sends it back with comments
— on the whole and on single answers — and the Secretariat approves finally or sends it back
again, as World Bank Survey Solutions' two levels do. A sent-back submission reaches its
enumerator's desktop at the next sync; the corrected revision comes back as revision 2, 3…

Every decision is a row added to ``decisions`` (never changed or removed): the audit trail.
The review state is read from the newest decision on the newest revision:

    received       nobody has decided on it yet (revision 1)
    corrected      a corrected revision came back after it was sent back
    returned       sent back (by a reviewer, or by the server's own checks)
    site_approved  approved by the site's supervisor or clerk
    approved       approved by the Secretariat (final: a site can no longer change it)
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from pydantic import ValidationError
from sqlalchemy import and_, case, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from central_server import as_written, published_forms
from central_server.accounts import Principal, now_text
from central_server.choices import STATES
from central_server.db import changes, decisions, flag_changes, flags, revisions, sites, submissions
from central_server.errors import Conflict, Forbidden, NotFound, Refusal
from central_server.merged import duplicates
from sync_protocol import (
    KeptAsWritten,
    PaperFacts,
    ReviewDecision,
    ReviewFeed,
    ReviewItem,
    a_role,
    storable,
)

SITE_REVIEWERS = ("supervisor", "clerk")
SECRETARIAT = ("secretariat",)
REVIEWERS = SITE_REVIEWERS + SECRETARIAT
MOST_LISTED = 500
_INDEX = re.compile(r"\[\d+\]")


class Unclear(Refusal):
    status, code = 422, "unclear_decision"


@dataclass
class Listed:
    uuid: str
    site: str
    form_id: str
    form_version: str
    enumerator: str
    revision: int
    state: str
    received_at: str
    updated_at: str
    decided_by: str = ""
    comment: str = ""
    duplicate_of: str = ""  # a resolved duplicate: the submission kept in its place
    # what the quality checks found on it (central_server.checks): "rule: reason" each;
    # approving it needs a comment saying why it stands
    flags: list[str] = field(default_factory=list)


@dataclass
class Decision:
    decision: str
    level: str
    revision: int | None
    by: str
    at: str
    comment: str
    answers: dict[str, str] = field(default_factory=dict)
    # values kept as on paper it confirmed: path -> the paper's value, which stands
    confirmed: dict[str, str] = field(default_factory=dict)


@dataclass
class Revision:
    revision: int
    received_at: str
    status: str
    changed: list[str]  # the answers that differ from the revision before it
    # its values kept as written on the paper, and whether each was confirmed
    as_written: list[KeptAsWritten] = field(default_factory=list)


def state_of(
    revision: int,
    decision: str | None,
    level: str | None,
    about: int | None,
    checks: str | None = None,
) -> str:
    """The review state of a submission whose newest revision is ``revision``, given its
    newest decision (None: none yet), the revision that decision was about, and what the
    server's checks made of the revision (``rejected``: sent back by them, even when they
    refused it as it arrived and no decision was written)."""
    if decision is None or (about is not None and about != revision):
        if checks == "rejected":
            return "returned"
        return "corrected" if revision > 1 else "received"
    if decision == "returned":
        return "returned"
    return "approved" if level == "secretariat" else "site_approved"


def state_sql(revision, decision, level, about, checks):
    """``state_of`` as an SQL expression over the same columns: filtering by review state
    happens in the database (an export of the approved among a million reads only those)."""
    undecided = or_(decision.is_(None), and_(about.is_not(None), about != revision))
    fresh = [(revision > 1, "corrected")]
    if checks is not None:  # None: rows the checks refused are not among those asked about
        fresh.insert(0, (checks == "rejected", "returned"))
    return case(
        (undecided, case(*fresh, else_="received")),
        (decision == "returned", "returned"),
        (level == "secretariat", "approved"),
        else_="site_approved",
    )


def listed(
    conn: Connection,
    who: Principal,
    *,
    state: str | None = None,
    site: str | None = None,
    form_id: str | None = None,
    enumerator: str | None = None,
    since: str | None = None,
    flagged: bool | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[Listed]:
    """The submissions a reviewer may see, newest change first, filtered (``flagged``: only
    those the quality checks flagged, or only those they did not)."""
    _may_review(who)
    if state is not None and state not in STATES:
        raise Unclear(f"no review state '{state}': one of {', '.join(STATES)}")
    query = (
        select(
            submissions.c.uuid,
            sites.c.name,
            submissions.c.form_id,
            revisions.c.form_version,
            submissions.c.enumerator,
            submissions.c.revision,
            revisions.c.received_at,
            submissions.c.updated_at,
            decisions.c.decision,
            decisions.c.level,
            decisions.c.revision,
            decisions.c.by,
            decisions.c.comment,
            revisions.c.status,
        )
        .select_from(reviewed())
        .order_by(submissions.c.updated_at.desc(), submissions.c.uuid)
    )
    if not who.all_sites:
        query = query.where(submissions.c.site_id == who.site_id)
    if site:
        query = query.where(sites.c.name == site)
    if form_id:
        query = query.where(submissions.c.form_id == form_id)
    if enumerator:
        query = query.where(submissions.c.enumerator == enumerator)
    if since:
        query = query.where(submissions.c.updated_at >= since)
    if flagged is not None:
        any_flag = select(flags.c.id).where(flags.c.uuid == submissions.c.uuid).exists()
        query = query.where(any_flag if flagged else ~any_flag)
    if state is not None:
        query = query.where(
            state_sql(
                submissions.c.revision,
                decisions.c.decision,
                decisions.c.level,
                decisions.c.revision,
                revisions.c.status,
            )
            == state
        )
    limit = max(1, min(limit, MOST_LISTED))
    out: list[Listed] = []
    found = conn.execute(query.limit(limit).offset(offset)).all()
    # resolved duplicates are listed (a reviewer may still decide on them), marked
    marked = duplicates.duplicate_of(conn, [row[0] for row in found])
    found_flags = flags_said(conn, [row[0] for row in found])
    for row in found:
        st = state_of(row[5], row[8], row[9], row[10], row[13])
        out.append(
            Listed(
                uuid=row[0],
                site=row[1],
                form_id=row[2],
                form_version=row[3],
                enumerator=row[4],
                revision=row[5],
                state=st,
                received_at=row[6],
                updated_at=row[7],
                decided_by=row[11] or "" if st not in ("received", "corrected") else "",
                comment=row[12] or "" if st not in ("received", "corrected") else "",
                duplicate_of=marked.get(row[0], ""),
                flags=found_flags.get(row[0], []),
            )
        )
    return out


def flags_said(conn: Connection, uuids: list[str]) -> dict[str, list[str]]:
    """The quality checks' flags on these submissions, as "rule: reason"."""
    said: dict[str, list[str]] = {}
    if not uuids:
        return said
    for uuid, rule, reason in conn.execute(
        select(flags.c.uuid, flags.c.rule, flags.c.reason)
        .where(flags.c.uuid.in_(uuids))
        .order_by(flags.c.id)
    ):
        said.setdefault(uuid, []).append(f"{rule}: {reason}")
    return said


def reviewed(also=None):
    """Submissions with their site, newest revision and newest decision (outer: none yet),
    the columns every review list, the feed and the exports read; ``also`` joins one more
    table (outer) to the submission, as (table, condition)."""
    newest = newest_decisions()
    joined = submissions.join(sites, submissions.c.site_id == sites.c.id).join(
        revisions,
        and_(
            revisions.c.uuid == submissions.c.uuid,
            revisions.c.revision == submissions.c.revision,
        ),
    )
    if also is not None:
        joined = joined.outerjoin(*also)
    return joined.outerjoin(newest, newest.c.uuid == submissions.c.uuid).outerjoin(
        decisions, decisions.c.id == newest.c.last
    )


def newest_decisions():
    """Each submission's newest decision (its id, as ``last``): what its state is read from."""
    return (
        select(decisions.c.uuid, func.max(decisions.c.id).label("last"))
        .group_by(decisions.c.uuid)
        .subquery()
    )


def decide(
    conn: Connection,
    who: Principal,
    uuid: str,
    decision: str,
    *,
    comment: str = "",
    answers: dict[str, str] | None = None,
    revision: int | None = None,
    confirmed: list[str] | None = None,
) -> str:
    """Approve or send back the newest revision of a submission; returns the new state. The
    decision reaches the enumerator's device at its next sync. ``confirmed``: paths of
    values the revision keeps as written on the paper whose paper value stands (from then
    on they count as valid: as_written.py)."""
    _may_review(who)
    if decision not in ("approved", "returned"):
        raise Unclear("a decision is 'approved' or 'returned'")
    paths = list(dict.fromkeys(p.strip() for p in confirmed or [] if p.strip()))
    if len(paths) > 500 or not all(storable(p) and "\x00" not in p for p in paths):
        raise Unclear("at most 500 values kept as on paper are confirmed at once")
    answers = {k.strip(): v.strip() for k, v in (answers or {}).items() if v and v.strip()}
    comment = comment.strip()
    if not all(storable(t) and "\x00" not in t for t in (comment, *answers, *answers.values())):
        raise Unclear("a comment holds a character that cannot be stored")
    if decision == "returned" and not (comment or answers):
        raise Unclear("say what to correct: a comment, or a comment on an answer")
    if len(comment) > 4000 or any(len(v) > 2000 for v in answers.values()) or len(answers) > 200:
        raise Unclear("comments are at most 4,000 characters, 2,000 on an answer, 200 answers")
    row = conn.execute(
        select(submissions.c.site_id, submissions.c.revision, submissions.c.form_id)
        .where(submissions.c.uuid == uuid)
        # decisions on one submission one after the other (PostgreSQL: a site's decision
        # racing the Secretariat's final approval waits for it, then sees it)
        .with_for_update()
    ).first()
    if row is None or (not who.all_sites and row.site_id != who.site_id):
        raise NotFound(f"there is no submission {uuid} you can review")
    newest = conn.execute(
        select(decisions).where(decisions.c.uuid == uuid).order_by(decisions.c.id.desc()).limit(1)
    ).first()
    if (
        newest is not None
        and newest.by == who.username
        and newest.decision == decision
        and newest.revision == row.revision
        and newest.comment == comment
        and dict(newest.answers or {}) == answers
        and set(newest.confirmed or {}) == set(paths)
    ):
        # the same decision sent again (its answer was lost, a desktop killed before it
        # heard it): recorded once
        return state_of(row.revision, newest.decision, newest.level, newest.revision)
    if revision is not None and revision != row.revision:
        raise Conflict(
            f"revision {revision} is not the newest any more: revision {row.revision} came "
            "since; look at it first"
        )
    last = _last_decision(conn, uuid)
    level = "secretariat" if who.role in SECRETARIAT else "site"
    if (
        level == "site"
        and last is not None
        and last[1] == "secretariat"
        and last[2] == row.revision
    ):
        raise Conflict(
            "the Secretariat has decided on this revision: a site decides again on the next one"
        )
    status = conn.execute(
        select(revisions.c.status).where(
            revisions.c.uuid == uuid, revisions.c.revision == row.revision
        )
    ).scalar_one_or_none()
    if decision == "approved" and status == "rejected":
        raise Conflict(
            "the server's checks refused this revision (it breaks the form's rules): it can "
            "only be sent back"
        )
    if decision == "approved" and not comment:
        held = flags_said(conn, [uuid]).get(uuid)
        if held:
            raise Unclear(
                "the quality checks flagged this submission ("
                + "; ".join(held)[:600]
                + "): to approve it, say in the comment why it stands"
            )
    if answers:
        _check_answer_paths(conn, uuid, row.form_id, row.revision, answers)
    stands = _kept_values(conn, uuid, row.revision, paths) if paths else {}
    at = now_text()
    made = conn.execute(
        insert(decisions).values(
            uuid=uuid,
            decision=decision,
            comment=comment,
            by=who.username,
            at=at,
            revision=row.revision,
            level=level,
            answers=answers or None,
            confirmed=stands or None,
        )
    ).inserted_primary_key[0]  # type: ignore[index]
    conn.execute(insert(changes).values(site_id=row.site_id, kind="decision", ref=str(made), at=at))
    # its review state changed: a reader refreshing what changed since (OData's
    # __system/updatedAt, export --since) reads it again, as ODK Central's updatedAt
    conn.execute(update(submissions).where(submissions.c.uuid == uuid).values(updated_at=at))
    if decision == "approved":
        # two revisions made from one (a conflict) keep the submission out of the data until
        # a reviewer chooses: approving the newest is that choice, and it is the data now
        conn.execute(
            update(submissions)
            .where(submissions.c.uuid == uuid, submissions.c.status == "conflict")
            .values(status="received")
        )
    return state_of(row.revision, decision, level, row.revision)


def history(conn: Connection, who: Principal, uuid: str) -> tuple[list[Revision], list[Decision]]:
    """Every revision (with the answers each changed, and the values it keeps as written on
    the paper) and every decision (with the paper values it confirmed), oldest first."""
    _may_review(who)
    row = conn.execute(select(submissions.c.site_id).where(submissions.c.uuid == uuid)).first()
    if row is None or (not who.all_sites and row.site_id != who.site_id):
        raise NotFound(f"there is no submission {uuid} you can review")
    made = [
        Decision(
            d.decision,
            d.level,
            d.revision,
            d.by,
            d.at,
            d.comment,
            dict(d.answers or {}),
            dict(d.confirmed or {}),
        )
        for d in conn.execute(
            select(decisions).where(decisions.c.uuid == uuid).order_by(decisions.c.id)
        )
    ]
    stands: dict[tuple, as_written.Confirmation] = {}
    for d in made:
        as_written.add_confirmed(stands, d.confirmed, d.by, d.at, d.level)
    revs: list[Revision] = []
    before: dict[str, object] = {}
    for r in conn.execute(
        select(
            revisions.c.revision,
            revisions.c.received_at,
            revisions.c.status,
            revisions.c.json_text,
            revisions.c.paper,
        )
        .where(revisions.c.uuid == uuid)
        .order_by(revisions.c.revision)
    ):
        data = json.loads(r[3])
        now = _flat(data)
        changed = sorted(k for k in now.keys() | before.keys() if now.get(k) != before.get(k))
        kept = as_written.standing(r[4], data, stands) if isinstance(data, dict) else []
        revs.append(Revision(r[0], r[1], r[2], changed if revs else [], kept))
        before = now
    return revs, made


def _kept_values(conn: Connection, uuid: str, revision: int, paths: list[str]) -> dict[str, str]:
    """path -> value of the values ``revision`` keeps as written on the paper, for each of
    ``paths`` (Unclear for a path where it keeps none)."""
    row = conn.execute(
        select(revisions.c.json_text, revisions.c.paper).where(
            revisions.c.uuid == uuid, revisions.c.revision == revision
        )
    ).one()
    data = json.loads(row[0])
    kept = {
        k.path: k.value for k in as_written.standing(row[1], data if isinstance(data, dict) else {})
    }
    for path in paths:
        if path not in kept:
            raise Unclear(
                f"revision {revision} keeps no value as written on the paper at {path!r}: "
                "only those are confirmed"
            )
    return {path: kept[path] for path in paths}


def _may_review(who: Principal) -> None:
    if who.role not in REVIEWERS:
        raise Forbidden(f"{a_role(who.role)} does not review submissions")


def _last_decision(conn: Connection, uuid: str):
    """(decision, level, revision) of the newest decision, or None."""
    return conn.execute(
        select(decisions.c.decision, decisions.c.level, decisions.c.revision)
        .where(decisions.c.uuid == uuid)
        .order_by(decisions.c.id.desc())
        .limit(1)
    ).first()


def _check_answer_paths(
    conn: Connection, uuid: str, form_id: str, revision: int, answers: dict[str, str]
) -> None:
    """A comment on an answer names a field of the submission's form version, as the answers
    are keyed ("household/size", "members/member[2]/age")."""
    version = conn.execute(
        select(revisions.c.form_version).where(
            revisions.c.uuid == uuid, revisions.c.revision == revision
        )
    ).scalar_one()
    form = published_forms.model(conn, form_id, version)
    root = f"/{form.root_name}/"
    known = {el.path.removeprefix(root) for el in form.walk() if el.kind == "question"}
    repeats = {el.path.removeprefix(root) for el in form.walk() if el.kind == "repeat"}
    for path in answers:
        steps = path.split("/")
        generic = "/".join(_INDEX.sub("", s) for s in steps)
        ok = generic in known and all(steps)
        for i, step in enumerate(steps):
            m = re.fullmatch(r"[^\[\]]+\[(\d{1,6})\]", step)
            if "[" in step and (
                m is None
                or int(m[1]) < 1
                or "/".join(_INDEX.sub("", x) for x in steps[: i + 1]) not in repeats
            ):
                ok = False
        if not ok:
            raise Unclear(
                f"the form has no question {path!r} to comment on (a roster entry is "
                "written member[2], counted from 1)"
            )


def flatten(data: object) -> dict[str, object]:
    """Answers keyed by path, repeat entries numbered ("members/member[2]/age")."""
    return _flat(data)


def _flat(data: object, prefix: str = "") -> dict[str, object]:
    """Answers keyed by path, repeat entries numbered: what changed between two revisions."""
    out: dict[str, object] = {}
    if isinstance(data, dict):
        for k, v in data.items():
            if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
                for i, entry in enumerate(v, 1):
                    out.update(_flat(entry, f"{prefix}{k}[{i}]/"))
            else:
                out[f"{prefix}{k}"] = v
    return out


# -- the feed a supervisor's desktop pulls -------------------------------------------------------
SETTLED_SECONDS = 120  # no write transaction lasts this long: older rows are all committed
FEED_PAGE = 100


def feed(
    conn: Connection,
    who: Principal,
    *,
    revisions_after: int = 0,
    decisions_after: int = 0,
    flags_after: int = 0,
    site: str | None = None,
    limit: int = FEED_PAGE,
) -> ReviewFeed:
    """The submissions of the reviewer's site (every site for the Secretariat, or ``site``)
    with a revision, a decision or a change of its quality flags newer than the cursors, as
    they are now.

    Revisions and decisions are numbered as they are written, but on PostgreSQL a lower number
    can commit after a higher one has been read. So the cursors to keep move only over rows
    received more than SETTLED_SECONDS ago; the next page is asked from the ``next_`` cursors
    (past every row sent), and newer rows come again at the next sync (the desktop keeps the
    newest state of each, so nothing is doubled and nothing is skipped)."""
    _may_review(who)
    limit = max(1, min(limit, FEED_PAGE))
    decisions_after = min(decisions_after, 2**31 - 1)  # decision ids are 32-bit integers
    flags_after = min(flags_after, 2**62)
    settled = _seconds_ago(SETTLED_SECONDS)
    scope = []
    if not who.all_sites:
        scope.append(submissions.c.site_id == who.site_id)
    if site:
        scope.append(sites.c.name == site)
    joined = submissions.join(sites, submissions.c.site_id == sites.c.id)
    new_revisions = conn.execute(
        select(revisions.c.seq, revisions.c.uuid, revisions.c.received_at)
        .select_from(joined.join(revisions, revisions.c.uuid == submissions.c.uuid))
        .where(revisions.c.seq > revisions_after, *scope)
        .order_by(revisions.c.seq)
        .limit(limit + 1)
    ).fetchall()
    new_decisions = conn.execute(
        select(decisions.c.id, decisions.c.uuid, decisions.c.at)
        .select_from(joined.join(decisions, decisions.c.uuid == submissions.c.uuid))
        .where(decisions.c.id > decisions_after, *scope)
        .order_by(decisions.c.id)
        .limit(limit + 1)
    ).fetchall()
    flag_scope = [flag_changes.c.site_id == who.site_id] if not who.all_sites else []
    if site:
        flag_scope.append(sites.c.name == site)
    new_flags = conn.execute(
        select(flag_changes.c.seq, flag_changes.c.uuid, flag_changes.c.at)
        .select_from(flag_changes.join(sites, flag_changes.c.site_id == sites.c.id))
        .where(flag_changes.c.seq > flags_after, *flag_scope)
        .order_by(flag_changes.c.seq)
        .limit(limit + 1)
    ).fetchall()
    rev_keep, rev_next, rev_settled = _advance(new_revisions[:limit], revisions_after, settled)
    dec_keep, dec_next, dec_settled = _advance(new_decisions[:limit], decisions_after, settled)
    flag_keep, flag_next, flag_settled = _advance(new_flags[:limit], flags_after, settled)
    touched = list(
        dict.fromkeys(
            r[1] for r in [*new_revisions[:limit], *new_decisions[:limit], *new_flags[:limit]]
        )
    )
    return ReviewFeed(
        items=_feed_items(conn, touched),
        revisions_after=rev_keep,
        decisions_after=dec_keep,
        flags_after=flag_keep,
        next_revisions_after=rev_next,
        next_decisions_after=dec_next,
        next_flags_after=flag_next,
        more=max(len(new_revisions), len(new_decisions), len(new_flags)) > limit,
        settled=rev_settled and dec_settled and flag_settled,
    )


def _seconds_ago(seconds: int) -> str:
    return (datetime.now(UTC) - timedelta(seconds=seconds)).isoformat(timespec="milliseconds")


def _advance(rows: Sequence, cursor: int, settled: str) -> tuple[int, int, bool]:
    """(the cursor past the settled rows at the head of ``rows``, the cursor past them all,
    whether all of them settled)."""
    keep = cursor
    for number, _, at in rows:
        if _utc(at) > settled:
            return keep, rows[-1][0], False
        keep = number
    return keep, keep, True


def _utc(at: str) -> str:
    """A stored time as UTC text, comparable with _seconds_ago (times carry their offset)."""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _feed_items(conn: Connection, uuids: list[str]) -> list[ReviewItem]:
    if not uuids:
        return []
    rows = conn.execute(
        select(
            submissions.c.uuid,
            sites.c.name,
            submissions.c.form_id,
            revisions.c.form_version,
            submissions.c.enumerator,
            submissions.c.revision,
            revisions.c.status,
            revisions.c.reasons,
            revisions.c.received_at,
            submissions.c.updated_at,
            revisions.c.json_text,
            decisions.c.decision,
            decisions.c.level,
            decisions.c.revision,
            revisions.c.paper,
        )
        .select_from(reviewed())
        .where(submissions.c.uuid.in_(uuids))
    ).fetchall()
    made: dict[str, list[ReviewDecision]] = {u: [] for u in uuids}
    stands: dict[str, dict[tuple, as_written.Confirmation]] = {u: {} for u in uuids}
    for d in conn.execute(
        select(decisions).where(decisions.c.uuid.in_(uuids)).order_by(decisions.c.id)
    ):
        made[d.uuid].append(
            ReviewDecision(
                decision=d.decision,
                level=d.level,
                revision=d.revision,
                by=d.by,
                at=d.at,
                comment=d.comment,
                answers=dict(d.answers or {}),
                confirmed=dict(d.confirmed or {}),
            )
        )
        as_written.add_confirmed(stands[d.uuid], d.confirmed, d.by, d.at, d.level)
    before = {  # the revision before the newest, where there is one
        (r[0], r[1]): r[2]
        for r in conn.execute(
            select(revisions.c.uuid, revisions.c.revision, revisions.c.json_text)
            .select_from(submissions.join(revisions, revisions.c.uuid == submissions.c.uuid))
            .where(
                submissions.c.uuid.in_([r[0] for r in rows if r[5] > 1]),
                revisions.c.revision == submissions.c.revision - 1,
            )
        )
    }
    items = []
    for r in rows:
        changed: list[str] = []
        data = json.loads(r[10])
        earlier = before.get((r[0], r[5] - 1))
        if earlier is not None:
            now, then = _flat(data), _flat(json.loads(earlier))
            changed = sorted(k for k in now.keys() | then.keys() if now.get(k) != then.get(k))
        kept = as_written.standing(r[14], data, stands[r[0]]) if isinstance(data, dict) else []
        items.append(
            ReviewItem(
                uuid=r[0],
                site=r[1],
                form_id=r[2],
                form_version=r[3],
                enumerator=r[4],
                revision=r[5],
                state=state_of(r[5], r[11], r[12], r[13], r[6]),
                checks=r[6],
                reasons=list(r[7] or []),
                received_at=r[8],
                updated_at=r[9],
                json_text=r[10],
                changed=changed,
                decisions=made[r[0]],
                as_written=kept,
                paper=_paper_facts(r[14]),
            )
        )
    said = flags_said(conn, [i.uuid for i in items])
    for item in items:
        item.flags = said.get(item.uuid, [])
    order = {u: i for i, u in enumerate(uuids)}
    return sorted(items, key=lambda i: order[i.uuid])


def _paper_facts(stored: object) -> PaperFacts | None:
    """A revision's paper facts (revisions.paper) as the feed carries them: its values kept
    as written go in ReviewItem.as_written instead, those still standing. None when it was
    not keyed from paper (or its facts cannot be read: the submission is listed anyway)."""
    if not isinstance(stored, dict):
        return None
    facts = {
        k: stored[k]
        for k in PaperFacts.model_fields
        if k != "as_written" and stored.get(k) is not None
    }
    try:
        return PaperFacts.model_validate(facts)
    except ValidationError:
        return None
