"""An export opens in an analyst's own tool without reshaping: numbers (a calculation's too)
typed as numbers, days as days, a select-multiple's choices as 0/1 columns beside it,
variable labels with ``${…}`` read as a person reads them, a CSV Excel opens with Arabic
intact, and the OData feed typed as ODK Central types it. Every format read back with the
library its user has: pyarrow, pyreadstat, openpyxl, pandas, an OData JSON reader."""

from __future__ import annotations

import datetime
import io
import math
import zipfile

import pandas as pd
import pyarrow.parquet as pq
import pyreadstat
import pytest
import requests
from openpyxl import load_workbook

from central_server import accounts, published_forms
from central_server.merged import exporting
from form_engine import load_xlsform
from form_engine.authoring import write_xlsform
from form_engine.fill import random_submissions
from form_engine.kinds import calculated_kinds
from tests.central_server.test_api import item, push

SURVEY = [
    {"type": "text", "name": "name", "label::English (en)": "Name", "label::Arabic (ar)": "الاسم"},
    {"type": "integer", "name": "age", "label::English (en)": "Age", "label::Arabic (ar)": "العمر"},
    {
        "type": "decimal",
        "name": "income",
        "label::English (en)": "Income",
        "label::Arabic (ar)": "الدخل",
    },
    {
        "type": "date",
        "name": "visit_day",
        "label::English (en)": "Day of the visit",
        "label::Arabic (ar)": "يوم الزيارة",
    },
    {
        "type": "select_multiple services",
        "name": "services",
        "label::English (en)": "Which services did ${name} use?",
        "label::Arabic (ar)": "ما الخدمات التي استخدمها ${name}؟",
    },
    {"type": "begin_repeat", "name": "member", "label::English (en)": "Member"},
    {"type": "text", "name": "mname", "label::English (en)": "Member's name"},
    {"type": "calculate", "name": "is_first", "calculation": "if(position(..) = 1, 1, 0)"},
    {"type": "end_repeat", "name": "member"},
    {"type": "calculate", "name": "n_members", "calculation": "count(${member})"},
    {"type": "calculate", "name": "firsts", "calculation": "sum(${is_first})"},
    {"type": "calculate", "name": "per_year", "calculation": "${income} div ${age}"},
    {"type": "calculate", "name": "doubled", "calculation": "if(${age} > 200, '', ${income} * 2)"},
    {"type": "calculate", "name": "greeting", "calculation": "concat('hi ', ${name})"},
]
CHOICES = [
    {
        "list_name": "services",
        "name": code,
        "label::English (en)": en,
        "label::Arabic (ar)": ar,
    }
    for code, en, ar in (
        ("1", "Health", "الصحة"),
        ("10", "Water", "الماء"),
        ("2", "School", "المدرسة"),
    )
]


@pytest.fixture
def visits(server, login, tmp_path):
    path = write_xlsform(
        tmp_path / "analyst.xlsx",
        SURVEY,
        choices=CHOICES,
        settings={"form_id": "analyst", "version": "1", "default_language": "English (en)"},
    )
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    form = load_xlsform(path)
    sent = list(random_submissions(form, 12, seed=5))
    # one household chose Water (10) and not Health (1): "10" is not "1" and "0"
    sent[0]["data"]["services"] = ["10"]
    sent[1]["data"]["services"] = None  # unanswered: every choice column empty
    assert push(server, login("amina"), [item(e) for e in sent]).ok
    server.checked()
    return form, sent


def export(server, fmt, out, **kw):
    with server.app.state.engine.connect() as conn:
        who = accounts.principal_of(conn, "secretariat")
        src = exporting.source(conn, who, "analyst")
        exporting.export(conn, src, fmt, out, **kw)
    return out


def chosen(answer, code):
    if answer in (None, "", []):
        return None
    return 1 if code in (answer if isinstance(answer, list) else str(answer).split()) else 0


def test_calculations_are_typed_from_their_expressions(visits):
    form, _ = visits
    assert calculated_kinds(form) == {
        "/data/member/is_first": "int",
        "/data/n_members": "int",
        "/data/firsts": "int",
        "/data/per_year": "decimal",
        "/data/doubled": "decimal",
    }
    household = calculated_kinds(load_xlsform("forms/household.xlsx"))
    assert household["/data/survey/n_members"] == "int"
    assert household["/data/survey/food/fcs"] == "decimal"
    assert "/data/survey/head_name" not in household  # text stays text


