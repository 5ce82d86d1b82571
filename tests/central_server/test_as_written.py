"""The paper is the truth: a keyed answer that breaks a constraint of its form (720 minutes
where 0–600 are allowed) is kept as written on the paper when the clerk says so. The server
stores it with the flag on every path that carries paper facts (push, exchange, bundles,
carried bundles), shows it to the reviewer, lists it in every export format, leaves it out
of the indicators until a reviewer confirms that the paper's value stands — and refuses the
same answer without the flag, as before. On SQLite and PostgreSQL."""

import csv
import gzip
import hashlib
import io
import json
import math
import statistics
import zipfile
from datetime import UTC, datetime

import pytest
import requests

from central_server import accounts, as_written, review
from central_server.intake import bundles, ingest
from central_server.merged import exporting, indicators
from form_engine import load_xlsform
from form_engine.fill import random_submissions
from sync_protocol import PushItem
from sync_protocol.bundles import seal, token_hash
from tests.central_server.test_api import put_whole
from tests.conftest import REPO

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
HOUSEHOLD = load_xlsform(REPO / "forms" / "household.xlsx")
# households of the standard form with consent, a water time and an income (seed 7)
SUBMISSIONS = [s for s in random_submissions(HOUSEHOLD, 12, seed=7, now=NOW)]
ANSWERED = [
    s
    for s in SUBMISSIONS
    if s["data"].get("survey/wash/water_minutes") is not None
    and s["data"].get("survey/livelihoods/income_amount") is not None
]
MINUTES = "/data/survey/wash/water_minutes"
RULE = "Between 0 and 600 minutes."
REFUSED = f"{MINUTES}: {RULE} (value '720')"


def kept(path=MINUTES, value="720", note="the paper says 720"):
    return {"path": path, "value": value, "rule": RULE, "note": note}


def keyed(n: int, *, written=None, revision=1, **answers) -> dict:
    """The n-th household keyed from paper, its water time 720 minutes (the form allows
    0–600) unless ``answers`` say otherwise; ``written``: the values the clerk kept as on
    the paper (the water time, unless said)."""
    written = [kept()] if written is None else written
    envelope = ANSWERED[n]
    data = {**envelope["data"], "survey/wash/water_minutes": 720, **answers}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return {
        "uuid": envelope["uuid"],
        "form_id": "household",
        "form_version": envelope["form_version"],
        "revision": revision,
        "parent_revision": revision - 1 or None,
        "json_text": text,
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "paper": {
            "number": str(200 + n),
            "interview_date": "2026-11-12",
            "enumerator": "Amina",
            "keyed_by": "clerk_k",
            "as_written": list(written),
        },
    }


def _post(server, token, path, body):
    return requests.post(
        f"{server.url}/api/v1/{path}",
        data=gzip.compress(json.dumps(body).encode()),
        headers={
            "authorization": f"Bearer {token}",
            "content-type": "application/json",
            "content-encoding": "gzip",
        },
        timeout=60,
    )


def exchange(server, token, items) -> list[dict]:
    r = _post(server, token, "sync/exchange", {"items": items, "cursor": 0})
    assert r.status_code == 200, r.text
    return r.json()["results"]


def stored(server, uuid) -> tuple[str, list, dict]:
    """(status, reasons, paper facts) of a submission's newest revision, as the server keeps
    them once checked."""
    server.checked()
    with server.app.state.engine.connect() as conn:
        row = conn.execute(
            review.revisions.select()
            .where(review.revisions.c.uuid == uuid)
            .order_by(review.revisions.c.revision.desc())
        ).first()
    return row.status, list(row.reasons), row.paper


def decide(server, token, uuid, body):
    return requests.post(
        f"{server.url}/api/v1/review/submissions/{uuid}/decisions",
        json=body,
        headers={"authorization": f"Bearer {token}"},
        timeout=30,
    )


