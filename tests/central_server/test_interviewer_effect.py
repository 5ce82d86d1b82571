"""The interviewer effect (issue 26): how much of an indicator's variance within cities comes
from who asked — the intra-interviewer correlation of a one-way ANOVA by enumerator, on
values centred on their city's mean, so that a real difference between cities is not taken
for an interviewer's."""

import hashlib
import json

import pytest

from central_server import accounts, published_forms, schema
from central_server.db import make_engine
from central_server.intake.ingest import Sent, store
from central_server.merged.quality import icc, interviewer_effects
from form_engine import load_xlsform
from form_engine.fill import random_submissions
from sync_protocol import PushItem
from tests.conftest import REPO

HOUSEHOLD = REPO / "forms" / "household.xlsx"
TEAMS = {"Kakuma": ("k1", "k2", "k3", "k4"), "Koboko": ("b1", "b2", "b3", "b4")}


def test_the_correlation_is_the_textbook_one():
    # two interviewers, three interviews each: MSB 13.5, MSW 1, n0 3 -> 12.5 / 15.5
    rho, per = icc([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    assert rho == pytest.approx(12.5 / 15.5) and per == 3
    # every interviewer alike: no effect
    assert icc([[0.0, 1.0, 0.0, 1.0], [1.0, 0.0, 1.0, 0.0]])[0] == 0.0
    # one interviewer, or one interview each: cannot be said
    assert icc([[1.0, 2.0]])[0] is None
    assert icc([[1.0], [2.0]])[0] is None


@pytest.fixture
def engine(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    schema.upgrade(engine)
    with engine.begin() as conn:
        for site, team in TEAMS.items():
            accounts.add_site(conn, site)
            for name in team:
                accounts.add_user(
                    conn,
                    name,
                    role="enumerator",
                    site=site,
                    password="pass-pass-01",
                    memory_kib=1024,
                )
        accounts.add_user(
            conn, "sec", role="secretariat", site=None, password="pass-pass-01", memory_kib=1024
        )
        published_forms.publish(conn, HOUSEHOLD)
    yield engine
    engine.dispose()


def interviews(engine, water):
    """Ten households per enumerator; ``water(site, name, n)``: the water ladder answered."""
    form = load_xlsform(HOUSEHOLD)
    subs = iter(random_submissions(form, 80, seed=5))
    with engine.begin() as conn:
        for site, team in TEAMS.items():
            for name in team:
                _, who = accounts.login(conn, name, "pass-pass-01", label="t", device_id=name)
                items = []
                for n in range(10):
                    sub = next(subs)
                    data = {
                        **sub["data"],
                        "identification/consent": "yes",
                        "city": site.lower(),
                        "survey/wash/water_ladder": water(site, name, n),
                    }
                    text = json.dumps(data)
                    item = PushItem(
                        uuid=sub["uuid"],
                        form_id="household",
                        form_version=sub["form_version"],
                        revision=1,
                        json_text=text,
                        sha256=hashlib.sha256(text.encode()).hexdigest(),
                    )
                    items.append(Sent(who, item, []))
                store(conn, items, False)


def effect(engine, indicator):
    with engine.connect() as conn:
        secretariat = accounts.principal_of(conn, "sec")
        found = {e.indicator: e for e in interviewer_effects(conn, secretariat, "household")}
    return found[indicator]


def test_enumerators_who_hear_what_they_expect_are_seen(engine):
    def water(site, name, n):
        # half of each team writes "basic" nine times in ten, the other half once in ten
        often = name.endswith(("1", "2"))
        return "basic" if (n % 10 != 0) == often else "surface_water"

    interviews(engine, water)
    h1 = effect(engine, "H1")
    assert h1.interviewers == 8 and h1.interviews == 80
    assert h1.rho is not None and h1.rho > 0.5
    assert h1.design_effect == pytest.approx(1 + 9 * h1.rho)
    assert "who asked matters a lot" in h1.reading


def test_one_enumerator_apart_is_a_small_effect(engine):
    def water(site, name, n):
        if name == "k1":
            return "basic"  # whoever answers, k1 writes "basic"
        return "basic" if n % 2 else "surface_water"

    interviews(engine, water)
    h1 = effect(engine, "H1")
    assert h1.rho is not None and 0 < h1.rho < 0.02
    assert h1.design_effect is not None and h1.design_effect > 1


def test_a_real_difference_between_cities_is_not_an_interviewers(engine):
    def water(site, name, n):
        if site == "Koboko":
            return "basic" if n % 5 else "surface_water"  # Koboko: 80 % basic
        return "basic" if n % 5 == 0 else "surface_water"  # Kakuma: 20 %

    interviews(engine, water)
    h1 = effect(engine, "H1")
    assert h1.rho == 0.0  # every enumerator of a city alike
    assert h1.reading == "who asked makes little difference"
