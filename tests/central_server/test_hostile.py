"""The server under hostile requests: memory stays bounded before anyone has logged in, and a
request that could not be a real one is refused before it is parsed."""

import gzip
import json
import tracemalloc

import requests

from central_server.intake.gate import MAX_DEPTH, json_problem


def bomb(inflated: int) -> bytes:
    """A small gzip body that inflates to ``inflated`` bytes of JSON: {"items":[],"junk":[0,…]}"""
    zeros = b"0," * (inflated // 2)
    return gzip.compress(b'{"items":[],"junk":[' + zeros + b"0]}", compresslevel=9)


def peak_while(send) -> tuple[int, requests.Response]:
    """The peak of Python memory allocated in this process (the server runs in a thread of it)
    while one request is answered."""
    tracemalloc.start()
    try:
        answer = send()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, answer


def test_a_gzip_bomb_without_a_login_costs_the_server_almost_nothing(server):
    body = bomb(64 * 1024 * 1024)
    assert len(body) < 100_000
    headers = {"content-encoding": "gzip", "content-type": "application/json"}
    for path in ("/api/v1/sync/push", "/api/v1/auth/login", "/submission"):
        peak, answer = peak_while(
            lambda path=path: requests.post(f"{server.url}{path}", data=body, headers=headers)
        )
        assert answer.status_code in (401, 413), (path, answer.status_code)
        if path == "/submission":  # what Collect reads
            assert answer.headers["X-OpenRosa-Version"] == "1.0"
            assert answer.text.startswith("<OpenRosaResponse")
        else:
            assert answer.json()["daftari"] == "daftari-sync/1"
        assert peak < 4 * 1024 * 1024, f"{path}: {peak // 1024} KiB before any login"


def test_a_forged_token_is_refused_before_the_body_is_read(server):
    body = bomb(64 * 1024 * 1024)
    peak, answer = peak_while(
        lambda: requests.post(
            f"{server.url}/api/v1/sync/push",
            data=body,
            headers={
                "authorization": "Bearer forged",
                "content-encoding": "gzip",
                "content-type": "application/json",
            },
        )
    )
    assert answer.status_code == 401 and peak < 4 * 1024 * 1024


def test_json_that_no_real_request_holds_is_refused_before_parsing(server, login):
    auth = {"authorization": f"Bearer {login('amina')}", "content-type": "application/json"}
    url = f"{server.url}/api/v1/sync/push"
    deep = b'{"items":[],"x":' + b"[" * 5000 + b"]" * 5000 + b"}"
    huge_number = b'{"items":[],"x":' + b"9" * 20_000 + b"}"
    many = b'{"items":[],"x":[' + b"[]," * 1_100_000 + b"[]]}"
    for body, words in ((deep, "nested"), (huge_number, "digits"), (many, "values")):
        answer = requests.post(url, data=body, headers=auth)
        assert answer.status_code == 400 and words in answer.json()["detail"], answer.text
    # an unknown field is refused too, with where it is
    answer = requests.post(url, data=json.dumps({"items": [], "junk": 1}), headers=auth)
    assert answer.status_code == 422 and "junk" in answer.json()["detail"]
    assert requests.get(f"{server.url}/api/v1/ping").status_code == 200


def test_the_json_check_passes_what_a_real_batch_holds():
    submission = json.dumps({"name": "Amina, Baraka", "n": [1, 2, 3], "text": "[[[[{{{"})
    batch = {"items": [{"json_text": submission, "attachments": []} for _ in range(500)]}
    assert json_problem(json.dumps(batch).encode()) == ""
    assert "nested" in json_problem(b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1))


def batch_of(n, seed):
    from tests.central_server.test_api import envelopes, item

    return [item(e) for e in envelopes(n, seed=seed)]


