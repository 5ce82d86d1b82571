"""Probable duplicates: the same household surveyed twice — by two enumerators, or keyed twice
from one paper — found by key fields a data manager chooses, with names and phone numbers
matched loosely (rapidfuzz), and listed side by side for a person to resolve. Nothing is ever
removed automatically; every resolution is kept (who, when, what). Two submissions with the
same uuid never exist: sync stores a submission once.

A key is ``path`` (equal after trimming and case), ``path:name`` (names alike: rapidfuzz's
token-sort ratio at least the threshold, so "Amina Hassan" and "Hassan Amina" match) or
``path:phone`` (the same last nine digits: "+256 772 123456" and "0772123456" match). A pair is
probable when every key matches. Candidates are compared only within the same exact keys and
the same first letters of the first name key (blocking), so the search stays near linear;
across every site the person sees (people move between the network's cities), so the
Secretariat's search finds the household surveyed in Kakuma and again in Koboko.

A verdict of ``keep_first`` or ``keep_second`` makes the other submission a resolved duplicate
(:func:`standing`): left out of the indicators, and of exports and OData unless asked for,
and marked ``_duplicate_of`` where it is shown. ``undone`` withdraws the verdict before it.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import Select, and_, case, func, insert, select
from sqlalchemy.engine import Connection

from central_server.accounts import Principal, now_text
from central_server.choices import RESOLUTIONS
from central_server.db import duplicate_resolutions, read_json, revisions, sites, submissions
from central_server.errors import Forbidden, NotFound, Refusal
from sync_protocol import a_role

# the verdicts that make one of the pair a duplicate of the other
KEEPING_ONE = ("keep_first", "keep_second")
KINDS = ("exact", "name", "phone")
# Bounds on what one search holds: pairs are compared within a block of submissions sharing
# the exact keys, so a key most share (consent, city) would make every pair a candidate.
MOST_IN_A_BLOCK = 2_000
MOST_PAIRS = 20_000
_DIGITS = re.compile(r"\D")
_SPACE = re.compile(r"\s+")


class BadKeys(Refusal):
    status, code = 422, "bad_duplicate_keys"


@dataclass
class Key:
    path: str  # "identification/hh_no", "survey/member[1]/name"
    kind: str  # exact | name | phone


@dataclass
class Pair:
    first: str
    second: str
    site: str  # the first's site
    score: float  # the lowest name likeness among the keys (100 when none is a name)
    values: dict[str, tuple[str, str]]  # key path -> (first's answer, second's)
    resolution: str = ""
    second_site: str = ""  # the second's site (another city: the household moved)


def parse_keys(text: str) -> list[Key]:
    keys = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        path, _, kind = part.partition(":")
        kind = kind.strip() or "exact"
        if kind not in KINDS:
            raise BadKeys(f"key {part!r}: the kind is one of {', '.join(KINDS)}")
        keys.append(Key(path.strip().strip("/"), kind))
    if not keys:
        raise BadKeys("give at least one key field, e.g. 'identification/hh_no,head_name:name'")
    return keys


def probable(
    conn: Connection,
    who: Principal,
    form_id: str,
    keys: list[Key],
    *,
    threshold: float = 85.0,
    include_resolved: bool = False,
) -> list[Pair]:
    """The probable duplicate pairs among a form's submissions a person may see: a site's
    reviewer's within their site, the Secretariat's across every site."""
    if who.role not in ("supervisor", "clerk", "secretariat", "admin"):
        raise Forbidden(f"{a_role(who.role)} does not look for duplicates")
    # Two readings, so that memory does not grow with the submissions: the first finds which
    # blocks hold more than one of them (a number a block, in a flat array), the second keeps
    # the answers of only those submissions. Most households are alone in their block.
    found = array("q")
    seen_any = False
    for _uuid, _site, data in _answers(conn, who, form_id):
        seen_any = True
        values = [_value(data, k.path) for k in keys]
        if any(values):
            found.append(hash(_block(keys, values)))
    if not seen_any and not _published(conn, form_id):
        raise NotFound(f"form '{form_id}' is not published on this server")
    shared = _repeated(found)
    del found
    blocks: dict[tuple, list[tuple[str, list[str]]]] = defaultdict(list)
    site_of: dict[str, str] = {}
    for uuid, site, data in _answers(conn, who, form_id) if shared else ():
        values = [_value(data, k.path) for k in keys]
        if not any(values):
            continue
        block = _block(keys, values)
        if hash(block) in shared:
            site_of[uuid] = site
            blocks[block].append((uuid, values))
    crowded = max((len(m) for m in blocks.values()), default=0)
    if crowded > MOST_IN_A_BLOCK:
        raise BadKeys(
            f"{crowded} submissions share the same key answers: too many to "
            "compare two by two. Add a key that tells households apart (the household "
            "number, the head's name with :name)"
        )
    resolved = _resolutions(conn)
    pairs: list[Pair] = []
    for members in blocks.values():
        for i, (a, va) in enumerate(members):
            for b, vb in members[i + 1 :]:
                score = _match(keys, va, vb, threshold)
                if score is None:
                    continue
                if len(pairs) >= MOST_PAIRS:
                    raise BadKeys(
                        f"more than {MOST_PAIRS:,} probable pairs: these keys do not tell "
                        "households apart. Add one (the household number, the head's name "
                        "with :name) or raise the likeness threshold"
                    )
                first, second = sorted((a, b))
                done = resolved.get((first, second), "")
                if done and not include_resolved:
                    continue
                side_by_side = {
                    k.path: (x, y) if first == a else (y, x)
                    for k, x, y in zip(keys, va, vb, strict=True)
                }
                pairs.append(
                    Pair(
                        first,
                        second,
                        site_of[first],
                        score,
                        side_by_side,
                        done,
                        second_site=site_of[second],
                    )
                )
    pairs.sort(key=lambda p: (-p.score, p.site, p.first))
    return pairs


def resolve(
    conn: Connection, who: Principal, first: str, second: str, resolution: str, note: str = ""
) -> None:
    """A person's verdict on a pair — keep both (two households), the same household (both
    kept, marked), keep the first or the second (the other marked ``_duplicate_of`` and left
    out of indicators and exports, never removed), or ``undone`` (the verdict before it
    withdrawn: the pair is listed again and both count); kept, never changed (a later
    verdict is added after it). First and second are in uuid order."""
    if who.role not in ("supervisor", "clerk", "secretariat", "admin"):
        raise Forbidden(f"{a_role(who.role)} does not resolve duplicates")
    if resolution not in RESOLUTIONS:
        raise BadKeys(f"a resolution is one of {', '.join(RESOLUTIONS)}")
    first, second = sorted((first, second))
    if first == second:
        raise BadKeys("a pair is two different submissions")
    rows = conn.execute(
        select(submissions.c.uuid, submissions.c.site_id).where(
            submissions.c.uuid.in_([first, second])
        )
    ).all()
    if len(rows) != 2 or (not who.all_sites and any(r[1] != who.site_id for r in rows)):
        raise NotFound("both submissions must exist and be ones you can see")
    conn.execute(
        insert(duplicate_resolutions).values(
            first=first,
            second=second,
            resolution=resolution,
            note=note.strip()[:2000],
            by=who.username,
            at=now_text(),
        )
    )


def _answers(conn: Connection, who: Principal, form_id: str) -> Iterator[tuple[str, str, dict]]:
    query = (
        select(submissions.c.uuid, sites.c.name, revisions.c.json_text)
        .select_from(
            submissions.join(sites, submissions.c.site_id == sites.c.id).join(
                revisions,
                and_(
                    revisions.c.uuid == submissions.c.uuid,
                    revisions.c.revision == submissions.c.revision,
                ),
            )
        )
        .where(submissions.c.form_id == form_id)
    )
    if not who.all_sites:
        query = query.where(submissions.c.site_id == who.site_id)
    for row in conn.execution_options(stream_results=True, yield_per=500).execute(query):
        yield row[0], row[1], read_json(row[2])


def _repeated(numbers: array) -> set[int]:
    """The numbers that come more than once."""
    out: set[int] = set()
    last = None
    for n in sorted(numbers):
        if n == last:
            out.add(n)
        last = n
    return out


def _published(conn: Connection, form_id: str) -> bool:
    from central_server.db import forms

    return conn.execute(select(forms.c.id).where(forms.c.form_id == form_id)).first() is not None


def _value(data: dict, path: str) -> str:
    """An answer by its path; ``group/repeat[n]/q`` reads entry n of a repeat."""
    node: object = data
    parts = path.split("/")
    i = 0
    prefix = ""
    while i < len(parts):
        if not isinstance(node, dict):
            return ""
        part = parts[i]
        m = re.fullmatch(r"(.+)\[(\d+)\]", part)
        name = prefix + (m[1] if m else part)
        if name in node:
            value = node[name]
            prefix = ""
            if m:
                entries = value if isinstance(value, list) else []
                n = int(m[2])
                node = entries[n - 1] if 0 < n <= len(entries) else {}
            else:
                node = value
        else:
            prefix = name + "/"  # a group's answers are keyed "group/question"
        i += 1
    if prefix or isinstance(node, dict | list):
        return ""
    return "" if node is None else str(node)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACE.sub(" ", text).strip()


def _block(keys: list[Key], values: list[str]) -> tuple:
    """Which candidates are compared: equal exact keys; the first two letters of the first
    name key (of any of its words: "Hassan Amina" meets "Amina Hassan" through "am"); the
    last four digits of a phone."""
    block: list[object] = []
    for k, v in zip(keys, values, strict=True):
        if k.kind == "exact":
            block.append(_norm(v))
        elif k.kind == "phone":
            block.append(_DIGITS.sub("", v)[-4:])
    names = [v for k, v in zip(keys, values, strict=True) if k.kind == "name"]
    if names:
        block.append(min((w[:2] for w in _norm(names[0]).split()), default=""))
    return tuple(block)


def _match(keys: list[Key], a: list[str], b: list[str], threshold: float) -> float | None:
    score = 100.0
    for k, x, y in zip(keys, a, b, strict=True):
        if not x or not y:
            return None
        if k.kind == "exact":
            if _norm(x) != _norm(y):
                return None
        elif k.kind == "phone":
            dx, dy = _DIGITS.sub("", x), _DIGITS.sub("", y)
            if len(dx) < 7 or dx[-9:] != dy[-9:]:
                return None
        else:
            likeness = fuzz.token_sort_ratio(_norm(x), _norm(y))
            if likeness < threshold:
                return None
            score = min(score, likeness)
    return score


def _resolutions(conn: Connection) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for r in conn.execute(
        select(
            duplicate_resolutions.c.first,
            duplicate_resolutions.c.second,
            duplicate_resolutions.c.resolution,
        ).order_by(duplicate_resolutions.c.id)
    ):
        out[(r[0], r[1])] = "" if r[2] == "undone" else r[2]  # the newest verdict stands
    return out


def standing() -> Select:
    """(``uuid``, ``kept``): each submission a standing verdict made a duplicate, and the one
    kept in its place — the newest verdict on each pair, when it keeps one of the two."""
    v = duplicate_resolutions.c
    newest = select(func.max(v.id)).group_by(v.first, v.second)
    first_kept = v.resolution == "keep_first"
    return select(
        case((first_kept, v.second), else_=v.first).label("uuid"),
        case((first_kept, v.first), else_=v.second).label("kept"),
    ).where(v.id.in_(newest), v.resolution.in_(KEEPING_ONE))


def duplicate_of(conn: Connection, among: list[str] | None = None) -> dict[str, str]:
    """Resolved duplicate -> the submission it duplicates (of ``among`` only, if given)."""
    found = standing().subquery()
    query = select(found.c.uuid, found.c.kept)
    if among is not None:
        if not among:
            return {}
        query = query.where(found.c.uuid.in_(among))
    return {r[0]: r[1] for r in conn.execute(query)}
