"""A file dialog (``choose_file``) starts in the folder where that kind of file was last saved
or opened — in the next run too — else in the user's Documents, never in the folder the
program was started from; a name offered alone goes in that folder, and each export format
offers a name of its own."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from desktop_app.app import standard_forms
from desktop_app.client import Client
from desktop_app.paths import Home
from desktop_app.ui.dialogs import choose_file
from tests.conftest import FIXED_NOW
from tests.desktop_app.conftest import FAST_KDF
from tests.desktop_app.test_window import open_window


@pytest.fixture
def user_home(tmp_path, monkeypatch):
    """The user's home folder, with Documents; the program started from a folder of its own."""
    home = tmp_path / "user"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.chdir(program)
    return home


def starts_in(dialog: QFileDialog) -> Path:
    return Path(dialog.directory().absolutePath())


def offered(dialog: QFileDialog) -> list[Path]:
    return [Path(f) for f in dialog.selectedFiles()]


def save_as(qtbot, dialog: QFileDialog, path: Path) -> None:
    """The dialog taken to the file's folder (as a person picks it in the dialog), then the
    file's name typed in its name box and Enter."""
    dialog.setDirectory(str(path.parent))
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.selectAll()
    qtbot.keyClicks(name, path.name)
    qtbot.keyClick(name, Qt.Key.Key_Return)


def test_a_name_offered_alone_goes_in_documents_never_in_the_programs_folder(
    qtbot, window, user_home
):
    dialog = choose_file(
        window, "Save the export as", lambda _: None, save=True, suggested="household-stata.zip"
    )
    assert starts_in(dialog) == user_home / "Documents"
    assert offered(dialog) == [user_home / "Documents" / "household-stata.zip"]
    dialog.reject()
    dialog = choose_file(window, "Bring a bundle", lambda _: None, filters="Bundles (*.bundle)")
    assert starts_in(dialog) == user_home / "Documents"
    dialog.reject()


def test_a_dialog_starts_where_that_kind_of_file_last_went_in_the_next_run_too(
    qtbot, user_home, tmp_path
):
    home = Home.resolve(tmp_path / "office")
    client = Client(home, clock=lambda: FIXED_NOW, kdf=FAST_KDF)
    client.install_forms(standard_forms())
    window = open_window(qtbot, client)
    stick = tmp_path / "stick" / "reports"
    stick.mkdir(parents=True)
    saved: list[Path] = []

    def save_indicators(owner):
        return choose_file(
            owner,
            "Save the indicators",
            saved.append,
            save=True,
            suggested=str(Path.home() / "indicators.csv"),
            filters="CSV (*.csv)",
        )

    first = save_indicators(window)
    assert starts_in(first) == user_home  # the first time: where the caller said
    save_as(qtbot, first, stick / "indicators.csv")
    assert saved == [stick / "indicators.csv"]
    again = save_indicators(window)
    assert starts_in(again) == stick
    assert offered(again) == [stick / "indicators.csv"]
    again.reject()
    pdf = choose_file(
        window,
        "Print questionnaires",
        lambda _: None,
        save=True,
        suggested="batch-1.pdf",
        filters="PDF (*.pdf)",
    )
    assert starts_in(pdf) == user_home / "Documents"  # another kind of file: not the stick's
    pdf.reject()
    window.close()
    client.close()

    client = Client(home, clock=lambda: FIXED_NOW, kdf=FAST_KDF)  # the next run
    try:
        window = open_window(qtbot, client)
        assert starts_in(save_indicators(window)) == stick
        window.close()
    finally:
        client.close()


def test_a_folder_no_longer_there_gives_way_to_documents(qtbot, user_home, tmp_path):
    client = Client(Home.resolve(tmp_path / "office"), clock=lambda: FIXED_NOW, kdf=FAST_KDF)
    try:
        window = open_window(qtbot, client)
        gone = tmp_path / "stick-taken-out"
        client.store.set_setting("file_dialog_folders", {"save .pdf": str(gone)})
        dialog = choose_file(window, "Print", lambda _: None, save=True, suggested="b.pdf")
        assert offered(dialog) == [user_home / "Documents" / "b.pdf"]
        dialog.reject()
        window.close()
    finally:
        client.close()


def test_each_export_format_reaches_the_dialog_with_its_own_name(qtbot, client, admin, user_home):
    from desktop_app.ui.secretariat import SecretariatView

    view = SecretariatView(admin, forms=client.forms(latest_only=True), title_language="en")
    qtbot.addWidget(view)
    export = view.export
    export.form.setCurrentIndex(export.form.findData("household"))
    names = {}
    for fmt in ("dta", "sav", "parquet", "csv", "xlsx"):
        export.format.setCurrentIndex(export.format.findData(fmt))
        export.choose()
        [dialog] = [d for d in view.findChildren(QFileDialog) if d.isVisible()]
        [names[fmt]] = offered(dialog)
        dialog.reject()
    assert len(set(names.values())) == 5
    assert names["dta"].name == "household-stata.zip"
    assert names["sav"].name == "household-spss.zip"
    assert names["parquet"].name == "household-parquet.zip"
    assert all(p.parent != Path.cwd() for p in names.values())