def feed_item(server, token, uuid) -> dict:
    r = requests.get(
        f"{server.url}/api/v1/review/feed",
        headers={"authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    return next(i for i in r.json()["items"] if i["uuid"] == uuid)


# -- storing -----------------------------------------------------------------------------------


def test_a_value_kept_as_on_paper_is_stored_by_push_and_exchange(server, login):
    clerk = login("clerk_k")
    # a bulk push: acknowledged, then checked by the checker
    r = _post(server, clerk, "sync/push", {"items": [keyed(0), keyed(1, written=())]})
    assert r.status_code == 200, r.text
    assert [x["status"] for x in r.json()["results"]] == ["stored", "stored"]
    status, reasons, paper = stored(server, ANSWERED[0]["uuid"])
    assert (status, reasons) == ("stored", [])
    assert paper["as_written"] == [kept()] and paper["number"] == "200"
    # the same answer without the clerk's word: refused with the constraint's reason
    status, reasons, _ = stored(server, ANSWERED[1]["uuid"])
    assert status == "rejected" and REFUSED in reasons

    # a small sync: the verdict in the answer
    with_flag, without = exchange(server, clerk, [keyed(2), keyed(3, written=())])
    assert (with_flag["status"], with_flag["reasons"]) == ("stored", [])
    assert without["status"] == "rejected" and without["reasons"] == [REFUSED]


def test_only_a_constraint_on_the_value_the_submission_holds_is_excused(server, login):
    clerk = login("clerk_k")
    results = exchange(
        server,
        clerk,
        [
            # the paper's value is another than the one sent: refused as before
            keyed(0, written=(kept(value="700"),)),
            # a type is never excused: letters in a number
            keyed(
                1,
                written=(kept(), kept("/data/identification/hh_no", "12a")),
                **{"identification/hh_no": "12a"},
            ),
            # nor a code the question does not offer
            keyed(2, written=(kept(), kept("/data/city", "atlantis")), city="atlantis"),
            # an entry where nothing is broken, or for no question, is ignored
            keyed(
                3,
                written=(
                    kept(),
                    kept("/data/zone", ANSWERED[3]["data"]["zone"]),
                    kept("/data/nowhere", "1"),
                ),
            ),
        ],
    )
    assert [r["status"] for r in results] == ["rejected", "rejected", "rejected", "stored"]
    assert results[0]["reasons"] == [REFUSED]
    assert [x.split(":")[0] for x in results[1]["reasons"]] == ["/data/identification/hh_no"]
    assert [x.split(":")[0] for x in results[2]["reasons"]] == ["/data/city"]


def test_bundles_and_carried_bundles_keep_a_value_as_on_paper(server, login):
    token = login("clerk_k")
    data = seal(token_hash(token), [keyed(0), keyed(1, written=())], {})
    assert bundles.import_bundle(server.app.state.engine, data) == {"rejected": 1, "stored": 1}
    assert stored(server, ANSWERED[0]["uuid"])[:2] == ("stored", [])

    carried = seal(token_hash(token), [keyed(2), keyed(3, written=())], {})
    r = put_whole(server, login("super_k"), "bundles", carried)
    assert r.status_code == 200, r.text
    assert r.json()["counts"] == {"rejected": 1, "stored": 1}
    status, reasons, paper = stored(server, ANSWERED[2]["uuid"])
    assert (status, reasons, paper["as_written"]) == ("stored", [], [kept()])
    status, reasons, _ = stored(server, ANSWERED[3]["uuid"])
    assert status == "rejected" and REFUSED in reasons


# -- review ------------------------------------------------------------------------------------


def test_the_reviewer_sees_the_kept_value_and_confirms_it_once_per_site_rules(server, login):
    clerk, supervisor = login("clerk_k"), login("super_k")
    uuid = ANSWERED[0]["uuid"]
    assert exchange(server, clerk, [keyed(0)])[0]["status"] == "stored"

    item = feed_item(server, supervisor, uuid)
    assert item["as_written"] == [
        {
            "path": MINUTES,
            "name": "water_minutes",
            "value": "720",
            "rule": RULE,
            "note": "the paper says 720",
            "confirmed": False,
            "confirmed_by": "",
            "confirmed_at": "",
            "confirmed_level": "",
        }
    ]

    confirm = {"decision": "approved", "revision": 1, "confirmed": [MINUTES]}
    # another site's reviewer, an enumerator: as for an approval
    assert decide(server, login("clerk_a"), uuid, confirm).status_code == 404
    assert decide(server, login("amina"), uuid, confirm).status_code == 403
    # only a value the revision keeps as on paper can be confirmed
    wrong = decide(server, supervisor, uuid, {**confirm, "confirmed": ["/data/zone"]})
    assert wrong.status_code == 422 and "/data/zone" in wrong.json()["detail"]
    assert feed_item(server, supervisor, uuid)["decisions"] == []

    r = decide(server, supervisor, uuid, confirm)
    assert r.status_code == 200 and r.json()["state"] == "site_approved"
    item = feed_item(server, supervisor, uuid)
    [flag] = item["as_written"]
    assert (flag["confirmed"], flag["confirmed_by"], flag["confirmed_level"]) == (
        True,
        "super_k",
        "site",
    )
    assert item["decisions"][-1]["confirmed"] == {MINUTES: "720"}

    history = requests.get(
        f"{server.url}/api/v1/review/submissions/{uuid}/history",
        headers={"authorization": f"Bearer {supervisor}"},
        timeout=30,
    ).json()
    assert history["decisions"][-1]["confirmed"] == {MINUTES: "720"}
    assert history["decisions"][-1]["by"] == "super_k"
    assert history["revisions"][0]["as_written"][0]["confirmed_by"] == "super_k"

    # once the Secretariat decided on the revision, the site no longer can
    secretariat = login("secretariat")
    assert decide(server, secretariat, uuid, {"decision": "approved"}).status_code == 200
    assert decide(server, supervisor, uuid, {**confirm, "comment": "again"}).status_code == 409


def test_a_corrected_revision_that_changed_the_answer_carries_no_flag(server, login):
    clerk, supervisor = login("clerk_k"), login("super_k")
    uuid = ANSWERED[1]["uuid"]
    assert exchange(server, clerk, [keyed(1)])[0]["status"] == "stored"
    r = decide(
        server,
        supervisor,
        uuid,
        {"decision": "returned", "answers": {"survey/wash/water_minutes": "Read 72?"}},
    )
    assert r.status_code == 200, r.text
    # corrected to 72 (its paper facts still naming 720: no longer the answer)
    corrected = keyed(1, revision=2, **{"survey/wash/water_minutes": 72})
    assert exchange(server, clerk, [corrected])[0]["status"] == "stored"
    item = feed_item(server, supervisor, uuid)
    assert item["revision"] == 2 and item["as_written"] == []
    wrong = decide(server, supervisor, uuid, {"decision": "approved", "confirmed": [MINUTES]})
    assert wrong.status_code == 422


# -- exports -----------------------------------------------------------------------------------

SAID = (
    "water_minutes = 720 kept as on paper (rule: Between 0 and 600 minutes.); "
    "note: the paper says 720; not confirmed yet"
)


def _exported(server, fmt: str, tmp_path) -> tuple[dict[str, dict], dict[str, list[str]]]:
    """The main table of the household export in ``fmt``, read back as a reader's program
    reads it: {uuid: {column: value}}, and the codebook's lines by column."""
    tmp_path.mkdir(exist_ok=True)
    out = tmp_path / f"household.{fmt}"
    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "household")
        exporting.export(conn, src, fmt, out, helpers=0)
    if fmt == "xlsx":
        from openpyxl import load_workbook

        book = load_workbook(out, read_only=True)
        rows = list(book["household"].values)
        table = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
        lines = [list(r) for r in book["codebook"].values]
    else:
        with zipfile.ZipFile(out) as z:
            lines = list(csv.reader(io.StringIO(z.read("codebook.csv").decode("utf-8-sig"))))
            z.extractall(tmp_path / fmt)
        folder = tmp_path / fmt
        if fmt == "csv":
            import pandas as pd

            table = pd.read_csv(folder / "household.csv", dtype=str).to_dict("records")
        elif fmt == "parquet":
            import pandas as pd

            table = pd.read_parquet(folder / "household.parquet").to_dict("records")
        else:
            import pyreadstat

            read = pyreadstat.read_dta if fmt == "dta" else pyreadstat.read_sav
            frame, _ = read(str(folder / f"household.{fmt}"))
            named = {
                line[lines[0].index(f"name_in_{fmt}")]: line[1]
                for line in lines[1:]
                if line[0] == "household"
            }
            table = frame.rename(columns=named).to_dict("records")
    header = lines[0]
    book_lines = {
        line[1]: dict(zip(header, line, strict=False))
        for line in lines[1:]
        if line[0] == "household"
    }
    return {r["_uuid"]: r for r in table}, book_lines


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet", "dta", "sav"])
def test_every_export_lists_the_value_kept_as_on_paper(server, login, tmp_path, fmt):
    clerk = login("clerk_k")
    flagged, plain = ANSWERED[0]["uuid"], ANSWERED[4]["uuid"]
    results = exchange(server, clerk, [keyed(0), keyed(4, written=(), **_WITHIN)])
    assert [r["status"] for r in results] == ["stored", "stored"]

    rows, book = _exported(server, fmt, tmp_path)
    assert rows[flagged]["_as_written"] == SAID
    assert float(rows[flagged]["survey/wash/water_minutes"]) == 720  # as the paper says
    assert _empty(rows[plain]["_as_written"])
    described = book["_as_written"]
    assert "kept as written on the paper" in described[next(k for k in described if "label" in k)]

    r = decide(server, login("super_k"), flagged, {"decision": "approved", "confirmed": [MINUTES]})
    assert r.status_code == 200, r.text
    rows, _ = _exported(server, fmt, tmp_path / "after")
    assert rows[flagged]["_as_written"].startswith(
        "water_minutes = 720 kept as on paper (rule: Between 0 and 600 minutes.); "
        "note: the paper says 720; confirmed by super_k (site, "
    )


_WITHIN = {"survey/wash/water_minutes": 45}  # a household whose water time is within the rule


def _empty(value) -> bool:
    """An empty cell as each reader gives it: None, "", or pandas' NaN."""
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def test_the_odata_feed_and_the_data_page_say_it_too(server, login):
    clerk = login("clerk_k")
    assert exchange(server, clerk, [keyed(0)])[0]["status"] == "stored"
    headers = {"authorization": f"Bearer {login('secretariat')}"}
    base = f"{server.url}/api/v1/odata/household.svc"
    assert 'Name="__system_asWritten"' in requests.get(f"{base}/$metadata", headers=headers).text
    [row] = requests.get(f"{base}/Submissions", headers=headers, timeout=30).json()["value"]
    assert row["__system_asWritten"] == SAID and row["survey_wash_water_minutes"] == 720
    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "household")
        page = exporting.browse(conn, src)
    names = [c["name"] for c in page["columns"]]
    assert page["rows"][0][names.index("_as_written")] == SAID


