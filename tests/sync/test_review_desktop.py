"""A supervisor reviews on the desktop (issue 11): the site's submissions come down at sync,
are read and decided on with no connection, and the decisions go up at the next sync; the
enumerator's desktop then receives the one sent back, with the comment on its answer."""

import pytest

from desktop_app import reviewing
from desktop_app.app import standard_forms
from desktop_app.client import Client
from desktop_app.errors import ClientError, NotAllowed
from desktop_app.paths import Home
from desktop_app.store import ReviewFilter
from desktop_app.sync.enrolment import enrol
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_api import envelopes, item, push
from tests.conftest import FIXED_NOW
from tests.desktop_app.conftest import FAST_KDF
from tests.sync.test_review_loop import api
from tests.sync.test_sync_client import finalized, sync


@pytest.fixture
def supervisor_laptop(server, tmp_path):
    """Koboko's supervisor on her own laptop."""
    c = Client(Home.resolve(tmp_path / "supervisor"), clock=lambda: FIXED_NOW, kdf=FAST_KDF)
    c.install_forms(standard_forms())
    user = c.create_first_user("halima", "koboko-super-1", site="Koboko")
    enrol(user, server.url, "super_k", PASSWORDS["super_k"])
    yield c, user
    c.close()


def test_a_supervisor_reviews_offline_and_decisions_go_up_at_sync(
    server, client, admin, tmp_path, login, supervisor_laptop
):
    sup_client, supervisor = supervisor_laptop
    enrol(admin, server.url, "amina", PASSWORDS["amina"])  # a Koboko enumerator
    mine = finalized(client, admin, tmp_path, "population", 3, seed=81)
    assert sync(admin).sent == 3
    assert push(server, login("baraka"), [item(e) for e in envelopes(2, seed=82)]).ok  # Kakuma
    server.checked()

    report = sync(supervisor)
    assert report.to_review == 3  # Koboko's three; never Kakuma's
    listed = reviewing.ids(supervisor, ReviewFilter())
    assert set(listed) == {e["uuid"] for e in mine}
    assert reviewing.ids(supervisor, ReviewFilter(state="received")) == listed
    assert reviewing.ids(supervisor, ReviewFilter(enumerator="nobody")) == []
    # the answers are kept encrypted: no respondent's answer in the database file
    raw = (tmp_path / "supervisor").rglob("*.db*")
    kept = b"".join(p.read_bytes() for p in raw if p.is_file())
    assert mine[0]["data"]["area/team_leader"].encode() not in kept

    # offline from here: the server is not asked until the next sync
    first, second = (reviewing.open_copy(supervisor, e["uuid"]) for e in mine[:2])
    session = reviewing.session_of(supervisor, first, language=None)
    assert session.value("/data/dwellings/n_dwellings") == str(
        mine[0]["data"]["dwellings/n_dwellings"]
    )
    with pytest.raises(ClientError, match="say what to correct"):
        reviewing.decide(supervisor, first, "returned", role="supervisor")
    field = "dwellings/n_dwellings"
    assert (
        reviewing.decide(
            supervisor,
            first,
            "returned",
            role="supervisor",
            comment="Please check",
            answers={field: "More dwellings than people?"},
        )
        == "returned"
    )
    assert reviewing.decide(supervisor, second, "approved", role="supervisor") == "site_approved"
    shown = reviewing.rows(supervisor, [mine[0]["uuid"], mine[1]["uuid"]])
    assert shown[mine[0]["uuid"]].waiting == "returned"
    assert shown[mine[1]["uuid"]].state == "site_approved"
    secretariat = login("secretariat")
    listed_on_server = {
        s["uuid"]: s["state"]
        for s in api(server, secretariat, "GET", "/review/submissions").json()["submissions"]
    }
    assert listed_on_server[mine[0]["uuid"]] == "received"  # nothing sent yet

    report = sync(supervisor)
    assert report.decisions_sent == 2 and not report.problems
    listed_on_server = {
        s["uuid"]: s["state"]
        for s in api(server, secretariat, "GET", "/review/submissions").json()["submissions"]
    }
    assert listed_on_server[mine[0]["uuid"]] == "returned"
    assert listed_on_server[mine[1]["uuid"]] == "site_approved"
    assert reviewing.rows(supervisor, [mine[0]["uuid"]])[mine[0]["uuid"]].waiting == ""

    # the enumerator receives it, corrects it; the supervisor sees revision 2 and what changed
    assert sync(admin).returned == 1
    draft = admin.open_submission(mine[0]["uuid"])
    occupied = int(draft.session.value("/data/dwellings/n_occupied") or 0)
    draft.set_answer(draft.session.node(f"/data/{field}"), str(occupied + 2))
    assert draft.finalize() == []
    assert sync(admin).sent == 1
    server.checked()
    sync(supervisor)
    again = reviewing.open_copy(supervisor, mine[0]["uuid"])
    assert again.copy.revision == 2 and again.copy.state == "corrected"
    assert field in again.changed
    assert [d.decision for d in again.decisions] == ["returned"]


