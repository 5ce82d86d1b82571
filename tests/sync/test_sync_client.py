"""The client syncs with the real server on 127.0.0.1: enrol, push finalized submissions with
their attachments exactly once, take the server's verdicts, pull new form versions."""

import json
import sqlite3
from datetime import UTC, datetime

import requests

from central_server import published_forms
from desktop_app.store import SubmissionFilter
from desktop_app.sync.engine import sync_once
from desktop_app.sync.enrolment import enrol, transport_for
from desktop_app.transfer import import_jsonl
from form_engine.authoring import write_xlsform
from form_engine.fill import random_submissions, write_attachments
from tests.central_server.conftest import PASSWORDS

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def finalized(client, admin, tmp_path, form_id, n, seed=1, mutate=None):
    attachments: dict[str, bytes] = {}
    subs = list(
        random_submissions(client.form(form_id), n, seed=seed, now=NOW, attachments=attachments)
    )
    for e in subs:
        if mutate:
            mutate(e)
    path = tmp_path / f"{form_id}-{seed}.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in subs))
    write_attachments(attachments, tmp_path / f"{form_id}-{seed}-attachments")
    report = import_jsonl(admin, path, finalize=True)
    assert report.imported == n, report.problems
    return subs


def sync(admin):
    transport = transport_for(admin)
    try:
        return sync_once(admin, transport)
    finally:
        transport.close()


def test_finalized_submissions_reach_the_server_exactly_once(
    server, client, admin, tmp_path, login
):
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    subs = finalized(client, admin, tmp_path, "population", 12)
    report = sync(admin)
    assert report.sent == 12 and report.rejected == 0
    assert admin.status_counts()["sent"] == 12 and admin.status_counts()["finalized"] == 0
    again = sync(admin)
    assert again.sent == 0  # nothing waits
    with server.app.state.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT uuid, count(*) FROM revisions GROUP BY uuid").fetchall()
    assert sorted(r[0] for r in rows) == sorted(e["uuid"] for e in subs)
    assert all(r[1] == 1 for r in rows)


def test_a_lost_acknowledgement_is_sent_again_and_answered_duplicate(
    server, client, admin, tmp_path
):
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    finalized(client, admin, tmp_path, "population", 3, seed=2)
    sync(admin)
    # as if the client died after the server committed but before it marked them sent
    conn = sqlite3.connect(client.home.database)
    conn.execute("UPDATE submissions SET status = 'finalized'")
    conn.commit()
    report = sync(admin)
    assert report.sent == 3
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM revisions").scalar_one() == 3


def card_with_photo(server, client, admin, tmp_path, photo):
    """A one-question form (a ration card's photo) on both sides, and one finalized
    submission of it holding ``photo``; the photo's file name."""
    path = tmp_path / "card.xlsx"
    write_xlsform(
        path,
        [{"type": "image", "name": "card", "label": "Ration card", "required": "yes"}],
        settings={"form_id": "card", "version": "1"},
    )
    client.install_form(path)
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    draft = admin.new_submission("card")
    name = admin.add_attachment(draft.uuid, photo, extension="jpg")
    draft.set_answer(draft.session.node("/data/card"), name)
    assert draft.finalize() == []
    return name


def test_attachments_go_first_and_arrive_whole(server, client, admin, tmp_path):
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    photo = bytes(range(256)) * 3000  # 768,000 bytes: three chunks
    name = card_with_photo(server, client, admin, tmp_path, photo)
    report = sync(admin)
    assert report.sent == 1 and report.attachments == 1 and report.attachment_bytes == len(photo)
    with server.app.state.engine.connect() as c:
        complete = {
            r[0] for r in c.exec_driver_sql("SELECT sha256 FROM attachments WHERE complete")
        }
        stored = c.exec_driver_sql("SELECT sum(length(data)) FROM attachment_chunks").scalar_one()
    assert name.split(".")[0] in complete and stored == len(photo)


def test_a_submission_the_server_rejects_comes_back_with_its_reasons(
    server, client, admin, tmp_path
):
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    # a form version the server has never heard of
    path = tmp_path / "local_only.xlsx"
    write_xlsform(
        path,
        [{"type": "text", "name": "q", "label": "Q", "required": "yes"}],
        settings={"form_id": "local_only", "version": "1"},
    )
    client.install_form(path)
    draft = admin.new_submission("local_only")
    draft.set_answer(draft.session.node("/data/q"), "x")
    assert draft.finalize() == []
    report = sync(admin)
    assert report.rejected == 1
    record = client.store.submission(draft.uuid)
    assert record.status == "returned"
    note = admin.key.decrypt(record.note, context=draft.uuid + "/note").decode()
    assert "not published" in note


def test_new_form_versions_are_installed_by_sync(server, client, admin, tmp_path):
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    path = tmp_path / "visit.xlsx"
    write_xlsform(
        path,
        [{"type": "text", "name": "who", "label": "Who"}],
        settings={"form_id": "visit", "version": "7", "form_title": "Visit"},
    )
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    report = sync(admin)
    assert "Visit 7" in report.forms_installed
    assert ("visit", "7") in {(f.form_id, f.version) for f in client.forms()}
    assert sync(admin).forms_installed == []  # the cursor moved on