def test_parquet_holds_numbers_days_and_choice_columns(server, visits, tmp_path):
    _, sent = visits
    with zipfile.ZipFile(export(server, "parquet", tmp_path / "a.zip")) as z:
        table = pq.read_table(io.BytesIO(z.read("analyst.parquet")))
    types = {f.name: str(f.type) for f in table.schema}
    assert types["age"] == "int64" and types["income"] == "double"
    assert types["n_members"] == "int64" and types["firsts"] == "int64"
    assert types["per_year"] == "double" and types["greeting"] == "string"
    assert types["visit_day"] == "date32[day]"
    assert [types[f"services/{c}"] for c in ("1", "10", "2")] == ["int64"] * 3
    names = table.column_names
    at = names.index("services")
    assert names[at + 1 : at + 4] == ["services/1", "services/10", "services/2"]
    rows = {r["_uuid"]: r for r in table.to_pylist()}
    for e in sent:
        row, data = rows[e["uuid"]], e["data"]
        assert row["n_members"] == len(data.get("member") or [])
        for code in ("1", "10", "2"):
            assert row[f"services/{code}"] == chosen(data.get("services"), code)
        if data.get("visit_day"):
            assert row["visit_day"] == datetime.date.fromisoformat(data["visit_day"])
        per_year = data.get("per_year")
        if per_year in (None, "", "NaN", "Infinity", "-Infinity"):
            assert row["per_year"] is None  # never NaN an analyst's mean swallows
        else:
            assert math.isclose(row["per_year"], float(per_year))
    assert rows[sent[0]["uuid"]]["services/1"] == 0 and rows[sent[0]["uuid"]]["services/10"] == 1


@pytest.mark.parametrize("fmt", ["dta", "sav"])
def test_stata_and_spss_read_numbers_labels_and_choices(server, visits, tmp_path, fmt):
    _, sent = visits
    with zipfile.ZipFile(export(server, fmt, tmp_path / "a.zip", language="Arabic (ar)")) as z:
        z.extract(f"analyst.{fmt}", tmp_path)
    read = pyreadstat.read_dta if fmt == "dta" else pyreadstat.read_sav
    frame, meta = read(str(tmp_path / f"analyst.{fmt}"))
    for name in ("age", "n_members", "firsts", "per_year", "doubled", "services_10"):
        assert pd.api.types.is_numeric_dtype(frame[name]), name
    assert not pd.api.types.is_numeric_dtype(frame["greeting"])
    # a text no row holds is still text (two exports of the form append), whole numbers
    # have no decimals
    kinds = meta.original_variable_types
    duplicate_of = next(c for c in frame.columns if c.endswith("_duplicate_of"))
    assert kinds[duplicate_of].startswith("A" if fmt == "sav" else "%")
    assert fmt == "dta" or kinds[duplicate_of].startswith("A")
    revision = next(c for c in frame.columns if c.endswith("_revision"))
    assert kinds[revision] == ("F12.0" if fmt == "sav" else "%12.0g")
    assert kinds["n_members"] == ("F12.0" if fmt == "sav" else "%12.0g")
    labels = meta.column_names_to_labels
    # ${name} read as the question it names, in the labels' language
    assert labels["services"] == "ما الخدمات التي استخدمها [الاسم]؟"
    assert labels["services_10"].endswith(": الماء")
    assert labels["age"] == "العمر"
    uuid = next(c for c in frame.columns if c.endswith("_uuid"))  # v_uuid: a letter first
    first = frame[frame[uuid] == sent[0]["uuid"]].iloc[0]
    assert (first["services_1"], first["services_10"], first["services_2"]) == (0, 1, 0)
    unanswered = frame[frame[uuid] == sent[1]["uuid"]].iloc[0]
    assert math.isnan(unanswered["services_1"])
    assert frame["n_members"].sum() == sum(len(e["data"].get("member") or []) for e in sent)
    day = first["visit_day"]
    assert sent[0]["data"]["visit_day"] is None or day == datetime.date.fromisoformat(
        sent[0]["data"]["visit_day"]
    )


