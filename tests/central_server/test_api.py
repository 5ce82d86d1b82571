"""The server's HTTP API on 127.0.0.1: login, push, duplicates, revisions, conflicts,
rejections with reasons, attachments, pull, and clear refusals that store nothing."""

import gzip
import hashlib
import json
from datetime import UTC, datetime

import requests

from form_engine import load_xlsform
from form_engine.fill import random_submissions
from tests.conftest import REPO

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
POPULATION = load_xlsform(REPO / "forms/population.xlsx")


def item(envelope, *, revision=1, parent=None, data=None):
    text = json.dumps(data or envelope["data"], ensure_ascii=False, separators=(",", ":"))
    return {
        "uuid": envelope["uuid"],
        "form_id": envelope["form_id"],
        "form_version": envelope["form_version"],
        "revision": revision,
        "parent_revision": parent,
        "json_text": text,
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
    }


def push(server, token, items, *, compress=True):
    body = json.dumps({"items": items}).encode()
    headers = {"authorization": f"Bearer {token}", "content-type": "application/json"}
    if compress:
        body = gzip.compress(body)
        headers["content-encoding"] = "gzip"
    return requests.post(f"{server.url}/api/v1/sync/push", data=body, headers=headers)


def put_whole(server, token, kind: str, content: bytes, *, size: int | None = None):
    """``content`` as one chunk of an upload (``kind``: attachments or bundles), named by its
    SHA-256; ``size``: the size declared (another than the content's: never finished)."""
    sha = hashlib.sha256(content).hexdigest()
    return requests.put(
        f"{server.url}/api/v1/{kind}/{sha}",
        params={"offset": 0, "size": size or len(content)},
        data=content,
        headers={"authorization": f"Bearer {token}"},
    )


def envelopes(n, seed=1):
    return list(random_submissions(POPULATION, n, seed=seed, now=NOW))


def test_a_batch_is_stored_once_and_acknowledged_item_by_item(server, login):
    token = login("amina")
    subs = envelopes(3)
    r = push(server, token, [item(e) for e in subs])
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["daftari"] == "daftari-sync/1"
    assert [x["status"] for x in answer["results"]] == ["stored"] * 3
    again = push(server, token, [item(e) for e in subs]).json()
    assert [x["status"] for x in again["results"]] == ["duplicate"] * 3
    stats = requests.get(
        f"{server.url}/api/v1/stats", headers={"authorization": f"Bearer {login('super_k')}"}
    ).json()
    assert stats["rows"] == [
        {
            "site": "Koboko",
            "form_id": "population",
            "form_version": "2026120101",
            "status": "received",
            "count": 3,
        }
    ]


def test_an_invalid_submission_is_acknowledged_then_rejected_and_sent_back(server, login):
    """A bulk push is answered once durable; the check against the form follows, and an
    invalid submission comes back to its sender at the next pull, with its reasons."""
    [e] = envelopes(1, seed=4)
    e["data"]["dwellings/n_dwellings"] = -5
    token = login("amina")
    cursor = requests.get(
        f"{server.url}/api/v1/sync/pull", headers={"authorization": f"Bearer {token}"}
    ).json()["cursor"]
    result = push(server, token, [item(e)]).json()["results"][0]
    assert result["status"] == "stored"
    server.checked()
    read = requests.get(
        f"{server.url}/api/v1/submissions/{e['uuid']}",
        headers={"authorization": f"Bearer {login('clerk_k')}"},
    ).json()
    assert read["status"] == "rejected"
    assert any("n_dwellings" in reason for reason in read["reasons"])
    pulled = requests.get(
        f"{server.url}/api/v1/sync/pull",
        params={"cursor": cursor},
        headers={"authorization": f"Bearer {token}"},
    ).json()
    [returned] = pulled["decisions"]
    assert returned["uuid"] == e["uuid"] and returned["decision"] == "returned"
    assert returned["by"] == "server checks" and "n_dwellings" in returned["comment"]
    # Kakuma's enumerator is not told about Koboko's submission
    other = requests.get(
        f"{server.url}/api/v1/sync/pull",
        params={"cursor": cursor},
        headers={"authorization": f"Bearer {login('baraka')}"},
    ).json()
    assert other["decisions"] == []


