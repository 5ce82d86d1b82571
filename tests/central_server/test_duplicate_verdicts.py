"""Duplicates that stay resolved, across cities (issue 23): the same household surveyed in
Koboko and again in Kakuma is found by the Secretariat's search; "keep the first" leaves the
other copy out of the indicators, the exports and OData (unless asked for, then marked
``_duplicate_of``), marks it in the Data tab's rows and the review list, and can be undone."""

import io
import subprocess
import sys
import time
import zipfile

import pandas as pd
import pyreadstat
import pytest
import requests
from openpyxl import load_workbook

from central_server import accounts, review
from central_server.merged import duplicates, exporting, indicators
from form_engine import load_xlsform
from form_engine.fill import random_submissions
from tests.central_server.test_api import item, push
from tests.conftest import REPO

KEYS = "zone,identification/hh_no,survey/head_name:name"
SAME = {"zone": "Z3", "identification/hh_no": 17, "survey/head_name": "Amina Hassan"}


@pytest.fixture
def moved(server, login):
    """Household A in Koboko, the same household (head, zone, number, GPS, roster) keyed
    again in Kakuma as B, and another household C in Koboko; all approved."""
    form = load_xlsform(REPO / "forms" / "household.xlsx")
    a, b, c = random_submissions(form, 3, seed=23)
    a["data"].update(SAME, **{"identification/consent": "yes"})
    b["data"] = {**a["data"], "meta/instanceID": f"uuid:{b['uuid']}"}
    c["data"].update({"identification/consent": "yes", "identification/hh_no": 18})
    assert push(server, login("amina"), [item(a), item(c)]).ok
    assert push(server, login("baraka"), [item(b)]).ok
    server.checked()
    with server.app.state.engine.begin() as conn:
        secretariat = accounts.principal_of(conn, "secretariat")
        for e in (a, b, c):
            review.decide(conn, secretariat, e["uuid"], "approved")
    return a["uuid"], b["uuid"], c["uuid"]


def _households(server) -> int:
    with server.app.state.engine.connect() as conn:
        found = indicators.compute(conn, accounts.principal_of(conn, "secretariat"), "household")
    everyone = [g for g in found["groups"] if g["city"] == indicators.ALL]
    return sum(g["households"] for g in everyone if g["population_group"] == indicators.ALL)


def _verdict(server, login, first, second, resolution):
    r = requests.post(
        f"{server.url}/api/v1/datasets/duplicates/resolutions",
        headers={"authorization": f"Bearer {login('secretariat')}"},
        json={"first": first, "second": second, "resolution": resolution},
    )
    assert r.status_code == 200, r.text


def _keep(kept, other):
    """The verdict that keeps ``kept``: first and second are in uuid order."""
    return "keep_first" if kept < other else "keep_second"


def _read_back(path, fmt) -> pd.DataFrame:
    """The main table, as an analyst opens it."""
    if fmt == "xlsx":
        sheet = load_workbook(path, read_only=True)["household"]
        header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        return pd.DataFrame(rows, columns=header)
    with zipfile.ZipFile(path) as z:
        data = z.read(next(n for n in z.namelist() if n.startswith("household.")))
    if fmt == "csv":
        return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
    if fmt == "parquet":
        return pd.read_parquet(io.BytesIO(data))
    local = path.with_name(f"main.{fmt}")
    local.write_bytes(data)
    frame, meta = (pyreadstat.read_dta if fmt == "dta" else pyreadstat.read_sav)(str(local))
    assert meta.column_names_to_labels["v_duplicate_of"].startswith("Duplicate of")
    # Stata and SPSS names begin with a letter: _uuid is v_uuid there
    return frame.rename(columns=lambda name: name.removeprefix("v"))


def _exported(server, tmp_path, fmt, how) -> dict[str, str]:
    """uuid -> its _duplicate_of ('' when none) of an export made as the Secretariat."""
    out = tmp_path / f"{how}.{fmt}"
    with server.app.state.engine.connect() as conn:
        who = accounts.principal_of(conn, "secretariat")
        src = exporting.source(conn, who, "household", duplicates=how)
        exporting.export(conn, src, fmt, out, helpers=0)
    frame = _read_back(out, fmt)
    marks = ["" if pd.isna(v) else str(v).strip() for v in frame["_duplicate_of"]]
    return dict(zip(frame["_uuid"].astype(str), marks, strict=True))


def _odata(server, login, **params) -> dict[str, str]:
    """Every row of the OData feed, following nextLink as Power BI does."""
    headers = {"authorization": f"Bearer {login('secretariat')}"}
    url = f"{server.url}/api/v1/odata/household.svc/Submissions"
    seen: list[tuple[str, str]] = []
    params = {"$top": "1", **params}
    while url:
        page = requests.get(url, headers=headers, params=params).json()
        params = {}  # the nextLink carries them
        seen += [(r["__id"], r.get("__system_duplicateOf") or "") for r in page["value"]]
        url = page.get("@odata.nextLink")
    assert len(seen) == len(set(seen)), "a row read twice"
    return dict(seen)


def _http_export(server, login, **asked) -> set[str]:
    """The uuids of a CSV export asked for over HTTP, as the desktop asks."""
    headers = {"authorization": f"Bearer {login('secretariat')}"}
    base = f"{server.url}/api/v1/datasets"
    job = requests.post(
        f"{base}/household/exports", headers=headers, json={"format": "csv", **asked}
    )
    assert job.status_code == 200, job.text
    deadline = time.time() + 60
    while (state := requests.get(f"{base}/exports/{job.json()['id']}", headers=headers).json())[
        "state"
    ] == "running":
        assert time.time() < deadline
        time.sleep(0.1)
    assert state["state"] == "done", state
    got = requests.get(f"{base}/exports/{job.json()['id']}/file", headers=headers)
    with zipfile.ZipFile(io.BytesIO(got.content)) as z:
        data = z.read(next(n for n in z.namelist() if n.startswith("household.")))
    return set(pd.read_csv(io.BytesIO(data), dtype=str)["_uuid"])


