"""Keyboard-first in every language: on one screen, no two Alt+letter keys are the same
letter — the menu bar's included — (Qt then only moves between them or opens the menu, and
the key seems dead), for the home screen (its To visit tab too), the review, the Secretariat's
and the keyed-entry views, the Quality screen's tabs, the household conflicts window and the
View menu, whose
translations choose their own letters."""

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desktop_app.ui.batches_view import BatchesView
from desktop_app.ui.entity_conflicts import EntityConflictsWindow
from desktop_app.ui.home import HomeView
from desktop_app.ui.i18n import INTERFACE_LANGUAGES, InterfaceLanguage
from desktop_app.ui.keyed_entry import KeyedEntryView
from desktop_app.ui.quality_view import QualityView
from desktop_app.ui.review import ReviewView
from desktop_app.ui.secretariat import SecretariatView

_KEY = re.compile(r"&([^&\s])")


def letters(page: QWidget, also: list[str]) -> list[str]:
    texts = list(also)
    for w in page.findChildren(QWidget):
        if isinstance(w, QLabel) and w.buddy() is not None:
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
    return [m.group(1).casefold() for t in texts for m in [_KEY.search(t)] if m]


@pytest.mark.parametrize("code", list(INTERFACE_LANGUAGES))
def test_no_two_keys_on_one_screen(qtbot, client, admin, code):
    language = InterfaceLanguage(QApplication.instance())
    client.store.set_setting("interface_language", code)  # the window applies it
    try:
        from desktop_app.ui.main_window import MainWindow

        window = MainWindow(client, language=language)
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]  # Alt+letter opens a menu
        forms = client.forms()
        review = ReviewView(
            admin, role="supervisor", forms=forms, title_language=code, form_language=code
        )
        datasets = SecretariatView(admin, forms=forms, title_language=code)
        qtbot.addWidget(review)
        qtbot.addWidget(datasets)
        keyed = KeyedEntryView(admin, "household", words=window.editor_words(), language=code)
        qtbot.addWidget(keyed)
        boxes = BatchesView(admin, forms=forms, language=code)
        qtbot.addWidget(boxes)
        conflicts = EntityConflictsWindow(admin)  # a window of its own: no menu bar
        qtbot.addWidget(conflicts)
        home = HomeView(admin, forms, pool=window.pool, title_language=code)
        qtbot.addWidget(home)
        tabs = [datasets.tabText(i) for i in range(datasets.count())]
        view_menu = window.menuBar().actions()[1].menu()
        screens = {
            "review list": letters(review.list_page, menus),
            "review submission": letters(review.submission_page, menus),
            "keyed entry": letters(keyed, menus),
            "batches (all pages)": letters(boxes, menus),
            "household conflicts": letters(conflicts, []),
            "home, To visit included": letters(home, menus),
            "view menu": letters(view_menu, [a.text() for a in view_menu.actions()]),
        }
        for i in range(datasets.count()):
            screens[tabs[i]] = letters(datasets.widget(i), tabs + menus)
        quality = QualityView(admin, forms=forms, title_language=code)
        qtbot.addWidget(quality)
        top = [quality.read_button.text()] + [
            label.text()
            for label in quality.findChildren(QLabel)
            if label.buddy() in (quality.form, quality.site)
        ]
        quality_tabs = [quality.tabs.tabText(i) for i in range(quality.tabs.count())]
        for i in range(quality.tabs.count()):
            screens[f"quality: {quality_tabs[i]}"] = letters(
                quality.tabs.widget(i), quality_tabs + top + menus
            )
        clashes = {
            name: [k for k, n in Counter(keys).items() if n > 1] for name, keys in screens.items()
        }
        assert not any(clashes.values()), clashes
        assert language.code == code
    finally:
        language.apply("en")
