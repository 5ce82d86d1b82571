"""*To visit* on the home screen (issue 25), by keyboard: Alt+5 lists the enumerator's
assignments with what is done and left; Enter opens the visit with the household picked and
its facts preloaded; a finalized visit shows as done; Ctrl+H shows the household's history;
a household no longer in the list is said, never opened. In English and Arabic."""

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import assignments
from desktop_app.ui.filling import FillingView
from desktop_app.ui.home import HomeView
from desktop_app.ui.to_visit import EntityHistoryDialog
from sync_protocol import AssignmentOut
from tests.desktop_app.test_entities_local import install_household_forms, register
from tests.desktop_app.test_window import PASSWORD, log_in, open_window, press

SHOTS = os.environ.get("DAFTARI_SHOTS")  # a folder: the screens are saved there to look at


@pytest.fixture
def assigned(client, admin, tmp_path):
    """Two households registered on this laptop, their follow-ups and three registrations
    assigned to its user (as a sync brings them)."""
    install_household_forms(client, tmp_path)
    user = client.login("amina", PASSWORD)
    neema = register(user, "Neema Achieng", "4")
    fatuma = register(user, "فاطمة علي", "6")
    assignments.apply_pulled(
        user,
        [
            AssignmentOut(
                id=1,
                form_id="hh_visit",
                title="Neema Achieng",
                payload={"/data/hh": neema, "/data/hh_size": "4"},
                enumerator="amina",
                entity=neema,
                list_name="households",
            ),
            AssignmentOut(
                id=2,
                form_id="hh_visit",
                title="فاطمة علي",
                payload={"/data/hh": fatuma, "/data/hh_size": "6"},
                enumerator="amina",
                entity=fatuma,
                list_name="households",
            ),
            AssignmentOut(
                id=3,
                form_id="hh_register",
                title="Zone 3",
                zone="Zone 3",
                enumerator="amina",
                quantity=3,
            ),
            AssignmentOut(id=4, form_id="hh_visit", title="Juma's", enumerator="juma"),
        ],
    )
    return neema, fatuma


def rows(home):
    m = home.to_visit.model
    return [
        tuple(m.item(r, c).text().strip("\u2068\u2069") for c in range(4))
        for r in range(m.rowCount())
    ]


def test_to_visit_by_keyboard_opens_the_visit_preloaded_and_counts_it(
    qtbot, client, assigned, tmp_path
):
    neema, _ = assigned
    window = open_window(qtbot, client)
    home = log_in(qtbot, window)
    assert isinstance(home, HomeView)
    qtbot.waitUntil(lambda: home.to_visit.model.rowCount() == 3)
    assert home.tabs.tabText(4) == "To visit (5)"  # juma's is not amina's
    press(window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert home.visiting() and home.to_visit.table.hasFocus()
    assert rows(home) == [
        ("Neema Achieng", "hh_visit", "0", "1"),
        ("فاطمة علي", "hh_visit", "0", "1"),
        ("Zone 3", "hh_register", "0", "3"),
    ]
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "to_visit_en.png"))
    # the buttons come on with the current row (a moment after the rows, on a busy machine);
    # Tab passes over a button that is off
    qtbot.waitUntil(home.to_visit.open_button.isEnabled)
    press(window, Qt.Key.Key_Tab)  # Tab leaves the table for its buttons (found by a tester)
    assert not home.to_visit.table.hasFocus()
    assert QApplication.focusWidget() in (
        home.to_visit.print_button,
        home.to_visit.history_button,
        home.to_visit.open_button,
    )
    home.to_visit.table.setFocus()

    # Ctrl+H: Neema's household as this laptop has held it
    with qtbot.waitSignal(home.history_requested):
        press(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EntityHistoryDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.table.rowCount() == 1
    plain = dialog.table.item(0, 3).text().translate({0x2066: None, 0x2068: None, 0x2069: None})
    assert plain == "hh_name: Neema Achieng\nsize: 4"
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "history_en.png"))
    press(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    # the sheets for paper: one per household still to visit with the follow-up form
    assert home.to_visit.print_button.isEnabled()
    assert home.print_sheets("hh_visit", tmp_path / "sheets.pdf") == 2
    assert "2 sheet(s) printed to" in home.to_visit.summary.text()

    # Enter: the visit, Neema picked, her size preloaded
    with qtbot.waitSignal(window.view_shown, timeout=10_000):
        press(home.to_visit.table, Qt.Key.Key_Return)
    view = window.centralWidget()
    assert isinstance(view, FillingView)
    draft = window.draft
    assert draft.session.value("/data/hh") == neema
    assert draft.session.value("/data/size_before") == "4"
    assert client.store.submission(draft.uuid).assignment == 1
    draft.set_answer(draft.session.node("/data/hh_size"), "5")
    assert draft.finalize() == []
    view.closed.emit(draft.uuid)  # the form view closed (its Save and close)
    home = window.centralWidget()
    assert home.visiting()  # back on To visit, for the next household
    qtbot.waitUntil(lambda: bool(rows(home)) and rows(home)[-1][0] == "Neema Achieng")
    assert rows(home)[-1] == ("Neema Achieng", "hh_visit", "1", "done")
    assert home.tabs.tabText(4) == "To visit (4)"


def test_a_closed_household_is_said_and_not_opened(qtbot, client, assigned):
    neema, _ = assigned
    user = client.login("amina", PASSWORD)
    client.store.put_server_entities(user.entities.site, [], deleted=[neema])
    window = open_window(qtbot, client)
    home = log_in(qtbot, window)
    qtbot.waitUntil(lambda: home.to_visit.model.rowCount() == 3)
    home.show_list(4)
    press(home.to_visit.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert "Neema Achieng" in box.text() and "closed or moved to another site" in box.text()
    press(box, Qt.Key.Key_Return)
    assert isinstance(window.centralWidget(), HomeView)  # nothing opened, nothing lost


def test_to_visit_in_arabic(qtbot, client, assigned):
    window = open_window(qtbot, client)
    log_in(qtbot, window)
    window.set_interface_language("ar")
    home = window.centralWidget()
    qtbot.waitUntil(lambda: home.to_visit.model.rowCount() == 3)
    home.show_list(4)
    assert home.to_visit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert home.to_visit.model.horizontalHeaderItem(0).text() != "Household or work"
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "to_visit_ar.png"))
        home.history_requested.emit(1)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EntityHistoryDialog))
        QApplication.activeModalWidget().grab().save(os.path.join(SHOTS, "history_ar.png"))
        QApplication.activeModalWidget().reject()
    window.set_interface_language("en")