def test_one_malformed_item_is_rejected_and_its_neighbours_are_stored(server, login):
    token = login("amina")
    good = batch_of(2, seed=31)
    bad_items = []
    for change in (
        {"revision": 2**70},
        {"revision": 2**31},
        {"revision": "__5000_DIGITS__"},
        {"uuid": "bad\x00uuid"},
        {"form_version": "2026\x00"},
        {"created_at": "2026\x00-01"},
        {"json_text": "[" * 100_000 + "]" * 100_000},
        {"json_text": '{"zone": ' + "7" * 5000 + "}"},
        {"unknown_field": 1},
    ):
        bad_items.append({**batch_of(1, seed=40 + len(bad_items))[0], **change})
    body = json.dumps({"items": [good[0], *bad_items, good[1]]})
    body = body.replace('"__5000_DIGITS__"', "9" * 5000)  # a number Python cannot even write

    def send() -> list[dict]:
        return requests.post(
            f"{server.url}/api/v1/sync/push",
            data=body,
            headers={"authorization": f"Bearer {token}", "content-type": "application/json"},
        ).json()["results"]

    results = send()
    assert [r["status"] for r in results] == ["stored"] + ["rejected"] * len(bad_items) + ["stored"]
    assert all(r["reasons"] for r in results[1:-1])
    # the neighbours are stored, and a retry of the same batch is answered the same way
    again = send()
    assert [r["status"] for r in again] == ["duplicate"] + ["rejected"] * len(bad_items) + [
        "duplicate"
    ]


def test_the_same_batch_twice_at_once_is_stored_once_and_no_answer_is_logged(server, login, caplog):
    import logging
    from concurrent.futures import ThreadPoolExecutor

    from tests.central_server.test_api import push

    token = login("amina")
    items = batch_of(20, seed=51)
    names = [json.loads(i["json_text"]).get("area/team_leader") for i in items]
    with caplog.at_level(logging.DEBUG), ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda _: push(server, token, items), range(6)))
    assert [a.status_code for a in answers] == [200] * 6
    for i in range(len(items)):
        statuses = sorted(a.json()["results"][i]["status"] for a in answers)
        assert statuses == ["duplicate"] * 5 + ["stored"], statuses
    logged = caplog.text
    assert not [n for n in names if n and n in logged], "an answer reached the log"
    with server.app.state.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT count(*) FROM revisions").scalar_one()
    assert rows == len(items)


def test_a_submission_another_worker_stored_meanwhile_is_answered_duplicate(
    server, login, monkeypatch
):
    """Each worker process has a writer of its own: two storing the same submission at the
    same moment both find it new, and the second one's insert fails. Its writer, which
    stores without savepoints, then stores the batch again with them: the submission is
    found, answered duplicate, and stored once; what comes next is stored as usual."""
    from central_server.intake import ingest
    from tests.central_server.test_api import envelopes, item, push

    token = login("amina")
    first, second = envelopes(2, seed=93)
    assert push(server, token, [item(first)]).json()["results"][0]["status"] == "stored"
    real, reads = ingest.existing, []

    def read_before_the_other_committed(rows, uuids):
        reads.append(uuids)
        return real([] if len(reads) == 1 else rows, uuids)

    monkeypatch.setattr(ingest, "existing", read_before_the_other_committed)
    [again] = push(server, token, [item(first)]).json()["results"]
    assert again["status"] == "duplicate" and len(reads) == 2
    monkeypatch.undo()
    assert push(server, token, [item(second)]).json()["results"][0]["status"] == "stored"
    with server.app.state.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM revisions").scalar_one() == 2


