"""A supervisor's Assignments screen (issue 25), against the real server on 127.0.0.1, by
keyboard only: two households amina registered reach the supervisor's laptop; in the screen
she ticks one and gives it to amina, and the server has it; the progress says amina has one
left; she gives it to the clerk instead, gives amina five registrations in a zone, and
cancels those after saying yes (a stray Enter cancels nothing). A household the server
closed meanwhile is refused: the dialog names it by its label and keeps what was chosen.
With no connection the screen says it needs one, and nothing breaks."""

import os
from collections import Counter
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from shiboken6 import isValid
from sqlalchemy import update

from central_server.db import entities
from desktop_app.client import Client
from desktop_app.paths import Home
from desktop_app.sync.enrolment import enrol, move_server
from desktop_app.ui.assign_dialog import AssignDialog
from desktop_app.ui.assignments_view import AssignmentsView
from desktop_app.ui.i18n import InterfaceLanguage
from desktop_app.ui.reassign_dialog import ReassignDialog
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_entities_server import applied
from tests.conftest import FIXED_NOW
from tests.desktop_app.conftest import FAST_KDF
from tests.desktop_app.test_entities_local import register
from tests.desktop_app.test_mnemonics import letters
from tests.desktop_app.test_window import press
from tests.sync.test_assignments_desktop import token
from tests.sync.test_entities_desktop import laptops, published
from tests.sync.test_sync_client import sync

__all__ = ["laptops", "published"]  # fixtures, used by name

ALT = Qt.KeyboardModifier.AltModifier
UNISOLATED = str.maketrans("", "", "\u2066\u2067\u2068\u2069")


def plain(text: str) -> str:
    return text.translate(UNISOLATED)


def on_server(server, **params):
    r = requests.get(
        f"{server.url}/api/v1/assignments",
        params=params,
        headers={"authorization": f"Bearer {token(server, 'super_k')}"},
    )
    assert r.status_code == 200, r.text
    return r.json()["assignments"]


def households_on_both(server, laptops, names=("Neema Achieng", "Opio Okello")):
    """Households amina registered, synced, and on the supervisor's laptop."""
    amina, halima, baraka = laptops
    for user in laptops:
        sync(user)  # the forms come down
    made = [register(amina, name, size) for name, size in zip(names, ("4", "6"), strict=True)]
    sync(amina)
    applied(server)
    sync(halima)
    return made


def open_screen(qtbot, user) -> AssignmentsView:
    """The screen, shown and read from the server, the keyboard on its open assignments."""
    view = AssignmentsView(user, forms=user.client.forms(latest_only=True))
    qtbot.addWidget(view)
    view.resize(1100, 640)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.waitUntil(lambda: view.read_once, timeout=20_000)
    view.focus()
    return view


def reading(qtbot, view) -> None:
    """Until the screen has read the server again."""
    qtbot.waitUntil(view.reload_button.isEnabled, timeout=20_000)


def progress(view):
    m = view.progress_model
    return [
        tuple(plain(m.item(r, c).text()) for c in range(5) if m.item(r, c) is not None)
        for r in range(m.rowCount())
    ]


def listed(view):
    m = view.model
    return [tuple(plain(m.data(m.index(r, c))) for c in range(5)) for r in range(m.rowCount())]


def closed(window) -> bool:
    return not isValid(window) or not window.isVisible()


def dialog_open(qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), kind))
    return QApplication.activeWindow()


def assign_dialog(qtbot, view, *, site_known=True) -> AssignDialog:
    """Alt+A: the dialog, who works at the site and the first form's households read."""
    press(view, Qt.Key.Key_A, ALT)
    dialog = dialog_open(qtbot, AssignDialog)
    if site_known:
        qtbot.waitUntil(lambda: dialog.person.count() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.form_read, timeout=20_000)
    return dialog


