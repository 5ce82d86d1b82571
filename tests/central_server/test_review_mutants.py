"""What a site's reviewers read and may say about a submission, as issue 24's mutation run
(bench/mutation.py) asked of central_server/review.py: a history that names what each
revision changed, added or cleared, and nothing of another submission or another site; the
feed that carries the same to a supervisor's desktop; the values kept as on the paper and who
confirmed them; comments on single answers, a roster entry's counted from 1; cursors that
settle after two minutes whatever the server's local time zone; a decision recorded once
however often it is sent, and only by the submission's own site; the review list's filters."""

import os
import time
from datetime import datetime

import pytest

from central_server import review
from tests.central_server.test_api import envelopes, item, push
from tests.central_server.test_as_written import ANSWERED, MINUTES, RULE, exchange, keyed
from tests.central_server.test_hostile_review import api
from tests.central_server.test_review_feed import feed


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
    assert elsewhere.status_code == 404 and e["uuid"] in elsewhere.json()["detail"]
    everywhere = api(
        server, login("secretariat"), "GET", f"/review/submissions/{e['uuid']}/history"
    )
    assert everywhere.status_code == 200
    assert [v["changed"] for v in everywhere.json()["revisions"]] == [[], ["comments"]]
    nowhere = api(server, login("clerk_k"), "GET", "/review/submissions/no-such-uuid/history")
    assert nowhere.status_code == 404


# -- a submission sent back and corrected ------------------------------------------------------

NOTE = "pop_group[1]/group_total_note"  # a roster entry's answer, as the answers are keyed


def _sent_back_and_corrected(server, login) -> tuple[dict, dict]:
    """Two Koboko submissions, each sent back (by the supervisor, by the clerk); the first
    corrected as revision 2, which notes its first population group and clears the comment."""
    e, other = envelopes(2, seed=53)
    enumerator = login("amina")
    assert push(server, enumerator, [item(e), item(other)]).ok
    server.checked()
    for who, sent, comment in (("super_k", e, "Recount group 1"), ("clerk_k", other, "Other")):
        r = api(
            server,
            login(who),
            "POST",
            f"/review/submissions/{sent['uuid']}/decisions",
            json={"decision": "returned", "comment": comment},
        )
        assert r.status_code == 200, r.text
    corrected = {k: v for k, v in e["data"].items() if k != "comments"}
    first, *others = corrected["pop_group"]
    corrected["pop_group"] = [dict(first, group_total_note="recounted"), *others]
    r = push(server, enumerator, [item(e, revision=2, parent=1, data=corrected)])
    assert r.json()["results"][0]["status"] == "stored"
    server.checked()
    return e, other


def test_a_history_names_answers_changed_added_or_cleared_and_its_own_decisions(server, login):
    e, _ = _sent_back_and_corrected(server, login)
    r = api(server, login("super_k"), "GET", f"/review/submissions/{e['uuid']}/history")
    assert r.status_code == 200, r.text
    revisions = r.json()["revisions"]
    assert [v["revision"] for v in revisions] == [1, 2]
    assert [v["status"] for v in revisions] == ["stored", "stored"]
    assert all(datetime.fromisoformat(v["received_at"]).tzinfo for v in revisions)
    # the cleared comment is a change too, and a roster entry is named by its number
    assert [v["changed"] for v in revisions] == [[], ["comments", NOTE]]
    # the decision on the other submission of the site is not this one's
    assert [
        (d["decision"], d["by"], d["revision"], d["comment"]) for d in r.json()["decisions"]
    ] == [("returned", "super_k", 1, "Recount group 1")]


def test_the_feed_brings_a_corrected_revision_with_what_it_changed(server, login):
    e, other = _sent_back_and_corrected(server, login)
    items = {i["uuid"]: i for i in feed(server, login("super_k")).json()["items"]}
    corrected = items[e["uuid"]]
    assert (corrected["revision"], corrected["state"]) == (2, "corrected")
    assert corrected["changed"] == ["comments", NOTE]
    assert [(d["decision"], d["revision"]) for d in corrected["decisions"]] == [("returned", 1)]
    assert (items[other["uuid"]]["state"], items[other["uuid"]]["changed"]) == ("returned", [])


