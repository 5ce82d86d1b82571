"""The local store: durable, checked at start, migrated forward, backed up, append-only audit."""

import sqlite3
from datetime import timedelta

import pytest

from desktop_app.client import Client
from desktop_app.errors import StoreDamaged, StoreFull
from desktop_app.store.database import KEEP_BACKUPS
from tests.conftest import FIXED_NOW
from tests.desktop_app.conftest import FAST_KDF, answer


def test_the_database_uses_wal_foreign_keys_and_records_its_migrations(client, home):
    conn = sqlite3.connect(home.database)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == [
        "m001_initial",
        "m002_covering_list_indexes",
        "m003_sync",
        "m004_disabled_users_and_form_titles",
        "m005_review_copies",
        "m006_keyings",
        "m007_batches_and_double_entry",
        "m008_carried_bundles",
        "m009_values_kept_as_written",
        "m010_review_copies_paper",
        "m011_entities",
        "m012_assignments_and_entity_history",
        "m013_paradata",
        "m014_review_copies_flags",
    ]


def test_an_older_database_is_migrated_forward_with_its_data(home):
    from sqlite_utils import Database

    from desktop_app.store.schema import migrations

    home.create()
    old = Database(home.database)
    migrations.apply(old, stop_before="m002_covering_list_indexes")  # as version 1 left it
    old.execute("INSERT INTO settings (key, value) VALUES ('zoom', '1.3')")
    old.conn.commit()
    old.close()
    client = Client(home, kdf=FAST_KDF)
    assert client.store.setting("zoom") == 1.3
    conn = sqlite3.connect(home.database)
    index = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'submissions_by_status'")
    assert "uuid" in index.fetchone()[0]
    client.close()


def test_reopening_keeps_everything_and_applies_no_migration_twice(client, admin, home):
    draft = admin.new_submission("population")
    client.close()
    again = Client(home, kdf=FAST_KDF)
    assert [f.form_id for f in again.forms()] == ["service_access", "household", "population"]
    assert again.login("amina", "kakuma-2026").submission_data(draft.uuid)
    again.close()


def test_a_corrupt_database_is_refused_with_its_path_and_left_untouched(home):
    home.create()
    home.database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = home.database.read_bytes()
    with pytest.raises(StoreDamaged) as err:
        Client(home, kdf=FAST_KDF)
    assert str(home.database) in str(err.value) and "backups" in str(err.value)
    assert home.database.read_bytes() == before


def test_a_full_disk_reports_it_and_keeps_the_last_saved_answer(client, admin):
    draft = admin.new_submission("household")
    answer(draft, "/data/zone", "Zone 4")
    conn = client.store._connections.get()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    last_saved = "Zone 4"
    with pytest.raises(StoreFull) as err:
        for i in range(100):  # ever bigger answers fill the last pages
            text = f"{i}:" + "Z" * 3000 * i
            answer(draft, "/data/zone", text)
            last_saved = text
    assert "full" in str(err.value) and "intact" in str(err.value)
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert admin.submission_data(draft.uuid)["zone"] == last_saved


def test_rolling_backups_are_made_twice_a_day_and_only_the_newest_kept(client, home):
    made = []
    for hours in range(0, 13 * 6, 13):
        found = client.store.backup_if_due(FIXED_NOW + timedelta(hours=hours))
        made.append(found)
        if found:  # the file's time decides when the next one is due
            import os

            stamp = (FIXED_NOW + timedelta(hours=hours)).timestamp()
            os.utime(found, (stamp, stamp))
    assert all(made)
    assert client.store.backup_if_due(FIXED_NOW + timedelta(hours=13 * 5, minutes=1)) is None
    kept = sorted(home.backups.glob("daftari-*.db"))
    assert len(kept) == KEEP_BACKUPS
    copy = sqlite3.connect(kept[-1])
    assert copy.execute("SELECT count(*) FROM forms").fetchone()[0] == 3


def test_the_audit_log_cannot_be_changed_or_deleted(client, admin, home):
    admin.new_submission("household")
    conn = sqlite3.connect(home.database)
    actions = [r[0] for r in conn.execute("SELECT action FROM audit ORDER BY id")]
    assert actions[-2:] == ["user.add", "submission.create"]
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit SET user = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit")
