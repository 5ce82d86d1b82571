"""The main window: log in, the home screen, filling a form. Menus and keys for everything;
every change is saved as it is made, so closing the window never loses an answer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from desktop_app import reviewing
from desktop_app.assigning import ASSIGNER_ROLES
from desktop_app.assignments import Assignment
from desktop_app.client import Client, InstallResult, UserSession
from desktop_app.draft import Draft
from desktop_app.errors import ClientError
from desktop_app.store import STATUSES, CarriedBundle, KeyingRecord
from desktop_app.sync.enrolment import server_of
from desktop_app.sync.locked import LockedSender, hold_for_lock
from desktop_app.sync.scheduler import Scheduler, SyncScheduler
from desktop_app.transfer import BundleWritten, export_bundle
from desktop_app.ui.assignments_view import AssignmentsView
from desktop_app.ui.batches_view import BatchesView
from desktop_app.ui.dialogs import choose_file, open_dialog, standard_button_texts
from desktop_app.ui.entity_conflicts import EntityConflictsWindow
from desktop_app.ui.filling import FillingView, hold_for_filling, release_after_filling
from desktop_app.ui.home import HomeView
from desktop_app.ui.i18n import (
    INTERFACE_LANGUAGES,
    InterfaceLanguage,
    apply_zoom,
    form_language_for,
    isolate,
    isolate_ltr,
    language_code_of,
    next_zoom,
)
from desktop_app.ui.keyed_entry import KeyedEntryView
from desktop_app.ui.login import LoginView
from desktop_app.ui.messages import user_message
from desktop_app.ui.ops import run_op, store_pool
from desktop_app.ui.quality_view import QualityView
from desktop_app.ui.review import ReviewView
from desktop_app.ui.secretariat import SecretariatView
from desktop_app.ui.sync_status import CarriedBundlesDialog, StatusRelay, SyncLabel
from desktop_app.ui.to_visit import EntityHistoryDialog
from form_engine import FormLoadError

DEFAULT_LOCK_MINUTES = 10
# The interface's and new forms' language: each user's own, kept per user on a shared
# computer; the computer's (the last chosen) before anyone signs in and for a user who never
# chose one.
INTERFACE_LANGUAGE = "interface_language"
FORM_LANGUAGE = "form_language"
REFUSALS_SEEN = "carried_refusals_seen"  # refused bundles whose refusal someone has read


def user_setting(name: str, user: str) -> str:
    """A setting's key for one local user (``interface_language/amina``)."""
    return f"{name}/{user.casefold()}"


class _Activity(QObject):
    """Restarts the inactivity timer on every key press or click anywhere in the app."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__()
        self.timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            if self.timer.isActive():
                self.timer.start()
        return False


def _application() -> QApplication:
    """The running application: a window exists only once it does."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication is running")
    return app