def test_a_revision_refused_as_it_arrived_is_listed_and_fed_as_sent_back(server, login):
    """A small sync is checked as it arrives: a refused revision comes back in the answer,
    with no decision written; its reviewers still see it as sent back."""
    [refused] = exchange(server, login("clerk_k"), [keyed(3, written=())])  # 720, unexcused
    assert refused["status"] == "rejected"
    uuid = ANSWERED[3]["uuid"]
    supervisor = login("super_k")
    listed = api(server, supervisor, "GET", "/review/submissions").json()["submissions"]
    assert [(s["uuid"], s["state"]) for s in listed] == [(uuid, "returned")]
    [fed] = feed(server, supervisor).json()["items"]
    assert (fed["state"], fed["checks"], fed["decisions"]) == ("returned", "rejected", [])


# -- comments on single answers ----------------------------------------------------------------


def test_a_comment_may_name_any_roster_entry_counted_from_one_and_only_a_real_question(
    server, login
):
    e, _ = _sent_back_and_corrected(server, login)  # on its revision 2
    household = ANSWERED[2]  # two members
    assert push(server, login("amina"), [item(household)]).ok
    supervisor = login("super_k")

    def send_back(sent, answers):
        return api(
            server,
            supervisor,
            "POST",
            f"/review/submissions/{sent['uuid']}/decisions",
            json={"decision": "returned", "answers": answers},
        )

    for wrong in (
        "survey/member[0]/age",  # entries are counted from 1
        "survey/member[x]/age",
        "survey/hh_size[1]",  # not a roster
        "survey/no_such_question",
        "survey/member[2]/no_such_question",
    ):
        r = send_back(household, {wrong: "?"})
        assert r.status_code == 422, wrong
        assert wrong in r.json()["detail"]  # the reviewer is told which one

    asked = {
        "survey/member[1]/age": "Is the head 23?",
        "survey/member[2]/wg/wg_seeing": "Asked of her?",
        "survey/wash/water_minutes": "Walk or queue?",
    }
    r = send_back(household, asked)
    assert r.status_code == 200 and r.json()["state"] == "returned", r.text
    r = send_back(e, {NOTE: "Which recount?", "dwellings/n_dwellings": "?"})
    assert r.status_code == 200, r.text
    items = {i["uuid"]: i for i in feed(server, supervisor).json()["items"]}
    assert items[household["uuid"]]["decisions"][-1]["answers"] == asked
    assert items[e["uuid"]]["decisions"][-1]["revision"] == 2


# -- values kept as written on the paper -------------------------------------------------------


def test_the_paper_values_and_who_confirmed_them_show_in_history_and_feed(server, login):
    clerk, supervisor, secretariat = login("clerk_k"), login("super_k"), login("secretariat")
    uuid = ANSWERED[0]["uuid"]
    # two households keyed from paper, each keeping a value as the paper says
    assert [r["status"] for r in exchange(server, clerk, [keyed(0), keyed(1)])] == ["stored"] * 2
    decisions = f"/review/submissions/{uuid}/decisions"
    kept_nowhere = {"decision": "approved", "confirmed": ["/data/zone"]}
    wrong = api(server, supervisor, "POST", decisions, json=kept_nowhere)
    assert wrong.status_code == 422 and "/data/zone" in wrong.json()["detail"]
    confirm = {"decision": "approved", "comment": "As on the paper", "confirmed": [MINUTES]}
    assert api(server, supervisor, "POST", decisions, json=confirm).json()["state"] == (
        "site_approved"
    )
    final = api(server, secretariat, "POST", decisions, json={"decision": "approved"})
    assert final.json()["state"] == "approved"

    history = api(server, supervisor, "GET", f"/review/submissions/{uuid}/history").json()
    site, _ = history["decisions"]
    confirmed = {
        "path": MINUTES,
        "name": "water_minutes",
        "value": "720",
        "rule": RULE,
        "note": "the paper says 720",
        "confirmed": True,
        "confirmed_by": "super_k",
        "confirmed_at": site["at"],
        "confirmed_level": "site",
    }
    assert [v["as_written"] for v in history["revisions"]] == [[confirmed]]

    fed = next(i for i in feed(server, supervisor).json()["items"] if i["uuid"] == uuid)
    assert fed["state"] == "approved"
    assert fed["as_written"] == [confirmed]
    assert (fed["paper"]["number"], fed["paper"]["keyed_by"]) == ("200", "clerk_k")
    assert fed["paper"]["as_written"] == []  # carried in as_written above, never twice
    assert [
        (d["decision"], d["level"], d["revision"], d["by"], d["comment"], d["confirmed"])
        for d in fed["decisions"]
    ] == [
        ("approved", "site", 1, "super_k", "As on the paper", {MINUTES: "720"}),
        ("approved", "secretariat", 1, "secretariat", "", {}),
    ]


