"""The interface's language, direction, fonts and text size.

Interface strings are marked with Qt's ``tr()`` and translated with Qt's tools: sources in
``translations/daftari_<code>.ts`` (Qt Linguist), compiled to ``.qm`` by ``pyside6-lrelease``
(``make translations``). Arabic lays the whole window out right to left.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE / "translations"
FONTS = HERE / "fonts"

INTERFACE_LANGUAGES = {"en": "English", "sw": "Kiswahili", "ar": "العربية"}
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
        self.code = "en"

    def apply(self, code: str) -> None:
        if code not in INTERFACE_LANGUAGES:
            code = "en"
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
        if code != "en":
            translator = QTranslator(self.app)
            if translator.load(str(TRANSLATIONS / f"daftari_{code}.qm")):
                QCoreApplication.installTranslator(translator)
                self.translator = translator
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
