"""The Quality screen (issue 26) on a supervisor's laptop against the real server: the day of
Koboko's team with akello planted too fast, outside the zones and with one-member households —
the table shows akello's row flagged beside the team's figure, the chart has a bar each, the
map draws the two zones and every interview (akello's in red by flag), and a check is added
from the Checks tab by keyboard. In English and in Arabic (right to left)."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from central_server import checks
from desktop_app.client import Client
from desktop_app.paths import Home
from desktop_app.sync.enrolment import enrol
from desktop_app.ui.i18n import InterfaceLanguage
from desktop_app.ui.quality_view import QualityView
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_checks import day  # noqa: F401 - the planted day, a fixture
from tests.conftest import FIXED_NOW
from tests.desktop_app.conftest import FAST_KDF
from tests.desktop_app.test_window import press
from tests.sync.test_sync_client import sync

ALT = Qt.KeyboardModifier.AltModifier


def shoot(widget, name: str) -> None:
    folder = os.environ.get("DAFTARI_SHOTS")
    if folder:
        assert widget.grab().save(str(Path(folder) / name))


@pytest.fixture
def supervisor(server, tmp_path, day):  # noqa: F811 - the fixture imported above
    client = Client(Home.resolve(tmp_path / "laptop"), clock=lambda: FIXED_NOW, kdf=FAST_KDF)
    user = client.create_first_user("halima", "koboko-2026-pass", site="Koboko")
    enrol(user, server.url, "super_k", PASSWORDS["super_k"])
    sync(user)  # the forms come down
    yield user
    client.close()


def open_screen(qtbot, user) -> QualityView:
    view = QualityView(user, forms=user.client.forms(latest_only=True))
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.form.setCurrentIndex(view.form.findData("hh_day"))
    view.focus()
    press(view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bool(view.rows), timeout=20_000)
    return view


def table(view) -> dict[tuple[str, str], list[str]]:
    out = {}
    for i in range(view.table.rowCount()):
        cells = [view.table.item(i, j).text().strip("\u2066\u2067\u2068\u2069") for j in range(10)]
        out[(cells[0], cells[1])] = cells
    return out


def test_the_planted_enumerator_stands_out_in_the_table_chart_and_map(qtbot, supervisor):
    view = open_screen(qtbot, supervisor)
    rows = table(view)
    akello = rows[("every day", "akello")]
    team = rows[("every day", "Team")]
    assert akello[2:5] == ["6", "1.3", "100 %"]  # interviews, median minutes, flagged
    assert akello[6] == "50 %" and akello[8] == "1.0"  # don't know, roster size
    assert team[2] == "24" and team[4] == "33 %"
    assert "20 of them flagged" not in view.said.text()
    assert view.said.text() == "24 interviews on the map, 8 of them flagged."
    labels = [label for label, _, _ in view.chart.bars]
    assert labels[0] == "Team" and "akello" in labels  # the team's bar first, then each
    assert len(view.map.areas) == 2 and len(view.map.points) == 24
    shoot(view, "quality_en.png")
    view.tabs.setCurrentIndex(1)
    view.colour_by.setCurrentIndex(1)  # by flag
    red = [p for p in view.map.points if p["flags"]]
    assert len(red) == 8
    shoot(view, "quality_map_en.png")


def test_a_check_is_added_from_the_checks_tab_by_keyboard(qtbot, supervisor, server):
    view = open_screen(qtbot, supervisor)
    view.tabs.setCurrentIndex(2)
    assert view.rules.rowCount() == 4  # the workbook's checks sheet
    press(view, Qt.Key.Key_N, ALT)
    assert view.rule_name.hasFocus()
    qtbot.keyClicks(view.rule_name, "quick")
    press(view, Qt.Key.Key_P, ALT)
    qtbot.keyClicks(view.rule_parameters, "min_minutes=5")
    press(view, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: view.rules.rowCount() == 5, timeout=20_000)
    assert view.rules.item(4, 0).text() == "quick"
    assert view.rules.item(4, 4).text() == "a supervisor"
    assert "quick" in {r.name for r in checks_of(server)}
    # a rule that cannot run is refused with the server's words, nothing added
    qtbot.keyClicks(view.rule_name, "bad")
    view.rule_check.setCurrentIndex(view.rule_check.findData("outlier"))
    view.rule_field.setText("zone")
    press(view, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: "not one" in view.said.text(), timeout=20_000)
    assert view.rules.rowCount() == 5


def checks_of(server):
    with server.app.state.engine.connect() as conn:
        return checks.rules_of(conn, "hh_day")


@pytest.mark.parametrize("code", ["ar", "am"])
def test_the_screen_reads_in_arabic_right_to_left_and_in_amharic(qtbot, supervisor, code):
    language = InterfaceLanguage(QApplication.instance())
    language.apply(code)
    try:
        view = open_screen(qtbot, supervisor)
        rtl = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
        assert view.layoutDirection() == rtl
        assert view.table.rowCount() == len(view.rows) > 0
        shoot(view, f"quality_{code}.png")
        view.tabs.setCurrentIndex(1)
        shoot(view, f"quality_map_{code}.png")
    finally:
        language.apply("en")


def test_the_secretariat_chooses_a_site_from_those_the_server_named(
    qtbot,
    server,
    tmp_path,
    day,  # noqa: F811
):
    """The Secretariat's screen reads every site first; the sites it named are then in the
    Site list (Alt+I, Down, F5): one site's rows only. It was a box to type a name in."""
    import uuid as uuidlib

    from central_server import summaries
    from form_engine import load_xlsform
    from form_engine.submission import json_to_xml
    from tests.openrosa.collect import Collect

    form = load_xlsform(next(tmp_path.rglob("hh_day.xlsx")))
    instance = str(uuidlib.uuid4())
    xml = json_to_xml(
        form, {"hh_size": 3, "zone": "A", "meta/instanceID": f"uuid:{instance}"}
    ).encode()
    assert [
        a.status_code for a in Collect(server.url, "baraka", PASSWORDS["baraka"]).submit(xml, {})
    ] == [201]
    server.checked()
    while summaries.summarize_waiting(server.app.state.engine):
        pass
    client = Client(Home.resolve(tmp_path / "office"), clock=lambda: FIXED_NOW, kdf=FAST_KDF)
    user = client.create_first_user("wanjiru", "secretariat-2026", site="Secretariat")
    enrol(user, server.url, "secretariat", PASSWORDS["secretariat"])
    sync(user)
    try:
        view = open_screen(qtbot, user)
        assert {r["site"] for r in view.rows} == {"Kakuma", "Koboko"}
        assert [view.site.itemText(i) for i in range(view.site.count())] == [
            "",
            "Kakuma",
            "Koboko",
        ]
        press(view, Qt.Key.Key_I, ALT)
        assert view.site.hasFocus()
        press(view, Qt.Key.Key_Down)
        press(view, Qt.Key.Key_Down)
        assert view.site.currentText() == "Koboko"
        view.rows = []
        press(view, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: bool(view.rows), timeout=20_000)
        assert {r["site"] for r in view.rows} == {"Koboko"}
    finally:
        client.close()
