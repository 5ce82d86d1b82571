"""The Duplicates tab as ODK and Survey Solutions reviewers expect it, against the real server:
the pair chosen shown side by side (every answer, the differing ones marked ≠ and bold,
choices by their labels), Enter moving to it, and a verdict asked for before it is sent, with
the reviewer's note kept on the server. And an export labelled in a language chosen there."""

import copy
import re
import zipfile

import pyreadstat
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from central_server.db import duplicate_resolutions
from desktop_app.ui.secretariat import SecretariatView, choice_labels
from form_engine.fill import random_submissions
from tests.central_server.test_api import item, push
from tests.conftest import FIXED_NOW
from tests.desktop_app.test_window import log_in, open_window, press
from tests.sync.test_secretariat_view import secretariat_laptop  # noqa: F401 - a fixture


def households(form, count: int = 3) -> list[dict]:
    found = list(random_submissions(form, count, seed=202, now=FIXED_NOW, attachments={}))
    for e in found:
        e["data"]["identification/consent"] = "yes"
    return found


def surveyed_twice(form) -> tuple[dict, dict, list[dict]]:
    """A household, the same one surveyed again (its head's name in the other order, another
    water source) and others."""
    first, other, *rest = households(form)
    again = copy.deepcopy(first)
    again["uuid"] = other["uuid"]
    again["data"]["meta/instanceID"] = f"uuid:{other['uuid']}"
    head = first["data"]["survey/head_name"]
    again["data"]["survey/head_name"] = " ".join(reversed(head.split()))
    water = first["data"]["survey/wash/water_source"]
    again["data"]["survey/wash/water_source"] = (
        "public_tap" if water != "public_tap" else "borehole"
    )
    rest[0]["data"]["zone"] = "elsewhere"  # never a pair with them
    return first, again, rest


@pytest.fixture
def datasets_window(qtbot, server, login, secretariat_laptop):  # noqa: F811 - the fixture
    form = secretariat_laptop.form("household")
    first, again, rest = surveyed_twice(form)
    assert push(server, login("amina"), [item(e) for e in (first, again, *rest)]).ok
    server.checked()
    window = open_window(qtbot, secretariat_laptop)
    view = log_in(qtbot, window, "secretariat-1")
    assert isinstance(view, SecretariatView)
    window.stop_sync()
    yield window, view, form, first, again
    window.close()


def visible_box(qtbot, widget) -> QMessageBox:
    qtbot.waitUntil(lambda: any(m.isVisible() for m in widget.findChildren(QMessageBox)))
    return next(m for m in widget.findChildren(QMessageBox) if m.isVisible())


def rows_of(table) -> list[tuple[str, str, str, bool]]:
    """(question, first's answer, second's, shown bold) of each row, as they read."""
    out = []
    for r in range(table.rowCount()):
        cells = [table.item(r, c) for c in range(3)]
        texts = [re.sub("[\u2066-\u2069]", "", c.text()) for c in cells]
        out.append((*texts, all(c.font().bold() for c in cells)))
    return out


def test_a_pair_is_shown_side_by_side_with_the_differing_answers_marked(qtbot, datasets_window):
    window, view, form, first, again = datasets_window
    view.setCurrentWidget(view.duplicates)
    dup = view.duplicates
    dup.form.setCurrentIndex(dup.form.findData("household"))
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Find
    qtbot.waitUntil(lambda: dup.table.rowCount() == 1, timeout=20_000)
    qtbot.waitUntil(lambda: dup.side_by_side.rowCount() > 10, timeout=20_000)

    rows = rows_of(dup.side_by_side)
    if dup.pairs[0]["first"] != first["uuid"]:  # a pair is in uuid order
        first, again = again, first
    labels = choice_labels(form, "en")
    water = labels[first["data"]["survey/wash/water_source"]]
    water_again = labels[again["data"]["survey/wash/water_source"]]
    assert ("≠ Main source of drinking water", water, water_again, True) in rows
    head = first["data"]["survey/head_name"]
    assert ("≠ head_name", head, again["data"]["survey/head_name"], True) in rows
    number = str(first["data"]["identification/hh_no"])
    equal = [r for r in rows if r[1] == number and r[2] == number]
    assert equal and not equal[0][0].startswith("≠") and not equal[0][3]
    assert ("uuid", first["uuid"], again["uuid"], False) in rows  # which is which
    assert "2 of" in dup.compared.text()  # "2 of N answers differ."

    dup.only_differences.setChecked(True)  # the two answers that differ, and who/where/when
    answers = [r for r in rows_of(dup.side_by_side) if not r[0].startswith(("uuid", "Site"))]
    assert {r[0] for r in answers if r[0].startswith("≠")} == {
        "≠ Main source of drinking water",
        "≠ head_name",
    }
    assert number not in {r[1] for r in answers}

    dup.table.setFocus()
    qtbot.waitUntil(dup.table.hasFocus)
    press(window, Qt.Key.Key_Return)  # Enter on the pair: to its side-by-side
    assert dup.side_by_side.hasFocus() and dup.side_by_side.currentRow() == 0


