"""A carried bundle's upload at its edges (issue 24's mutation run, bench/mutation.py): its
name, its declared size, a chunk past it, a size changed midway, two computers carrying the
same bundle, how many a computer may carry at once, and what an import answers to whom."""

import hashlib
import json
import os

import requests
from sqlalchemy import func, select

from central_server import accounts
from central_server.db import attachments
from central_server.intake import bundles
from form_engine.fill import random_submissions
from sync_protocol.bundles import MOST_BYTES, seal, token_hash
from tests.central_server.test_api import NOW, POPULATION, item
from tests.central_server.test_bundle_upload import _bundle, _owners, _put


def _name() -> str:
    return os.urandom(32).hex()


def test_a_bundle_is_named_by_64_lowercase_hex_digits(server, login):
    clerk = login("clerk_k")
    for name in ("A" * 64, "X" * 64, "a" * 63):
        r = _put(server, clerk, name, b"x", 0, 10)
        assert r.status_code == 400 and "SHA-256" in r.json()["detail"], name


def test_a_bundle_declared_as_large_as_a_bundle_may_be_is_taken(server, login):
    r = _put(server, login("clerk_k"), _name(), b"x" * 10, 0, MOST_BYTES)
    assert r.status_code == 200 and r.json()["received"] == 10
    r = _put(server, login("clerk_k"), _name(), b"x" * 10, 0, MOST_BYTES + 1)
    assert r.status_code == 400 and r.json()["code"] == "bad_size"


def test_a_one_byte_bundle_is_read_and_refused_as_no_bundle(server, login):
    r = _put(server, login("clerk_k"), hashlib.sha256(b"x").hexdigest(), b"x", 0, 1)
    assert r.status_code == 422 and "not a Daftari bundle" in r.json()["detail"]


def test_an_empty_chunk_or_one_past_the_size_is_refused(server, login):
    clerk = login("clerk_k")
    for data in (b"", b"x" * 11):
        r = _put(server, clerk, _name(), data, 0, 10)
        assert r.status_code == 400 and "past the bundle's size" in r.json()["detail"]


def test_a_size_changed_midway_is_refused_and_a_size_kept_is_taken(server, login):
    clerk = login("clerk_k")
    assert _put(server, clerk, _name(), b"y" * 5, 0, 50).status_code == 200  # another bundle
    name = _name()
    assert _put(server, clerk, name, b"x" * 10, 0, 100).json()["received"] == 10
    r = _put(server, clerk, name, b"x" * 10, 10, 101)
    assert r.status_code == 400 and "size changed" in r.json()["detail"]
    assert _put(server, clerk, name, b"x" * 10, 10, 100).json()["received"] == 20


def test_two_computers_carrying_one_bundle_each_upload_their_own(server, login):
    name = _name()
    assert _put(server, login("clerk_k"), name, b"x" * 10, 0, 100).json()["received"] == 10
    r = _put(server, login("clerk_a"), name, b"x" * 10, 0, 100)
    assert r.status_code == 200 and r.json()["received"] == 10


def test_a_computer_carries_three_bundles_in_at_once_not_four(server, login):
    clerk = login("clerk_k")
    for _ in range(3):
        assert _put(server, clerk, _name(), b"x" * 10, 0, 100).status_code == 200
    r = _put(server, clerk, _name(), b"x" * 10, 0, 100)
    assert r.status_code == 429 and r.json()["code"] == "too_many_unfinished"


def test_an_import_counts_its_unreadable_items_and_tells_only_its_site(server, login):
    items = [
        {**item(e), "created_at": "2026-11-20T09:00:00+00:00"}
        for e in random_submissions(POPULATION, 2, seed=31, now=NOW)
    ]
    data = seal(token_hash(login("amina")), [*items, {"not": "a submission"}], {})
    name = hashlib.sha256(data).hexdigest()
    r = _put(server, login("clerk_k"), name, data, 0, len(data))
    assert r.status_code == 200, r.text
    done = {"received": 0, "imported": True, "counts": {"stored": 2, "rejected": 1}}
    assert {k: r.json()[k] for k in done} == done
    again = _put(server, login("clerk_k"), name, data, 0, len(data)).json()
    assert {k: again[k] for k in done} == done
    elsewhere = _put(server, login("clerk_a"), name, data, 0, len(data)).json()
    assert (elsewhere["imported"], elsewhere["counts"]) == (True, {})


