"""What goes wrong on a real laptop — a full disk, a deleted database, one damaged record, a
damaged profile — is named for what it is, the rest keeps working, and nothing is lost by
following the advice given."""

import json
import os
import sqlite3
import subprocess
from contextlib import contextmanager

import pytest

from desktop_app.client import Client
from desktop_app.errors import DamagedRecord, StoreDamaged, StoreFull, StoreMissing, WrongPassword
from desktop_app.paths import Home
from desktop_app.transfer import export_jsonl
from tests.conftest import FIXED_NOW
from tests.desktop_app.conftest import FAST_KDF, answer
from tests.test_cli import daftari


@contextmanager
def small_disk(tmp_path, size="3m"):
    """A real file system of ``size`` (tmpfs), so that the disk really fills up."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"this machine does not let the tests mount a small disk: {done.stderr!r}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def fill(disk):
    with open(disk / "filler", "wb", buffering=0) as fh:  # nothing left to flush at close
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass


def test_a_full_disk_is_called_a_full_disk_not_a_damaged_database(tmp_path):
    with small_disk(tmp_path) as disk:
        home = Home.resolve(disk / "home")
        client = Client(home, kdf=FAST_KDF)
        client.create_first_user("amina", "kakuma-2026")
        client.close()
        fill(disk)
        with pytest.raises(StoreFull) as refused:
            Client(home, kdf=FAST_KDF)
        assert "full" in str(refused.value) and "do not restore" in str(refused.value)
        (disk / "filler").unlink()
        assert Client(home, kdf=FAST_KDF).login("amina", "kakuma-2026")  # all still there


def test_a_photo_on_a_full_disk_is_refused_and_leaves_nothing_half_written(tmp_path):
    with small_disk(tmp_path, size="4m") as disk:
        home = Home.resolve(disk / "home")
        client = Client(home, clock=lambda: FIXED_NOW, kdf=FAST_KDF)
        user = client.create_first_user("amina", "kakuma-2026")
        fill(disk)
        with pytest.raises(StoreFull):
            user.add_attachment("u1", os.urandom(300_000), extension="jpg")
        assert not list(home.attachments.rglob("*.partial"))
        (disk / "filler").unlink()
        client.close()


def test_a_database_gone_while_its_backups_are_there_is_not_made_anew(client, admin):
    draft = admin.new_submission("population")
    answer(draft, "/data/zone", "Z7")
    client.store.backup_if_due(FIXED_NOW)
    home = client.home
    client.close()
    for suffix in ("", "-wal", "-shm"):
        path = f"{home.database}{suffix}"
        if os.path.exists(path):
            os.unlink(path)
    with pytest.raises(StoreMissing) as refused:
        Client(home, kdf=FAST_KDF)
    assert "backup restore" in str(refused.value)
    assert not home.database.exists()  # nothing was created in its place
    home.database.write_bytes(b"")  # an empty file is the same case
    with pytest.raises(StoreMissing):
        Client(home, kdf=FAST_KDF)
    listed = daftari("--home", home.root, "backup", "list")
    assert listed.returncode == 0 and "daftari-" in listed.stdout
    restored = daftari("--home", home.root, "backup", "restore")
    assert restored.returncode == 0 and "kept as" in restored.stdout  # the empty one is aside
    again = Client(home, kdf=FAST_KDF).login("amina", "kakuma-2026")
    assert again.submission_data(draft.uuid)["zone"] == "Z7"


def flip_a_byte(database, column, uuid):
    conn = sqlite3.connect(database)
    (blob,) = conn.execute(f"SELECT {column} FROM submissions WHERE uuid = ?", (uuid,)).fetchone()
    damaged = bytearray(blob)
    damaged[len(damaged) // 2] ^= 0x01
    conn.execute(f"UPDATE submissions SET {column} = ? WHERE uuid = ?", (bytes(damaged), uuid))
    conn.commit()
    conn.close()


def test_one_damaged_record_is_named_and_every_other_is_listed_and_exported(
    client, admin, tmp_path
):
    uuids = []
    for zone in ("Z1", "Z2", "Z3"):
        draft = admin.new_submission("population")
        answer(draft, "/data/zone", zone)
        uuids.append(draft.uuid)
    flip_a_byte(client.home.database, "title", uuids[1])
    flip_a_byte(client.home.database, "data", uuids[2])
    again = Client(client.home, kdf=FAST_KDF).login("amina", "kakuma-2026")
    titles = {u: s.title for u, s in again.summaries(uuids).items()}
    assert titles[uuids[1]].startswith("⚠ damaged record") and "Z1" not in titles[uuids[1]]
    with pytest.raises(DamagedRecord) as named:
        again.submission_data(uuids[2])
    assert uuids[2] in str(named.value)
    damaged: list[str] = []
    out = tmp_path / "all.jsonl"
    assert export_jsonl(again, out, damaged) == 2
    assert len(damaged) == 1 and uuids[2] in damaged[0]
    assert {json.loads(line)["uuid"] for line in out.read_text().splitlines()} == set(uuids[:2])
    assert out.stat().st_mode & 0o077 == 0  # decrypted answers: this account's only


def test_a_damaged_profile_is_not_called_a_wrong_password(client, admin):
    conn = sqlite3.connect(client.home.database)
    (blob,) = conn.execute("SELECT wrapped_key FROM users WHERE name = 'amina'").fetchone()
    damaged = bytearray(blob)
    damaged[-3] ^= 0x10
    conn.execute("UPDATE users SET wrapped_key = ? WHERE name = 'amina'", (bytes(damaged),))
    conn.commit()
    conn.close()
    again = Client(client.home, kdf=FAST_KDF)
    with pytest.raises(StoreDamaged) as refused:
        again.login("amina", "kakuma-2026")
    assert not isinstance(refused.value, WrongPassword) and "user reset" in str(refused.value)
