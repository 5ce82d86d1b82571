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
