"""The interface's language, direction, fonts and text size.

Interface strings are marked with Qt's ``tr()`` and translated with Qt's tools: sources in
``translations/daftari_<code>.ts`` (Qt Linguist), compiled to ``.qm`` by ``pyside6-lrelease``
(``make translations``). Arabic lays the whole window out right to left.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE / "translations"
FONTS = HERE / "fonts"

# Each language by its own name, as its readers look for it in a list.
LANGUAGE_NAMES = {
    "en": "English",
    "sw": "Kiswahili",
    "so": "Soomaali",
    "ar": "العربية",
    "am": "አማርኛ",
    "fr": "Français",
    "ti": "ትግርኛ",
    "om": "Afaan Oromoo",
    "lg": "Luganda",
    "rw": "Ikinyarwanda",
    "pt": "Português",
    "es": "Español",
}
INTERFACE_LANGUAGES = {code: LANGUAGE_NAMES[code] for code in ("en", "sw", "so", "ar", "am", "fr")}
RIGHT_TO_LEFT = {"ar"}
BASE_POINT_SIZE = 12.0  # larger than desktop defaults: old screens, reading glasses, sunlight
ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


def load_fonts() -> list[str]:
    """Register the bundled fonts (Noto Sans Ethiopic, OFL) so Amharic and Tigrinya render on
    a machine that has no Ethiopic font; returns the families added."""
    families: list[str] = []
    for path in sorted(FONTS.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    base = QApplication.font().family()
    for family in families:  # the bundled fonts fill in for glyphs the default font lacks
        QFont.insertSubstitution(base, family)
    return families


class InterfaceLanguage:
    """Installs the translator for the chosen language and sets the layout direction."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.translator: QTranslator | None = None
        self.qt_translator: QTranslator | None = None  # Qt's own: file dialogs, message boxes
        self.code = "en"

    def apply(self, code: str) -> None:
        if code not in INTERFACE_LANGUAGES:
            code = "en"
        for old in (self.translator, self.qt_translator):
            if old is not None:
                QCoreApplication.removeTranslator(old)
        self.translator = self.qt_translator = None
        if code != "en":
            translator = QTranslator(self.app)
            if translator.load(str(TRANSLATIONS / f"daftari_{code}.qm")):
                QCoreApplication.installTranslator(translator)
                self.translator = translator
            qt = QTranslator(self.app)  # Qt ships Arabic and French; not the others yet
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{code}", qt_folder):
                QCoreApplication.installTranslator(qt)
                self.qt_translator = qt
        self.code = code
        QLocale.setDefault(QLocale(code))
        self.app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if code in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )


def apply_zoom(app: QApplication, zoom: float) -> None:
    font = app.font()
    font.setPointSizeF(BASE_POINT_SIZE * zoom)
    app.setFont(font)


def next_zoom(zoom: float, step: int) -> float:
    nearest = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - zoom))
    return ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, nearest + step))]


def isolate(text: str) -> str:
    """Text that keeps its own direction inside text of another (Unicode first-strong
    isolate): an English title in an Arabic line, an Arabic label beside "Page 3 of 8"."""
    return f"\u2068{text}\u2069" if text else text


def isolate_ltr(text: str) -> str:
    """Text that always reads left to right (an address, a date, a number, a code), kept in
    order inside right-to-left text: "https://" never becomes "//:https"."""
    return f"\u2066{text}\u2069" if text else text


def isolate_value(text: str) -> str:
    """An answer inside a line of the other direction: words keep their own direction; numbers,
    dates and coordinates (no letters to tell) keep left to right."""
    return isolate(text) if text_direction(text) else isolate_ltr(text)


def text_direction(text: str) -> str:
    """'rtl' or 'ltr' by the first letter that has a direction; '' when none has one."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return ""


def in_interface_direction(text: str) -> str:
    """A line that reads in the interface's direction whatever its first word is (a leading
    left-to-right or right-to-left mark decides the paragraph's direction)."""
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return ("\u200f" if rtl else "\u200e") + text


def language_name(form_language: str) -> str:
    """A form's language ("Swahili (sw)") by its own name ("Kiswahili"); a language this list
    does not know keeps the form's name for it, without the code."""
    found = re.search(r"\(([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?\)\s*$", form_language)
    if found:
        return LANGUAGE_NAMES.get(found[1].lower()) or form_language[: found.start()].strip()
    return LANGUAGE_NAMES.get(language_code_of(form_language), form_language)


def language_code_of(form_language: str) -> str:
    """The code of a form's language, or "" when it names none this app knows."""
    found = re.search(r"\(([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?\)\s*$", form_language)
    if found:
        return found[1].lower()
    by_name = {name.casefold(): code for code, name in LANGUAGE_NAMES.items()}
    by_name |= {"swahili": "sw", "somali": "so", "arabic": "ar", "amharic": "am", "french": "fr"}
    return by_name.get(form_language.strip().casefold(), "")


def form_language_for(languages: list[str], code: str) -> str | None:
    """The form's own language for a language code ("sw" -> "Swahili (sw)"), else None (the
    form's default)."""
    return next((lang for lang in languages if language_code_of(lang) == code), None)
