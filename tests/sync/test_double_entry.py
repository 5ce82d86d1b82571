"""Issue 12's proof for batches and double entry: a box of 20 paper questionnaires keyed by
one clerk, keyed again blind by another with 5 answers keyed differently, all 5 listed side by
side and resolved by a third look, the batch reconciled and released, synced — and on the
server once each, with the paper's interview dates and the resolved answers."""

import pytest

from desktop_app import batches
from desktop_app.errors import NotAllowed
from desktop_app.keying import Keying
from desktop_app.sync.enrolment import enrol
from form_engine.fill import random_submissions
from tests.central_server.conftest import PASSWORDS
from tests.sync.test_paper_keying import exported, key_from_paper
from tests.sync.test_sync_client import sync

PLANTED = {  # paper index -> the box the second clerk keys differently
    2: "/data/zone",
    5: "/data/dwellings/n_dwellings",
    9: "/data/dwellings/n_occupied",
    13: "/data/zone",
    17: "/data/dwellings/n_dwellings",
}


def key(user, data, number, *, second=False, slip=None):
    """One paper of batch KB-7 keyed through the clerk's keyed entry, box after box."""
    paper = {"number": number, "interview_date": "11/03/2026", "paper_enumerator": "E07 Halima"}
    return key_from_paper(user, "population", data, paper, batch="KB-7", second=second, slip=slip)


def test_a_batch_keyed_twice_is_reconciled_and_arrives_once(server, client, admin, tmp_path):
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    admin.add_user("baraka", "baraka-clerk-26", site="Koboko")
    second_clerk = client.login("baraka", "baraka-clerk-26")
    batches.register(
        admin,
        "population",
        "KB-7",
        expected=21,
        first_number=100,
        last_number=120,
        verify_percent=100,
    )
    papers = [s["data"] for s in random_submissions(client.form("population"), 20, seed=8)]
    firsts = [key(admin, data, str(100 + i)) for i, data in enumerate(papers)]
    # held: checked, not finalized, nothing to send before the batch is reconciled
    assert admin.status_counts().get("finalized", 0) == 0
    with pytest.raises(NotAllowed, match="20 paper"):
        batches.release(admin, "population", "KB-7")
    # the same paper twice by the same clerk is not a verification
    same = Keying.start(admin, "population", batch="KB-7", second=True)
    assert same.enter_paper("number", "100").word == "same_clerk"
    for i, data in enumerate(papers):
        key(second_clerk, data, str(100 + i), second=True, slip=PLANTED.get(i))
    progress = batches.progress(admin, "population", "KB-7")
    assert len(progress.keyed) == 20 and len(progress.verified) == 20
    assert progress.missing == ["120"] and progress.open_differences == 5

    found = batches.differences(admin, "population", "KB-7")
    assert sorted((d.number, d.record.path) for d in found) == sorted(
        (str(100 + i), path) for i, path in PLANTED.items()
    )
    for d in found:  # both sides shown, as keyed
        assert d.first != d.second and d.label
    # the third look: the first keying was right twice, the second twice, once neither
    choices = {"102": ("other", "Z5"), "105": ("first", ""), "109": ("second", "")}
    choices |= {"113": ("first", ""), "117": ("second", "")}
    numeric = next(d for d in found if "dwellings" in d.record.path)
    refused = batches.resolve(admin, numeric, "other", typed="many")
    assert refused.word == "whole_number"  # a typed value is checked as keying checks it
    again = next(
        d for d in batches.differences(admin, "population", "KB-7") if d.number == numeric.number
    )
    assert again.first == numeric.first  # and a refused one leaves the first keying as it was
    assert batches.progress(admin, "population", "KB-7").open_differences == 5
    for d in found:
        choice, typed = choices[d.number]
        assert batches.resolve(admin, d, choice, typed=typed) is None
    progress = batches.progress(admin, "population", "KB-7")
    assert progress.open_differences == 0 and progress.resolved_differences == 5
    report = batches.report(admin, "population", "KB-7")
    assert sum(v[0] for v in report.clerks.values()) >= 5
    assert report.clerks["amina"][1] > 0 and report.clerks["baraka"][1] > 0

    assert batches.release(admin, "population", "KB-7") == []
    assert admin.status_counts()["finalized"] == 20
    result = sync(admin)
    assert result.sent == 20 and result.rejected == 0

    rows = exported(server, "population", tmp_path)
    uuids = [k.draft.uuid for k in firsts]
    assert sorted(r["_uuid"] for r in rows) == sorted(uuids)  # each once
    by_uuid = {r["_uuid"]: r for r in rows}
    for i, k in enumerate(firsts):
        row = by_uuid[k.draft.uuid]
        assert row["_batch"] == "KB-7" and row["_paper_number"] == str(100 + i)
        assert row["today"] == "2026-03-11" and row["_interview_date"] == "2026-03-11"
    for d in found:
        choice, typed = choices[d.number]
        column = d.record.path.removeprefix("/data/")
        wanted = {"first": d.first, "second": d.second, "other": typed}[choice]
        assert by_uuid[d.record.first][column] == wanted, (d.number, column)


