"""Issue 12's proof for USB bundles: a device's unsent submissions and their photos sealed in
one file (`daftari bundle export`), imported on the server (`daftari-server bundle import`)
with sync's exactly-once rules — twice changes nothing, a server that already holds half ends
with each once — and a damaged or changed bundle refused whole."""

import os
import subprocess
import sys

import pytest

from central_server.intake.bundles import import_bundle
from desktop_app.sync.enrolment import enrol
from sync_protocol.bundles import BadBundle
from tests.central_server.conftest import PASSWORDS
from tests.conftest import REPO
from tests.sync.test_sync_client import card_with_photo, finalized, sync


def daftari(home, *args, password="kakuma-2026"):
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "--home", str(home.root), *map(str, args)],
        input=password + "\n",
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def stored(server):
    with server.app.state.engine.connect() as conn:
        return dict(
            conn.exec_driver_sql("SELECT uuid, count(*) FROM revisions GROUP BY uuid").fetchall()
        )


def test_a_bundle_arrives_exactly_once(server, client, admin, tmp_path, home):
    """Half the submissions reach the server on an earlier stick; the next stick carries all
    (the device has no acknowledgement yet): imported twice, each is there once; the next
    sync is answered "duplicate" for all and marks them sent."""
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    photo = bytes(range(256)) * 300
    card_with_photo(server, client, admin, tmp_path, photo)
    first = finalized(client, admin, tmp_path, "population", 2, seed=1)
    client.close()  # the command opens the home itself
    stick = tmp_path / "stick"
    stick.mkdir()
    done = daftari(
        home, "--user", "amina", "bundle", "export", stick / "a.bundle", "--password-stdin"
    )
    assert done.returncode == 0, done.stderr
    assert "wrote 3 submission(s) and 1 file(s)" in done.stdout
    engine = server.app.state.engine
    assert import_bundle(engine, (stick / "a.bundle").read_bytes()) == {"stored": 3}
    with engine.connect() as c:  # the photo came with it, whole
        assert c.exec_driver_sql(
            "SELECT sum(length(data)) FROM attachment_chunks"
        ).scalar_one() == len(photo)

    reopened = type(client)(client.home, clock=client.clock, kdf=client.kdf)
    user = reopened.login("amina", "kakuma-2026")
    second = finalized(reopened, user, tmp_path, "population", 3, seed=2)
    reopened.close()
    done = daftari(
        home, "--user", "amina", "bundle", "export", stick / "b.bundle", "--password-stdin"
    )
    assert "wrote 6 submission(s)" in done.stdout, done.stderr  # nothing acknowledged yet
    data = (stick / "b.bundle").read_bytes()
    assert b"population" not in data and b"card" not in data  # sealed: nothing readable
    assert import_bundle(engine, data) == {"duplicate": 3, "stored": 3}  # holds half already
    assert import_bundle(engine, data) == {"duplicate": 6}  # twice: nothing changes
    counts = stored(server)
    assert len(counts) == 6 and set(counts.values()) == {1}
    assert {e["uuid"] for e in first + second} <= set(counts)

    for damage in (data[:-1] + bytes([data[-1] ^ 1]), data[: len(data) // 2], b"hello"):
        with pytest.raises(BadBundle):
            import_bundle(engine, damage)
    assert stored(server) == counts  # nothing partly imported

    again = type(client)(client.home, clock=client.clock, kdf=client.kdf)
    user = again.login("amina", "kakuma-2026")
    report = sync(user)  # the device learns they arrived: each "duplicate", none sent twice
    assert report.rejected == 0 and user.status_counts().get("finalized", 0) == 0
    assert stored(server) == counts
    again.close()


def test_the_server_command_says_what_and_where(server, client, admin, tmp_path, home):
    from tests.conftest import daftari_server

    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    finalized(client, admin, tmp_path, "population", 2, seed=3)
    client.close()
    out = tmp_path / "a.bundle"
    assert (
        daftari(home, "--user", "amina", "bundle", "export", out, "--password-stdin").returncode
        == 0
    )
    tampered = tmp_path / "b.bundle"
    raw = bytearray(out.read_bytes())
    raw[40] ^= 0xFF
    tampered.write_bytes(bytes(raw))
    run = daftari_server(tmp_path / "server")
    done = run("bundle", "import", tampered)
    assert done.returncode == 1 and "damaged or was changed" in done.stderr
    done = run("bundle", "import", out)
    assert done.returncode == 0 and "2 stored" in done.stdout, done.stderr


def test_a_bundle_of_a_disabled_account_is_refused(server, client, admin, tmp_path, home):
    from central_server import accounts

    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    finalized(client, admin, tmp_path, "population", 1, seed=4)
    client.close()
    out = tmp_path / "c.bundle"
    assert (
        daftari(home, "--user", "amina", "bundle", "export", out, "--password-stdin").returncode
        == 0
    )
    with server.app.state.engine.begin() as conn:
        accounts.set_disabled(conn, "amina", True)
    with pytest.raises(BadBundle, match="disabled"):
        import_bundle(server.app.state.engine, out.read_bytes())
    assert stored(server) == {}
