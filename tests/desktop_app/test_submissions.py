"""Drafts, finalizing, importing and exporting submissions through the client services."""

import hashlib
import json

from desktop_app.store import SubmissionFilter
from desktop_app.transfer import export_jsonl, import_jsonl
from form_engine.fill import random_submissions, write_attachments
from tests.conftest import FIXED_NOW
from tests.desktop_app.conftest import answer


def test_a_draft_resumes_with_every_answer_and_on_the_page_it_was_left(client, admin):
    draft = admin.new_submission("household")
    answer(draft, "/data/identification/consent", "yes")
    answer(draft, "/data/survey/hh_size", "3")
    answer(draft, "/data/survey/member[2]/name", "Achol")
    draft.move_to("/data/survey/member[2]/age")
    again = admin.open_submission(draft.uuid)
    assert again.position == "/data/survey/member[2]/age"
    assert again.session.value("/data/survey/member[2]/name") == "Achol"
    assert len(again.session.nodes("/data/survey/member")) == 3
    assert again.record.status == "draft"


def test_finalize_lists_every_problem_and_changes_nothing(client, admin):
    draft = admin.new_submission("household")
    problems = draft.finalize()
    assert problems and all(p.code == "required" for p in problems)
    assert "/data/zone" in {p.path for p in problems}
    assert draft.session.value("/data/city") == "kakuma"  # the user's own site, by default
    assert client.store.submission(draft.uuid).status == "draft"
    assert client.store.revisions(draft.uuid) == []


def test_a_finalized_submission_keeps_its_exact_bytes_and_their_hash(client, admin):
    form = client.form("population")
    data = next(random_submissions(form, 1, seed=4, now=FIXED_NOW))["data"]
    path = client.home.root / "one.jsonl"
    envelope = {
        "uuid": "11111111-2222-4333-8444-555555555555",
        "form_id": "population",
        "form_version": form.version,
        "data": data,
    }
    path.write_text(json.dumps(envelope) + "\n")
    report = import_jsonl(admin, path, finalize=True)
    assert report.imported == 1, report.problems
    [revision] = client.store.revisions(envelope["uuid"])
    ctx = f"{envelope['uuid']}/r1"
    json_bytes = admin.key.decrypt(revision.json_bytes, context=ctx + "/json")
    xml_bytes = admin.key.decrypt(revision.xml_bytes, context=ctx + "/xml")
    assert hashlib.sha256(json_bytes).hexdigest() == revision.json_sha256
    assert hashlib.sha256(xml_bytes).hexdigest() == revision.xml_sha256
    assert xml_bytes.startswith(b"<data ") and b"population" in xml_bytes
    assert revision.revision == 1 and revision.parent_revision is None
    record = client.store.submission(envelope["uuid"])
    assert record.status == "finalized" and record.finalized_at


