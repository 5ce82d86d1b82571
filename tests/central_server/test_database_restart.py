"""The server does not test each pooled database connection before use (a round trip per
request on PostgreSQL). When the database drops its connections — a restart, a failover, an
administrator's pg_terminate_backend — the requests that meet a dead one are answered 503 "send
it again" with nothing stored, the pool starts afresh, and what follows is stored once."""

import pytest
import sqlalchemy

from tests.central_server.test_api import envelopes, item, push


def test_after_the_database_drops_its_connections_senders_are_told_to_resend(
    server, server_settings, login
):
    if not server_settings.database_url.startswith("postgresql"):
        pytest.skip("SQLite has no connections to lose")
    token = login("amina")
    subs = envelopes(6, seed=31)
    assert push(server, token, [item(subs[0])]).status_code == 200  # the pool is warm
    admin = sqlalchemy.create_engine(server_settings.database_url)
    with admin.connect() as conn:
        dropped = conn.exec_driver_sql(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).scalar_one()
    admin.dispose()
    assert dropped >= 1
    answers = [push(server, token, [item(e)]) for e in subs[1:]]
    codes = [a.status_code for a in answers]
    assert set(codes) <= {200, 503} and codes[-1] == 200, codes
    for a in answers:
        if a.status_code == 503:
            assert a.json()["code"] == "database_reconnecting"
            assert a.headers["retry-after"] == "1"
    assert codes.count(503) <= 2  # the pool starts afresh after the first dead connection
    resent = [
        push(server, token, [item(e)])
        for e, a in zip(subs[1:], answers, strict=True)
        if a.status_code == 503
    ]
    assert all(r.json()["results"][0]["status"] == "stored" for r in resent)
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM revisions").scalar_one() == 6
