"""Roles and sites on every endpoint, as a matrix: every role × every endpoint × own site /
other site. A clerk of one city never reads another city's records; the Secretariat reads all."""

import hashlib

import pytest
import requests

from tests.central_server.conftest import USERS
from tests.central_server.test_api import envelopes, item, push

SUBMISSION_SITE = "Koboko"
WHO = USERS  # who -> (role, site)
SENDERS = {"enumerator", "clerk", "supervisor"}
READERS = {"clerk", "supervisor", "secretariat", "admin"}


def expected(endpoint: str, role: str, site: str | None) -> int:
    own = site in (SUBMISSION_SITE, None)
    if endpoint in ("push", "put_attachment"):
        return 200 if role in SENDERS else 403
    if endpoint == "read_submission":
        if role not in READERS:
            return 403
        return 200 if own else 404  # another site's record is not even acknowledged
    if endpoint == "stats":
        return 200 if role in ("supervisor", "secretariat", "admin") else 403
    return 200  # pull, forms, form download, attachment status, own devices, ping


@pytest.fixture
def koboko_submission(server, login):
    [e] = envelopes(1, seed=21)
    assert push(server, login("amina"), [item(e)]).json()["results"][0]["status"] == "stored"
    return e["uuid"]


def call(server, endpoint: str, token: str | None, uuid: str, n: int) -> requests.Response:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    base = f"{server.url}/api/v1"
    content = f"chunk {endpoint} {n}".encode()
    sha = hashlib.sha256(content).hexdigest()
    [e] = envelopes(1, seed=100 + n)
    return {
        "push": lambda: push(server, token or "", [item(e)]),
        "put_attachment": lambda: requests.put(
            f"{base}/attachments/{sha}",
            params={"offset": 0, "size": len(content)},
            data=content,
            headers=headers,
        ),
        "attachment_status": lambda: requests.get(f"{base}/attachments/{sha}", headers=headers),
        "pull": lambda: requests.get(f"{base}/sync/pull", headers=headers),
        "forms": lambda: requests.get(f"{base}/forms", headers=headers),
        "form_download": lambda: requests.get(
            f"{base}/forms/population/2026120101/xlsform", headers=headers
        ),
        "read_submission": lambda: requests.get(f"{base}/submissions/{uuid}", headers=headers),
        "stats": lambda: requests.get(f"{base}/stats", headers=headers),
        "devices": lambda: requests.get(f"{base}/auth/devices", headers=headers),
    }[endpoint]()


ENDPOINTS = [
    "push",
    "put_attachment",
    "attachment_status",
    "pull",
    "forms",
    "form_download",
    "read_submission",
    "stats",
    "devices",
]


def test_every_role_on_every_endpoint_for_its_own_and_another_site(
    server, login, koboko_submission
):
    failures = []
    n = 0
    for who, (role, site) in WHO.items():
        token = login(who)
        for endpoint in ENDPOINTS:
            n += 1
            got = call(server, endpoint, token, koboko_submission, n).status_code
            want = expected(endpoint, role, site)
            if got != want:
                failures.append(f"{who} ({role}, {site}) {endpoint}: {got}, expected {want}")
    for endpoint in ENDPOINTS:
        n += 1
        if call(server, endpoint, None, koboko_submission, n).status_code != 401:
            failures.append(f"no token {endpoint}: not 401")
    assert failures == []


def test_a_supervisor_counts_only_their_site_and_the_secretariat_all(
    server, login, koboko_submission
):
    [e] = envelopes(1, seed=31)
    push(server, login("baraka"), [item(e)])  # a Kakuma submission

    def sites_seen(who):
        rows = requests.get(
            f"{server.url}/api/v1/stats", headers={"authorization": f"Bearer {login(who)}"}
        ).json()["rows"]
        return {r["site"] for r in rows}

    assert sites_seen("super_k") == {"Koboko"}
    assert sites_seen("secretariat") == {"Koboko", "Kakuma"}


def test_an_enumerator_cannot_overwrite_another_sites_submission(server, login, koboko_submission):
    [e] = envelopes(1, seed=21)  # the same uuid as Koboko's
    r = push(server, login("baraka"), [item(e, revision=2, parent=1)])
    (result,) = r.json()["results"]
    assert r.status_code == 200 and result["status"] == "rejected"
    assert "another site" not in result["reasons"][0]  # it does not tell that the id exists
