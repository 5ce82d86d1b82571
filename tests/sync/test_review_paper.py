"""A supervisor reviews paper questionnaires keyed at an office, on her own laptop: the review
feed brings each paper's facts, so the list names the enumerator written on the paper and the
clerk who keyed it, wherever it was keyed; a value kept as written on the paper against the
form's rule (720 minutes where 0–600 are allowed) is shown flagged, and the supervisor
confirms by keyboard that the paper's value stands — the confirmation goes up at the next
sync, and the indicators may count the value from then on."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from desktop_app.sync.enrolment import enrol
from form_engine.fill import random_submissions
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_as_written import feed_item
from tests.desktop_app.test_window import log_in, open_window, press, type_into
from tests.sync.test_paper_keying import key_from_paper, key_household_keeping
from tests.sync.test_review_desktop import supervisor_laptop  # noqa: F401 - a fixture
from tests.sync.test_sync_client import sync

MINUTES = "/data/survey/wash/water_minutes"
AGE = "/data/survey/member[2]/age"


def plain(text: str) -> str:
    """Text as read, without the direction isolates around names and values."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069")


def cell(view, row, column) -> str:
    return plain(view.model.item(row, column).text())


def test_a_paper_keyed_at_another_office_is_listed_by_its_enumerator_and_its_clerk(
    qtbot,
    server,
    client,
    admin,
    supervisor_laptop,  # noqa: F811
):
    """Keyed at the municipal office, reviewed on the supervisor's laptop (no keyings
    there): the list says E07 Halima interviewed and amina keyed it, the Enumerator filter
    finds it under E07 Halima, and the submission says which paper it was."""
    sup_client, supervisor = supervisor_laptop
    enrol(admin, server.url, "clerk_k", PASSWORDS["clerk_k"])  # a Koboko clerk's computer
    samples = [s["data"] for s in random_submissions(client.form("population"), 1, seed=5)]
    uuid = key_from_paper(
        admin,
        "population",
        samples[0],
        {
            "number": "312",
            "interview_date": "11/03/2026",
            "paper_enumerator": "E07 Halima",
            "batch": "KB-3",
        },
    ).draft.uuid
    assert sync(admin).sent == 1
    server.checked()
    assert sync(supervisor).to_review == 1
    assert supervisor.store.keying(uuid) is None  # nothing of the keying on this laptop

    from desktop_app.ui.review import KEYED_BY, ReviewView

    window = open_window(qtbot, sup_client)
    view = log_in(qtbot, window, "koboko-super-1")
    assert isinstance(view, ReviewView)
    window.stop_sync()
    assert view.model.rowCount() == 1
    assert not view.table.isColumnHidden(KEYED_BY)
    assert (cell(view, 0, 2), cell(view, 0, KEYED_BY)) == ("E07 Halima", "amina")
    names = [view.enumerator_filter.itemData(i) for i in range(view.enumerator_filter.count())]
    assert "E07 Halima" in names and "clerk_k" not in names
    view.enumerator_filter.setCurrentIndex(names.index("E07 Halima"))
    assert view.model.rowCount() == 1
    view.table.setFocus()
    press(window, Qt.Key.Key_Return)
    facts = plain(view.submission_page.facts.text())
    assert "Enumerator: E07 Halima" in facts
    assert "Keyed from paper questionnaire 312 (interviewed 2026-03-11) by amina" in facts
    window.close()


