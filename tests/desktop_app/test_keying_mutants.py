"""A date keyed from paper whose day is not in the calendar is named as such, one that is not
a date at all is not; going back passes over skipped boxes; a roster's "another?" box; and a
paper's value kept as written only while it is the value confirmed (issue 24's mutation run,
bench/mutation.py)."""

import pytest

from desktop_app import batches
from desktop_app.keying import PAPER_FIELDS, Keying, Refusal, no_such_day, qr_text, read_paper_date
from form_engine.authoring import write_xlsform
from tests.desktop_app.test_to_visit import assigned

__all__ = ["assigned"]  # the fixture, used by name

NO_SUCH_DAY = ["31/02/2026", "29/02/2027", "31/04/2026", "31042026", "2026-02-30"]
NOT_A_DATE_AT_ALL = ["32/01/2026", "00/01/2026", "01/13/2026", "01/00/2026", "2026-13-01", "x"]


@pytest.mark.parametrize("typed", NO_SUCH_DAY)
def test_a_day_not_in_the_calendar_is_said_to_be_so(typed):
    assert read_paper_date(typed) is None
    assert no_such_day(typed)


@pytest.mark.parametrize("typed", NOT_A_DATE_AT_ALL)
def test_what_is_not_a_date_at_all_is_not_called_a_missing_day(typed):
    assert not no_such_day(typed)


@pytest.mark.parametrize("typed", ["01/01/2026", "31/12/2026", "31122026", "2026-12-31"])
def test_the_first_and_last_days_of_the_year_are_days(typed):
    assert read_paper_date(typed) in ("2026-01-01", "2026-12-31")
    assert not no_such_day(typed)


def test_the_day_comes_before_the_month():
    assert no_such_day("30/02/2026") and not no_such_day("02/30/2026")


# -- the boxes of a paper, a roster's "another?", the paper's value kept as written -----------
SURVEY = [
    {"type": "text", "name": "zone", "label": "Zone"},
    {"type": "select_one yn", "name": "has_children", "label": "Any children?"},
    {
        "type": "integer",
        "name": "children",
        "label": "How many children?",
        "relevant": "${has_children} = 'yes'",
    },
    {
        "type": "integer",
        "name": "minutes",
        "label": "Minutes to the water point",
        "constraint": ". <= 600",
        "constraint_message": "At most 600 minutes.",
    },
    {
        "type": "integer",
        "name": "rooms",
        "label": "Rooms",
        "constraint": ". <= 20",
        "constraint_message": "At most 20 rooms.",
    },
    {"type": "begin_repeat", "name": "member", "label": "Members"},
    {"type": "text", "name": "m_name", "label": "Name"},
    {"type": "begin_repeat", "name": "child", "label": "Their children"},
    {"type": "text", "name": "c_name", "label": "Child's name"},
    {"type": "end_repeat"},
    {"type": "end_repeat"},
    {"type": "text", "name": "remarks", "label": "Remarks"},
]
CHOICES = [
    {"list_name": "yn", "name": "yes", "label": "Yes"},
    {"list_name": "yn", "name": "no", "label": "No"},
]


@pytest.fixture
def rules_form(client, tmp_path):
    path = tmp_path / "rules.xlsx"
    write_xlsform(path, SURVEY, choices=CHOICES, settings={"form_id": "rules", "version": "1"})
    client.install_form(path)
    return "rules"


@pytest.fixture
def paper(admin, rules_form):
    """A paper of the form, its facts keyed: the keying."""
    k = Keying.start(admin, rules_form)
    for name, text in zip(PAPER_FIELDS[:3], ("4", "12/03/2026", "E07"), strict=True):
        assert k.enter_paper(name, text) is None
    return k


def box(keying, path):
    return next(b for b in keying.boxes if b.path == path)


def test_going_back_passes_over_what_the_skip_logic_jumped(paper):
    assert paper.enter(box(paper, "/data/has_children"), "2") is None
    minutes = box(paper, "/data/minutes")
    assert paper.before(minutes).path == "/data/has_children"  # not the children's count
    assert paper.before(box(paper, "/data/zone")) is None  # the first box


def test_another_entry_is_1_or_plus_and_2_or_nothing_goes_on(paper):
    more = box(paper, "/data/member+")  # after the one entry a form starts with
    assert paper.enter(more, "2") is None and paper.enter(more, "") is None
    assert paper.enter(more, "yes").word == "more"
    assert len(paper.session.nodes("/data/member")) == 1
    assert paper.enter(more, "+") is None
    assert len(paper.session.nodes("/data/member")) == 2
    assert paper.enter(box(paper, "/data/member+"), "1") is None  # the box after the second
    assert len(paper.session.nodes("/data/member")) == 3


