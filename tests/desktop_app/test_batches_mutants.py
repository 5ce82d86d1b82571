"""Which papers of a box are keyed twice, in what order papers are listed, and what two keyings
of a paper disagree on: every answer either clerk keyed and the paper's own facts, listed for
the third look in the clerk's language and counted in the report (issue 24's mutation run,
bench/mutation.py)."""

import pytest

from desktop_app import batches
from desktop_app.errors import NotFound
from desktop_app.keying import PAPER_FIELDS, Keying
from desktop_app.store.records import BatchRecord
from form_engine.authoring import write_xlsform


def _batch(percent: int, first: int | None = None, last: int | None = None) -> BatchRecord:
    return BatchRecord(
        form_id="household",
        name="Box 1",
        first_number=first,
        last_number=last,
        verify_percent=percent,
        created_by="clerk",
        created_at="2026-11-20T09:00:00+00:00",
    )


def test_every_paper_is_keyed_twice_at_100_percent_and_none_at_0():
    numbers = [str(n) for n in range(1, 200)] + ["A7", "0012"]
    for batch in (_batch(100), _batch(100, 1, 50)):
        assert all(batches.chosen(batch, n) for n in numbers)
    for batch in (_batch(0), _batch(0, 1, 50)):
        assert not any(batches.chosen(batch, n) for n in numbers)


def test_papers_are_listed_by_their_number_then_the_ones_without_one():
    numbers = ["10", "A2", "9", "100", "A1", "2"]
    assert sorted(numbers, key=batches._order) == ["2", "9", "10", "100", "A1", "A2"]


# -- two keyings of a paper compared, and the third look (issue 24's mutation run) ------------
SURVEY = [
    {"type": "text", "name": "zone", "label": "Zone"},
    {"type": "select_one district", "name": "district", "label": "District"},
    {
        "type": "text",
        "name": "district_other",
        "label": "Which other district?",
        "relevant": "${district} = 'd12'",
    },
    {"type": "integer", "name": "n_members", "label": "How many members?"},
    {"type": "begin_repeat", "name": "member", "label": "Members", "repeat_count": "${n_members}"},
    {"type": "text", "name": "m_name", "label": "Name"},
    {"type": "end_repeat"},
    {"type": "text", "name": "remarks", "label": "Remarks"},
    {"type": "text", "name": "phone", "label": "Phone"},
    {"type": "text", "name": "landmark", "label": "Landmark"},
]
CHOICES = [
    {"list_name": "district", "name": f"d{i}", "label": f"District {i}"} for i in range(1, 13)
]
FACTS = ("12/03/2026", "E07 Halima")


@pytest.fixture
def box_of_paper(client, admin, tmp_path):
    path = tmp_path / "twice.xlsx"
    write_xlsform(path, SURVEY, choices=CHOICES, settings={"form_id": "twice", "version": "1"})
    client.install_form(path)
    batches.register(
        admin, "twice", "B9", expected=2, first_number=1, last_number=2, verify_percent=100
    )
    return "twice"


@pytest.fixture
def second_clerk(client, admin):
    admin.add_user("baraka", "baraka-clerk-26")
    return client.login("baraka", "baraka-clerk-26")


def key_paper(user, number, typed, *, facts=FACTS, second=False):
    """Paper ``number`` of batch B9 keyed box after box as the skip logic and the roster's
    count open them, ``typed`` what is keyed in each; returns the keying, finished."""
    k = Keying.start(user, "twice", batch="B9", second=second)
    for name, text in zip(PAPER_FIELDS[:3], (number, *facts), strict=True):
        assert k.enter_paper(name, text) is None, (name, text)
    box, values = k.after(None), iter(typed)
    while box is not None:
        text = next(values)
        assert k.enter(box, text) is None, (box.path, text)
        k.refresh()  # a count made its members' rows
        box = k.after(next(b for b in k.boxes if b.path == box.path))
    assert next(values, None) is None and k.finish() == []
    return k


# Paper 1: the second clerk keyed another district and a third member; the first clerk alone
# keyed a phone, the second alone a remark. Neither keyed a landmark, nor was asked for another
# district.
FIRST = ["Z03", "3", "2", "Asha", "Juma", "", "0712", ""]
SECOND = ["Z03", "8", "3", "Asha", "Juma", "Zara", "roof leaks", "", ""]


def test_an_answer_only_one_keying_has_is_a_difference(admin, second_clerk, box_of_paper):
    key_paper(admin, "1", FIRST)
    key_paper(second_clerk, "1", SECOND, second=True)
    found = batches.differences(admin, box_of_paper, "B9")
    assert [(d.number, d.record.path, d.first, d.second) for d in found] == [
        ("1", "/data/district", "3", "8"),
        ("1", "/data/n_members", "2", "3"),
        ("1", "/data/member[3]/m_name", "", "Zara"),
        ("1", "/data/remarks", "", "roof leaks"),
        ("1", "/data/phone", "0712", ""),
    ]