# -- every difference, whatever kind (issue 24) -----------------------------------------------
TWICE_SURVEY = [
    {"type": "text", "name": "zone", "label": "Zone"},
    {"type": "select_one district", "name": "district", "label": "District"},
    {"type": "select_multiple assets", "name": "assets", "label": "Assets"},
    {"type": "integer", "name": "n_members", "label": "How many members?"},
    {
        "type": "begin_repeat",
        "name": "member",
        "label": "Members",
        "repeat_count": "${n_members}",
    },
    {"type": "text", "name": "m_name", "label": "Name"},
    {"type": "end_repeat"},
    {"type": "text", "name": "remarks", "label": "Remarks"},
    {"type": "text", "name": "phone", "label": "Phone"},
]
TWICE_CHOICES = [
    *[{"list_name": "district", "name": f"d{i}", "label": f"District {i}"} for i in range(1, 13)],
    *[{"list_name": "assets", "name": f"a{i}", "label": f"Asset {i}"} for i in range(1, 13)],
]


@pytest.fixture
def twice_form(client, admin, tmp_path):
    from form_engine.authoring import write_xlsform

    path = tmp_path / "twice.xlsx"
    write_xlsform(
        path, TWICE_SURVEY, choices=TWICE_CHOICES, settings={"form_id": "twice", "version": "1"}
    )
    client.install_form(path)
    batches.register(
        admin, "twice", "B9", expected=2, first_number=1, last_number=2, verify_percent=100
    )
    return "twice"


@pytest.fixture
def second_clerk(client, admin):
    admin.add_user("baraka", "baraka-clerk-26")
    return client.login("baraka", "baraka-clerk-26")


def key_paper(user, number, facts, typed, *, second=False):
    """A paper of batch B9 keyed, box after box as the roster's count opens them: ``facts``
    the interview date and enumerator written on it, ``typed`` what is keyed in each box."""
    k = Keying.start(user, "twice", batch="B9", second=second)
    for name, text in zip(
        ("number", "interview_date", "paper_enumerator"), (number, *facts), strict=True
    ):
        assert k.enter_paper(name, text) is None, (name, text)
    box, values = k.after(None), iter(typed)
    while box is not None:
        text = next(values)
        assert k.enter(box, text) is None, (box.path, text)
        k.refresh()  # a count made its members' rows
        box = k.after(next(b for b in k.boxes if b.path == box.path))
    assert next(values, None) is None and k.finish() == []


def clean(text):
    return text.strip("\u2066\u2068\u2069")


# Paper 1 differs in six places: both of its facts (the interview date and the enumerator),
# two answers both keyings have, an answer only the second keying has (a remark) and one only
# the first has (a phone). Paper 2 differs in its household's size and the member only the
# first keying has. The second keying is typed on the keyed-entry screen ("\r" is Enter; a
# district's code no other code begins with goes on by itself).
FIRST_KEYINGS = {
    "1": (("12/03/2026", "E07 Halima"), ["Z03", "3", "1 11", "2", "Asha", "Juma", "", "0712"]),
    "2": (("12/03/2026", "E07 Halima"), ["Z04", "12", "2", "3", "Ali", "Mary", "Tom", "", "0788"]),
}
SECOND_KEYS = {
    "1": ["1\r", "13/03/2026\r", "E08 Juma\r", "\r"]
    + ["Z03\r", "8", "1 12\r", "2\r", "Asha\r", "Juma\r", "roof leaks\r", "\r", "\r"],
    "2": ["2\r", "12/03/2026\r", "E07 Halima\r", "\r"]
    + ["Z04\r", "12", "2\r", "2\r", "Ali\r", "Mary\r", "\r", "0788\r", "\r"],
}
EVERY_DIFFERENCE = [  # (paper, question, first keying, second keying), as the clerk sees them
    ("1", "Interview date", "2026-03-12", "2026-03-13"),
    ("1", "Enumerator on the paper", "E07 Halima", "E08 Juma"),
    ("1", "2. District", "3", "8"),
    ("1", "3. Assets", "1 11", "1 12"),
    ("1", "6. Remarks", "", "roof leaks"),
    ("1", "7. Phone", "0712", ""),
    ("2", "4. How many members?", "3", "2"),
    ("2", "5. Name (3)", "Tom", ""),
]


