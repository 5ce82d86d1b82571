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
    huge_number = b'{"items":[],"x":' + b"9" * 5000 + b"}"
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