def test_a_small_sync_gets_the_verdict_in_its_answer(server, login):
    """The exchange (a day's sync: one request) checks before answering: rejected, with why."""
    [e] = envelopes(1, seed=4)
    e["data"]["dwellings/n_dwellings"] = -5
    r = requests.post(
        f"{server.url}/api/v1/sync/exchange",
        json={"items": [item(e)], "cursor": 0},
        headers={"authorization": f"Bearer {login('amina')}"},
    )
    result = r.json()["results"][0]
    assert result["status"] == "rejected"
    assert any("n_dwellings" in reason for reason in result["reasons"])
    read = requests.get(
        f"{server.url}/api/v1/submissions/{e['uuid']}",
        headers={"authorization": f"Bearer {login('clerk_k')}"},
    ).json()
    assert read["status"] == "rejected" and read["reasons"] == result["reasons"]


def test_a_new_revision_is_stored_and_two_from_one_parent_are_a_conflict(server, login):
    [e] = envelopes(1, seed=5)
    token = login("amina")
    assert push(server, token, [item(e)]).json()["results"][0]["status"] == "stored"
    second = dict(e["data"], comments="recounted")
    assert (
        push(server, token, [item(e, revision=2, parent=1, data=second)]).json()["results"][0][
            "status"
        ]
        == "stored"
    )
    third = dict(e["data"], comments="recounted differently")
    result = push(server, token, [item(e, revision=3, parent=1, data=third)]).json()["results"][0]
    assert result["status"] == "conflict" and "revision 2" in result["reasons"][0]
    # the same revision number with other bytes is a conflict too, never an overwrite
    fourth = dict(e["data"], comments="a fourth version")
    other = push(server, token, [item(e, revision=2, parent=1, data=fourth)]).json()["results"][0]
    assert other["status"] == "conflict"
    read = requests.get(
        f"{server.url}/api/v1/submissions/{e['uuid']}",
        headers={"authorization": f"Bearer {login('clerk_k')}"},
    ).json()
    assert read["status"] == "conflict" and read["revision"] == 4  # kept beside, as revision 4


def test_attachments_upload_in_chunks_and_resume_where_they_stopped(server, login):
    token = login("amina")
    headers = {"authorization": f"Bearer {token}"}
    content = bytes(range(256)) * 4000  # 1,024,000 bytes
    sha = hashlib.sha256(content).hexdigest()
    url = f"{server.url}/api/v1/attachments/{sha}"
    r = requests.put(
        url, params={"offset": 0, "size": len(content)}, data=content[:300_000], headers=headers
    )
    assert r.json() == {
        "daftari": "daftari-sync/1",
        "sha256": sha,
        "received": 300_000,
        "complete": False,
    }
    # a retry of an old chunk is told where to resume
    r = requests.put(
        url, params={"offset": 0, "size": len(content)}, data=content[:300_000], headers=headers
    )
    assert r.status_code == 409 and "300000" in r.json()["detail"]
    assert requests.get(url, headers=headers).json()["received"] == 300_000
    r = requests.put(
        url,
        params={"offset": 300_000, "size": len(content)},
        data=content[300_000:],
        headers=headers,
    )
    assert r.json()["complete"] is True
    bad = b"not what the name says"
    r = requests.put(
        f"{server.url}/api/v1/attachments/{'0' * 64}",
        params={"offset": 0, "size": len(bad)},
        data=bad,
        headers=headers,
    )
    assert r.status_code == 422 and r.json()["code"] == "hash_mismatch"


