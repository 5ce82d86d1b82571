"""The Secretariat's view (and a site reviewer's, for their own site): the forms' indicators
as tables and bar charts (saved as CSV and PNG), the merged data page by page, probable
duplicates to resolve side by side, and exports made on the server with a progress bar.
Online: each tab asks the server when asked (Enter or its button); nothing is kept here but
the files the person saves."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.client import UserSession
from desktop_app.errors import ClientError
from desktop_app.store import FormVersionInfo
from desktop_app.sync.datasets import DEFAULT_KEYS, Datasets
from desktop_app.ui.dialogs import choose_file, open_dialog, translate_buttons
from desktop_app.ui.home import form_title
from desktop_app.ui.i18n import form_language_for, isolate, isolate_ltr, language_name
from desktop_app.ui.messages import user_message
from desktop_app.ui.ops import run_op
from form_engine import FormDefinition
from form_engine.cells import csv_plain

if TYPE_CHECKING:  # read only when a key is chosen (desktop_app.sealed)
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

ALL = "(all)"  # the server's name for "every city" / "every group"
_Answer = TypeVar("_Answer")


def indicator_titles() -> list[str]:
    """The indicators' titles as the server writes them (forms/README.md), each in the
    interface's language: listed here so that Qt's tools find them to translate."""
    return [
        QCoreApplication.translate("Indicators", "households using at least basic drinking water"),
        QCoreApplication.translate("Indicators", "households using surface water"),
        QCoreApplication.translate("Indicators", "households with at least basic sanitation"),
        QCoreApplication.translate("Indicators", "households practising open defecation"),
        QCoreApplication.translate("Indicators", "households relying on clean cooking fuel"),
        QCoreApplication.translate("Indicators", "households with any electricity"),
        QCoreApplication.translate(
            "Indicators", "households with poor or borderline food consumption"
        ),
        QCoreApplication.translate("Indicators", "mean persons per sleeping room"),
        QCoreApplication.translate(
            "Indicators", "households with more than 3 persons per sleeping room"
        ),
        QCoreApplication.translate(
            "Indicators", "members aged 5 or more with a disability (Washington Group cut-off)"
        ),
        QCoreApplication.translate("Indicators", "households whose head has no identity document"),
        QCoreApplication.translate("Indicators", "children under 5 with a birth certificate"),
        QCoreApplication.translate("Indicators", "households hit by any shock in 6 months"),
        QCoreApplication.translate("Indicators", "median monthly income per person"),
        QCoreApplication.translate(
            "Indicators", "households using the service in the last 3 months"
        ),
        QCoreApplication.translate("Indicators", "users reaching it within 30 minutes"),
        QCoreApplication.translate("Indicators", "median one-way travel time, minutes"),
        QCoreApplication.translate("Indicators", "users reporting any barrier"),
        QCoreApplication.translate(
            "Indicators", "households refused because of nationality or status"
        ),
        QCoreApplication.translate("Indicators", "users satisfied (4-5)"),
        QCoreApplication.translate("Indicators", "median cost per user, last 3 months"),
        QCoreApplication.translate("Indicators", "share of the city's population"),
        QCoreApplication.translate("Indicators", "average household size"),
        QCoreApplication.translate("Indicators", "dependency ratio (0-17 and 60+ per 18-59)"),
        QCoreApplication.translate("Indicators", "males per 100 females"),
        QCoreApplication.translate("Indicators", "P6 dwelling occupancy rate"),
    ]


def indicator_title(title: str) -> str:
    """A title in the interface's language (its own words where it has none)."""
    if title.startswith("median monthly income per person"):  # "… UGX": the currency after
        rest = title[len("median monthly income per person") :]
        return QCoreApplication.translate("Indicators", "median monthly income per person") + rest
    return QCoreApplication.translate("Indicators", title)


INDICATOR_FORMS = ("household", "service_access", "population")
FORMATS = ("csv", "xlsx", "parquet", "dta", "sav")


class SecretariatView(QTabWidget):
    message = Signal(str)  # for the status bar

    def __init__(
        self, user: UserSession, *, forms: list[FormVersionInfo], title_language: str
    ) -> None:
        super().__init__()
        self.user = user
        self.language_code = title_language  # the form language answers are shown in
        self.titles = {f.form_id: form_title(f, title_language) for f in forms}
        self.state_names = {
            "approved": self.tr("Approved"),
            "any": self.tr("Every state"),
            "site_approved": self.tr("Approved by the site"),
            "received": self.tr("Received"),
            "corrected": self.tr("Corrected"),
            "returned": self.tr("Sent back"),
        }
        self._form_boxes: list[QComboBox] = []  # every tab's: they follow the one chosen
        self.indicators = IndicatorsTab(self)
        self.data = DataTab(self)
        self.duplicates = DuplicatesTab(self)
        self.export = ExportTab(self)
        self.addTab(self.indicators, self.tr("&Indicators"))
        self.addTab(self.data, self.tr("D&ata"))
        self.addTab(self.duplicates, self.tr("D&uplicates"))
        self.addTab(self.export, self.tr("E&xport"))

    def form_languages(self, form_id: str) -> list[str]:
        """The form's languages ("French (fr)"), as its version on this computer has them."""
        try:
            return list(self.user.client.form(form_id).languages)
        except ClientError:
            return []

    def form_language(self, form_id: str) -> str | None:
        """The form's language nearest the one chosen (None: the form's default)."""
        return form_language_for(self.form_languages(form_id), self.language_code)

    def form_box(self, forms: tuple[str, ...] | None = None) -> QComboBox:
        """A tab's choice of form: it starts on the form this user last chose (in any tab),
        and choosing one moves every tab that has it there too."""
        box = QComboBox()
        for form_id, title in self.titles.items():
            if forms is None or form_id in forms:
                box.addItem(isolate(title), form_id)
        at = box.findData(self.user.store.setting(self._last_form_key(), ""))
        if at >= 0:
            box.setCurrentIndex(at)
        box.activated.connect(lambda _index, b=box: self._form_chosen(b.currentData()))
        self._form_boxes.append(box)
        return box

    def _last_form_key(self) -> str:
        return f"secretariat_form/{self.user.user.name}"

    def _form_chosen(self, form_id: str) -> None:
        self.user.store.set_setting(self._last_form_key(), form_id)
        for box in self._form_boxes:
            at = box.findData(form_id)
            if at >= 0 and box.currentIndex() != at:
                box.setCurrentIndex(at)

    def state_box(self, *, default: str = "approved") -> QComboBox:
        box = QComboBox()
        for state, name in self.state_names.items():
            box.addItem(name, state)
        box.setCurrentIndex(list(self.state_names).index(default))
        return box

    def ask(
        self,
        work: Callable[[Datasets], _Answer],
        done: Callable[[_Answer], None],
        *,
        busy: QWidget | None = None,
        failed_too: Callable[[str], None] | None = None,
    ) -> None:
        """``work(datasets)`` on a worker thread with a connection of its own; ``done`` with
        its result on the GUI thread; a failure said in the status bar (and to
        ``failed_too``)."""
        user = self.user
        if busy is not None:
            busy.setEnabled(False)

        def run() -> _Answer:
            datasets = Datasets(user)
            try:
                return work(datasets)
            finally:
                datasets.close()

        def finished(result: _Answer) -> None:
            if busy is not None:
                busy.setEnabled(True)
            done(result)

        def failed(exc: Exception) -> None:
            if busy is not None:
                busy.setEnabled(True)
            text = user_message(exc) if hasattr(exc, "code") else str(exc)
            self.message.emit(text)
            if failed_too is not None:
                failed_too(text)

        run_op(run, finished, failed, parent=self)