def test_another_child_goes_to_the_member_whose_row_it_is(paper):
    assert paper.enter(box(paper, "/data/member+"), "1") is None
    assert paper.enter(box(paper, "/data/member[2]/child+"), "1") is None
    assert paper.enter(box(paper, "/data/member[2]/child[2]/c_name"), "Zara") is None
    assert [len(m.named("child")) for m in paper.session.nodes("/data/member")] == [1, 2]


def test_only_a_value_that_breaks_the_rule_is_kept_as_written(paper):
    zone = box(paper, "/data/zone")
    assert paper.enter(zone, "Z03") is None
    paper.keep_as_written(zone)  # nothing to keep: no rule broken
    minutes = box(paper, "/data/minutes")
    assert paper.enter(minutes, "720").keepable
    paper.keep_as_written(minutes)
    assert paper.written_values() == {
        "/data[1]/minutes[1]": {"value": "720", "rule": "At most 600 minutes.", "note": ""}
    }
    paper.keep_as_written(minutes, "as written " * 60)
    assert paper.written_values()["/data[1]/minutes[1]"]["note"] == ("as written " * 60)[:500]


def test_a_value_kept_as_written_and_then_changed_is_asked_about_again(paper):
    minutes = box(paper, "/data/minutes")
    paper.enter(minutes, "720")
    paper.keep_as_written(minutes, "seen twice")
    assert paper.enter(minutes, "900").keepable  # another value the rule refuses
    assert [p.path for p in paper.finish()] == ["/data/minutes"]


def test_a_rule_broken_beside_a_value_kept_as_written_still_stops_the_paper(paper):
    minutes, rooms = box(paper, "/data/minutes"), box(paper, "/data/rooms")
    paper.enter(minutes, "720")
    paper.keep_as_written(minutes, "seen twice")
    assert paper.enter(rooms, "45").keepable  # not kept
    assert [p.path for p in paper.finish()] == ["/data/rooms"]


PLACES = [
    {"type": "select_one region", "name": "region", "label": "Region"},
    {
        "type": "select_one district",
        "name": "district",
        "label": "District",
        "choice_filter": "region = ${region}",
        "constraint": ". != 'd2'",
        "constraint_message": "District 2 was merged into District 1.",
    },
]
PLACE_CHOICES = [
    {"list_name": "region", "name": "r1", "label": "Region 1"},
    {"list_name": "region", "name": "r2", "label": "Region 2"},
    {"list_name": "district", "name": "d1", "label": "District 1", "region": "r1"},
    {"list_name": "district", "name": "d2", "label": "District 2", "region": "r1"},
    {"list_name": "district", "name": "d3", "label": "District 3", "region": "r2"},
]


def test_a_value_kept_as_written_that_the_list_no_longer_offers_stops_the_paper(
    client, admin, tmp_path
):
    """Kept as written against the rule, yes; but once another region is keyed, district 2
    is not one of the districts the paper can name at all."""
    path = tmp_path / "places.xlsx"
    write_xlsform(
        path, PLACES, choices=PLACE_CHOICES, settings={"form_id": "places", "version": "1"}
    )
    client.install_form(path)
    k = Keying.start(admin, "places")
    for name, text in zip(PAPER_FIELDS[:3], ("4", "12/03/2026", "E07"), strict=True):
        assert k.enter_paper(name, text) is None
    region, district = box(k, "/data/region"), box(k, "/data/district")
    assert k.enter(region, "1") is None
    assert k.enter(district, "2").keepable
    k.keep_as_written(district, "as on the paper")
    assert k.enter(region, "2") is None
    assert [(p.path, p.code) for p in k.finish()] == [("/data/district", "choice")]


@pytest.fixture
def minutes_form(client, tmp_path):
    """A form written Kiswahili first, with English its default language."""
    path = tmp_path / "minutes.xlsx"
    survey = [
        {
            "type": "integer",
            "name": "minutes",
            "label::Swahili (sw)": "Dakika hadi kisimani",
            "label::English (en)": "Minutes to the water point",
            "constraint": ". <= 600",
            "constraint_message::Swahili (sw)": "Si zaidi ya dakika 600.",
            "constraint_message::English (en)": "At most 600 minutes.",
        }
    ]
    settings = {"form_id": "minutes", "version": "1", "default_language": "English (en)"}
    write_xlsform(path, survey, settings=settings)
    client.install_form(path)
    return "minutes"


