"""``daftari --home DIR --self-test``: the smoke test of an installed or frozen build.

Opens the real window on a fresh home, creates the administrator through the first-start
screen, starts a population count, answers through the page's editors, saves and closes,
then reopens the home and checks every answer is there. Prints "self-test passed" and exits 0,
or says what failed and exits 1.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer

from desktop_app.client import Client
from desktop_app.ui.filling import FillingView
from desktop_app.ui.home import HomeView
from desktop_app.ui.login import LoginView
from desktop_app.ui.main_window import MainWindow

PASSWORD = "self-test-1"


def run_self_test(app: QCoreApplication, window: MainWindow) -> int:
    outcome: list[str] = []

    def fail(text: str) -> None:
        outcome.append(text)
        app.quit()

    def step1() -> None:
        login = window.centralWidget()
        if not isinstance(login, LoginView) or not login.first_run:
            return fail("the first-start screen did not show (is --home a fresh directory?)")
        login.name.setText("self-test")
        login.site.setText("Kakuma")
        login.password.setText(PASSWORD)
        login.repeat.setText(PASSWORD)
        window.view_shown.connect(step2)
        login.submit()

    def step2(name: str) -> None:
        window.view_shown.disconnect(step2)
        home = window.centralWidget()
        if not isinstance(home, HomeView) or home.form_list.count() != 3:
            return fail(f"the home screen did not list the three standard forms ({name})")
        window.new_submission("population")
        view = window.centralWidget()
        if not isinstance(view, FillingView):
            return fail("the form did not open")
        session = view.draft.session
        view.answer(session.node("/data/city"), "koboko")
        view.answer(session.node("/data/zone"), "Zone 7")
        view.go_to_key("/data/zone")
        uuid = view.draft.uuid
        view.save_and_close()
        QTimer.singleShot(0, lambda: step3(uuid))

    def step3(uuid: str) -> None:
        window.close()
        client: Client = window.client
        user = client.login("self-test", PASSWORD)
        draft = user.open_submission(uuid)
        got = (draft.session.value("/data/city"), draft.session.value("/data/zone"), draft.position)
        if got != ("koboko", "Zone 7", "/data/zone"):
            return fail(f"the saved submission came back as {got}")
        outcome.append("ok")
        app.quit()

    QTimer.singleShot(0, step1)
    app.exec()
    if outcome == ["ok"]:
        print("self-test passed: opened, created a user, filled and saved a submission")
        return 0
    print(f"self-test FAILED: {outcome[0] if outcome else 'no outcome'}", file=sys.stderr)
    return 1