def choose_form(qtbot, dialog, form_id):
    """The form by typing its title in its box, as the keyboard does; its households read."""
    press(dialog, Qt.Key.Key_F, ALT)
    assert dialog.form.hasFocus()
    qtbot.keyClicks(dialog.form, form_id)
    assert dialog.form.currentData() == form_id
    qtbot.waitUntil(lambda: dialog.form_read, timeout=20_000)


def test_a_supervisor_assigns_reassigns_and_cancels_by_keyboard(
    qtbot, qtmodeltester, server, laptops
):
    neema, opio = households_on_both(server, laptops)
    view = open_screen(qtbot, laptops[1])
    qtmodeltester.check(view.model)
    assert progress(view) == [
        ("Nobody has open work: Assign… gives the site's enumerators and clerks some.",)
    ]
    assert listed(view) == [] and not view.reassign_button.isEnabled()

    # Alt+A: the visit form, Neema searched and ticked with Space, amina, Alt+A
    dialog = assign_dialog(qtbot, view)
    choose_form(qtbot, dialog, "hh_visit")
    assert len(dialog.model.every) == 2
    qtmodeltester.check(dialog.model)
    assert dialog.households_choice.isChecked()
    assert [plain(dialog.model.data(dialog.model.index(r))) for r in range(2)] == [
        "Neema Achieng — size: 4",
        "Opio Okello — size: 6",
    ]
    press(dialog, Qt.Key.Key_S, ALT)
    qtbot.keyClicks(dialog.search, "neema")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    press(dialog, Qt.Key.Key_Down)  # from the search to the households
    assert dialog.households.hasFocus()
    press(dialog, Qt.Key.Key_Space)
    assert dialog.model.ticked == {neema}
    assert "1 ticked" in dialog.counted.text()
    press(dialog, Qt.Key.Key_E, ALT)
    assert dialog.person.hasFocus()
    assert [dialog.person.itemData(i) for i in range(dialog.person.count())] == [
        "amina",
        "clerk_k",
    ]
    qtbot.keyClicks(dialog.person, "amina")
    assert dialog.person.currentData() == "amina"
    shoot(dialog, "assign_dialog_en.png")
    press(dialog, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    reading(qtbot, view)
    assert plain(view.said.text()) == "1 assignment(s) given to amina."

    [given] = on_server(server, open="true")
    assert (given["form_id"], given["enumerator"], given["entity"], given["title"]) == (
        "hh_visit",
        "amina",
        neema,
        "Neema Achieng",
    )
    assert given["preload"]["/data/hh"] == neema
    assert listed(view) == [("Neema Achieng", "amina", "hh_visit", "0", "1")]
    assert progress(view) == [
        ("amina", "1", "1", "0", "1"),
        ("All of Koboko", "1", "1", "0", "1"),
    ]

    # Alt+R: given to the clerk instead (amina, who has it, is not offered)
    press(view, Qt.Key.Key_O, ALT)
    assert view.table.hasFocus() and [a.id for a in view.chosen()] == [given["id"]]
    press(view, Qt.Key.Key_R, ALT)
    reassign = dialog_open(qtbot, ReassignDialog)
    qtbot.waitUntil(lambda: reassign.person.count() > 0, timeout=20_000)
    assert [reassign.person.itemData(i) for i in range(reassign.person.count())] == ["clerk_k"]
    shoot(reassign, "reassign_en.png")
    press(reassign, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: closed(reassign), timeout=20_000)
    reading(qtbot, view)
    assert [(a["id"], a["enumerator"]) for a in on_server(server)] == [(given["id"], "clerk_k")]
    assert listed(view) == [("Neema Achieng", "clerk_k", "hh_visit", "0", "1")]
    assert progress(view)[0] == ("clerk_k", "1", "1", "0", "1")

    # five registrations in zone 3 for amina
    dialog = assign_dialog(qtbot, view)
    choose_form(qtbot, dialog, "hh_register")
    assert not dialog.households_choice.isEnabled()
    assert dialog.registrations_choice.isChecked()  # it follows up no list
    assert "follows up no list" in dialog.form_note.text()
    press(dialog, Qt.Key.Key_M, ALT)
    dialog.quantity.selectAll()
    qtbot.keyClicks(dialog.quantity, "5")
    press(dialog, Qt.Key.Key_Z, ALT)
    qtbot.keyClicks(dialog.zone, "Zone 3")
    press(dialog, Qt.Key.Key_E, ALT)
    qtbot.keyClicks(dialog.person, "amina")
    shoot(dialog, "assign_registrations_en.png")
    press(dialog, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    reading(qtbot, view)
    assert ("Zone 3: 5 new registration(s)", "amina", "hh_register", "0", "5") in listed(view)
    assert ("All of Koboko", "2", "6", "0", "6") in progress(view)

    # only amina's, searched; Alt+C asks, and Enter (No) cancels nothing
    press(view, Qt.Key.Key_E, ALT)
    qtbot.keyClicks(view.enumerator, "amina")
    assert [row[1] for row in listed(view)] == ["amina"]
    press(view, Qt.Key.Key_S, ALT)
    qtbot.keyClicks(view.search, "zone")
    assert [row[0] for row in listed(view)] == ["Zone 3: 5 new registration(s)"]
    press(view, Qt.Key.Key_C, ALT)
    ask = dialog_open(qtbot, QMessageBox)
    assert ask.defaultButton() is ask.button(QMessageBox.StandardButton.No)
    assert "Zone 3: 5 new registration(s) — amina" in plain(ask.informativeText())
    shoot(ask, "cancel_en.png")
    press(ask, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(ask))
    assert len(on_server(server, open="true")) == 2
    press(view, Qt.Key.Key_C, ALT)
    ask = dialog_open(qtbot, QMessageBox)
    press(ask, Qt.Key.Key_Y, ALT)
    qtbot.waitUntil(lambda: "cancelled" in view.said.text(), timeout=20_000)
    reading(qtbot, view)
    states = {a["title"]: a["state"] for a in on_server(server)}
    assert states == {"Neema Achieng": "open", "Zone 3": "cancelled"}
    assert listed(view) == []  # amina has nothing open any more
    view.enumerator.setCurrentIndex(0)  # everyone's
    view.search.clear()
    assert listed(view) == [("Neema Achieng", "clerk_k", "hh_visit", "0", "1")]
    shoot(view, "assign_en.png")


def test_a_household_the_server_closed_is_refused_by_name_and_the_choice_stays(
    qtbot, server, laptops
):
    neema, opio = households_on_both(server, laptops)
    view = open_screen(qtbot, laptops[1])
    dialog = assign_dialog(qtbot, view)
    choose_form(qtbot, dialog, "hh_visit")
    press(dialog, Qt.Key.Key_T, ALT)  # both ticked (a button's key clicks after 100 ms)
    qtbot.waitUntil(lambda: dialog.model.ticked == {neema, opio})
    press(dialog, Qt.Key.Key_E, ALT)
    qtbot.keyClicks(dialog.person, "clerk_k")
    with server.app.state.engine.begin() as conn:  # meanwhile, Opio's household is closed
        conn.execute(
            update(entities)
            .where(entities.c.uuid == opio)
            .values(deleted_at="2026-03-14T10:00:00Z")
        )

    press(dialog, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: "refused" in dialog.said.text(), timeout=20_000)
    said = plain(dialog.said.text())
    assert "The server assigned nothing: it refused 1 of the households ticked." in said
    assert "• Opio Okello: closed on 2026-03-14" in said
    assert neema not in said and "Neema" not in said
    assert dialog.isVisible() and on_server(server) == []
    # what was chosen stays; the refused one is the one with the keyboard, in red
    assert dialog.model.ticked == {neema, opio}
    assert dialog.person.currentData() == "clerk_k"
    assert dialog.form.currentData() == "hh_visit"
    assert dialog.households.hasFocus()
    current = dialog.households.currentIndex()
    assert current.data(Qt.ItemDataRole.UserRole) == opio
    assert "closed on 2026-03-14" in current.data(Qt.ItemDataRole.ToolTipRole)
    assert current.data(Qt.ItemDataRole.ForegroundRole) is not None
    shoot(dialog, "assign_refused_en.png")

    press(dialog, Qt.Key.Key_Space)  # Opio unticked; Neema alone goes
    press(dialog, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    assert [(a["entity"], a["enumerator"]) for a in on_server(server)] == [(neema, "clerk_k")]


def test_f5_reads_the_server_again_on_this_screen_rather_than_syncing(qtbot, server, laptops):
    households_on_both(server, laptops)
    window = QMainWindow()  # as the main window holds it, with F5 for Sync now
    synced = []
    sync_now = QAction("Sync now", window)
    sync_now.setShortcut(QKeySequence("F5"))
    sync_now.triggered.connect(lambda: synced.append(1))
    window.addAction(sync_now)
    view = AssignmentsView(laptops[1], forms=laptops[1].client.forms(latest_only=True))
    window.setCentralWidget(view)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: view.read_once, timeout=20_000)
    view.focus()
    requests.post(
        f"{server.url}/api/v1/assignments",
        json={"form_id": "hh_register", "enumerator": "amina", "quantity": 3},
        headers={"authorization": f"Bearer {token(server, 'super_k')}"},
    ).raise_for_status()
    assert listed(view) == []
    press(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(listed(view)) == 1, timeout=20_000)
    assert synced == []
    view.search.setFocus()  # from any of its boxes too
    press(window, Qt.Key.Key_F5)
    assert not view.reload_button.isEnabled()  # reading
    reading(qtbot, view)
    assert synced == []


def test_with_no_connection_the_screen_says_it_needs_the_server(qtbot, server, laptops, admin):
    halima = laptops[1]
    move_server(halima, "http://127.0.0.1:9")  # nothing listens there
    view = AssignmentsView(halima, forms=halima.client.forms(latest_only=True))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: "needs a connection" in view.said.text(), timeout=20_000)
    assert (
        "No connection to the server: check the network, then Read again (F5)" in view.said.text()
    )
    shoot(view, "assign_offline_en.png")
    for button in (view.assign_button, view.reassign_button, view.cancel_button):
        assert not button.isEnabled()
    press(view, Qt.Key.Key_A, ALT)  # nothing opens
    view.reload()  # F5 again: said again, nothing breaks
    qtbot.waitUntil(view.reload_button.isEnabled, timeout=20_000)
    assert QApplication.activeModalWidget() is None

    never = AssignmentsView(admin, forms=[])  # a computer never connected to a server
    qtbot.addWidget(never)
    assert "needs this computer connected" in never.said.text()
    assert not never.reload_button.isEnabled()


def test_no_two_keys_on_the_screen_and_its_dialogs(qtbot, server, laptops):
    households_on_both(server, laptops)
    view = open_screen(qtbot, laptops[1])
    menus = ["&Daftari", "&View"]  # the main window's menu bar, above the screen
    screens = {"screen": letters(view, menus)}  # (its dialogs are windows of their own)
    dialog = assign_dialog(qtbot, view)
    screens["assign"] = letters(dialog, [])
    press(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))
    requests.post(
        f"{server.url}/api/v1/assignments",
        json={"form_id": "hh_register", "enumerator": "amina", "quantity": 3},
        headers={"authorization": f"Bearer {token(server, 'super_k')}"},
    ).raise_for_status()
    view.reload()
    qtbot.waitUntil(lambda: bool(view.chosen()), timeout=20_000)
    press(view, Qt.Key.Key_R, ALT)
    reassign = dialog_open(qtbot, ReassignDialog)
    screens["reassign"] = letters(reassign, [])
    clashes = {
        name: [k for k, n in Counter(keys).items() if n > 1] for name, keys in screens.items()
    }
    assert not any(clashes.values()), clashes
    assert set(screens["screen"]) >= {"p", "o", "e", "s", "a", "r", "c", "g"}


