"""Assignments on the server (issue 25), on SQLite and PostgreSQL: a supervisor gives an
enumerator households to follow up, their answers preloaded from the households' properties;
the enumerator's devices get them at sync and no one else's work; reassigned, the work
leaves the old enumerator's computer; what is done is counted from the submissions made for
it — never from another site's or another form's — and from a Collect follow-up."""

import pytest
import requests

from central_server import accounts
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_api import item, push
from tests.central_server.test_entities_server import applied, follow_up, forms, registration, send

__all__ = ["forms"]  # the fixture, used by name

API = "/api/v1/assignments"


def call(server, token, method, path="", **kw):
    return requests.request(
        method, f"{server.url}{API}{path}", headers={"authorization": f"Bearer {token}"}, **kw
    )


def pulled(server, token):
    r = requests.get(f"{server.url}/api/v1/sync/pull", headers={"authorization": f"Bearer {token}"})
    assert r.status_code == 200, r.text
    return {a["id"]: a for a in r.json()["assignments"]}


@pytest.fixture
def households(server, login, forms):
    """Two Koboko households and a Kakuma one, registered; a second Koboko enumerator."""
    register, _ = forms
    with server.app.state.engine.begin() as conn:
        accounts.add_user(conn, "juma", role="enumerator", site="Koboko", password="juma-pass-1")
    PASSWORDS.setdefault("juma", "juma-pass-1")
    made = {}
    for name, size, who in (
        ("Neema", "4", "amina"),
        ("Opio", "6", "amina"),
        ("Deng", "3", "baraka"),
    ):
        reg = registration(register, name, size, zone="Z3")
        send(server, login(who), reg)
        made[name] = reg["data"]["meta/entity/@id"]
    return made


def test_follow_ups_assigned_preloaded_reach_only_their_enumerator(
    server, login, forms, households
):
    _, visit = forms
    boss = login("super_k")
    r = call(
        server,
        boss,
        "POST",
        json={
            "form_id": "hh_visit",
            "enumerator": "amina",
            "entities": [households["Neema"], households["Opio"]],
        },
    )
    assert r.status_code == 200, r.text
    made = r.json()["assignments"]
    assert [(a["title"], a["enumerator"], a["done"], a["left"]) for a in made] == [
        ("Neema", "amina", 0, 1),
        ("Opio", "amina", 0, 1),
    ]
    # the household picked, and the questions that save to its properties, as it is now
    assert made[0]["preload"] == {
        "/data/hh": households["Neema"],
        "/data/hh_size": "4",
        "/data/zone": "Z3",
    }

    amina, juma = login("amina"), login("juma")
    got = pulled(server, amina)
    assert sorted(a["title"] for a in got.values() if not a["removed"]) == ["Neema", "Opio"]
    assert got[made[0]["id"]]["payload"]["/data/hh_size"] == "4"
    assert pulled(server, juma) == {}  # none of it juma's: not even that it exists
    assert pulled(server, login("baraka")) == {}  # Kakuma's devices hear nothing of it
    assert len(pulled(server, login("clerk_k"))) == 2  # the site's clerk keys its paper

    # Opio's given to juma: amina's computer drops it at its next sync, juma's gets it
    r = call(server, boss, "POST", f"/{made[1]['id']}/reassign", json={"enumerator": "juma"})
    assert r.status_code == 200 and r.json()["assignments"][0]["enumerator"] == "juma"
    assert pulled(server, amina)[made[1]["id"]]["removed"] is True
    assert pulled(server, juma)[made[1]["id"]]["title"] == "Opio"

    # amina visits Neema for her assignment: done; progress per enumerator
    visit_env = follow_up(visit, households["Neema"], 1, hh_size="5", zone="Z3")
    r = push(server, amina, [{**item(visit_env), "assignment": made[0]["id"]}])
    assert r.json()["results"][0]["status"] == "stored", r.text
    applied(server)
    mine = call(server, amina, "GET").json()["assignments"]
    assert [(a["title"], a["done"], a["left"]) for a in mine] == [("Neema", 1, 0)]
    assert pulled(server, amina)[made[0]["id"]]["done"] == 1  # her other devices hear it
    progress = {
        p["enumerator"]: p for p in call(server, boss, "GET", "/progress").json()["enumerators"]
    }
    assert (progress["amina"]["done"], progress["amina"]["left"]) == (1, 0)
    assert (progress["juma"]["done"], progress["juma"]["left"]) == (0, 1)


