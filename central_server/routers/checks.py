"""The quality checks over HTTP (central_server.checks): the flags a reviewer reads, and the
rules of a form — read by its reviewers, added and removed by a supervisor (for their site)
or the Secretariat (for every site), without a programmer."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field

from central_server import checks
from central_server.deps import Rx, Tx, Who
from central_server.errors import Forbidden
from central_server.merged import quality
from sync_protocol import Answer, NoNul

router = APIRouter(prefix="/checks", tags=["checks"])
FormId = Annotated[str, Path(max_length=200)]


class FlagOut(BaseModel):
    uuid: str
    site: str
    enumerator: str
    rule: str
    check: str
    details: dict
    reason: str


class FlagList(Answer):
    flags: list[FlagOut]


class RuleIn(BaseModel):
    model_config = {"extra": "forbid"}
    name: NoNul = Field(min_length=1, max_length=100)
    check: NoNul = Field(max_length=40)
    field: NoNul = Field(default="", max_length=200)
    parameters: NoNul = Field(default="", max_length=2000)
    message: NoNul = Field(default="", max_length=2000)


class RuleOut(BaseModel):
    name: str
    check: str
    field: str
    parameters: str
    message: str
    source: str  # form: the workbook's checks sheet; supervisor: added since
    site: bool  # for one site only (a supervisor's), else every site


class RuleList(Answer):
    rules: list[RuleOut]


def _out(rule: checks.Rule) -> RuleOut:
    return RuleOut(
        name=rule.name,
        check=rule.check,
        field=rule.field,
        parameters=rule.parameters,
        message=rule.message,
        source=rule.source,
        site=rule.site_id is not None,
    )


@router.get("/{form_id}/flags", response_model=FlagList)
def flag_list(
    form_id: FormId,
    who: Who,
    conn: Rx,
    site: Annotated[str | None, Query(max_length=200)] = None,
) -> FlagList:
    """What the checks found on a form's submissions: a site's for its reviewers, every
    site's for the Secretariat (``site``: one of them)."""
    found = checks.flags_of(conn, who, form_id, site=site)
    return FlagList(flags=[FlagOut(**vars(f)) for f in found])


@router.get("/{form_id}/rules", response_model=RuleList)
def rule_list(form_id: FormId, who: Who, conn: Rx) -> RuleList:
    """The form's rules that apply to the caller's site (every rule, for the Secretariat)."""
    if who.role not in ("clerk", "supervisor", "secretariat", "admin"):
        raise Forbidden("only reviewers read a form's checks")
    return RuleList(rules=[_out(r) for r in checks.rules_of(conn, form_id, who)])


@router.post("/{form_id}/rules", response_model=RuleList, status_code=201)
def rule_add(form_id: FormId, body: RuleIn, who: Who, conn: Tx) -> RuleList:
    """A rule added by a supervisor (for their site) or the Secretariat (every site),
    checked against the form's newest version; the checks run with it within a minute."""
    rule = checks.add_rule(conn, who, form_id, checks.Rule(**body.model_dump()))
    return RuleList(rules=[_out(rule)])


@router.delete("/{form_id}/rules/{name}", response_model=Answer)
def rule_remove(
    form_id: FormId, name: Annotated[str, Path(max_length=100)], who: Who, conn: Tx
) -> Answer:
    """A rule a supervisor of the site (or the Secretariat) added, taken away."""
    checks.remove_rule(conn, who, form_id, name)
    return Answer()


class EnumeratorRow(BaseModel):
    site: str
    enumerator: str  # "(team)": the site's whole team
    day: str  # "(all)": every day
    interviews: int
    median_minutes: float | None  # with questions on screen (audit logs)
    flagged: float  # shares, 0 to 1
    returned: float
    dont_know: float  # of the choice answers given
    refused: float
    roster: float | None  # mean entries of the form's first roster
    timed: int  # interviews whose audit log was read


class EnumeratorTable(Answer):
    rows: list[EnumeratorRow]


@router.get("/{form_id}/enumerators", response_model=EnumeratorTable)
def enumerator_table(
    form_id: FormId,
    who: Who,
    conn: Rx,
    site: Annotated[str | None, Query(max_length=200)] = None,
    day: Annotated[str | None, Query(max_length=10, pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
) -> EnumeratorTable:
    """Per enumerator and day, with the team's figure beside: interviews, median time with
    questions on screen, shares flagged, sent back, "don't know" and "refused", roster
    size. A site's own for its supervisors and clerks; every site for the Secretariat."""
    rows = quality.enumerator_table(conn, who, form_id, site=site, day=day)
    return EnumeratorTable(rows=[EnumeratorRow(**vars(r)) for r in rows])


class PointOut(BaseModel):
    uuid: str
    site: str
    enumerator: str
    latitude: float
    longitude: float
    flags: list[str]


class AreaOut(BaseModel):
    site: str
    name: str
    geometry: dict  # GeoJSON (longitude, latitude)


class MapAnswer(Answer):
    field: str
    areas: list[AreaOut]
    points: list[PointOut]


@router.get("/{form_id}/map", response_model=MapAnswer)
def site_map(
    form_id: FormId,
    who: Who,
    conn: Rx,
    site: Annotated[str | None, Query(max_length=200)] = None,
) -> MapAnswer:
    """The sites' areas (GeoJSON) and each interview's point with the rules that flagged it:
    what the desktop's map draws without internet. A site's own for its reviewers."""
    found = quality.map_of(conn, who, form_id, site=site)
    return MapAnswer(
        field=found.field,
        areas=[AreaOut(**a) for a in found.areas],
        points=[PointOut(**vars(p)) for p in found.points],
    )
