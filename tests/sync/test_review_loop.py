"""The review loop on a real server (issue 11): three sites send; Koboko's supervisor sends
one back with a comment on an answer; the enumerator's desktop receives it, she corrects it
and it goes up as revision 2; the supervisor sees what changed and approves; the Secretariat
approves finally. Every decision is kept."""

import json

import requests

from central_server import accounts
from desktop_app.sync.enrolment import enrol
from tests.central_server.conftest import PASSWORDS
from tests.central_server.test_api import envelopes, item, push
from tests.conftest import REPO, daftari_server
from tests.sync.test_sync_client import finalized, sync


def api(server, token, method, path, **kw):
    return requests.request(
        method,
        f"{server.url}/api/v1{path}",
        headers={"authorization": f"Bearer {token}"},
        timeout=30,
        **kw,
    )


def test_sent_back_corrected_and_approved_at_two_levels(server, client, admin, tmp_path, login):
    with server.app.state.engine.begin() as conn:
        accounts.add_site(conn, "Arua")
        accounts.add_user(
            conn,
            "okello",
            role="enumerator",
            site="Arua",
            password="arua-enum-01",
            memory_kib=1024,
        )
    # three sites send: Kakuma and Arua over the API, Koboko from Amina's desktop
    assert push(server, login("baraka"), [item(e) for e in envelopes(2, seed=71)]).ok
    assert push(
        server, _token(server, "okello", "arua-enum-01"), [item(e) for e in envelopes(2, seed=72)]
    ).ok
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    [mine] = finalized(client, admin, tmp_path, "population", 1, seed=73)
    assert sync(admin).sent == 1
    server.checked()

    supervisor = login("super_k")
    listed = api(server, supervisor, "GET", "/review/submissions").json()["submissions"]
    assert [s["uuid"] for s in listed] == [mine["uuid"]]  # Koboko's only
    assert listed[0]["state"] == "received"
    secretariat = login("secretariat")
    everything = api(server, secretariat, "GET", "/review/submissions").json()["submissions"]
    assert {s["site"] for s in everything} == {"Koboko", "Kakuma", "Arua"}
    assert api(server, login("amina"), "GET", "/review/submissions").status_code == 403

    field = "dwellings/n_dwellings"
    sent_back = api(
        server,
        supervisor,
        "POST",
        f"/review/submissions/{mine['uuid']}/decisions",
        json={
            "decision": "returned",
            "comment": "Please check the dwellings",
            "answers": {field: "More dwellings than people?"},
            "revision": 1,
        },
    )
    assert sent_back.json() == {
        "daftari": "daftari-sync/1",
        "uuid": mine["uuid"],
        "state": "returned",
    }
    unknown = api(
        server,
        supervisor,
        "POST",
        f"/review/submissions/{mine['uuid']}/decisions",
        json={"decision": "returned", "answers": {"nowhere/q": "?"}},
    )
    assert unknown.status_code == 422 and "nowhere/q" in unknown.json()["detail"]
    kakuma = next(s["uuid"] for s in everything if s["site"] == "Kakuma")
    other_site = api(
        server,
        supervisor,
        "POST",
        f"/review/submissions/{kakuma}/decisions",
        json={"decision": "approved"},
    )
    assert other_site.status_code == 404  # Kakuma's: never reviewable by Koboko, nor seen
    kakuma_history = api(server, secretariat, "GET", f"/review/submissions/{kakuma}/history")
    assert kakuma_history.json()["decisions"] == []  # and nothing was decided on it

    report = sync(admin)
    assert report.returned == 1
    record = client.store.submission(mine["uuid"])
    assert record.status == "returned"
    note = admin.open_note(mine["uuid"], record.note)
    assert "super_k: Please check the dwellings" in note
    assert f"{field}: More dwellings than people?" in note

    draft = admin.open_submission(mine["uuid"])
    node = draft.session.node(f"/data/{field}")
    occupied = int(draft.session.value("/data/dwellings/n_occupied") or 0)
    draft.set_answer(node, str(occupied + 2))  # the corrected count
    assert draft.finalize() == []
    assert sync(admin).sent == 1
    server.checked()
    listed = api(server, supervisor, "GET", "/review/submissions?state=corrected").json()
    [again] = listed["submissions"]
    assert again["uuid"] == mine["uuid"] and again["revision"] == 2
    history = api(server, supervisor, "GET", f"/review/submissions/{mine['uuid']}/history").json()
    assert [r["revision"] for r in history["revisions"]] == [1, 2]
    assert field in history["revisions"][1]["changed"]
    # deciding on revision 1 now is deciding on what nobody sees any more
    stale = api(
        server,
        supervisor,
        "POST",
        f"/review/submissions/{mine['uuid']}/decisions",
        json={"decision": "approved", "revision": 1},
    )
    assert stale.status_code == 409
    assert (
        api(
            server,
            supervisor,
            "POST",
            f"/review/submissions/{mine['uuid']}/decisions",
            json={"decision": "approved", "revision": 2},
        ).json()["state"]
        == "site_approved"
    )
    assert (
        api(
            server,
            secretariat,
            "POST",
            f"/review/submissions/{mine['uuid']}/decisions",
            json={"decision": "approved"},
        ).json()["state"]
        == "approved"
    )
    late = api(
        server,
        supervisor,
        "POST",
        f"/review/submissions/{mine['uuid']}/decisions",
        json={"decision": "returned", "comment": "one more thing"},
    )
    assert late.status_code == 409 and "Secretariat" in late.json()["detail"]
    history = api(server, secretariat, "GET", f"/review/submissions/{mine['uuid']}/history").json()
    assert [(d["decision"], d["by"], d["level"], d["revision"]) for d in history["decisions"]] == [
        ("returned", "super_k", "site", 1),
        ("approved", "super_k", "site", 2),
        ("approved", "secretariat", "secretariat", 2),
    ]


