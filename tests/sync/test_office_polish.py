"""What an outside review of the office screens found, against the real server on 127.0.0.1:
a form version a sync installed is named on the home list at once, and the server's refusals
and a failed connection are said in the interface's language — the server's English words
(its ``detail``) and the system's kept only as the message's details."""

import socket

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from central_server import published_forms
from desktop_app import reviewing
from desktop_app.sync.enrolment import enrol, transport_for
from desktop_app.sync.transport import Refused
from desktop_app.ui.home import HomeView
from desktop_app.ui.i18n import InterfaceLanguage
from desktop_app.ui.messages import (
    kept_refusal,
    server_refusal,
    user_details,
    user_message,
)
from desktop_app.ui.review import ReviewView
from sync_protocol import ReviewDecisionIn
from tests.central_server.conftest import PASSWORDS
from tests.conftest import REPO
from tests.desktop_app.test_window import log_in, open_window
from tests.sync.test_review_desktop import supervisor_laptop  # noqa: F401 - a fixture
from tests.sync.test_review_loop import api
from tests.sync.test_sync_client import finalized, sync

MARK = "⟪ar⟫ "  # an interface string with no Arabic yet: it went through tr(), untranslated


class MarkingTranslator(QTranslator):
    """Consulted after the Arabic translations: whatever they do not have yet (strings added
    since the translations were last made) comes back marked, so that a test can tell a
    string said through tr() from the server's English."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return MARK + source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def marked(qtbot):
    marking = MarkingTranslator()
    QCoreApplication.installTranslator(marking)  # before the Arabic one: asked after it
    yield
    QCoreApplication.removeTranslator(marking)


@pytest.fixture
def arabic(marked):
    """The interface in Arabic, as the window sets it (View → Interface language)."""
    language = InterfaceLanguage(QApplication.instance())
    language.apply("ar")
    yield language
    language.apply("en")


def newer_version(tmp_path, form_id: str, version: str, title: str = ""):
    """The standard form's workbook as a later version (and, ``title``, renamed)."""
    book = load_workbook(REPO / "forms" / f"{form_id}.xlsx")
    settings = book["settings"]
    header = [c.value for c in settings[1]]
    settings.cell(2, header.index("version") + 1, version)
    if title:
        settings.cell(2, header.index("form_title") + 1, title)
    path = tmp_path / f"{form_id}-{version}.xlsx"
    book.save(path)
    return path


def form_line(home: HomeView, form_id: str) -> str:
    return next(
        home.form_list.item(i).text()
        for i in range(home.form_list.count())
        if home.form_list.item(i).data(Qt.ItemDataRole.UserRole) == form_id
    )


def test_the_home_list_names_the_version_a_sync_installed_without_logging_in_again(
    qtbot, server, client, admin, tmp_path
):
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    window = open_window(qtbot, client)
    home = log_in(qtbot, window)
    assert isinstance(home, HomeView)
    qtbot.waitUntil(lambda: window.sync_label.status.state == "idle", timeout=20_000)
    assert "2026120101" in form_line(home, "population")
    home.form_list.setCurrentRow(
        next(
            i
            for i in range(home.form_list.count())
            if home.form_list.item(i).data(Qt.ItemDataRole.UserRole) == "household"
        )
    )
    home.form_filter.setCurrentIndex(home.form_filter.findData("household"))

    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, newer_version(tmp_path, "population", "2026120102"))
    window.sync_now()
    qtbot.waitUntil(lambda: "2026120102" in form_line(home, "population"), timeout=20_000)
    assert window.centralWidget() is home  # the same screen, not made again
    assert [f.version for f in home.forms if f.form_id == "population"] == ["2026120102"]
    # what the person had chosen stays chosen
    assert home.form_list.currentItem().data(Qt.ItemDataRole.UserRole) == "household"
    assert home.form_filter.currentData() == "household"
    home.grab().save(str(tmp_path / "home-after-sync.png"))
    window.close()


def test_a_new_version_that_renames_the_form_is_the_one_listed(qtbot, client, admin, tmp_path):
    renamed = "Rapid population count (2027)"
    client.install_form(newer_version(tmp_path, "population", "2026120102", renamed), by="amina")
    newest = [(f.version, f.title) for f in client.forms() if f.form_id == "population"]
    assert newest == [("2026120102", renamed)]