def test_every_difference_of_a_paper_is_listed(qtbot, client, admin, second_clerk, twice_form):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.batches_view import BatchesView
    from desktop_app.ui.keyed_entry import KeyedEntryView
    from tests.desktop_app.test_keyboard import keys
    from tests.desktop_app.test_window import press

    for number, (facts, typed) in FIRST_KEYINGS.items():
        key_paper(admin, number, facts, typed)
    entry = KeyedEntryView(second_clerk, twice_form, words={}, second=True)
    qtbot.addWidget(entry)
    entry.resize(1200, 800)
    entry.show()
    entry.activateWindow()
    qtbot.waitUntil(entry.isActiveWindow)
    said = {}
    for number, typed in SECOND_KEYS.items():
        qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.paper_boxes["number"])
        with qtbot.waitSignal(entry.keyed):
            for text in typed:
                keys(entry, text.rstrip("\r"))
                if text.endswith("\r"):
                    press(entry, Qt.Key.Key_Return)
                assert not entry.problem.text(), (number, text, entry.problem.text())
        said[number] = entry.help.text()
    # what the second clerk is told as each paper is saved
    assert said == {
        "1": "Questionnaire 1 keyed a second time: 6 answer(s) differ (1 in this sitting).",
        "2": "Questionnaire 2 keyed a second time: 2 answer(s) differ (2 in this sitting).",
    }

    found = batches.differences(admin, twice_form, "B9")
    facts = {"interview_date": "Interview date", "paper_enumerator": "Enumerator on the paper"}
    listed = [(d.number, facts.get(d.label, d.label), d.first, d.second) for d in found]
    assert listed == EVERY_DIFFERENCE
    assert batches.progress(admin, twice_form, "B9").open_differences == 8

    # the third look: the same eight on the batch's screen, none resolved yet
    view = BatchesView(admin, forms=client.forms(latest_only=True), language="en")
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    assert clean(view.table.item(0, 5).text()) == "8"  # differences open
    press(view, Qt.Key.Key_Return)
    assert view.currentWidget() is view.differences_page
    table = view.differences
    rows = [
        tuple(clean(table.item(r, c).text()) for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]
    assert rows == [(*d, "") for d in EVERY_DIFFERENCE]

    # and the disagreement report counts each question that differed, over the two papers
    assert batches.report(admin, twice_form, "B9").questions == {
        "#interview_date": (1, 2),
        "#paper_enumerator": (1, 2),
        "/data/district": (1, 2),
        "/data/assets": (1, 2),
        "/data/remarks": (1, 2),
        "/data/phone": (1, 2),
        "/data/n_members": (1, 2),
        "/data/member/m_name": (1, 2),
    }


def key_a_member_more_the_second_time(admin, second_clerk):
    """Paper 1 with two members keyed first, three (Zara too) the second time."""
    facts = ("12/03/2026", "E07 Halima")
    key_paper(admin, "1", facts, ["Z03", "3", "1", "2", "Asha", "Juma", "", ""])
    key_paper(
        second_clerk,
        "1",
        facts,
        ["Z03", "3", "1", "3", "Asha", "Juma", "Zara", "", ""],
        second=True,
    )


def test_a_member_only_the_second_keying_has_is_a_difference(admin, second_clerk, twice_form):
    key_a_member_more_the_second_time(admin, second_clerk)
    found = batches.differences(admin, twice_form, "B9")
    assert sorted((d.number, d.record.path, d.first, d.second) for d in found) == [
        ("1", "/data/member[3]/m_name", "", "Zara"),
        ("1", "/data/n_members", "2", "3"),
    ]


def test_a_member_only_the_second_keying_has_is_named_as_on_the_paper(
    admin, second_clerk, twice_form
):
    key_a_member_more_the_second_time(admin, second_clerk)
    found = batches.differences(admin, twice_form, "B9")
    assert [(d.label, d.first, d.second) for d in found] == [
        ("4. How many members?", "2", "3"),
        ("5. Name (3)", "", "Zara"),
    ]
