"""Issue 21: a small bundle that unpacks to a flood of items — a quarter of a MB that held
SQLite's write lock for minutes while each item was refused inside the transaction — is
refused whole with its reason before any transaction, while the server keeps storing other
devices' submissions; on SQLite and PostgreSQL, at the server and carried by an office."""

import hashlib
import json
import threading
import time

import pytest
import requests

from central_server.intake import bundles
from sync_protocol import bundles as bundle_format
from sync_protocol.bundles import BadBundle, token_hash
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_api import envelopes, item, push, put_whole
from tests.openrosa.test_hostile_openrosa import sealed_raw


def _flood(hashed: str, n: int) -> bytes:
    one = json.dumps(
        {
            "uuid": "0" * 36,
            "form_id": "population",
            "form_version": "x",
            "revision": 1,
            "json_text": "{}",
            "sha256": "0" * 64,
        }
    ).encode()
    return sealed_raw(hashed, b'{"items":[' + b",".join([one] * n) + b"]}")


def test_a_flood_of_items_is_refused_whole_before_any_transaction(server, login):
    hashed = token_hash(login("amina"))
    bomb = _flood(hashed, 200_000)
    assert len(bomb) < 300_000  # what fits on anything
    writing = []
    started = threading.Event()

    def enumerator() -> None:  # another device syncing meanwhile
        token = login("baraka")
        for sub in envelopes(20, seed=5):
            started.set()
            began = time.monotonic()
            assert push(server, token, [item(sub)]).status_code == 200
            writing.append(time.monotonic() - began)

    other = threading.Thread(target=enumerator)
    other.start()
    started.wait(10)
    began = time.monotonic()
    with pytest.raises(BadBundle, match="more than 5000 submissions"):
        bundles.import_bundle(server.app.state.engine, bomb)
    refused_in = time.monotonic() - began
    other.join()
    assert refused_in < 30  # seconds, on a busy machine; it was minutes
    with server.app.state.engine.connect() as c:
        kept = c.exec_driver_sql(
            "SELECT count(*) FROM submissions s JOIN users u ON u.name = s.enumerator "
            "WHERE u.name = 'amina'"
        ).scalar_one()
    assert kept == 0
    assert writing and max(writing) < 10  # the other device was never held up for long


def test_answers_past_the_bound_are_refused_too(server, login, monkeypatch):
    monkeypatch.setattr(bundle_format, "MOST_ITEM_BYTES", 100_000)
    hashed = token_hash(login("amina"))
    big = [{**item(e), "json_text": json.dumps({"x": "y" * 30_000})} for e in envelopes(5)]
    with pytest.raises(BadBundle, match="export them in several bundles"):
        bundle_format.seal(hashed, big, {})
    bomb = sealed_raw(hashed, json.dumps({"items": big}).encode())
    with pytest.raises(BadBundle, match="MiB of answers"):
        bundles.import_bundle(server.app.state.engine, bomb)


def test_a_carried_flood_is_refused_and_frees_its_slot(server, login):
    bomb = _flood(token_hash(login("amina")), 200_000)
    r = put_whole(server, login("clerk_k"), "bundles", bomb)
    assert r.status_code == 422 and r.json()["code"] == "bad_bundle"
    assert "more than 5000 submissions" in r.json()["detail"]
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM bundle_parts").scalar_one() == 0
        assert c.exec_driver_sql("SELECT count(*) FROM bundle_imports").scalar_one() == 0


def test_a_bundle_with_an_empty_file_keeps_no_slot(server, login):
    empty = hashlib.sha256(b"").hexdigest()
    data = bundle_format.seal(
        token_hash(login("amina")), [item(e) for e in envelopes(2, seed=8)], {empty: b""}
    )
    r = put_whole(server, login("clerk_k"), "bundles", data)
    assert r.status_code == 200, r.text
    assert r.json()["counts"] == {"stored": 2}
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM bundle_parts").scalar_one() == 0


def test_the_same_bundle_carried_by_six_at_once_is_imported_once(server, login):
    data = bundle_format.seal(
        token_hash(login("amina")), [item(e) for e in envelopes(20, seed=9)], {}
    )
    carriers = [  # six office computers, each its own device
        requests.post(
            f"{server.url}/api/v1/auth/login",
            json={"username": name, "password": PASSWORDS[name], "device_label": f"office {i}"},
        ).json()["token"]
        for i, name in enumerate(["clerk_k", "super_k"] * 3)  # Koboko offices
    ]
    answers: list[requests.Response] = []

    def carry(token: str) -> None:
        answers.append(put_whole(server, token, "bundles", data))

    threads = [threading.Thread(target=carry, args=(token,)) for token in carriers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.status_code for r in answers) == [200] * 6, [r.text for r in answers]
    assert {json.dumps(r.json()["counts"]) for r in answers} == {json.dumps({"stored": 20})}
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM submissions").scalar_one() == 20


def test_a_flood_of_empty_lists_or_numbers_is_refused_before_parsing(server, login):
    """Found by the outside review: items counted as objects only, a bundle of 117 KB of
    nested empty lists took the server to 3.3 GB while parsing."""
    import tracemalloc

    hashed = token_hash(login("amina"))
    for body in (
        b'{"items":[[' + b"[]," * 3_000_000 + b'[]]],"files":{}}',
        b'{"items":[[' + b"1," * 3_000_000 + b'1]],"files":{}}',
    ):
        bomb = sealed_raw(hashed, body)
        assert len(bomb) < 200_000
        tracemalloc.start()
        try:
            with pytest.raises(BadBundle, match="values"):
                bundles.import_bundle(server.app.state.engine, bomb)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < 64 * 1024 * 1024, f"{peak // 2**20} MiB"
