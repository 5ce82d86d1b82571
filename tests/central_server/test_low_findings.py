"""Issue 21, the low findings, each shut (on SQLite and PostgreSQL): decisions racing and
resent, decisions pulled by the enumerator they concern only, HEAD /submission as the POST
would be answered, a leaked phone key of a supervisor, a bundle's counts told to its own site,
terminal escapes in the review history, a phone's key kept out of the access log and its QR
code file private."""

import logging
import os
import subprocess
import sys
import threading
import uuid as uuidlib

import requests

from central_server import accounts
from central_server.app import HiddenPhoneKeys
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_api import envelopes, item, push, put_whole
from tests.central_server.test_hostile_review import api


def test_a_decision_sent_again_is_recorded_once(server, login):
    [e] = envelopes(1, seed=301)
    assert push(server, login("amina"), [item(e)]).ok
    path = f"/review/submissions/{e['uuid']}/decisions"
    body = {"decision": "returned", "comment": "the age of the head"}
    for _ in range(3):  # a desktop killed before it heard the answer sends it again
        assert api(server, login("super_k"), "POST", path, json=body).ok
    history = api(server, login("super_k"), "GET", f"/review/submissions/{e['uuid']}/history")
    assert len(history.json()["decisions"]) == 1
    body["comment"] = "and the household size"  # another decision is another
    assert api(server, login("super_k"), "POST", path, json=body).ok
    history = api(server, login("super_k"), "GET", f"/review/submissions/{e['uuid']}/history")
    assert len(history.json()["decisions"]) == 2


def test_a_site_decision_racing_the_final_approval_never_lands_after_it(server, login):
    secretariat, supervisor = login("secretariat"), login("super_k")
    subs = envelopes(15, seed=302)
    assert push(server, login("amina"), [item(e) for e in subs]).ok
    for e in subs:
        path = f"/review/submissions/{e['uuid']}/decisions"
        answers: dict[str, int] = {}

        def decide(token, decision, who, path=path, answers=answers):
            r = api(server, token, "POST", path, json={"decision": decision, "comment": "x"})
            answers[who] = r.status_code

        threads = [
            threading.Thread(target=decide, args=(secretariat, "approved", "secretariat")),
            threading.Thread(target=decide, args=(supervisor, "returned", "site")),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert answers["secretariat"] == 200 and answers["site"] in (200, 409)
        history = api(server, secretariat, "GET", f"/review/submissions/{e['uuid']}/history")
        levels = [d["level"] for d in history.json()["decisions"]]
        # the site's decision came first, or not at all: the final approval stands last
        assert levels[-1] == "secretariat", levels


def test_an_enumerator_pulls_only_decisions_on_their_own_submissions(server, login):
    mine, theirs = envelopes(2, seed=303)
    assert push(server, login("amina"), [item(mine)]).ok
    assert push(server, login("clerk_k"), [item(theirs)]).ok  # same site, another person
    for e in (mine, theirs):
        path = f"/review/submissions/{e['uuid']}/decisions"
        r = api(
            server, login("super_k"), "POST", path, json={"decision": "returned", "comment": "c"}
        )
        assert r.ok
    pulled = api(server, login("amina"), "GET", "/sync/pull").json()
    assert [d["uuid"] for d in pulled["decisions"]] == [mine["uuid"]]
    pulled = api(server, login("super_k"), "GET", "/sync/pull").json()
    assert {d["uuid"] for d in pulled["decisions"]} == {mine["uuid"], theirs["uuid"]}


def test_head_submission_answers_as_the_post_would(server, login):
    for name in ("secretariat", "admin"):
        r = requests.head(f"{server.url}/submission", auth=(name, PASSWORDS[name]))
        assert r.status_code == 403, name
    assert requests.head(f"{server.url}/submission", auth=("amina", PASSWORDS["amina"])).ok
    with server.app.state.engine.begin() as conn:
        token, device = accounts.collect_token(conn, "amina", "Phone 9")
    assert requests.head(f"{server.url}/key/{token}/submission").status_code == 204
    with server.app.state.engine.begin() as conn:
        accounts.revoke_device(conn, accounts.principal_of(conn, "admin"), device)
    r = requests.head(f"{server.url}/key/{token}/submission")  # at once, not a minute later
    assert r.status_code == 401


def test_a_supervisors_phone_key_rewrites_nothing_of_the_site(server, login, tmp_path):
    from central_server import published_forms
    from form_engine import load_xlsform
    from tests.openrosa.collect import Collect
    from tests.openrosa.conftest import card_form, filled

    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, card_form(tmp_path))
        phone, _ = accounts.collect_token(conn, "super_k", "Supervisor's phone")
    form = load_xlsform(tmp_path / "card_photos.xlsx")
    original = str(uuidlib.uuid4())
    amina = Collect(server.url, "amina", PASSWORDS["amina"])
    assert [a.status_code for a in amina.submit(filled(form, "", "", instance=original), {})] == [
        201
    ]
    leaked = Collect(f"{server.url}/key/{phone}")
    edit = filled(form, "", "", instance=str(uuidlib.uuid4()), deprecated=original, camp="k2")
    assert leaked.submit(edit, {})[-1].status_code == 400
    again = filled(form, "", "", instance=original, camp="k2")  # the same id, other answers
    assert leaked.submit(again, {})[-1].status_code in (400, 409)
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM revisions").scalar_one() == 1
    own = str(uuidlib.uuid4())  # the supervisor's own submission from that phone: taken
    assert leaked.submit(filled(form, "", "", instance=own), {})[-1].status_code == 201