def test_enrolment_keeps_the_token_encrypted(server, client, admin):
    answer = enrol(admin, server.url, "amina", PASSWORDS["amina"])
    raw = (
        client.home.database.read_bytes()
        + client.home.database.with_name("daftari.db-wal").read_bytes()
    )
    assert answer.token.encode() not in raw
    devices = requests.get(
        f"{server.url}/api/v1/auth/devices", headers={"authorization": f"Bearer {answer.token}"}
    ).json()["devices"]
    assert devices[0]["device_id"] == client.device_id
    assert admin.submission_ids(SubmissionFilter()) == []


def test_a_refused_file_holds_back_only_its_own_submission(client, admin, tmp_path):
    """The server refuses every chunk (too large for it): the submission with the photo waits,
    with the reason in the report, and the others are sent."""
    from dataclasses import replace

    from central_server.settings import Settings
    from tests.central_server.conftest import LiveServer, seed

    settings = replace(Settings.resolve(data_dir=str(tmp_path / "server")), max_body_bytes=50_000)
    live = LiveServer(settings)
    try:
        seed(live.app.state.engine)
        enrol(admin, live.url, "amina", PASSWORDS["amina"])
        path = tmp_path / "card.xlsx"
        write_xlsform(
            path,
            [{"type": "image", "name": "card", "label": "Ration card", "required": "yes"}],
            settings={"form_id": "card", "version": "1"},
        )
        client.install_form(path)
        with live.app.state.engine.begin() as conn:
            published_forms.publish(conn, path)
        draft = admin.new_submission("card")
        name = admin.add_attachment(draft.uuid, bytes(range(256)) * 1000, extension="jpg")
        draft.set_answer(draft.session.node("/data/card"), name)
        assert draft.finalize() == []
        finalized(client, admin, tmp_path, "population", 3, seed=7)
        report = sync(admin)
        assert report.sent == 3 and report.problems and draft.uuid in report.problems[0]
        assert admin.store.submission(draft.uuid).status == "finalized"  # waits, not lost
    finally:
        live.stop()


def test_on_a_shared_laptop_each_persons_submissions_go_up_under_their_own_account(
    server, client, admin, tmp_path
):
    """Amina (Koboko) and Baraka (Kakuma) share a laptop. Baraka connecting to his account
    does not take over Amina's login; his sync sends only his own; hers wait for her."""
    baraka = admin.add_user("baraka", "kakuma-2026", site="Kakuma")
    assert baraka
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    hers = finalized(client, admin, tmp_path, "population", 3, seed=81)
    bk = client.login("baraka", "kakuma-2026")
    enrol(bk, server.url, "baraka", PASSWORDS["baraka"])
    his = finalized(client, bk, tmp_path, "population", 2, seed=82)
    report = sync(bk)
    assert report.sent == 2
    with server.app.state.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT s.uuid, s.enumerator, t.name FROM submissions s JOIN sites t ON t.id = s.site_id"
        ).fetchall()
    assert {(u, who, site) for u, who, site in rows} == {
        (e["uuid"], "baraka", "Kakuma") for e in his
    }
    assert sync(admin).sent == 3  # Amina's own login is still hers
    with server.app.state.engine.connect() as conn:
        amina = conn.exec_driver_sql(
            "SELECT s.uuid FROM submissions s JOIN sites t ON t.id = s.site_id "
            "WHERE s.enumerator = 'amina' AND t.name = 'Koboko'"
        ).fetchall()
    assert {r[0] for r in amina} == {e["uuid"] for e in hers}


def test_plain_http_over_the_internet_is_refused_unless_allowed(client, admin):
    import pytest

    from desktop_app.sync.enrolment import PlainHttp, plain_http_over_a_public_network

    for local in ("http://192.168.1.10:8080", "http://127.0.0.1:8080", "http://server.local"):
        assert not plain_http_over_a_public_network(local)
    for public in (
        "http://daftari.example.org",
        "http://41.203.64.1:8080",
        "http://203.0.113.5/v1",  # "private" to Python, reached over the internet all the same
        "http://100.64.0.7",  # a mobile operator's shared range
    ):
        assert plain_http_over_a_public_network(public)
    assert not plain_http_over_a_public_network("https://daftari.example.org")
    with pytest.raises(PlainHttp) as refused:
        enrol(admin, "http://daftari.example.org", "amina", "whatever")
    assert "unencrypted" in str(refused.value)


def test_a_days_work_is_one_request(server, client, admin, tmp_path):
    """Ten submissions and the updates since the last sync: one request, one connection."""
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    sync(admin)  # the first sync installs what the server publishes
    finalized(client, admin, tmp_path, "population", 10, seed=91)
    transport = transport_for(admin)
    try:
        report = sync_once(admin, transport)
    finally:
        transport.close()
    assert report.sent == 10 and transport.requests == 1