def test_on_postgresql_the_two_round_trip_store_writes_what_the_usual_one_writes(
    server, server_settings, login
):
    """central_server.intake.pg_store writes its own SQL: row for row, column for column, it stores
    what ingest.store stores (a column added to the tables and forgotten there fails here),
    and answers the same."""
    import hashlib

    import pytest

    from central_server import accounts
    from central_server.intake import ingest, pg_store
    from sync_protocol import PushItem
    from tests.central_server.test_api import envelopes, item

    if not server_settings.database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    engine = server.app.state.engine
    with engine.connect() as conn:
        who, _ = accounts.find_principal(conn, login("amina"))
    photo = hashlib.sha256(b"photo").hexdigest()
    ways = {
        "plain": ({}, []),
        "with a photo": ({"attachments": [photo], "attachment_names": {"1.jpg": photo}}, []),
        "unreadable": ({}, ["not JSON that can be read: \u00e9"]),
    }

    def batch(seed):
        subs = envelopes(len(ways), seed=seed)
        return [
            ingest.Sent(who, PushItem.model_validate({**item(e), **extra}), unreadable)
            for e, (extra, unreadable) in zip(subs, ways.values(), strict=True)
        ]

    with engine.begin() as conn:
        usual = ingest.store(conn, batch(97), False)
    [(_, pipelined, error)] = pg_store.store(engine, [(batch(98), None)])
    assert error is None and pipelined is not None

    def answers(results):
        return [r.model_dump(exclude={"uuid"}) for r in results]

    assert answers(usual) == answers(pipelined)
    assert [r.status for r in usual] == ["stored", "stored", "rejected"]
    assert usual[1].missing_attachments == [photo]
    varying = {"seq", "uuid", "json_text", "sha256", "received_at", "created_at", "updated_at"}
    with engine.connect() as conn:
        for table in ("revisions", "submissions"):
            columns = [
                name
                for (name,) in conn.exec_driver_sql(
                    "SELECT column_name FROM information_schema.columns "
                    f"WHERE table_name = '{table}' ORDER BY ordinal_position"
                )
                if name not in varying
            ]
            # as text: a JSON null and an SQL NULL differ
            rows = conn.exec_driver_sql(
                f"SELECT {', '.join(f't.{c}::text' for c in columns)} FROM {table} t "
                "JOIN revisions r ON r.uuid = t.uuid ORDER BY r.seq"
            ).all()
            kept = len(ways) - 1  # an unreadable item is answered, and nothing of it kept
            assert len(rows) == 2 * kept
            assert rows[:kept] == rows[kept:], table


def test_a_sender_cannot_add_to_a_submission_made_by_someone_else(server, login):
    from tests.central_server.test_api import push

    mine = batch_of(1, seed=61)[0]
    assert push(server, login("amina"), [mine]).json()["results"][0]["status"] == "stored"
    from tests.central_server.test_api import envelopes, item

    e = envelopes(1, seed=61)[0]
    data = {**e["data"], "zone": "Z9"}
    second = item(e, revision=2, parent=1, data=data)
    # another site: refused, in words that do not say the id exists there
    other = push(server, login("baraka"), [second]).json()["results"][0]
    assert other["status"] == "rejected" and "another site" not in other["reasons"][0]
    # the same site, a supervisor may correct it; the enumerator's own new revision is stored
    assert push(server, login("amina"), [second]).json()["results"][0]["status"] == "stored"


def put(server, token, sha, offset, size, data):
    return requests.put(
        f"{server.url}/api/v1/attachments/{sha}",
        params={"offset": offset, "size": size},
        data=data,
        headers={"authorization": f"Bearer {token}"},
    )


def test_a_bad_upload_never_blocks_its_device_or_anyone_else(server, login):
    import hashlib

    photo = bytes(range(256)) * 2000
    sha = hashlib.sha256(photo).hexdigest()
    attacker, owner = login("baraka"), login("amina")  # the attacker only knows the hash
    assert put(server, attacker, sha, 0, len(photo), b"x" * 100).json()["received"] == 100
    # the owner's upload is its own: it starts at 0, whatever the attacker sent
    assert put(server, owner, sha, 0, len(photo), photo[:1000]).json()["received"] == 1000
    garbage = put(server, attacker, sha, 100, len(photo), b"y" * (len(photo) - 100))
    assert garbage.status_code == 422 and garbage.json()["code"] == "hash_mismatch"
    # the drop is kept: the attacker's device can start again, instead of 409/422 forever
    again = put(server, attacker, sha, 0, len(photo), b"z" * 10)
    assert again.status_code == 200 and again.json()["received"] == 10
    done = put(server, owner, sha, 1000, len(photo), photo[1000:])
    assert done.json()["complete"] is True