def _row(*widgets: QWidget | tuple[str, QWidget]) -> QHBoxLayout:
    """Labelled fields in one row; a label's & letter moves to its field."""
    row = QHBoxLayout()
    for w in widgets:
        if isinstance(w, tuple):
            label = QLabel(w[0])
            label.setBuddy(w[1])
            row.addWidget(label)
            row.addWidget(w[1], 1)
        else:
            row.addWidget(w)
    return row


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _item(value: object) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else isolate(str(value)))
    item.setData(Qt.ItemDataRole.UserRole, value)  # the value itself, not as shown
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


# -- indicators ---------------------------------------------------------------------------------


def indicator_rows(found: dict) -> list[dict]:
    """One row per (city, group[, sex]) × indicator, from any of the three forms' answers."""
    out = []
    for g in found.get("groups", []):
        count = g.get("households", g.get("persons"))
        for key, ind in g.get("indicators", {}).items():
            out.append(
                {
                    "city": g.get("city", ""),
                    "group": g.get("population_group", ""),
                    "sex": g.get("respondent_sex", ""),
                    "id": key,
                    "title": ind.get("title", key),
                    "value": ind.get("value"),
                    "numerator": ind.get("numerator"),
                    "denominator": ind.get("denominator", ind.get("households")),
                    "behind": count,
                    "share": "numerator" in ind and not key.startswith(("P3", "P4", "P5")),
                }
            )
    return out


def choice_labels(form: FormDefinition, language_code: str) -> dict[str, str]:
    """Every choice's label in the form language closest to ``language_code``, by its value:
    the cities and population groups read as the form names them."""
    lang = form_language_for(form.languages, language_code)
    out: dict[str, str] = {}
    for choices in form.choice_lists.values():
        for c in choices:
            segments = c.label.get(lang or "") or next(iter(c.label.values()), [])
            text = "".join(x for x in segments if isinstance(x, str)).strip()
            if text:
                out.setdefault(c.value, text)
    return out


def shown_value(row: dict) -> str:
    value = row["value"]
    if value is None:
        return "—"
    if row["share"]:
        return f"{100 * value:.1f} %"
    return f"{value:,.2f}"


def _whole(count: object) -> object:
    """A count summed from answers (3.0 children) shown as the command line does: 3."""
    return int(count) if isinstance(count, float) and count.is_integer() else count


