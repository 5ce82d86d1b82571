"""Issue 23, finding 3: a submission's system dates are the server's — when it received the
submission and when it last changed — not when the form was opened on the device. A form
filled offline on day 1 and synced on day 5 is "submitted" on day 5 in exports and OData, so
a Power BI incremental refresh on the submission date does not skip it. On SQLite and
PostgreSQL (the group writer stores through its own statements there)."""

import csv
import io
import zipfile

import pytest
import requests

from central_server import accounts, schema
from central_server.db import make_engine
from central_server.intake import ingest
from central_server.merged import exporting
from form_engine import load_xlsform
from form_engine.fill import random_submissions
from tests.central_server.test_api import item, push
from tests.conftest import REPO

DAY_1 = "2026-11-01T08:00:00.000+00:00"
DAY_2 = "2026-11-02T10:00:00.000+00:00"
DAY_5 = "2026-11-05T16:30:00.000+00:00"


@pytest.fixture
def offline_days(server, login, monkeypatch):
    """Two households synced the day they were filled (day 2), three filled offline on day 1
    and synced on day 5, by the server's clock; (synced at once, synced late) uuids."""
    form = load_xlsform(REPO / "forms" / "household.xlsx")
    subs = list(random_submissions(form, 5, seed=23))
    clock = {"now": DAY_2}
    monkeypatch.setattr(ingest, "now_text", lambda: clock["now"])
    on_time, late = subs[:2], subs[2:]
    token = login("amina")
    assert push(server, token, [{**item(e), "created_at": DAY_2} for e in on_time]).ok
    clock["now"] = DAY_5
    assert push(server, token, [{**item(e), "created_at": DAY_1} for e in late]).ok
    server.checked()
    return [e["uuid"] for e in on_time], [e["uuid"] for e in late]


def _odata(server, login, path, **params):
    r = requests.get(
        f"{server.url}/api/v1/odata/household.svc/{path}",
        params=params,
        headers={"authorization": f"Bearer {login('secretariat')}"},
    )
    assert r.status_code == 200, r.text
    return r


def _all_pages(server, login, **params) -> list[dict]:
    """Every row of the main set, following ``@odata.nextLink`` to the end."""
    page = _odata(server, login, "Submissions", **params).json()
    rows = list(page["value"])
    while "@odata.nextLink" in page:
        r = requests.get(
            page["@odata.nextLink"], headers={"authorization": f"Bearer {login('secretariat')}"}
        )
        assert r.status_code == 200, r.text
        page = r.json()
        rows += page["value"]
    return rows


def test_the_export_says_submitted_when_the_server_received_it(
    server, login, offline_days, tmp_path
):
    on_time, late = offline_days
    with server.app.state.engine.begin() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "household")
        exporting.export(conn, src, "csv", tmp_path / "household.zip")
    with zipfile.ZipFile(tmp_path / "household.zip") as z:
        rows = list(csv.DictReader(io.StringIO(z.read("household.csv").decode("utf-8-sig"))))
    by_uuid = {r["_uuid"]: r for r in rows}
    assert sorted(by_uuid) == sorted(on_time + late)
    for uuid in late:
        assert by_uuid[uuid]["_submitted_at"] == DAY_5
        assert by_uuid[uuid]["_updated_at"] == DAY_5
        assert by_uuid[uuid]["_created_on_device"] == DAY_1  # the device's, under its own name
    for uuid in on_time:
        assert by_uuid[uuid]["_submitted_at"] == DAY_2
    # the export's "changed on or after" is by the server's clock too
    with server.app.state.engine.begin() as conn:
        who = accounts.principal_of(conn, "secretariat")
        since = exporting.source(conn, who, "household", since="2026-11-03")
        assert sorted(m["_uuid"] for m, _ in exporting.submissions_of(conn, since)) == sorted(late)


def test_odata_filters_on_the_servers_receipt_and_last_change(server, login, offline_days):
    on_time, late = offline_days
    rows = _all_pages(server, login)
    dates = {r["__id"]: r["__system_submissionDate"] for r in rows}
    assert {u: dates[u] for u in late} == dict.fromkeys(late, DAY_5)
    # what an incremental refresh asks after its last run on day 3: the forms synced since
    for wanted in (
        "__system/submissionDate ge 2026-11-03T00:00:00Z",
        "__system_submissionDate ge '2026-11-03'",
        "__system/updatedAt ge 2026-11-03T00:00:00.000+03:00",
    ):
        got = _all_pages(server, login, **{"$filter": wanted})
        assert sorted(r["__id"] for r in got) == sorted(late), wanted
    before = _all_pages(server, login, **{"$filter": "__system/submissionDate lt 2026-11-03"})
    assert sorted(r["__id"] for r in before) == sorted(on_time)


def test_odata_types_the_system_dates_as_times(server, login, offline_days):
    body = _odata(server, login, "$metadata").text
    assert '<Property Name="__system_submissionDate" Type="Edm.DateTimeOffset"/>' in body
    assert '<Property Name="__system_updatedAt" Type="Edm.DateTimeOffset"/>' in body


def test_following_next_links_returns_every_row_once(server, login, offline_days):
    on_time, late = offline_days
    rows = _all_pages(server, login, **{"$top": 2})
    assert sorted(r["__id"] for r in rows) == sorted(on_time + late)
    assert len(rows) == 5
    filtered = _all_pages(
        server, login, **{"$top": 2, "$filter": "__system/submissionDate ge 2026-11-03"}
    )
    assert sorted(r["__id"] for r in filtered) == sorted(late)