def test_a_value_kept_as_on_paper_is_confirmed_by_keyboard_and_stands_on_the_server(
    qtbot,
    server,
    client,
    admin,
    login,
    tmp_path,
    supervisor_laptop,  # noqa: F811
):
    """720 minutes and a member's age of 112 kept as on the paper: the supervisor sees both
    flagged at the top and beside their answers, ticks (Alt+P, Space) that the 720 stands,
    approves (Alt+A) offline; the sync sends the confirmation with the approval, the server
    counts the 720 confirmed by her and the 112 still not, and her laptop says so."""
    sup_client, supervisor = supervisor_laptop
    enrol(admin, server.url, "clerk_k", PASSWORDS["clerk_k"])
    uuid = key_household_keeping(admin, client, {MINUTES: "720", AGE: "112"})
    assert sync(admin).sent == 1
    server.checked()
    assert sync(supervisor).to_review == 1
    # the clerk's note and the values are kept encrypted on the laptop, as answers are
    raw = b"".join(p.read_bytes() for p in (tmp_path / "supervisor").rglob("*.db*"))
    assert b"as on the paper" not in raw

    window = open_window(qtbot, sup_client)
    view = log_in(qtbot, window, "koboko-super-1")
    window.stop_sync()
    press(window, Qt.Key.Key_Return)  # the one submission
    page = view.submission_page
    assert view.currentWidget() is page
    # at the top of the submission, and beside each answer
    assert page.paper_values.isVisible()
    flagged = plain(page.paper_values.text())
    assert (
        "kept as on paper: 720 — rule: Between 0 and 600 minutes. — note: as on the paper"
        " — not confirmed yet" in flagged
    )
    assert "kept as on paper: 112" in flagged and flagged.count("not confirmed yet") == 2
    assert plain(page.answer_items["survey/wash/water_minutes"].text(1)) == (
        "720 — kept as on paper"
    )
    assert plain(page.answer_items["survey/member[2]/age"].text(1)) == "112 — kept as on paper"

    press(window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # the comment
    type_into(qtbot, window, "720 minutes: the well is far, the team leader says")
    for _ in range(3):  # Alt+P goes from one paper's value to the next
        press(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        focused = QApplication.focusWidget()
        if isinstance(focused, QCheckBox) and "720" in focused.text():
            break
    else:
        raise AssertionError("Alt+P never reached the 720's box")
    assert plain(focused.text()).startswith("The &paper's value stands: ")
    press(window, Qt.Key.Key_Space)
    assert focused.isChecked()
    press(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # approve: clicks after 100 ms
    qtbot.waitUntil(lambda: view.currentWidget() is view.list_page)
    on_server = feed_item(server, login("secretariat"), uuid)["as_written"]
    assert not any(k["confirmed"] for k in on_server)  # kept here until the sync

    report = sync(supervisor)  # the decision goes up, the copy comes down again
    assert report.decisions_sent == 1 and not report.problems
    on_server = {k["path"]: k for k in feed_item(server, login("secretariat"), uuid)["as_written"]}
    assert on_server[MINUTES]["confirmed"] and on_server[MINUTES]["confirmed_by"] == "super_k"
    assert on_server[MINUTES]["confirmed_level"] == "site"
    assert not on_server[AGE]["confirmed"]

    view.reload()
    view.focus_list()
    press(window, Qt.Key.Key_Return)
    flagged = plain(page.paper_values.text())
    assert "kept as on paper: 720" in flagged and "confirmed by super_k on 20" in flagged
    assert flagged.count("not confirmed yet") == 1  # the 112 waits for someone
    assert list(page.stands) == [AGE]  # a box for the 112 alone
    assert "✓ The paper's value stands: " in page.history.text()
    assert plain(page.answer_items["survey/wash/water_minutes"].text(1)).endswith(
        "kept as on paper, confirmed"
    )
    window.close()


def test_copies_kept_before_the_feed_carried_paper_facts_name_the_paper_keyed_here(home):
    """A laptop upgraded with review copies on it: those of papers keyed on this very
    computer name the paper's enumerator and clerk at once (from its keyings); the others
    when the feed next brings them."""
    from sqlite_utils import Database

    from desktop_app.client import Client
    from desktop_app.store import ReviewFilter
    from desktop_app.store.schema import migrations
    from tests.desktop_app.conftest import FAST_KDF

    home.create()
    old = Database(home.database)
    migrations.apply(old, stop_before="m010_review_copies_paper")
    keying = dict(form_id="population", number="312", started_at="2026-03-12T09:00")
    keying.update(finished_at="2026-03-12T09:05", verifies="", paper_enumerator="E07 Halima")
    old["keyings"].insert_all(
        [
            {**keying, "uuid": "paper-1", "keyed_by": "amina"},
            {**keying, "uuid": "paper-1-again", "verifies": "paper-1", "keyed_by": "baraka"},
        ]
    )
    copy = dict(owner="halima", site="Koboko", form_id="population", form_version="1")
    old["review_copies"].insert_all(
        {
            **copy,
            "uuid": uuid,
            "enumerator": "clerk_k",
            "revision": 1,
            "state": "received",
            "received_at": "2026-03-12T11:00",
            "title": b"",
            "data": b"",
        }
        for uuid in ("paper-1", "typed-1")
    )
    old.conn.commit()
    old.close()
    client = Client(home, kdf=FAST_KDF)
    rows = client.store.review_rows("halima", ["paper-1", "typed-1"])
    assert (rows["paper-1"].paper_enumerator, rows["paper-1"].keyed_by) == ("E07 Halima", "amina")
    assert (rows["typed-1"].paper_enumerator, rows["typed-1"].keyed_by) == ("", "")
    assert client.store.review_choices("halima")["enumerator"] == ["clerk_k", "E07 Halima"]
    assert client.store.review_ids("halima", ReviewFilter(enumerator="E07 Halima")) == ["paper-1"]
    client.close()
