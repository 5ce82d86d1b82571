"""A site's entity lists travel between its desktops through the server (ODK Entities, issue
25): a household registered on one Koboko laptop reaches the other Koboko laptop at its next
sync, never Kakuma's; a follow-up made on the second comes back to the first as the server's
newer version."""

import pytest

from central_server import published_forms
from desktop_app.client import Client
from desktop_app.paths import Home
from desktop_app.sync.enrolment import enrol
from form_engine.authoring import write_xlsform
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_entities_server import applied
from tests.conftest import FIXED_NOW
from tests.desktop_app.conftest import FAST_KDF
from tests.desktop_app.test_entities_local import register, visit
from tests.sync.test_sync_client import sync


@pytest.fixture
def published(server, tmp_path):
    """The registration and the follow-up, published on the server (devices get them at
    sync)."""
    register_form = write_xlsform(
        tmp_path / "hh_register.xlsx",
        [
            {"type": "text", "name": "hh_name", "label": "Head", "save_to": "hh_name"},
            {"type": "integer", "name": "hh_size", "label": "Size", "save_to": "size"},
        ],
        settings={"form_id": "hh_register", "version": "1"},
        extra_sheets={"entities": [["list_name", "label"], ["households", "${hh_name}"]]},
    )
    visit_form = write_xlsform(
        tmp_path / "hh_visit.xlsx",
        [
            {"type": "select_one_from_file households.csv", "name": "hh", "label": "Household"},
            {
                "type": "calculate",
                "name": "size_before",
                "calculation": "instance('households')/root/item[name=${hh}]/size",
            },
            {"type": "integer", "name": "hh_size", "label": "Size now", "save_to": "size"},
        ],
        settings={"form_id": "hh_visit", "version": "1"},
        extra_sheets={"entities": [["list_name", "entity_id"], ["households", "${hh}"]]},
    )
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, register_form)
        published_forms.publish(conn, visit_form)


@pytest.fixture
def laptops(server, tmp_path, published):
    """Two Koboko laptops (an enumerator's, a supervisor's) and a Kakuma one, enrolled."""
    made = []

    def laptop(folder, name, site, account):
        c = Client(Home.resolve(tmp_path / folder), clock=lambda: FIXED_NOW, kdf=FAST_KDF)
        made.append(c)
        user = c.create_first_user(name, f"{site.lower()}-2026-pass", site=site)
        enrol(user, server.url, account, PASSWORDS[account])
        return user

    yield (
        laptop("a", "amina", "Koboko", "amina"),
        laptop("b", "halima", "Koboko", "super_k"),
        laptop("c", "baraka", "Kakuma", "baraka"),
    )
    for c in made:
        c.close()


def test_a_household_reaches_its_sites_other_laptop_and_never_another_site(server, laptops):
    a, b, c = laptops
    for user in (a, b, c):
        sync(user)  # the forms come down
    household = register(a, "Neema Achieng", "4")
    assert sync(a).sent == 1
    applied(server)

    sync(b)
    sync(c)
    [listed] = b.entities.entities("households")
    assert (listed.uuid, listed.label, listed.version) == (household, "Neema Achieng", 1)
    assert listed.properties == {"hh_name": "Neema Achieng", "size": "4"}
    assert c.entities.entities("households") == []  # Kakuma's laptop: none of Koboko's

    # the supervisor visits it with no connection; the list had the server's version 1
    offered, size_before, attributes = visit(b, household, "6")
    assert offered == {household: "Neema Achieng"} and size_before == "4"
    assert (attributes["baseVersion"], attributes["trunkVersion"]) == ("1", "1")
    assert sync(b).sent == 1
    applied(server)

    # the enumerator's laptop had its own version 1: the server's version 2 replaces it
    sync(a)
    [listed] = a.entities.entities("households")
    assert (listed.version, listed.properties["size"]) == (2, "6")
    _, size_before, attributes = visit(a, household, "7")
    assert size_before == "6"
    assert (attributes["baseVersion"], attributes["trunkVersion"]) == ("2", "2")
    assert c.entities.entities("households") == []
