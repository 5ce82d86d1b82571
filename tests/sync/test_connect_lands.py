"""Connecting a computer to a server as a supervisor or as the Secretariat lands on their work
at once — the review, the merged datasets — as signing in does, not on "My forms" until the
app is locked and unlocked."""

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.ui.enrol_dialog import EnrolDialog
from tests.central_server.conftest import PASSWORDS
from tests.desktop_app.test_window import log_in, open_window


@pytest.mark.parametrize(
    ("account", "view"), [("super_k", "ReviewView"), ("secretariat", "SecretariatView")]
)
def test_connecting_as_a_reviewer_lands_on_their_work(qtbot, server, client, admin, account, view):
    w = open_window(qtbot, client)
    log_in(qtbot, w)
    assert type(w.centralWidget()).__name__ == "HomeView"
    w.enrol_action.trigger()
    dialog = w.findChild(EnrolDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.url.setText(server.url)
    dialog.allow_http.setChecked(True)  # the test server speaks plain http on 127.0.0.1
    dialog.account.setText(account)
    dialog.password.setText(PASSWORDS[account])
    dialog.submit()
    qtbot.waitUntil(lambda: type(w.centralWidget()).__name__ == view, timeout=10_000)
    w.stop_sync()
    QApplication.processEvents()