def test_excel_cells_are_numbers_and_days(server, visits, tmp_path):
    _, sent = visits
    book = load_workbook(export(server, "xlsx", tmp_path / "a.xlsx"), read_only=True)
    rows = list(book["analyst"].iter_rows(values_only=True))
    header, body = list(rows[0]), rows[1:]
    col = {name: header.index(name) for name in header}
    by_uuid = {r[col["_uuid"]]: r for r in body}
    for e in sent:
        row = by_uuid[e["uuid"]]
        assert row[col["n_members"]] == len(e["data"].get("member") or [])
        assert isinstance(row[col["n_members"]], int)
        if e["data"].get("visit_day"):
            assert row[col["visit_day"]].date() == datetime.date.fromisoformat(
                e["data"]["visit_day"]
            )
        assert row[col["services/10"]] == chosen(e["data"].get("services"), "10")


def test_csv_opens_in_excel_with_arabic_intact(server, visits, tmp_path):
    with zipfile.ZipFile(export(server, "csv", tmp_path / "a.zip", language="Arabic (ar)")) as z:
        raw = z.read("analyst.csv")
        book = z.read("codebook.csv")
    assert raw.startswith(b"\xef\xbb\xbf") and book.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(raw))
    assert frame.columns[0] == "_key"  # pandas reads past the BOM
    codebook = pd.read_csv(io.BytesIO(book), dtype=str, keep_default_na=False)
    said = codebook.set_index("column")
    assert "الماء" in said.loc["services/10", "label::Arabic (ar)"]
    assert said.loc["services/10", "type"] == "int"


def test_the_odata_feed_is_typed_as_central_types_it(server, login, visits):
    _, sent = visits
    base = f"{server.url}/api/v1/odata/analyst.svc"
    auth = {"authorization": f"Bearer {login('secretariat')}"}
    metadata = requests.get(f"{base}/$metadata", headers=auth, timeout=30).text
    for prop, edm in (
        ("age", "Edm.Int64"),
        ("income", "Edm.Decimal"),
        ("visit_day", "Edm.Date"),
        ("n_members", "Edm.Int64"),
        ("per_year", "Edm.Decimal"),
        ("services_10", "Edm.Int64"),
    ):
        assert f'<Property Name="{prop}" Type="{edm}"/>' in metadata, prop
    rows = requests.get(f"{base}/Submissions", headers=auth, timeout=30).json()["value"]
    by_id = {r["__id"].removeprefix("uuid:"): r for r in rows}
    for e in sent:
        row = by_id.get(e["uuid"]) or next(r for r in rows if e["uuid"] in r["__id"])
        assert row["n_members"] == len(e["data"].get("member") or [])
        assert row["per_year"] is None or isinstance(row["per_year"], float)
        assert row["visit_day"] in (None, e["data"].get("visit_day"))
        assert row["services_10"] == chosen(e["data"].get("services"), "10")


def test_numbers_stored_as_text_are_read_whole():
    """A calculation's numbers come as text: read in C, every digit of a long whole number
    kept (past a float's 2^53), what is not a finite number null, a fraction in a
    whole-number column never rounded into another number."""
    import pyarrow as pa

    def column(values, kind):
        typed = exporting.converter("int" if kind == pa.int64() else "decimal")
        return exporting._arrow_column(pa, tuple(values), kind, typed).to_pylist()

    assert column(["12345678901234567", "", None, "-3"], pa.int64()) == [
        12345678901234567,
        None,
        None,
        -3,
    ]
    assert column(["2", "NaN", "2.0", "Infinity"], pa.int64()) == [2, None, 2, None]
    assert column(["2", "2.5"], pa.int64()) == [2, None]
    assert column(["0.5", "NaN", "-Infinity", "", 3], pa.float64()) == [0.5, None, None, None, 3.0]


def test_the_data_tab_names_a_calculation_and_shows_choices_by_label(server, login, visits):
    """The Data tab's page (GET …/rows): a calculation, which has no label, is headed by its
    name, not its path; a select-multiple is one column of labels there, not its 0/1 columns."""
    r = requests.get(
        f"{server.url}/api/v1/datasets/analyst/rows",
        params={"lang": "English (en)"},
        headers={"authorization": f"Bearer {login('secretariat')}"},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    page = r.json()
    labels = {c["name"]: c["label"] for c in page["columns"]}
    assert labels["n_members"] == "n_members" and labels["age"] == "Age"
    assert labels["services"] == "Which services did [Name] use?"
    assert not any(name.startswith("services/") for name in labels)