def test_a_bundles_files_are_kept_as_its_devices(server, login):
    photo = b"\xff\xd8\xff" + os.urandom(300)
    sha = hashlib.sha256(photo).hexdigest()
    data = seal(token_hash(login("amina")), [], {sha: photo})
    assert bundles.import_bundle(server.app.state.engine, data) == {}
    with server.app.state.engine.connect() as c:
        kept = select(func.count()).select_from(attachments).where(attachments.c.sha256 == sha)
        assert c.execute(kept).scalar_one() == 1


def test_a_bundle_of_the_largest_size_is_read(server, login, monkeypatch):
    data = _bundle(login("amina"), 1, seed=32)
    monkeypatch.setattr(bundles, "MOST_BYTES", len(data))
    assert bundles.import_bundle(server.app.state.engine, data) == {"stored": 1}
    assert json.dumps(bundles.import_bundle(server.app.state.engine, data)) == '{"duplicate": 1}'


def _carry(server, carrier: str, data: bytes) -> requests.Response:
    return _put(server, carrier, hashlib.sha256(data).hexdigest(), data, 0, len(data))


def _told(server, carrier: str, data: bytes) -> dict:
    return requests.get(
        f"{server.url}/api/v1/bundles/{hashlib.sha256(data).hexdigest()}",
        headers={"authorization": f"Bearer {carrier}"},
    ).json()


def test_a_bundle_sealed_with_a_phones_token_opens_nothing(server, login):
    """A phone's token (its QR code) is good for OpenRosa's addresses only: whoever holds the
    QR code cannot send submissions as a Daftari tablet by sealing a bundle with it."""
    with server.app.state.engine.begin() as conn:
        phone, _ = accounts.collect_token(conn, "amina", "amina's phone")
    r = _carry(server, login("clerk_k"), _bundle(phone, 1, seed=33))
    assert r.status_code == 422 and "does not know" in r.json()["detail"]
    assert _owners(server) == {}


def test_a_bundle_of_a_tablet_signed_out_since_is_refused_as_signed_out(server, login):
    tablet = login("amina")
    data = _bundle(tablet, 1, seed=34)
    headers = {"authorization": f"Bearer {tablet}"}
    [device] = requests.get(f"{server.url}/api/v1/auth/devices", headers=headers).json()["devices"]
    assert requests.delete(f"{server.url}/api/v1/auth/devices/{device['id']}", headers=headers).ok
    r = _carry(server, login("clerk_k"), data)
    assert r.status_code == 422
    assert "a device signed out since" in r.json()["detail"]  # not "account disabled"
    assert _owners(server) == {}


def test_a_carried_bundle_is_checked_against_its_form_as_it_is_imported(server, login):
    """The carrier is told how many the form's rules send back, as a small sync is: the
    import checks its submissions then, not after."""
    good, bad = random_submissions(POPULATION, 2, seed=35, now=NOW)
    bad["data"]["dwellings/n_dwellings"] = -5
    items = [{**item(e), "created_at": "2026-11-20T09:00:00+00:00"} for e in (good, bad)]
    r = _carry(server, login("clerk_k"), seal(token_hash(login("amina")), items, {}))
    assert r.status_code == 200, r.text
    assert r.json()["counts"] == {"stored": 1, "rejected": 1}
    read = requests.get(
        f"{server.url}/api/v1/submissions/{bad['uuid']}",
        headers={"authorization": f"Bearer {login('clerk_k')}"},
    ).json()
    assert read["status"] == "rejected"
    assert any("n_dwellings" in reason for reason in read["reasons"])


def test_what_a_bundle_held_is_told_to_the_site_that_carried_it_in_and_no_other(server, login):
    login("amina")  # a device and an account of another site, made before the carrier's
    data = _bundle(login("baraka"), 2, seed=36)
    kakuma = login("clerk_a")
    assert _carry(server, kakuma, data).json()["counts"] == {"stored": 2}
    assert _told(server, kakuma, data)["counts"] == {"stored": 2}
    elsewhere = _told(server, login("clerk_k"), data)
    assert (elsewhere["imported"], elsewhere["counts"]) == (True, {})