def test_a_decision_the_server_refuses_is_kept_with_why_and_blocks_nothing(
    server, client, admin, tmp_path, login, supervisor_laptop
):
    _, supervisor = supervisor_laptop
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    mine = finalized(client, admin, tmp_path, "population", 2, seed=83)
    assert sync(admin).sent == 2
    server.checked()
    sync(supervisor)
    first, second = (reviewing.open_copy(supervisor, e["uuid"]) for e in mine)
    reviewing.decide(supervisor, first, "approved", role="supervisor")
    reviewing.decide(supervisor, second, "approved", role="supervisor")
    # meanwhile the Secretariat decided on the first: the site's decision comes too late
    r = api(
        server,
        login("secretariat"),
        "POST",
        f"/review/submissions/{mine[0]['uuid']}/decisions",
        json={"decision": "returned", "comment": "Wrong household"},
    )
    assert r.status_code == 200
    report = sync(supervisor)
    assert report.decisions_sent == 1
    assert any("Secretariat" in p for p in report.problems)
    rows = reviewing.rows(supervisor, [e["uuid"] for e in mine])
    assert "Secretariat" in rows[mine[0]["uuid"]].problem
    assert rows[mine[0]["uuid"]].state == "returned"  # the server's state, pulled after
    assert rows[mine[1]["uuid"]].state == "site_approved"
    assert sync(supervisor).decisions_sent == 0  # never sent again
    # the Secretariat decided on this revision: the desktop says so before any sync
    with pytest.raises(NotAllowed, match="Secretariat"):
        reviewing.decide(
            supervisor,
            reviewing.open_copy(supervisor, mine[0]["uuid"]),
            "approved",
            role="supervisor",
        )


def test_an_enumerator_does_not_review(server, client, admin):
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    report = sync(admin)
    assert report.to_review == 0
    with pytest.raises(NotAllowed):
        reviewing.decide(admin, None, "approved", role="enumerator")  # type: ignore[arg-type]