class IndicatorsTab(QWidget):
    def __init__(self, view: SecretariatView) -> None:
        super().__init__()
        self.view = view
        self.rows: list[dict] = []
        self.names: dict[str, str] = {}
        self.form = view.form_box(INDICATOR_FORMS)
        if not view.user.store.setting(view._last_form_key(), ""):
            self.form.setCurrentIndex(max(0, self.form.findData("household")))
        # another form's table and chart are not this one's: cleared until Show
        self.form.currentIndexChanged.connect(lambda _: self._clear())
        self.state = view.state_box()
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.load)
        self.indicator = QComboBox()
        self.indicator.currentIndexChanged.connect(lambda _: self._chart())
        self.save_csv = QPushButton(self.tr("Save the table as &CSV…"))
        self.save_csv.clicked.connect(self._save_csv)
        self.save_png = QPushButton(self.tr("Save the chart as &PNG…"))
        self.save_png.clicked.connect(self._save_png)
        self.table = _table(
            [
                self.tr("City"),
                self.tr("Population group"),
                self.tr("Sex"),
                self.tr("Indicator"),
                self.tr("Value"),
                self.tr("Households (or persons)"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Indicators"))
        self.chart = BarChart()
        scroll = QScrollArea()
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)
        self.by_group = QCheckBox(self.tr("Bars for each population &group too"))
        self.by_group.toggled.connect(lambda _: self._chart())
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setSizes([300, 300])
        self.note = QLabel(
            self.tr(
                "Computed on the server from the submissions in the chosen state, per city "
                "and population group; “{all}” is every city or group together."
            ).format(all=self.tr("(all)"))
        )
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(
            _row(
                (self.tr("F&orm"), self.form),
                (self.tr("S&tate"), self.state),
                self.show_button,
            )
        )
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        layout.addLayout(
            _row(
                (self.tr("C&hart of"), self.indicator),
                self.by_group,
                self.save_csv,
                self.save_png,
            )
        )

    def load(self) -> None:
        form_id, state = self.form.currentData(), self.state.currentData()
        if not form_id:
            return
        self.view.ask(lambda d: d.indicators(form_id, state), self._show, busy=self.show_button)

    def _clear(self) -> None:
        self.rows = []
        self.table.setRowCount(0)
        self.indicator.clear()
        self.chart.set_bars("", [])

    def _show(self, found: dict) -> None:
        self.rows = indicator_rows(found)
        form_id = self.form.currentData()
        self.names = choice_labels(
            self.view.user.client.form(form_id),
            self.view.language_code,
        )
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            cells = [self._name(r["city"]), self._name(r["group"]), self._name(r["sex"])]
            cells.append(f"{r['id']} — {indicator_title(r['title'])}")
            for column, text in enumerate(cells):
                self.table.setItem(i, column, _item(text))
            value = _item(shown_value(r))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, 4, value)
            # the base of this very figure, as the command line and the CSV give it: a
            # share's denominator (H9: persons aged 5+), else the households behind it
            self.table.setItem(i, 5, _item(_whole(r["denominator"])))
        self.table.resizeColumnsToContents()
        self.table.setColumnHidden(2, not any(r["sex"] for r in self.rows))
        self.indicator.blockSignals(True)
        self.indicator.clear()
        for key, title in dict.fromkeys((r["id"], r["title"]) for r in self.rows):
            self.indicator.addItem(isolate(f"{key} — {indicator_title(title)}"), key)
        self.indicator.blockSignals(False)
        self._chart()
        self.view.message.emit(
            self.tr("{n} figures, computed on the server.").format(n=len(self.rows))
        )

    def _name(self, code: str) -> str:
        """A city's, group's or sex's label in the form language (the code where none)."""
        if code == ALL:
            return self.tr("(all)")
        return self.names.get(code, code)

    def _chart(self) -> None:
        """One bar per city (and per population group when asked), the whole first."""
        key = self.indicator.currentData()
        every_group = self.by_group.isChecked()
        bars = [
            (" · ".join(self._name(x) for x in (r["city"], r["group"], r["sex"]) if x), r)
            for r in self.rows
            if r["id"] == key
            and r["value"] is not None
            and (every_group or r["group"] == ALL)
            and r["sex"] in ("", ALL)
        ]
        self.chart.set_bars(
            self.indicator.currentText(),
            [(label, r["value"] * (100 if r["share"] else 1), shown_value(r)) for label, r in bars],
            percent=bool(bars) and all(r["share"] for _, r in bars),
        )

    def _save_csv(self) -> None:
        def chosen(path: Path) -> None:
            save_indicators_csv(self.rows, path)
            self.view.message.emit(self.tr("Saved {path}").format(path=path))

        choose_file(
            self,
            self.tr("Save the indicators"),
            chosen,
            save=True,
            suggested="indicators.csv",
            filters="CSV (*.csv)",
        )

    def _save_png(self) -> None:
        def chosen(path: Path) -> None:
            self.chart.grab().save(str(path), "PNG")
            self.view.message.emit(self.tr("Saved {path}").format(path=path))

        choose_file(
            self,
            self.tr("Save the chart"),
            chosen,
            save=True,
            suggested="indicator.png",
            filters="PNG (*.png)",
        )


def export_file_name(form_id: str, fmt: str) -> str:
    """The name an export is offered under: a workbook, or a zip named by what it holds
    (household-stata.zip, household-spss.zip…: three exports of a day never overwrite each
    other by a stray Enter)."""
    if fmt == "xlsx":
        return f"{form_id}.xlsx"
    kind = {"dta": "stata", "sav": "spss"}.get(fmt, fmt)
    return f"{form_id}-{kind}.zip"


def save_indicators_csv(rows: list[dict], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as f:  # Excel opens it as UTF-8
        out = csv.writer(f)
        out.writerow(
            ["city", "population_group", "sex", "indicator", "title", "value", "numerator",
             "denominator", "households_or_persons"]
        )  # fmt: skip
        for r in rows:
            # a population group is an answer: never a formula when the file is opened
            out.writerow(
                csv_plain([r["city"], r["group"], r["sex"], r["id"], r["title"], r["value"],
                           r["numerator"], r["denominator"], r["behind"]])
            )  # fmt: skip


class BarChart(QWidget):
    """Horizontal bars, one per city and group, with the figure written beside each: long
    labels read whole, and the chart mirrors in a right-to-left interface."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.bars: list[tuple[str, float, str]] = []
        self.percent = False
        self.setMinimumHeight(120)
        self.setAutoFillBackground(True)

    def set_bars(
        self, title: str, bars: list[tuple[str, float, str]], *, percent: bool = False
    ) -> None:
        """``percent``: the values are shares in % — drawn on a 0–100 % scale with its axis
        (33 % fills a third of the width, never all of it)."""
        self.title, self.bars, self.percent = title, bars, percent
        line = self.fontMetrics().height() + 6
        self.setMinimumHeight(max(120, 40 + (len(bars) + int(percent)) * line))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(600, self.minimumHeight())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = self.fontMetrics()
        line = metrics.height() + 6
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        painter.setPen(QColor("black"))
        painter.drawText(
            QRectF(8, 4, self.width() - 16, line),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading),
            self.title,
        )
        if not self.bars:
            return
        label_width = min(
            max(metrics.horizontalAdvance(label) for label, _, _ in self.bars) + 12,
            self.width() // 3,
        )
        widest = [text for _, _, text in self.bars] + (["100.0 %"] if self.percent else [])
        value_width = max(metrics.horizontalAdvance(text) for text in widest) + 12
        room = max(10, self.width() - label_width - value_width - 24)
        top = 100.0 if self.percent else (max(abs(v) for _, v, _ in self.bars) or 1.0)
        if self.percent:  # the scale below the bars: 0, 25, 50, 75, 100 %
            self._axis(painter, label_width, room, 8 + line * (len(self.bars) + 1), rtl)
        for i, (label, value, text) in enumerate(self.bars):
            y = 8 + line * (i + 1)
            length = room * abs(value) / top
            if rtl:
                label_box = QRectF(self.width() - 8 - label_width, y, label_width - 8, line)
                bar = QRectF(self.width() - 8 - label_width - length, y + 3, length, line - 6)
                value_box = QRectF(bar.left() - value_width, y, value_width - 4, line)
                align_label, align_value = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignRight
            else:
                label_box = QRectF(8, y, label_width - 8, line)
                bar = QRectF(8 + label_width, y + 3, length, line - 6)
                value_box = QRectF(bar.right() + 4, y, value_width, line)
                align_label, align_value = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignLeft
            painter.setPen(QColor("black"))
            painter.drawText(
                label_box,
                int(align_label | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_box.width())),
            )
            painter.fillRect(bar, QColor("#2b6cb0"))
            painter.drawText(value_box, int(align_value | Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()

    def _axis(self, painter: QPainter, label_width: int, room: int, y: int, rtl: bool) -> None:
        metrics = self.fontMetrics()
        painter.setPen(QColor("#555555"))
        for step in range(5):
            share = step * 25
            offset = room * share / 100
            x = self.width() - 8 - label_width - offset if rtl else 8 + label_width + offset
            painter.drawLine(int(x), y, int(x), y + 4)
            text = f"{share} %"
            width = metrics.horizontalAdvance(text)
            painter.drawText(
                QRectF(x - width / 2, y + 4, width, metrics.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                text,
            )
        left = self.width() - 8 - label_width - room if rtl else 8 + label_width
        painter.drawLine(int(left), y, int(left + room), y)


# -- the merged data ----------------------------------------------------------------------------
PAPER_COLUMNS = (
    "_paper_number",
    "_interview_date",
    "_paper_enumerator",
    "_batch",
    "_keyed_by",
    "_keyed_at",
)


def column_names() -> dict[str, str]:
    """The merged data's own columns (who, where, when, the review state) by what they are,
    in the interface's language: the Data tab's headers and the side-by-side's rows."""
    return {
        "_uuid": "uuid",
        "_site": QCoreApplication.translate("DataTab", "Site"),
        "_enumerator": QCoreApplication.translate("DataTab", "Enumerator"),
        "_form_version": QCoreApplication.translate("DataTab", "Form version"),
        "_revision": QCoreApplication.translate("DataTab", "Revision"),
        "_review_state": QCoreApplication.translate("DataTab", "State"),
        # received by the server
        "_submitted_at": QCoreApplication.translate("DataTab", "Submitted"),
        "_updated_at": QCoreApplication.translate("DataTab", "Changed"),
        "_created_on_device": QCoreApplication.translate("DataTab", "Opened on the device"),
        # the facts of a paper questionnaire keyed at an office
        "_paper_number": QCoreApplication.translate("DataTab", "Questionnaire no."),
        "_interview_date": QCoreApplication.translate("DataTab", "Interview date"),
        "_paper_enumerator": QCoreApplication.translate("DataTab", "Enumerator on the paper"),
        "_batch": QCoreApplication.translate("DataTab", "Batch"),
        "_keyed_by": QCoreApplication.translate("DataTab", "Keyed by"),
        "_keyed_at": QCoreApplication.translate("DataTab", "Keyed at"),
        # a resolved duplicate: the submission kept in its place
        "_duplicate_of": QCoreApplication.translate("DataTab", "Duplicate of"),
    }


class DataTab(QWidget):
    PAGE = 100

    def __init__(self, view: SecretariatView) -> None:
        super().__init__()
        self.view = view
        self.pages: list[str] = [""]  # the "after" of each page shown so far
        self.next = ""
        self.form = view.form_box()
        self.state = view.state_box(default="any")
        self.site = QLineEdit()
        self.site.setPlaceholderText(self.tr("every site"))
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(lambda: self.load(first=True))
        self.previous = QPushButton(self.tr("← &Previous page"))
        self.previous.clicked.connect(self._previous)
        self.following = QPushButton(self.tr("&Next page →"))
        self.following.clicked.connect(lambda: self.load(first=False))
        # the private key of encrypted forms: read when asked for, held for this session only
        self.key_button = QPushButton(self.tr("Private &key…"))
        self.key_button.clicked.connect(self.choose_key)
        self.private_key: RSAPrivateKey | None = None
        self.key_state = QLabel()  # which key is held, when one is
        self.sealed_note = QLabel()
        self.sealed_note.setWordWrap(True)
        self.where = QLabel()
        self.table = _table([])
        self.table.setAccessibleName(self.tr("The merged data"))
        layout = QVBoxLayout(self)
        layout.addLayout(
            _row(
                (self.tr("F&orm"), self.form),
                (self.tr("S&tate"), self.state),
                (self.tr("Sit&e"), self.site),
                self.show_button,
                self.key_button,
            )
        )
        layout.addWidget(self.key_state)
        layout.addWidget(self.sealed_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(_row(self.previous, self.where, self.following))
        self._buttons()

    def _filters(self) -> dict:
        return {
            "state": self.state.currentData(),
            "site": self.site.text().strip() or None,
            "lang": self.view.form_language(self.form.currentData() or ""),
        }

    def load(self, *, first: bool) -> None:
        """The first page, or the one after the page shown."""
        if first:
            self.pages = [""]
        elif self.next:
            self.pages.append(self.next)
        else:
            return
        self._fetch()

    def _previous(self) -> None:
        if len(self.pages) > 1:
            self.pages.pop()
            self._fetch()

    def _fetch(self) -> None:
        form_id, after, filters = self.form.currentData(), self.pages[-1], self._filters()
        if form_id:
            self.view.ask(
                lambda d: d.rows(form_id, after=after, limit=self.PAGE, **filters),
                self._show,
                busy=self.show_button,
            )

    def _show(self, answer: dict) -> None:
        """The page, with who, where and the review state first (named in the interface's
        language) and the answers after; the key and device columns are left out."""
        page = dict(answer)
        meta = column_names()
        # a paper's facts, a duplicate's mark, a kept value: shown where some row has one (a
        # page of questionnaires filled on devices does not start with empty columns)
        sometimes = set(PAPER_COLUMNS) | {"_duplicate_of", "_as_written"}
        shown = [
            i
            for i, c in enumerate(page["columns"])
            if c["name"] not in ("_key", "_device")
            and (c["name"] not in sometimes or any(row[i] for row in page["rows"]))
        ]
        columns = [page["columns"][i] for i in shown]
        rows = [[row[i] for i in shown] for row in page["rows"]]
        state = next((n for n, c in enumerate(columns) if c["name"] == "_review_state"), -1)
        self.next = page["next"]
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels(
            [meta.get(c["name"], isolate(c["label"])) for c in columns]
        )
        for column, c in enumerate(columns):
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(c["name"])
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for column, value in enumerate(row):
                if column == state:
                    value = self.view.state_names.get(str(value), value)
                self.table.setItem(i, column, _item(value))
        self.table.resizeColumnsToContents()
        width = self.table.fontMetrics().horizontalAdvance("M")
        for column in range(len(columns)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width * 16))
        self._open_sealed(list(page.get("sealed", [])), columns)
        first = (len(self.pages) - 1) * self.PAGE
        self.where.setText(
            self.tr("Rows {first}–{last}").format(first=first + 1, last=first + len(rows))
            if rows
            else self.tr("No rows.")
        )
        self._buttons()

    def _buttons(self) -> None:
        self.previous.setEnabled(len(self.pages) > 1)
        self.following.setEnabled(bool(self.next))

    # -- ODK-encrypted submissions, opened here ------------------------------------------------
    def choose_key(self) -> None:
        choose_file(
            self,
            self.tr("The form's private key"),
            self.load_key_file,
            filters=self.tr("Private keys (*.pem);;All files (*)"),
        )

    def load_key_file(self, path: Path, passphrase: str | None = None, *, ask: bool = True) -> bool:
        """Read the private key (``ask``: its passphrase asked for when it has one, asked
        again when it is not right; a problem said in a box); the page shown is read again,
        its encrypted submissions opened here."""
        from desktop_app.sealed import KeyProblem, load_key

        said = ""
        while True:
            try:
                key = load_key(path, passphrase or "")
                break
            except KeyProblem as exc:
                if ask and exc.code in ("needs_passphrase", "wrong_passphrase"):
                    said = user_message(exc) + "\n" if exc.code == "wrong_passphrase" else ""
                    passphrase = self._ask_passphrase(path, said)
                    if passphrase is None:
                        return False
                    continue
                self.key_state.setText(user_message(exc))
                if ask:
                    self._said_about_key(exc)
                return False
        self.private_key = key
        self.key_state.setText(
            self.tr("Private key: {name} (this session only)").format(name=isolate(path.name))
        )
        self.view.message.emit(
            self.tr(
                "The private key is held for this session only: encrypted submissions are "
                "opened on this computer, never on the server."
            )
        )
        if self.form.currentData():
            self._fetch()
        return True

    def _ask_passphrase(self, path: Path, said: str) -> str | None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("The form's private key"))
        dialog.setLabelText(
            said + self.tr("Passphrase of the key {name}:").format(name=isolate(path.name))
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(self.tr("OK"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        return dialog.textValue() if dialog.exec() else None

    def _said_about_key(self, exc: Exception) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The form's private key"),
            user_message(exc),
            QMessageBox.StandardButton.Ok,
            parent=self,
        )
        translate_buttons(box)
        box.exec()

    def _open_sealed(self, uuids: list[str], columns: list[dict]) -> None:
        from desktop_app.sealed import open_sealed
        from sync_protocol.odk_encryption import NotOpened

        if not uuids:
            self.sealed_note.hide()
            return
        self.sealed_note.show()
        if self.private_key is None:
            self.sealed_note.setText(
                self.tr(
                    "{n} submission(s) on this page are encrypted: their answers can be read "
                    "only with the form's private key (Private key…), on this computer."
                ).format(n=len(uuids))
            )
            return
        self.sealed_note.setText(
            self.tr("Opening {n} encrypted submission(s)…").format(n=len(uuids))
        )
        form_id, key, user = self.form.currentData(), self.private_key, self.view.user

        def work(datasets: Datasets) -> dict[str, dict | str]:
            found: dict[str, dict | str] = {}
            for uuid in uuids:
                try:
                    found[uuid] = open_sealed(user, form_id, datasets.sealed(form_id, uuid), key)
                except (NotOpened, ClientError) as exc:
                    found[uuid] = str(exc)
            return found

        self.view.ask(work, lambda found: self._fill(found, columns, form_id))

    def _fill(self, found: dict[str, dict | str], columns: list[dict], form_id: str) -> None:
        """The opened answers in their rows, choices by their labels; each such cell says it
        was opened here."""
        opened = dict(found)
        names = [c["name"] for c in columns]
        uuid_column = names.index("_uuid") if "_uuid" in names else -1
        try:
            form = self.view.user.client.form(form_id)
            labels = choice_labels(form, self.view.language_code)
            chosen = {
                el.path.split("/", 2)[-1]
                for el in form.walk()
                if el.control in ("select1", "select", "rank", "odk:rank")
            }
        except ClientError:
            labels, chosen = {}, set()
        done = failed = 0
        here = self.tr("Opened on this computer with the private key")
        for row in range(self.table.rowCount()):
            item = self.table.item(row, uuid_column) if uuid_column >= 0 else None
            uuid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            answers = opened.get(uuid) if isinstance(uuid, str) else None
            if isinstance(answers, str):
                failed += 1
                if item is not None:  # always: the answers were found by its uuid
                    item.setToolTip(answers)
                continue
            if not isinstance(answers, dict):
                continue
            done += 1
            for column, name in enumerate(names):
                if name in answers and not name.startswith("_"):
                    value = answers[name]
                    if isinstance(value, str) and name in chosen:
                        value = " ".join(labels.get(v, v) for v in value.split()) or value
                    cell = _item(value)
                    cell.setToolTip(here)
                    self.table.setItem(row, column, cell)
        text = self.tr("{n} encrypted submission(s) opened on this computer.").format(n=done)
        if failed:
            text += " " + self.tr(
                "{n} could not be opened with this key (another form's key, or changed since "
                "they were made): their reason is on their uuid."
            ).format(n=failed)
        self.sealed_note.setText(text)


# -- probable duplicates ------------------------------------------------------------------------


def read_submissions(
    datasets: Datasets,
    form_id: str,
    *,
    wanted: list[str],
    listed: set[str],
    starts: dict[str, str | None],
    lang: str | None,
) -> dict:
    """The answers of the ``wanted`` submissions as the Data tab shows them (choices by their
    labels in ``lang``), with those of any ``listed`` one met on the way: asked for by their
    uuids, and where the server does not know that filter (an older one), each site's pages
    of the merged data read on from where the last reading stopped (``starts``: site -> its
    ``next``; None: read to its end) until every wanted one is found. Returns ``columns``, ``rows`` (uuid ->
    column name -> value) and ``read_to`` (site -> where the reading stopped)."""
    missing = set(wanted)
    rows: dict[str, dict] = {}
    columns: list[dict] = []
    read_to: dict[str, str | None] = {}
    # asked by their uuids (a server of this version answers those alone; an older one,
    # which ignores the filter, a first page: the rest is read on below)
    page = datasets.rows(form_id, limit=500, lang=lang, uuid=list(wanted))
    columns = page["columns"]
    names = [c["name"] for c in columns]
    for values in page["rows"]:
        answers = dict(zip(names, values, strict=True))
        if answers.get("_uuid") in missing:
            rows[answers["_uuid"]] = answers
            missing.discard(answers["_uuid"])
    for site, after in starts.items():
        if after is None or not missing:
            continue
        while missing:
            page = datasets.rows(form_id, after=after, limit=500, site=site, lang=lang)
            columns = page["columns"]
            names = [c["name"] for c in columns]
            for values in page["rows"]:
                answers = dict(zip(names, values, strict=True))
                uuid = answers.get("_uuid")
                if uuid in missing or uuid in listed:
                    rows[uuid] = answers
                    missing.discard(uuid)
            after = page["next"]
            read_to[site] = after or None
            if not after:
                break
    return {"columns": columns, "rows": rows, "read_to": read_to}


def _shown(value: object) -> str:
    """An answer as the side-by-side shows (and compares) it."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


DIFFERING = QColor("#fff1c2")  # a differing answer's row: with a ≠ and bold, never colour alone


class DuplicatesTab(QWidget):
    def __init__(self, view: SecretariatView) -> None:
        super().__init__()
        self.view = view
        self.pairs: list[dict] = []
        # the answers of the pairs listed, read from the server as they are looked at
        self.answers: dict[str, dict] = {}
        self.columns: list[dict] = []
        self.read_to: dict[str, str | None] = {}  # site -> where its reading stopped
        self.listing = 0  # which listing of pairs a reading belongs to
        self.form = view.form_box()
        self.keys = QLineEdit()
        self.form.currentIndexChanged.connect(lambda _: self._default_keys())
        self._default_keys()
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.clicked.connect(self.load)
        self.keys.returnPressed.connect(self.load)
        self.table = _table([])
        self.table.setAccessibleName(self.tr("Probable duplicates"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.currentCellChanged.connect(self._pair_changed)
        self.table.activated.connect(lambda _: self.focus_comparison())  # Enter, double-click
        # the two submissions of the pair chosen, one row per question
        self.side_by_side = _table(
            [self.tr("Question"), self.tr("First submission"), self.tr("Second submission")]
        )
        self.side_by_side.setAccessibleName(self.tr("The two submissions side by side"))
        self.side_by_side.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.side_by_side.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # reached by Enter on a pair (every other letter of this tab is taken in some language)
        heading = QLabel(self.tr("The two households, answer by answer"))
        self.compared = QLabel(self.tr("Choose a pair to see its two submissions side by side."))
        self.compared.setWordWrap(True)
        self.only_differences = QCheckBox(self.tr("Only the differin&g answers"))
        self.only_differences.toggled.connect(lambda _: self._compare())
        self.note = QLineEdit()
        self.note.setMaxLength(2000)
        verdicts = [
            (self.tr("Keep &both (two households)"), "keep_both"),
            (self.tr("The &same household"), "same_household"),
            (self.tr("Keep the fi&rst"), "keep_first"),
            (self.tr("Keep the s&econd"), "keep_second"),
        ]
        buttons = []
        for text, verdict in verdicts:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, v=verdict: self._resolve(v))
            button.setEnabled(False)  # until there is a pair to decide on
            buttons.append(button)
        self.verdicts = buttons
        # the pairs with a verdict too, to see or undo it
        self.decided = QCheckBox(self.tr("Show decided &pairs too"))
        self.decided.toggled.connect(lambda _: self.load())
        self.undo = QPushButton(self.tr("U&ndo the verdict"))
        self.undo.clicked.connect(lambda _=False: self._resolve("undone"))
        self.undo.setEnabled(False)
        help_text = QLabel(
            self.tr(
                "Key fields, separated by commas: ':name' matches names loosely, ':phone' "
                "phone numbers. Nothing is ever deleted: a verdict marks the pair, and the "
                "copy not kept is left out of the indicators and exports until the verdict "
                "is undone."
            )
        )
        help_text.setWordWrap(True)
        below = QWidget()
        comparing = QVBoxLayout(below)
        comparing.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.only_differences)
        comparing.addLayout(top)
        comparing.addWidget(self.compared)
        comparing.addWidget(self.side_by_side, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(below)
        split.setSizes([200, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(
            _row(
                (self.tr("F&orm"), self.form),
                (self.tr("&Keys"), self.keys),
                self.find_button,
                self.decided,
            )
        )
        layout.addWidget(help_text)
        layout.addWidget(split, 1)
        layout.addLayout(_row((self.tr("No&te (optional)"), self.note)))
        layout.addLayout(_row(*buttons, self.undo))

    def _default_keys(self) -> None:
        self.keys.setText(DEFAULT_KEYS.get(self.form.currentData() or "", "zone"))

    def load(self) -> None:
        form_id, keys = self.form.currentData(), self.keys.text()
        if form_id:
            everything = self.decided.isChecked()
            self.view.ask(
                lambda d: d.duplicates(form_id, keys, everything=everything),
                self._show,
                busy=self.find_button,
            )

    def _show(self, pairs: list[dict]) -> None:
        self.pairs = list(pairs)
        # answers read before may have been corrected since: read again when looked at
        self.listing += 1
        self.answers, self.columns, self.read_to = {}, [], {}
        paths = list(dict.fromkeys(p for pair in self.pairs for p in pair["values"]))
        verdicts = {
            "keep_both": self.tr("Both kept (two households)"),
            "same_household": self.tr("The same household"),
            "keep_first": self.tr("The first kept"),
            "keep_second": self.tr("The second kept"),
        }
        headers = [self.tr("Site"), self.tr("Likeness"), self.tr("Verdict")]
        for path in paths:
            headers += [f"{path} (1)", f"{path} (2)"]
        self.table.blockSignals(True)  # the pair to compare is chosen below, once
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.pairs))
        for i, pair in enumerate(self.pairs):
            # two cities: the household surveyed in one and again in the other
            second_site = pair.get("second_site") or pair["site"]
            site = (
                pair["site"] if second_site == pair["site"] else f"{pair['site']} / {second_site}"
            )
            verdict = verdicts.get(pair.get("resolution") or "", "")
            cells: list[object] = [site, round(pair["score"]), verdict]
            for path in paths:
                cells += list(pair["values"].get(path, ("", "")))
            for column, value in enumerate(cells):
                self.table.setItem(i, column, _item(value))
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.setColumnHidden(2, not self.decided.isChecked())
        for button in self.verdicts:
            button.setEnabled(bool(self.pairs))
        self.undo.setEnabled(self.decided.isChecked() and bool(self.pairs))
        if self.pairs:
            self.table.setCurrentCell(0, 0)  # (selectRow selects nothing right to left)
            self.table.setFocus()
        self._compare()
        self.view.message.emit(self.tr("{n} probable pairs to look at.").format(n=len(self.pairs)))

    def _pair_changed(self, row: int, _column: int, before: int, _was: int) -> None:
        if row != before:
            self._compare()

    def _pair(self) -> dict | None:
        """The pair chosen in the table, if any."""
        row = self.table.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    # -- side by side ---------------------------------------------------------------------------
    def focus_comparison(self) -> None:
        """The keyboard to the side-by-side of the pair chosen (Enter or a double-click on it)."""
        self.side_by_side.setFocus()
        if self.side_by_side.rowCount() and self.side_by_side.currentRow() < 0:
            self.side_by_side.setCurrentCell(0, 0)

    def _compare(self) -> None:
        """The chosen pair's two submissions side by side: shown at once when both have been
        read, else read from the server first."""
        pair = self._pair()
        if pair is None:
            self.side_by_side.setRowCount(0)
            self.compared.setText(self.tr("Choose a pair to see its two submissions side by side."))
            return
        wanted = [pair["first"], pair["second"]]
        sites = [pair["site"], pair.get("second_site") or pair["site"]]
        unread = [
            site for uuid, site in zip(wanted, sites, strict=True) if uuid not in self.answers
        ]
        starts = {site: self.read_to.get(site, "") for site in unread}
        if not any(after is not None for after in starts.values()):
            self._fill(pair)  # both read, or not found where they were looked for
            return
        self.side_by_side.setRowCount(0)
        self.compared.setText(self.tr("Reading the two submissions from the server…"))
        form_id, listing = self.form.currentData(), self.listing
        lang = self.view.form_language(form_id)
        listed = {u for p in self.pairs for u in (p["first"], p["second"])}

        def done(found: dict) -> None:
            if listing != self.listing:  # the pairs were listed again meanwhile
                return
            got = dict(found)
            self.columns = got["columns"] or self.columns
            self.answers.update(got["rows"])
            self.read_to.update(got["read_to"])
            if self._pair() is pair:
                self._fill(pair)

        def failed(why: str) -> None:
            if self._pair() is pair:
                self.compared.setText(
                    self.tr("The two submissions could not be read: {why}").format(why=why)
                )

        self.view.ask(
            lambda d: read_submissions(
                d, form_id, wanted=wanted, listed=listed, starts=starts, lang=lang
            ),
            done,
            failed_too=failed,
        )

    def _fill(self, pair: dict) -> None:
        """One row per question either of the two answered (who, where and when first),
        the answers that differ marked ≠, in bold, on a tinted row."""
        first = self.answers.get(pair["first"], {})
        second = self.answers.get(pair["second"], {})
        names = column_names()
        only_differences = self.only_differences.isChecked()
        rows: list[tuple[str, str, object, object, bool]] = []
        answered = differing = 0
        for c in self.columns:
            name = c["name"]
            a, b = first.get(name), second.get(name)
            if name in ("_key", "_device") or (_shown(a) == "" and _shown(b) == ""):
                continue
            # who, where, when and the ids: never "an answer that differs"
            own = name.startswith(("_", "meta/"))
            differs = not own and _shown(a) != _shown(b)
            if not own:
                answered += 1
                differing += differs
            if only_differences and not own and not differs:
                continue
            if name == "_review_state":
                a = self.view.state_names.get(str(a), a)
                b = self.view.state_names.get(str(b), b)
            rows.append((name, names.get(name, c["label"]), a, b, differs))
        had_focus = self.side_by_side.hasFocus()
        self.side_by_side.setRowCount(len(rows))
        tip = self.tr("The two answers differ")
        for i, (name, label, a, b, differs) in enumerate(rows):
            question = QTableWidgetItem(f"≠ {isolate(label)}" if differs else isolate(label))
            question.setToolTip(f"{tip}\n{name}" if differs else name)
            cells = [question, _item(_shown(a)), _item(_shown(b))]
            for column, cell in enumerate(cells):
                if differs:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                    cell.setBackground(DIFFERING)
                    cell.setForeground(QColor("black"))  # readable on the tint in a dark theme
                if column:
                    cell.setToolTip(cell.text())
                self.side_by_side.setItem(i, column, cell)
        self.side_by_side.resizeRowsToContents()
        lost = [u for u in (pair["first"], pair["second"]) if u not in self.answers]
        if lost:
            text = self.tr(
                "Not found among the submissions this server lets you read: {uuids}."
            ).format(uuids=", ".join(isolate_ltr(u) for u in lost))
        else:
            text = self.tr("{n} of {total} answers differ.").format(n=differing, total=answered)
        self.compared.setText(text)
        if had_focus and rows and self.side_by_side.currentRow() < 0:
            self.side_by_side.setCurrentCell(0, 0)

    # -- verdicts -------------------------------------------------------------------------------
    def _household(self, pair: dict, which: int) -> str:
        """One of the pair as the reviewer tells them apart: its key answers, site, who
        collected it and the start of its uuid."""
        uuid = pair["first"] if which == 0 else pair["second"]
        site = pair["site"] if which == 0 else (pair.get("second_site") or pair["site"])
        try:
            labels = choice_labels(
                self.view.user.client.form(self.form.currentData()), self.view.language_code
            )
        except ClientError:
            labels = {}
        keys = [labels.get(v[which], v[which]) for v in pair["values"].values() if v[which]]
        who = self.answers.get(uuid, {}).get("_enumerator") or ""
        said = [isolate(" · ".join(keys)), isolate(site)]
        if who:
            said.append(self.tr("collected by {name}").format(name=isolate(who)))
        said.append(isolate_ltr(uuid.removeprefix("uuid:")[:8]))
        return ", ".join(x for x in said if x)

    def _resolve(self, verdict: str) -> None:
        """Ask, naming the verdict and the two households (No unless the reviewer says Yes),
        then send it with the note."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        pair = self.pairs[row]
        note = self.note.text().strip()
        named = {
            "keep_both": self.tr("Keep both (two households)"),
            "same_household": self.tr("The same household"),
            "keep_first": self.tr("Keep the first"),
            "keep_second": self.tr("Keep the second"),
            "undone": self.tr("Undo the verdict"),
        }[verdict]
        said = [
            self.tr("First: {household}").format(household=self._household(pair, 0)),
            self.tr("Second: {household}").format(household=self._household(pair, 1)),
        ]
        if note:
            said.append(self.tr("Note: {note}").format(note=isolate(note)))
        ask = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Record the verdict?"),
            self.tr("Record the verdict “{verdict}” on these two submissions?").format(
                verdict=named
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        ask.setInformativeText("\n\n".join(said))
        # Alt+Y / Alt+N in every interface language (Qt's own translations use the script's
        # letters, which a Latin keyboard layout cannot type)
        ask.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Yes, record it"))
        ask.button(QMessageBox.StandardButton.No).setText(self.tr("&No"))
        ask.setDefaultButton(QMessageBox.StandardButton.No)  # a stray Enter sends nothing
        ask.setEscapeButton(QMessageBox.StandardButton.No)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self._send(pair, verdict, note)

        ask.finished.connect(answered)
        open_dialog(self, ask)

    def _send(self, pair: dict, verdict: str, note: str) -> None:
        def done(_: object) -> None:
            self.note.clear()
            if self.decided.isChecked():  # listed with their verdicts: show the new one
                self.load()
            elif pair in self.pairs:
                row = self.pairs.index(pair)
                self.pairs.pop(row)
                self.table.removeRow(row)
                for button in self.verdicts:
                    button.setEnabled(bool(self.pairs))
                if self.table.rowCount():
                    self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
                self._compare()
            self.table.setFocus()  # on to the next pair, not the emptied note
            self.view.message.emit(
                self.tr("The verdict is undone: both submissions count again.")
                if verdict == "undone"
                else self.tr("Kept, with who decided and when.")
            )

        self.view.ask(lambda d: d.resolve(pair["first"], pair["second"], verdict, note), done)


# -- exports ------------------------------------------------------------------------------------


class ExportTab(QWidget):
    def __init__(self, view: SecretariatView) -> None:
        super().__init__()
        self.view = view
        self.job: dict | None = None
        self.out: Path | None = None
        self.form = view.form_box()
        self.format = QComboBox()
        for fmt, name in (
            ("csv", self.tr("CSV (a zip: one file per table)")),
            ("xlsx", self.tr("Excel (one sheet per table)")),
            ("dta", self.tr("Stata (.dta, with labels)")),
            ("sav", self.tr("SPSS (.sav, with labels)")),
            ("parquet", self.tr("Parquet")),
        ):
            self.format.addItem(name, fmt)
        # the language of Stata's and SPSS's labels: the one this view shows, unless chosen
        self.language = QComboBox()
        self.form.currentIndexChanged.connect(lambda _: self._languages())
        self.format.currentIndexChanged.connect(lambda _: self._languages())
        self._languages()
        self.state = view.state_box()
        self.site = QLineEdit()
        self.site.setPlaceholderText(self.tr("every site"))
        self.since = QLineEdit()
        self.since.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.attachments = QCheckBox(self.tr("&Photos and files too (in the zip)"))
        self.start_button = QPushButton(self.tr("&Save the export as…"))
        self.start_button.clicked.connect(self.choose)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.timer = QTimer(self, interval=700)
        self.timer.timeout.connect(self._poll)
        layout = QVBoxLayout(self)
        layout.addLayout(
            _row(
                (self.tr("F&orm"), self.form),
                (self.tr("For&mat"), self.format),
                (self.tr("La&bels in"), self.language),
            )
        )
        layout.addLayout(
            _row(
                (self.tr("S&tate"), self.state),
                (self.tr("Sit&e"), self.site),
                (self.tr("Changed si&nce"), self.since),
            )
        )
        layout.addWidget(self.attachments)
        layout.addLayout(_row(self.start_button))
        layout.addWidget(self.progress)
        layout.addWidget(self.said)
        layout.addStretch(1)

    def _languages(self) -> None:
        """The form's languages to label the export in, on the one chosen before (else the
        one nearest the view's); only Stata and SPSS files carry labels in one language."""
        form_id = self.form.currentData() or ""
        chosen = self.language.currentData()
        languages = self.view.form_languages(form_id)
        self.language.blockSignals(True)
        self.language.clear()
        for lang in languages:
            self.language.addItem(isolate(language_name(lang)), lang)
        if not languages:
            self.language.addItem(self.tr("The form's own"), None)
        at = self.language.findData(chosen if chosen in languages else None)
        if at < 0:
            at = max(0, self.language.findData(self.view.form_language(form_id)))
        self.language.setCurrentIndex(at)
        self.language.blockSignals(False)
        labelled = self.format.currentData() in ("dta", "sav")
        # always reachable (Alt+B never leaves the keyboard on another box), said what it does
        self.language.setEnabled(bool(languages))
        self.language.setToolTip(
            ""
            if labelled
            else self.tr("The codebook of this format has the labels in every language.")
        )

    def choose(self) -> None:
        name = export_file_name(self.form.currentData(), self.format.currentData())
        choose_file(
            self,
            self.tr("Save the export as"),
            self.start,
            save=True,
            suggested=name,
            purpose="export",  # every format's file to the folder the last export went to
        )

    def start(self, out: Path) -> None:
        form_id, fmt = self.form.currentData(), self.format.currentData()
        wanted = ".xlsx" if fmt == "xlsx" else ".zip"  # every other format is a zip of files
        if out.suffix.lower() != wanted:
            out = out.with_name(out.name + wanted)  # "household.sav" → household.sav.zip
        options = {
            "state": self.state.currentData(),
            "site": self.site.text().strip() or None,
            "since": self.since.text().strip() or None,
            "lang": self.language.currentData() or self.view.form_language(form_id),
            "attachments": self.attachments.isChecked(),
        }
        self.out = out
        self.progress.setRange(0, 0)
        self.progress.show()
        self.said.setText(self.tr("The server is making the export…"))
        self.view.ask(
            lambda d: d.start_export(form_id, fmt, **options),
            self._started,
            busy=self.start_button,
            failed_too=self._failed,
        )

    def _started(self, job: dict) -> None:
        self.job = dict(job)
        self.start_button.setEnabled(False)
        self.timer.start()
        self._progress_of(self.job)

    def _poll(self) -> None:
        job = self.job
        if job is None:
            return
        self.timer.stop()
        self.view.ask(lambda d: d.export_status(job["id"]), self._polled, failed_too=self._failed)

    def _polled(self, job: dict) -> None:
        self.job = dict(job)
        self._progress_of(self.job)
        if self.job["state"] == "running":
            self.timer.start()
        elif self.job["state"] == "done":
            self._download()
        else:
            self._failed(self.job["error"])

    def _progress_of(self, job: dict) -> None:
        total = max(1, job["total"])
        self.progress.setRange(0, total)
        self.progress.setValue(min(job["done"], total))
        self.progress.setFormat(
            self.tr("Reading submissions: %v of {total}").format(total=job["total"])
        )

    def _download(self) -> None:
        job, out = self.job, self.out
        assert job is not None and out is not None
        self.said.setText(self.tr("Downloading the file…"))
        bar = self.progress
        bar.setRange(0, 1000)
        bar.setFormat(self.tr("Downloading: %p%"))

        def tell(done: int, total: int) -> None:  # on the worker thread: queued to the bar
            if total:
                QTimer.singleShot(0, bar, lambda: bar.setValue(int(1000 * done / total)))

        self.view.ask(
            lambda d: d.download(job["id"], out, tell), self._saved, failed_too=self._failed
        )

    def _saved(self, path: Path) -> None:
        rows = ", ".join(f"{name}: {n}" for name, n in (self.job or {}).get("rows", {}).items())
        self.progress.setValue(self.progress.maximum())
        self.said.setText(
            self.tr("Saved {path} ({rows} rows; the codebook is inside).").format(
                path=isolate(str(path)), rows=isolate_ltr(rows)
            )
        )
        self.start_button.setEnabled(True)
        self.view.message.emit(self.tr("The export is saved."))

    def _failed(self, why: str) -> None:
        self.progress.hide()
        self.said.setText(self.tr("The export failed: {why}").format(why=why))
        self.start_button.setEnabled(True)
