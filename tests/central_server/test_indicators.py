"""The household indicators (forms/README.md H1–H14) on submissions whose answers we know:
by city and population group, with the households behind each share; approved ones by
default; households without consent in no denominator."""

import hashlib
import json

import pytest

from central_server import accounts, published_forms, review, schema
from central_server.db import make_engine
from central_server.intake.ingest import Sent, store
from central_server.merged import indicators
from form_engine import load_xlsform
from form_engine.fill import random_submissions
from sync_protocol import PushItem
from tests.conftest import REPO

HOUSEHOLD = REPO / "forms" / "household.xlsx"


@pytest.fixture
def engine(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    schema.upgrade(engine)
    with engine.begin() as conn:
        accounts.add_site(conn, "Kakuma")
        accounts.add_user(
            conn, "e", role="enumerator", site="Kakuma", password="pass-pass-01", memory_kib=1024
        )
        accounts.add_user(
            conn, "sec", role="secretariat", site=None, password="pass-pass-01", memory_kib=1024
        )
        published_forms.publish(conn, HOUSEHOLD)
    yield engine
    engine.dispose()


def households(engine, answers):
    form = load_xlsform(HOUSEHOLD)
    subs = list(random_submissions(form, len(answers), seed=3))
    with engine.begin() as conn:
        _, who = accounts.login(conn, "e", "pass-pass-01", label="t", device_id="d")
        items = []
        for sub, changes in zip(subs, answers, strict=True):
            data = {
                **sub["data"],
                "city": "kakuma",
                "survey/population_group": "refugee",
                **changes,
            }
            text = json.dumps(data)
            items.append(
                Sent(
                    who,
                    PushItem(
                        uuid=sub["uuid"],
                        form_id="household",
                        form_version=sub["form_version"],
                        revision=1,
                        json_text=text,
                        sha256=hashlib.sha256(text.encode()).hexdigest(),
                    ),
                    [],
                )
            )
        store(conn, items, False)
    return [s["uuid"] for s in subs]


def test_shares_by_city_and_group_with_the_households_behind_them(engine):
    ids = households(
        engine,
        [
            {
                "identification/consent": "yes",
                "survey/wash/water_ladder": "basic",
                "survey/documentation/head_documents": ["none"],
            },
            {
                "identification/consent": "yes",
                "survey/wash/water_ladder": "surface_water",
                "survey/documentation/head_documents": ["national_id"],
            },
            {
                "identification/consent": "yes",
                "survey/wash/water_ladder": "basic",
                "survey/population_group": "host",
                "survey/documentation/head_documents": ["none"],
            },
            {
                "identification/consent": "no",
                "survey/wash/water_ladder": "surface_water",
            },  # in no denominator
        ],
    )
    with engine.connect() as conn:
        sec = accounts.principal_of(conn, "sec")
        assert indicators.household_indicators(conn, sec)["groups"] == []  # none approved yet
    with engine.begin() as conn:
        for uuid in ids:
            review.decide(conn, sec, uuid, "approved")
    with engine.connect() as conn:
        found = indicators.household_indicators(conn, sec)
    groups = {(g["city"], g["population_group"]): g for g in found["groups"]}
    everyone = groups[("(all)", "(all)")]
    assert everyone["households"] == 3
    h1 = everyone["indicators"]["H1"]
    assert (h1["numerator"], h1["denominator"]) == (2, 3) and h1["value"] == pytest.approx(2 / 3)
    assert everyone["indicators"]["H2"]["numerator"] == 1
    assert everyone["indicators"]["H10"]["numerator"] == 2
    refugees = groups[("kakuma", "refugee")]["indicators"]["H1"]
    assert (refugees["numerator"], refugees["denominator"]) == (1, 2)
    assert groups[("kakuma", "host")]["households"] == 1
    members = sum(p["members"] for p in found["pyramid"])
    assert members > 0 and all(p["city"] == "kakuma" for p in found["pyramid"])


def test_an_enumerator_reads_no_indicators(engine):
    with engine.connect() as conn:
        with pytest.raises(Exception, match="does not export"):
            indicators.household_indicators(conn, accounts.principal_of(conn, "e"))


def _store(engine, form_file, answers):
    with engine.begin() as conn:
        published_forms.publish(conn, REPO / "forms" / form_file)
    form = load_xlsform(REPO / "forms" / form_file)
    subs = list(random_submissions(form, len(answers), seed=9))
    with engine.begin() as conn:
        _, who = accounts.login(conn, "e", "pass-pass-01", label="t", device_id="d")
        items = []
        for sub, data in zip(subs, answers, strict=True):
            text = json.dumps({**data, "meta/instanceID": f"uuid:{sub['uuid']}"})
            items.append(
                Sent(
                    who,
                    PushItem(
                        uuid=sub["uuid"],
                        form_id=sub["form_id"],
                        form_version=sub["form_version"],
                        revision=1,
                        json_text=text,
                        sha256=hashlib.sha256(text.encode()).hexdigest(),
                    ),
                    [],
                )
            )
        store(conn, items, False)


def test_service_access_by_city_group_and_sex(engine):
    def asked(used, minutes=None, satisfaction=None, barriers=None):
        return {
            "health/health_used": used,
            "health/health_minutes": minutes,
            "health/health_satisfaction": satisfaction,
            "health/health_barriers": barriers,
            "health/health_has_barrier": 1 if barriers and barriers != ["none"] else 0,
        }

    base = {"city": "kakuma", "consent": "yes", "respondent/population_group": "refugee"}
    _store(
        engine,
        "service_access.xlsx",
        [
            {**base, "respondent/resp_sex": "female", **asked("yes", 20, 5, ["cost"])},
            {**base, "respondent/resp_sex": "female", **asked("yes", 45, 2, ["none"])},
            {**base, "respondent/resp_sex": "male", **asked("no")},
        ],
    )
    with engine.connect() as conn:
        found = indicators.compute(
            conn, accounts.principal_of(conn, "sec"), "service_access", state=None
        )
    every = next(g for g in found["groups"] if g["city"] == "(all)")["indicators"]
    assert (every["S1 health"]["numerator"], every["S1 health"]["denominator"]) == (2, 3)
    assert (every["S2 health"]["numerator"], every["S2 health"]["denominator"]) == (1, 2)
    assert every["S3 health"]["value"] == 32.5
    assert every["S4 health cost"]["value"] == 0.5 and every["S6 health"]["numerator"] == 1
    women = next(
        g for g in found["groups"] if g["respondent_sex"] == "female" and g["city"] == "kakuma"
    )
    assert women["indicators"]["S1 health"]["value"] == 1.0


def test_population_shares_ratios_and_occupancy(engine):
    def group(name, households, **bands):
        entry = {"group": name, "group_households": households}
        for sex in ("m", "f"):
            for band in indicators.BANDS:
                entry[f"{sex}_{band}"] = bands.get(f"{sex}_{band}", 0)
        return entry

    _store(
        engine,
        "population.xlsx",
        [
            {
                "city": "kakuma",
                "zone": "z1",
                "dwellings/n_dwellings": 10,
                "dwellings/n_occupied": 8,
                "pop_group": [
                    group("refugee", 4, m_5_17=6, f_5_17=4, m_18_59=5, f_18_59=5),
                    group("host", 1, m_18_59=2, f_60=3),
                ],
            }
        ],
    )
    with engine.connect() as conn:
        found = indicators.compute(
            conn, accounts.principal_of(conn, "sec"), "population", state=None
        )
    by = {(g["city"], g["population_group"]): g["indicators"] for g in found["groups"]}
    refugees = by[("kakuma", "refugee")]
    assert refugees["P2"]["value"] == pytest.approx(20 / 25)
    assert refugees["P3"]["value"] == 5.0  # 20 persons, 4 households
    assert refugees["P4"]["value"] == 1.0  # 10 children per 10 of working age
    assert refugees["P5"]["value"] == pytest.approx(11 / 9 * 100)
    assert by[("kakuma", "host")]["P4"]["value"] == 1.5
    assert [o["value"] for o in found["occupancy"] if o["city"] == "kakuma"] == [0.8]


def test_read_in_parts_the_figures_are_those_read_whole(engine, monkeypatch):
    """At a million households the indicators are read in parts by two processes at once
    (central_server.merged.parts): each household counted in exactly one part, medians and means
    over all of them, not an average of the parts'."""
    from central_server.merged import exporting, parts

    cities = ["kakuma", "koboko", "arua"]
    households(
        engine,
        [
            {
                "city": cities[i % 3],
                "survey/population_group": ["refugee", "host"][i % 2],
                "identification/consent": "yes",
            }
            for i in range(30)
        ],
    )
    with engine.connect() as conn:
        who = accounts.principal_of(conn, "sec")
        monkeypatch.setattr(parts, "parts_wanted", lambda: 1)
        whole = indicators.compute(conn, who, "household", state=None)
        monkeypatch.setattr(parts, "parts_wanted", lambda: 3)
        monkeypatch.setattr(exporting, "PART_AT_LEAST", 1)
        started = []
        start = parts._start
        monkeypatch.setattr(parts, "_start", lambda *a: started.append(1) or start(*a))
        in_parts = indicators.compute(conn, who, "household", state=None)
    assert started and in_parts == whole
    every = next(g for g in whole["groups"] if g["city"] == "(all)")
    assert every["households"] == 30 and every["indicators"]["H8"]["households"] > 0
