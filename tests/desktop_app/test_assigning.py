"""What the Assignments screen works out on the supervisor's computer (desktop_app.assigning):
the list a form follows up, the households to offer with who already has them, the
households a refusal names and why, and each site's totals."""

from desktop_app.assigning import candidates, followed_list, refused_entities, site_totals
from form_engine.authoring import write_xlsform
from sync_protocol import AssignmentPublic, ProgressRow
from tests.desktop_app.test_entities_local import laptop, register

__all__ = ["laptop"]  # a fixture, used by name

A, B = "0b7c6a3e-1f2d-4c5b-8a9e-0d1c2b3a4f5e", "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"


def given(entity: str, form_id: str, enumerator: str, state: str = "open") -> AssignmentPublic:
    return AssignmentPublic(
        id=1, site="Koboko", form_id=form_id, title="", enumerator=enumerator, entity=entity,
        list_name="households", quantity=1, zone="", preload={}, state=state, done=0, left=1,
        created_by="super_k", created_at="", updated_at="",
    )  # fmt: skip


def test_a_follow_up_form_follows_its_list_and_a_registration_none(laptop, tmp_path):
    client, user = laptop
    assert followed_list(client.form("hh_visit")) == "households"
    assert followed_list(client.form("hh_register")) is None  # only new registrations
    # reading the list without picking one of its households is no follow-up either
    path = write_xlsform(
        tmp_path / "hh_count.xlsx",
        [
            {"type": "csv-external", "name": "households"},
            {
                "type": "calculate",
                "name": "n",
                "calculation": "count(instance('households')/root/item)",
            },
            {"type": "note", "name": "said", "label": "${n} households"},
        ],
        settings={"form_id": "hh_count", "version": "1"},
    )
    client.install_form(path)
    form = client.form("hh_count")
    assert form.entity_lists == ["households"]  # the list, read as a list
    assert followed_list(form) is None


def test_households_are_offered_by_label_with_what_says_most_and_who_has_them(laptop):
    _, user = laptop
    opio = register(user, "Opio Okello", "6")
    neema = register(user, "Neema Achieng", "4")
    found = candidates(
        user.entities.entities("households"),
        form_id="hh_visit",
        open_assignments=[
            given(opio, "hh_visit", "amina"),
            given(opio, "hh_other", "clerk_k"),  # another form's: not this one's
            given(neema, "hh_visit", "baraka", state="cancelled"),
        ],
    )
    assert [(c.entity.uuid, c.shown, c.assigned_to) for c in found] == [
        (neema, (("size", "4"),), ()),  # the name is the label: not said twice
        (opio, (("size", "6"),), ("amina",)),
    ]
    assert found[1].matches("okello 6") and not found[1].matches("okello 4")


def test_a_refusal_names_each_household_and_why():
    tricky = "Ali (Jr): son"  # a label with the server's own punctuation in it
    detail = (
        f"nothing was assigned: {A} ({tricky}): closed on 2026-03-14; {B}: no such entity at Koboko"
    )
    assert refused_entities(detail, {A: tricky}) == {
        A: "closed on 2026-03-14",
        B: "no such entity at Koboko",
    }
    # a label this computer does not know: the server's words after it, as far as they tell
    unknown = refused_entities(detail, {})
    assert unknown[B] == "no such entity at Koboko" and unknown[A].endswith("closed on 2026-03-14")
    assert refused_entities("'x' is disabled: assign the work to someone else", {}) == {}


def test_each_site_totals_its_enumerators():
    def row(enumerator, site, n, done, forms):
        return ProgressRow(
            enumerator=enumerator, site=site, assignments=n, expected=n, done=done,
            left=n - done, forms=forms,
        )  # fmt: skip

    totals = site_totals(
        [
            row("amina", "Koboko", 3, 1, ["hh_visit"]),
            row("baraka", "Kakuma", 2, 2, ["hh_register"]),
            row("clerk_k", "Koboko", 1, 0, ["hh_visit", "hh_register"]),
        ]
    )
    assert [(t.site, t.assignments, t.done, t.left, t.forms) for t in totals] == [
        ("Koboko", 4, 1, 3, ["hh_visit", "hh_register"]),
        ("Kakuma", 2, 2, 0, ["hh_register"]),
    ]
