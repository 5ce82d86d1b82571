"""Issue 21: a PostgreSQL restart while phones send through OpenRosa: never a 500."""

import threading
import uuid as uuidlib

import pytest
import requests

from tests.central_server.conftest import PASSWORDS
from tests.openrosa.conftest import filled


def test_collect_meets_a_restarting_postgresql_with_503_never_500(
    server, server_settings, postgres, photo_form
):
    """Issue 21: a PostgreSQL restart while phones send gave OpenRosa 500s. Every answer is
    201/202, or 503 with Retry-After as an OpenRosaResponse; resent, each is stored once."""
    if not server_settings.database_url.startswith("postgresql"):
        pytest.skip("SQLite does not restart")

    def post(xml: bytes) -> requests.Response:
        return requests.post(
            f"{server.url}/submission",
            files={"xml_submission_file": ("submission.xml", xml, "text/xml")},
            auth=("amina", PASSWORDS["amina"]),
            timeout=30,
        )

    sent: list[tuple[bytes, object]] = []
    stop = threading.Event()

    def send() -> None:
        while not stop.is_set():
            xml = filled(photo_form, "", "", instance=str(uuidlib.uuid4()))
            try:
                answer = post(xml)
            except Exception as exc:  # noqa: BLE001 - a connection cut is a phone's retry too
                answer = exc
            sent.append((xml, answer))

    thread = threading.Thread(target=send)
    thread.start()
    try:
        while len(sent) < 5:
            threading.Event().wait(0.05)
        postgres.restart()
        count = len(sent)
        while len(sent) < count + 10:
            threading.Event().wait(0.05)
    finally:
        stop.set()
        thread.join(60)
    codes = [getattr(a, "status_code", None) for _, a in sent]
    assert 500 not in codes, codes
    for _, answer in sent:
        if getattr(answer, "status_code", None) == 503:
            assert answer.headers["X-OpenRosa-Version"] == "1.0"
            assert answer.headers["retry-after"]
            assert answer.text.startswith("<OpenRosaResponse")
    for xml, answer in sent:  # a phone sends again what was not acknowledged, later
        if getattr(answer, "status_code", None) not in (201, 202):
            for _ in range(20):
                again = post(xml)
                if again.status_code not in (429, 503):
                    break
                threading.Event().wait(float(again.headers.get("retry-after", "1")))
            assert again.status_code in (201, 202), again.status_code
    with server.app.state.engine.connect() as c:
        stored = c.exec_driver_sql(
            "SELECT count(*) FROM submissions WHERE form_id = 'card_photos'"
        ).scalar_one()
    assert stored == len(sent)
