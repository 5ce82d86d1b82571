"""The Quality screen (issue 26), for a site's supervisors and clerks and the Secretariat: per
enumerator and day the interviews, their time with questions on screen, the shares flagged,
sent back, "don't know" and "refused", the roster size — the team's figure beside, as a table
and a chart; a map of the site drawn without internet (its zones, every interview's point
coloured by enumerator or by flag; a folder of tiles under it when there is one); and the
form's checks, to which a supervisor adds a rule without a programmer.

Read from the server when asked (F5, Enter on the form); nothing is kept on this computer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPainterPath, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.client import UserSession
from desktop_app.quality import CHECK_NAMES, QualityServer, colour_of, fit, rings, tiles_for
from desktop_app.store import FormVersionInfo
from desktop_app.sync.enrolment import server_of
from desktop_app.sync.transport import SyncError
from desktop_app.ui.home import form_title
from desktop_app.ui.i18n import isolate, isolate_ltr
from desktop_app.ui.reassign_dialog import ask_server, refusal_text
from desktop_app.ui.secretariat import BarChart

TEAM, ALL_DAYS = "(team)", "(all)"  # the server's words for the team and every day
PROBLEM_STYLE = "color: #b00020; font-weight: bold"


def _percent(x: float) -> str:
    return isolate_ltr(f"{x * 100:.0f} %")  # "50 %" whole, in a right-to-left line too


class MapWidget(QWidget):
    """The site's zones and the interviews' points, in Web Mercator; keys move and zoom
    (arrows, + and -), as the mouse does not need to."""

    def __init__(self, tiles: Path | None = None) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(320, 240))
        self.tiles = tiles
        self.areas: list[dict] = []
        self.points: list[dict] = []
        self.by_flag = False
        self.colours: dict[str, QColor] = {}
        self.zoom = 1.0
        self.shift = QPointF(0, 0)
        self.empty_text = ""

    def show_map(self, areas: list[dict], points: list[dict], *, by_flag: bool) -> None:
        self.areas, self.points, self.by_flag = areas, points, by_flag
        names = sorted({p["enumerator"] for p in points})
        self.colours = {n: QColor(*colour_of(i)) for i, n in enumerate(names)}
        self.zoom, self.shift = 1.0, QPointF(0, 0)
        self.update()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        step = 40.0
        moves = {
            Qt.Key.Key_Left: QPointF(step, 0),
            Qt.Key.Key_Right: QPointF(-step, 0),
            Qt.Key.Key_Up: QPointF(0, step),
            Qt.Key.Key_Down: QPointF(0, -step),
        }
        if event.key() in moves:
            self.shift += moves[event.key()]
        elif event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom *= 1.5
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom /= 1.5
        elif event.key() == Qt.Key.Key_0:
            self.zoom, self.shift = 1.0, QPointF(0, 0)
        else:
            super().keyPressEvent(event)
            return
        self.update()

    def _view(self):
        everything = [(p["latitude"], p["longitude"]) for p in self.points]
        for area in self.areas:
            for ring in rings(area["geometry"]):
                everything += ring
        base = fit(everything, self.width(), self.height())
        scale = base.scale * self.zoom
        # zoomed about the middle, then moved by the arrows
        mid_x = base.left + self.width() / 2 / base.scale
        mid_y = base.top + self.height() / 2 / base.scale
        left = mid_x - self.width() / 2 / scale - self.shift.x() / scale
        top = mid_y - self.height() / 2 / scale - self.shift.y() / scale
        return type(base)(left, top, scale)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f4f1ea"))
        if not self.areas and not self.points:
            painter.setPen(QColor("#444444"))
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.empty_text)
            painter.end()
            return
        view = self._view()
        for path, x, y, size in tiles_for(view, self.width(), self.height(), self.tiles):
            painter.drawPixmap(QRectF(x, y, size, size), QPixmap(str(path)), QRectF(0, 0, 256, 256))
        painter.setPen(QPen(QColor("#2f5d50"), 2))
        for area in self.areas:
            shape = QPainterPath()
            for ring in rings(area["geometry"]):
                pixels = [QPointF(*view.pixel(lat, lon)) for lat, lon in ring]
                if pixels:
                    shape.moveTo(pixels[0])
                    for corner in pixels[1:]:
                        shape.lineTo(corner)
                    shape.closeSubpath()
            painter.fillPath(shape, QColor(47, 93, 80, 40))
            painter.drawPath(shape)
            if area.get("name"):
                box = shape.boundingRect()
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), area["name"])
        for p in self.points:
            x, y = view.pixel(p["latitude"], p["longitude"])
            if self.by_flag:
                colour = QColor("#c62828") if p["flags"] else QColor("#2e7d32")
            else:
                colour = self.colours.get(p["enumerator"], QColor("black"))
            painter.setPen(QPen(QColor("white") if not p["flags"] else QColor("black"), 1.5))
            painter.setBrush(colour)
            radius = 6 if p["flags"] else 4.5
            painter.drawEllipse(QPointF(x, y), radius, radius)
        painter.end()


class QualityView(QWidget):
    """Read per form (and site, for the Secretariat) from the server."""

    def __init__(
        self,
        user: UserSession,
        *,
        forms: list[FormVersionInfo],
        title_language: str = "en",
        tiles: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("quality")
        self.user = user
        server = server_of(user) or {}
        self.role = str(server.get("role", ""))
        self.all_sites = self.role in ("secretariat", "admin")
        try:
            self.server: QualityServer | None = QualityServer.of(user)
        except SyncError:
            self.server = None
        self.rows: list[dict] = []

        heading = QLabel(self.tr("Quality of the work"))
        heading.setObjectName("heading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.form = QComboBox()
        for f in forms:
            self.form.addItem(form_title(f, title_language), f.form_id)
        form_label = QLabel(self.tr("&Form:"))
        form_label.setBuddy(self.form)
        # typed, or chosen among the sites the server's answers named (every site's rows
        # come with the first reading)
        self.site = QComboBox()
        self.site.setEditable(True)
        self.site.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.site.addItem("")  # every site: the sites learned come after it
        typed = self.site.lineEdit()
        assert typed is not None  # editable
        typed.setPlaceholderText(self.tr("every site"))
        typed.returnPressed.connect(self.reload)
        self.site.setAccessibleName(self.tr("Site"))
        self.site.setMinimumContentsLength(12)
        site_label = QLabel(self.tr("S&ite:"))
        site_label.setBuddy(self.site)
        self.read_button = QPushButton(self.tr("&Read (F5)"))
        self.read_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(form_label)
        top.addWidget(self.form, 1)
        if self.all_sites:
            top.addWidget(site_label)
            top.addWidget(self.site)
        else:
            site_label.hide()
            self.site.hide()
        top.addWidget(self.read_button)
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.said.setTextFormat(Qt.TextFormat.PlainText)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._table_tab(), self.tr("&Enumerators"))
        self.tabs.addTab(self._map_tab(tiles), self.tr("&Map"))
        self.tabs.addTab(self._checks_tab(), self.tr("C&hecks"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.said)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("F5"), self, self.reload)
        self.form.activated.connect(lambda _: self.reload())
        if self.server is None:
            self._say(self.tr("This computer is not connected to a server: connect it first."))
        self.read_button.setEnabled(self.server is not None)

    # -- the tabs ------------------------------------------------------------------------------
    def _table_tab(self) -> QWidget:
        self.table = QTableWidget(0, 10)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Enumerator"),
                self.tr("Interviews"),
                self.tr("Median minutes"),
                self.tr("Flagged"),
                self.tr("Sent back"),
                self.tr("Don't know"),
                self.tr("Refused"),
                self.tr("Roster size"),
                self.tr("Timed"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setAccessibleName(self.tr("Per enumerator and day"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.measure = QComboBox()
        for key, text in (
            ("median_minutes", self.tr("Median minutes")),
            ("flagged", self.tr("Flagged")),
            ("returned", self.tr("Sent back")),
            ("dont_know", self.tr("Don't know")),
            ("refused", self.tr("Refused")),
            ("roster", self.tr("Roster size")),
            ("interviews", self.tr("Interviews")),
        ):
            self.measure.addItem(text, key)
        self.measure.currentIndexChanged.connect(lambda _: self._chart())
        measure_label = QLabel(self.tr("Char&t of:"))
        measure_label.setBuddy(self.measure)
        self.chart = BarChart()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(measure_label)
        row.addWidget(self.measure)
        row.addStretch(1)
        chart_layout.addLayout(row)
        chart_layout.addWidget(self.chart, 1)
        split.addWidget(chart_box)
        tab = QWidget()
        QVBoxLayout(tab).addWidget(split)
        return tab

    def _map_tab(self, tiles: Path | None) -> QWidget:
        self.map = MapWidget(tiles)
        self.map.setAccessibleName(self.tr("Map of the site"))
        self.map.empty_text = self.tr("No areas and no points yet: Read (F5).")
        self.colour_by = QComboBox()
        self.colour_by.addItem(self.tr("by enumerator"), False)
        self.colour_by.addItem(self.tr("by flag (red: flagged)"), True)
        self.colour_by.currentIndexChanged.connect(lambda _: self._redraw_map())
        colour_label = QLabel(self.tr("&Colour:"))
        colour_label.setBuddy(self.colour_by)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        keys = QLabel(self.tr("Arrows move, + and − zoom, 0 shows all."))
        row = QHBoxLayout()
        row.addWidget(colour_label)
        row.addWidget(self.colour_by)
        row.addWidget(keys, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.legend)
        self._map_answer: dict = {}
        return tab

    def _checks_tab(self) -> QWidget:
        self.rules = QTableWidget(0, 5)
        self.rules.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Check"),
                self.tr("Field"),
                self.tr("Parameters"),
                self.tr("From"),
            ]
        )
        self.rules.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rules.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules.setTabKeyNavigation(False)
        self.rules.setAccessibleName(self.tr("The form's checks"))
        self.rules.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rule_name = QLineEdit()
        self.rule_check = QComboBox()
        for name in CHECK_NAMES:
            self.rule_check.addItem(name, name)
        self.rule_field = QLineEdit()
        self.rule_field.setPlaceholderText(self.tr("a question's name, e.g. hh_size"))
        self.rule_parameters = QLineEdit()
        self.rule_parameters.setPlaceholderText("min_minutes=10 below_median=0.5")
        self.rule_message = QLineEdit()
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Name:"), self.rule_name),
            (self.tr("Chec&k:"), self.rule_check),
            (self.tr("Q&uestion:"), self.rule_field),
            (self.tr("&Parameters:"), self.rule_parameters),
            (self.tr("Me&ssage:"), self.rule_message),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.add_button = QPushButton(self.tr("&Add the check"))
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button = QPushButton(self.tr("&Take the chosen check away"))
        self.remove_button.clicked.connect(self.remove_rule)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.rules, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return tab

    # -- reading -------------------------------------------------------------------------------
    def focus(self) -> None:
        self.form.setFocus()

    def form_id(self) -> str:
        return str(self.form.currentData() or "")

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.said.setText(text)
        self.said.setStyleSheet(PROBLEM_STYLE if problem else "")

    def reload(self) -> None:
        if self.server is None or not self.form_id():
            return
        form_id, site = self.form_id(), self.site.currentText().strip()
        self._say(self.tr("Reading from the server…"))

        def read(t):
            asked = QualityServer(t)
            return (
                asked.enumerators(form_id, site=site),
                asked.map(form_id, site=site),
                asked.rules(form_id),
            )

        ask_server(self, self.server.transport, read, self._read, self._failed)

    def _failed(self, exc: Exception) -> None:
        self._say(refusal_text(exc), problem=True)

    def _read(self, answer) -> None:
        rows, site_map, rules = answer
        self.rows = rows
        known = {self.site.itemText(i) for i in range(self.site.count())}
        for name in sorted({r["site"] for r in rows} - known):
            self.site.addItem(name)
        self._fill_table()
        self._chart()
        self._map_answer = site_map
        self._redraw_map()
        self._fill_rules(rules)
        flagged = sum(1 for p in site_map["points"] if p["flags"])
        self._say(
            self.tr("{points} interviews on the map, {flagged} of them flagged.").format(
                points=len(site_map["points"]), flagged=flagged
            )
        )

    def _name(self, enumerator: str) -> str:
        return self.tr("Team") if enumerator == TEAM else enumerator

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.rows))
        bold = self.table.font()
        bold.setBold(True)
        for i, r in enumerate(self.rows):
            minutes = "" if r["median_minutes"] is None else f"{r['median_minutes']:.1f}"
            roster = "" if r["roster"] is None else f"{r['roster']:.1f}"
            day = self.tr("every day") if r["day"] == ALL_DAYS else r["day"]
            who = self._name(r["enumerator"])
            if self.all_sites:
                who = f"{who} ({r['site']})"
            cells = [
                day,
                who,
                str(r["interviews"]),
                minutes,
                _percent(r["flagged"]),
                _percent(r["returned"]),
                _percent(r["dont_know"]),
                _percent(r["refused"]),
                roster,
                str(r["timed"]),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(isolate(text) if j == 1 else text)
                if j >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if r["enumerator"] == TEAM:
                    item.setFont(bold)
                if r["flagged"] >= 0.5 and r["enumerator"] != TEAM:
                    item.setBackground(QColor("#fdecea"))
                self.table.setItem(i, j, item)

    def _chart(self) -> None:
        key = str(self.measure.currentData())
        whole = [r for r in self.rows if r["day"] == ALL_DAYS]
        whole.sort(key=lambda r: (r["site"], r["enumerator"] != TEAM, r["enumerator"]))
        bars = []
        percent = key in ("flagged", "returned", "dont_know", "refused")
        for r in whole:
            value = r.get(key)
            if value is None:
                continue
            label = self._name(r["enumerator"])
            if self.all_sites:
                label = f"{label} ({r['site']})"
            shown = value * 100 if percent else float(value)
            text = isolate_ltr(f"{shown:.0f} %") if percent else f"{shown:.1f}"
            bars.append((label, shown, text))
        self.chart.set_bars(self.measure.currentText(), bars, percent=percent)

    def _redraw_map(self) -> None:
        from html import escape

        answer = self._map_answer or {"areas": [], "points": []}
        by_flag = bool(self.colour_by.currentData())
        self.map.show_map(answer["areas"], answer["points"], by_flag=by_flag)
        if by_flag:
            keys = [("#c62828", self.tr("flagged")), ("#2e7d32", self.tr("not flagged"))]
        else:
            keys = [(c.name(), isolate(n)) for n, c in self.map.colours.items()]
        # the interface's direction, whatever script the names are in
        direction = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        self.legend.setText(
            f"<div dir='{direction}'>"
            + " &nbsp; ".join(
                f"<span style='color:{colour}'>●</span> {escape(text)}" for colour, text in keys
            )
            + "</div>"
        )

    def _fill_rules(self, rules: list[dict]) -> None:
        self.rules.setRowCount(len(rules))
        for i, r in enumerate(rules):
            source = self.tr("the form") if r["source"] == "form" else self.tr("a supervisor")
            for j, text in enumerate([r["name"], r["check"], r["field"], r["parameters"], source]):
                self.rules.setItem(i, j, QTableWidgetItem(text))

    # -- rules ---------------------------------------------------------------------------------
    def add_rule(self) -> None:
        if self.server is None:
            return
        rule = {
            "name": self.rule_name.text().strip(),
            "check": str(self.rule_check.currentData()),
            "field": self.rule_field.text().strip(),
            "parameters": self.rule_parameters.text().strip(),
            "message": self.rule_message.text().strip(),
        }
        form_id = self.form_id()

        def send(t):
            QualityServer(t).add_rule(form_id, rule)
            return QualityServer(t).rules(form_id)

        def done(rules) -> None:
            self._fill_rules(rules)
            for field in (self.rule_name, self.rule_field, self.rule_parameters, self.rule_message):
                field.clear()
            self._say(self.tr("The check was added; the flags follow within a minute."))

        ask_server(self, self.server.transport, send, done, self._failed)

    def remove_rule(self) -> None:
        row = self.rules.currentRow()
        if self.server is None or row < 0:
            return
        chosen = self.rules.item(row, 0)
        if chosen is None:
            return
        name = chosen.text()
        form_id = self.form_id()

        def send(t):
            QualityServer(t).remove_rule(form_id, name)
            return QualityServer(t).rules(form_id)

        def done(rules) -> None:
            self._fill_rules(rules)
            self._say(self.tr("The check was taken away."))

        ask_server(self, self.server.transport, send, done, self._failed)
