"""Assignments reach the enumerator's laptop (issue 25): the supervisor assigns households
registered the day before; at sync they are on the enumerator's To visit, each follow-up
opening with the household picked and its facts preloaded; finalized offline, it shows done
at once; reassigned, it leaves the laptop at its next sync and the draft begun for it stays;
the server counts what was done. And an entity's history, as the laptop has held it."""

import requests

from desktop_app.assignments import EntityGone
from tests.central_server.test_entities_server import applied
from tests.desktop_app.test_entities_local import answer, register
from tests.sync.test_entities_desktop import laptops, published
from tests.sync.test_sync_client import sync

__all__ = ["laptops", "published"]  # fixtures, used by name


def assign(server, token, body):
    r = requests.post(
        f"{server.url}/api/v1/assignments",
        json=body,
        headers={"authorization": f"Bearer {token}"},
    )
    assert r.status_code == 200, r.text
    return [a["id"] for a in r.json()["assignments"]]


def token(server, name):
    from tests.central_server.conftest import PASSWORDS

    r = requests.post(
        f"{server.url}/api/v1/auth/login",
        json={"username": name, "password": PASSWORDS[name], "device_label": "test"},
    )
    return r.json()["token"]


def test_assigned_follow_ups_open_preloaded_and_count_done_offline(server, laptops):
    amina, halima, baraka = laptops
    for user in laptops:
        sync(user)
    neema = register(amina, "Neema Achieng", "4")
    opio = register(amina, "Opio Okello", "6")
    sync(amina)
    applied(server)
    boss = token(server, "super_k")
    first, second = assign(
        server, boss, {"form_id": "hh_visit", "enumerator": "amina", "entities": [neema, opio]}
    )
    zone = assign(
        server,
        boss,
        {"form_id": "hh_register", "enumerator": "amina", "quantity": 5, "zone": "Zone 3"},
    )[0]
    sync(amina)
    sync(baraka)
    todo = {a.id: a for a in amina.assignments()}
    assert [(a.title, a.done, a.left) for a in todo.values()] == [
        ("Neema Achieng", 0, 1),
        ("Opio Okello", 0, 1),
        ("Zone 3", 0, 5),
    ]
    assert baraka.assignments() == []  # Kakuma's laptop: none of it
    assert halima.assignments() == []  # the supervisor's own list: none given to her

    # the follow-up opens with Neema picked; what the list says of her is there
    draft = amina.new_submission("hh_visit", assignment=todo[first])
    assert draft.session.value("/data/hh") == neema
    assert draft.session.value("/data/size_before") == "4"
    assert draft.session.value("/data/hh_size") == "4"  # preloaded, to be confirmed
    answer(draft, "/data/hh_size", "5")
    assert draft.finalize() == []
    # done at once, offline; the registrations count one by one
    reg = amina.new_submission("hh_register", assignment=todo[zone])
    answer(reg, "/data/hh_name", "Apio")
    assert reg.finalize() == []
    todo = {a.id: a for a in amina.assignments()}
    assert (todo[first].done, todo[first].left) == (1, 0)
    assert (todo[zone].done, todo[zone].left) == (1, 4)
    assert [a.id for a in amina.assignments()][-1] == first  # what is done goes last

    # a draft begun for Opio; then Opio is given to the clerk: it leaves amina's laptop,
    # and the draft stays hers
    begun = amina.new_submission("hh_visit", assignment=todo[second])
    r = requests.post(
        f"{server.url}/api/v1/assignments/{second}/reassign",
        json={"enumerator": "clerk_k"},
        headers={"authorization": f"Bearer {boss}"},
    )
    assert r.status_code == 200, r.text
    assert sync(amina).sent == 2
    applied(server)
    assert second not in {a.id for a in amina.assignments()}
    assert amina.store.submission(begun.uuid).status == "draft"
    mine = requests.get(
        f"{server.url}/api/v1/assignments",
        params={"enumerator": "amina"},
        headers={"authorization": f"Bearer {boss}"},
    ).json()["assignments"]
    assert {a["id"]: a["done"] for a in mine} == {first: 1, zone: 1}

    # the history of Neema's household as the laptop held it: made here, then the server's
    sync(amina)
    history = amina.entities.history(neema)
    assert [(v.version, v.from_server) for v in history][0] == (1, False)
    assert history[-1].properties["size"] == "5"
    assert any(v.changed.get("size") == ("4", "5") for v in history)


