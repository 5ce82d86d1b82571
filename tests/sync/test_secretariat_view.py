"""The Secretariat's view on the desktop (issue 11), against the real server: the indicators
as a table and a chart (saved as CSV and PNG), the merged data page by page, probable
duplicates resolved side by side, and an export saved with its progress bar."""

import csv
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.app import standard_forms
from desktop_app.client import Client
from desktop_app.paths import Home
from desktop_app.sync.enrolment import enrol
from desktop_app.ui.secretariat import SecretariatView, save_indicators_csv
from form_engine.fill import random_submissions
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_api import item, push
from tests.conftest import FIXED_NOW
from tests.desktop_app.conftest import FAST_KDF
from tests.desktop_app.test_window import log_in, open_window, press


@pytest.fixture
def secretariat_laptop(server, tmp_path):
    c = Client(Home.resolve(tmp_path / "hq"), clock=lambda: FIXED_NOW, kdf=FAST_KDF)
    c.install_forms(standard_forms())
    user = c.create_first_user("rahel", "secretariat-1")
    enrol(user, server.url, "secretariat", PASSWORDS["secretariat"])
    yield c
    c.close()


def test_the_secretariat_reads_indicators_data_duplicates_and_exports(
    qtbot, server, login, secretariat_laptop, tmp_path
):
    households = list(
        random_submissions(
            secretariat_laptop.form("household"), 6, seed=101, now=FIXED_NOW, attachments={}
        )
    )
    for e in households:
        e["data"]["identification/consent"] = "yes"
    assert push(server, login("amina"), [item(e) for e in households]).ok
    server.checked()
    window = open_window(qtbot, secretariat_laptop)
    view = log_in(qtbot, window, "secretariat-1")
    assert isinstance(view, SecretariatView)  # the Secretariat lands on the datasets
    window.stop_sync()

    tab = view.indicators
    tab.form.setCurrentIndex(tab.form.findData("household"))
    tab.state.setCurrentIndex(tab.state.findData("any"))
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Show
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=20_000)
    everyone = [r for r in tab.rows if r["city"] == "(all)" and r["group"] == "(all)"]
    assert everyone and all(r["behind"] == 6 for r in everyone)
    assert tab.chart.bars  # the first indicator, one bar per city and group
    save_indicators_csv(tab.rows, tmp_path / "ind.csv")
    with (tmp_path / "ind.csv").open(encoding="utf-8-sig") as f:
        assert len(list(csv.DictReader(f))) == len(tab.rows)
    tab.chart.grab().save(str(tmp_path / "chart.png"))
    assert (tmp_path / "chart.png").stat().st_size > 1000

    view.setCurrentWidget(view.data)
    data = view.data
    data.form.setCurrentIndex(data.form.findData("household"))
    data.PAGE = 4
    data.load(first=True)
    qtbot.waitUntil(lambda: data.table.rowCount() == 4, timeout=20_000)
    assert data.following.isEnabled() and not data.previous.isEnabled()
    headers = [data.table.horizontalHeaderItem(c).text() for c in range(data.table.columnCount())]
    # filled on devices: no empty columns of a paper's facts, no raw system names
    assert "Questionnaire no." not in headers and "Keyed by" not in headers
    assert "Opened on the device" in headers and "_created_on_device" not in headers
    first_page = {data.table.item(r, 0).text() for r in range(4)}
    data.following.click()
    qtbot.waitUntil(lambda: data.table.rowCount() == 2, timeout=20_000)
    assert not data.following.isEnabled() and data.previous.isEnabled()
    second_page = {data.table.item(r, 0).text() for r in range(2)}
    assert not first_page & second_page
    assert len(first_page | second_page) == 6

    view.setCurrentWidget(view.duplicates)
    dup = view.duplicates
    dup.form.setCurrentIndex(dup.form.findData("household"))
    dup.keys.setText("city")  # same city, same site: every pair is "probable"
    dup.load()
    qtbot.waitUntil(lambda: dup.table.rowCount() > 0, timeout=20_000)
    before = dup.table.rowCount()
    dup.table.selectRow(0)
    dup._resolve("keep_both")
    qtbot.waitUntil(lambda: any(m.isVisible() for m in dup.findChildren(QMessageBox)))
    ask = next(m for m in dup.findChildren(QMessageBox) if m.isVisible())
    ask.button(QMessageBox.StandardButton.Yes).click()  # asked before it is sent
    qtbot.waitUntil(lambda: dup.table.rowCount() == before - 1, timeout=20_000)

    view.setCurrentWidget(view.export)
    ex = view.export
    ex.form.setCurrentIndex(ex.form.findData("household"))
    ex.format.setCurrentIndex(ex.format.findData("csv"))
    ex.state.setCurrentIndex(ex.state.findData("any"))
    out = tmp_path / "household.zip"
    ex.start(out)
    qtbot.waitUntil(lambda: out.exists() and ex.start_button.isEnabled(), timeout=60_000)
    assert ex.progress.value() == ex.progress.maximum()
    with zipfile.ZipFile(out) as z:
        text = z.read("household.csv").decode("utf-8-sig")
    assert all(e["uuid"] in text for e in households)
    assert "household" in ex.said.text() and "6" in ex.said.text()
    window.close()