ARABIC = ("نعمة أشينغ", "أوبيو أوكيلو")


def test_arabic_households_read_right_to_left(qtbot, server, laptops):
    neema, opio = households_on_both(server, laptops, names=ARABIC)
    requests.post(
        f"{server.url}/api/v1/assignments",
        json={"form_id": "hh_visit", "enumerator": "amina", "entities": [neema]},
        headers={"authorization": f"Bearer {token(server, 'super_k')}"},
    ).raise_for_status()
    language = InterfaceLanguage(QApplication.instance())
    language.apply("ar")  # the whole interface right to left, as View → Interface language
    try:
        view = open_screen(qtbot, laptops[1])
        assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert listed(view) == [(ARABIC[0], "amina", "hh_visit", "0", "1")]
        shoot(view, "assign_ar.png")
        dialog = assign_dialog(qtbot, view)
        choose_form(qtbot, dialog, "hh_visit")
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        opio_shown, neema_shown = (dialog.model.data(dialog.model.index(r)) for r in (0, 1))
        assert plain(opio_shown) == f"{ARABIC[1]} — size: 6"  # by label: Opio's first
        assert plain(neema_shown) == f"{ARABIC[0]} — size: 4 (مُسندة من قبل إلى amina)"
        shoot(dialog, "assign_dialog_ar.png")
        press(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: closed(dialog))
    finally:
        language.apply("en")


