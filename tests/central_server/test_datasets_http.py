"""The merged datasets over HTTP (what the desktop's Secretariat view uses): indicators, a
page of the data, duplicates and their verdicts, and an export made in the background whose
progress and file only the person who asked can read."""

import io
import time
import zipfile

import requests

from tests.central_server.test_api import envelopes, item, push
from tests.central_server.test_duplicates import KEYS, visits  # noqa: F401 - a fixture


def call(server, token, method, path, **kw):
    return requests.request(
        method,
        f"{server.url}/api/v1/datasets{path}",
        headers={"authorization": f"Bearer {token}"},
        timeout=60,
        **kw,
    )


def test_pages_of_the_merged_data_follow_on_without_overlap(server, login):
    sent = envelopes(7, seed=95)
    assert push(server, login("amina"), [item(e) for e in sent]).ok
    server.checked()
    secretariat = login("secretariat")
    seen, after = [], ""
    while True:
        page = call(
            server, secretariat, "GET", "/population/rows", params={"limit": 3, "after": after}
        ).json()
        seen += [row[0] for row in page["rows"]]
        after = page["next"]
        if not after:
            break
    assert sorted(seen) == sorted(e["uuid"] for e in sent)  # each once
    names = [c["name"] for c in page["columns"]]
    assert "_site" in names and "city" in names and "pop_group" in names  # roster: its count
    labels = {c["name"]: c["label"] for c in page["columns"]}
    assert labels["city"] == "City or municipality"
    first = call(server, secretariat, "GET", "/population/rows", params={"limit": 7}).json()
    city = first["rows"][0][names.index("city")]
    assert city and city[0].isupper()  # a label ("Koboko"), not the code
    assert call(server, login("amina"), "GET", "/population/rows").status_code == 403
    assert call(server, secretariat, "GET", "/nope/rows").status_code == 404
    bad = call(server, secretariat, "GET", "/population/rows", params={"after": "x"})
    assert bad.status_code == 422
    # a probable pair's two, asked by their uuids (the Duplicates tab's side by side)
    pair = [sent[1]["uuid"], sent[5]["uuid"]]
    two = call(server, secretariat, "GET", "/population/rows", params={"uuid": pair}).json()
    assert sorted(row[0] for row in two["rows"]) == sorted(pair)
    many = call(server, secretariat, "GET", "/population/rows", params={"uuid": ["x"] * 51})
    assert many.status_code == 422
    # Kakuma's clerk asks for Koboko's two: her own site's rows only, so none
    theirs = call(server, login("clerk_a"), "GET", "/population/rows", params={"uuid": pair})
    assert theirs.status_code == 200 and theirs.json()["rows"] == []


def test_indicators_and_duplicates_over_http(server, login, visits):  # noqa: F811
    (a, b, _c, d, _e), (f,) = visits
    secretariat = login("secretariat")
    found = call(server, secretariat, "GET", "/household/indicators", params={"state": "any"})
    assert found.status_code == 200 and found.json()["indicators"]["form_id"] == "household"
    assert call(server, secretariat, "GET", "/visit/indicators").status_code == 404
    assert (
        call(server, secretariat, "GET", "/household/indicators", params={"state": "x"})
    ).status_code == 422
    pairs = call(server, secretariat, "GET", "/visit/duplicates", params={"keys": KEYS}).json()
    # across cities: Kakuma's f is Koboko's a, b and d again
    assert {frozenset((p["first"], p["second"])) for p in pairs["pairs"]} == {
        frozenset(x) for x in ((a, b), (a, d), (b, d), (a, f), (b, f), (d, f))
    }
    r = call(
        server,
        login("super_k"),
        "POST",
        "/duplicates/resolutions",
        json={"first": a, "second": b, "resolution": "same_household", "note": "keyed twice"},
    )
    assert r.status_code == 200, r.text
    left = call(server, secretariat, "GET", "/visit/duplicates", params={"keys": KEYS}).json()
    assert len(left["pairs"]) == 5
    assert (
        call(
            server,
            secretariat,
            "POST",
            "/duplicates/resolutions",
            json={"first": a, "second": b, "resolution": "delete_one"},
        ).status_code
        == 422
    )
    assert (
        call(server, secretariat, "GET", "/visit/duplicates", params={"keys": "x:fuzzy"})
    ).status_code == 422


