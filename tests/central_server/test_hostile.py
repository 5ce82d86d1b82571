"""The server under hostile requests: memory stays bounded before anyone has logged in, and a
request that could not be a real one is refused before it is parsed."""

import gzip
import json
import tracemalloc

import requests

from central_server.gate import MAX_DEPTH, json_problem


def bomb(inflated: int) -> bytes:
    """A small gzip body that inflates to ``inflated`` bytes of JSON: {"items":[],"junk":[0,…]}"""
    zeros = b"0," * (inflated // 2)
    return gzip.compress(b'{"items":[],"junk":[' + zeros + b"0]}", compresslevel=9)


def peak_while(send) -> tuple[int, requests.Response]:
    """The peak of Python memory allocated in this process (the server runs in a thread of it)
    while one request is answered."""
    tracemalloc.start()
    try:
        answer = send()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, answer


def test_a_gzip_bomb_without_a_login_costs_the_server_almost_nothing(server):
    body = bomb(64 * 1024 * 1024)
    assert len(body) < 100_000
    headers = {"content-encoding": "gzip", "content-type": "application/json"}
    for path in ("/api/v1/sync/push", "/api/v1/auth/login", "/submission"):
        peak, answer = peak_while(
            lambda path=path: requests.post(f"{server.url}{path}", data=body, headers=headers)
        )
        assert answer.status_code in (401, 413), (path, answer.status_code)
        assert answer.json()["daftari"] == "daftari-sync/1"
        assert peak < 4 * 1024 * 1024, f"{path}: {peak // 1024} KiB before any login"


def test_a_forged_token_is_refused_before_the_body_is_read(server):
    body = bomb(64 * 1024 * 1024)
    peak, answer = peak_while(
        lambda: requests.post(
            f"{server.url}/api/v1/sync/push",
            data=body,
            headers={
                "authorization": "Bearer forged",
                "content-encoding": "gzip",
                "content-type": "application/json",
            },
        )
    )
    assert answer.status_code == 401 and peak < 4 * 1024 * 1024


def test_json_that_no_real_request_holds_is_refused_before_parsing(server, login):
    auth = {"authorization": f"Bearer {login('amina')}", "content-type": "application/json"}
    url = f"{server.url}/api/v1/sync/push"
    deep = b'{"items":[],"x":' + b"[" * 5000 + b"]" * 5000 + b"}"
    huge_number = b'{"items":[],"x":' + b"9" * 20_000 + b"}"
    many = b'{"items":[],"x":[' + b"[]," * 1_100_000 + b"[]]}"
    for body, words in ((deep, "nested"), (huge_number, "digits"), (many, "values")):
        answer = requests.post(url, data=body, headers=auth)
        assert answer.status_code == 400 and words in answer.json()["detail"], answer.text
    # an unknown field is refused too, with where it is
    answer = requests.post(url, data=json.dumps({"items": [], "junk": 1}), headers=auth)
    assert answer.status_code == 422 and "junk" in answer.json()["detail"]
    assert requests.get(f"{server.url}/api/v1/ping").status_code == 200


def test_the_json_check_passes_what_a_real_batch_holds():
    submission = json.dumps({"name": "Amina, Baraka", "n": [1, 2, 3], "text": "[[[[{{{"})
    batch = {"items": [{"json_text": submission, "attachments": []} for _ in range(500)]}
    assert json_problem(json.dumps(batch).encode()) == ""
    assert "nested" in json_problem(b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1))


def batch_of(n, seed):
    from tests.central_server.test_api import envelopes, item

    return [item(e) for e in envelopes(n, seed=seed)]


def test_one_malformed_item_is_rejected_and_its_neighbours_are_stored(server, login):
    token = login("amina")
    good = batch_of(2, seed=31)
    bad_items = []
    for change in (
        {"revision": 2**70},
        {"revision": 2**31},
        {"revision": "__5000_DIGITS__"},
        {"uuid": "bad\x00uuid"},
        {"form_version": "2026\x00"},
        {"created_at": "2026\x00-01"},
        {"json_text": "[" * 100_000 + "]" * 100_000},
        {"json_text": '{"zone": ' + "7" * 5000 + "}"},
        {"unknown_field": 1},
    ):
        bad_items.append({**batch_of(1, seed=40 + len(bad_items))[0], **change})
    body = json.dumps({"items": [good[0], *bad_items, good[1]]})
    body = body.replace('"__5000_DIGITS__"', "9" * 5000)  # a number Python cannot even write

    def send() -> list[dict]:
        return requests.post(
            f"{server.url}/api/v1/sync/push",
            data=body,
            headers={"authorization": f"Bearer {token}", "content-type": "application/json"},
        ).json()["results"]

    results = send()
    assert [r["status"] for r in results] == ["stored"] + ["rejected"] * len(bad_items) + ["stored"]
    assert all(r["reasons"] for r in results[1:-1])
    # the neighbours are stored, and a retry of the same batch is answered the same way
    again = send()
    assert [r["status"] for r in again] == ["duplicate"] + ["rejected"] * len(bad_items) + [
        "duplicate"
    ]


def test_the_same_batch_twice_at_once_is_stored_once_and_no_answer_is_logged(server, login, caplog):
    import logging
    from concurrent.futures import ThreadPoolExecutor

    from tests.central_server.test_api import push

    token = login("amina")
    items = batch_of(20, seed=51)
    names = [json.loads(i["json_text"]).get("area/team_leader") for i in items]
    with caplog.at_level(logging.DEBUG), ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda _: push(server, token, items), range(6)))
    assert [a.status_code for a in answers] == [200] * 6
    for i in range(len(items)):
        statuses = sorted(a.json()["results"][i]["status"] for a in answers)
        assert statuses == ["duplicate"] * 5 + ["stored"], statuses
    logged = caplog.text
    assert not [n for n in names if n and n in logged], "an answer reached the log"
    with server.app.state.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT count(*) FROM revisions").scalar_one()
    assert rows == len(items)


def test_a_sender_cannot_add_to_a_submission_made_by_someone_else(server, login):
    from tests.central_server.test_api import push

    mine = batch_of(1, seed=61)[0]
    assert push(server, login("amina"), [mine]).json()["results"][0]["status"] == "stored"
    from tests.central_server.test_api import envelopes, item

    e = envelopes(1, seed=61)[0]
    data = {**e["data"], "zone": "Z9"}
    second = item(e, revision=2, parent=1, data=data)
    # another site: refused, in words that do not say the id exists there
    other = push(server, login("baraka"), [second]).json()["results"][0]
    assert other["status"] == "rejected" and "another site" not in other["reasons"][0]
    # the same site, a supervisor may correct it; the enumerator's own new revision is stored
    assert push(server, login("amina"), [second]).json()["results"][0]["status"] == "stored"