def test_import_validates_each_line_and_skips_bad_ones_and_duplicates(client, admin, tmp_path):
    form = client.form("household")
    attachments = {}
    envelopes = list(random_submissions(form, 6, seed=8, now=FIXED_NOW, attachments=attachments))
    envelopes[1]["data"]["survey/hh_size"] = -4
    envelopes[2]["data"]["not_a_field"] = "x"
    envelopes.append(envelopes[0])
    path = tmp_path / "subs.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in envelopes) + "{oops\n")
    write_attachments(attachments, tmp_path / "subs-attachments")
    report = import_jsonl(admin, path, finalize=False)
    assert report.imported == 4
    text = "\n".join(report.problems)
    assert f"line 2 ({envelopes[1]['uuid']}): /data/survey/hh_size" in text
    assert "line 3" in text and "not_a_field" in text
    assert "line 7" in text and "already here" in text
    assert "line 8: not JSON" in text
    assert admin.status_counts()["draft"] == 4


def test_export_writes_every_submission_decrypted(client, admin, tmp_path):
    draft = admin.new_submission("household")
    answer(draft, "/data/zone", "Zone 4")
    out = tmp_path / "out.jsonl"
    assert export_jsonl(admin, out) == 1
    [line] = out.read_text().splitlines()
    exported = json.loads(line)
    assert exported["uuid"] == draft.uuid and exported["data"]["zone"] == "Zone 4"
    assert exported["enumerator"] == "amina" and exported["site"] == "Kakuma"


def test_lists_filter_by_status_and_search_titles(client, admin):
    from desktop_app.store import SubmissionFilter

    a = admin.new_submission("household")
    answer(a, "/data/city", "kakuma")
    answer(a, "/data/identification/hh_no", "77")
    admin.new_submission("population")
    found = admin.submission_ids(SubmissionFilter(), search=a.title()[:8])
    assert a.title() and found == [a.uuid]
    assert admin.submission_ids(SubmissionFilter(form_id="population")) != [a.uuid]
    assert admin.status_counts() == {"draft": 2, "finalized": 0, "sent": 0, "returned": 0}


def test_a_complete_draft_finalizes_into_revision_one(client, admin, tmp_path):
    form = client.form("service_access")
    envelope = next(random_submissions(form, 1, seed=2, now=FIXED_NOW))
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(envelope) + "\n")
    assert import_jsonl(admin, path, finalize=False).imported == 1
    draft = admin.open_submission(envelope["uuid"])
    assert draft.finalize() == []
    assert draft.record.status == "finalized" and draft.record.revision == 1
    assert not draft.editable
    stored = admin.submission_data(envelope["uuid"])
    assert stored["meta/instanceID"] == envelope["data"]["meta/instanceID"]
    assert stored["end"]  # stamped at finalize


def test_a_returned_submission_corrected_becomes_revision_two_naming_its_parent(
    client, admin, tmp_path
):
    from desktop_app.draft import audit as event

    form = client.form("population")
    envelope = next(random_submissions(form, 1, seed=6, now=FIXED_NOW))
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(envelope) + "\n")
    assert import_jsonl(admin, path, finalize=True).imported == 1
    uuid = envelope["uuid"]
    data_first = admin.submission_data(uuid)
    first_id = data_first["meta/instanceID"]
    client.store.return_for_correction(
        uuid, at=client.now_text(), audit=event("clerk", "review.returned", uuid, client.now_text())
    )
    draft = admin.open_submission(uuid)
    assert draft.editable
    answer(draft, "/data/comments", "recounted")
    # fields the finalized JSON left out (not relevant then) are back, empty, to be answered
    outside_repeats = [
        el.path for el in form.walk() if el.kind == "question" and "/pop_group/" not in el.path
    ]
    assert all(draft.session.nodes(path) for path in outside_repeats)
    assert draft.finalize() == []
    first, second = client.store.revisions(uuid)
    assert (second.revision, second.parent_revision) == (2, 1)
    assert first.json_sha256 != second.json_sha256
    data = admin.submission_data(uuid)
    assert data["meta/deprecatedID"] == first_id and data["meta/instanceID"] != first_id
    assert data["comments"] == "recounted"
    xml = admin.key.decrypt(second.xml_bytes, context=f"{uuid}/r2/xml").decode()
    assert f"<deprecatedID>{first_id}</deprecatedID>" in xml


def test_an_import_never_reads_a_file_outside_its_attachments_folder(client, admin, tmp_path):
    from form_engine.authoring import write_xlsform

    path = tmp_path / "card.xlsx"
    write_xlsform(
        path,
        [{"type": "image", "name": "card", "label": "Card"}],
        settings={"form_id": "card", "version": "1"},
    )
    client.install_form(path)
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(b"not yours")
    (tmp_path / "subs-attachments").mkdir()
    lines = []
    for i, value in enumerate((str(secret), "../secret.jpg", "..")):
        uuid = f"00000000-0000-4000-8000-00000000000{i}"
        data = {"card": value, "meta/instanceID": f"uuid:{uuid}"}
        lines.append(
            json.dumps({"uuid": uuid, "form_id": "card", "form_version": "1", "data": data})
        )
    subs = tmp_path / "subs.jsonl"
    subs.write_text("\n".join(lines) + "\n")
    report = import_jsonl(admin, subs, finalize=False)
    assert report.imported == 0 and len(report.problems) == 3
    assert not client.store.submission_ids(SubmissionFilter())
