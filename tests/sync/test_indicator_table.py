"""The Indicators tab's table shows, for every indicator, the base the command line and the
saved CSV give: the households or persons behind that very figure (issue 23, fault 5: H9's
base is the members aged 5 or more, H11's the children under 5 — never the households)."""

import csv

import pytest
from PySide6.QtCore import Qt

from desktop_app.app import standard_forms
from desktop_app.client import Client
from desktop_app.paths import Home
from desktop_app.sync.enrolment import enrol
from desktop_app.ui.secretariat import SecretariatView, save_indicators_csv
from form_engine.fill import random_submissions
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_api import item, push
from tests.conftest import FIXED_NOW, daftari_server
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


def command_line_bases(home, keys: set[str]) -> dict[tuple[str, str], float]:
    """``daftari-server indicators household``'s base of each of ``keys`` in each group: a
    share's denominator ("2/13"), else its households ("12 households")."""
    ran = daftari_server(home)("indicators", "household", "--as", "secretariat", "--state", "any")
    assert ran.returncode == 0, ran.stderr
    bases: dict[tuple[str, str], float] = {}
    group = ""
    for line in ran.stdout.splitlines():
        if not line.startswith("  "):
            group = line.rsplit(":", 1)[0]
            continue
        key = max((k for k in keys if line[2:].startswith(k + " ")), key=len)
        base = line[line.index("(", 2 + len(key)) + 1 : line.index(")", 2 + len(key))]
        bases[(group, key)] = float(base.split("/")[-1].removesuffix(" households"))
    return bases


def number(cell: str) -> float:
    """A table cell's number, without the marks that keep it left-to-right in Arabic."""
    return float(cell.strip("\u2066\u2067\u2068\u2069").replace(",", ""))


def test_the_table_shows_each_indicators_own_base_as_the_command_line_and_csv(
    qtbot, server, login, secretariat_laptop, tmp_path
):
    planted = list(
        random_submissions(
            secretariat_laptop.form("household"), 5, seed=231, now=FIXED_NOW, attachments={}
        )
    )
    for e in planted:
        e["data"]["identification/consent"] = "yes"
    assert push(server, login("amina"), [item(e) for e in planted]).ok
    server.checked()
    window = open_window(qtbot, secretariat_laptop)
    view = log_in(qtbot, window, "secretariat-1")
    assert isinstance(view, SecretariatView)
    window.stop_sync()
    tab = view.indicators
    tab.form.setCurrentIndex(tab.form.findData("household"))
    tab.state.setCurrentIndex(tab.state.findData("any"))
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Show
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=20_000)

    save_indicators_csv(tab.rows, tmp_path / "indicators.csv")
    with (tmp_path / "indicators.csv").open(encoding="utf-8-sig") as f:
        saved = list(csv.DictReader(f))
    by_cli = command_line_bases(tmp_path / "server", {r["id"] for r in tab.rows})
    assert len(saved) == tab.table.rowCount()
    households = tab.rows[0]["behind"]
    compared = 0
    for row, line in enumerate(saved):
        shown = number(tab.table.item(row, 5).text())
        # the CSV's own base of this figure: a share's denominator, else the households
        assert shown == float(line["denominator"]), line
        if line["city"] == "(all)" and line["population_group"] == "(all)":
            cli = by_cli[("(all) · (all)", line["indicator"])]
            assert shown == cli, (line["indicator"], shown, cli)
            compared += 1
    assert compared == len({r["id"] for r in tab.rows})
    everyone = {r["id"]: r for r in tab.rows if r["city"] == r["group"] == "(all)"}
    # the planted households: more persons aged 5+ than households, fewer children under 5
    assert everyone["H9"]["denominator"] != households
    assert everyone["H11"]["denominator"] != households