def test_a_bundles_counts_are_told_to_its_own_site_only(server, login):
    import hashlib

    from sync_protocol.bundles import seal, token_hash

    data = seal(token_hash(login("amina")), [item(e) for e in envelopes(2, seed=304)], {})
    sha = hashlib.sha256(data).hexdigest()
    r = put_whole(server, login("clerk_k"), "bundles", data)
    assert r.json()["counts"] == {"stored": 2}
    koboko = api(server, login("super_k"), "GET", f"/bundles/{sha}").json()
    kakuma = api(server, login("clerk_a"), "GET", f"/bundles/{sha}").json()
    assert koboko["imported"] and koboko["counts"] == {"stored": 2}
    assert kakuma["imported"] and kakuma["counts"] == {}


def test_review_history_prints_no_terminal_escapes(server, login):
    [e] = envelopes(1, seed=305)
    assert push(server, login("amina"), [item(e)]).ok
    comment = "fix this \x1b]0;owned\x07\x1b[2J\x1b[31mred"
    path = f"/review/submissions/{e['uuid']}/decisions"
    assert api(
        server, login("super_k"), "POST", path, json={"decision": "returned", "comment": comment}
    ).ok
    printed = subprocess.run(
        [sys.executable, "-m", "central_server.cli", "--db", str(server.app.state.engine.url),
         "review", "history", e["uuid"], "--as", "super_k"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "\x1b" not in printed and "\x07" not in printed
    assert "fix this \\x1b]0;owned\\x07\\x1b[2J\\x1b[31mred" in printed


def test_a_phones_key_never_reaches_the_access_log(server, tmp_path, caplog):
    with server.app.state.engine.begin() as conn:
        token, _ = accounts.collect_token(conn, "amina", "Phone 10")
    record = logging.LogRecord(
        "uvicorn.access", logging.INFO, "", 0, '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", f"/key/{token}/formList?x=1", "1.1", 200), None,
    )  # fmt: skip
    assert HiddenPhoneKeys().filter(record)
    assert token not in record.getMessage() and "/key/…/formList" in record.getMessage()
    assert any(isinstance(f, HiddenPhoneKeys) for f in logging.getLogger("uvicorn.access").filters)
    qr = tmp_path / "phone.png"
    qr.write_bytes(b"")
    os.chmod(qr, 0o644)
    subprocess.run(
        [sys.executable, "-m", "central_server.cli", "--db", str(server.app.state.engine.url),
         "collect", "add", "amina", "--url", "https://example.org", "--qr", str(qr)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert qr.stat().st_mode & 0o077 == 0 and qr.read_bytes().startswith(b"\x89PNG")


def test_an_approved_conflict_reaches_the_data(server, login, tmp_path):
    from central_server.merged import exporting

    [e] = envelopes(1, seed=306)
    assert push(server, login("amina"), [item(e)]).ok
    data = dict(e["data"])
    first = {**item(e, revision=2, parent=1, data={**data, "note_a": 1})}
    second = {**item(e, revision=3, parent=1, data={**data, "note_b": 2})}
    answers = push(server, login("amina"), [first, second]).json()["results"]
    assert [a["status"] for a in answers][-1] == "conflict"
    server.checked()

    def exported() -> list[str]:
        with server.app.state.engine.connect() as conn:
            src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "population")
            return [m["_uuid"] for m, _ in exporting.submissions_of(conn, src)]

    assert exported() == []  # two versions of it: a reviewer chooses first
    path = f"/review/submissions/{e['uuid']}/decisions"
    assert api(server, login("super_k"), "POST", path, json={"decision": "approved"}).ok
    assert exported() == [e["uuid"]]


def test_an_unknown_client_declaring_a_body_it_never_sends_is_answered_in_seconds(server):
    import socket
    import time

    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as s:
        s.sendall(
            b"POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n"
        )
        began = time.monotonic()
        answer = s.recv(4096)
    assert answer.startswith(b"HTTP/1.1 401") and time.monotonic() - began < 15
