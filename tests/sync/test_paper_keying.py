"""A paper questionnaire keyed at the office goes up with the paper's own facts, and the
merged dataset shows them beside the answers: the questionnaire's number, the interview's date
(also the form's start, end and today), the enumerator and batch written on the paper, and who
keyed it when, apart."""

import csv
import io
import zipfile

from central_server import accounts
from central_server.merged import exporting
from desktop_app.keying import Keying, written
from desktop_app.sync.enrolment import enrol
from form_engine.fill import random_submissions
from tests.central_server.conftest import PASSWORDS
from tests.sync.test_sync_client import sync


def exported(server, form_id, tmp_path):
    """The main table of the form's merged dataset, as the Secretariat exports it (CSV)."""
    out = tmp_path / f"{form_id}.zip"
    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), form_id)
        exporting.export(conn, src, "csv", out)
    with zipfile.ZipFile(out) as z:
        return list(csv.DictReader(io.StringIO(z.read(f"{form_id}.csv").decode("utf-8-sig"))))


def key_from_paper(user, form_id, data, paper, *, batch="", second=False, slip=None):
    """Key ``data`` as a clerk does, box after box the skip logic leaves open; ``slip``:
    the box keyed wrong (a zone as Z9, a number one more). Returns the keying."""
    k = Keying.start(user, form_id, batch=batch, second=second)
    for name, text in paper.items():
        assert k.enter_paper(name, text) is None, (name, text)
    box = k.after(None)
    while box is not None:
        typed = written(data, box)
        if box.path == slip:
            typed = "Z9" if box.path.endswith("zone") else str(int(typed or 0) + 1)
        assert k.enter(box, typed) is None, (box.path, typed)
        box = k.after(box)
    assert k.finish() == []
    return k


def test_keyed_papers_reach_the_dataset_with_their_facts(server, client, admin, tmp_path):
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    samples = [s["data"] for s in random_submissions(client.form("population"), 2, seed=4)]
    uuids = [
        key_from_paper(
            admin,
            "population",
            data,
            {
                "number": str(300 + i),
                "interview_date": "11/03/2026",
                "paper_enumerator": "E07 Halima",
                "batch": "KB-3",
            },
        ).draft.uuid
        for i, data in enumerate(samples)
    ]
    report = sync(admin)
    assert report.sent == 2 and report.rejected == 0
    rows = exported(server, "population", tmp_path)
    by_uuid = {r["_uuid"]: r for r in rows}
    for i, uuid in enumerate(uuids):
        row = by_uuid[uuid]
        assert row["_paper_number"] == str(300 + i) and row["_interview_date"] == "2026-03-11"
        assert (row["_paper_enumerator"], row["_batch"]) == ("E07 Halima", "KB-3")
        assert row["_keyed_by"] == "amina" and row["_keyed_at"]
        assert row["today"] == "2026-03-11" and row["start"].startswith("2026-03-11T00:00")


def key_household_keeping(clerk, client, kept: dict[str, str]) -> str:
    """A household keyed from paper 401 (interviewed 11/03/2026 by E07 Halima), each of
    ``kept`` (path -> value) kept as written although it breaks the form's rule, with the note
    "as on the paper". Returns its uuid."""
    data = next(
        s["data"]
        for s in random_submissions(client.form("household"), 80, seed=11)
        if s["data"].get("identification/consent") == "yes"
        and str(s["data"].get("survey/hh_size")) in ("2", "3")
        and s["data"].get("survey/wash/water_minutes") is not None
    )
    k = Keying.start(clerk, "household")
    for name, text in (
        ("number", "401"),
        ("interview_date", "11/03/2026"),
        ("paper_enumerator", "E07 Halima"),
    ):
        assert k.enter_paper(name, text) is None
    box = k.after(None)
    while box is not None:
        typed = kept.get(box.path, written(data, box))
        refusal = k.enter(box, typed)
        if box.path in kept:
            assert refusal is not None and refusal.keepable
            k.keep_as_written(box, "as on the paper")
            assert k.enter(box, typed) is None  # keyed again: it stands
        else:
            assert refusal is None, (box.path, typed, refusal)
        k.refresh()  # a household's size made its members' rows
        box = k.after(box)
    assert k.finish() == []
    return k.draft.uuid


def test_a_value_kept_as_written_reaches_the_server_flagged(server, client, admin, tmp_path):
    """A paper's 720 minutes (the rule allows 0–600) and a member's age of 112 (0–110), kept
    as written at the office: the sync stores the questionnaire (not sent back by the
    server's own check), with each kept value at the path the server's check names it."""
    import json as _json

    from sqlalchemy import select

    from central_server.db import revisions

    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    kept = {"/data/survey/wash/water_minutes": "720", "/data/survey/member[2]/age": "112"}
    uuid = key_household_keeping(admin, client, kept)
    report = sync(admin)
    assert (report.sent, report.rejected) == (1, 0)
    with server.app.state.engine.connect() as conn:
        paper = conn.execute(select(revisions.c.paper).where(revisions.c.uuid == uuid)).scalar_one()
    paper = _json.loads(paper) if isinstance(paper, str) else paper
    assert {(w["path"], w["value"]) for w in paper["as_written"]} == {
        ("/data/survey/wash/water_minutes", "720"),
        ("/data/survey/member[2]/age", "112"),
    }
    assert {w["note"] for w in paper["as_written"]} == {"as on the paper"}