def test_the_report_counts_every_answer_either_clerk_keyed(admin, second_clerk, box_of_paper):
    """Ten answers compared: the eight boxes either clerk keyed (three members' names among
    them) and the paper's two facts; the landmark neither keyed and the question neither
    paper asked are not. A clerk's answers not kept are those the third look decided
    against."""
    key_paper(admin, "1", FIRST)
    key_paper(second_clerk, "1", SECOND, second=True)
    assert batches.report(admin, box_of_paper, "B9").clerks == {
        "amina": (0, 10),
        "baraka": (0, 10),
    }
    by_path = {d.record.path: d for d in batches.differences(admin, box_of_paper, "B9")}
    assert batches.resolve(admin, by_path["/data/district"], "first") is None
    assert batches.resolve(admin, by_path["/data/phone"], "second") is None
    assert batches.resolve(admin, by_path["/data/remarks"], "other", typed="roof leaks") is None
    report = batches.report(admin, box_of_paper, "B9")
    assert report.clerks == {"amina": (2, 10), "baraka": (2, 10)}
    assert report.questions["/data/member/m_name"] == (1, 1)


def test_the_papers_own_facts_are_compared_as_written(admin, second_clerk, box_of_paper):
    """Another interview date is a difference, shown as each clerk keyed it; the enumerator's
    name keyed in other letters' case, or with a space after it, is not."""
    key_paper(admin, "1", FIRST)
    key_paper(second_clerk, "1", FIRST, facts=("13/03/2026", "e07 halima "), second=True)
    found = batches.differences(admin, box_of_paper, "B9")
    assert [(d.label, d.first, d.second) for d in found] == [
        ("interview_date", "2026-03-12", "2026-03-13")
    ]
    assert batches.resolve(admin, found[0], "second") is None
    assert admin.store.keying(found[0].record.first).interview_date == "2026-03-13"


def test_a_difference_resolved_is_no_longer_listed_to_resolve(admin, second_clerk, box_of_paper):
    key_paper(admin, "1", FIRST)
    key_paper(second_clerk, "1", SECOND, second=True)
    district = batches.differences(admin, box_of_paper, "B9")[0]
    assert batches.resolve(admin, district, "first") is None
    still_open = batches.differences(admin, box_of_paper, "B9")
    assert len(still_open) == 4 and "/data/district" not in [d.record.path for d in still_open]
    every = batches.differences(admin, box_of_paper, "B9", open_only=False)
    assert [(d.record.path, d.record.resolution) for d in every][:2] == [
        ("/data/district", "first"),
        ("/data/n_members", ""),
    ]


def test_a_first_keying_discarded_meanwhile_is_said_to_be_gone(admin, second_clerk, box_of_paper):
    first = key_paper(admin, "1", FIRST)
    second = Keying.start(second_clerk, box_of_paper, batch="B9", second=True)
    for name, text in zip(PAPER_FIELDS[:3], ("1", *FACTS), strict=True):
        assert second.enter_paper(name, text) is None
    admin.discard_draft(first.draft.uuid, why="keyed from the wrong box")
    with pytest.raises(NotFound, match="first keying of this paper"):
        second.finish()


LANGUAGES = [
    {
        "type": "select_one district",
        "name": "district",
        "label::English (en)": "District",
        "label::Swahili (sw)": "Wilaya",
    },
    {
        "type": "calculate",
        "name": "district_name",
        "calculation": "jr:choice-name(${district}, '${district}')",
    },
    {
        "type": "integer",
        "name": "children",
        "label::English (en)": "Children in ${district_name}",
        "label::Swahili (sw)": "Watoto katika ${district_name}",
    },
]
LANGUAGE_CHOICES = [
    {
        "list_name": "district",
        "name": "d1",
        "label::English (en)": "North",
        "label::Swahili (sw)": "Kaskazini",
    },
    {
        "list_name": "district",
        "name": "d2",
        "label::English (en)": "South",
        "label::Swahili (sw)": "Kusini",
    },
]


def test_the_third_look_names_the_question_in_the_clerks_language(
    client, admin, second_clerk, tmp_path
):
    """Down to what the question's label shows of the paper's answers (a district's name)."""
    path = tmp_path / "children.xlsx"
    settings = {"form_id": "children", "version": "1", "default_language": "English (en)"}
    write_xlsform(path, LANGUAGES, choices=LANGUAGE_CHOICES, settings=settings)
    client.install_form(path)
    batches.register(admin, "children", "B2", expected=1, verify_percent=100)
    for user, children, second in ((admin, "2", False), (second_clerk, "3", True)):
        k = Keying.start(user, "children", batch="B2", second=second)
        for name, text in zip(PAPER_FIELDS[:3], ("1", *FACTS), strict=True):
            assert k.enter_paper(name, text) is None
        assert k.enter(k.boxes[0], "1") is None and k.enter(k.boxes[1], children) is None
        assert k.finish() == []
    found = batches.differences(admin, "children", "B2", language="Swahili (sw)")
    assert [(d.label, d.first, d.second) for d in found] == [
        ("2. Watoto katika Kaskazini", "2", "3")
    ]
