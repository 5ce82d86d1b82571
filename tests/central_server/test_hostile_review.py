"""From an outside attack on the review, OData and form-file endpoints (on SQLite and
PostgreSQL): each finding, refused as it should be."""

import base64
import hashlib
import json

import requests

from central_server import accounts, review
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_api import envelopes, item, push


def api(server, token, method, path, **kw):
    return requests.request(
        method, f"{server.url}/api/v1{path}", headers={"authorization": f"Bearer {token}"}, **kw
    )


def test_half_a_character_is_refused_everywhere_and_breaks_nothing(server, login):
    token = login("amina")
    [e] = envelopes(1, seed=91)
    assert push(server, token, [item(e)]).ok
    supervisor = login("super_k")
    body = (
        '{"decision": "returned", "comment": "ok", "answers": {"dwellings/n_dwellings": "\\ud800"}}'
    )
    bad = requests.post(
        f"{server.url}/api/v1/review/submissions/{e['uuid']}/decisions",
        data=body,
        headers={"authorization": f"Bearer {supervisor}", "content-type": "application/json"},
    )
    assert bad.status_code == 422
    assert api(server, token, "GET", "/sync/pull").status_code == 200
    assert api(server, supervisor, "GET", f"/review/submissions/{e['uuid']}/history").ok
    # an answer with half a character: that item is refused, with its reason
    [f] = envelopes(1, seed=92)
    text = json.dumps(f["data"])[:-1] + ', "dwellings/area_note": "\\ud800"}'
    broken = {**item(f), "json_text": text, "sha256": hashlib.sha256(text.encode()).hexdigest()}
    [result] = push(server, token, [broken]).json()["results"]
    assert result["status"] == "rejected" and "not valid Unicode" in result["reasons"][0]


def test_what_the_checks_refused_is_never_approved_nor_exported(server, login):
    [e] = envelopes(1, seed=93)
    e["data"]["dwellings/n_dwellings"] = -5
    assert push(server, login("amina"), [item(e)]).ok
    server.checked()
    for who in ("super_k", "secretariat"):
        r = api(
            server,
            login(who),
            "POST",
            f"/review/submissions/{e['uuid']}/decisions",
            json={"decision": "approved"},
        )
        assert r.status_code == 409 and "only be sent back" in r.json()["detail"]
    feed = api(server, login("secretariat"), "GET", "/odata/population.svc/Submissions").json()
    assert e["uuid"] not in {row["__id"] for row in feed["value"]}


def test_a_site_does_not_undo_the_secretariat_on_the_same_revision(server, login):
    [e] = envelopes(1, seed=94)
    assert push(server, login("amina"), [item(e)]).ok
    path = f"/review/submissions/{e['uuid']}/decisions"
    assert api(
        server, login("secretariat"), "POST", path, json={"decision": "returned", "comment": "x"}
    ).ok
    undo = api(server, login("super_k"), "POST", path, json={"decision": "approved"})
    assert undo.status_code == 409


def test_a_comment_names_a_real_answer_and_a_revision_is_a_number(server, login):
    [e] = envelopes(1, seed=95)
    assert push(server, login("amina"), [item(e)]).ok
    path = f"/review/submissions/{e['uuid']}/decisions"
    supervisor = login("super_k")
    for answer in (
        "//dwellings/n_dwellings//",
        "dwellings/n_dwellings[2]",
        "dwellings[1]/n_dwellings",
    ):
        r = api(
            server,
            supervisor,
            "POST",
            path,
            json={"decision": "returned", "answers": {answer: "?"}},
        )
        assert r.status_code == 422, answer
    for revision in ("1", 1.0, True):
        r = api(
            server, supervisor, "POST", path, json={"decision": "approved", "revision": revision}
        )
        assert r.status_code == 422, revision


def test_a_nul_in_an_address_is_a_bad_request_not_a_server_error(server, login):
    token = login("secretariat")
    for path in (
        "/review/submissions?since=%00",
        "/review/submissions/%00/history",
        "/odata/%00.svc/Submissions",
        "/forms/household/%00/files/x",
        "/submissions/%00",
    ):
        assert api(server, token, "GET", path).status_code == 400, path
    basic = base64.b64encode(b"secretariat\x00:x").decode()
    r = requests.get(
        f"{server.url}/api/v1/odata/population.svc/Submissions",
        headers={"authorization": f"Basic {basic}"},
    )
    assert r.status_code == 401


def test_a_new_password_ends_a_kept_sign_in_at_once(server):
    url = f"{server.url}/api/v1/odata/population.svc/Submissions"
    assert requests.get(url, auth=("super_k", PASSWORDS["super_k"])).ok
    with server.app.state.engine.begin() as conn:
        accounts.set_password(conn, "super_k", "a-new-password-77", memory_kib=1024)
    assert requests.get(url, auth=("super_k", PASSWORDS["super_k"])).status_code == 401
    assert requests.get(url, auth=("super_k", "a-new-password-77")).ok


def test_odata_says_what_it_does_not_offer(server, login):
    token = login("secretariat")
    base = "/odata/population.svc/Submissions"
    assert api(server, token, "GET", base, params={"$orderby": "__id"}).status_code == 501
    counted = api(server, token, "GET", base, params={"$count": "TRUE"}).json()
    assert "@odata.count" in counted
    assert review.STATES  # the states the docs list