def test_knowing_a_hash_does_not_tell_whether_another_site_holds_the_file(server, login):
    import hashlib

    photo = b"a photo taken in Koboko" * 100
    sha = hashlib.sha256(photo).hexdigest()
    assert put(server, login("amina"), sha, 0, len(photo), photo).json()["complete"] is True
    headers = {"authorization": f"Bearer {login('baraka')}"}  # Kakuma
    seen = requests.get(f"{server.url}/api/v1/attachments/{sha}", headers=headers).json()
    assert seen["complete"] is False and seen["received"] == 0
    # having the bytes is what counts: Kakuma uploads them, then holds the file too
    assert put(server, login("baraka"), sha, 0, len(photo), photo).json()["complete"] is True


def test_photos_sent_the_openrosa_way_are_linked_to_their_submission(server, login, tmp_path):
    import hashlib

    from form_engine import load_xlsform
    from form_engine.authoring import write_xlsform
    from form_engine.submission import json_to_xml

    with server.app.state.engine.begin() as conn:
        from central_server import published_forms

        path = tmp_path / "openrosa-photo.xlsx"
        write_xlsform(
            path,
            [
                {"type": "text", "name": "who", "label": "Who"},
                {"type": "image", "name": "card", "label": "Ration card"},
            ],
            settings={"form_id": "card", "version": "1"},
        )
        published_forms.publish(conn, path)
    form = load_xlsform(path)
    photo = b"\xff\xd8\xff a jpeg of a ration card"
    uuid = "5c3f4f5e-1b8e-4a53-9c53-3f4a4e3b2a11"
    xml = json_to_xml(form, {"who": "A", "card": "1716.jpg", "meta/instanceID": f"uuid:{uuid}"})
    answer = requests.post(
        f"{server.url}/submission",
        headers={"authorization": f"Bearer {login('amina')}"},
        files={
            "xml_submission_file": ("submission.xml", xml.encode(), "text/xml"),
            "1716.jpg": ("1716.jpg", photo, "image/jpeg"),
        },
    )
    assert answer.status_code == 201, answer.text
    read = requests.get(
        f"{server.url}/api/v1/submissions/{uuid}",
        headers={"authorization": f"Bearer {login('clerk_k')}"},
    ).json()
    assert read["attachments"] == {"1716.jpg": hashlib.sha256(photo).hexdigest()}


def test_a_database_of_the_first_schema_is_upgraded_with_its_files_kept(tmp_path):
    from alembic import command

    from central_server import schema
    from central_server.db import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = schema.alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    whole, partial = "a" * 64, "b" * 64
    with engine.begin() as conn:
        sql = conn.exec_driver_sql
        sql("INSERT INTO sites (id, name, created_at) VALUES (1, 'Koboko', 'x')")
        sql(
            "INSERT INTO users (id, name, role, site_id, password_hash, created_at) "
            "VALUES (1, 'amina', 'enumerator', 1, 'x', 'x')"
        )
        sql(
            "INSERT INTO devices (id, user_id, token_hash, label, device_id, created_at) "
            "VALUES (1, 1, 't', '', '', 'x')"
        )
        for sha, complete in ((whole, 1), (partial, 0)):
            sql(
                "INSERT INTO attachments (sha256, size, complete, created_at) VALUES (?, 3, ?, 'x')",
                (sha, complete),
            )
            sql(
                "INSERT INTO attachment_chunks (sha256, \"offset\", data) VALUES (?, 0, x'010203')",
                (sha,),
            )
        sql(
            "INSERT INTO submissions (uuid, site_id, form_id, enumerator, device, revision, status, "
            "created_at, updated_at) VALUES ('u1', 1, 'f', 'amina', 1, 1, 'received', 'x', 'x')"
        )
        sql(
            "INSERT INTO revisions (uuid, revision, form_version, json_text, sha256, status, "
            "reasons, attachments, device, received_at) VALUES ('u1', 1, '1', '{}', ?, 'stored', "
            "'[]', ?, 1, 'x')",
            ("c" * 64, json.dumps([whole, partial])),
        )
    schema.upgrade(engine)
    with engine.connect() as conn:
        sites = conn.exec_driver_sql("SELECT sha256, site_id FROM attachment_sites").fetchall()
        files = conn.exec_driver_sql("SELECT sha256 FROM attachments").fetchall()
    assert sites == [(whole, 1)] and files == [(whole,)]
    engine.dispose()


