"""The window a newcomer sees after `make run`: the standard forms, loaded off the GUI thread."""

from desktop_app.app import standard_forms
from desktop_app.ui.main_window import MainWindow


def test_the_window_lists_the_standard_forms_with_their_summary(qtbot):
    window = MainWindow(standard_forms())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.forms_loaded, timeout=30_000) as blocker:
        window.show()
    assert blocker.args == [3]
    titles = sorted(window.form_list.item(i).text() for i in range(window.form_list.count()))
    assert titles == ["Access to services", "Household survey", "Rapid population count"]
    assert "languages" in window.details.toPlainText()
    assert window.heading.text() == "3 forms"


def test_a_broken_form_is_listed_with_its_error_not_a_crash(qtbot, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    window = MainWindow([broken])
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.forms_loaded, timeout=30_000):
        window.show()
    item = window.form_list.item(0)
    assert item.text().startswith("⚠")
    window.form_list.setCurrentRow(0)
    assert "not a readable XLSForm" in window.details.toPlainText()
