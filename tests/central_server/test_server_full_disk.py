"""Issue 24: the server's disk really fills up — its SQLite database, write-ahead log and
incoming files on a tmpfs of 2 MiB — while a device pushes. What does not fit is refused
with an answer that says so (507, "the server's disk is full"), nothing unacknowledged is
answered 200, and everything acknowledged is there after space is freed and the server
restarted, in a database that passes its integrity check."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from central_server import accounts, published_forms
from central_server.db import make_engine
from central_server.schema import upgrade
from form_engine.submission import json_to_xml
from tests.central_server.test_api import POPULATION, envelopes, item
from tests.central_server.test_durable_ack import (  # noqa: F401 - the fixture
    PASSWORD,
    server_process,
)
from tests.conftest import REPO


@contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A real file system of ``size`` (tmpfs) at ``folder``, so that the disk really fills."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk (tmpfs) needs root; these tests run as another user")
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip(f"this machine does not let the tests mount a small disk: {done.stderr!r}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def grow(disk: Path, size: str) -> None:
    """Space freed: the same file system, larger (files untouched)."""
    subprocess.run(["mount", "-o", f"remount,size={size}", str(disk)], check=True)


def stored_uuids(database: Path) -> set[str]:
    engine = make_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            return {r[0] for r in conn.exec_driver_sql("SELECT uuid FROM revisions")}
    finally:
        engine.dispose()


def submissions(n: int, seed: int) -> list[dict]:
    """Each with a long note (8 KB): a few pushes fill the disk."""
    return [
        {**e, "data": {**e["data"], "comments": f"{e['uuid']} " + "notes " * 1365}}
        for e in envelopes(n, seed=seed)
    ]


def test_a_full_disk_refuses_what_does_not_fit_clearly_and_loses_nothing_acknowledged(
    tmp_path,
    server_process,  # noqa: F811 - killed with its checker when the test ends, failed or not
):
    with small_disk(tmp_path / "disk", "2m") as disk:
        home = disk / "server"
        home.mkdir()
        database = home / "server.db"
        engine = make_engine(f"sqlite:///{database}")
        upgrade(engine)
        with engine.begin() as conn:
            accounts.add_site(conn, "Koboko")
            accounts.add_user(
                conn, "amina", role="enumerator", site="Koboko", password=PASSWORD, memory_kib=1024
            )
            published_forms.publish(conn, REPO / "forms/population.xlsx")
        engine.dispose()
        server = server_process(home)
        server.start()
        r = requests.post(
            f"{server.url}/api/v1/auth/login",
            json={"username": "amina", "password": PASSWORD, "device_label": "tablet"},
            timeout=30,
        )
        token = r.json()["token"]
        headers = {"authorization": f"Bearer {token}"}

        acknowledged: set[str] = set()
        refused: list[dict] = []
        answers: list[requests.Response] = []

        def push(sent: list[dict]) -> requests.Response:
            answer = requests.post(
                f"{server.url}/api/v1/sync/push",
                json={"items": [item(e) for e in sent]},
                headers=headers,
                timeout=60,
            )
            answers.append(answer)
            if answer.status_code == 200:
                results = answer.json()["results"]
                assert {x["status"] for x in results} == {"stored"}
                acknowledged.update(x["uuid"] for x in results)
            else:
                refused.extend(sent)
            return answer

        # pushes of 20 until one does not fit, then of one until not even one does
        for batch in range(20):  # 2 MiB hold about ten
            if push(submissions(20, seed=2400 + batch)).status_code != 200:
                break
        for one in envelopes(100, seed=2450):
            if push([one]).status_code != 200:
                break
        assert acknowledged, "not one push fitted on the disk: the test's disk is too small"
        assert {a.status_code for a in answers} == {200, 507}
        full = answers[-1]
        assert full.status_code == 507, "the disk never filled up"
        assert full.json()["code"] == "disk_full"
        assert "disk is full" in full.json()["detail"]
        assert "nothing of this request was stored" in full.json()["detail"]
        # a phone sending through OpenRosa is told the same, as Collect shows an answer
        [phone] = submissions(1, seed=2499)
        collect = requests.post(
            f"{server.url}/submission",
            files={
                "xml_submission_file": (
                    "submission.xml",
                    json_to_xml(POPULATION, phone["data"]).encode(),
                    "text/xml",
                )
            },
            headers=headers,
            timeout=30,
        )
        assert collect.status_code == 507, collect.text
        assert collect.text.startswith("<OpenRosaResponse") and "disk is full" in collect.text
        refused.append(phone)

        server.kill()  # the administrator stops it, frees space, starts it again
        grow(disk, "16m")
        assert stored_uuids(database) == acknowledged  # all of it, and nothing else
        server.start()
        again = requests.post(
            f"{server.url}/api/v1/sync/push",
            json={"items": [item(e) for e in refused]},
            headers=headers,
            timeout=60,
        )
        assert again.status_code == 200
        assert {x["status"] for x in again.json()["results"]} == {"stored"}
        server.kill()
        assert stored_uuids(database) == acknowledged | {e["uuid"] for e in refused}
