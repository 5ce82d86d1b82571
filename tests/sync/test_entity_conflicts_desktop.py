"""A supervisor resolves a household's conflict on the desktop (ODK Entities, issue 25),
against the real server: two phones updated the same version offline; the review list's
Alt+C lists the household, each property offers the value before and each one proposed,
with who and when, the newest chosen; what the supervisor chooses — and nothing else — becomes
the household's next version, and it leaves the list. A household changed meanwhile is
refused (409), said, and read again. Keyboard only."""

import os

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from desktop_app.client import Client
from desktop_app.paths import Home
from desktop_app.sync.enrolment import enrol
from desktop_app.ui.entity_conflicts import EntityConflictsWindow
from desktop_app.ui.review import ReviewView
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_entities_server import follow_up, registration, send
from tests.conftest import FIXED_NOW
from tests.desktop_app.conftest import FAST_KDF
from tests.desktop_app.test_window import log_in, open_window, press

ALT = Qt.KeyboardModifier.AltModifier
UNISOLATED = str.maketrans("", "", "\u2066\u2067\u2068\u2069")


@pytest.fixture
def supervisor_laptop(server, tmp_path):
    """Koboko's supervisor on her own laptop, connected to the server."""
    c = Client(Home.resolve(tmp_path / "supervisor"), clock=lambda: FIXED_NOW, kdf=FAST_KDF)
    user = c.create_first_user("halima", "koboko-super-1", site="Koboko")
    enrol(user, server.url, "super_k", PASSWORDS["super_k"])
    yield c
    c.close()


def in_conflict(server, login, forms, name="Amina"):
    """A Koboko household registered with size 4 in zone Z1, then visited by two phones that
    both had version 1: amina's makes the size 5, the clerk's the size 6 and the zone Z2 —
    a hard conflict on the size, at version 3."""
    register, visit = forms
    reg = registration(register, name, "4", zone="Z1")
    send(server, login("amina"), reg)
    household = reg["data"]["meta/entity/@id"]
    send(server, login("amina"), follow_up(visit, household, 1, hh_size="5", zone="Z1"))
    send(server, login("clerk_k"), follow_up(visit, household, 1, hh_size="6", zone="Z2"))
    return household


def on_server(server, login, path):
    r = requests.get(
        f"{server.url}/api/v1/entities{path}",
        headers={"authorization": f"Bearer {login('super_k')}"},
    )
    assert r.status_code == 200, r.text
    return r.json()


def conflicts_window(qtbot, window) -> EntityConflictsWindow:
    """Alt+C on the review list opens it; it has the keyboard once the household is read."""
    press(window, Qt.Key.Key_C, ALT)  # clicks after 100 ms
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), EntityConflictsWindow))
    dialog = QApplication.activeWindow()
    qtbot.waitUntil(dialog.resolve_button.isEnabled, timeout=20_000)
    return dialog


def listed(dialog):
    model = dialog.model
    return [
        tuple(model.item(r, c).text().translate(UNISOLATED) for c in (0, 1, 3, 4))
        for r in range(model.rowCount())
    ]


def offered(dialog, name):
    """A property's choices as shown, and which is checked."""
    group = dialog.groups[name]
    return [(b.text().translate(UNISOLATED), b.isChecked()) for b in group.buttons()]


def focused_value():
    widget = QApplication.focusWidget()
    return widget.property("value") if isinstance(widget, QRadioButton) else widget