def test_work_is_counted_only_for_its_own_site_and_form(server, login, forms, households):
    register, visit = forms
    r = call(
        server,
        login("super_k"),
        "POST",
        json={"form_id": "hh_register", "enumerator": "amina", "quantity": 2, "zone": "Z3"},
    )
    [zone] = r.json()["assignments"]
    assert (zone["title"], zone["quantity"], zone["left"]) == ("Z3", 2, 2)
    # Kakuma's enumerator names Koboko's assignment; a follow-up form names a registration's
    stray = registration(register, "Akol", "2")
    wrong_form = follow_up(visit, households["Neema"], 1, hh_size="4", zone="Z3")
    assert (
        push(server, login("baraka"), [{**item(stray), "assignment": zone["id"]}]).json()[
            "results"
        ][0]["status"]
        == "stored"
    )
    send_with = [{**item(wrong_form), "assignment": zone["id"]}]
    assert push(server, login("amina"), send_with).json()["results"][0]["status"] == "stored"
    applied(server)
    [zone] = call(server, login("super_k"), "GET").json()["assignments"]
    assert (zone["done"], zone["left"]) == (0, 2)
    # two registrations made for it: done
    for name in ("Apio", "Okello"):
        reg = registration(register, name, "3")
        assert (
            push(server, login("amina"), [{**item(reg), "assignment": zone["id"]}]).status_code
            == 200
        )
    applied(server)
    [zone] = call(server, login("super_k"), "GET").json()["assignments"]
    assert (zone["done"], zone["left"]) == (2, 0)


def test_nobody_ticks_off_anothers_work_or_another_household(server, login, forms, households):
    _, visit = forms
    boss = login("super_k")
    [opio] = call(
        server,
        boss,
        "POST",
        json={"form_id": "hh_visit", "enumerator": "amina", "entities": [households["Opio"]]},
    ).json()["assignments"]
    # juma names amina's assignment on a visit of Neema; amina too, on the wrong household
    for who in ("juma", "amina"):
        stray = follow_up(visit, households["Neema"], 1, hh_size="5", zone="Z3")
        r = push(server, login(who), [{**item(stray), "assignment": opio["id"]}])
        assert r.json()["results"][0]["status"] == "stored", r.text
    applied(server)
    [opio] = call(server, boss, "GET").json()["assignments"]
    assert (opio["done"], opio["left"]) == (0, 1)
    # the same household twice for the same form: refused by name; twice cancelled: said
    r = call(
        server,
        boss,
        "POST",
        json={"form_id": "hh_visit", "enumerator": "juma", "entities": [households["Opio"]]},
    )
    assert r.status_code == 400 and "already given to amina" in r.json()["detail"]
    assert call(server, boss, "POST", f"/{opio['id']}/cancel").status_code == 200
    r = call(server, boss, "POST", f"/{opio['id']}/cancel")
    assert r.status_code == 400 and "cancelled already" in r.json()["detail"]


def test_an_account_named_as_another_but_for_case_is_refused(server):
    from central_server.errors import Conflict

    with server.app.state.engine.begin() as conn:
        for name in ("Amina", "AMINA"):
            try:
                accounts.add_user(
                    conn, name, role="enumerator", site="Koboko", password="amina-pass-2"
                )
            except Conflict as exc:
                assert "already exists" in str(exc)
            else:
                raise AssertionError(f"{name} was made beside amina")


def test_a_collect_follow_up_of_an_assigned_household_counts(server, login, forms, households):
    _, visit = forms
    r = call(
        server,
        login("super_k"),
        "POST",
        json={"form_id": "hh_visit", "enumerator": "amina", "entities": [households["Neema"]]},
    )
    [a] = r.json()["assignments"]
    # a phone sends no assignment: its follow-up of the household is the assignment's work
    send(server, login("amina"), follow_up(visit, households["Neema"], 1, hh_size="5", zone="Z3"))
    [a] = call(server, login("amina"), "GET").json()["assignments"]
    assert a["done"] == 1


def test_what_cannot_be_assigned_is_named_and_nothing_is(server, login, forms, households):
    boss = login("super_k")

    def refused(body, status=400):
        r = call(server, boss, "POST", json=body)
        assert r.status_code == status, r.text
        return r.json()["detail"]

    kakuma = households["Deng"]
    detail = refused(
        {"form_id": "hh_visit", "enumerator": "amina", "entities": [households["Neema"], kakuma]}
    )
    assert f"{kakuma}: no such entity at Koboko" in detail and "nothing was assigned" in detail
    assert "does not follow up the list 'households'" in refused(
        {"form_id": "hh_register", "enumerator": "amina", "entities": [households["Neema"]]}
    )
    assert "no account 'baraka' at Koboko" in refused(
        {"form_id": "hh_visit", "enumerator": "baraka", "quantity": 1}, 404
    )
    assert "work is assigned to enumerators and clerks" in refused(
        {"form_id": "hh_visit", "enumerator": "super_k", "quantity": 1}
    )
    assert "no published form 'nope'" in refused(
        {"form_id": "nope", "enumerator": "amina", "quantity": 1}, 404
    )
    assert call(server, boss, "GET").json()["assignments"] == []
    # an enumerator does not assign; the Secretariat names the site
    r = call(
        server,
        login("amina"),
        "POST",
        json={"form_id": "hh_visit", "enumerator": "amina", "quantity": 1},
    )
    assert r.status_code == 403
    r = call(
        server,
        login("secretariat"),
        "POST",
        json={"form_id": "hh_visit", "enumerator": "amina", "quantity": 1},
    )
    assert r.status_code == 400 and "name the site" in r.json()["detail"]