def test_concurrent_wrong_passwords_are_all_counted_before_any_is_checked(server, server_settings):
    from concurrent.futures import ThreadPoolExecutor

    url = f"{server.url}/api/v1/auth/login"

    def guess(i: int) -> int:
        return requests.post(url, json={"username": "baraka", "password": f"guess-{i}"}).status_code

    with ThreadPoolExecutor(16) as pool:
        codes = list(pool.map(guess, range(40)))
    assert codes.count(401) == server_settings.login_attempts, codes  # checked: no more
    assert codes.count(429) == 40 - server_settings.login_attempts


def test_a_forwarded_address_is_believed_only_from_a_configured_proxy(server, server_settings):
    url = f"{server.url}/api/v1/auth/login"
    codes = [
        requests.post(
            url,
            json={"username": "baraka", "password": "guess-guess"},
            headers={"x-forwarded-for": f"10.0.0.{i}"},  # made up, from loopback
        ).status_code
        for i in range(30)
    ]
    assert codes.count(401) == server_settings.login_attempts and codes[-1] == 429


def test_guesses_from_elsewhere_do_not_lock_the_real_user_out(server_settings, tmp_path):
    from dataclasses import replace

    from tests.central_server.conftest import PASSWORDS, LiveServer, seed

    live = LiveServer(replace(server_settings, trusted_proxies=("127.0.0.1",)))
    try:
        seed(live.app.state.engine)
        url = f"{live.url}/api/v1/auth/login"

        def attempt(password: str, address: str) -> int:
            return requests.post(
                url,
                json={"username": "baraka", "password": password},
                headers={"x-forwarded-for": f"{address}, 127.0.0.1"},  # through the proxy
            ).status_code

        codes = [attempt("guess-guess", "203.0.113.9") for _ in range(12)]
        assert codes[-1] == 429  # the guesser's address is stopped ...
        assert attempt(PASSWORDS["baraka"], "198.51.100.4") == 200  # ... not the real user
    finally:
        live.stop()


def test_numbers_out_of_range_are_4xx_not_500(server, login):
    headers = {"authorization": f"Bearer {login('amina')}"}
    for method, path in (
        ("get", "/api/v1/sync/pull?cursor=99999999999999999999999"),
        ("delete", "/api/v1/auth/devices/99999999999999999999"),
        ("put", f"/api/v1/attachments/{'a' * 64}?offset=0&size=99999999999999999999"),
    ):
        answer = getattr(requests, method)(f"{server.url}{path}", headers=headers, data=b"x")
        assert 400 <= answer.status_code < 500, (path, answer.status_code)


def test_a_long_openrosa_instance_id_is_refused_clearly(server, login):
    from form_engine.submission import json_to_xml
    from tests.central_server.test_api import POPULATION, envelopes

    [e] = envelopes(1, seed=71)
    xml = json_to_xml(POPULATION, {**e["data"], "meta/instanceID": "uuid:" + "x" * 100})
    answer = requests.post(
        f"{server.url}/submission",
        headers={"authorization": f"Bearer {login('amina')}"},
        files={"xml_submission_file": ("s.xml", xml.encode(), "text/xml")},
    )
    assert answer.status_code == 400 and "64" in answer.text


def test_a_disabled_account_cannot_log_in_and_its_devices_stop(server, login):
    from central_server import accounts

    headers = {"authorization": f"Bearer {login('amina')}"}
    assert requests.get(f"{server.url}/api/v1/sync/pull", headers=headers).status_code == 200
    with server.app.state.engine.begin() as conn:
        accounts.set_disabled(conn, "amina", True)
    assert requests.get(f"{server.url}/api/v1/sync/pull", headers=headers).status_code == 401
    from tests.central_server.conftest import PASSWORDS

    again = requests.post(
        f"{server.url}/api/v1/auth/login",
        json={"username": "amina", "password": PASSWORDS["amina"]},
    )
    assert again.status_code == 401 and "disabled" in again.json()["detail"]
    with server.app.state.engine.begin() as conn:
        accounts.set_disabled(conn, "amina", False)
        accounts.set_password(conn, "amina", "a-new-password-1", memory_kib=1024)
    assert requests.get(f"{server.url}/api/v1/sync/pull", headers=headers).status_code == 401
    fresh = requests.post(
        f"{server.url}/api/v1/auth/login",
        json={"username": "amina", "password": "a-new-password-1"},
    )
    assert fresh.status_code == 200