def test_a_verdict_is_asked_for_then_sent_with_its_note(qtbot, server, datasets_window):
    window, view, form, first, again = datasets_window
    view.setCurrentWidget(view.duplicates)
    dup = view.duplicates
    dup.form.setCurrentIndex(dup.form.findData("household"))
    dup.load()
    qtbot.waitUntil(lambda: dup.table.rowCount() == 1, timeout=20_000)
    qtbot.waitUntil(lambda: dup.side_by_side.rowCount() > 0, timeout=20_000)

    def verdicts() -> list[tuple]:
        with server.app.state.engine.connect() as conn:
            v = duplicate_resolutions.c
            return [tuple(r) for r in conn.execute(select(v.resolution, v.note, v.by))]

    dup.table.setFocus()
    press(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Keep the first
    ask = visible_box(qtbot, dup)
    text = f"{ask.text()}\n{ask.informativeText()}"
    assert "Keep the first" in text
    assert first["data"]["survey/head_name"] in text
    assert again["data"]["survey/head_name"] in text
    assert ask.defaultButton() is ask.button(QMessageBox.StandardButton.No)
    QTest.keyClick(ask.windowHandle(), Qt.Key.Key_Return)  # a stray Enter: No
    qtbot.waitUntil(lambda: not ask.isVisible())
    assert dup.table.rowCount() == 1 and verdicts() == []

    press(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # the note
    assert QApplication.focusWidget() is dup.note
    qtbot.keyClicks(dup.note, "same head, asked twice")
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # The same household
    ask = visible_box(qtbot, dup)
    assert "The same household" in ask.text()
    assert "same head, asked twice" in ask.informativeText()
    QTest.keyClick(ask.windowHandle(), Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # Yes
    qtbot.waitUntil(lambda: dup.table.rowCount() == 0, timeout=20_000)
    assert verdicts() == [("same_household", "same head, asked twice", "secretariat")]
    assert dup.note.text() == ""  # not carried to the next pair


def test_an_export_is_labelled_in_the_language_chosen(
    qtbot,
    server,
    login,
    secretariat_laptop,  # noqa: F811 - the fixture
    tmp_path,
):
    form = secretariat_laptop.form("household")
    assert push(server, login("amina"), [item(e) for e in households(form, 2)]).ok
    server.checked()
    window = open_window(qtbot, secretariat_laptop)
    view = log_in(qtbot, window, "secretariat-1")
    window.stop_sync()
    view.setCurrentWidget(view.export)
    ex = view.export
    ex.form.setCurrentIndex(ex.form.findData("household"))
    ex.state.setCurrentIndex(ex.state.findData("any"))
    # reachable for every format (Alt+B never leaves the keyboard on the form's box), and
    # says a CSV's codebook has every language
    assert ex.language.isEnabled() and "every language" in ex.language.toolTip()
    ex.format.setCurrentIndex(ex.format.findData("dta"))
    assert ex.language.isEnabled() and not ex.language.toolTip()
    offered = [ex.language.itemText(i).strip("\u2068\u2069") for i in range(ex.language.count())]
    assert offered == ["English", "Kiswahili", "Soomaali", "العربية", "አማርኛ", "Français"]
    assert ex.language.currentData() == "English (en)"  # the view's, until chosen
    ex.language.setCurrentIndex(ex.language.findData("French (fr)"))
    out = tmp_path / "household-stata.zip"
    ex.start(out)
    qtbot.waitUntil(lambda: out.exists() and ex.start_button.isEnabled(), timeout=60_000)
    with zipfile.ZipFile(out) as z:
        z.extract("household.dta", tmp_path)
    _, meta = pyreadstat.read_dta(str(tmp_path / "household.dta"), metadataonly=True)
    labels = set(meta.column_names_to_labels.values())
    assert "Principale source d'eau de boisson" in labels
    assert "Main source of drinking water" not in labels
    # a name typed as Stata's own (.dta) is still saved as what it is: a zip of files
    (tmp_path / "saved").mkdir()
    typed = tmp_path / "saved" / "household.dta"
    ex.start(typed)
    whole = tmp_path / "saved" / "household.dta.zip"
    qtbot.waitUntil(lambda: whole.exists() and ex.start_button.isEnabled(), timeout=60_000)
    assert zipfile.is_zipfile(whole) and not typed.exists()
    window.close()