def test_a_follow_up_of_a_household_no_longer_listed_is_refused_with_why(server, laptops):
    amina, _, _ = laptops
    sync(amina)
    neema = register(amina, "Neema Achieng", "4")
    sync(amina)
    applied(server)
    [first] = assign(
        server,
        token(server, "super_k"),
        {"form_id": "hh_visit", "enumerator": "amina", "entities": [neema]},
    )
    sync(amina)
    [todo] = amina.assignments()
    amina.store.put_server_entities(amina.entities.site, [], deleted=[neema])  # closed
    try:
        amina.new_submission("hh_visit", assignment=todo)
    except EntityGone as exc:
        assert "Neema Achieng is no longer in the list households" in str(exc)
    else:
        raise AssertionError("a follow-up of a closed household was opened")


def test_registrations_carried_on_a_stick_count_as_done(server, laptops, tmp_path):
    """Every path into the server binds work to its assignment the same way: a bundle too
    (registrations: only the binding can count them)."""
    from desktop_app.transfer import export_bundle
    from tests.conftest import daftari_server

    amina, _, _ = laptops
    sync(amina)
    boss = token(server, "super_k")
    [zone] = assign(
        server,
        boss,
        {"form_id": "hh_register", "enumerator": "amina", "quantity": 3, "zone": "Zone 3"},
    )
    sync(amina)
    [todo] = amina.assignments()
    for name in ("Apio", "Okello"):
        draft = amina.new_submission("hh_register", assignment=todo)
        answer(draft, "/data/hh_name", name)
        assert draft.finalize() == []
    export_bundle(amina, tmp_path / "amina.bundle")
    done = daftari_server(tmp_path / "server")("bundle", "import", tmp_path / "amina.bundle")
    assert done.returncode == 0, done.stderr
    applied(server)
    [a] = requests.get(
        f"{server.url}/api/v1/assignments", headers={"authorization": f"Bearer {boss}"}
    ).json()["assignments"]
    assert (a["id"], a["done"], a["left"]) == (zone, 2, 1)


def test_on_a_shared_laptop_one_users_sync_leaves_anothers_work(server, laptops):
    """Two enumerators of one laptop: juma's sync never takes amina's To visit away, and
    juma hears nothing of amina's work; a reassignment moves it from one to the other."""
    from central_server import accounts
    from desktop_app.sync.enrolment import enrol
    from tests.central_server.conftest import PASSWORDS

    amina, _, _ = laptops
    with server.app.state.engine.begin() as conn:
        accounts.add_user(conn, "juma", role="enumerator", site="Koboko", password="juma-pass-1")
    PASSWORDS.setdefault("juma", "juma-pass-1")
    amina.add_user("juma", "juma-local-1", site="Koboko")  # the laptop's second profile
    juma = amina.client.login("juma", "juma-local-1")
    enrol(juma, server.url, "juma", "juma-pass-1")
    sync(amina)
    neema = register(amina, "Neema Achieng", "4")
    sync(amina)
    applied(server)
    boss = token(server, "super_k")
    [first] = assign(
        server, boss, {"form_id": "hh_visit", "enumerator": "amina", "entities": [neema]}
    )
    sync(amina)
    sync(juma)
    assert [a.id for a in amina.assignments()] == [first]
    assert juma.assignments() == []
    # given to juma: his sync brings it, amina's takes it from her list
    r = requests.post(
        f"{server.url}/api/v1/assignments/{first}/reassign",
        json={"enumerator": "juma"},
        headers={"authorization": f"Bearer {boss}"},
    )
    assert r.status_code == 200, r.text
    sync(juma)
    assert [a.id for a in juma.assignments()] == [first] and amina.assignments() == []
    sync(amina)
    assert [a.id for a in juma.assignments()] == [first]  # amina's sync leaves juma's