def test_each_export_format_is_offered_its_own_file_name():
    from desktop_app.ui.secretariat import export_file_name

    names = {
        fmt: export_file_name("household", fmt) for fmt in ("csv", "xlsx", "parquet", "dta", "sav")
    }
    assert names == {
        "csv": "household-csv.zip",
        "xlsx": "household.xlsx",
        "parquet": "household-parquet.zip",
        "dta": "household-stata.zip",
        "sav": "household-spss.zip",
    }


def test_every_tab_starts_on_the_form_last_chosen_and_a_new_form_clears_the_table(
    qtbot, client, admin
):
    from desktop_app.ui.secretariat import SecretariatView

    forms = client.forms(latest_only=True)
    view = SecretariatView(admin, forms=forms, title_language="en")
    qtbot.addWidget(view)
    data = view.data.form
    at = data.findData("population")
    data.setCurrentIndex(at)
    data.activated.emit(at)  # as a person's choice
    assert view.export.form.currentData() == "population"
    assert view.duplicates.form.currentData() == "population"
    assert view.indicators.form.currentData() == "population"
    again = SecretariatView(admin, forms=forms, title_language="en")
    qtbot.addWidget(again)
    assert {again.data.form.currentData(), again.export.form.currentData()} == {"population"}
    table = again.indicators.table
    table.setRowCount(3)  # a table shown for population
    again.indicators.form.setCurrentIndex(again.indicators.form.findData("household"))
    assert table.rowCount() == 0


def test_a_chart_of_percentages_is_drawn_on_a_0_to_100_scale(qtbot):
    """33 % filled the whole width (the scale was the largest bar): a share is drawn against
    100 %, whatever the other bars."""
    from PySide6.QtGui import QColor

    from desktop_app.ui.secretariat import BarChart

    def widths(bars):
        chart = BarChart()
        qtbot.addWidget(chart)
        chart.resize(600, 200)
        chart.set_bars("H1", [(name, v, f"{v} %") for name, v in bars], percent=True)
        image = chart.grab().toImage()
        blue = QColor("#2b6cb0").rgb()
        rows = {}
        for y in range(image.height()):
            n = sum(1 for x in range(image.width()) if image.pixel(x, y) == blue)
            if n:
                rows.setdefault(n, y)
        return sorted(rows)

    alone = widths([("Kakuma", 33.0)])
    beside_a_full_one = widths([("Kakuma", 33.0), ("Koboko", 100.0)])
    assert alone[-1] == beside_a_full_one[0]  # 33 % is as long, whatever the others
    assert abs(beside_a_full_one[0] / beside_a_full_one[-1] - 0.33) < 0.02
