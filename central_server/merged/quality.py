"""What supervisors and the Secretariat see of the work's quality (issue 26): per enumerator and
day — interviews, median time with questions on screen, share flagged by the checks, share
sent back, share of "don't know" and "refused" answers, roster sizes — with the team's figure
beside each; and for each indicator how much of its variance comes from who asked (the
interviewer effect), which tells whether a difference between two cities is real. The table
reads each submission's summary (central_server.summaries), not its answers."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import and_, select
from sqlalchemy.engine import Connection

from central_server.accounts import Principal
from central_server.db import (
    decisions,
    flags,
    paradata_files,
    revisions,
    sites,
    submission_summaries,
    submissions,
)
from central_server.errors import Forbidden
from central_server.merged import indicators
from central_server.merged.exporting import source, submissions_of

TEAM = "(team)"
ALL_DAYS = "(all)"


# -- the table ---------------------------------------------------------------------------------
@dataclass
class Row:
    site: str
    enumerator: str  # TEAM: the site's whole team that day
    day: str
    interviews: int = 0
    median_minutes: float | None = None  # questions on screen, from the audit logs
    flagged: float = 0.0  # shares, 0 to 1
    returned: float = 0.0
    dont_know: float = 0.0  # of the choice answers given
    refused: float = 0.0
    roster: float | None = None  # mean entries of the first roster
    timed: int = 0  # interviews with an audit log read


@dataclass
class _Tally:
    interviews: int = 0
    minutes: list[float] = field(default_factory=list)
    flagged: int = 0
    returned: int = 0
    answered: int = 0
    dont_know: int = 0
    refused: int = 0
    roster: list[int] = field(default_factory=list)

    def add(self, other: _Tally) -> None:
        self.interviews += other.interviews
        self.minutes += other.minutes
        self.flagged += other.flagged
        self.returned += other.returned
        self.answered += other.answered
        self.dont_know += other.dont_know
        self.refused += other.refused
        self.roster += other.roster

    def row(self, site: str, enumerator: str, day: str) -> Row:
        n = self.interviews or 1
        return Row(
            site,
            enumerator,
            day,
            self.interviews,
            round(statistics.median(self.minutes), 2) if self.minutes else None,
            self.flagged / n,
            self.returned / n,
            self.dont_know / self.answered if self.answered else 0.0,
            self.refused / self.answered if self.answered else 0.0,
            round(statistics.fmean(self.roster), 2) if self.roster else None,
            len(self.minutes),
        )


def _may_read(who: Principal) -> None:
    if who.role not in ("supervisor", "clerk", "secretariat", "admin"):
        raise Forbidden("only a site's supervisors and clerks, and the Secretariat, read this")


def enumerator_table(
    conn: Connection,
    who: Principal,
    form_id: str,
    *,
    site: str | None = None,
    day: str | None = None,
) -> list[Row]:
    """Per site, day and enumerator, then the site's team that day (enumerator ``(team)``)
    and over every day (day ``(all)``); newest day first."""
    from central_server.review import newest_decisions

    _may_read(who)
    newest = newest_decisions()
    flagged = select(flags.c.id).where(flags.c.uuid == submissions.c.uuid).exists()
    query = (
        select(
            sites.c.name,
            submissions.c.enumerator,
            submission_summaries.c.day,
            submission_summaries.c.answered,
            submission_summaries.c.dont_know,
            submission_summaries.c.refused,
            submission_summaries.c.roster,
            paradata_files.c.shown_ms,
            paradata_files.c.state,
            flagged,
            decisions.c.decision,
            decisions.c.revision,
            submissions.c.revision,
            revisions.c.status,
            revisions.c.paper,
        )
        .select_from(
            submissions.join(sites, sites.c.id == submissions.c.site_id)
            .join(submission_summaries, submission_summaries.c.uuid == submissions.c.uuid)
            .join(
                revisions,
                and_(
                    revisions.c.uuid == submissions.c.uuid,
                    revisions.c.revision == submissions.c.revision,
                ),
            )
            .outerjoin(paradata_files, paradata_files.c.uuid == submissions.c.uuid)
            .outerjoin(newest, newest.c.uuid == submissions.c.uuid)
            .outerjoin(decisions, decisions.c.id == newest.c.last)
        )
        .where(submissions.c.form_id == form_id, submissions.c.status != "conflict")
    )
    if not who.all_sites:
        query = query.where(submissions.c.site_id == who.site_id)
    if site:
        query = query.where(sites.c.name == site)
    if day:
        query = query.where(submission_summaries.c.day == day)
    cells: dict[tuple[str, str, str], _Tally] = defaultdict(_Tally)
    for (
        site_name,
        enumerator,
        the_day,
        answered,
        dk,
        refused,
        roster,
        shown,
        state,
        is_flagged,
        decision,
        about,
        revision,
        status,
        paper,
    ) in conn.execute(query):  # small rows: 100,000 of them are a few MiB
        t = cells[(site_name, enumerator, the_day)]
        t.interviews += 1
        if state == "read" and shown and not paper:
            t.minutes.append(shown / 60_000)
        t.flagged += bool(is_flagged)
        sent_back = (decision == "returned" and about == revision) or (
            status == "rejected" and (decision is None or about != revision)
        )
        t.returned += sent_back
        t.answered += answered
        t.dont_know += dk
        t.refused += refused
        if roster is not None:
            t.roster.append(roster)
    return _rows(cells)


def _rows(cells: dict[tuple[str, str, str], _Tally]) -> list[Row]:
    out: list[Row] = []
    team: dict[tuple[str, str], _Tally] = defaultdict(_Tally)
    whole: dict[tuple[str, str], _Tally] = defaultdict(_Tally)
    for (site, name, day), t in cells.items():
        team[(site, day)].add(t)
        whole[(site, name)].add(t)
        whole[(site, TEAM)].add(t)
        out.append(t.row(site, name, day))
    out += [t.row(site, TEAM, day) for (site, day), t in team.items()]
    out += [t.row(site, name, ALL_DAYS) for (site, name), t in whole.items()]
    out.sort(
        key=lambda r: (
            r.site,
            r.day != ALL_DAYS,
            _newest_first(r.day),
            r.enumerator == TEAM,
            r.enumerator,
        )
    )
    return out


def _newest_first(day: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in day)


# -- the interviewer effect --------------------------------------------------------------------
@dataclass
class Effect:
    indicator: str
    title: str
    rho: float | None  # the intra-interviewer correlation (None: too few to say)
    design_effect: float | None  # 1 + (interviews per interviewer − 1) × rho
    interviewers: int
    interviews: int
    reading: str  # what it means, in words


def icc(groups: Iterable[list[float]]) -> tuple[float | None, float]:
    """The intra-class correlation of one-way ANOVA (values grouped by interviewer), with
    the mean group size adjusted for unequal groups; (None, n̄) when it cannot be said (fewer
    than two groups, or no variance). Negative estimates are reported as 0."""
    kept = [g for g in groups if g]
    k = len(kept)
    n = sum(len(g) for g in kept)
    if k < 2 or n <= k:
        return None, 0.0
    grand = sum(sum(g) for g in kept) / n
    between = sum(len(g) * (statistics.fmean(g) - grand) ** 2 for g in kept) / (k - 1)
    within = sum(sum((v - statistics.fmean(g)) ** 2 for v in g) for g in kept) / (n - k)
    n0 = (n - sum(len(g) ** 2 for g in kept) / n) / (k - 1)
    if between + (n0 - 1) * within <= 0:
        return None, n / k
    rho = (between - within) / (between + (n0 - 1) * within)
    return max(rho, 0.0), n / k


def interviewer_effects(
    conn: Connection, who: Principal, form_id: str = "household", *, state: str | None = None
) -> list[Effect]:
    """For each household indicator: the share of its variance, within cities, that comes
    from which enumerator asked. Values are centred on their city's mean first, so that a
    real difference between cities is not taken for an interviewer's."""
    _may_read(who)
    measures = [(s.id, s.title, s) for s in indicators.SHARES]
    values: dict[str, dict[tuple[str, str], list[float]]] = {
        m[0]: defaultdict(list) for m in measures
    }
    values["size"] = defaultdict(list)
    src = source(conn, who, form_id, state=state)
    for meta, d in submissions_of(conn, src):
        if d.get("identification/consent") not in (None, "yes"):
            continue
        key = (str(meta.get("_site") or ""), str(meta.get("_enumerator") or ""))
        for ident, _title, share in measures:
            if share.denominator(d):
                values[ident][key].append(1.0 if share.numerator(d) else 0.0)
        size = indicators._number(d, "survey/hh_size")
        if size is not None:
            values["size"][key].append(size)
    titles = {m[0]: m[1] for m in measures} | {"size": "household size"}
    out = []
    for ident, cells in values.items():
        by_site: dict[str, list[float]] = defaultdict(list)
        for (site, _), vs in cells.items():
            by_site[site] += vs
        means = {s: statistics.fmean(v) for s, v in by_site.items() if v}
        groups = [[v - means[site] for v in vs] for (site, _), vs in cells.items()]
        rho, per = icc(groups)
        interviews = sum(len(g) for g in groups)
        deff = 1 + (per - 1) * rho if rho is not None else None
        out.append(
            Effect(ident, titles[ident], rho, deff, len(groups), interviews, _said(rho, deff))
        )
    return out


