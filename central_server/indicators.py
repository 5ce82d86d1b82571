"""The household survey's indicators (forms/README.md, H1–H14), by city and population group,
each with the number of households (or members) behind it: computed in one pass over the
merged dataset, approved submissions by default. Households without consent are in no
denominator.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.engine import Connection

from central_server import exporting
from central_server.accounts import Principal
from central_server.errors import NotFound

Data = dict
ALL = "(all)"


def _get(d: Data, key: str) -> object:
    return d.get(key)


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


def household_indicators(
    conn: Connection, who: Principal, form_id: str = "household", *, state: str | None = "approved"
) -> dict:
    """Every indicator for every (city, population group), for each city and for all."""
    if form_id != "household":
        raise NotFound(f"no indicators are defined for form '{form_id}' yet (household only)")
    src = exporting.source(conn, who, form_id, state=state)
    groups: dict[tuple[str, str], Group] = defaultdict(Group)
    pyramid: dict[tuple, int] = defaultdict(int)
    for _meta, d in exporting.submissions_of(conn, src):
        if d.get("identification/consent") != "yes":
            continue
        city = str(d.get("city") or "")
        group = str(d.get("survey/population_group") or "")
        for key in ((city, group), (city, ALL), (ALL, ALL)):
            _count(groups[key], d)
        for m in d.get("survey/member") or []:
            if isinstance(m, dict):
                age = _number(m, "age")
                band = "?" if age is None else f"{int(age) // 5 * 5}-{int(age) // 5 * 5 + 4}"
                pyramid[
                    (city, str(m.get("sex") or ""), band, str(m.get("displacement") or ""))
                ] += 1
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
