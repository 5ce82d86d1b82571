"""The interface's own strings: translated with Qt's tools (complete in all five other languages),
and Arabic lays the whole window out right to left."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui.home import HomeView
from desktop_app.ui.i18n import TRANSLATIONS, load_fonts
from tests.desktop_app.test_window import log_in, open_window

UI = Path(TRANSLATIONS).parent
TOOLS = Path(sys.executable).parent


@pytest.mark.parametrize("code", ["sw", "so", "ar", "am", "fr"])
def test_every_interface_string_is_translated_and_compiled(tmp_path, code):
    ts = tmp_path / f"daftari_{code}.ts"
    shutil.copy(TRANSLATIONS / ts.name, ts)
    sources = sorted(str(p) for p in UI.glob("*.py"))
    subprocess.run(
        [TOOLS / "pyside6-lupdate", *sources, "-ts", ts], check=True, capture_output=True
    )
    untranslated = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        if translation.get("type") == "unfinished" or not translation.text:
            untranslated.append(message.findtext("source"))
    assert untranslated == [], f"run 'make translations' and translate these in {ts.name}"
    qm = tmp_path / f"daftari_{code}.qm"
    subprocess.run(
        [TOOLS / "pyside6-lrelease", TRANSLATIONS / ts.name, "-qm", qm],
        check=True,
        capture_output=True,
    )
    assert qm.read_bytes() == (TRANSLATIONS / qm.name).read_bytes(), "the .qm is out of date"


def test_arabic_lays_the_whole_window_out_right_to_left(qtbot, client, admin):
    window = open_window(qtbot, client)
    log_in(qtbot, window)
    window.set_interface_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    home = window.centralWidget()
    assert isinstance(home, HomeView) and home.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert home.tabs.tabText(0).startswith("المسودات")
    assert window.menuBar().actions()[0].text() == "دفتري (&D)"  # Alt+D in any layout
    window.set_interface_language("sw")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.centralWidget().tabs.tabText(0).startswith("Rasimu")
    window.set_interface_language("en")
    assert client.store.setting("interface_language") == "en"
    window.close()


def test_the_bundled_ethiopic_font_is_loaded():
    assert "Noto Sans Ethiopic" in load_fonts()


def test_the_window_gives_every_word_the_editors_show(qtbot, window):
    from desktop_app.ui.questions import EDITOR_WORDS

    assert set(window.editor_words()) == set(EDITOR_WORDS)


def test_indicator_titles_from_the_server_read_in_the_interfaces_language(qtbot):
    """The server writes indicator titles in English; the Secretariat's view shows them in
    the interface's language (an outside tester read English in a Somali window)."""
    from desktop_app.ui.i18n import InterfaceLanguage
    from desktop_app.ui.secretariat import indicator_title

    language = InterfaceLanguage(QApplication.instance())
    try:
        language.apply("so")
        assert indicator_title("households using surface water") == (
            "Qoysaska isticmaala biyaha dusha sare"
        )
        income = indicator_title("median monthly income per person UGX")
        assert income.endswith(" UGX") and not income.startswith("median")
        assert indicator_title("a title nobody wrote") == "a title nobody wrote"
    finally:
        language.apply("en")