def test_a_supervisor_chooses_property_by_property_and_only_that_is_kept(
    qtbot, server, login, forms, supervisor_laptop
):
    household = in_conflict(server, login, forms)
    window = open_window(qtbot, supervisor_laptop)
    view = log_in(qtbot, window, "koboko-super-1")
    assert isinstance(view, ReviewView)  # a supervisor lands on the review list
    window.stop_sync()
    dialog = conflicts_window(qtbot, window)
    assert listed(dialog) == [("Amina", "households", "3", "Same property, different values")]
    assert dialog.table.hasFocus()
    # the size, in conflict, first: the value before and each phone's, the newest chosen
    size = offered(dialog, "size")
    assert [checked for _, checked in size] == [False, False, True]
    assert size[0][0].startswith("4 — before the conflict: version 1, amina, ")
    assert size[1][0].startswith("5 — amina, ") and size[1][0].endswith("(version 2)")
    assert size[2][0].startswith("6 — clerk_k, ") and size[2][0].endswith("(version 3)")
    assert [(text[:3], checked) for text, checked in offered(dialog, "zone")] == [
        ("Z1 ", False),
        ("Z2 ", True),
    ]

    press(dialog, Qt.Key.Key_Return)  # Enter on the household: to its values, nothing sent
    assert focused_value() == "6"  # the size's value chosen
    assert dialog.isVisible() and dialog.said.text() == ""
    press(dialog, Qt.Key.Key_Backtab)
    assert dialog.table.hasFocus()
    press(dialog, Qt.Key.Key_Tab)  # Tab too
    assert focused_value() == "6"
    press(dialog, Qt.Key.Key_Up)  # amina's size instead
    assert focused_value() == "5" and dialog.picked()["size"] == "5"
    press(dialog, Qt.Key.Key_Tab)  # to the zone's: the clerk's Z2 stays
    assert focused_value() == "Z2"
    press(dialog, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.resolve_button
    press(dialog, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=20_000)
    assert "resolved, as version 4 with the values chosen" in dialog.said.text()
    assert "No household is in conflict" in dialog.listed.text()

    entity = on_server(server, login, f"/{household}")["entity"]
    assert (entity["version"], entity["conflict"]) == (4, None)
    assert entity["data"] == {"hh_name": "Amina", "size": "5", "zone": "Z2"}
    newest = entity["versions"][-1]
    assert (newest["by"], newest["base_version"]) == ("super_k", 3)
    assert newest["received"] == {"size": "5", "zone": "Z2"}  # what was chosen, nothing else
    assert on_server(server, login, "/conflicts")["entities"] == []
    press(dialog, Qt.Key.Key_Escape)  # closed: the keyboard back on the review list
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(view.table.hasFocus)
    window.close()


def test_a_household_changed_since_it_was_read_is_refused_said_and_read_again(
    qtbot, server, login, forms, supervisor_laptop
):
    register, visit = forms
    household = in_conflict(server, login, forms, name="أمينة حسن")
    window = open_window(qtbot, supervisor_laptop)
    log_in(qtbot, window, "koboko-super-1")
    window.stop_sync()
    dialog = conflicts_window(qtbot, window)
    assert listed(dialog) == [("أمينة حسن", "households", "3", "Same property, different values")]
    # meanwhile a third phone's visit, of version 3, reaches the server: version 4
    send(server, login("amina"), follow_up(visit, household, 3, hh_size="7", zone="Z2"))

    press(dialog, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: "version 4" in dialog.chosen_heading.text(), timeout=20_000)
    said = dialog.said.text().translate(UNISOLATED)
    assert said.startswith("أمينة حسن changed on the server since you looked at it;")
    assert "it was read again" in said
    qtbot.waitUntil(dialog.resolve_button.isEnabled, timeout=20_000)
    assert focused_value() == "7"  # the keyboard back on the choices: the newest, read again
    assert [text[:2] for text, _ in offered(dialog, "size")] == ["4 ", "5 ", "6 ", "7 "]
    assert on_server(server, login, f"/{household}")["entity"]["version"] == 4  # untouched

    press(dialog, Qt.Key.Key_Down)  # at the newest already: it stays chosen
    press(dialog, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=20_000)
    entity = on_server(server, login, f"/{household}")["entity"]
    assert (entity["version"], entity["conflict"], entity["label"]) == (5, None, "أمينة حسن")
    assert entity["versions"][-1]["received"] == {"size": "7", "zone": "Z2"}
    window.close()


def test_a_conflict_in_arabic_reads_right_to_left(qtbot, server, login, forms, supervisor_laptop):
    in_conflict(server, login, forms, name="أمينة حسن")
    window = open_window(qtbot, supervisor_laptop)
    log_in(qtbot, window, "koboko-super-1")
    window.stop_sync()
    window.set_interface_language("ar")
    try:
        dialog = conflicts_window(qtbot, window)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert listed(dialog)[0][0] == "أمينة حسن"
        assert "households" not in dialog.windowTitle()  # its words are Arabic
        assert dialog.resolve_button.text() != "&Resolve"
        if os.environ.get("DAFTARI_SHOTS"):
            dialog.grab().save(os.path.join(os.environ["DAFTARI_SHOTS"], "conflict_ar.png"))
        press(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    finally:
        window.set_interface_language("en")
        window.close()