def shoot(widget, name):
    """The screen saved to look at, when DAFTARI_SHOTS names a folder."""
    folder = os.environ.get("DAFTARI_SHOTS")
    if folder:
        assert widget.grab().save(str(Path(folder) / name))


@pytest.fixture
def secretariat_laptop(server, tmp_path, published):
    """The Secretariat's computer, connected: its work is at every site."""
    c = Client(Home.resolve(tmp_path / "sec"), clock=lambda: FIXED_NOW, kdf=FAST_KDF)
    user = c.create_first_user("wanjiru", "secretariat-2026-pass")
    enrol(user, server.url, "secretariat", PASSWORDS["secretariat"])
    sync(user)  # the forms come down
    yield user
    c.close()


def test_the_secretariat_names_the_site_the_work_is_at(qtbot, server, secretariat_laptop):
    view = open_screen(qtbot, secretariat_laptop)
    assert "every site" in view.where.text()
    dialog = assign_dialog(qtbot, view, site_known=False)  # no assignment anywhere yet
    assert dialog.person.count() == 0 and "Name the site first" in dialog.person.placeholderText()
    press(dialog, Qt.Key.Key_I, ALT)
    qtbot.keyClicks(dialog.site, "kakuma")
    qtbot.waitUntil(lambda: dialog.person.count() > 0, timeout=20_000)
    assert [dialog.person.itemData(i) for i in range(dialog.person.count())] == [
        "baraka",
        "clerk_a",
    ]
    assert plain(dialog.heading.text()) == "Work at kakuma"
    choose_form(qtbot, dialog, "hh_register")
    press(dialog, Qt.Key.Key_Z, ALT)
    qtbot.keyClicks(dialog.zone, "Block 7")
    press(dialog, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    reading(qtbot, view)
    assert on_server(server) == []  # Koboko's supervisor sees none of Kakuma's
    r = requests.get(
        f"{server.url}/api/v1/assignments",
        headers={"authorization": f"Bearer {token(server, 'secretariat')}"},
    ).json()["assignments"]
    assert [(a["site"], a["enumerator"], a["zone"], a["quantity"]) for a in r] == [
        ("Kakuma", "baraka", "Block 7", 1)
    ]
    assert listed(view) == [("Block 7: 1 new registration(s)", "baraka", "hh_register", "0", "1")]