def test_an_export_runs_in_the_background_for_whoever_asked_only(server, login):
    sent = envelopes(4, seed=96)
    assert push(server, login("amina"), [item(e) for e in sent]).ok
    server.checked()
    supervisor = login("super_k")
    started = call(
        server, supervisor, "POST", "/population/exports", json={"format": "csv", "state": "any"}
    )
    assert started.status_code == 200, started.text
    job = started.json()
    assert job["total"] == 4 and job["state"] in ("running", "done")
    deadline = time.time() + 60
    while job["state"] == "running" and time.time() < deadline:
        time.sleep(0.1)
        job = call(server, supervisor, "GET", f"/exports/{job['id']}").json()
    assert job["state"] == "done" and job["done"] == 4 and job["rows"]["population"] == 4
    assert job["file_name"].startswith("population-") and job["file_name"].endswith(".zip")
    got = call(server, supervisor, "GET", f"/exports/{job['id']}/file")
    assert got.status_code == 200
    with zipfile.ZipFile(io.BytesIO(got.content)) as z:
        assert "population.csv" in z.namelist() and "codebook.csv" in z.namelist()
        text = z.read("population.csv").decode("utf-8-sig")
    assert all(e["uuid"] in text for e in sent)

    # nobody else reads it, not even the Secretariat; an unknown id is unknown
    for other in ("secretariat", "clerk_k"):
        assert call(server, login(other), "GET", f"/exports/{job['id']}").status_code == 404
        assert call(server, login(other), "GET", f"/exports/{job['id']}/file").status_code == 404
    assert call(server, supervisor, "GET", "/exports/0000/file").status_code == 404
    # a site's supervisor exports their own site only; what is asked is checked at once
    assert (
        call(
            server,
            supervisor,
            "POST",
            "/population/exports",
            json={"format": "csv", "site": "Kakuma"},
        ).status_code
        == 403
    )
    assert (
        call(server, supervisor, "POST", "/population/exports", json={"format": "pdf"}).status_code
        == 422
    )
    assert (
        call(
            server, supervisor, "POST", "/population/exports", json={"format": "xlsx", "x": 1}
        ).status_code
        == 422
    )
    assert (
        call(
            server,
            login("amina"),
            "POST",
            "/population/exports",
            json={"format": "csv", "state": "any"},
        ).status_code
        == 403
    )


def test_devices_sync_while_an_export_reads(server, login, monkeypatch):
    """An export (or the indicators) over many submissions takes minutes: it must not hold
    the devices' pushes back (on SQLite, it takes no write lock)."""
    import threading

    from central_server.merged import exporting

    assert push(server, login("amina"), [item(e) for e in envelopes(3, seed=97)]).ok
    server.checked()
    reading, go_on = threading.Event(), threading.Event()
    rows = exporting.table_rows

    def slow(*args):
        reading.set()
        go_on.wait(30)
        return rows(*args)

    monkeypatch.setattr(exporting, "table_rows", slow)
    supervisor = login("super_k")
    job = call(
        server, supervisor, "POST", "/population/exports", json={"format": "csv", "state": "any"}
    ).json()
    assert reading.wait(30)  # the export is in the middle of its read
    started = time.time()
    r = push(server, login("amina"), [item(e) for e in envelopes(2, seed=98)])
    assert r.ok and [x["status"] for x in r.json()["results"]] == ["stored", "stored"]
    assert time.time() - started < 5
    go_on.set()
    deadline = time.time() + 60
    while job["state"] == "running" and time.time() < deadline:
        time.sleep(0.1)
        job = call(server, supervisor, "GET", f"/exports/{job['id']}").json()
    assert job["state"] == "done" and job["rows"]["population"] == 3


