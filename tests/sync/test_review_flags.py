# ruff: noqa: F811 - the fixtures imported below are arguments of the tests
"""The quality checks' flags in the supervisor's desktop review (issue 26): a day of Koboko's
team with akello planted too fast, outside the zones and with one-member households comes
down at sync with each flag's rule and reason; the list is filtered on them; approving one
needs a comment, here as on the server; and a flag raised or taken away after the pull
reaches the desktop at the next sync (the feed's third cursor)."""

import pytest
from sqlalchemy import select

from central_server import accounts, checks, paradata
from central_server.db import flag_changes
from desktop_app import reviewing
from desktop_app.errors import ClientError
from desktop_app.store import ReviewFilter
from form_engine import load_xlsform
from tests.central_server.test_checks import (  # noqa: F401 - day: the planted day
    day,
    interview,
    send_interview,
)
from tests.sync.test_review_desktop import supervisor_laptop  # noqa: F401
from tests.sync.test_review_loop import api
from tests.sync.test_sync_client import sync


def flagged_of(made: dict[str, list[str]]) -> set[str]:
    """What the day's rules flag: akello's six, jane's household of forty, and ocen's point
    in zone B though the answer says A."""
    return {*made["akello"], made["jane"][0], made["ocen"][0]}


def test_flags_come_down_with_their_reasons_and_approving_needs_a_comment(
    server,
    day,
    login,
    supervisor_laptop,
):
    made, _ = day
    _, supervisor = supervisor_laptop
    report = sync(supervisor)
    assert report.to_review == 24 and not report.problems
    flagged = flagged_of(made)
    assert set(reviewing.ids(supervisor, ReviewFilter(flagged=True))) == flagged
    assert len(reviewing.ids(supervisor, ReviewFilter(flagged=False))) == 24 - len(flagged)
    assert supervisor.store.review_flagged("halima") == len(flagged)
    rows = reviewing.rows(supervisor, made["akello"])
    assert {rows[u].flagged for u in made["akello"]} == {3}

    akello = reviewing.open_copy(supervisor, made["akello"][0])
    assert sorted(f.split(":")[0] for f in akello.flags) == ["few_people", "outside", "too_fast"]
    assert any("Too fast" in f for f in akello.flags)  # the rule's own message
    # what a flag says may hold an answer: never in the clear on the laptop
    raw = b"".join(
        p.read_bytes() for p in supervisor.client.home.root.rglob("*.db*") if p.is_file()
    )
    assert b"Too fast" not in raw and b"few_people" not in raw

    with pytest.raises(ClientError) as refused:
        reviewing.decide(supervisor, akello, "approved", role="supervisor")
    assert refused.value.code == "flagged_needs_comment"
    assert "too_fast" in str(refused.value) and "why it stands" in str(refused.value)
    # sending it back needs no more than it did; approving with a reason goes through
    reviewing.decide(
        supervisor, akello, "approved", role="supervisor", comment="Seen him; the area is new"
    )
    amina = reviewing.open_copy(supervisor, made["amina"][0])
    assert amina.flags == []
    reviewing.decide(supervisor, amina, "approved", role="supervisor")
    report = sync(supervisor)
    assert report.decisions_sent == 2 and not report.problems
    listed = api(
        server, login("super_k"), "GET", "/review/submissions", params={"flagged": "true"}
    ).json()["submissions"]
    assert {s["uuid"]: s["state"] for s in listed}[made["akello"][0]] == "site_approved"


def test_a_flag_raised_or_taken_away_after_the_pull_reaches_the_desktop(
    server,
    day,
    login,
    supervisor_laptop,
    tmp_path,
):
    made, _ = day
    _, supervisor = supervisor_laptop
    sync(supervisor)
    jane = made["jane"][0]
    assert reviewing.rows(supervisor, [jane])[jane].flagged == 1
    engine = server.app.state.engine
    # the server's own checker may have run over part of the day as it came (on fewer
    # interviews, other reasons and even other flags): every flagged one was told of
    before = told(engine)
    assert set(before) >= flagged_of(made)
    mark = max(before.values())
    # the supervisor adds a rule; the workbook's size rule is taken away (a new form version
    # would do the same): neither touches a submission, only the flags change
    with engine.begin() as conn:
        checks.add_rule(
            conn,
            accounts.principal_of(conn, "super_k"),
            "hh_day",
            checks.Rule("quick", "duration", parameters="min_minutes=2"),
        )
        conn.execute(
            checks.check_rules.delete().where(
                checks.check_rules.c.form_id == "hh_day", checks.check_rules.c.name == "size_far"
            )
        )
    checks.check_form(engine, "hh_day")
    report = sync(supervisor)
    assert not report.problems
    assert reviewing.rows(supervisor, [jane])[jane].flagged == 0
    assert reviewing.open_copy(supervisor, jane).flags == []
    after = reviewing.open_copy(supervisor, made["akello"][1]).flags
    assert sorted(f.split(":")[0] for f in after) == [
        "few_people",
        "outside",
        "quick",
        "too_fast",
    ]
    # the submissions whose flags changed are told again, no others: jane's flag was taken
    # away, akello's six got one more; a run that changes nothing tells of none
    since = told(engine, mark)
    assert set(since) == {jane, *made["akello"]}
    checks.check_form(engine, "hh_day")
    assert told(engine, max(since.values())) == {}
    # a slow interview more moves the team's median, so each too-fast reason's words change
    # — the same rules flag the same submissions: nobody's laptop gets them all again
    before = {f.uuid: f.reason for f in checks.check_form(engine, "hh_day").flags}
    form = load_xlsform(next(tmp_path.rglob("hh_day.xlsx")))
    send_interview(server, form, "amina", {**interview("amina", 0), "seconds": 600})
    while paradata.read_waiting(engine):
        pass
    after = checks.check_form(engine, "hh_day")
    assert after.submissions == 25
    moved = {f.uuid for f in after.flags if f.rule == "too_fast" and before[f.uuid] != f.reason}
    assert moved == set(made["akello"])  # "… under 0.5 × the team's median (… s)"
    assert told(engine, max(since.values())) == {}