class MainWindow(QMainWindow):
    view_shown = Signal(str)  # "login", "home", "filling", "review" or "datasets"
    form_installed = Signal(str)

    def __init__(self, client: Client, *, language: InterfaceLanguage | None = None) -> None:
        super().__init__()
        self.client = client
        self.pool = store_pool(self)
        self.language = language or InterfaceLanguage(_application())
        self.user: UserSession | None = None
        self.draft: Draft | None = None
        self._resume: str | None = None  # the draft open when the screen locked
        self._locked_by = ""  # who locked it: only they resume that draft
        self._network: object | None = None  # Qt's network information, once looked for
        self.setWindowTitle("Daftari")
        self.resize(1280, 720)  # fits 1366×768 with a task bar
        self.user_label = QLabel()
        self.sync_label = SyncLabel()
        self.sync_relay = StatusRelay(self)
        self.sync_relay.changed.connect(self.sync_label.show_status)
        self.sync_relay.changed.connect(self._sync_changed)
        self._form_id = ""  # the form last selected on the home screen
        self._warming = False  # entity lists being built ahead (warm_lists)
        self.scheduler: Scheduler | None = None  # a LockedSender while locked
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.user_label)
        # A message (why Ctrl+Delete did nothing, "Finalized…") is drawn where the sync
        # line is: the line steps aside while it shows, or the two overprint each other.
        self.statusBar().messageChanged.connect(lambda text: self.sync_label.setVisible(not text))
        self.lock_timer = QTimer(self, singleShot=True)
        self.lock_timer.timeout.connect(self.lock)
        self._activity = _Activity(self.lock_timer)
        _application().installEventFilter(self._activity)
        zoom = float(client.store.setting("zoom", 1.0))  # type: ignore[arg-type]
        apply_zoom(_application(), zoom)
        self.language.apply(str(client.store.setting(INTERFACE_LANGUAGE, "en")))
        self._build_menus()
        self.show_login()

    # -- menus ---------------------------------------------------------------------------------
    def _action(
        self,
        menu,
        text: str,
        slot,
        keys: str | QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            sequence = QKeySequence(keys)
            action.setShortcut(sequence)
            # The menu shows the keys after a tab; isolated left to right, so that a right to
            # left menu shows "Ctrl++", not "++Ctrl".
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(f"{text}\t\u2066{shown}\u2069")
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        main = bar.addMenu(self.tr("&Daftari"))
        self.import_action = self._action(
            main, self.tr("&Install a form (XLSForm)…"), self.choose_form, "Ctrl+I"
        )
        self.lock_action = self._action(main, self.tr("&Lock / switch user"), self.lock, "Ctrl+L")
        self.sync_action = self._action(main, self.tr("&Sync now"), self.sync_now, "F5")
        self.enrol_action = self._action(main, self.tr("&Connect to a server…"), self.choose_server)
        self.openrosa_action = self._action(
            main, self.tr("Connect to ODK Central or &KoboToolbox…"), self.choose_openrosa
        )
        self.bundle_action = self._action(
            main, self.tr("&Bring a bundle from a USB stick…"), self.choose_bundle
        )
        self.bundles_action = self._action(
            main, self.tr("Bundles b&rought from USB sticks…"), self.show_carried
        )
        self.export_action = self._action(
            main, self.tr("&Put submissions on a USB stick…"), self.choose_export
        )
        self.updates_action = self._action(
            main, self.tr("Receive &updates from a USB stick…"), self.choose_updates
        )
        self.users_action = self._action(main, self.tr("&Users…"), self.manage_users, "Ctrl+U")
        main.addSeparator()
        self._action(main, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        view = bar.addMenu(self.tr("&View"))
        self._action(
            view, self.tr("Larger text"), lambda: self.zoom(1), QKeySequence.StandardKey.ZoomIn
        )
        self._action(
            view, self.tr("Smaller text"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut
        )
        self._action(view, self.tr("Normal text size"), lambda: self.zoom(0), "Ctrl+0")
        view.addSeparator()
        self.home_action = self._action(
            view, self.tr("&My forms and submissions"), self.show_home, "Ctrl+1"
        )
        self.review_action = self._action(
            view, self.tr("&Review submissions"), self.show_review, "Ctrl+2"
        )
        self.datasets_action = self._action(
            view,
            self.tr("&Indicators, data and exports"),
            self.show_datasets,
            "Ctrl+3",
        )
        self.keying_action = self._action(
            view, self.tr("&Key paper questionnaires…"), self.show_keyed_entry, "Ctrl+4"
        )
        self.second_keying_action = self._action(
            view,
            self.tr("Key papers a &second time (verification)…"),
            lambda: self.show_keyed_entry(second=True),
            "Ctrl+5",
        )
        self.batches_action = self._action(
            view, self.tr("&Batches and differences"), self.show_batches, "Ctrl+6"
        )
        self.conflicts_action = self._action(
            view, self.tr("Household &conflicts…"), self.show_entity_conflicts, "Ctrl+7"
        )
        self.assignments_action = self._action(
            view, self.tr("&Assignments"), self.show_assignments, "Ctrl+8"
        )
        self.quality_action = self._action(
            view, self.tr("&Quality of the work"), self.show_quality, "Ctrl+9"
        )
        languages = view.addMenu(self.tr("Interface &language"))
        group = QActionGroup(self)
        for code, name in INTERFACE_LANGUAGES.items():
            action = self._action(
                languages, name, lambda _=False, c=code: self.set_interface_language(c)
            )
            action.setCheckable(True)
            action.setChecked(code == self.language.code)
            group.addAction(action)
        self._update_actions()

    def _update_actions(self) -> None:
        logged_in = self.user is not None
        self.import_action.setEnabled(logged_in)
        self.lock_action.setEnabled(logged_in)
        self.sync_action.setEnabled(logged_in)
        self.enrol_action.setEnabled(logged_in)
        self.bundle_action.setEnabled(logged_in)
        self.bundles_action.setEnabled(logged_in)
        self.export_action.setEnabled(logged_in)
        self.openrosa_action.setEnabled(logged_in)
        self.users_action.setEnabled(
            logged_in and self.user is not None and self.user.user.is_admin
        )
        browsing = logged_in and self.draft is None  # a form being filled is closed first
        self.home_action.setEnabled(browsing)
        self.review_action.setEnabled(browsing and self.role() in reviewing.REVIEWER_ROLES)
        self.datasets_action.setEnabled(browsing and self.role() in reviewing.REVIEWER_ROLES)
        self.keying_action.setEnabled(browsing)
        self.second_keying_action.setEnabled(browsing)
        self.batches_action.setEnabled(browsing)
        self.conflicts_action.setEnabled(browsing and self.role() in reviewing.REVIEWER_ROLES)
        self.quality_action.setEnabled(browsing and self.role() in reviewing.REVIEWER_ROLES)
        assigner = self.role() in ASSIGNER_ROLES  # supervisors and the Secretariat
        self.assignments_action.setVisible(assigner)
        self.assignments_action.setEnabled(browsing and assigner)
        self.updates_action.setEnabled(logged_in)

    # -- views ---------------------------------------------------------------------------------
    def _show(self, widget: QWidget, name: str) -> None:
        old = self.takeCentralWidget()  # else setCentralWidget deletes it at once, mid-signal
        if isinstance(old, KeyedEntryView):
            self._leave_keying(old)
            if isinstance(widget, HomeView):  # built before an empty questionnaire went
                widget.reload()
        self.setCentralWidget(widget)
        if old is not None:
            old.hide()
            old.deleteLater()
        self._update_actions()
        self.view_shown.emit(name)

    def show_login(self, *, locked: bool = False, preselect: str = "") -> None:
        preselect = preselect or str(self.client.store.setting("last_user", "") or "")
        view = LoginView(
            self.client, self.client.users(), pool=self.pool, preselect=preselect, locked=locked
        )
        view.logged_in.connect(self._logged_in)
        self.user_label.setText(self.tr("Locked") if locked else "")
        self._show(view, "login")
        view.focus()
        QTimer.singleShot(0, view.focus)  # again once the window is on screen (first start)

    def _logged_in(self, user: UserSession) -> None:
        previous = self.user
        self.user = user
        u = self.user.user
        store = self.client.store
        code = str(  # this user's own on a shared computer, else the computer's
            store.setting(user_setting(INTERFACE_LANGUAGE, u.name))
            or store.setting(INTERFACE_LANGUAGE, "en")
        )
        if code != self.language.code:
            self._apply_language(code)
        self.user_label.setText(f"{u.name} · {u.site}" if u.site else u.name)
        self.client.store.set_setting("last_user", u.name)  # offered first at the next start
        self.start_sync()
        minutes = float(self.client.store.setting("lock_minutes", DEFAULT_LOCK_MINUTES))  # type: ignore[arg-type]
        if minutes > 0:
            self.lock_timer.setInterval(int(minutes * 60_000))
            self.lock_timer.start()
        resume, self._resume = self._resume, None
        if resume and previous is None and self._locked_by == u.name:
            self.open_submission(resume)
        elif self.role() == "secretariat":  # the merged datasets across the sites
            self.show_datasets()
        elif self.role() in reviewing.REVIEWER_ROLES:  # a supervisor's work is the review
            self.show_review()
        else:
            self.show_home()
        client = self.client
        run_op(
            lambda: client.store.backup_if_due(client.clock()),
            lambda _: None,
            lambda _: None,
            parent=self,
            pool=self.pool,
        )

    def role(self) -> str:
        """The logged-in user's role on the server they connected to ("" before that)."""
        if self.user is None:
            return ""
        return str((server_of(self.user) or {}).get("role", ""))

    def show_review(self) -> None:
        """A supervisor's (clerk's, the Secretariat's) submissions to review, pulled at sync."""
        if self.user is None or self.role() not in reviewing.REVIEWER_ROLES:
            return
        self.draft = None
        release_after_filling()
        view = ReviewView(
            self.user,
            role=self.role(),
            forms=self.client.forms(latest_only=False),
            title_language=self._form_language(),
            form_language=self._form_language(),
        )
        view.decided.connect(self._review_decided)
        self._show(view, "review")
        view.focus_list()

    def show_datasets(self) -> None:
        """Indicators, the merged data, duplicates and exports, read from the server."""
        if self.user is None or self.role() not in reviewing.REVIEWER_ROLES:
            return
        self.draft = None
        release_after_filling()
        view = SecretariatView(
            self.user,
            forms=self.client.forms(latest_only=True),
            title_language=self._form_language(),
        )
        view.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self._show(view, "datasets")
        view.setFocus()

    def show_assignments(self) -> None:
        """A supervisor's (the Secretariat's) assignments — progress, open work; assign,
        reassign, cancel — read from the server and changed there, live."""
        if self.user is None or self.role() not in ASSIGNER_ROLES:
            return
        self.draft = None
        release_after_filling()
        view = AssignmentsView(
            self.user,
            forms=self.client.forms(latest_only=True),
            title_language=self._form_language(),
            pool=self.pool,
        )
        self._show(view, "assignments")
        view.focus()

    def show_quality(self) -> None:
        """Per enumerator and day, the site's map and the form's checks (issue 26), read from
        the server; a folder ``tiles`` in the data folder is drawn under the map."""
        if self.user is None or self.role() not in reviewing.REVIEWER_ROLES:
            return
        self.draft = None
        release_after_filling()
        view = QualityView(
            self.user,
            forms=self.client.forms(latest_only=True),
            title_language=self._form_language(),
            tiles=self.client.home.root / "tiles",
        )
        self._show(view, "quality")
        view.focus()

    def show_batches(self) -> None:
        """Boxes of paper, their progress, and the differences of double entry."""
        if self.user is None:
            return
        self.draft = None
        release_after_filling()
        view = BatchesView(
            self.user, forms=self.client.forms(latest_only=True), language=self._form_language()
        )
        view.said.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self._show(view, "batches")
        view.focus()

    def show_keyed_entry(self, *, second: bool = False) -> None:
        """Paper questionnaires keyed heads down, one form at a time (chosen from a list);
        ``second``: keyed a second time, blind, to verify them."""
        if self.user is None:
            return
        forms = self.client.forms(latest_only=True)
        if not forms:
            self.statusBar().showMessage(self.tr("Install a form first (Ctrl+I)."), 10_000)
            return
        code = self._form_language()
        titles = [f.titles.get(code) or f.title or f.form_id for f in forms]
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Key paper questionnaires"))
        dialog.setLabelText(self.tr("&Form:"))
        dialog.setComboBoxItems(titles)
        buttons = standard_button_texts()  # Qt has no Kiswahili, Soomaali or አማርኛ of its own
        dialog.setOkButtonText(buttons[QDialogButtonBox.StandardButton.Ok])
        dialog.setCancelButtonText(buttons[QDialogButtonBox.StandardButton.Cancel])
        dialog.setTextValue(
            next((t for t, f in zip(titles, forms, strict=True) if f.form_id == self._form_id), "")
            or titles[0]
        )
        dialog.textValueSelected.connect(
            lambda title: self._key_form(forms[titles.index(title)].form_id, code, second=second)
        )
        open_dialog(self, dialog)

    def _key_form(
        self,
        form_id: str,
        code: str,
        *,
        second: bool = False,
        resume: KeyingRecord | None = None,
    ) -> None:
        if self.user is None:
            return
        self._form_id = form_id
        self.draft = None
        release_after_filling()
        try:
            view = KeyedEntryView(
                self.user,
                form_id,
                words=self.editor_words(),
                language=form_language_for(self.client.form(form_id).languages, code),
                second=second,
                resume=resume,
            )
        except ClientError as exc:
            self.statusBar().showMessage(user_message(exc), 10_000)
            return
        view.keyed.connect(lambda _uuid: self.sync_now())
        self._show(view, "keying")
        if resume is None:
            view.paper_boxes["number"].setFocus()
        else:
            view.focus_first_empty()

    def _leave_keying(self, view: KeyedEntryView) -> None:
        try:
            view.leave()
        except ClientError as exc:
            self.statusBar().showMessage(user_message(exc), 10_000)

    def _review_decided(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)
        self.sync_now()

    def show_home(self) -> None:
        if self.user is None:
            return
        self.draft = None
        release_after_filling()
        view = HomeView(
            self.user,
            self.client.forms(),
            pool=self.pool,
            selected=self._form_id,
            title_language=self._form_language(),
        )
        view.new_requested.connect(self.new_submission)
        view.open_requested.connect(self.open_submission)
        view.discard_requested.connect(self.discard_draft)
        view.assignment_requested.connect(self.open_assignment)
        view.history_requested.connect(self.show_entity_history)
        view.form_selected.connect(lambda form_id: setattr(self, "_form_id", form_id))
        self._show(view, "home")
        view.table.setFocus()
        self.warm_lists()  # after logging in, a finalize (a list changed), a sync

    def _sync_changed(self, status: object) -> None:
        """After every sync the home screen's counts and lists are read again (sent ones
        moved, sent-back ones arrived), and a bundle the server refused is said."""
        if getattr(status, "state", "") != "syncing":
            if self.user is not None:
                self.sync_label.show_refused(self._unseen_refusals())
            home = self.centralWidget()
            if isinstance(home, HomeView):
                home.reload()
                self.warm_lists()
            elif isinstance(home, ReviewView) and home.currentWidget() is home.list_page:
                home.reload()
            elif isinstance(home, AssignmentsView):  # what was done counts on the server
                home.reload()

    def _form_language(self) -> str:
        """The language code a new submission starts in: the last form language the user
        chose, else the interface's."""
        store = self.client.store
        own = store.setting(user_setting(FORM_LANGUAGE, self.user.user.name)) if self.user else ""
        return str(own or store.setting(FORM_LANGUAGE, "") or self.language.code)

    def start_sync(self) -> None:
        """A sync thread for the logged-in user; it starts syncing if the home is enrolled."""
        self.stop_sync()
        if self.user is None:
            return
        self.scheduler = SyncScheduler(self.user, on_status=self.sync_relay.changed.emit)
        self.scheduler.start()
        self._watch_network()

    def _watch_network(self) -> None:
        """Where Qt can tell (QNetworkInformation), a connection coming back starts a sync at
        once; elsewhere the scheduler's probe and backoff find it."""
        if self._network is not None:
            return
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:  # a build without QtNetwork
            self._network = False
            return
        if not QNetworkInformation.loadDefaultBackend():
            self._network = False
            return
        self._network = QNetworkInformation.instance()
        self._network.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability in (
            QNetworkInformation.Reachability.Online,
            QNetworkInformation.Reachability.Site,
        ):
            self.sync_now()

    def stop_sync(self) -> None:
        if self.scheduler is not None:
            self.scheduler.stop()
            self.scheduler = None

    def sync_now(self) -> None:
        if self.scheduler is not None:
            self.scheduler.request()

    def choose_server(self) -> None:
        from desktop_app.ui.enrol_dialog import EnrolDialog

        if self.user is None:
            return
        dialog = EnrolDialog(self.user, pool=self.pool, parent=self)
        dialog.enrolled.connect(self._connected)
        self.open_dialog(dialog)

    def _connected(self) -> None:
        """Connected to a server: syncing starts, and a reviewer lands on their work at once
        (the Secretariat on the merged datasets, a supervisor on the review), as at sign-in."""
        self.start_sync()
        self._update_actions()
        if self.role() == "secretariat":
            self.show_datasets()
        elif self.role() in reviewing.REVIEWER_ROLES:
            self.show_review()

    def choose_openrosa(self) -> None:
        from desktop_app.ui.openrosa_dialog import OpenRosaDialog

        if self.user is None:
            return
        dialog = OpenRosaDialog(self.user, pool=self.pool, parent=self)
        dialog.connected.connect(self._openrosa_connected)
        self.open_dialog(dialog)

    def _openrosa_connected(self, forms: int) -> None:
        self.statusBar().showMessage(
            self.tr("Connected: {n} form(s) listed there, installed on this computer now.").format(
                n=forms
            ),
            10_000,
        )
        self.start_sync()  # the sync thread learns of it, and syncs now
        self._update_actions()

    def choose_bundle(self) -> None:
        """Another device's bundle (an enumerator's laptop no network reaches), kept here
        sealed and delivered to the server by this computer's next sync."""
        if self.user is None:
            return
        choose_file(
            self,
            self.tr("Bring a bundle from a USB stick"),
            self.bring_bundle,
            filters=self.tr("Daftari bundles (*.bundle);;All files (*)"),
        )

    def bring_bundle(self, path: Path) -> None:
        from desktop_app.sync.carried import carry

        user = self.user
        if user is None:  # locked while the file dialog was open: nobody to keep it for
            return
        run_op(
            lambda: carry(user, path),
            self._bundle_kept,
            lambda exc: self._bundle_refused(path, exc),
            parent=self,
            pool=self.pool,
        )

    def _bundle_kept(self, bundle: CarriedBundle) -> None:
        from desktop_app.sync.enrolment import server_of

        name = bundle.name
        if self.user is not None and server_of(self.user) is None:
            text = self.tr(
                "{name} is kept on this computer, sealed. It goes to the server at the first "
                "sync once this computer is connected to one (Daftari → Connect to a server)."
            ).format(name=name)
        else:
            text = self.tr(
                "{name} is kept on this computer and goes to the server at the next sync. It "
                "is sealed: its answers cannot be read here."
            ).format(name=name)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Bundle kept"),
            text,
            QMessageBox.StandardButton.Ok,  # made now, so that it is said in the language
            parent=self,
        )
        self.open_dialog(box)
        self.sync_now()

    def _bundle_refused(self, path: Path, exc: Exception) -> None:
        if not isinstance(exc, (ClientError, OSError)):
            raise exc
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The bundle was not kept"),
            user_message(exc),
            QMessageBox.StandardButton.Ok,
            parent=self,
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_dialog(box)

    def choose_export(self) -> None:
        """This user's unsent submissions sealed in a bundle on a USB stick, for a server no
        network reaches (as ``daftari bundle export``): a file asked for, then said how many
        went into it."""
        user = self.user
        if user is None:
            return
        if server_of(user) is None:
            self._say(self.tr("Nothing was put on the stick"), self._connect_first(), warning=True)
            return
        mine = sum(
            n
            for name, n in self.client.store.waiting_by_enumerator().items()
            if name.casefold() == user.user.name.casefold()
        )
        if not mine:
            self._nothing_to_bundle()
            return
        day = self.client.now_text()[:10]
        choose_file(
            self,
            self.tr("Put submissions on a USB stick"),
            self.write_bundle,
            save=True,
            suggested=f"{user.user.name}-{day}.bundle",
            filters=self.tr("Daftari bundles (*.bundle);;All files (*)"),
        )

    def write_bundle(self, path: Path) -> None:
        user = self.user
        if user is None:
            return
        if not path.suffix:
            path = path.with_suffix(".bundle")
        run_op(
            lambda: export_bundle(user, path),
            self._bundle_written,
            self._bundle_not_written,
            parent=self,
            pool=self.pool,
        )

    def _bundle_written(self, written: object) -> None:
        assert isinstance(written, BundleWritten)
        self._say(
            self.tr("Submissions put on the stick"),
            self.tr(
                "{n} submission(s) went into {file}. Take the stick to a computer that syncs "
                "with the server; they stay here as waiting until this computer's next sync "
                "hears that they arrived."
            ).format(n=written.submissions, file=isolate_ltr(str(written.path))),
        )

    def _bundle_not_written(self, exc: Exception) -> None:
        code = getattr(exc, "code", "")
        if code == "nothing_to_bundle":
            self._nothing_to_bundle()
            return
        if not isinstance(exc, (ClientError, OSError)):
            raise exc
        if code == "bundle_not_written":
            text = self.tr(
                "{file} could not be written ({why}): nothing was put on the stick. Is the "
                "stick in, not full, and not locked against writing?"
            ).format(
                file=isolate_ltr(getattr(exc, "name", "")), why=isolate_ltr(getattr(exc, "why", ""))
            )
        elif code == "bundle_too_big":
            text = self.tr(
                "Your waiting submissions and their photos are more than one bundle carries. "
                "Sync them over a network, or ask for help to write them in several bundles."
            )
        elif code == "not_enrolled":
            text = self._connect_first()
        else:
            text = user_message(exc)
        self._say(self.tr("Nothing was put on the stick"), text, warning=True)

    def _connect_first(self) -> str:
        return self.tr(
            "A bundle is sealed for your server, so that only it can read it: connect to it "
            "first (Daftari → Connect to a server)."
        )

    def _nothing_to_bundle(self) -> None:
        self._say(
            self.tr("Nothing was put on the stick"),
            self.tr(
                "No finalized submission of yours waits to be sent: there is nothing to put "
                "on a stick, and no file was written."
            ),
        )

    def choose_updates(self) -> None:
        """Updates the office made for this computer on a USB stick (as ``daftari bundle
        receive``): the site's entity lists, this user's assignments and decisions."""
        if self.user is None:
            return
        if server_of(self.user) is None:
            self._say(self.tr("Nothing was received"), self._connect_first(), warning=True)
            return
        choose_file(
            self,
            self.tr("Receive updates from a USB stick"),
            self.receive_updates,
            filters=self.tr("Daftari bundles (*.bundle);;All files (*)"),
        )

    def receive_updates(self, path: Path) -> None:
        from desktop_app.sync.updates import Received, receive

        user = self.user
        if user is None:
            return

        def received(got: object) -> None:
            assert isinstance(got, Received)
            self._say(
                self.tr("Updates received"),
                self.tr(
                    "{entities} household(s) or person(s) of the site's lists and "
                    "{assignments} assignment(s) are on this computer now; {returned} "
                    "submission(s) were sent back to correct."
                ).format(entities=got.entities, assignments=got.assignments, returned=got.returned),
            )
            home = self.centralWidget()
            if isinstance(home, HomeView):
                home.reload()

        def refused(exc: Exception) -> None:
            if not isinstance(exc, ClientError):
                raise exc
            self._say(self.tr("Nothing was received"), user_message(exc), warning=True)

        run_op(lambda: receive(user, path), received, refused, parent=self, pool=self.pool)

    def _say(self, title: str, text: str, *, warning: bool = False) -> None:
        """A message box over the window, made now so that it speaks the interface's
        language; its words can be selected (to copy a file's name)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
            title,
            text,
            QMessageBox.StandardButton.Ok,
            parent=self,
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_dialog(box)

    def show_carried(self) -> None:
        """The bundles brought here from USB sticks and what became of each: waiting,
        delivered (how their submissions were answered), or refused by the server, and why."""
        if self.user is None:
            return
        bundles = self.client.store.carried_bundles()
        self.open_dialog(CarriedBundlesDialog(bundles, parent=self))
        refused = [b.sha256 for b in bundles if b.refused]
        seen = self._refusals_seen()
        if not set(refused) <= seen:
            self.client.store.set_setting(REFUSALS_SEEN, sorted(seen | set(refused)))
        self.sync_label.show_refused(0)

    def _refusals_seen(self) -> set[str]:
        """The refused bundles (their sha256) someone has looked at, as kept in the settings."""
        kept = self.client.store.setting(REFUSALS_SEEN, [])
        return {str(sha256) for sha256 in kept} if isinstance(kept, list) else set()

    def _unseen_refusals(self) -> int:
        """Bundles carried from here that the server refused and nobody has looked at yet."""
        seen = self._refusals_seen()
        return sum(
            1 for b in self.client.store.carried_bundles() if b.refused and b.sha256 not in seen
        )

    def manage_users(self) -> None:
        """An administrator adds, gives new passwords to, disables and enables users."""
        from desktop_app.ui.users_dialog import UsersDialog

        if self.user is None or not self.user.user.is_admin:
            return
        self.open_dialog(UsersDialog(self.user, pool=self.pool, parent=self))

    def open_dialog(self, dialog: QDialog) -> None:
        open_dialog(self, dialog)

    def new_submission(self, form_id: str) -> None:
        self._start_draft(form_id)

    def _start_draft(self, form_id: str, assignment: Assignment | None = None) -> None:
        """A new draft of ``form_id`` opened (made for ``assignment``, if one). A form that
        reads an entity list is made off the window's thread: its list (100,000 households)
        may need building, and the window stays responsive meanwhile."""
        user = self.user
        assert user is not None
        self._form_id = form_id
        try:
            form = self.client.form(form_id)
        except ClientError as exc:
            self.statusBar().showMessage(user_message(exc), 10_000)
            return
        language = form_language_for(form.languages, self._form_language())

        def make() -> Draft:
            return user.new_submission(form_id, language=language, assignment=assignment)

        def failed(exc: Exception) -> None:
            if not isinstance(exc, ClientError):
                raise exc
            if assignment is None:
                self.statusBar().showMessage(user_message(exc), 10_000)
                return
            self._say(self.tr("The visit cannot open"), user_message(exc), warning=True)

        if not form.entity_lists:
            try:
                draft = make()
            except ClientError as exc:
                failed(exc)
                return
            self._open_draft(draft)
            return
        self.statusBar().showMessage(self.tr("Opening the form: reading its lists…"))

        def made(draft: Draft) -> None:
            self.statusBar().clearMessage()
            if self.user is user and isinstance(self.centralWidget(), HomeView):
                self._open_draft(draft)  # still there to see it (not locked meanwhile)

        run_op(make, made, failed, parent=self)

    def warm_lists(self) -> None:
        """The forms that read entity lists built ahead, off the window's thread, so that a
        follow-up opens at once: after logging in, a sync, a finalize."""
        user = self.user
        if user is None or self._warming:
            return
        self._warming = True

        def done(_: object) -> None:
            self._warming = False

        def failed(exc: Exception) -> None:
            self._warming = False
            if not isinstance(exc, (ClientError, RuntimeError)):
                raise exc  # a session ended meanwhile is RuntimeError: nothing to warm

        run_op(user.entities.warm, done, failed, parent=self)

    def _assignment(self, assignment_id: int) -> Assignment | None:
        home = self.centralWidget()
        if not isinstance(home, HomeView):
            return None
        return next((a for a in home.assignments if a.id == assignment_id), None)

    def open_assignment(self, assignment_id: int) -> None:
        """To visit's Enter: the draft begun for it goes on; else a new one, its answers
        preloaded and bound to it."""
        assert self.user is not None
        found = self._assignment(assignment_id)
        if found is None:
            return
        if found.drafts:
            self.open_submission(found.drafts[0])
            return
        self._start_draft(found.form_id, found)

    def show_entity_conflicts(self) -> None:
        """The site's households two computers updated differently, resolved on the server."""
        if self.user is None or self.role() not in reviewing.REVIEWER_ROLES:
            return
        # owned by the view shown: locking replaces it, and the window goes with it
        self.open_dialog(EntityConflictsWindow(self.user, parent=self.centralWidget()))

    def show_entity_history(self, assignment_id: int) -> None:
        """Ctrl+H on To visit: the household's versions as this computer has held them."""
        assert self.user is not None
        found = self._assignment(assignment_id)
        if found is None or found.entity is None:
            return
        user, entity, title = self.user, found.entity, found.title

        def read(versions: object) -> None:
            if self.user is user:  # not locked meanwhile
                assert isinstance(versions, list)
                open_dialog(self, EntityHistoryDialog(title, versions, self))

        def failed(exc: Exception) -> None:
            if not isinstance(exc, (ClientError, RuntimeError)):
                raise exc

        # read and decrypted on the store thread, as every list of the window is
        run_op(lambda: user.entities.history(entity), read, failed, parent=self, pool=self.pool)

    def open_submission(self, uuid: str) -> None:
        assert self.user is not None
        keyed = self.client.store.keying(uuid)
        if keyed is not None and not keyed.verifies:
            record = self.client.store.submission(uuid)
            if record.status == "draft":  # a paper begun in keyed entry goes on there
                self._key_form(record.form_id, self._form_language(), resume=keyed)
                return
        try:
            record = self.client.store.submission(uuid)
            languages = self.client.form(record.form_id, record.form_version).languages
            draft = self.user.open_submission(
                uuid, language=form_language_for(languages, self._form_language())
            )
        except ClientError as exc:
            self.statusBar().showMessage(user_message(exc), 10_000)
            return
        self._open_draft(draft)

    def _open_draft(self, draft: Draft) -> None:
        from desktop_app.sync.openrosa import peer_forms

        self.draft = draft
        assert self.user is not None
        # sent to ODK Central or Kobo, where no review sends it back: its enumerator may
        # reopen it to correct it (the native server's review does that instead)
        correctable = draft.record.form_id in peer_forms(self.user) and (
            draft.record.enumerator.casefold() == self.user.user.name.casefold()
        )
        view = FillingView(draft, words=self.editor_words(), correctable=correctable)
        hold_for_filling()
        view.correct_requested.connect(self.correct_sent)
        view.closed.connect(self._closed)
        view.finalized.connect(self._finalized)
        view.discard_requested.connect(self.discard_draft)
        view.form_language_chosen.connect(self._form_language_chosen)
        self._show(view, "filling")
        view.focus_page()

    def _closed(self, uuid: str) -> None:
        draft, user = self.draft, self.user
        if draft is not None and user is not None and draft.uuid == uuid and draft.untouched():
            try:  # made and closed without an answer: not kept
                user.discard_draft(uuid, why="closed without an answer")
            except ClientError as exc:
                self.statusBar().showMessage(user_message(exc), 10_000)
        for_assignment = draft is not None and draft.record.assignment is not None
        self.show_home()
        home = self.centralWidget()
        if for_assignment and isinstance(home, HomeView):
            home.show_list(len(STATUSES))  # a visit done: back on To visit, for the next

    def _form_language_chosen(self, language: str) -> None:
        code = language_code_of(language)
        if code:
            self._keep_language(FORM_LANGUAGE, code)

    def _keep_language(self, name: str, code: str) -> None:
        """A language chosen: the signed-in user's own, and the computer's (the one a user
        who never chose one gets, and the window's before anyone signs in)."""
        self.client.store.set_setting(name, code)
        if self.user is not None:
            self.client.store.set_setting(user_setting(name, self.user.user.name), code)

    def correct_sent(self, uuid: str) -> None:
        """Reopen a sent submission to correct it; its next finalize goes as an edit."""
        user = self.user
        if user is None:
            return
        try:
            user.reopen_to_correct(uuid, why=self.tr("Reopened by you to correct it."))
        except ClientError as exc:
            self.statusBar().showMessage(user_message(exc), 10_000)
            return
        self.statusBar().showMessage(
            self.tr("Reopened: correct it and finalize again; it is sent as an edit."), 10_000
        )
        self.open_submission(uuid)

    def discard_draft(self, uuid: str) -> None:
        """Delete a draft, after asking; it was never sent, so nothing else holds it."""
        user = self.user
        if user is None:
            return
        title = user.summaries([uuid]).get(uuid)
        ask = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Discard this draft?"),
            self.tr(
                "Discard “{title}”? Its answers (and photos) will be deleted from this "
                "computer. This cannot be undone."
            ).format(title=isolate(title.title if title and title.title.strip() else uuid)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        ask.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: int) -> None:
            if button != QMessageBox.StandardButton.Discard:
                return
            try:
                user.discard_draft(uuid)
            except ClientError as exc:
                self.statusBar().showMessage(user_message(exc), 10_000)
                return
            self.statusBar().showMessage(self.tr("The draft was discarded."), 10_000)
            self.show_home()

        ask.finished.connect(answered)
        self.open_dialog(ask)

    def _finalized(self, uuid: str) -> None:
        self.sync_now()
        self.statusBar().showMessage(
            self.tr("Finalized. It will be sent when a connection appears."), 10_000
        )
        self.show_home()

    def editor_words(self) -> dict[str, str]:
        return {
            "choose_file": self.tr("Choose a file…"),
            "ok": self.tr("OK"),
            "whole_number": self.tr("Type a whole number."),
            "number": self.tr("Type a number."),
            "ambiguous": self.tr(
                "“{typed}” could be {first} or {second}. Type {first} or {second}, as you mean it."
            ),
            "comma": self.tr(
                "“{typed}”: a comma is not a decimal mark here. For {value}, type {value}."
            ),
            "digits": self.tr("Too many digits to keep exactly."),
            "stored_as": self.tr("Will be stored as {value}."),
            "no_such_code": self.tr("No choice has the code {code}."),
            "date": self.tr("Type a date as YYYY-MM-DD (F4 opens a calendar)."),
            "time": self.tr("Type a time as HH:MM."),
            "datetime": self.tr("Type a date and time as YYYY-MM-DD HH:MM."),
            "latitude": self.tr("Latitude"),
            "longitude": self.tr("Longitude"),
            "accuracy": self.tr("Accuracy (m)"),
            "geo_numbers": self.tr("Latitude and longitude are numbers, e.g. 3.7194 and 34.8567."),
            "geo_latitude": self.tr("Latitude is between -90 and 90."),
            "geo_longitude": self.tr("Longitude is between -180 and 180."),
            "geo_accuracy": self.tr("Accuracy is a positive number of metres."),
        }

    # -- actions -------------------------------------------------------------------------------
    def lock(self) -> None:
        """Forget the unlocked key; everything typed is already saved. What is finalized
        keeps going to the server while locked (desktop_app.sync.locked)."""
        if self.user is None:
            return
        self._locked_by = self.user.user.name
        self._resume = self.draft.uuid if self.draft is not None and self.draft.editable else None
        self.stop_sync()  # the sync thread holds the key too
        # Made ready now, while the key is here (bounded: HELD_BYTES); then the key goes.
        held = hold_for_lock(self.user)
        self.user = None
        self.draft = None
        self.lock_timer.stop()
        self.show_login(locked=True, preselect=self._locked_by)
        if held is not None:
            self.scheduler = LockedSender(
                held, on_status=self.sync_relay.changed.emit, status=self.sync_label.status
            )
            self.scheduler.start()

    def choose_form(self) -> None:
        choose_file(
            self,
            self.tr("Install a form"),
            self.install_form,
            filters=self.tr("XLSForms (*.xlsx *.xls)"),
        )

    def install_form(self, path: Path) -> None:
        client = self.client
        by = self.user.user.name if self.user else ""
        run_op(
            lambda: client.install_form(path, by=by),
            self._installed,
            lambda exc: self._install_failed(path, exc),
            parent=self,
            pool=self.pool,
        )

    def _installed(self, result: InstallResult) -> None:
        f = result.form
        text = (
            self.tr("Installed {title}, version {version}.")
            if result.new
            else self.tr("{title}, version {version}, was already installed.")
        )
        self.statusBar().showMessage(text.format(title=f.title, version=f.version), 10_000)
        if self.user is not None and self.draft is None:
            self.show_home()
        self.form_installed.emit(f.form_id)

    def _install_failed(self, path: Path, exc: Exception) -> None:
        if not isinstance(exc, (FormLoadError, ClientError, OSError)):
            raise exc
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The form was not installed"),
            f"{path.name}: {exc}",
            QMessageBox.StandardButton.Ok,
            parent=self,
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_dialog(box)
        self.form_installed.emit("")

    def zoom(self, step: int) -> None:
        current = float(self.client.store.setting("zoom", 1.0))  # type: ignore[arg-type]
        zoom = 1.0 if step == 0 else next_zoom(current, step)
        self.client.store.set_setting("zoom", zoom)
        apply_zoom(_application(), zoom)

    def set_interface_language(self, code: str) -> None:
        self._keep_language(INTERFACE_LANGUAGE, code)
        self._keep_language(FORM_LANGUAGE, code)  # new forms start in it too
        self._apply_language(code)
        if self.user is None:
            self.show_login()
        elif self.draft is not None:
            self._open_draft(self.draft)
        elif isinstance(self.centralWidget(), ReviewView):
            self.show_review()
        elif isinstance(self.centralWidget(), SecretariatView):
            self.show_datasets()
        elif isinstance(self.centralWidget(), AssignmentsView):
            self.show_assignments()
        elif isinstance(self.centralWidget(), QualityView):
            self.show_quality()
        else:
            self.show_home()

    def _apply_language(self, code: str) -> None:
        """The interface in ``code``: the menus and the status bar made again in it (the
        views are made in it when they are next shown)."""
        self.language.apply(code)
        self._build_menus()
        self.sync_label.show_status(self.sync_label.status)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        central = self.centralWidget()
        if isinstance(central, KeyedEntryView):
            self._leave_keying(central)
        self.stop_sync()
        _application().removeEventFilter(self._activity)
        self.pool.waitForDone(5000)
        super().closeEvent(event)