def test_a_key_most_households_share_is_refused_not_compared_pair_by_pair(
    server,
    login,
    visits,  # noqa: F811
    monkeypatch,
):
    """Found by an outside attack: a key every submission shares (consent, city) made every
    pair a candidate — memory grew with the square of the submissions."""
    from central_server.merged import duplicates

    secretariat = login("secretariat")
    monkeypatch.setattr(duplicates, "MOST_IN_A_BLOCK", 3)
    crowded = call(server, secretariat, "GET", "/visit/duplicates", params={"keys": "zone"})
    assert crowded.status_code == 422 and "tells households apart" in crowded.json()["detail"]
    monkeypatch.setattr(duplicates, "MOST_IN_A_BLOCK", 2_000)
    monkeypatch.setattr(duplicates, "MOST_PAIRS", 2)
    many = call(server, secretariat, "GET", "/visit/duplicates", params={"keys": KEYS})
    assert many.status_code == 422 and "more than 2 probable pairs" in many.json()["detail"]


def test_exports_at_once_are_bounded_and_a_read_cut_short_leaves_no_stale_connection(
    server, login, monkeypatch
):
    """Found by an outside attack: 80 exports at once held 80 connections and left syncs
    failing until a restart. One export a person and two a server at once; the others are
    told to wait."""
    import threading

    from central_server.merged import exporting

    assert push(server, login("amina"), [item(e) for e in envelopes(3, seed=99)]).ok
    server.checked()
    go_on = threading.Event()
    rows = exporting.table_rows

    def slow(*args):
        go_on.wait(30)
        return rows(*args)

    monkeypatch.setattr(exporting, "table_rows", slow)
    supervisor, secretariat = login("super_k"), login("secretariat")
    first = call(
        server, supervisor, "POST", "/population/exports", json={"format": "csv", "state": "any"}
    )
    assert first.status_code == 200
    again = call(
        server, supervisor, "POST", "/population/exports", json={"format": "csv", "state": "any"}
    )
    assert again.status_code == 429 and "yours" in again.json()["detail"]
    other = call(
        server, secretariat, "POST", "/population/exports", json={"format": "csv", "state": "any"}
    )
    assert other.status_code == 200
    third = call(
        server,
        login("clerk_k"),
        "POST",
        "/population/exports",
        json={"format": "csv", "state": "any"},
    )
    assert third.status_code == 429 and "try again" in third.json()["detail"]
    go_on.set()
    for token, job in ((supervisor, first.json()), (secretariat, other.json())):
        deadline = time.time() + 60
        while job["state"] == "running" and time.time() < deadline:
            time.sleep(0.1)
            job = call(server, token, "GET", f"/exports/{job['id']}").json()
        assert job["state"] == "done"
    assert call(
        server, supervisor, "POST", "/population/exports", json={"format": "csv", "state": "any"}
    ).ok
    # pages stopped early (the data browser, OData) leave the pool fit for the writers
    for _ in range(30):
        assert call(server, secretariat, "GET", "/population/rows", params={"limit": 1}).ok
    r = push(server, login("amina"), [item(e) for e in envelopes(2, seed=100)])
    assert r.ok and {x["status"] for x in r.json()["results"]} == {"stored"}


def test_an_export_holds_approved_submissions_unless_asked_as_the_command_line(server, login):
    """The Export tab, POST …/exports and `daftari-server export` share one default: what the
    Secretariat approved (as the indicators count); ``any`` asks for every state."""
    sent = envelopes(3, seed=97)
    assert push(server, login("amina"), [item(e) for e in sent]).ok
    server.checked()
    secretariat = login("secretariat")
    approved = requests.post(
        f"{server.url}/api/v1/review/submissions/{sent[0]['uuid']}/decisions",
        json={"decision": "approved"},
        headers={"authorization": f"Bearer {secretariat}"},
        timeout=30,
    )
    assert approved.status_code == 200, approved.text

    def total(body: dict) -> int:
        job = call(server, secretariat, "POST", "/population/exports", json=body)
        assert job.status_code == 200, job.text
        status = job.json()
        deadline = time.time() + 60  # one export a person at a time: the next waits for it
        while status["state"] == "running" and time.time() < deadline:
            time.sleep(0.05)
            status = call(server, secretariat, "GET", f"/exports/{status['id']}").json()
        return status["total"]

    assert total({"format": "csv"}) == 1
    assert total({"format": "csv", "state": "approved"}) == 1
    assert total({"format": "csv", "state": "any"}) == 3
    assert total({"format": "csv", "state": "received"}) == 2
    assert total({"format": "csv", "state": None}) == 3  # as desktops before this one asked