def test_a_sender_that_stops_in_the_middle_is_cut_off(server_settings):
    import socket
    from dataclasses import replace

    from tests.central_server.conftest import PASSWORDS, LiveServer, seed

    live = LiveServer(replace(server_settings, body_idle_seconds=1.0))
    try:
        seed(live.app.state.engine)
        token = requests.post(
            f"{live.url}/api/v1/auth/login",
            json={"username": "amina", "password": PASSWORDS["amina"]},
        ).json()["token"]
        sock = socket.create_connection(("127.0.0.1", live.port), timeout=10)
        sock.sendall(
            b"POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"Authorization: Bearer {token}\r\nContent-Length: 100000\r\n\r\n".encode()
            + b'{"items": ['
        )
        answer = sock.recv(4096)
        sock.close()
        assert b" 408 " in answer.split(b"\r\n")[0]
    finally:
        live.stop()


def test_a_stalled_body_without_a_login_is_answered_and_cut_off(server_settings):
    """A refused request whose sender stops half way (no token; or a body declared too large)
    is answered when the idle time is up and its connection closed — never held open."""
    import socket
    from dataclasses import replace

    from tests.central_server.conftest import LiveServer

    live = LiveServer(replace(server_settings, body_idle_seconds=1.0))
    try:
        answers = []
        for head in (
            b"POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{",
            b"POST /submission HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer forged\r\n"
            b"Content-Length: 1000\r\n\r\n--",
        ):
            sock = socket.create_connection(("127.0.0.1", live.port), timeout=10)
            sock.sendall(head)
            answer = sock.recv(4096)
            closed = sock.recv(4096) == b""
            sock.close()
            answers.append((answer.split(b"\r\n")[0], closed))
        assert all(b" 401 " in first and closed for first, closed in answers), answers
    finally:
        live.stop()


def test_the_server_keeps_its_files_to_itself(server_settings):
    import stat

    from central_server.app import create_app

    app = create_app(server_settings)
    app.state.engine.dispose()
    folder = server_settings.data_dir
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    if server_settings.database_url.startswith("sqlite"):
        assert stat.S_IMODE((folder / "server.db").stat().st_mode) == 0o600


def test_an_openrosa_submission_the_server_fails_on_is_answered_clearly_and_logs_no_answer(
    server, login, caplog, monkeypatch
):
    """The request gate answers OpenRosa submissions itself: a failure there gets the same
    answers as anywhere else — a full disk 507, anything else 500, logged without what was
    sent."""
    import logging
    import sqlite3
    from concurrent.futures import Future

    from form_engine import load_xlsform
    from form_engine.fill import random_submissions
    from form_engine.submission import json_to_xml
    from tests.conftest import REPO

    form = load_xlsform(REPO / "forms/population.xlsx")
    [e] = random_submissions(form, 1, seed=77)
    leader = e["data"].get("area/team_leader") or "Amina Okello"
    e["data"]["area/team_leader"] = leader
    xml = json_to_xml(form, e["data"]).encode()
    token = login("amina")

    def failing(error):
        def store_later(sent):
            done = Future()
            done.set_exception(error)
            return done

        return store_later

    def send():
        return requests.post(
            f"{server.url}/submission",
            headers={"authorization": f"Bearer {token}"},
            files={"xml_submission_file": ("submission.xml", xml, "text/xml")},
        )

    writer = server.app.state.writer
    with caplog.at_level(logging.DEBUG):
        monkeypatch.setattr(
            writer, "store_later", failing(sqlite3.OperationalError("database or disk is full"))
        )
        full = send()
        monkeypatch.setattr(writer, "store_later", failing(RuntimeError(f"about {leader}")))
        broken = send()
    # answered as Collect reads an answer: an OpenRosaResponse saying what happened
    assert full.status_code == 507 and "disk is full" in full.text
    assert broken.status_code == 500 and "the server failed" in broken.text
    assert full.headers["X-OpenRosa-Version"] == broken.headers["X-OpenRosa-Version"] == "1.0"
    assert "RuntimeError" in caplog.text and leader not in caplog.text
    monkeypatch.undo()
    # sent again once the server can store it: stored, and a second time answered as received
    # already — one copy (a real full disk: tests/central_server/test_server_full_disk.py)
    assert [send().status_code, send().status_code] == [201, 202]
    with server.app.state.engine.connect() as conn:
        mark = "%s" if conn.dialect.name == "postgresql" else "?"
        copies = conn.exec_driver_sql(
            f"SELECT count(*) FROM revisions WHERE uuid = {mark}", (e["uuid"],)
        ).scalar_one()
    assert copies == 1