def test_pull_gives_form_versions_since_the_cursor(server, login):
    headers = {"authorization": f"Bearer {login('amina')}"}
    first = requests.get(
        f"{server.url}/api/v1/sync/pull", params={"cursor": 0}, headers=headers
    ).json()
    assert {f["form_id"] for f in first["form_versions"]} == {"population", "household"}
    again = requests.get(
        f"{server.url}/api/v1/sync/pull", params={"cursor": first["cursor"]}, headers=headers
    ).json()
    assert again["form_versions"] == [] and again["cursor"] == first["cursor"]
    xlsx = requests.get(f"{server.url}/api/v1/forms/population/2026120101/xlsform", headers=headers)
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"


def test_malformed_oversized_unauthenticated_and_unknown_requests_get_clear_4xx(
    server, login, server_settings
):
    token = login("amina")
    url = f"{server.url}/api/v1/sync/push"
    auth = {"authorization": f"Bearer {token}"}
    cases = [
        requests.post(url, json={"items": []}),  # no token
        requests.post(url, json={"items": []}, headers={"authorization": "Bearer forged"}),
        requests.post(url, data=b"{not json", headers={**auth, "content-type": "application/json"}),
        requests.post(url, json={"items": "x"}, headers=auth),
        requests.post(url, data=b"\x00" * (server_settings.max_body_bytes + 10), headers=auth),
        requests.post(
            url,
            data=gzip.compress(b" " * (server_settings.max_inflated_bytes + 10)),
            headers={**auth, "content-encoding": "gzip", "content-type": "application/json"},
        ),
        requests.post(url, data=b"plain text", headers={**auth, "content-encoding": "gzip"}),
    ]
    assert [c.status_code for c in cases] == [401, 401, 400, 422, 413, 413, 400]
    for c in cases:
        body = c.json()
        assert body["daftari"] == "daftari-sync/1" and body["detail"], body
    # an item the server cannot read is answered on its own, with where it is wrong
    (unread,) = requests.post(url, json={"items": [{"uuid": "x"}]}, headers=auth).json()["results"]
    assert unread["status"] == "rejected" and "form_id" in unread["reasons"][0]
    [e] = envelopes(1, seed=9)
    e["form_version"] = "1999"
    result = push(server, token, [item(e)]).json()["results"][0]
    assert result["status"] == "rejected" and "not published" in result["reasons"][0]
    # and the server keeps serving
    assert requests.get(f"{server.url}/api/v1/ping").json() == {"daftari": "daftari-sync/1"}


def test_login_is_rate_limited_and_tokens_can_be_revoked(server, login, server_settings):
    url = f"{server.url}/api/v1/auth/login"
    for _ in range(server_settings.login_attempts):
        assert (
            requests.post(url, json={"username": "baraka", "password": "guess-guess"}).status_code
            == 401
        )
    r = requests.post(url, json={"username": "baraka", "password": "kakuma-enum-1"})
    assert r.status_code == 429 and "wait" in r.json()["detail"]
    token = login("amina")
    headers = {"authorization": f"Bearer {token}"}
    devices = requests.get(f"{server.url}/api/v1/auth/devices", headers=headers).json()["devices"]
    assert len(devices) == 1 and not devices[0]["revoked"]
    assert (
        requests.delete(
            f"{server.url}/api/v1/auth/devices/{devices[0]['id']}", headers=headers
        ).status_code
        == 200
    )
    assert requests.get(f"{server.url}/api/v1/auth/devices", headers=headers).status_code == 401


def test_the_published_openapi_schema_is_the_servers():
    from scripts.openapi import OUT, schema

    assert OUT.read_text(encoding="utf-8") == schema(), "run 'make openapi'"