def test_a_bad_date_in_a_filter_is_refused(server, login, offline_days):
    r = requests.get(
        f"{server.url}/api/v1/odata/household.svc/Submissions",
        params={"$filter": "__system/submissionDate ge 'yesterday'"},
        headers={"authorization": f"Bearer {login('secretariat')}"},
    )
    assert r.status_code == 400, r.text
    assert "yesterday" in r.text


def test_stored_submissions_take_their_first_revisions_receipt(tmp_path):
    """Migration 0015: what a device said is kept as created_on_device; created_at becomes
    when the server stored the submission's first revision."""
    from alembic import command

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = schema.alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0014")
    with engine.begin() as conn:
        sql = conn.exec_driver_sql
        sql("INSERT INTO sites (id, name, created_at) VALUES (1, 'Koboko', 'x')")
        sql(
            "INSERT INTO users (id, name, role, site_id, password_hash, created_at) "
            "VALUES (1, 'amina', 'enumerator', 1, 'x', 'x')"
        )
        sql(
            "INSERT INTO devices (id, user_id, token_hash, label, device_id, created_at) "
            "VALUES (1, 1, 't', '', '', 'x')"
        )
        sql(
            "INSERT INTO submissions (uuid, site_id, form_id, enumerator, device, revision, "
            f"status, created_at, updated_at) VALUES ('u1', 1, 'f', 'amina', 1, 2, "
            f"'received', '{DAY_1}', '2026-11-07T00:00:00.000+00:00')"
        )
        for revision, at in ((1, DAY_5), (2, "2026-11-07T00:00:00.000+00:00")):
            sql(
                "INSERT INTO revisions (uuid, revision, form_version, json_text, sha256, status, "
                "reasons, attachments, device, received_at) VALUES ('u1', ?, '1', '{}', 'x', "
                "'stored', '[]', '[]', 1, ?)",
                (revision, at),
            )
    schema.upgrade(engine)
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT created_at, created_on_device, updated_at FROM submissions"
        ).one()
    assert tuple(row) == (DAY_5, DAY_1, "2026-11-07T00:00:00.000+00:00")


def test_a_review_decision_is_a_change_an_incremental_refresh_reads(
    server, login, offline_days, monkeypatch
):
    """Approving a household on day 7 changes its review state: read since day 6 (OData's
    __system/updatedAt, export --since) it comes again, with its new state, as Central's."""
    from central_server import review

    on_time, _ = offline_days
    monkeypatch.setattr(review, "now_text", lambda: "2026-11-07T09:00:00.000+00:00")
    with server.app.state.engine.begin() as conn:
        review.decide(conn, accounts.principal_of(conn, "secretariat"), on_time[0], "approved")
    got = _all_pages(server, login, **{"$filter": "__system/updatedAt ge 2026-11-06"})
    assert [(r["__id"], r["__system_reviewState"]) for r in got] == [(on_time[0], "approved")]
    assert got[0]["__system_updatedAt"] == "2026-11-07T09:00:00.000+00:00"
    assert got[0]["__system_submissionDate"] == DAY_2  # received when it was
    with server.app.state.engine.begin() as conn:
        who = accounts.principal_of(conn, "secretariat")
        since = exporting.source(conn, who, "household", since="2026-11-06")
        assert [m["_uuid"] for m, _ in exporting.submissions_of(conn, since)] == [on_time[0]]


def test_a_next_link_goes_on_where_its_page_ended_whatever_left_the_set_meanwhile(
    server, login, offline_days
):
    """Power BI reads page 1 of the received households; a reviewer approves those two; the
    next link still gives the three others (an offset would have skipped two of them). A
    repeat's entries read two at a time, pages ending within a household: each once."""
    from central_server import review

    on_time, late = offline_days
    auth = {"authorization": f"Bearer {login('secretariat')}"}
    first = _odata(
        server, login, "Submissions", **{"$filter": "__system_reviewState eq 'received'", "$top": 2}
    ).json()
    given = [r["__id"] for r in first["value"]]
    assert len(given) == 2 and "skiptoken" in first["@odata.nextLink"]
    with server.app.state.engine.begin() as conn:
        who = accounts.principal_of(conn, "secretariat")
        for uuid in given:
            review.decide(conn, who, uuid, "approved")
    rows, link = [], first["@odata.nextLink"]
    while link:
        page = requests.get(link, headers=auth, timeout=30).json()
        rows += [r["__id"] for r in page["value"]]
        link = page.get("@odata.nextLink")
    assert sorted(given + rows) == sorted(on_time + late)

    counted = _odata(server, login, "Submissions.survey.member", **{"$count": "true", "$top": 0})
    assert "@odata.nextLink" not in counted.json()
    members, link = [], None
    page = _odata(server, login, "Submissions.survey.member", **{"$top": 2}).json()
    while True:
        assert len(page["value"]) <= 2
        members += [r["__id"] for r in page["value"]]
        link = page.get("@odata.nextLink")
        if not link:
            break
        page = requests.get(link, headers=auth, timeout=30).json()
    assert len(members) == len(set(members)) == counted.json()["@odata.count"]


def test_a_plus_sent_bare_in_a_filter_time_is_named(server, login, offline_days):
    """Typed into an address bar, 2026-11-03T00:00:00+03:00 arrives with a space for its +:
    the refusal says so, not only which comparisons there are."""
    r = requests.get(
        f"{server.url}/api/v1/odata/household.svc/Submissions?$filter=__system/updatedAt ge "
        "2026-11-03T00:00:00+03:00",
        headers={"authorization": f"Bearer {login('secretariat')}"},
        timeout=30,
    )
    assert r.status_code == 400 and "%2B" in r.text
