"""The audit logs submissions bring (issue 26), read on the server the same way whether Collect
sent them over OpenRosa or the desktop by sync: one row per event, the time each question was
on screen, a log that cannot be read kept with why — on SQLite and PostgreSQL."""

import time
import uuid as uuidlib

import pytest

from central_server import paradata, published_forms
from desktop_app.client import Client
from desktop_app.paths import Home
from desktop_app.sync.engine import sync_once
from desktop_app.sync.enrolment import enrol, transport_for
from form_engine import load_xlsform
from form_engine.authoring import write_xlsform
from form_engine.paradata import read_csv, time_shown
from form_engine.submission import json_to_xml
from tests.central_server.conftest import PASSWORDS
from tests.desktop_app.conftest import FAST_KDF
from tests.desktop_app.test_paradata import AUDITED, Clock
from tests.openrosa.collect import Collect

# As Collect writes it: location tracked, changes tracked, and the first rows written before
# a form update asked for more columns (shorter rows); a value with a comma, one with a line
# break and quotes.
COLLECT_AUDIT = (
    "event,node,start,end,latitude,longitude,accuracy,old-value,new-value\n"
    "form start,,1765000000000,\n"
    "question,/data/head,1765000001000,1765000004000\n"
    "form resume,,1765000100000,,3.7312,35.5913,12.0,,\n"
    'question,/data/head,1765000100500,1765000108500,3.7312,35.5913,12.0,,"Yusuf, Amina"\n'
    'question,/data/size,1765000108500,1765000111500,3.7312,35.5913,12.0,"3","4 ""now""\n'
    'after the move"\n'
    "question,/data/thanks,1765000111500,1765000112500,3.7312,35.5913,12.0,,\n"
    "end screen,,1765000112500,1765000113500,3.7312,35.5913,12.0,,\n"
    "form save,,1765000113500,,3.7312,35.5913,12.0,,\n"
    "form exit,,1765000113500,,3.7312,35.5913,12.0,,\n"
    "form finalize,,1765000113501,,3.7312,35.5913,12.0,,\n"
)


@pytest.fixture
def audited_form(server, tmp_path):
    path = tmp_path / "visit.xlsx"
    write_xlsform(
        path, AUDITED, settings={"form_id": "visit", "version": "1", "form_title": "Visit"}
    )
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    return path


def read_on_server(server, uuid, timeout=30.0):
    """The server's reader caught up with this submission's log; its summary and events."""
    engine = server.app.state.engine
    deadline = time.time() + timeout
    while True:
        paradata.read_waiting(engine)
        with engine.connect() as conn:
            summary, events = paradata.of_submission(conn, uuid)
        if summary is not None and summary["state"] != "waiting":
            return summary, events
        if time.time() > deadline:
            raise AssertionError(f"the server did not read the audit log of {uuid}: {summary}")
        time.sleep(0.05)


def test_collects_audit_log_is_read_into_rows(server, audited_form):
    form = load_xlsform(audited_form)
    instance = str(uuidlib.uuid4())
    xml = json_to_xml(
        form,
        {
            "head": "Yusuf, Amina",
            "size": "4",
            "meta/audit": "audit.csv",
            "meta/instanceID": f"uuid:{instance}",
        },
    ).encode()
    collect = Collect(server.url, "amina", PASSWORDS["amina"])
    answers = collect.submit(xml, {"audit.csv": COLLECT_AUDIT.encode()})
    assert [a.status_code for a in answers] == [201]

    summary, events = read_on_server(server, instance)
    assert summary["state"] == "read" and summary["problem"] == ""
    assert events == read_csv(COLLECT_AUDIT)  # every row, every column, as the file says
    assert len(events) == 10
    assert events[1].latitude == "" and events[3].latitude == "3.7312"  # the short rows
    assert events[4].new_value == '4 "now"\nafter the move'
    assert summary["events"] == 10
    # a question's time on screen, over both sittings; the 96 s away count for nothing
    assert summary["shown_ms"] == 3_000 + 8_000 + 3_000 + 1_000
    assert summary["questions"] == 3
    assert time_shown(events).per_question["/data/head"] == 11_000


