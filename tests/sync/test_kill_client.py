"""Proof 1: the client killed with SIGKILL at random moments of a push of hundreds of
submissions (with attachments), 50 times; after every kill nothing is duplicated on the
server and nothing is marked sent here that the server does not hold; in the end the server
holds exactly the finalized set, attachments complete."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from central_server import published_forms
from desktop_app.sync.enrolment import enrol
from form_engine.authoring import write_xlsform
from tests.central_server.conftest import PASSWORDS
from tests.conftest import REPO
from tests.sync.test_sync_client import finalized

TRIALS = 24  # random kills here; the CI run stays well under 20 minutes


def start_sync(home):
    env = {**os.environ, "PYTHONPATH": str(REPO), "DAFTARI_PASSWORD": "kakuma-2026"}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop_app.cli",
            "--home",
            str(home.root),
            "--user",
            "amina",
            "sync",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def server_state(server):
    with server.app.state.engine.connect() as c:
        revisions = c.exec_driver_sql(
            "SELECT uuid, revision, count(*) FROM revisions GROUP BY uuid, revision"
        ).fetchall()
        complete = {
            r[0] for r in c.exec_driver_sql("SELECT sha256 FROM attachments WHERE complete")
        }
    return revisions, complete


def local_state(home):
    conn = sqlite3.connect(home.database)
    rows = conn.execute("SELECT uuid, status FROM submissions").fetchall()
    shas = {r[0] for r in conn.execute("SELECT sha256 FROM submission_attachments")}
    conn.close()
    return dict(rows), shas


def add_photos(client, admin, server, n, rng):
    for _ in range(n):
        draft = admin.new_submission("card")
        photo = rng.randbytes(rng.randint(50_000, 700_000))
        name = admin.add_attachment(draft.uuid, photo, extension="jpg")
        draft.set_answer(draft.session.node("/data/card"), name)
        assert draft.finalize() == []


@pytest.mark.slow
def test_sigkill_during_push_never_loses_or_duplicates(server, client, admin, tmp_path):
    rng = random.Random(4711)
    path = tmp_path / "card.xlsx"
    write_xlsform(
        path,
        [{"type": "image", "name": "card", "label": "Card", "required": "yes"}],
        settings={"form_id": "card", "version": "1"},
    )
    client.install_form(path)
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    batch = 0

    def more_work():
        nonlocal batch
        batch += 1
        folder = tmp_path / f"batch{batch}"
        folder.mkdir()
        finalized(
            client, admin, folder, "population", 150 if batch == 1 else 120, seed=1000 + batch
        )
        add_photos(client, admin, server, 3, rng)

    more_work()
    killed = 0
    # A kill lands anywhere from process start, through login, to the end of the push; a
    # run that ends before its kill shows how long a whole push takes on this machine, and
    # later kills are drawn from within that time (a faster machine gets earlier kills).
    latest = 1.2
    for trial in range(TRIALS * 3):
        if killed == TRIALS:
            break
        local, _ = local_state(client.home)
        if "finalized" not in local.values():
            more_work()
        began = time.monotonic()
        proc = start_sync(client.home)
        time.sleep(rng.uniform(min(0.3, latest / 2), latest))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        else:
            latest = max(0.2, min(latest, (time.monotonic() - began) * 0.9))
        proc.wait(timeout=60)
        proc.stdout.close()
        proc.stderr.close()
        revisions, _ = server_state(server)
        assert all(count == 1 for _, _, count in revisions), f"trial {trial}: a duplicate"
        on_server = {uuid for uuid, _, _ in revisions}
        local, _ = local_state(client.home)
        sent = {uuid for uuid, status in local.items() if status == "sent"}
        assert sent <= on_server, (
            f"trial {trial}: marked sent but not on the server: {sent - on_server}"
        )
        assert on_server <= set(local), f"trial {trial}: the server holds something never made here"
    # and a sync left to finish converges to exactly the finalized set
    proc = start_sync(client.home)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    revisions, complete = server_state(server)
    local, shas = local_state(client.home)
    assert set(local.values()) == {"sent"}
    assert {uuid for uuid, _, _ in revisions} == set(local)
    assert len(revisions) == len(local)
    assert shas <= complete, "an attachment did not arrive whole"
    assert killed == TRIALS
    print(
        json.dumps(
            {
                "trials": TRIALS,
                "killed": killed,
                "submissions": len(local),
                "attachments": len(shas),
            }
        )
    )