def test_a_supervisor_sends_one_back_by_keyboard_only(
    qtbot, server, client, admin, tmp_path, login, supervisor_laptop
):
    """Log in → the review list; Enter opens; Down to the answer, Enter, type the comment,
    Enter; Alt+B sends it back; the list says it waits for the next sync; the sync sends it."""
    from PySide6.QtCore import Qt

    from desktop_app.ui.review import ReviewView
    from tests.desktop_app.test_window import log_in, open_window, press, type_into

    sup_client, supervisor = supervisor_laptop
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    mine = finalized(client, admin, tmp_path, "population", 2, seed=84)
    assert sync(admin).sent == 2
    server.checked()
    sync(supervisor)
    window = open_window(qtbot, sup_client)
    view = log_in(qtbot, window, "koboko-super-1")
    assert isinstance(view, ReviewView)
    window.stop_sync()  # the test syncs when it means to
    assert view.model.rowCount() == 2
    opened = view._uuid_at(view.table.currentIndex().row())
    press(window, Qt.Key.Key_Return)
    page = view.submission_page
    assert view.currentWidget() is page and page.answers.hasFocus()
    field = "dwellings/n_dwellings"
    for _ in range(60):
        current = page.answers.currentItem()
        if current is not None and current.data(0, Qt.ItemDataRole.UserRole) == field:
            break
        press(window, Qt.Key.Key_Down)
    else:
        raise AssertionError("Down never reached the number of dwellings")
    press(window, Qt.Key.Key_Return)  # comment on this answer
    type_into(qtbot, window, "More dwellings than people?")
    press(window, Qt.Key.Key_Return)
    assert page.answer_comments() == {field: "More dwellings than people?"}
    press(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # clicks after 100 ms
    qtbot.waitUntil(lambda: view.currentWidget() is view.list_page)
    row = next(r for r in range(view.model.rowCount()) if view._uuid_at(r) == opened)
    assert "(to send)" in view.model.item(row, 6).text()
    assert "next sync" in window.statusBar().currentMessage()

    assert sync(supervisor).decisions_sent == 1
    assert sync(admin).returned == 1
    note = admin.open_note(opened, client.store.submission(opened).note)
    assert f"{field}: More dwellings than people?" in note
    assert {e["uuid"] for e in mine} >= {opened}
    window.close()


def test_comments_belong_to_one_submission_and_esc_keeps_them(
    qtbot, server, client, admin, tmp_path, login, supervisor_laptop
):
    """Found by an outside tester: a comment typed on one submission's answer was still in
    the column when the next one opened, and went to the server with its approval; Esc threw
    away a general comment typed."""
    from PySide6.QtCore import Qt

    from tests.desktop_app.test_window import log_in, open_window, press, type_into

    sup_client, supervisor = supervisor_laptop
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    finalized(client, admin, tmp_path, "population", 3, seed=86)
    assert sync(admin).sent == 3
    server.checked()
    sync(supervisor)
    window = open_window(qtbot, sup_client)
    view = log_in(qtbot, window, "koboko-super-1")
    window.stop_sync()
    page = view.submission_page

    def open_row(row):
        view.focus_list()
        view.table.selectRow(row)
        press(window, Qt.Key.Key_Return)
        assert view.currentWidget() is page
        return view._uuid_at(row)

    first = open_row(0)
    press(window, Qt.Key.Key_Return)  # a comment on the first answer
    type_into(qtbot, window, "Wrong city?")
    press(window, Qt.Key.Key_Return)
    press(window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    type_into(qtbot, window, "Call the team leader")
    press(window, Qt.Key.Key_Escape)  # back to the list: nothing lost
    assert view.currentWidget() is view.list_page
    second = open_row(1)
    assert second != first
    assert page.answer_comments() == {} and page.comment.toPlainText() == ""
    press(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # approve the second
    qtbot.waitUntil(lambda: view.currentWidget() is view.list_page)
    row = next(r for r in range(view.model.rowCount()) if view._uuid_at(r) == first)
    open_row(row)
    assert page.comment.toPlainText() == "Call the team leader"
    assert list(page.answer_comments().values()) == ["Wrong city?"]
    press(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # send the first back
    qtbot.waitUntil(lambda: view.currentWidget() is view.list_page)
    window.close()

    assert sync(supervisor).decisions_sent == 2
    history = {
        u: api(server, login("secretariat"), "GET", f"/review/submissions/{u}/history").json()
        for u in (first, second)
    }
    [approved] = history[second]["decisions"]
    assert approved["decision"] == "approved" and approved["answers"] == {}
    assert approved["comment"] == ""
    [returned] = history[first]["decisions"]
    assert returned["comment"] == "Call the team leader"
    assert list(returned["answers"].values()) == ["Wrong city?"]


def test_a_burst_bigger_than_a_page_all_comes_in_one_sync(
    server, client, admin, tmp_path, supervisor_laptop, monkeypatch
):
    """Found by an outside attack: of a burst of fresh submissions only the first page came,
    until they were two minutes old — a supervisor going offline took half a day's work."""
    from central_server import review

    _, supervisor = supervisor_laptop
    monkeypatch.setattr(review, "FEED_PAGE", 2)
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    mine = finalized(client, admin, tmp_path, "population", 5, seed=87)
    assert sync(admin).sent == 5
    server.checked()
    sync(supervisor)
    assert set(reviewing.ids(supervisor, ReviewFilter())) == {e["uuid"] for e in mine}
    assert supervisor.store.review_cursors("halima") == (0, 0, 0)  # nothing settled yet
