"""Entity lists on the desktop with no connection (ODK Entities, issue 25): a household
registered here is offered to its follow-up at once, its size read from the list; each
follow-up changes the list as it is finalized, on one offline branch, as ODK Collect does;
the server's copies come with their own branch; no name is in the database file."""

import uuid

import pytest

from desktop_app.client import Client
from desktop_app.paths import Home
from form_engine.authoring import write_xlsform
from sync_protocol import EntityOut
from tests.conftest import FIXED_NOW
from tests.desktop_app.conftest import FAST_KDF

NAME = "Neema Achieng"


def install_household_forms(client, tmp_path):
    register = write_xlsform(
        tmp_path / "hh_register.xlsx",
        [
            {"type": "text", "name": "hh_name", "label": "Head", "save_to": "hh_name"},
            {"type": "integer", "name": "hh_size", "label": "Size", "save_to": "size"},
        ],
        settings={"form_id": "hh_register", "version": "1"},
        extra_sheets={"entities": [["list_name", "label"], ["households", "${hh_name}"]]},
    )
    visit = write_xlsform(
        tmp_path / "hh_visit.xlsx",
        [
            {
                "type": "select_one_from_file households.csv",
                "name": "hh",
                "label": "Household",
                "choice_filter": "size != ''",
            },
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
    for path in (register, visit):
        client.install_form(path)


@pytest.fixture
def laptop(tmp_path):
    """A Koboko enumerator's laptop, never connected."""
    c = Client(Home.resolve(tmp_path / "laptop"), clock=lambda: FIXED_NOW, kdf=FAST_KDF)
    install_household_forms(c, tmp_path)
    user = c.create_first_user("neema", "koboko-2026", site="Koboko")
    yield c, user
    c.close()


def answer(draft, path, text):
    draft.set_answer(draft.session.node(path), text)


def register(user, name, size):
    draft = user.new_submission("hh_register")
    answer(draft, "/data/hh_name", name)
    answer(draft, "/data/hh_size", size)
    assert draft.finalize() == []
    return user.submission_data(draft.uuid)["meta/entity/@id"]


def visit(user, household, size):
    """A follow-up: the household picked from the list, what the list says of its size, and
    the entity attributes the finalized submission carries."""
    draft = user.new_submission("hh_visit")
    session = draft.session
    offered = {c.value: session.render(c.label) for c in session.choices(session.node("/data/hh"))}
    answer(draft, "/data/hh", household)
    size_before = session.value("/data/size_before")
    answer(draft, "/data/hh_size", size)
    assert draft.finalize() == []
    data = user.submission_data(draft.uuid)
    attributes = {k.rsplit("@", 1)[1]: v for k, v in data.items() if k.startswith("meta/entity/@")}
    return offered, size_before, attributes


def test_a_household_registered_offline_is_visited_offline_on_one_branch(laptop):
    _, user = laptop
    household = register(user, NAME, "4")

    offered, size_before, first = visit(user, household, "5")
    assert offered == {household: NAME}
    assert size_before == "4"
    [listed] = user.entities.entities("households")
    assert first["baseVersion"] == "1"  # the list's version when it was filled
    assert first["trunkVersion"] == ""  # made here: no server version under it
    assert first["branchId"] == listed.branch_id and uuid.UUID(listed.branch_id)

    offered, size_before, second = visit(user, household, "6")
    assert offered == {household: NAME} and size_before == "5"  # the first visit's answer
    assert second["baseVersion"] == "2"
    assert (second["branchId"], second["trunkVersion"]) == (first["branchId"], "")
    [listed] = user.entities.entities("households")
    assert (listed.version, listed.properties) == (3, {"hh_name": NAME, "size": "6"})


def test_a_server_household_starts_a_branch_at_its_version_and_a_newer_copy_a_new_one(laptop):
    _, user = laptop
    hid = str(uuid.uuid4())
    server_copy = EntityOut(
        uuid=hid, list_name="households", label="Juma", version=3, data={"size": "2"}
    )
    user.entities.apply_pulled([server_copy])

    _, size_before, first = visit(user, hid, "3")
    assert size_before == "2"
    assert (first["baseVersion"], first["trunkVersion"]) == ("3", "3")
    _, _, second = visit(user, hid, "4")
    assert (second["baseVersion"], second["trunkVersion"]) == ("4", "3")
    assert second["branchId"] == first["branchId"]

    # the server's copy at a version this computer has gone past: this computer's stays
    user.entities.apply_pulled([server_copy.model_copy(update={"version": 4})])
    [listed] = user.entities.entities("households")
    assert (listed.version, listed.properties["size"]) == (5, "4")
    # a newer one replaces it; the next change here starts a new branch from it
    user.entities.apply_pulled(
        [server_copy.model_copy(update={"version": 6, "data": {"size": "9"}})]
    )
    _, size_before, third = visit(user, hid, "8")
    assert size_before == "9"
    assert (third["baseVersion"], third["trunkVersion"]) == ("6", "6")
    assert third["branchId"] != first["branchId"]

    user.entities.apply_pulled([server_copy.model_copy(update={"version": 8, "deleted": True})])
    assert user.entities.entities("households") == []


def test_the_database_file_holds_no_household_name(laptop, tmp_path):
    client, user = laptop
    register(user, NAME, "4")
    user.entities.apply_pulled(
        [
            EntityOut(
                uuid=str(uuid.uuid4()), list_name="households", label="Zawadi Okello", version=1
            )
        ]
    )
    assert {e.label for e in user.entities.entities("households")} == {NAME, "Zawadi Okello"}
    client.close()
    kept = b"".join(p.read_bytes() for p in (tmp_path / "laptop").rglob("*.db*") if p.is_file())
    assert b"Neema" not in kept and b"Zawadi" not in kept


def test_a_problem_with_the_lists_never_stops_a_finalize(laptop, caplog):
    _, user = laptop

    def broken(*args, **kwargs):
        raise KeyError(NAME)  # as if an answer were in its message

    user.entities._merge = broken
    draft = user.new_submission("hh_register")
    answer(draft, "/data/hh_name", NAME)
    answer(draft, "/data/hh_size", "4")
    assert draft.finalize() == []
    assert user.store.submission(draft.uuid).status == "finalized"
    assert user.entities.entities("households") == []
    assert "KeyError" in caplog.text and NAME not in caplog.text


def test_a_list_of_2000_households_is_offered_and_read(laptop):
    _, user = laptop
    pulled = [
        EntityOut(
            uuid=str(uuid.uuid4()),
            list_name="households",
            label=f"Household {n}",
            version=1,
            data={"hh_name": f"Head {n}", "size": str(n % 9 + 1), "zone": f"Z{n % 12}"},
        )
        for n in range(2000)
    ]
    user.entities.apply_pulled(pulled)
    draft = user.new_submission("hh_visit")
    session = draft.session
    assert len(session.choices(session.node("/data/hh"))) == 2000
    answer(draft, "/data/hh", pulled[1234].uuid)
    assert session.value("/data/size_before") == pulled[1234].data["size"]


def test_a_check_form_that_only_reads_the_list_installs_and_offers_it(laptop, tmp_path):
    """No entities sheet of its own: households.csv is the list the registration declares."""
    from form_engine.authoring import write_xlsform

    client, user = laptop
    household = register(user, "Zawadi", "3")
    path = write_xlsform(
        tmp_path / "hh_check.xlsx",
        [
            {"type": "select_one_from_file households.csv", "name": "hh", "label": "Household"},
            {"type": "text", "name": "water", "label": "Water source"},
        ],
        settings={"form_id": "hh_check", "version": "1"},
    )
    client.install_form(path)  # no households.csv beside it: not refused
    draft = user.new_submission("hh_check")
    node = draft.session.node("/data/hh")
    assert [c.value for c in draft.session.choices(node)] == [household]