def test_openrosa_submissions_no_real_client_sends_are_refused_clearly(server, login):
    """Found by an outside attack: each of these was a 500, a silent choice, or a second
    record of the same submission."""
    from form_engine.submission import json_to_xml
    from tests.central_server.test_api import POPULATION, envelopes

    headers = {"authorization": f"Bearer {login('amina')}"}

    def send(*parts):
        return requests.post(f"{server.url}/submission", headers=headers, files=list(parts))

    def xml_part(xml):
        return ("xml_submission_file", ("s.xml", xml.encode(), "text/xml"))

    # Collect sizes what it sends by the length the server says it accepts
    head = requests.head(f"{server.url}/submission", headers=headers)
    assert head.headers["X-OpenRosa-Accept-Content-Length"] == str(100 * 1024 * 1024)
    [e, f, g] = envelopes(3, seed=81)
    huge = json_to_xml(POPULATION, {**e["data"], "zone": "q" * (5 * 1024 * 1024)})
    answer = send(xml_part(huge))
    assert answer.status_code == 400 and "json_text" in answer.text
    path = json_to_xml(POPULATION, {**e["data"], "meta/instanceID": "uuid:../../etc/passwd"})
    assert send(xml_part(path)).status_code == 400
    first, second = json_to_xml(POPULATION, f["data"]), json_to_xml(POPULATION, g["data"])
    both = send(xml_part(first), xml_part(second))
    assert both.status_code == 400 and "two xml_submission_file" in both.text
    nested = first.replace("</zone>", "<b><c>hidden</c></b></zone>", 1)
    assert nested != first
    answer = send(xml_part(nested))
    assert answer.status_code == 400 and "holds elements" in answer.text
    # the same UUID in capitals is the same submission (its bytes differ: a conflict, kept
    # beside it for a clerk), not a second record
    assert send(xml_part(first)).status_code == 201
    upper = first.replace(f["uuid"], f["uuid"].upper())
    assert send(xml_part(upper)).status_code == 409


def test_answers_that_are_not_answers_are_refused_in_a_push(server, login):
    from tests.central_server.test_api import envelopes, item

    [e, f] = envelopes(2, seed=83)
    nan = item(e, data={**e["data"], "zone": float("nan")})  # json.dumps writes NaN
    assert "NaN" in nan["json_text"]
    listed = item(f, data={**f["data"], "zone": ["private", "list"]})
    r = requests.post(
        f"{server.url}/api/v1/sync/exchange",
        json={"items": [nan, listed], "cursor": 0},
        headers={"authorization": f"Bearer {login('amina')}"},
    )
    first, second = r.json()["results"]
    assert first["status"] == "rejected" and "NaN" in first["reasons"][0]
    assert second["status"] == "rejected" and "select_multiple" in second["reasons"][0]


def test_a_nul_character_in_a_login_is_refused_not_a_server_error(server):
    """Found by the fuzzer on PostgreSQL (its text cannot hold NUL)."""
    for field in ("username", "device_label", "device_id"):
        body = {"username": "amina", "password": "koboko-enum-1", field: "ami\x00na"}
        answer = requests.post(f"{server.url}/api/v1/auth/login", json=body)
        assert answer.status_code == 422 and field in answer.json()["detail"], answer.text