def test_a_refusal_is_said_by_its_code_and_the_servers_english_is_only_its_details(
    qtbot, server, client, admin, arabic
):
    """A 403 from the real server ("an enumerator does not review submissions"): the message
    is the one tr() gives for "forbidden", not the server's detail, which is the details."""
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    transport = transport_for(admin)
    try:
        with pytest.raises(Refused) as refused:
            transport.review_decide(
                "0b0e0c7e-0000-4000-8000-000000000001", ReviewDecisionIn(decision="approved")
            )
    finally:
        transport.close()
    exc = refused.value
    assert exc.status == 403 and exc.problem == "forbidden"
    detail = str(exc)
    assert "does not review" in detail  # the server speaks English
    said = user_message(exc)
    assert said == server_refusal("forbidden", detail)
    # through tr(): in Arabic (or marked, for a string added since the translations were made)
    assert said.startswith(MARK) or any("\u0600" <= ch <= "\u06ff" for ch in said)
    assert "does not review" not in said
    assert user_details(exc) == detail


def test_no_connection_is_said_in_arabic_with_the_systems_words_as_details(
    qtbot, client, admin, tmp_path, marked
):
    from desktop_app.ui.enrol_dialog import EnrolDialog

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        address = f"http://127.0.0.1:{s.getsockname()[1]}"
    window = open_window(qtbot, client)
    log_in(qtbot, window)
    window.stop_sync()
    window.set_interface_language("ar")
    window.choose_server()
    dialog = window.findChild(EnrolDialog)
    dialog.url.setText(address)
    dialog.password.setText(PASSWORDS["amina"])
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ok.isEnabled() and "<br>" in dialog.message.text(), timeout=20_000)
    said, details = dialog.message.text().split("<br>", 1)
    assert "لا يوجد اتصال بالخادم" in said  # the Arabic of "No connection to the server"
    assert "no connection" not in said
    assert f"no connection to {address}" in details  # the system's words, below
    dialog.grab().save(str(tmp_path / "enrol-offline-ar.png"))
    dialog.reject()
    window.set_interface_language("en")
    window.close()


def test_a_decision_the_server_refused_is_said_in_arabic_with_the_detail_below(
    qtbot,
    server,
    client,
    admin,
    tmp_path,
    login,
    supervisor_laptop,  # noqa: F811 - the fixture
    marked,
):
    """The Secretariat decided first: the site's decision, sent at the next sync, is refused
    (409). The supervisor's Arabic window says why in Arabic, the server's words below."""
    sup_client, supervisor = supervisor_laptop
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    [mine] = finalized(client, admin, tmp_path, "population", 1, seed=91)
    assert sync(admin).sent == 1
    server.checked()
    sync(supervisor)
    uuid = mine["uuid"]
    reviewing.decide(
        supervisor, reviewing.open_copy(supervisor, uuid), "approved", role="supervisor"
    )
    r = api(
        server,
        login("secretariat"),
        "POST",
        f"/review/submissions/{uuid}/decisions",
        json={"decision": "returned", "comment": "Wrong household"},
    )
    assert r.status_code == 200
    assert sync(supervisor).problems
    english = "the Secretariat has decided on this revision"  # the server's detail
    assert english in reviewing.rows(supervisor, [uuid])[uuid].problem  # kept as it came

    window = open_window(qtbot, sup_client)
    log_in(qtbot, window, "koboko-super-1")
    window.stop_sync()
    window.set_interface_language("ar")
    view = window.centralWidget()
    assert isinstance(view, ReviewView)
    row = next(r for r in range(view.model.rowCount()) if view._uuid_at(r) == uuid)
    why = server_refusal("conflict", english)  # what tr() says for that refusal
    assert any("\u0600" <= ch <= "\u06ff" for ch in why)  # in Arabic already
    assert view.model.item(row, 6).toolTip().startswith(why)
    view.open(uuid)
    page = view.submission_page
    shown = page.problem.text()
    assert why in shown and "Secretariat" not in shown
    assert page.problem_details.isVisibleTo(page) and english in page.problem_details.text()
    page.grab().save(str(tmp_path / "review-refused-ar.png"))
    window.set_interface_language("en")
    window.close()


@pytest.mark.parametrize(
    ("kept", "code"),
    [
        ("[forbidden] a supervisor cannot do this", "forbidden"),
        ("an enumerator does not review submissions", "forbidden"),
        (
            "revision 1 is not the newest any more: revision 2 came since; look at it first",
            "conflict",
        ),
        ("there is no submission 0b0e you can review", "not_found"),
        ("say what to correct: a comment, or a comment on an answer", "unclear_decision"),
    ],
)
def test_a_refusal_kept_with_a_decision_is_known_by_its_code(qtbot, kept, code):
    found, detail = kept_refusal(kept)
    assert found == code and detail in kept
    assert server_refusal(found, detail) != server_refusal("", detail)