def _said(rho: float | None, deff: float | None) -> str:
    if rho is None or deff is None:
        return "too few interviews or interviewers to say"
    if rho < 0.02:
        return "who asked makes little difference"
    if rho < 0.1:
        return (
            f"who asked matters somewhat: the variance is {deff:.1f} times what a simple "
            "random sample of the same size would have"
        )
    return (
        f"who asked matters a lot ({rho:.0%} of the variance within a city): compare cities "
        "with care, and look at how these enumerators ask it"
    )


# -- the map -----------------------------------------------------------------------------------
MOST_POINTS = 20_000  # a site's newest interviews drawn; more make a map nobody reads


@dataclass
class Point:
    uuid: str
    site: str
    enumerator: str
    latitude: float
    longitude: float
    flags: list[str]  # the rules that flagged it


@dataclass
class SiteMap:
    field: str  # the geopoint question drawn ("" when the form has none)
    areas: list[dict]  # {"site", "name", "geometry"}: GeoJSON geometries
    points: list[Point]


def map_of(
    conn: Connection,
    who: Principal,
    form_id: str,
    *,
    site: str | None = None,
    limit: int = MOST_POINTS,
) -> SiteMap:
    """The sites' areas and each interview's point (its newest ``limit``), with the rules
    that flagged it: what the supervisors' map draws, offline."""
    import json

    from central_server import checks
    from central_server.db import read_json, site_areas

    _may_read(who)
    form = checks.newest_form(conn, form_id)
    gps = next((r.field for r in checks.rules_of(conn, form_id, who) if r.check == "gps_area"), "")
    if not gps:
        gps = next(
            (
                el.name
                for el in _questions(form.elements)
                if el.data_type == "geopoint" and not checks._in_repeat(form, el)
            ),
            "",
        )
    area_query = select(sites.c.name, site_areas.c.name, site_areas.c.geometry).join(
        sites, sites.c.id == site_areas.c.site_id
    )
    if not who.all_sites:
        area_query = area_query.where(site_areas.c.site_id == who.site_id)
    if site:
        area_query = area_query.where(sites.c.name == site)
    shapes = [
        {"site": s, "name": n, "geometry": json.loads(g)}
        for s, n, g in conn.execute(area_query.order_by(sites.c.name, site_areas.c.id))
    ]
    points: list[Point] = []
    el = checks.element_named(form, gps) if gps else None
    if el is not None:
        key = checks.json_key(form, el)
        query = (
            select(
                sites.c.name, submissions.c.uuid, submissions.c.enumerator, revisions.c.json_text
            )
            .select_from(
                submissions.join(sites, sites.c.id == submissions.c.site_id).join(
                    revisions,
                    and_(
                        revisions.c.uuid == submissions.c.uuid,
                        revisions.c.revision == submissions.c.revision,
                    ),
                )
            )
            .where(submissions.c.form_id == form_id, submissions.c.status != "conflict")
            .order_by(submissions.c.created_at.desc())
            .limit(limit)
        )
        if not who.all_sites:
            query = query.where(submissions.c.site_id == who.site_id)
        if site:
            query = query.where(sites.c.name == site)
        found = conn.execute(query).all()
        flagged: dict[str, list[str]] = defaultdict(list)
        for uuid, rule in conn.execute(
            select(flags.c.uuid, flags.c.rule).where(flags.c.form_id == form_id)
        ):
            flagged[uuid].append(rule)
        for site_name, uuid, enumerator, text in found:
            data = read_json(text)
            said = str(data.get(key) or "").split() if isinstance(data, dict) else []
            try:
                lat, lon = float(said[0]), float(said[1])
            except (IndexError, ValueError):
                continue
            if -90 <= lat <= 90 and -180 <= lon <= 180:
                points.append(Point(uuid, site_name, enumerator, lat, lon, flagged.get(uuid, [])))
    return SiteMap(gps, shapes, points)


def _questions(elements) -> Iterable:
    for el in elements:
        yield el
        yield from _questions(el.children)