def told(engine, after: int = 0) -> dict[str, int]:
    """The submissions the checks runs told of after ``after``, with the last number each."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(flag_changes.c.uuid, flag_changes.c.seq)
            .where(flag_changes.c.seq > after)
            .order_by(flag_changes.c.seq)
        )
        return dict(rows.all())


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_supervisor_finds_the_flagged_and_approves_with_a_reason_by_keyboard(
    qtbot,
    server,
    day,
    supervisor_laptop,
    code,
):
    """Log in → the review list; Alt+G and Down: the flagged only, with their count; Enter
    opens akello's with its flags above the answers; Alt+A without a comment is refused with
    why; Alt+C, the reason, Alt+A: approved, waiting for the sync. In English and in Arabic."""
    from PySide6.QtCore import Qt

    from desktop_app.ui.review import FLAGS, ReviewView
    from tests.desktop_app.test_window import log_in, open_window, press, type_into
    from tests.sync.test_quality_window import shoot

    alt = Qt.KeyboardModifier.AltModifier
    made, _ = day
    laptop, supervisor = supervisor_laptop
    sync(supervisor)
    window = open_window(qtbot, laptop)
    try:
        assert isinstance(log_in(qtbot, window, "koboko-super-1"), ReviewView)
        window.stop_sync()
        window.set_interface_language(code)  # as View → Interface language
        view = window.centralWidget()
        assert isinstance(view, ReviewView)
        rtl = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
        assert view.layoutDirection() == rtl
        window.resize(1100, 700)
        assert view.model.rowCount() == 24 and not view.table.isColumnHidden(FLAGS)
        assert view.counts.text().split("·")[-1].strip().endswith(str(len(flagged_of(made))))
        press(window, Qt.Key.Key_G, alt)
        assert view.flag_filter.hasFocus()
        press(window, Qt.Key.Key_Down)  # "flagged by the checks"
        qtbot.waitUntil(lambda: view.model.rowCount() == len(flagged_of(made)))
        shown = {view._uuid_at(r) for r in range(view.model.rowCount())}
        assert shown == flagged_of(made)
        assert all(view.model.item(r, FLAGS).text().startswith("⚑") for r in range(len(shown)))
        shoot(window, f"review_flags_list_{code}.png")
        akello = made["akello"][0]
        row = next(r for r in range(view.model.rowCount()) if view._uuid_at(r) == akello)
        view.table.setFocus()
        view.table.selectRow(row)
        view.table.setCurrentIndex(view.model.index(row, 0))
        press(window, Qt.Key.Key_Return)
        page = view.submission_page
        assert view.currentWidget() is page
        assert page.flags.isVisible()
        for rule in ("too_fast", "outside", "few_people"):
            assert rule in page.flags.text()
        shoot(window, f"review_flags_{code}.png")
        press(window, Qt.Key.Key_A, alt)  # approve, no comment
        qtbot.waitUntil(page.problem.isVisible)
        assert view.currentWidget() is page
        if code == "en":
            assert "why it stands" in page.problem.text()
        assert page.problem.text() != ""
        press(window, Qt.Key.Key_C, alt)
        assert page.comment.hasFocus()
        type_into(qtbot, window, "Seen him at work; the area is new")
        press(window, Qt.Key.Key_A, alt)
        qtbot.waitUntil(lambda: view.currentWidget() is view.list_page)
        assert reviewing.rows(supervisor, [akello])[akello].waiting == "approved"
    finally:
        window.set_interface_language("en")
        window.close()
