"""GET /review/feed: what a reviewer's desktop pulls to review offline. Scoped to the site,
paged by two cursors that never skip a row committed late, and never for an enumerator."""

import requests

from central_server import review
from tests.central_server.test_api import envelopes, item, push


def feed(server, token, **params):
    r = requests.get(
        f"{server.url}/api/v1/review/feed",
        params=params,
        headers={"authorization": f"Bearer {token}"},
        timeout=30,
    )
    return r


def test_the_feed_pages_a_sites_submissions_by_settled_cursors(server, login, monkeypatch):
    koboko = envelopes(5, seed=91)
    assert push(server, login("amina"), [item(e) for e in koboko]).ok
    assert push(server, login("baraka"), [item(e) for e in envelopes(3, seed=92)]).ok
    server.checked()
    supervisor = login("super_k")

    # just received: all sent, but the cursors to keep stay (a lower row may still commit)
    fresh = feed(server, supervisor).json()
    assert {i["uuid"] for i in fresh["items"]} == {e["uuid"] for e in koboko}
    assert (fresh["revisions_after"], fresh["more"], fresh["settled"]) == (0, False, False)
    assert fresh["next_revisions_after"] > 0
    first = next(i for i in fresh["items"] if i["uuid"] == koboko[0]["uuid"])
    assert first["state"] == "received" and first["site"] == "Koboko"
    assert first["json_text"] and first["decisions"] == [] and first["checks"] == "stored"
    # a burst bigger than a page: paged through at once from the next cursors (found by an
    # outside attack: only the first page came until the rows settled, "complete" said)
    page = feed(server, supervisor, limit=2).json()
    assert page["revisions_after"] == 0 and not page["settled"] and page["more"]
    seen = [i["uuid"] for i in page["items"]]
    while page["more"]:
        page = feed(
            server,
            supervisor,
            limit=2,
            revisions_after=page["next_revisions_after"],
            decisions_after=page["next_decisions_after"],
        ).json()
        seen += [i["uuid"] for i in page["items"]]
    assert sorted(seen) == sorted(e["uuid"] for e in koboko)

    monkeypatch.setattr(review, "SETTLED_SECONDS", -60)  # as if two minutes had passed
    page = feed(server, supervisor, limit=2).json()
    assert len(page["items"]) == 2 and page["more"] and page["settled"]
    assert page["revisions_after"] == page["next_revisions_after"]
    seen = [i["uuid"] for i in page["items"]]
    while page["more"]:
        page = feed(
            server,
            supervisor,
            limit=2,
            revisions_after=page["revisions_after"],
            decisions_after=page["decisions_after"],
        ).json()
        seen += [i["uuid"] for i in page["items"]]
    assert sorted(seen) == sorted(e["uuid"] for e in koboko)  # each once, Koboko's only
    assert feed(server, supervisor, **_cursors(page)).json()["items"] == []

    # a decision brings the submission again, with it
    r = requests.post(
        f"{server.url}/api/v1/review/submissions/{koboko[2]['uuid']}/decisions",
        json={"decision": "returned", "comment": "Recount", "answers": {"comments": "?"}},
        headers={"authorization": f"Bearer {supervisor}"},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    [again] = feed(server, supervisor, **_cursors(page)).json()["items"]
    assert again["uuid"] == koboko[2]["uuid"] and again["state"] == "returned"
    assert again["decisions"][0]["answers"] == {"comments": "?"}

    everything = feed(server, login("secretariat")).json()["items"]
    assert len(everything) == 8
    only_kakuma = feed(server, login("secretariat"), site="Kakuma").json()["items"]
    assert {i["site"] for i in only_kakuma} == {"Kakuma"}


def test_the_feed_is_for_reviewers_only(server, login):
    assert feed(server, login("amina")).status_code == 403
    assert feed(server, "not-a-token").status_code == 401
    assert feed(server, login("super_k"), revisions_after=-1).status_code == 422
    assert feed(server, login("super_k"), limit=10_000).status_code == 422


def _cursors(page):
    return {
        "revisions_after": page["revisions_after"],
        "decisions_after": page["decisions_after"],
    }


def test_the_review_list_pages_by_state_in_the_database(server, login):
    sent = envelopes(6, seed=93)
    assert push(server, login("amina"), [item(e) for e in sent]).ok
    server.checked()
    supervisor = login("super_k")
    for e in sent[:3]:
        r = requests.post(
            f"{server.url}/api/v1/review/submissions/{e['uuid']}/decisions",
            json={"decision": "approved"},
            headers={"authorization": f"Bearer {supervisor}"},
            timeout=30,
        )
        assert r.status_code == 200, r.text

    def page(offset):
        r = requests.get(
            f"{server.url}/api/v1/review/submissions",
            params={"state": "site_approved", "limit": 2, "offset": offset},
            headers={"authorization": f"Bearer {supervisor}"},
            timeout=30,
        )
        return [s["uuid"] for s in r.json()["submissions"]]

    first, second = page(0), page(2)
    assert len(first) == 2 and len(second) == 1
    assert set(first + second) == {e["uuid"] for e in sent[:3]}
    assert page(3) == []


def test_a_revision_the_checks_refused_is_listed_as_sent_back(server, login):
    """Found by an outside tester: refused as it arrived (no decision written), it was
    listed as "received" while its enumerator already had it back."""
    [e] = envelopes(1, seed=94)
    data = dict(e["data"], zone=["not", "one", "choice"])  # breaks the form's rules
    r = push(server, login("amina"), [item(e, data=data)])
    assert r.json()["results"][0]["status"] == "stored"  # acknowledged, then checked
    server.checked()
    supervisor = login("super_k")
    listed = requests.get(
        f"{server.url}/api/v1/review/submissions",
        headers={"authorization": f"Bearer {supervisor}"},
        timeout=30,
    ).json()["submissions"]
    assert [(s["uuid"], s["state"]) for s in listed] == [(e["uuid"], "returned")]
    only = requests.get(
        f"{server.url}/api/v1/review/submissions",
        params={"state": "returned"},
        headers={"authorization": f"Bearer {supervisor}"},
        timeout=30,
    ).json()["submissions"]
    assert [s["uuid"] for s in only] == [e["uuid"]]
    [fed] = feed(server, supervisor).json()["items"]
    assert fed["state"] == "returned" and fed["checks"] == "rejected" and fed["reasons"]