def _token(server, name, password):
    r = requests.post(
        f"{server.url}/api/v1/auth/login", json={"username": name, "password": password}
    )
    return r.json()["token"]


def test_daftari_server_review_from_the_command_line(tmp_path):
    server = daftari_server(tmp_path)

    server("init")
    server("site", "add", "Koboko")
    for name, role in (("amina", "enumerator"), ("super_k", "supervisor")):
        r = server(
            "user",
            "add",
            name,
            "--role",
            role,
            "--site",
            "Koboko",
            "--password-stdin",
            stdin="koboko-pass-01\n",
        )
        assert r.returncode == 0, r.stderr
    server("form", "publish", REPO / "forms/population.xlsx")
    from central_server.db import make_engine
    from central_server.intake.ingest import Sent, store
    from central_server.settings import Settings
    from sync_protocol import PushItem

    engine = make_engine(Settings.resolve(data_dir=str(tmp_path)).database_url)
    [e] = envelopes(1, seed=74)
    with engine.begin() as conn:
        _, who = accounts.login(
            conn, "amina", "koboko-pass-01", label="test", device_id="laptop-1"
        )  # a device of hers, as enrolment makes
        [stored] = store(conn, [Sent(who, PushItem(**item(e)), [])], True)
    assert stored.status == "stored", stored
    engine.dispose()
    listed = server("review", "list", "--as", "super_k", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [r["state"] for r in json.loads(listed.stdout)] == ["received"]
    back = server(
        "review",
        "return",
        e["uuid"],
        "--as",
        "super_k",
        "--comment",
        "Recount",
        "--answer",
        "dwellings/n_dwellings=How many really?",
    )
    assert back.returncode == 0 and back.stdout.strip().endswith("returned"), back.stderr
    refused = server("review", "approve", e["uuid"], "--as", "amina")
    assert refused.returncode == 1 and "does not review" in refused.stderr
    shown = server("review", "history", e["uuid"], "--as", "super_k")
    assert "returned revision 1 by super_k (site): Recount" in shown.stdout
    assert "dwellings/n_dwellings: How many really?" in shown.stdout


def test_the_corrected_approved_submission_is_in_every_export_once(
    server, client, admin, tmp_path, login
):
    """The merged dataset across sites: the corrected revision only, with its site,
    enumerator, version and review state; the roster in a table of its own, joined by key."""
    import zipfile

    import pyarrow.parquet as pq
    from openpyxl import load_workbook

    from central_server.merged import exporting

    kakuma = envelopes(3, seed=75)
    assert push(server, login("baraka"), [item(e) for e in kakuma]).ok
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    [mine] = finalized(client, admin, tmp_path, "population", 1, seed=76)
    sync(admin)
    server.checked()
    supervisor = login("super_k")
    path = f"/review/submissions/{mine['uuid']}/decisions"
    api(server, supervisor, "POST", path, json={"decision": "returned", "comment": "Recount"})
    sync(admin)
    draft = admin.open_submission(mine["uuid"])
    node = draft.session.node("/data/dwellings/n_dwellings")
    occupied = int(draft.session.value("/data/dwellings/n_occupied") or 0)
    draft.set_answer(node, str(occupied + 3))
    assert draft.finalize() == []
    sync(admin)
    server.checked()
    api(server, supervisor, "POST", path, json={"decision": "approved"})
    api(server, login("secretariat"), "POST", path, json={"decision": "approved"})

    engine = server.app.state.engine
    with engine.connect() as conn:
        who = accounts.principal_of(conn, "secretariat")
        src = exporting.source(conn, who, "population")
        tables = exporting.all_tables(exporting.layout("population", src.versions))
    want = occupied + 3
    for fmt in exporting.FORMATS:
        out = tmp_path / f"population-{fmt}.{'xlsx' if fmt == 'xlsx' else 'zip'}"
        with engine.connect() as conn:
            counts = exporting.export(conn, src, fmt, out)
        assert counts["population"] == 4, (fmt, counts)
        if fmt == "csv":
            import csv as csvlib
            import io

            with zipfile.ZipFile(out) as z:
                rows = list(
                    csvlib.DictReader(io.StringIO(z.read("population.csv").decode("utf-8-sig")))
                )
                assert "codebook.csv" in z.namelist()
        elif fmt == "xlsx":
            sheet = load_workbook(out, read_only=True)["population"]
            lines = list(sheet.iter_rows(values_only=True))
            rows = [dict(zip(lines[0], r, strict=True)) for r in lines[1:]]
        elif fmt == "parquet":
            with zipfile.ZipFile(out) as z:
                z.extract("population.parquet", tmp_path / "pq")
            rows = pq.read_table(tmp_path / "pq" / "population.parquet").to_pylist()
        else:  # Stata and SPSS: names as the packages allow, labels in the form's language
            import pyreadstat

            with zipfile.ZipFile(out) as z:
                z.extract(f"population.{fmt}", tmp_path / fmt)
                book = z.read("codebook.csv").decode()
            read = pyreadstat.read_dta if fmt == "dta" else pyreadstat.read_sav
            frame, meta = read(str(tmp_path / fmt / f"population.{fmt}"))
            renamed = {"v_uuid": "_uuid", "v_revision": "_revision", "v_site": "_site"}
            renamed |= {"v_review_state": "_review_state", "v_enumerator": "_enumerator"}
            renamed["n_dwellings"] = "dwellings/n_dwellings"
            rows = [{renamed.get(k, k): v for k, v in r.items()} for r in frame.to_dict("records")]
            assert meta.column_names_to_labels["n_dwellings"], fmt  # the question's label
            assert meta.variable_value_labels, fmt  # choices as labelled numbers
            assert f"name_in_{fmt}" in book.splitlines()[0]
        ours = [r for r in rows if r["_uuid"] == mine["uuid"]]
        assert len(ours) == 1, fmt
        [row] = ours
        assert str(row["dwellings/n_dwellings"]).removesuffix(".0") == str(want), fmt
        assert str(row["_revision"]).removesuffix(".0") == "2", fmt
        assert row["_review_state"] == "approved", fmt
        assert row["_site"] == "Koboko" and row["_enumerator"] == "amina", fmt
        assert {r["_site"] for r in rows} == {"Koboko", "Kakuma"}, fmt
    assert [t.name for t in tables][:1] == ["population"]

    # a supervisor exports their own site only
    with engine.connect() as conn:
        koboko = exporting.source(conn, accounts.principal_of(conn, "super_k"), "population")
        counts = exporting.export(conn, koboko, "csv", tmp_path / "koboko.zip")
    assert counts["population"] == 1


def test_daftari_server_export_writes_only_whole_files_for_those_allowed(tmp_path):
    server = daftari_server(tmp_path)

    server("init")
    server("site", "add", "Koboko")
    for name, role, site in (
        ("amina", "enumerator", ["--site", "Koboko"]),
        ("sec", "secretariat", []),
    ):
        r = server(
            "user", "add", name, "--role", role, *site, "--password-stdin", stdin="export-pass-01\n"
        )
        assert r.returncode == 0, r.stderr
    server("form", "publish", REPO / "forms/population.xlsx")
    out = tmp_path / "population.zip"
    done = server("export", "population", "--as", "sec", "--format", "csv", "--out", out)
    assert done.returncode == 0, done.stderr
    assert "population 0" in done.stdout and oct(out.stat().st_mode & 0o777) == "0o600"
    refused = server(
        "export", "population", "--as", "amina", "--format", "csv", "--out", tmp_path / "x.zip"
    )
    assert refused.returncode == 1 and "does not export" in refused.stderr
    assert not (tmp_path / "x.zip").exists() and not (tmp_path / "x.zip.partial").exists()


def test_photos_go_beside_the_tables_named_by_submission_and_field(server, client, admin, tmp_path):
    import zipfile

    from central_server.merged import exporting
    from desktop_app.store import SubmissionFilter
    from tests.sync.test_sync_client import card_with_photo

    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    photo = bytes(range(256)) * 2000  # two chunks
    name = card_with_photo(server, client, admin, tmp_path, photo)
    uuid = admin.submission_ids(SubmissionFilter(status="finalized"))[0]
    assert sync(admin).sent == 1
    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "card")
        counts = exporting.export(conn, src, "csv", tmp_path / "card.zip", attachments=True)
    assert counts["attachments"] == 1
    with zipfile.ZipFile(tmp_path / "card.zip") as z:
        assert z.read(f"attachments/{uuid}/card-{name}") == photo
        assert "card.csv" in z.namelist()
