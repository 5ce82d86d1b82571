"""The endpoint an office desktop delivers a carried bundle through (PUT /api/v1/bundles/…),
on SQLite and PostgreSQL: only a logged-in device of a site may carry, the bundle is
imported as its own device's once its last chunk arrives, exactly once however often it is
carried, and a bundle the server cannot open is refused whole with nothing kept."""

import hashlib

import requests

from form_engine.fill import random_submissions
from sync_protocol.bundles import seal, token_hash
from tests.central_server.test_api import NOW, POPULATION, item


def _bundle(token: str, n: int, seed: int) -> bytes:
    items = [
        {**item(e), "created_at": "2026-11-20T09:00:00+00:00"}
        for e in random_submissions(POPULATION, n, seed=seed, now=NOW)
    ]
    return seal(token_hash(token), items, {})


def _put(server, token, sha, data, offset, size):
    return requests.put(
        f"{server.url}/api/v1/bundles/{sha}",
        params={"offset": offset, "size": size},
        data=data,
        headers={"authorization": f"Bearer {token}"} if token else {},
    )


def _owners(server):
    with server.app.state.engine.connect() as c:
        return dict(
            c.exec_driver_sql(
                "SELECT s.uuid, u.name FROM submissions s JOIN devices d ON d.id = s.device "
                "JOIN users u ON u.id = d.user_id"
            ).fetchall()
        )


def test_a_carried_bundle_is_imported_once_as_its_devices(server, login):
    data = _bundle(login("amina"), 3, seed=11)
    sha = hashlib.sha256(data).hexdigest()
    half = len(data) // 2

    assert _put(server, "", sha, data[:half], 0, len(data)).status_code == 401
    r = _put(server, login("secretariat"), sha, data[:half], 0, len(data))
    assert r.status_code == 403
    r = _put(server, login("clerk_k"), "not-a-hash", data[:half], 0, len(data))
    assert r.status_code == 400 and "SHA-256" in r.json()["detail"]

    clerk = login("clerk_k")
    r = _put(server, clerk, sha, data[:half], 0, len(data))
    assert r.json()["received"] == half and r.json()["imported"] is False
    assert _owners(server) == {}  # nothing before the whole bundle
    r = _put(server, clerk, sha, data[:half], 0, len(data))
    assert r.status_code == 409 and r.json()["code"] == "resume_from"
    r = _put(server, clerk, sha, data[half:], half, len(data))
    assert r.status_code == 200, r.text
    assert r.json()["imported"] is True and r.json()["counts"] == {"stored": 3}
    owners = _owners(server)
    assert len(owners) == 3 and set(owners.values()) == {"amina"}

    # carried again, by another office's device: answered at once, nothing changes
    r = requests.get(
        f"{server.url}/api/v1/bundles/{sha}",
        headers={"authorization": f"Bearer {login('super_k')}"},
    )
    assert r.json()["imported"] is True and r.json()["counts"] == {"stored": 3}
    r = _put(server, login("super_k"), sha, data[:half], 0, len(data))
    assert r.json()["imported"] is True
    assert _owners(server) == owners


def test_a_bundle_the_server_cannot_open_is_refused_whole(server, login):
    clerk = login("clerk_a")
    data = bytearray(_bundle(login("baraka"), 2, seed=12))
    data[len(data) // 2] ^= 0x01  # changed on the stick
    changed = bytes(data)
    sha = hashlib.sha256(changed).hexdigest()
    r = _put(server, clerk, sha, changed, 0, len(changed))
    assert r.status_code == 422 and r.json()["code"] == "bad_bundle"
    assert "damaged or was changed" in r.json()["detail"]
    stranger = seal(token_hash("a token of no device here"), [], {})
    r = _put(server, clerk, hashlib.sha256(stranger).hexdigest(), stranger, 0, len(stranger))
    assert r.status_code == 422 and "does not know" in r.json()["detail"]
    good = _bundle(login("baraka"), 1, seed=13)
    r = _put(server, clerk, "0" * 64, good, 0, len(good))  # not the bytes' hash
    assert r.status_code == 422 and r.json()["code"] == "hash_mismatch"
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM bundle_parts").scalar_one() == 0
        assert c.exec_driver_sql("SELECT count(*) FROM bundle_imports").scalar_one() == 0
    assert _owners(server) == {}