def test_the_desktops_log_is_read_as_collects_is(server, audited_form, tmp_path, login):
    clock = Clock()
    client = Client(Home.resolve(tmp_path / "desk"), clock=clock, kdf=FAST_KDF)
    try:
        client.install_form(audited_form)
        amina = client.create_first_user("amina", "kakuma-2026", enumerator_id="E01", site="Kakuma")
        enrol(amina, server.url, "amina", PASSWORDS["amina"])
        draft = amina.new_submission("visit")
        for path, text, seconds in (("/data/head", "Amina", 8), ("/data/size", "4", 3)):
            node = draft.session.node(path)
            draft.paradata.question(node)
            clock.wait(seconds)
            draft.set_answer(node, text)
        assert draft.finalize() == []
        sent_log = read_csv(amina.attachment(draft.uuid, "audit.csv"))
        transport = transport_for(amina)
        try:
            report = sync_once(amina, transport)
        finally:
            transport.close()
        assert report.sent == 1 and report.rejected == 0
    finally:
        client.close()

    summary, events = read_on_server(server, draft.uuid)
    assert summary["state"] == "read"
    assert events == sent_log
    assert summary["shown_ms"] == 11_000 and summary["questions"] == 2
    assert [e.user for e in events] == ["amina"] * len(events)  # identify-user=true


def test_an_unreadable_log_is_kept_with_why_and_the_submission_stands(server, audited_form):
    form = load_xlsform(audited_form)
    instance = str(uuidlib.uuid4())
    xml = json_to_xml(
        form,
        {"head": "Amina", "meta/audit": "audit.csv", "meta/instanceID": f"uuid:{instance}"},
    ).encode()
    collect = Collect(server.url, "amina", PASSWORDS["amina"])
    bad = b"event,node,start,end\nquestion,/data/head,yesterday,\n"
    assert [a.status_code for a in collect.submit(xml, {"audit.csv": bad})] == [201]
    summary, events = read_on_server(server, instance)
    assert summary["state"] == "unreadable" and events == []
    assert "line 2" in summary["problem"] and "start 'yesterday'" in summary["problem"]
    server.checked()
    with server.app.state.engine.connect() as conn:
        status = conn.exec_driver_sql(
            "SELECT status FROM submissions WHERE uuid = "
            + ("%s" if conn.dialect.name == "postgresql" else "?"),
            (instance,),
        ).scalar_one()
    assert status == "received"


def test_a_log_longer_than_the_server_reads_is_cut_and_said(server, audited_form, monkeypatch):
    """Its first events are read and counted, and the log says it was cut (it was marked read
    without a word before)."""
    monkeypatch.setattr(paradata, "MAX_EVENTS", 5)  # 100,000 in use: the same code path
    form = load_xlsform(audited_form)
    sent = {}
    for count in (5, 6):
        instance = str(uuidlib.uuid4())
        xml = json_to_xml(
            form,
            {"head": "Amina", "meta/audit": "audit.csv", "meta/instanceID": f"uuid:{instance}"},
        ).encode()
        log = "event,node,start,end\n" + "".join(
            f"question,/data/head,{1_765_000_000_000 + i * 1000},{1_765_000_000_000 + i * 1000 + 500}\n"
            for i in range(count)
        )
        collect = Collect(server.url, "amina", PASSWORDS["amina"])
        assert [a.status_code for a in collect.submit(xml, {"audit.csv": log.encode()})] == [201]
        sent[count] = instance
    whole, events = read_on_server(server, sent[5])
    assert whole["state"] == "read" and whole["problem"] == "" and len(events) == 5
    cut, events = read_on_server(server, sent[6])
    assert cut["state"] == "read" and len(events) == cut["events"] == 5
    assert cut["problem"] == "audit.csv holds more than 5 events: the first 5 were read"


def test_two_readers_at_once_keep_each_log_once(server, audited_form):
    """The checker's thread and another process read the same logs at the same moment:
    each event is kept once (on PostgreSQL the second waits for the first, then finds the log
    read)."""
    import threading

    from sqlalchemy import func, select

    from central_server.db import paradata_events

    form = load_xlsform(audited_form)
    collect = Collect(server.url, "amina", PASSWORDS["amina"])
    sent = []
    for _ in range(12):
        instance = str(uuidlib.uuid4())
        xml = json_to_xml(
            form, {"head": "A", "meta/audit": "audit.csv", "meta/instanceID": f"uuid:{instance}"}
        ).encode()
        assert [
            a.status_code for a in collect.submit(xml, {"audit.csv": COLLECT_AUDIT.encode()})
        ] == [201]
        sent.append(instance)
    engine = server.app.state.engine
    start = threading.Barrier(3)

    def reader():
        start.wait()
        for _ in range(20):
            paradata.read_waiting(engine)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for uuid in sent:
        summary, events = read_on_server(server, uuid)
        assert summary["state"] == "read" and events == read_csv(COLLECT_AUDIT)
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(paradata_events)).scalar_one()
    assert total == 12 * len(read_csv(COLLECT_AUDIT))
