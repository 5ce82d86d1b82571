"""The indicators of the three forms (forms/README.md): household H1–H14 by city and
population group; service access S1–S7 by city, population group and the respondent's sex;
population P1–P6 by city and population group. Each with the number of households, members
or persons behind it, computed in one pass over the merged dataset, approved submissions by
default; households without consent are in no denominator. A value kept as written on the
paper (it breaks a rule of the form) counts as missing until a reviewer confirms it.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy.engine import Connection

from central_server import as_written
from central_server.accounts import Principal
from central_server.errors import NotFound
from central_server.merged import exporting, parts

Data = dict
ALL = "(all)"


def _answered(key: str) -> Callable[[Data], bool]:
    return lambda d: d.get(key) not in (None, "", [])


def _is(key: str, *values: object) -> Callable[[Data], bool]:
    wanted = {str(v) for v in values}
    return lambda d: str(d.get(key)) in wanted


def _has(key: str, value: str) -> Callable[[Data], bool]:
    return lambda d: value in (d.get(key) or [])


def _number(d: Data, key: str) -> float | None:
    v = d.get(key)
    try:
        return float(v) if v not in (None, "") else None  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


@dataclass
class Share:
    """numerator households ÷ denominator households."""

    id: str
    title: str
    numerator: Callable[[Data], bool]
    denominator: Callable[[Data], bool]


@dataclass
class Tally:
    numerator: float = 0
    denominator: float = 0
    values: list[float] = field(default_factory=list)

    def share(self) -> dict:
        value = self.numerator / self.denominator if self.denominator else None
        return {"numerator": self.numerator, "denominator": self.denominator, "value": value}


WATER, SANITATION = "survey/wash/water_ladder", "survey/wash/sanitation_ladder"
SHARES = [
    Share(
        "H1",
        "households using at least basic drinking water",
        _is(WATER, "basic", "safely_managed"),
        _answered(WATER),
    ),
    Share("H2", "households using surface water", _is(WATER, "surface_water"), _answered(WATER)),
    Share(
        "H3",
        "households with at least basic sanitation",
        _is(SANITATION, "basic", "safely_managed"),
        _answered(SANITATION),
    ),
    Share(
        "H4",
        "households practising open defecation",
        _is(SANITATION, "open_defecation"),
        _answered(SANITATION),
    ),
    Share(
        "H5",
        "households relying on clean cooking fuel",
        _is("survey/energy/clean_cooking", 1, "1"),
        _answered("survey/energy/cooking_fuel"),
    ),
    Share(
        "H6",
        "households with any electricity",
        lambda d: (
            bool(d.get("survey/energy/electricity"))
            and d.get("survey/energy/electricity") != ["none"]
        ),
        _answered("survey/energy/electricity"),
    ),
    Share(
        "H7",
        "households with poor or borderline food consumption",
        _is("survey/food/fcs_group", "poor", "borderline"),
        _answered("survey/food/fcs"),
    ),
    Share(
        "H8b",
        "households with more than 3 persons per sleeping room",
        lambda d: (_number(d, "survey/dwelling/persons_per_room") or 0) > 3,
        _answered("survey/dwelling/rooms"),
    ),
    Share(
        "H10",
        "households whose head has no identity document",
        _has("survey/documentation/head_documents", "none"),
        lambda d: True,
    ),
    Share(
        "H12",
        "households hit by any shock in 6 months",
        lambda d: (
            bool(d.get("survey/shocks/shock_types"))
            and d.get("survey/shocks/shock_types") != ["none"]
        ),
        lambda d: True,
    ),
]


@dataclass
class Group:
    households: int = 0
    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))

    def add(self, other: Group) -> None:
        self.households += other.households
        for key, tally in other.tallies.items():
            mine = self.tallies[key]
            mine.numerator += tally.numerator
            mine.denominator += tally.denominator
            mine.values.extend(tally.values)


def rolled_up(cells: dict[tuple, Group], wider: Callable[[tuple], list[tuple]]) -> dict:
    """Each household is counted once, in its finest cell (a city's population group…); the
    wider figures (the city, all cities) are those cells added up."""
    groups: dict[tuple, Group] = defaultdict(Group)
    for key, cell in cells.items():
        for target in (key, *wider(key)):
            groups[target].add(cell)
    return groups


def household_indicators(
    conn: Connection, who: Principal, form_id: str = "household", *, state: str | None = "approved"
) -> dict:
    """Every indicator for every (city, population group), for each city and for all."""
    if form_id != "household":
        raise NotFound(f"form '{form_id}' has indicators of its own (indicators.compute)")
    cells: dict[tuple, Group] = defaultdict(Group)
    pyramid: dict[tuple, int] = defaultdict(int)
    for part_cells, part_pyramid in _in_parts(conn, who, form_id, state, _household_part):
        for key, cell in part_cells.items():
            cells[key].add(cell)
        for key, n in part_pyramid.items():
            pyramid[key] += n
    groups = rolled_up(cells, lambda k: [(k[0], ALL), (ALL, ALL)])
    return {
        "form_id": form_id,
        "state": state or "any",
        "groups": [
            {
                "city": c,
                "population_group": g,
                "households": grp.households,
                "indicators": _finish(grp),
            }
            for (c, g), grp in sorted(groups.items())
        ],
        "pyramid": [
            {"city": c, "sex": s, "age_band": b, "displacement": p, "members": n}
            for (c, s, b, p), n in sorted(pyramid.items())
        ],
    }


def _counted(conn: Connection, src: exporting.Source) -> Iterator[Data]:
    """The answers of each submission as the indicators count them: a value kept as written
    on the paper that no reviewer has confirmed is missing — never a valid value — and so is
    what the form calculated from it (central_server.as_written)."""
    forms = {form.version: form for form in src.versions}
    for meta, d in exporting.submissions_of(conn, src):
        yield as_written.without_unconfirmed(forms.get(meta["_form_version"]), d, meta["_kept"])


def _in_parts(
    conn: Connection, who: Principal, form_id: str, state: str | None, work: parts.Work
) -> list:
    """``work`` over the submissions asked for, in parts read at once (central_server.merged.parts)."""
    src = exporting.source(conn, who, form_id, state=state)
    return parts.run(conn, exporting.split(conn, src, parts.parts_wanted()), work)


def _household_part(conn: Connection, piece: exporting.Source, _index: int, *, progress=None):
    """Each household counted in its cell (city, population group), and the members by city,
    sex, age band and displacement."""
    cells: dict[tuple, Group] = defaultdict(Group)
    pyramid: dict[tuple, int] = defaultdict(int)
    for d in _counted(conn, piece):
        if d.get("identification/consent") != "yes":
            continue
        city = str(d.get("city") or "")
        group = str(d.get("survey/population_group") or "")
        _count(cells[(city, group)], d)
        for m in d.get("survey/member") or []:
            if isinstance(m, dict):
                age = _number(m, "age")
                band = "?" if age is None else f"{int(age) // 5 * 5}-{int(age) // 5 * 5 + 4}"
                pyramid[
                    (city, str(m.get("sex") or ""), band, str(m.get("displacement") or ""))
                ] += 1
    return dict(cells), dict(pyramid)


def _count(group: Group, d: Data) -> None:
    group.households += 1
    t = group.tallies
    for share in SHARES:
        if share.denominator(d):
            t[share.id].denominator += 1
            if share.numerator(d):
                t[share.id].numerator += 1
    ppr = _number(d, "survey/dwelling/persons_per_room")
    if ppr is not None:
        t["H8"].values.append(ppr)
    for m in d.get("survey/member") or []:
        if isinstance(m, dict) and (_number(m, "age") or 0) >= 5:
            t["H9"].denominator += 1
            t["H9"].numerator += str(m.get("disability")) == "1"
    t["H11"].numerator += _number(d, "survey/documentation/birth_certificates") or 0
    t["H11"].denominator += _number(d, "survey/n_under5") or 0
    income, size = _number(d, "survey/livelihoods/income_amount"), _number(d, "survey/hh_size")
    if income is not None and size:
        t[f"H13 {d.get('currency') or ''}".strip()].values.append(income / size)


def _finish(group: Group) -> dict:
    out: dict[str, dict] = {}
    for key, tally in sorted(group.tallies.items(), key=lambda kv: _in_order(kv[0])):
        if key == "H8":
            out[key] = {
                "title": "mean persons per sleeping room",
                "households": len(tally.values),
                "value": statistics.fmean(tally.values) if tally.values else None,
            }
        elif key.startswith("H13"):
            out[key] = {
                "title": "median monthly income per person" + key[3:],
                "households": len(tally.values),
                "value": statistics.median(tally.values) if tally.values else None,
            }
        else:
            title = next((s.title for s in SHARES if s.id == key), _TITLES.get(key, key))
            out[key] = {"title": title, **tally.share()}
    return out


def _in_order(key: str) -> tuple[int, str]:
    """H2 before H10 (the codebook's order), H8 before H8b."""
    digits = "".join(c for c in key[1:] if c.isdigit())
    return int(digits or 0), key


_TITLES = {
    "H9": "members aged 5 or more with a disability (Washington Group cut-off)",
    "H11": "children under 5 with a birth certificate",
}


# -- service access (S1–S7), by city, population group and sex of the respondent ------------

SERVICES = (
    "health",
    "education",
    "water",
    "sanitation",
    "waste",
    "civil_registration",
    "markets",
)


def service_indicators(conn: Connection, who: Principal, *, state: str | None = "approved") -> dict:
    cells: dict[tuple, Group] = defaultdict(Group)
    for part in _in_parts(conn, who, "service_access", state, _service_part):
        for key, cell in part.items():
            cells[key].add(cell)
    groups = rolled_up(cells, lambda k: [(k[0], k[1], ALL), (k[0], ALL, ALL), (ALL, ALL, ALL)])
    return {
        "form_id": "service_access",
        "state": state or "any",
        "groups": [
            {
                "city": c,
                "population_group": g,
                "respondent_sex": x,
                "households": grp.households,
                "indicators": _finish_services(grp),
            }
            for (c, g, x), grp in sorted(groups.items())
        ],
    }


def _service_part(conn: Connection, piece: exporting.Source, _index: int, *, progress=None):
    """Each household counted in its cell (city, population group, respondent's sex)."""
    cells: dict[tuple, Group] = defaultdict(Group)
    for d in _counted(conn, piece):
        if d.get("consent") != "yes":
            continue
        city = str(d.get("city") or "")
        group = str(d.get("respondent/population_group") or "")
        sex = str(d.get("respondent/resp_sex") or "")
        _count_services(cells[(city, group, sex)], d)
    return dict(cells)


def _count_services(group: Group, d: Data) -> None:
    group.households += 1
    t = group.tallies
    for s in SERVICES:
        p = f"{s}/{s}_"
        used = d.get(p + "used")
        if used in (None, ""):
            continue  # not asked (education: only with children aged 6-17)
        user = used == "yes"
        t[f"S1 {s}"].denominator += 1
        t[f"S1 {s}"].numerator += user
        barriers = d.get(p + "barriers") or []
        status = "refused_status" in barriers or d.get(p + "why_not") == "refused_status"
        t[f"S5 {s}"].denominator += 1
        t[f"S5 {s}"].numerator += status
        if not user:
            continue
        minutes = _number(d, p + "minutes")
        if minutes is not None:
            t[f"S2 {s}"].denominator += 1
            t[f"S2 {s}"].numerator += minutes <= 30
            t[f"S3 {s}"].values.append(minutes)
        t[f"S4 {s}"].denominator += 1
        t[f"S4 {s}"].numerator += str(d.get(p + "has_barrier")) == "1"
        for b in barriers if isinstance(barriers, list) else []:
            if b != "none":
                t[f"S4 {s} {b}"].numerator += 1
        satisfaction = _number(d, p + "satisfaction")
        if satisfaction is not None:
            t[f"S6 {s}"].denominator += 1
            t[f"S6 {s}"].numerator += satisfaction >= 4
        cost = _number(d, p + "cost")
        if cost is not None:
            t[f"S7 {s} {d.get('currency') or ''}".strip()].values.append(cost)


_SERVICE_TITLES = {
    "S1": "households using the service in the last 3 months",
    "S2": "users reaching it within 30 minutes",
    "S3": "median one-way travel time, minutes",
    "S4": "users reporting any barrier",
    "S5": "households refused because of nationality or status",
    "S6": "users satisfied (4-5)",
    "S7": "median cost per user, last 3 months",
}


def _finish_services(group: Group) -> dict:
    out: dict[str, dict] = {}
    for key, tally in sorted(group.tallies.items()):
        kind = key.split(" ")[0]
        title = _SERVICE_TITLES[kind]
        if kind in ("S3", "S7"):
            out[key] = {
                "title": title,
                "households": len(tally.values),
                "value": statistics.median(tally.values) if tally.values else None,
            }
        elif kind == "S4" and key.count(" ") >= 2:  # one barrier: over the service's users
            users = group.tallies[" ".join(key.split(" ")[:2])].denominator
            barrier = key.split(" ", 2)[2]
            out[key] = {
                "title": f"users reporting the barrier '{barrier}'",
                **Tally(tally.numerator, users).share(),
            }
        else:
            out[key] = {"title": title, **tally.share()}
    return out


# -- population (P1–P6), by city and population group -------------------------------------

BANDS = ("0_4", "5_17", "18_59", "60")


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def population_indicators(
    conn: Connection, who: Principal, *, state: str | None = "approved"
) -> dict:
    src = exporting.source(conn, who, "population", state=state)
    persons: dict[tuple[str, str, str, str, str], float] = defaultdict(float)
    households: dict[tuple[str, str], float] = defaultdict(float)
    dwellings: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for d in _counted(conn, src):
        city, zone = str(d.get("city") or ""), str(d.get("zone") or "")
        for c in (city, ALL):
            dwellings[c][0] += _number(d, "dwellings/n_occupied") or 0
            dwellings[c][1] += _number(d, "dwellings/n_dwellings") or 0
        for entry in d.get("pop_group") or []:
            if not isinstance(entry, dict):
                continue
            group = str(entry.get("group") or "")
            for c in (city, ALL):
                households[(c, group)] += _number(entry, "group_households") or 0
            for sex in ("m", "f"):
                for band in BANDS:
                    n = _number(entry, f"{sex}_{band}") or 0
                    for c, z in ((city, zone), (city, ALL), (ALL, ALL)):
                        persons[(c, z, group, sex, band)] += n
    by_group: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for (c, z, g, sex, band), n in persons.items():
        if z == ALL:
            cell = by_group[(c, g)]
            cell[sex] += n
            age = "young" if band in ("0_4", "5_17") else "old" if band == "60" else "working"
            cell[age] += n
            cell["all"] += n
    city_total: dict[str, float] = defaultdict(float)
    for (c, _g), cell in by_group.items():
        city_total[c] += cell["all"]
    groups = []
    for (c, g), cell in sorted(by_group.items()):
        dependants = cell["young"] + cell["old"]
        groups.append(
            {
                "city": c,
                "population_group": g,
                "persons": cell["all"],
                "indicators": {
                    "P2": _part("share of the city's population", cell["all"], city_total[c]),
                    "P3": _part("average household size", cell["all"], households[(c, g)]),
                    "P4": _part(
                        "dependency ratio (0-17 and 60+ per 18-59)", dependants, cell["working"]
                    ),
                    "P5": {
                        **_part("males per 100 females", cell["m"], cell["f"]),
                        "value": 100 * cell["m"] / cell["f"] if cell["f"] else None,
                    },
                },
            }
        )
    return {
        "form_id": "population",
        "state": state or "any",
        "groups": groups,
        "occupancy": [
            {"city": c, **_part("P6 dwelling occupancy rate", o, n)}
            for c, (o, n) in sorted(dwellings.items())
        ],
        "population": [
            {
                "city": c,
                "zone": z,
                "population_group": g,
                "sex": s,
                "age_band": "60+" if b == "60" else b.replace("_", "-"),
                "persons": n,
            }
            for (c, z, g, s, b), n in sorted(persons.items())
        ],
    }


def _part(title: str, numerator: float, denominator: float) -> dict:
    return {
        "title": title,
        "numerator": numerator,
        "denominator": denominator,
        "value": _ratio(numerator, denominator),
    }


def compute(
    conn: Connection, who: Principal, form_id: str, *, state: str | None = "approved"
) -> dict:
    """The indicators of one of the three forms (forms/README.md)."""
    if form_id == "household":
        return household_indicators(conn, who, state=state)
    if form_id == "service_access":
        return service_indicators(conn, who, state=state)
    if form_id == "population":
        return population_indicators(conn, who, state=state)
    raise NotFound(f"no indicators are defined for form '{form_id}'")
