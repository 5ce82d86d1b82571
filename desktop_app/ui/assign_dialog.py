"""Giving work, from the Assignments screen (assignments_view): a form, then the site's
households it follows up, ticked from this computer's list (searched as you type, Space
ticks), or a number of new registrations in a zone; and who does it. The dialog sends to the
server itself: a refusal is said in it, in the server's words (a refused assignment names
every household refused: each is shown by its label and marked in red in the list), and what
was chosen stays.

Keyboard-only: Alt+F the form, Alt+H the households (Alt+S their search, Space ticks, Alt+T
ticks every one shown, Alt+U unticks all), Alt+N new registrations (Alt+M how many, Alt+Z the
zone), Alt+E who, Alt+A assigns, Esc closes."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.assigning import Candidate, offered, refused_entities
from desktop_app.session import UserSession
from desktop_app.store import FormVersionInfo
from desktop_app.sync.transport import Refused, Transport
from desktop_app.ui.assignment_models import DownToList, HouseholdsModel
from desktop_app.ui.dialogs import translate_buttons
from desktop_app.ui.home import form_title
from desktop_app.ui.i18n import isolate
from desktop_app.ui.messages import user_message
from desktop_app.ui.ops import run_op
from desktop_app.ui.reassign_dialog import ask_server, fill_people, refusal_text
from sync_protocol import MOST_ASSIGNED, Assignee, AssignmentCreate, AssignmentPublic

PROBLEM_STYLE = "color: #b00020; font-weight: bold"


class AssignDialog(QDialog):
    """Entities to follow up, or new registrations, given to an enumerator or clerk."""

    assigned = Signal(object)  # list[AssignmentPublic]: what the server made

    def __init__(
        self,
        user: UserSession,
        transport: Transport,
        *,
        forms: list[FormVersionInfo],
        title_language: str,
        open_assignments: list[AssignmentPublic],
        site: str,
        sites: list[str] | None = None,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``site``: where the work is (the supervisor's own); ``sites``: given for the
        Secretariat, who chooses among them (the server asks it which)."""
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Assign work"))
        self.user = user
        self.transport = transport
        self.open_assignments = open_assignments
        self.pool = pool
        self.choosing_site = sites is not None
        self.list_name: str | None = None
        self.form_read = False  # the households of the form chosen are offered
        self.asked = 0  # which reading of a form's list an answer belongs to
        self.people_asked = 0
        self.sending = False

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.site = QComboBox()
        self.site.setEditable(True)
        self.site.addItems(sites or ([site] if site else []))
        self.site.setCurrentText(site)
        self.site.setAccessibleName(self.tr("Site"))
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Form"))
        for f in forms:
            self.form.addItem(form_title(f, title_language), f.form_id)  # typed to find
            self.form.setItemData(self.form.count() - 1, f.form_id, Qt.ItemDataRole.ToolTipRole)
        self.form_note = QLabel()
        self.form_note.setWordWrap(True)

        self.households_choice = QRadioButton(self.tr("&Households to follow up"))
        self.registrations_choice = QRadioButton(self.tr("&New registrations"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.households_choice)
        kinds.addButton(self.registrations_choice)
        self.households_choice.setChecked(True)
        kinds.buttonToggled.connect(lambda *_: self._show_kind())
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.households_choice)
        choice_row.addWidget(self.registrations_choice)
        choice_row.addStretch(1)

        # the households of the list the form follows up
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("A name, a zone, a number…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the households"))
        self.model = HouseholdsModel(self)
        searching = QTimer(self, singleShot=True, interval=150)  # a pause in the typing
        searching.timeout.connect(lambda: self.model.find(self.search.text()))
        self.search.textChanged.connect(lambda _: searching.start())
        self.model.ticks_changed.connect(self._count)
        self.model.modelReset.connect(self._count)
        self.households = QListView()
        self.households.setModel(self.model)
        self.households.setUniformItemSizes(True)  # 100,000 households scroll at once
        self.households.setAccessibleName(self.tr("Households"))
        self.households.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.households.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.households.activated.connect(self._toggle)  # a double click ticks too
        DownToList(self.search, self.households)
        self.counted = QLabel()
        self.tick_shown = QPushButton(self.tr("&Tick all shown"))
        self.tick_shown.clicked.connect(
            lambda: self.model.tick({c.entity.uuid for c in self.model.shown}, True)
        )
        self.untick = QPushButton(self.tr("&Untick all"))
        self.untick.clicked.connect(lambda: self.model.tick(set(self.model.ticked), False))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        ticks_row = QHBoxLayout()
        ticks_row.addWidget(self.counted, 1)
        ticks_row.addWidget(self.tick_shown)
        ticks_row.addWidget(self.untick)
        households_page = QWidget()
        households_box = QVBoxLayout(households_page)
        households_box.setContentsMargins(0, 0, 0, 0)
        households_box.addLayout(search_row)
        households_box.addWidget(self.households, 1)
        households_box.addLayout(ticks_row)

        # new registrations
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MOST_ASSIGNED)
        self.quantity.setValue(1)
        self.quantity.setAccessibleName(self.tr("How many registrations"))
        self.zone = QLineEdit()
        self.zone.setMaxLength(200)
        self.zone.setAccessibleName(self.tr("Zone"))
        self.zone.setPlaceholderText(self.tr("Where: a zone, a block, a village"))
        registrations_page = QWidget()
        registrations_form = QFormLayout(registrations_page)
        registrations_form.setContentsMargins(0, 0, 0, 0)
        registrations_form.addRow(self._label(self.tr("Nu&mber:"), self.quantity), self.quantity)
        registrations_form.addRow(self._label(self.tr("&Zone:"), self.zone), self.zone)
        self.pages = QStackedWidget()
        self.pages.addWidget(households_page)
        self.pages.addWidget(registrations_page)

        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Enumerator or clerk"))
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.said.setAccessibleName(self.tr("What happened"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Assign"))
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)

        top = QFormLayout()
        if self.choosing_site:
            top.addRow(self._label(self.tr("S&ite:"), self.site), self.site)
        else:
            self.site.hide()
        top.addRow(self._label(self.tr("&Form:"), self.form), self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.form_note)
        layout.addLayout(choice_row)
        layout.addWidget(self.pages, 1)
        who = QFormLayout()
        who.addRow(self._label(self.tr("&Enumerator or clerk:"), self.person), self.person)
        layout.addLayout(who)
        layout.addWidget(self.said)
        layout.addWidget(self.buttons)
        translate_buttons(self)
        chain = [
            self.site,
            self.form,
            self.households_choice,
            self.registrations_choice,
            self.search,
            self.households,
            self.tick_shown,
            self.untick,
            self.quantity,
            self.zone,
            self.person,
            self.ok,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            self.setTabOrder(before, after)
        line = self.fontMetrics().height()
        # room for a household and two of its facts; fits a 1366×768 screen
        self.resize(self.fontMetrics().horizontalAdvance("M") * 60, line * 34)

        lately = _followed_forms(open_assignments)
        self.form.setCurrentIndex(
            next((i for i, f in enumerate(forms) if lately and f.form_id == lately[0]), 0)
        )
        typing = QTimer(self, singleShot=True, interval=400)  # a site's name typed in full
        typing.timeout.connect(self._site_changed)
        self.site.currentTextChanged.connect(lambda _: typing.start())
        self.form.currentIndexChanged.connect(lambda _: self._read_form())
        self._site_changed()
        self._read_form()
        (self.site if self.choosing_site and not site else self.form).setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- the site and who works there --------------------------------------------------------
    def _site_changed(self) -> None:
        site = self.site.currentText().strip()
        self.heading.setText(self.tr("Work at {site}").format(site=isolate(site)))
        self.people_asked += 1
        asked = self.people_asked
        keep = self.person.currentData() or ""
        self.person.clear()
        if self.choosing_site and not site:
            self.person.setPlaceholderText(self.tr("Name the site first"))
            return
        self.person.setPlaceholderText(self.tr("Reading who works at the site…"))

        def found(people: list[Assignee]) -> None:
            if asked != self.people_asked:
                return
            if not self.sending:
                self.said.setText("")  # a site not found before is
            fill_people(self.person, people, keep=keep)
            self.person.setPlaceholderText(self.tr("Nobody at this site can be given work"))

        def failed(exc: Exception) -> None:
            if asked == self.people_asked:
                self.person.setPlaceholderText("")
                self._say_failure(exc)

        wanted = site if self.choosing_site else None
        ask_server(self, self.transport, lambda t: t.assignees(wanted), found, failed)

    # -- the form and its list ----------------------------------------------------------------
    def _read_form(self) -> None:
        form_id = self.form.currentData()
        self.asked += 1
        asked = self.asked
        self.form_read = False
        if not form_id:
            self.form_note.setText(self.tr("No form is installed on this computer."))
            return
        self.form_note.setText(self.tr("Reading the households of this form's list…"))
        user, open_now = self.user, self.open_assignments

        def read(answer: tuple[str | None, list[Candidate]]) -> None:
            if asked == self.asked:
                self._offer(*answer)

        def failed(exc: Exception) -> None:
            if asked == self.asked:
                self.form_note.setText(user_message(exc))

        run_op(
            lambda: offered(user, str(form_id), open_now),
            read,
            failed,
            parent=self,
            pool=self.pool,
        )

    def _offer(self, list_name: str | None, found: list[Candidate]) -> None:
        self.list_name = list_name
        self.model.offer(found)
        self.form_read = True
        follows = list_name is not None
        if follows and not self.households_choice.isEnabled():  # the form before had none
            self.households_choice.setChecked(True)
        self.households_choice.setEnabled(follows)
        if list_name is None:
            self.form_note.setText(
                self.tr("This form follows up no list: it can only be given as new registrations.")
            )
            self.registrations_choice.setChecked(True)
        elif not found and self.choosing_site:  # the Secretariat's computers receive none
            self.form_note.setText(
                self.tr(
                    "This form follows up the list {list}, which the sites' computers hold, not "
                    "this one: give its households from a site supervisor's computer."
                ).format(list=isolate(list_name))
            )
        elif not found:
            self.form_note.setText(
                self.tr(
                    "This form follows up the list {list}, and this computer holds none of its "
                    "households yet: they come with each sync."
                ).format(list=isolate(list_name))
            )
        else:
            self.form_note.setText(
                self.tr("This form follows up the list {list}: {n} households here.").format(
                    list=isolate(list_name), n=len(found)
                )
            )
        if list_name is not None and self.households.currentIndex().row() < 0 and found:
            self.households.setCurrentIndex(self.model.index(0))
        self._show_kind()

    def _show_kind(self) -> None:
        households = self.households_choice.isChecked()
        self.pages.setCurrentIndex(0 if households else 1)

    def _count(self) -> None:
        shown, every = len(self.model.shown), len(self.model.every)
        ticked = len(self.model.ticked)
        self.counted.setText(
            self.tr("{shown} of {every} shown · {ticked} ticked").format(
                shown=shown, every=every, ticked=ticked
            )
        )

    def _toggle(self, index: QModelIndex) -> None:
        uuid = self.model.data(index, Qt.ItemDataRole.UserRole)
        if uuid:
            self.model.tick({uuid}, uuid not in self.model.ticked)

    # -- sending --------------------------------------------------------------------------------
    def request(self) -> AssignmentCreate | None:
        """What the dialog would send, or None when something is missing (said, and the
        keyboard taken there)."""
        form_id, person = self.form.currentData(), self.person.currentData()
        if not form_id:
            self._say(self.tr("Choose a form."), self.form)
            return None
        if not person:
            self._say(self.tr("Choose who does the work."), self.person)
            return None
        site = self.site.currentText().strip() if self.choosing_site else None
        if self.households_choice.isChecked():
            ticked = self.model.ticked_in_order()
            if not ticked:
                self._say(
                    self.tr("Tick the households to give (Space ticks the one you are on)."),
                    self.households,
                )
                return None
            if len(ticked) > MOST_ASSIGNED:
                self._say(
                    self.tr("At most {n} households at once.").format(n=MOST_ASSIGNED),
                    self.households,
                )
                return None
            entities = [c.entity.uuid for c in ticked]
            return AssignmentCreate(
                form_id=form_id, enumerator=person, entities=entities, site=site
            )
        return AssignmentCreate(
            form_id=form_id,
            enumerator=person,
            quantity=self.quantity.value(),
            zone=self.zone.text().strip(),
            site=site,
        )

    def send(self) -> None:
        if self.sending:
            return
        try:
            request = self.request()
        except ValidationError as exc:  # a name the wire format cannot carry
            self._say(str(exc.errors()[0].get("msg", exc)), self.ok)
            return
        if request is None:
            return
        self.sending = True
        self.ok.setEnabled(False)
        self.said.setStyleSheet("")
        self.said.setText(self.tr("Sending to the server…"))
        self.model.mark_refused({})

        def made(assignments: list[AssignmentPublic]) -> None:
            self.sending = False
            self.assigned.emit(assignments)
            self.accept()

        ask_server(self, self.transport, lambda t: t.assign(request), made, self._refused)

    def _refused(self, exc: Exception) -> None:
        self.sending = False
        self.ok.setEnabled(True)
        labels = {c.entity.uuid: c.entity.label for c in self.model.every}
        refused = refused_entities(str(exc), labels) if isinstance(exc, Refused) else {}
        if not refused:
            self._say_failure(exc)
            return
        self.model.mark_refused(refused)
        lines = [
            self.tr("The server assigned nothing: it refused {n} of the households ticked.").format(
                n=len(refused)
            )
        ]
        for uuid, why in refused.items():
            name = isolate(labels.get(uuid, "")) or uuid
            lines.append(self.tr("• {household}: {why}").format(household=name, why=why))
        lines.append(self.tr("Untick them (in red in the list), then Assign again."))
        self.said.setStyleSheet(PROBLEM_STYLE)
        self.said.setText("\n".join(lines))
        row = self.model.row_of(next(iter(refused)))
        if row >= 0:
            self.households.setCurrentIndex(self.model.index(row))
            self.households.scrollTo(self.model.index(row))
        self.households.setFocus()

    def _say_failure(self, exc: Exception) -> None:
        self.said.setStyleSheet(PROBLEM_STYLE)
        self.said.setText(refusal_text(exc))

    def _say(self, text: str, where: QWidget) -> None:
        self.said.setStyleSheet(PROBLEM_STYLE)
        self.said.setText(text)
        where.setFocus()


def _followed_forms(open_assignments: list[AssignmentPublic]) -> list[str]:
    """The forms given lately to follow up households: the one to offer first."""
    return [a.form_id for a in reversed(open_assignments) if a.entity]