# -- indicators --------------------------------------------------------------------------------


def test_indicators_leave_an_unconfirmed_value_out_and_count_it_once_confirmed(server, login):
    """H1 (basic drinking water) reads the water ladder the form calculates from the water
    time; H13 (income per person) reads the household size. A household whose water time
    (720) and size (45) were kept as on paper is in neither until they are confirmed."""
    clerk = login("clerk_k")
    flagged, plain = ANSWERED[0]["uuid"], ANSWERED[2]["uuid"]  # both in arua, in UGX
    size = kept("/data/survey/hh_size", "45", "45 people on the paper")
    results = exchange(
        server,
        clerk,
        [keyed(0, written=(kept(), size), **{"survey/hh_size": 45}), keyed(2, **_WITHIN)],
    )
    assert [r["status"] for r in results] == ["stored", "stored"]
    engine = server.app.state.engine

    def everyone() -> dict:
        with engine.connect() as conn:
            found = indicators.household_indicators(
                conn, accounts.principal_of(conn, "secretariat")
            )
        [cell] = [g for g in found["groups"] if g["city"] == "(all)"]
        return cell

    with engine.begin() as conn:
        secretariat = accounts.principal_of(conn, "secretariat")
        for uuid in (flagged, plain):  # approved, the kept values not confirmed
            review.decide(conn, secretariat, uuid, "approved")
    before = everyone()
    assert before["households"] == 2
    assert before["indicators"]["H1"]["denominator"] == 1  # its water ladder is missing
    h13 = before["indicators"]["H13 UGX"]
    assert h13["households"] == 1
    per_person = float(ANSWERED[2]["data"]["survey/livelihoods/income_amount"]) / float(
        ANSWERED[2]["data"]["survey/hh_size"]
    )
    assert h13["value"] == pytest.approx(per_person)

    with engine.begin() as conn:
        review.decide(conn, secretariat, flagged, "approved", confirmed=[MINUTES])
    middle = everyone()
    assert middle["indicators"]["H1"]["denominator"] == 2  # the water time stands now
    assert middle["indicators"]["H13 UGX"]["households"] == 1  # the size: not confirmed yet

    with engine.begin() as conn:
        review.decide(conn, secretariat, flagged, "approved", confirmed=["/data/survey/hh_size"])
    after = everyone()["indicators"]["H13 UGX"]
    assert after["households"] == 2
    paper = float(ANSWERED[0]["data"]["survey/livelihoods/income_amount"]) / 45
    assert after["value"] == pytest.approx(statistics.median([per_person, paper]))