def test_a_kept_values_rule_is_in_the_forms_default_language_whatever_its_first(
    admin, minutes_form
):
    """The clerk keys in Kiswahili; the rule kept is the form's default language's."""
    k = Keying.start(admin, minutes_form, language="Swahili (sw)")
    minutes = box(k, "/data/minutes")
    assert k.enter(minutes, "720").text == "Si zaidi ya dakika 600."
    k.keep_as_written(minutes)
    assert k.written_values()["/data[1]/minutes[1]"]["rule"] == "At most 600 minutes."


def test_a_paper_without_its_facts_goes_back_to_the_first_missing(paper, admin):
    k = Keying.start(admin, "rules")
    assert k.paper_problem() == ("number", Refusal("paper_number"))
    assert k.enter_paper("number", "5") is None
    assert k.paper_problem() == ("interview_date", Refusal("paper_date", {"date": ""}))
    assert k.enter_paper("interview_date", "12/03/2026") is None
    assert k.paper_problem() == ("paper_enumerator", Refusal("paper_enumerator"))
    assert paper.paper_problem() is None  # the fixture's paper has all three


# -- a second keying: a paper keyed once, by another clerk, not verified yet ------------------
def keyed(user, number, *, second=False):
    k = Keying.start(user, "rules", batch="B1", second=second)
    for name, text in zip(PAPER_FIELDS[:3], (number, "12/03/2026", "E07"), strict=True):
        assert k.enter_paper(name, text) is None, (name, text)
    return k


def test_a_second_keying_is_of_another_clerks_paper_not_verified_yet(client, admin, rules_form):
    batches.register(admin, "rules", "B1", expected=2, verify_percent=100)
    assert keyed(admin, "1").finish() == []
    admin.add_user("baraka", "baraka-clerk-26")
    admin.add_user("chausiku", "chausiku-clerk-26")
    baraka = client.login("baraka", "baraka-clerk-26")
    chausiku = client.login("chausiku", "chausiku-clerk-26")
    mine = Keying.start(admin, "rules", batch="B1", second=True)
    assert mine.enter_paper("number", "1") == Refusal("same_clerk", {"number": "1"})
    assert mine.enter_paper("number", "2") == Refusal("not_keyed_yet", {"number": "2"})
    half = keyed(baraka, "1", second=True)  # begun, not finished: the paper is still open
    done = keyed(chausiku, "1", second=True)
    assert done.finish() == []
    assert half.enter_paper("number", "1") == Refusal("verified_already", {"number": "1"})


def test_a_papers_number_keyed_before_and_a_date_to_come_are_named_as_typed(admin, paper):
    k = Keying.start(admin, "rules")
    assert paper.finish() == []
    assert k.enter_paper("number", "4") == Refusal(
        "number_keyed", {"number": "4", "when": admin.client.now_text()[:10]}
    )
    assert k.enter_paper("interview_date", "1/4/2026") == Refusal(
        "future_date", {"date": "1/4/2026"}
    )


def test_an_assignment_sheet_binds_the_first_keying_and_leaves_the_second_blind(
    client, admin, assigned
):
    neema, _ = assigned
    sheet = qr_text("hh_visit", client.form("hh_visit").version, "1", 1)
    first = Keying.start(admin, "hh_visit")
    assert first.enter_paper("number", sheet) is None
    assert client.store.submission(first.draft.uuid).assignment == 1
    assert first.session.value("/data/hh") == neema
    second = Keying.start(admin, "hh_visit", second=True)
    assert second.enter_paper("number", sheet) == Refusal("not_keyed_yet", {"number": "1"})
    assert second.session.value("/data/hh") == ""  # nothing of the sheet shown to it
    # a sheet this computer has no assignment for: said, and the number kept all the same
    unknown = Keying.start(admin, "hh_visit")
    assert unknown.enter_paper("number", qr_text("hh_visit", "1", "77", 77)) == Refusal(
        "assignment_unknown", {"id": "77"}
    )
    assert unknown.record.number == "77"


def test_a_second_keying_is_in_the_clerks_language_too(admin, minutes_form):
    k = Keying.start(admin, minutes_form, language="Swahili (sw)", second=True)
    assert k.enter(box(k, "/data/minutes"), "720").text == "Si zaidi ya dakika 600."
