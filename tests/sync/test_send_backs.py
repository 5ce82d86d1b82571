"""Every send-back reaches the enumerator, every time (issue 23, fault 4): returned,
corrected, returned again with a comment on another answer — twice, three times — the
enumerator's desktop gets it back each time with the new comments, and each corrected
revision reaches the server. On one computer with several profiles too (an office's: the
supervisor's sync must not move the enumerator's cursor past her decisions), and when a
revision is sent back twice before the device syncs."""

import pytest

from desktop_app import review_notes, reviewing
from desktop_app.sync.enrolment import enrol
from tests.central_server.conftest import (  # noqa: F401 - fixtures: both stores
    PASSWORDS,
    server_settings,
)
from tests.sync.test_review_desktop import supervisor_laptop  # noqa: F401 - a fixture
from tests.sync.test_review_loop import api
from tests.sync.test_sync_client import finalized, sync

# a comment on another answer each time
FIELDS = ("dwellings/n_dwellings", "dwellings/n_occupied", "dwellings/n_dwellings")


def correct(enumerator, uuid: str, field: str) -> None:
    """The enumerator changes the answer commented on and finalizes: a new revision."""
    draft = enumerator.open_submission(uuid)
    node = draft.session.node(f"/data/{field}")
    draft.set_answer(node, str(int(draft.session.value(f"/data/{field}") or 0) + 1))
    assert draft.finalize() == []


def revisions_on_server(server, login, uuid: str) -> list[int]:
    history = api(server, login("super_k"), "GET", f"/review/submissions/{uuid}/history").json()
    return [r["revision"] for r in history["revisions"]]


@pytest.mark.parametrize("rounds", [2, 3])
def test_each_send_back_reaches_the_enumerator_and_each_correction_the_server(
    server,
    client,
    admin,
    tmp_path,
    login,
    supervisor_laptop,  # noqa: F811
    rounds,
):
    _, supervisor = supervisor_laptop
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    [mine] = finalized(client, admin, tmp_path, "population", 1, seed=231)
    uuid = mine["uuid"]
    assert sync(admin).sent == 1
    server.checked()
    for n, field in enumerate(FIELDS[:rounds], 1):
        sync(supervisor)
        copy = reviewing.open_copy(supervisor, uuid)
        assert copy.copy.revision == n
        reviewing.decide(
            supervisor, copy, "returned", role="supervisor", comment=f"round {n}",
            answers={field: f"look again ({n})"},
        )  # fmt: skip
        assert sync(supervisor).decisions_sent == 1
        sync(supervisor)  # a second sync (F5, or by itself) before the enumerator's

        assert sync(admin).returned == 1
        record = client.store.submission(uuid)
        assert (record.status, record.revision) == ("returned", n)
        note = admin.open_note(uuid, record.note)
        assert f"super_k: round {n}" in note
        assert review_notes.answer_comments(note) == {field: f"look again ({n})"}
        correct(admin, uuid, field)
        assert sync(admin).sent == 1
        server.checked()
        assert revisions_on_server(server, login, uuid) == list(range(1, n + 2))
    history = api(server, login("super_k"), "GET", f"/review/submissions/{uuid}/history").json()
    assert [(d["decision"], d["revision"]) for d in history["decisions"]] == [
        ("returned", n) for n in range(1, rounds + 1)
    ]
    assert sync(admin).returned == 0  # each came once


def test_on_one_computer_the_supervisors_sync_leaves_the_enumerators_send_backs(
    server, client, admin, tmp_path, login
):
    """An office computer with two profiles: the enumerator's and the site supervisor's.
    The server sends the supervisor every decision of the site; her syncs must neither
    take the enumerator's send-backs (sealed with her key) nor skip them for the
    enumerator."""
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    admin.add_user("halima", "koboko-super-1", site="Koboko")
    supervisor = client.login("halima", "koboko-super-1")
    enrol(supervisor, server.url, "super_k", PASSWORDS["super_k"])
    [mine] = finalized(client, admin, tmp_path, "population", 1, seed=232)
    uuid = mine["uuid"]
    assert sync(admin).sent == 1
    server.checked()
    for n, field in enumerate(FIELDS, 1):
        sync(supervisor)
        copy = reviewing.open_copy(supervisor, uuid)
        assert copy.copy.revision == n
        reviewing.decide(
            supervisor, copy, "returned", role="supervisor", comment=f"round {n}",
            answers={field: f"look again ({n})"},
        )  # fmt: skip
        assert sync(supervisor).decisions_sent == 1
        assert sync(supervisor).returned == 0  # not hers to correct
        assert client.store.submission(uuid).status == "sent"

        assert sync(admin).returned == 1
        record = client.store.submission(uuid)
        assert (record.status, record.revision) == ("returned", n)
        assert f"super_k: round {n}" in admin.open_note(uuid, record.note)
        correct(admin, uuid, field)
        assert sync(admin).sent == 1
        server.checked()
    assert revisions_on_server(server, login, uuid) == [1, 2, 3, 4]


def test_a_revision_sent_back_twice_before_the_device_syncs_shows_both(
    server, client, admin, tmp_path, login
):
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    [mine] = finalized(client, admin, tmp_path, "population", 1, seed=233)
    uuid = mine["uuid"]
    assert sync(admin).sent == 1
    server.checked()
    for who, field in (("super_k", FIELDS[0]), ("secretariat", FIELDS[1])):
        r = api(
            server, login(who), "POST", f"/review/submissions/{uuid}/decisions",
            json={"decision": "returned", "comment": f"from {who}", "answers": {field: who}},
        )  # fmt: skip
        assert r.status_code == 200, r.text
    assert sync(admin).returned == 2
    note = admin.open_note(uuid, client.store.submission(uuid).note)
    assert "super_k: from super_k" in note and "secretariat: from secretariat" in note
    assert review_notes.answer_comments(note) == {FIELDS[0]: "super_k", FIELDS[1]: "secretariat"}

    # one more while she corrects it: added; the same again (a pull repeated): not twice
    r = api(
        server, login("secretariat"), "POST", f"/review/submissions/{uuid}/decisions",
        json={"decision": "returned", "comment": "and the zone", "revision": 1},
    )  # fmt: skip
    assert r.status_code == 200, r.text
    assert sync(admin).returned == 1
    client.store.set_setting("sync_cursor/amina", 0)
    assert sync(admin).returned == 0
    note = admin.open_note(uuid, client.store.submission(uuid).note)
    assert note.count("secretariat: and the zone") == 1 and note.count("from super_k") == 1
    correct(admin, uuid, FIELDS[0])
    assert sync(admin).sent == 1
    server.checked()
    assert revisions_on_server(server, login, uuid) == [1, 2]
    assert client.store.submission(uuid).status == "sent"
