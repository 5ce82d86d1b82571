"""The main window. For now: the installed standard forms, loaded off the GUI thread, with
their summary; filling forms comes with the desktop-client work."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.ops import run_op
from form_engine import FormLoadError, load_xlsform
from form_engine.summary import form_summary, format_summary


def _load_all(paths: list[Path]) -> list[tuple[Path, dict | None, str]]:
    out = []
    for p in paths:
        try:
            form = load_xlsform(p)
        except FormLoadError as exc:
            out.append((p, None, str(exc)))
            continue
        summary = form_summary(form)
        # The first question's label in every language: a glance shows each script renders.
        first = next((q for q in form.questions() if q.control and q.label), None)
        summary["preview"] = (
            {
                lang: "".join(seg for seg in first.label.get(lang, []) if isinstance(seg, str))
                for lang in form.languages
            }
            if first
            else {}
        )
        out.append((p, summary, ""))
    return out


class MainWindow(QMainWindow):
    forms_loaded = Signal(int)

    def __init__(self, form_paths: list[Path]) -> None:
        super().__init__()
        self.setWindowTitle("Daftari")
        self.resize(1000, 640)
        central = QWidget()
        layout = QVBoxLayout(central)
        self.heading = QLabel("Loading forms…")
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading, 0)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.form_list = QListWidget()
        self.form_list.setAccessibleName("Installed forms")
        self.details = QTextBrowser()
        split.addWidget(self.form_list)
        split.addWidget(self.details)
        split.setSizes([320, 680])
        layout.addWidget(split, 1)
        self.setCentralWidget(central)
        self.form_list.currentItemChanged.connect(self._show_details)
        self.statusBar().showMessage("Offline — working locally")
        self._op = run_op(
            lambda: _load_all(form_paths), self._on_loaded, self._on_failed, parent=self
        )

    def _on_loaded(self, results: object) -> None:
        for path, summary, error in results:  # type: ignore[union-attr]
            title = summary["title"] if summary else path.name
            item = QListWidgetItem(title if summary else f"⚠ {title}")
            item.setData(Qt.ItemDataRole.UserRole, (summary, error))
            self.form_list.addItem(item)
        self.heading.setText(f"{self.form_list.count()} forms")
        if self.form_list.count():
            self.form_list.setCurrentRow(0)
        self.forms_loaded.emit(self.form_list.count())

    def _on_failed(self, exc: Exception) -> None:
        self.heading.setText(f"Could not load the forms: {exc}")
        self.forms_loaded.emit(0)

    def _show_details(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        summary, error = item.data(Qt.ItemDataRole.UserRole)
        if not summary:
            self.details.setPlainText(error)
            return
        text = format_summary(summary)
        if summary.get("preview"):
            text += "\n\nFirst question in each language:\n" + "\n".join(
                f"  {lang}: {label}" for lang, label in summary["preview"].items()
            )
        self.details.setPlainText(text)


def run(form_paths: list[Path]) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Daftari")
    window = MainWindow(form_paths)
    window.show()
    return app.exec()