# -- the feed's cursors ------------------------------------------------------------------------


@pytest.fixture
def east_african_clock():
    """The server's machine keeps East Africa Time (UTC+3), as one in Koboko may."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Africa/Kampala"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_the_feed_settles_after_two_minutes_on_a_server_keeping_local_time(
    server, login, east_african_clock, monkeypatch
):
    assert push(server, login("amina"), [item(e) for e in envelopes(2, seed=54)]).ok
    supervisor = login("super_k")
    fresh = feed(server, supervisor).json()
    # just received: sent, but the cursor to keep stays (a lower row may still commit)
    assert len(fresh["items"]) == 2 and not fresh["settled"]
    assert fresh["revisions_after"] == 0 < fresh["next_revisions_after"]

    monkeypatch.setattr(review, "SETTLED_SECONDS", -60)  # as if two minutes had passed
    later = feed(server, supervisor).json()
    assert later["settled"]
    assert later["revisions_after"] == later["next_revisions_after"] > 0


# -- deciding ----------------------------------------------------------------------------------


def test_another_sites_reviewer_cannot_decide_and_a_send_back_says_what_to_correct(server, login):
    [e] = envelopes(1, seed=55)
    assert push(server, login("amina"), [item(e)]).ok
    decisions = f"/review/submissions/{e['uuid']}/decisions"
    elsewhere = api(server, login("clerk_a"), "POST", decisions, json={"decision": "approved"})
    assert elsewhere.status_code == 404 and e["uuid"] in elsewhere.json()["detail"]
    nowhere = "/review/submissions/nowhere/decisions"
    unknown = api(server, login("super_k"), "POST", nowhere, json={"decision": "approved"})
    assert unknown.status_code == 404
    for unsaid in ({}, {"comment": "   "}, {"answers": {"comments": " "}}):
        r = api(
            server, login("super_k"), "POST", decisions, json={"decision": "returned", **unsaid}
        )
        assert r.status_code == 422 and "say what to correct" in r.json()["detail"], unsaid
    history = api(server, login("secretariat"), "GET", f"/review/submissions/{e['uuid']}/history")
    assert history.json()["decisions"] == []  # nothing of it was recorded


def test_the_same_decision_sent_again_is_recorded_once_and_any_other_is_recorded(server, login):
    """A desktop that never heard the answer sends its decision again: recorded once. The
    same words with anything else different (who, what, which revision, the comments, the
    values confirmed) are another decision."""
    clerk, supervisor, secretariat = login("clerk_k"), login("super_k"), login("secretariat")
    uuid = ANSWERED[0]["uuid"]
    assert exchange(server, clerk, [keyed(0)])[0]["status"] == "stored"
    path = f"/review/submissions/{uuid}/decisions"

    def decide(token, body):
        r = api(server, token, "POST", path, json=body)
        assert r.status_code == 200, r.text
        return r.json()["state"]

    def said():
        r = api(server, supervisor, "GET", f"/review/submissions/{uuid}/history")
        return [(d["comment"], d["answers"], d["confirmed"]) for d in r.json()["decisions"]]

    def recorded():
        return len(said())

    size = {"survey/hh_size": "Six?"}
    back = {"decision": "returned", "comment": "Recount", "answers": size, "revision": 1}
    assert decide(supervisor, back) == "returned" and recorded() == 1
    assert decide(supervisor, back) == "returned" and recorded() == 1  # sent again
    assert said() == [("Recount", size, {})]
    assert decide(supervisor, {**back, "comment": "Recount them"}) == "returned"
    assert recorded() == 2
    more = {**size, "survey/wash/water_minutes": "Walk or queue?"}
    assert decide(supervisor, {**back, "comment": "Recount them", "answers": more}) == "returned"
    assert recorded() == 3
    confirm = {"decision": "approved", "confirmed": [MINUTES]}
    assert decide(supervisor, confirm) == "site_approved" and recorded() == 4
    assert decide(supervisor, confirm) == "site_approved" and recorded() == 4  # sent again
    assert decide(supervisor, {"decision": "approved"}) == "site_approved" and recorded() == 5
    assert decide(clerk, {"decision": "approved"}) == "site_approved" and recorded() == 6

    # a corrected revision came since the reviewer looked: told, nothing recorded
    corrected = keyed(0, revision=2, **{"survey/dwelling/rooms": 4})
    assert exchange(server, clerk, [corrected])[0]["status"] == "stored"
    stale = api(server, supervisor, "POST", path, json={"decision": "approved", "revision": 1})
    assert stale.status_code == 409 and "revision 2" in stale.json()["detail"]
    assert recorded() == 6
    # the clerk's approval again, now of revision 2 (still keeping 720): another decision
    again = {"decision": "approved", "confirmed": [MINUTES]}
    assert decide(clerk, again) == "site_approved" and recorded() == 7
    assert said()[-1] == ("", {}, {MINUTES: "720"})
    assert decide(secretariat, {"decision": "approved"}) == "approved" and recorded() == 8
    assert decide(secretariat, {"decision": "approved"}) == "approved" and recorded() == 8


# -- the review list ---------------------------------------------------------------------------


def test_the_review_list_filters_by_site_enumerator_time_and_state(server, login):
    first, second = envelopes(2, seed=56)
    assert push(server, login("amina"), [item(first)]).ok
    assert push(server, login("amina"), [item(second)]).ok
    [kakuma] = envelopes(1, seed=57)
    assert push(server, login("baraka"), [item(kakuma)]).ok
    server.checked()
    secretariat = login("secretariat")

    def listed(token=secretariat, **params):
        r = api(server, token, "GET", "/review/submissions", params=params)
        assert r.status_code == 200, r.text
        return {s["uuid"]: s for s in r.json()["submissions"]}

    assert set(listed()) == {first["uuid"], second["uuid"], kakuma["uuid"]}
    assert set(listed(site="Kakuma")) == {kakuma["uuid"]}
    assert set(listed(enumerator="amina")) == {first["uuid"], second["uuid"]}
    assert listed(login("super_k"), site="Kakuma") == {}  # a site sees only its own
    since = listed()[second["uuid"]]["updated_at"]
    assert since > listed()[first["uuid"]]["updated_at"]
    assert set(listed(site="Koboko", since=since)) == {second["uuid"]}

    r = api(
        server,
        login("super_k"),
        "POST",
        f"/review/submissions/{first['uuid']}/decisions",
        json={"decision": "approved"},
    )
    assert r.status_code == 200, r.text
    assert set(listed(state="received")) == {second["uuid"], kakuma["uuid"]}
    assert set(listed(state="site_approved")) == {first["uuid"]}
    bogus = api(server, secretariat, "GET", "/review/submissions", params={"state": "done"})
    assert bogus.status_code == 422 and "site_approved" in bogus.json()["detail"]
