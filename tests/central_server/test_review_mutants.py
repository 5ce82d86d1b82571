"""A submission's history as its site's reviewers read it (issue 24's mutation run,
bench/mutation.py): every revision oldest first, with the answers each changed, and nothing
of it to another site's."""

from tests.central_server.test_api import envelopes, item, push
from tests.central_server.test_hostile_review import api


def test_a_history_names_what_each_revision_changed_and_only_to_its_site(server, login):
    [e] = envelopes(1, seed=51)
    token = login("amina")
    assert push(server, token, [item(e)]).json()["results"][0]["status"] == "stored"
    second = dict(e["data"], comments="recounted")
    sent = push(server, token, [item(e, revision=2, parent=1, data=second)])
    assert sent.json()["results"][0]["status"] == "stored"
    [f] = envelopes(1, seed=52)  # another submission of the site, that changes nothing here
    assert push(server, token, [item(f)]).ok

    r = api(server, login("clerk_k"), "GET", f"/review/submissions/{e['uuid']}/history")
    assert r.status_code == 200, r.text
    revisions = r.json()["revisions"]
    assert [v["revision"] for v in revisions] == [1, 2]
    assert [v["changed"] for v in revisions] == [[], ["comments"]]
    assert all(v["received_at"] and v["status"] for v in revisions)
    assert r.json()["decisions"] == []

    elsewhere = api(server, login("clerk_a"), "GET", f"/review/submissions/{e['uuid']}/history")
    assert elsewhere.status_code == 404
    everywhere = api(
        server, login("secretariat"), "GET", f"/review/submissions/{e['uuid']}/history"
    )
    assert everywhere.status_code == 200
    assert [v["changed"] for v in everywhere.json()["revisions"]] == [[], ["comments"]]
    nowhere = api(server, login("clerk_k"), "GET", "/review/submissions/no-such-uuid/history")
    assert nowhere.status_code == 404