def test_an_openrosa_client_submits_xml_as_collect_does(server, login):
    from form_engine.submission import json_to_xml

    headers = {"authorization": f"Bearer {login('amina')}"}
    head = requests.head(f"{server.url}/submission", headers=headers)
    assert head.status_code == 204 and head.headers["X-OpenRosa-Version"] == "1.0"
    [e] = envelopes(1, seed=41)
    xml = json_to_xml(POPULATION, e["data"])
    files = {"xml_submission_file": ("submission.xml", xml.encode(), "text/xml")}
    r = requests.post(f"{server.url}/submission", files=files, headers=headers)
    assert r.status_code == 201 and "OpenRosaResponse" in r.text
    again = requests.post(f"{server.url}/submission", files=files, headers=headers)
    assert again.status_code == 202  # the same bytes again: harmless
    other = json_to_xml(POPULATION, {**e["data"], "zone": "another zone"}).encode()
    conflict = requests.post(
        f"{server.url}/submission",
        headers=headers,
        files={"xml_submission_file": ("s.xml", other, "text/xml")},
    )
    assert conflict.status_code == 409  # the same instanceID with other bytes
    read = requests.get(
        f"{server.url}/api/v1/submissions/{e['uuid']}",
        headers={"authorization": f"Bearer {login('clerk_k')}"},
    ).json()
    assert read["status"] == "conflict"  # both kept; a clerk decides


def test_requests_stored_together_keep_each_sender_and_site_apart(server, login):
    """The writer stores the requests that arrive together in one go: the same new uuid from
    Koboko and then from Kakuma in one group stays Koboko's, and each sender gets the answers
    to its own items."""
    from central_server import accounts
    from central_server.db import reading, writing
    from central_server.intake import ingest
    from sync_protocol import PushItem

    engine = server.app.state.engine
    tokens = login("amina"), login("baraka")
    with reading(engine) as conn:
        amina, baraka = (accounts.find_principal(conn, t)[0] for t in tokens)
    first, second = envelopes(2, seed=31)
    theirs = dict(first["data"], comments="someone else's")
    with writing(engine) as conn:
        results = ingest.store(
            conn,
            [
                ingest.Sent(amina, PushItem(**item(first)), []),
                ingest.Sent(baraka, PushItem(**item(first, data=theirs)), []),
                ingest.Sent(amina, PushItem(**item(second)), []),
            ],
            False,
        )
    assert [r.status for r in results] == ["stored", "rejected", "stored"]
    assert "cannot change" in results[1].reasons[0]
    read = requests.get(
        f"{server.url}/api/v1/submissions/{first['uuid']}",
        headers={"authorization": f"Bearer {login('secretariat')}"},
    ).json()
    assert read["revision"] == 1 and read["enumerator"] == "amina" and read["site"] == "Koboko"


def test_a_revoked_device_or_disabled_account_stores_nothing_at_once(server, login):
    """Submissions and pushes may use the token's principal of the last minute (a database
    round trip less per submission); the writer checks the device again in the transaction
    that would store, so a revoked device or a disabled account stores nothing, at once."""
    from central_server import accounts
    from form_engine.submission import json_to_xml

    def openrosa(token, e):
        xml = json_to_xml(POPULATION, e["data"]).encode()
        return requests.post(
            f"{server.url}/submission",
            files={"xml_submission_file": ("submission.xml", xml, "text/xml")},
            headers={"authorization": f"Bearer {token}"},
        )

    subs = envelopes(6, seed=57)
    token = login("amina")
    assert openrosa(token, subs[0]).status_code == 201  # the principal is remembered now
    assert push(server, token, [item(subs[1])]).status_code == 200
    headers = {"authorization": f"Bearer {token}"}
    [device] = requests.get(f"{server.url}/api/v1/auth/devices", headers=headers).json()["devices"]
    assert requests.delete(f"{server.url}/api/v1/auth/devices/{device['id']}", headers=headers).ok
    late = openrosa(token, subs[2])
    assert late.status_code == 401, late.text
    assert push(server, token, [item(subs[3])]).status_code == 401

    other = login("clerk_k")
    assert openrosa(other, subs[4]).status_code == 201
    with server.app.state.engine.begin() as conn:
        accounts.set_disabled(conn, "clerk_k", True)
    assert openrosa(other, subs[5]).status_code == 401
    with server.app.state.engine.connect() as c:
        stored = {r[0] for r in c.exec_driver_sql("SELECT uuid FROM submissions")}
    assert stored == {subs[0]["uuid"], subs[1]["uuid"], subs[4]["uuid"]}
