"""The audit log of a filling (issue 26): what the enumerator was shown, from when to when, and
where the form tracks changes the answer before and after — kept encrypted as it happens and
sent as the submission's audit.csv, written as Collect writes it."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from desktop_app.client import Client
from desktop_app.ui.filling import FillingView
from form_engine.authoring import write_xlsform
from form_engine.paradata import read_csv, time_shown
from tests.conftest import FIXED_NOW
from tests.desktop_app.conftest import FAST_KDF
from tests.desktop_app.test_window import log_in, open_window, press, start

AUDITED = [
    {
        "type": "audit",
        "name": "audit",
        "parameters": "track-changes=true identify-user=true",
    },
    {"type": "text", "name": "head", "label": "Name of the head of household"},
    {"type": "integer", "name": "size", "label": "How many people live here?"},
    {"type": "note", "name": "thanks", "label": "Thank the respondent."},
]


class Clock:
    """The computer's time, moved on by the test as a person's pace would."""

    def __init__(self) -> None:
        self.now = FIXED_NOW

    def __call__(self):
        return self.now

    def wait(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def ms(moment) -> int:
    return int(moment.timestamp() * 1000)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def audited_client(home, tmp_path, clock):
    c = Client(home, clock=clock, kdf=FAST_KDF)
    for name, survey, form_id in (
        ("audited.xlsx", AUDITED, "visit"),
        ("plain.xlsx", [r for r in AUDITED if r["type"] != "audit"], "plain"),
    ):
        write_xlsform(
            tmp_path / name,
            survey,
            settings={"form_id": form_id, "version": "1", "form_title": form_id.title()},
        )
        c.install_form(tmp_path / name)
    yield c
    c.close()


@pytest.fixture
def amina(audited_client):
    return audited_client.create_first_user(
        "amina", "kakuma-2026", enumerator_id="E01", site="Kakuma"
    )


def fill(draft, clock, answers):
    """Each question shown, answered after so many seconds, as the form view reports it."""
    for path, text, seconds in answers:
        node = draft.session.node(path)
        draft.paradata.question(node)
        clock.wait(seconds)
        draft.set_answer(node, text)


def audit_of(user, uuid):
    return read_csv(user.attachment(uuid, "audit.csv"))


def test_a_finalized_filling_carries_its_audit_log_as_collect_writes_it(amina, clock):
    draft = amina.new_submission("visit")
    started = ms(clock.now)
    fill(draft, clock, [("/data/head", "Amina Yusuf", 12), ("/data/size", "4", 3)])
    clock.wait(1)
    assert draft.finalize() == []

    raw = amina.attachment(draft.uuid, "audit.csv").decode()
    assert raw.splitlines()[0] == "event,node,start,end,old-value,new-value,user"
    events = audit_of(amina, draft.uuid)
    assert [(e.event, e.node) for e in events] == [
        ("form start", ""),
        ("question", "/data/head"),
        ("question", "/data/size"),
        ("form save", ""),
        ("form exit", ""),
        ("form finalize", ""),
    ]
    head, size = events[1], events[2]
    assert head.start == started and head.duration == 12_000
    assert (head.old_value, head.new_value) == ("", "Amina Yusuf")
    assert size.duration == 4_000  # shown until the finalize
    assert (size.old_value, size.new_value) == ("", "4")
    assert {e.user for e in events} == {"amina"}
    # the answers name the file, as Collect's do: an OpenRosa server links it
    assert (
        "<audit>audit.csv</audit>"
        in amina.revision_xml(amina.store.revisions(draft.uuid)[-1]).decode()
    )
    shown = time_shown(events)
    assert shown.per_question == {"/data/head": 12_000, "/data/size": 4_000}


def test_a_form_without_an_audit_row_logs_nothing(amina, clock):
    draft = amina.new_submission("plain")
    assert draft.paradata is None
    draft.set_answer(draft.session.node("/data/head"), "Amina")
    draft.set_answer(draft.session.node("/data/size"), "2")
    assert draft.finalize() == []
    assert "audit.csv" not in amina.store.attachments_of(draft.uuid)
    assert amina.store.paradata(draft.uuid) == []


def test_the_log_is_encrypted_on_the_disk_and_goes_with_a_discarded_draft(
    amina, clock, audited_client
):
    draft = amina.new_submission("visit")
    fill(draft, clock, [("/data/head", "Halima Abdi", 5)])
    draft.paradata.question(draft.session.node("/data/size"))  # the old answer is kept
    rows = amina.store.paradata(draft.uuid)
    assert len(rows) == 2  # form start, and the first question once it was left
    database = audited_client.home.database.read_bytes()
    assert b"Halima" not in database and "Halima".encode("utf-16-le") not in database
    amina.discard_draft(draft.uuid)
    assert amina.store.paradata(draft.uuid) == []


def test_a_draft_resumed_goes_on_with_the_same_log(amina, clock):
    draft = amina.new_submission("visit")
    fill(draft, clock, [("/data/head", "Amina", 7)])
    draft.paradata.closed()
    clock.wait(3600)
    again = amina.open_submission(draft.uuid)
    fill(again, clock, [("/data/head", "Amina Yusuf", 2), ("/data/size", "5", 4)])
    assert again.finalize() == []
    events = audit_of(amina, draft.uuid)
    assert [e.event for e in events] == [
        "form start",
        "question",
        "form save",
        "form exit",
        "form resume",
        "question",
        "question",
        "form save",
        "form exit",
        "form finalize",
    ]
    corrected = events[5]
    assert (corrected.old_value, corrected.new_value) == ("Amina", "Amina Yusuf")
    # the hour away counts for no question
    assert time_shown(events).per_question == {"/data/head": 9_000, "/data/size": 4_000}


def test_the_form_view_logs_each_question_as_it_gets_the_keyboard(
    qtbot, audited_client, amina, clock
):
    window = open_window(qtbot, audited_client)
    log_in(qtbot, window, "kakuma-2026")
    view = start(qtbot, window, "Visit")
    assert isinstance(view, FillingView)
    qtbot.keyClicks(view.focusWidget(), "Amina Yusuf")
    clock.wait(20)
    press(window, Qt.Key.Key_PageDown)
    qtbot.keyClicks(view.focusWidget(), "6")
    clock.wait(5)
    press(window, Qt.Key.Key_PageDown)  # the note: shown, nothing to type
    clock.wait(2)
    press(window, Qt.Key.Key_PageDown)  # the end
    clock.wait(1)
    uuid = view.draft.uuid
    with qtbot.waitSignal(view.finalized, timeout=10_000):
        press(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    events = audit_of(amina, uuid)
    assert [(e.event, e.node, e.duration) for e in events] == [
        ("form start", "", 0),
        ("question", "/data/head", 20_000),
        ("question", "/data/size", 5_000),
        ("question", "/data/thanks", 2_000),
        ("end screen", "", 1_000),
        ("form save", "", 0),
        ("form exit", "", 0),
        ("form finalize", "", 0),
    ]
    assert [(e.old_value, e.new_value) for e in events[1:3]] == [("", "Amina Yusuf"), ("", "6")]
    window.close()


def test_keyed_entry_logs_each_box_a_clerk_keys(qtbot, audited_client, amina, clock):
    """A paper keyed at the office: each question's box timed from when it gets the keyboard
    (the clerk's keying, not the interview: the server's duration check leaves paper out)."""
    from PySide6.QtWidgets import QApplication, QInputDialog

    from desktop_app.ui.keyed_entry import KeyedEntryView
    from tests.desktop_app.test_keyboard import keys

    window = open_window(qtbot, audited_client)
    log_in(qtbot, window, "kakuma-2026")
    press(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QInputDialog)
    qtbot.waitUntil(dialog.isVisible)
    keys(dialog, "V")  # Visit
    with qtbot.waitSignal(window.view_shown):
        press(dialog, Qt.Key.Key_Return)
    view = window.centralWidget()
    assert isinstance(view, KeyedEntryView) and view.form_id == "visit"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.paper_boxes["number"])
    for text in ("101", "12/03/2026", "E07", "B-1"):
        keys(window, text)
        press(window, Qt.Key.Key_Return)
    clock.wait(9)
    keys(window, "Amina Yusuf")
    press(window, Qt.Key.Key_Return)
    clock.wait(4)
    keys(window, "5")
    with qtbot.waitSignal(view.keyed) as saved:
        press(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    events = audit_of(amina, saved.args[0])
    questions = [(e.node, e.duration, e.new_value) for e in events if e.event == "question"]
    assert questions == [("/data/head", 9_000, "Amina Yusuf"), ("/data/size", 4_000, "5")]
    assert [e.event for e in events][-3:] == ["form save", "form exit", "form finalize"]
    window.close()


REASONED = [
    {
        "type": "audit",
        "name": "audit",
        "parameters": "track-changes=true track-changes-reasons=on-form-edit",
    },
    *AUDITED[1:],
]


@pytest.fixture
def reasoned(audited_client, amina, clock, tmp_path):
    """A form whose audit asks why a finalized submission is changed, filled and finalized
    once, then sent back for correction."""
    path = tmp_path / "reasoned.xlsx"
    write_xlsform(
        path, REASONED, settings={"form_id": "reasoned", "version": "1", "form_title": "Reasoned"}
    )
    audited_client.install_form(path)
    draft = amina.new_submission("reasoned")
    assert not draft.asks_change_reason  # a first filling is no change
    fill(draft, clock, [("/data/head", "Amina Yusf", 5), ("/data/size", "4", 2)])
    assert draft.finalize() == []
    from desktop_app.draft import audit

    audited_client.store.return_for_correction(
        draft.uuid,
        at=amina.client.now_text(),
        audit=audit("halima", "review.returned", draft.uuid, amina.client.now_text()),
    )
    return draft.uuid


def test_a_change_to_a_finalized_submission_says_why_where_the_form_asks(amina, clock, reasoned):
    from desktop_app.errors import ClientError

    again = amina.open_submission(reasoned)
    again.begin_audit("form resume")
    assert again.asks_change_reason
    fill(again, clock, [("/data/head", "Amina Yusuf", 4)])
    with pytest.raises(ClientError) as refused:
        again.finalize(change_reason="   ")
    assert refused.value.code == "change_reason_needed"
    assert amina.store.submission(reasoned).status == "returned"  # nothing finalized
    assert again.finalize(change_reason="The head's name was misspelt") == []
    raw = amina.attachment(reasoned, "audit.csv").decode()
    assert raw.splitlines()[0] == "event,node,start,end,old-value,new-value,change-reason"
    events = read_csv(raw)
    said = [e for e in events if e.event == "change reason"]
    assert [e.change_reason for e in said] == ["The head's name was misspelt"]
    # after what was on screen, before the save, as Collect writes it
    names = [e.event for e in events]
    assert names[-5:] == ["question", "change reason", "form save", "form exit", "form finalize"]


def test_the_form_view_asks_the_reason_before_finalizing_a_change(
    qtbot, audited_client, amina, clock, reasoned
):
    """Alt+F (to the end page, then on it) on a submission sent back: a question asks why;
    Esc finalizes nothing; typed and Enter, it is finalized with the reason in its log."""
    from PySide6.QtWidgets import QApplication, QInputDialog

    window = open_window(qtbot, audited_client)
    log_in(qtbot, window, "kakuma-2026")
    window.open_submission(reasoned)
    view = window.centralWidget()
    assert isinstance(view, FillingView) and view.draft.asks_change_reason
    view.draft.set_answer(view.draft.session.node("/data/head"), "Amina Yusuf")
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # to the end page
    qtbot.waitUntil(lambda: view.page.kind == "end")

    def asked() -> QInputDialog:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        return dialog

    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog))
    qtbot.keyClick(asked(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert amina.store.submission(reasoned).status == "returned"
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog))
    qtbot.keyClicks(QApplication.focusWidget(), "Name corrected after a call")
    with qtbot.waitSignal(view.finalized, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    said = [e for e in audit_of(amina, reasoned) if e.event == "change reason"]
    assert [e.change_reason for e in said] == ["Name corrected after a call"]
    window.close()
