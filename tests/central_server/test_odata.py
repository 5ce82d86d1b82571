"""The OData 4.0 feed of a form's merged dataset, read by real OData client libraries (SAP's
EDMX parser for $metadata, @odata/client for the entity sets), as Power BI and Excel read
ODK Central's."""

import json
import shutil
import subprocess

import pytest
import requests

from central_server import accounts, review
from form_engine import load_xlsform
from form_engine.fill import random_submissions
from tests.central_server.test_api import item, push
from tests.conftest import REPO

CLIENT = REPO / "tests" / "peers" / "odata_client.mjs"
MODULES = REPO / "tests" / "peers" / "node_modules" / "@odata" / "client"


@pytest.fixture
def households(server, login):
    form = load_xlsform(REPO / "forms" / "household.xlsx")
    subs = list(random_submissions(form, 3, seed=21))
    assert push(server, login("amina"), [item(e) for e in subs]).ok
    with server.app.state.engine.begin() as conn:
        review.decide(conn, accounts.principal_of(conn, "secretariat"), subs[1]["uuid"], "approved")
    return subs


@pytest.mark.skipif(shutil.which("node") is None or not MODULES.exists(), reason="make peers")
def test_a_real_odata_client_reads_the_feed(server, login, households):
    service = f"{server.url}/api/v1/odata/household.svc"
    proc = subprocess.run(
        ["node", str(CLIENT), service, login("secretariat"), "Submissions.survey.member"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    assert got["version"] == "4.0"
    # the checks' flags and the audit logs' events beside the form's tables (issue 26)
    assert got["entitySets"] == ["Submissions", "Submissions.survey.member", "Flags", "Paradata"]
    main = got["entityTypes"]["Submissions"]
    assert main["keys"] == ["__id"]
    assert ["survey_hh_size", "Edm.Int64"] in main["properties"]
    uuids = [e["uuid"] for e in households]
    assert got["count"] == 3 and sorted(got["ids"]) == sorted(uuids)
    assert len(got["page"]) == 1 and got["nextLink"]
    assert got["approved"] == [households[1]["uuid"]]
    members = sum(len(e["data"].get("survey/member") or []) for e in households)
    assert got["repeatCount"] == members and set(got["repeatParents"]) <= set(uuids)


def test_the_feed_is_site_scoped_and_refuses_what_it_cannot_filter(server, login, households):
    base = f"{server.url}/api/v1/odata/household.svc"

    def get(path, who, **params):
        return requests.get(
            f"{base}{path}", params=params, headers={"authorization": f"Bearer {login(who)}"}
        )

    assert get("/Submissions", "clerk_a").json()["value"] == []  # Kakuma's clerk
    assert len(get("/Submissions", "super_k").json()["value"]) == 3
    assert get("/Submissions", "amina").status_code == 403
    bad = get("/Submissions", "secretariat", **{"$filter": "survey_hh_size gt 3"})
    # in OData's own error format, as Power BI shows it
    assert bad.status_code == 400 and "compare" in bad.json()["error"]["message"]
    dated = get(
        "/Submissions",
        "secretariat",
        **{
            "$filter": "__system_submissionDate ge '2000-01-01' and __system_reviewState ne 'approved'"
        },
    )
    assert len(dated.json()["value"]) == 2
    assert get("/Nothing", "secretariat").status_code == 404


def test_power_bi_and_excel_sign_in_with_a_user_name_and_password(server, households):
    """HTTP Basic, as Power BI's and Excel's OData connectors offer; checked once and kept a
    few minutes; wrong passwords count against the login limits; a disabled account is
    refused at once."""
    from tests.central_server.conftest import PASSWORDS

    url = f"{server.url}/api/v1/odata/household.svc/Submissions"
    anonymous = requests.get(url)
    assert anonymous.status_code == 401 and "Basic" in anonymous.headers["www-authenticate"]
    said = anonymous.json()["error"]  # how to sign in, in OData's error format
    assert "user name and password" in said["message"] and said["code"]
    signed = requests.get(url, auth=("super_k", PASSWORDS["super_k"]))
    assert signed.status_code == 200 and len(signed.json()["value"]) == 3
    again = requests.get(url, auth=("super_k", PASSWORDS["super_k"]))
    assert again.status_code == 200
    wrong = requests.get(url, auth=("super_k", "not-the-password"))
    assert wrong.status_code == 401 and "www-authenticate" in wrong.headers
    with server.app.state.engine.begin() as conn:
        accounts.set_disabled(conn, "super_k", True)
    assert requests.get(url, auth=("super_k", PASSWORDS["super_k"])).status_code in (401, 403)


def test_top_zero_gives_a_count_and_no_endless_next_link(server, login, households):
    answer = requests.get(
        f"{server.url}/api/v1/odata/household.svc/Submissions",
        params={"$top": 0, "$count": "true"},
        headers={"authorization": f"Bearer {login('secretariat')}"},
    ).json()
    assert answer["value"] == [] and answer["@odata.count"] == 3
    assert "@odata.nextLink" not in answer


def test_a_server_told_its_names_refuses_any_other_host(server_settings, tmp_path):
    """OData's links are written from the Host a request names: a server told its names
    (--allowed-host) answers no other, so no link it writes points elsewhere."""
    from dataclasses import replace

    import requests

    from tests.central_server.conftest import LiveServer

    live = LiveServer(replace(server_settings, allowed_hosts=["127.0.0.1", "data.example.org"]))
    try:
        ok = requests.get(f"{live.url}/api/v1/ping", timeout=10)
        assert ok.status_code == 200
        named = requests.get(
            f"{live.url}/api/v1/ping", headers={"host": "data.example.org"}, timeout=10
        )
        assert named.status_code == 200
        spoofed = requests.get(
            f"{live.url}/api/v1/ping", headers={"host": "evil.example"}, timeout=10
        )
        assert spoofed.status_code == 400
    finally:
        live.stop()


def test_select_gives_only_the_properties_named_the_key_always(server, login, households):
    url = f"{server.url}/api/v1/odata/household.svc/Submissions"
    headers = {"authorization": f"Bearer {login('secretariat')}"}
    answer = requests.get(
        url, params={"$select": "survey_hh_size,__system_reviewState"}, headers=headers
    ).json()
    assert len(answer["value"]) == 3
    assert all(
        set(row) == {"__id", "survey_hh_size", "__system_reviewState"} for row in answer["value"]
    )
    unknown = requests.get(url, params={"$select": "survey_hh_size,nope"}, headers=headers)
    assert unknown.status_code == 400 and "nope" in unknown.json()["error"]["message"]
    everything = requests.get(url, params={"$select": "*"}, headers=headers).json()
    assert "survey_hh_size" in everything["value"][0] and "__system_site" in everything["value"][0]