def test_a_roster_answer_is_kept_named_by_its_entry_and_left_out_there_only():
    """A member's age of 130 (the form allows 0–110) in the second entry of the roster: its
    path as the form's checks name it, shown as "age (member 2)", and only that entry's age
    and what the form calculates from it are missing for the indicators."""
    envelope = next(s for s in ANSWERED if len(s["data"].get("survey/member") or []) >= 2)
    data = json.loads(json.dumps(envelope["data"]))
    data["survey/member"][1]["age"] = 130
    text = json.dumps(data)
    path = "/data/survey/member[2]/age"
    paper = {"as_written": [{"path": path, "value": "130", "rule": "0-110", "note": ""}]}
    item = PushItem(
        uuid=envelope["uuid"],
        form_id="household",
        form_version=envelope["form_version"],
        revision=1,
        json_text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        paper=paper,
    )
    refused = ingest.problems(HOUSEHOLD, item.model_copy(update={"paper": None}))
    assert refused == [f"{path}: Age must be between 0 and 110. (value '130')"]
    assert ingest.problems(HOUSEHOLD, item) == []

    [flag] = as_written.standing(paper, data)
    assert (flag.name, flag.value, flag.confirmed) == ("age (member 2)", "130", False)
    counted = as_written.without_unconfirmed(HOUSEHOLD, data, [flag])
    first, second = counted["survey/member"][:2]
    assert second["age"] is None and second["is_child"] is None and second["is_under5"] is None
    assert first == data["survey/member"][0]  # the other members as they are
    assert counted["survey/n_children"] is None  # calculated from every member's age
    assert data["survey/member"][1]["age"] == 130  # the submission itself is left alone