def _cli_export(server, tmp_path, *options) -> dict[str, str]:
    """uuid -> _duplicate_of of `daftari-server export` as the Secretariat types it."""
    out = tmp_path / f"cli{len(options)}.zip"
    subprocess.run(
        [sys.executable, "-m", "central_server.cli", "--db", str(server.app.state.engine.url),
         "export", "household", "--format", "csv", "--out", str(out), "--as", "secretariat",
         *options],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    frame = _read_back(out, "csv")
    if "_duplicate_of" not in frame:
        return dict.fromkeys(frame["_uuid"].astype(str), "")
    marks = ["" if pd.isna(v) else str(v).strip() for v in frame["_duplicate_of"]]
    return dict(zip(frame["_uuid"].astype(str), marks, strict=True))


def _rows_tab(server, login) -> dict[str, str]:
    """The Data tab's rows: uuid -> _duplicate_of."""
    headers = {"authorization": f"Bearer {login('secretariat')}"}
    page = requests.get(f"{server.url}/api/v1/datasets/household/rows", headers=headers).json()
    names = [c["name"] for c in page["columns"]]
    at, mark = names.index("_uuid"), names.index("_duplicate_of")
    return {row[at]: row[mark] or "" for row in page["rows"]}


def _review_list(server, login) -> dict[str, str]:
    headers = {"authorization": f"Bearer {login('secretariat')}"}
    listed = requests.get(
        f"{server.url}/api/v1/review/submissions", headers=headers, params={"form_id": "household"}
    ).json()["submissions"]
    return {s["uuid"]: s["duplicate_of"] for s in listed}


def test_the_same_household_in_two_cities_is_a_probable_pair_for_the_secretariat(server, moved):
    a, b, c = moved
    keys = duplicates.parse_keys(KEYS)
    with server.app.state.engine.connect() as conn:
        found = duplicates.probable(
            conn, accounts.principal_of(conn, "secretariat"), "household", keys
        )
        koboko = duplicates.probable(
            conn, accounts.principal_of(conn, "super_k"), "household", keys
        )
    assert [{p.first, p.second} for p in found] == [{a, b}]
    pair = found[0]
    assert {pair.site, pair.second_site} == {"Koboko", "Kakuma"}
    assert pair.values["survey/head_name"] == ("Amina Hassan", "Amina Hassan")
    assert koboko == []  # a site's supervisor: their own site only, where A is alone


def test_a_verdict_leaves_the_other_copy_out_until_it_is_undone(server, login, moved, tmp_path):
    a, b, c = moved
    assert _households(server) == 3  # counted twice before a verdict
    _verdict(server, login, b, a, _keep(a, b))  # keep Koboko's; Kakuma's duplicates it

    assert _households(server) == 2  # the indicators count the household once
    assert _http_export(server, login) == {a, c}  # left out by default
    assert _http_export(server, login, duplicates="include") == {a, b, c}
    assert _cli_export(server, tmp_path) == {a: "", c: ""}
    assert _cli_export(server, tmp_path, "--duplicates", "include") == {a: "", b: a, c: ""}
    for fmt in exporting.FORMATS:
        assert _exported(server, tmp_path, fmt, "exclude") == {a: "", c: ""}, fmt
        assert _exported(server, tmp_path, fmt, "include") == {a: "", b: a, c: ""}, fmt
    assert _odata(server, login) == {a: "", c: ""}
    assert _odata(server, login, duplicates="include") == {a: "", b: a, c: ""}
    assert _rows_tab(server, login) == {a: "", b: a, c: ""}  # shown, marked
    assert _review_list(server, login) == {a: "", b: a, c: ""}
    with server.app.state.engine.connect() as conn:
        who = accounts.principal_of(conn, "secretariat")
        keys = duplicates.parse_keys(KEYS)
        assert duplicates.probable(conn, who, "household", keys) == []
        decided = duplicates.probable(conn, who, "household", keys, include_resolved=True)
    assert [p.resolution for p in decided] == [_keep(a, b)]

    _verdict(server, login, a, b, "undone")  # the verdict withdrawn: both count again
    assert _households(server) == 3
    assert _http_export(server, login) == {a, b, c}
    assert _exported(server, tmp_path, "parquet", "exclude") == {a: "", b: "", c: ""}
    assert _odata(server, login) == {a: "", b: "", c: ""}
    assert _rows_tab(server, login) == {a: "", b: "", c: ""}
    assert _review_list(server, login) == {a: "", b: "", c: ""}
    with server.app.state.engine.connect() as conn:
        who = accounts.principal_of(conn, "secretariat")
        again = duplicates.probable(conn, who, "household", duplicates.parse_keys(KEYS))
    assert [{p.first, p.second, p.resolution} for p in again] == [{a, b, ""}]


def test_only_a_verdict_keeping_one_marks_a_duplicate(server, login, moved):
    a, b, c = moved
    _verdict(server, login, a, b, "same_household")
    _verdict(server, login, a, c, "keep_both")
    assert _households(server) == 3
    assert _review_list(server, login) == {a: "", b: "", c: ""}
    with pytest.raises(requests.HTTPError):
        r = requests.get(
            f"{server.url}/api/v1/odata/household.svc/Submissions",
            headers={"authorization": f"Bearer {login('secretariat')}"},
            params={"duplicates": "maybe"},
        )
        r.raise_for_status()
