"""Quality checks while the team is still in the field (issue 26): a day of Koboko's team, one
enumerator planted to be too fast, outside the area and with one-member households — each
flagged with its rule and reason, and held in review until a supervisor says why it stands;
the rules from the workbook's checks sheet or added by a supervisor; the areas from GeoJSON.
On SQLite and PostgreSQL."""

import json
import uuid as uuidlib
from dataclasses import replace

import pytest
import requests
from sqlalchemy import select

from central_server import accounts, areas, checks, paradata, published_forms, summaries
from central_server.db import paradata_files, sites
from central_server.settings import Settings
from form_engine import load_xlsform
from form_engine.authoring import write_xlsform
from form_engine.submission import json_to_xml
from tests.central_server.conftest import PASSWORDS, LiveServer, seed, tokens_for
from tests.openrosa.collect import Collect

API = "/api/v1"
SURVEY = [
    {"type": "audit", "name": "audit"},
    {"type": "geopoint", "name": "location", "label": "Where is the household?"},
    {"type": "select_one zone", "name": "zone", "label": "Zone"},
    {"type": "integer", "name": "hh_size", "label": "How many people live here?"},
    {"type": "select_one yndk", "name": "latrine", "label": "Is there a latrine?"},
    {"type": "begin_repeat", "name": "member", "label": "Member"},
    {"type": "text", "name": "name", "label": "Name"},
    {"type": "end_repeat", "name": "member"},
]
CHOICES = [
    {"list_name": "zone", "name": "A", "label": "Zone A"},
    {"list_name": "zone", "name": "B", "label": "Zone B"},
    {"list_name": "yndk", "name": "1", "label": "Yes"},
    {"list_name": "yndk", "name": "0", "label": "No"},
    {"list_name": "yndk", "name": "8", "label": "Don't know"},
]
CHECKS_SHEET = [
    ["name", "check", "field", "parameters", "message"],
    ["too_fast", "duration", "", "min_minutes=3 below_median=0.5", "Too fast"],
    ["outside", "gps_area", "location", "zone=zone", ""],
    ["size_far", "outlier", "hh_size", "k=3", ""],
    ["few_people", "enumerator_low", "member", "ratio=0.6 min_interviews=5", ""],
]
# Two zones of Koboko, side by side (GeoJSON: longitude first)
ZONES = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"name": "A"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [
                    [[30.95, 3.40], [30.97, 3.40], [30.97, 3.42], [30.95, 3.42], [30.95, 3.40]]
                ],
            },
        },
        {
            "type": "Feature",
            "properties": {"name": "B"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [
                    [[30.97, 3.40], [30.99, 3.40], [30.99, 3.42], [30.97, 3.42], [30.97, 3.40]]
                ],
            },
        },
    ],
}
IN_A, IN_B, OUTSIDE = "3.41 30.96 0 5", "3.41 30.98 0 5", "3.45 31.10 0 5"
TEAM = ("amina", "jane", "ocen", "akello")
START = 1_765_000_000_000


def write_form(path, form_id: str, checks=None, title: str = "") -> None:
    """The day's form as an XLSForm, with a ``checks`` sheet of these rows where given."""
    settings = {"form_id": form_id, "version": "1", **({"form_title": title} if title else {})}
    extra = {"checks": checks} if checks is not None else {}
    write_xlsform(path, SURVEY, choices=CHOICES, settings=settings, extra_sheets=extra)


def audit_csv(questions: list[str], seconds: int) -> bytes:
    rows = ["event,node,start,end", f"form start,,{START},"]
    at = START
    for node in questions:
        rows.append(f"question,{node},{at},{at + seconds * 1000}")
        at += seconds * 1000
    rows += [f"form save,,{at},", f"form exit,,{at},", f"form finalize,,{at},"]
    return ("\n".join(rows) + "\n").encode()


def interview(name: str, n: int) -> dict:
    """One of the day's households: (answers, seconds a question was on screen)."""
    if name == "akello":  # planted: fast, outside, alone, and never knows
        return {"location": OUTSIDE, "zone": "A", "size": 1, "seconds": 20, "latrine": "8"}
    size = 4 + (n % 3)
    point, zone = IN_A, "A"
    if name == "jane" and n == 0:
        size = 40  # a household of forty: far from the rest
    if name == "ocen" and n == 0:
        point = IN_B  # in zone B, though the answer says A
    return {"location": point, "zone": zone, "size": size, "seconds": 60, "latrine": str(n % 2)}


@pytest.fixture
def day(server, tmp_path):
    """The form published with its checks sheet, Koboko's zones, and the team's day sent
    from Collect with its audit logs; the logs read and the checks run."""
    return plant(server, tmp_path)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def shared(request, tmp_path_factory):
    """The planted day on a server of its own for the tests that only read it (on each
    database, once per test worker): (server, day, login)."""
    settings = Settings.resolve(data_dir=str(tmp_path_factory.mktemp("server")))
    if request.param == "postgresql":
        settings = replace(
            settings, database_url=request.getfixturevalue("postgres").new_database()
        )
    live = LiveServer(settings)
    seed(live.app.state.engine)
    yield live, plant(live, tmp_path_factory.mktemp("day")), tokens_for(live.url)
    live.stop()


def plant(server, tmp_path):
    path = tmp_path / "hh_day.xlsx"
    write_form(path, "hh_day", checks=CHECKS_SHEET, title="Household day")
    engine = server.app.state.engine
    with engine.begin() as conn:
        published_forms.publish(conn, path)
        for name in TEAM[1:]:
            accounts.add_user(
                conn,
                name,
                role="enumerator",
                site="Koboko",
                password=f"{name}-pw-01",
                memory_kib=1024,
            )
        admin = accounts.principal_of(conn, "admin")
        areas.set_areas(conn, admin, "Koboko", json.dumps(ZONES).encode())
    form = load_xlsform(path)
    made: dict[str, list[str]] = {name: [] for name in TEAM}
    for name in TEAM:
        for n in range(6):
            made[name].append(send_interview(server, form, name, interview(name, n)))
    while paradata.read_waiting(engine) or summaries.summarize_waiting(engine):
        pass
    with engine.connect() as conn:
        states = conn.execute(select(paradata_files.c.state)).scalars().all()
    assert states == ["read"] * 24
    report = checks.check_form(engine, "hh_day")
    assert report.problems == [] and report.submissions == 24
    return made, report


def send_interview(server, form, name: str, e: dict) -> str:
    """One interview of the day sent from the enumerator's Collect with its audit log; its
    uuid."""
    instance = str(uuidlib.uuid4())
    data = {
        "location": e["location"],
        "zone": e["zone"],
        "hh_size": e["size"],
        "latrine": e["latrine"],
        "member": [{"name": f"Person {i}"} for i in range(min(e["size"], 8))],
        "meta/audit": "audit.csv",
        "meta/instanceID": f"uuid:{instance}",
    }
    nodes = ["/data/location", "/data/zone", "/data/hh_size"] + [
        f"/data/member[{i + 1}]/name" for i in range(min(e["size"], 8))
    ]
    collect = Collect(server.url, name, PASSWORDS.get(name, f"{name}-pw-01"))
    answers = collect.submit(
        json_to_xml(form, data).encode(), {"audit.csv": audit_csv(nodes, e["seconds"])}
    )
    assert [a.status_code for a in answers] == [201]
    return instance


def by_rule(found) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in found:
        out.setdefault(f.rule, set()).add(f.uuid)
    return out


def test_the_planted_enumerator_is_flagged_by_every_rule_with_its_reason(shared):
    _, (made, report), _ = shared
    flagged = by_rule(report.flags)
    akello = set(made["akello"])
    assert flagged["too_fast"] == akello
    assert flagged["few_people"] == akello
    assert flagged["outside"] == akello | {made["ocen"][0]}
    assert flagged["size_far"] == {made["jane"][0]}
    assert {f.uuid for f in report.flags} == akello | {made["ocen"][0], made["jane"][0]}

    said = {(f.uuid, f.rule): f for f in report.flags}
    fast = said[(made["akello"][0], "too_fast")]
    assert fast.reason.startswith("Too fast — ")  # the rule's own message first
    assert "1 min 20 s in all (4 shown)" in fast.reason and "under the 3 min" in fast.reason
    assert "20.0 s a question shown, under 0.5 × the team's median" in fast.reason
    assert fast.details["seconds_per_question"] == 20.0
    alone = said[(made["akello"][0], "few_people")]
    assert "akello's interviews give member 1.0 entries on average (6 interviews)" in alone.reason
    assert alone.details["enumerator_mean"] == 1.0 and alone.details["team_mean"] > 4
    out = said[(made["akello"][0], "outside")]
    assert out.reason == "location 3.45000, 31.10000 is outside zone A"
    wrong_zone = said[(made["ocen"][0], "outside")]
    assert wrong_zone.details == {
        "latitude": 3.41,
        "longitude": 30.98,
        "area": "A",
        "zone_answer": "A",
    }
    far = said[(made["jane"][0], "size_far")]
    assert far.reason.startswith("hh_size is 40: outside what Koboko's submissions hold")


def test_flagged_submissions_are_held_in_review_with_the_reason(server, day, login):
    made, _ = day
    token = login("super_k")
    headers = {"authorization": f"Bearer {token}"}
    listed = requests.get(
        f"{server.url}{API}/review/submissions",
        params={"flagged": "true", "form_id": "hh_day"},
        headers=headers,
        timeout=30,
    ).json()["submissions"]
    assert {s["uuid"] for s in listed} == set(made["akello"]) | {made["ocen"][0], made["jane"][0]}
    mine = next(s for s in listed if s["uuid"] == made["akello"][0])
    assert sorted(f.split(":")[0] for f in mine["flags"]) == ["few_people", "outside", "too_fast"]
    clean = requests.get(
        f"{server.url}{API}/review/submissions",
        params={"flagged": "false", "form_id": "hh_day"},
        headers=headers,
        timeout=30,
    ).json()["submissions"]
    assert len(clean) == 24 - 8 and all(s["flags"] == [] for s in clean)

    url = f"{server.url}{API}/review/submissions/{made['akello'][0]}/decisions"
    held = requests.post(url, json={"decision": "approved"}, headers=headers, timeout=30)
    assert held.status_code == 422
    assert "flagged" in held.json()["detail"] and "too_fast" in held.json()["detail"]
    approved = requests.post(
        url,
        json={"decision": "approved", "comment": "Called back: the household is one widow."},
        headers=headers,
        timeout=30,
    )
    assert approved.status_code == 200
    # a clean one needs no comment
    ok = requests.post(
        f"{server.url}{API}/review/submissions/{made['amina'][1]}/decisions",
        json={"decision": "approved"},
        headers=headers,
        timeout=30,
    )
    assert ok.status_code == 200


def test_the_other_site_sees_none_of_the_flags(shared):
    server, _, login = shared
    token = login("clerk_a")  # Kakuma's
    r = requests.get(
        f"{server.url}{API}/checks/hh_day/flags",
        headers={"authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert r.status_code == 200 and r.json()["flags"] == []
    everyone = requests.get(
        f"{server.url}{API}/checks/hh_day/flags",
        headers={"authorization": f"Bearer {login('secretariat')}"},
        timeout=30,
    ).json()["flags"]
    assert len(everyone) == 6 * 3 + 2
    for site, count in (("Koboko", 20), ("Kakuma", 0)):  # the Secretariat's one site
        one = requests.get(
            f"{server.url}{API}/checks/hh_day/flags",
            params={"site": site},
            headers={"authorization": f"Bearer {login('secretariat')}"},
            timeout=30,
        ).json()["flags"]
        assert len(one) == count and {f["site"] for f in one} <= {site}


def test_a_supervisor_adds_a_rule_without_a_programmer(server, day, login):
    made, _ = day
    headers = {"authorization": f"Bearer {login('super_k')}"}
    url = f"{server.url}{API}/checks/hh_day/rules"
    wrong = requests.post(
        url,
        json={"name": "big", "check": "outlier", "field": "zone"},
        headers=headers,
        timeout=30,
    )
    assert wrong.status_code == 422
    assert (
        "outlier reads an integer or decimal question; 'zone' is not one" in wrong.json()["detail"]
    )
    added = requests.post(
        url,
        json={
            "name": "quick",
            "check": "duration",
            "parameters": "min_minutes=5",
            "message": "Under five minutes",
        },
        headers=headers,
        timeout=30,
    )
    assert added.status_code == 201
    listed = requests.get(url, headers=headers, timeout=30).json()["rules"]
    assert [(r["name"], r["source"], r["site"]) for r in listed][-1] == (
        "quick",
        "supervisor",
        True,
    )
    report = checks.check_form(server.app.state.engine, "hh_day")
    quick = by_rule(report.flags)["quick"]
    # under 5 minutes on screen: akello's six, and households of 4 (7 questions × 60 s)
    assert set(made["akello"]) <= quick
    assert all(
        f.reason.startswith("Under five minutes — ") for f in report.flags if f.rule == "quick"
    )
    # Kakuma's clerk cannot take it away; Koboko's supervisor can
    other = requests.delete(
        f"{url}/quick", headers={"authorization": f"Bearer {login('clerk_a')}"}, timeout=30
    )
    assert other.status_code == 403
    gone = requests.delete(f"{url}/quick", headers=headers, timeout=30)
    assert gone.status_code == 200
    assert "quick" not in by_rule(checks.check_form(server.app.state.engine, "hh_day").flags)


def test_a_broken_checks_sheet_refuses_the_form_and_names_the_row(server, tmp_path):
    path = tmp_path / "broken.xlsx"
    write_form(
        path,
        "broken",
        checks=[
            ["name", "check", "field", "parameters"],
            ["ok", "outlier", "hh_size", ""],
            ["bad", "outlier", "hh_size", "k=three"],
        ],
    )
    with pytest.raises(checks.BadRule) as refused, server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    assert refused.value.detail == "sheet 'checks', row 3: k is a number, not 'three'"
    with server.app.state.engine.connect() as conn:
        assert checks.rules_of(conn, "broken") == []


def test_areas_that_are_not_polygons_are_refused_with_the_feature(server):
    line = {
        "type": "FeatureCollection",
        "features": [
            ZONES["features"][0],
            {
                "type": "Feature",
                "properties": {"name": "road"},
                "geometry": {"type": "LineString", "coordinates": [[30.9, 3.4], [31.0, 3.5]]},
            },
        ],
    }
    with server.app.state.engine.begin() as conn:
        admin = accounts.principal_of(conn, "admin")
        with pytest.raises(areas.BadAreas) as refused:
            areas.set_areas(conn, admin, "Koboko", json.dumps(line).encode())
        assert "feature 2 ('road'): a LineString is not an area" in refused.value.detail
        projected = json.loads(json.dumps(ZONES))  # metres (UTM), not degrees
        ring = projected["features"][1]["geometry"]["coordinates"][0]
        projected["features"][1]["geometry"]["coordinates"][0] = [
            [x * 11_000, y * 110_000] for x, y in ring
        ]
        with pytest.raises(areas.BadAreas) as refused:
            areas.set_areas(conn, admin, "Koboko", json.dumps(projected).encode())
        assert "feature 2 ('B'): coordinates outside longitude" in refused.value.detail
        assert "another projection" in refused.value.detail
        assert areas.areas_of(conn, 1) == []  # nothing of either was kept


def test_the_commands_give_areas_and_list_the_flags(server, server_settings, day, tmp_path):
    if server.app.state.engine.dialect.name != "sqlite":
        pytest.skip("the commands are run against the server's own SQLite (--home)")
    from tests.conftest import daftari_server

    made, _ = day
    run = daftari_server(server_settings.data_dir)
    zones = tmp_path / "kakuma.geojson"
    zones.write_text(json.dumps(ZONES))
    given = run("site", "area", "Kakuma", zones)
    assert given.returncode == 0 and given.stdout.strip() == "Kakuma: 2 area(s): A, B"
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [')
    refused = run("site", "area", "Kakuma", bad)
    assert refused.returncode == 1 and "the file is not GeoJSON" in refused.stderr

    listed = run("checks", "hh_day", "--as", "super_k", "--json")
    assert listed.returncode == 0, listed.stderr
    found = json.loads(listed.stdout)
    assert {(f["uuid"], f["rule"]) for f in found} >= {(u, "too_fast") for u in made["akello"]}
    assert "20 flag(s) on 8 submission(s); 24 submission(s) checked" in listed.stderr
    assert run("checks", "hh_day", "--as", "clerk_a", "--json").stdout.strip() == "[]"
    rules = run("check-rules", "hh_day", "--as", "super_k")
    assert rules.returncode == 0 and "too_fast  duration  -  min_minutes=3" in rules.stdout
    table = run("enumerators", "hh_day", "--as", "super_k")
    assert table.returncode == 0, table.stderr
    akello = next(
        line for line in table.stdout.splitlines() if "(all)" in line and "akello" in line
    )
    assert akello.split()[3:6] == ["6", "1.3", "100%"]  # interviews, minutes, flagged


def test_the_enumerator_table_shows_the_planted_one_beside_the_team(shared):
    server, (made, _), login = shared
    r = requests.get(
        f"{server.url}{API}/checks/hh_day/enumerators",
        headers={"authorization": f"Bearer {login('super_k')}"},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    rows = {(x["enumerator"], x["day"]): x for x in r.json()["rows"]}
    days = {x["day"] for x in r.json()["rows"]} - {"(all)"}
    assert len(days) == 1  # the day they were received
    akello, team = rows[("akello", "(all)")], rows[("(team)", "(all)")]
    assert akello["interviews"] == 6 and team["interviews"] == 24
    assert akello["median_minutes"] == pytest.approx(80 / 60, abs=0.01)  # 4 questions × 20 s
    assert team["median_minutes"] > 5
    assert akello["flagged"] == 1.0 and team["flagged"] == pytest.approx(8 / 24)
    # of the choice answers given (the zone and the latrine): every latrine a "don't know"
    assert akello["dont_know"] == 0.5 and rows[("amina", "(all)")]["dont_know"] == 0.0
    assert team["dont_know"] == pytest.approx(6 / 48)
    assert akello["roster"] == 1.0 and team["roster"] > 3
    assert akello["returned"] == 0.0 and akello["timed"] == 6
    # the day's rows: the same figures for the one day
    (day_,) = days
    assert rows[("akello", day_)]["interviews"] == 6
    assert rows[("(team)", day_)]["interviews"] == 24
    # Kakuma's clerk: nothing of Koboko
    other = requests.get(
        f"{server.url}{API}/checks/hh_day/enumerators",
        headers={"authorization": f"Bearer {login('clerk_a')}"},
        timeout=30,
    )
    assert other.status_code == 200 and other.json()["rows"] == []


def test_the_map_has_the_zones_and_every_point_with_its_flags(shared):
    server, (made, _), login = shared
    r = requests.get(
        f"{server.url}{API}/checks/hh_day/map",
        headers={"authorization": f"Bearer {login('super_k')}"},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["field"] == "location"
    assert [(a["site"], a["name"]) for a in answer["areas"]] == [("Koboko", "A"), ("Koboko", "B")]
    points = {p["uuid"]: p for p in answer["points"]}
    assert len(points) == 24
    planted = points[made["akello"][0]]
    assert (planted["latitude"], planted["longitude"]) == (3.45, 31.10)
    assert sorted(planted["flags"]) == ["few_people", "outside", "too_fast"]
    assert points[made["amina"][1]]["flags"] == []


@pytest.mark.parametrize("fmt", ["csv", "parquet", "dta", "xlsx"])
def test_exports_carry_the_flags_and_the_paradata(shared, tmp_path, fmt):
    import io
    import zipfile

    import pandas as pd

    from central_server.merged import exporting

    server, (made, _), _ = shared
    out = tmp_path / f"day.{fmt if fmt == 'xlsx' else 'zip'}"
    with server.app.state.engine.connect() as conn:
        who = accounts.principal_of(conn, "super_k")
        src = exporting.source(conn, who, "hh_day", state=None)
        exporting.export(conn, src, fmt, out, helpers=0)
    if fmt == "xlsx":
        sheets = pd.read_excel(out, sheet_name=None, dtype=str)
        main, flagged, events = sheets["hh_day"], sheets["flags"], sheets["paradata"]
    else:
        with zipfile.ZipFile(out) as z:
            names = set(z.namelist())
            assert {f"flags.{fmt}", f"paradata.{fmt}"} <= names

            def read(name):
                data = z.read(name)
                if fmt == "csv":
                    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
                if fmt == "parquet":
                    return pd.read_parquet(io.BytesIO(data))
                import pyreadstat

                path = tmp_path / name
                path.write_bytes(data)
                return pyreadstat.read_dta(str(path))[0]

            main = read(f"hh_day.{fmt}")
            flagged, events = read(f"flags.{fmt}"), read(f"paradata.{fmt}")
    uuid_column = "v_uuid" if fmt == "dta" else "_uuid"  # Stata's names begin with a letter
    flags_column = "v_flags" if fmt == "dta" else "_flags"
    by_uuid = dict(zip(main[uuid_column], main[flags_column].fillna(""), strict=True))
    assert sorted(by_uuid[made["akello"][0]].split()) == ["few_people", "outside", "too_fast"]
    assert by_uuid[made["amina"][1]] == ""
    rules = flagged[flagged[uuid_column] == made["akello"][0]]
    assert sorted(rules["rule"]) == ["few_people", "outside", "too_fast"]
    assert "is outside zone A" in " ".join(rules["reason"])
    mine = events[events[uuid_column] == made["akello"][0]]
    assert list(mine["event"]) == ["form start", "question", "question", "question", "question",
                                   "form save", "form exit", "form finalize"]  # fmt: skip
    assert [int(x) for x in mine["duration_ms"]][1:5] == [20_000] * 4
    assert len(events) == sum(
        4 + min(interview(n, i)["size"], 8) + 3 for n in TEAM for i in range(6)
    )


def test_odata_gives_the_flags_and_the_paradata_page_by_page(shared):
    server, (made, _), login = shared
    headers = {"authorization": f"Bearer {login('super_k')}"}
    base = f"{server.url}{API}/odata/hh_day.svc"
    sets = [s["name"] for s in requests.get(base, headers=headers, timeout=30).json()["value"]]
    assert {"Submissions", "Flags", "Paradata"} <= set(sets)
    metadata = requests.get(f"{base}/$metadata", headers=headers, timeout=30).text
    assert '<EntitySet Name="Paradata"' in metadata and "__system_flags" in metadata
    subs = requests.get(f"{base}/Submissions", headers=headers, timeout=30).json()["value"]
    flagged = {s["__id"]: s["__system_flags"] for s in subs}
    assert sorted(flagged[made["akello"][0]].split()) == ["few_people", "outside", "too_fast"]
    # an OData client following nextLink gets every event once
    url, events = f"{base}/Paradata?$top=50", []
    while url:
        answer = requests.get(url, headers=headers, timeout=30).json()
        events += answer["value"]
        url = answer.get("@odata.nextLink")
    assert (
        len(events)
        == len({e["__id"] for e in events})
        == sum(4 + min(interview(n, i)["size"], 8) + 3 for n in TEAM for i in range(6))
    )
    mine = [e for e in events if e["__Submissions_id"] == made["akello"][0]]
    assert [e["duration_ms"] for e in mine if e["event"] == "question"] == [20_000] * 4
    why = requests.get(f"{base}/Flags", headers=headers, timeout=30).json()["value"]
    assert len(why) == 20 and all(f["reason"] for f in why)


def test_a_log_no_reader_foresaw_stops_nothing_else(server, audited_day_form):
    """Found by an attacker: a superscript digit in a timestamp ("²" is a digit to Python)
    stopped the reading of every log after it, and the checks with it; a NUL byte did the
    same on PostgreSQL. Each is now kept as unreadable, with its line, and the next log is
    read."""
    form = load_xlsform(audited_day_form)
    collect = Collect(server.url, "amina", PASSWORDS["amina"])
    sent = []
    for log in (
        b"event,node,start,end\nquestion,/data/hh_size,1765000001000,\xc2\xb2\n",
        b"event,node,start,end\nquestion,/data/hh_size,1765000001000,1765000002000\x00\n",
        b"event,node,start,end\nquestion,/data/hh_size,1765000001000,1765000009000\n",
    ):
        instance = str(uuidlib.uuid4())
        data = {"hh_size": 3, "meta/audit": "audit.csv", "meta/instanceID": f"uuid:{instance}"}
        assert [
            a.status_code
            for a in collect.submit(json_to_xml(form, data).encode(), {"audit.csv": log})
        ] == [201]
        sent.append(instance)
    engine = server.app.state.engine
    while paradata.read_waiting(engine):
        pass
    with engine.connect() as conn:
        found = {u: paradata.of_submission(conn, u)[0] for u in sent}
    assert found[sent[0]]["state"] == "unreadable" and "line 2" in found[sent[0]]["problem"]
    assert found[sent[1]]["state"] == "unreadable" and "NUL" in found[sent[1]]["problem"]
    assert found[sent[2]]["state"] == "read" and found[sent[2]]["shown_ms"] == 8_000


@pytest.fixture
def audited_day_form(server, tmp_path):
    path = tmp_path / "hh_day.xlsx"
    write_form(path, "hh_day")
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    return path


def test_a_duplicate_across_sites_shows_a_site_none_of_the_others_answers(server, day, login):
    """Found by an attacker: a supervisor's duplicate rule put another site's answers (names)
    in the flags of their own site's submissions."""
    made, _ = day
    engine = server.app.state.engine
    # a Kakuma household with the same zone and size as one of Koboko's
    from central_server.db import submissions

    with engine.begin() as conn:
        kakuma_id = conn.execute(select(sites.c.id).where(sites.c.name == "Kakuma")).scalar_one()
        conn.execute(
            submissions.update()
            .where(submissions.c.uuid == made["jane"][1])
            .values(site_id=kakuma_id)
        )
        supervisor = accounts.principal_of(conn, "super_k")
        with pytest.raises(checks.BadRule) as refused:
            checks.add_rule(
                conn,
                supervisor,
                "hh_day",
                checks.Rule("d0", "duplicate", parameters="keys=gps:name"),
            )
        assert "'gps' is not a question of the form" in refused.value.detail
        checks.add_rule(
            conn,
            supervisor,
            "hh_day",
            checks.Rule("twice", "duplicate", parameters="keys=hh_size,zone"),
        )
    report = checks.check_form(engine, "hh_day")
    koboko = [f for f in report.flags if f.rule == "twice" and f.site == "Koboko"]
    assert koboko, report.problems
    across = [f for f in koboko if f.details.get("other_site")]
    assert across and all(
        "values" not in f.details and made["jane"][1] not in f.reason for f in across
    )


def test_hostile_area_files_and_checks_sheets_are_refused_cleanly(server, tmp_path):
    """Found by an attacker: nested arrays, NaN corners and a million-corner polygon made
    tracebacks (one took 12.8 GB); a cell written at XFD1048576 made a publish read a
    million rows; a formula's parameters were dropped silently."""
    import math

    deep = b"[" * 200_000
    nan = json.dumps(
        {"type": "Polygon", "coordinates": [[[math.nan, 1], [2, 2], [3, 1], [math.nan, 1]]]}
    ).encode()
    many = json.dumps(
        {
            "type": "Polygon",
            "coordinates": [[[30 + i * 1e-6, 3] for i in range(150_000)] + [[30, 3]]],
        }
    ).encode()
    for content, said in (
        (deep, "nested too deep"),
        (nan, "its coordinates cannot be read"),
        (many, "150,001 corners; an area has at most 100,000"),
    ):
        with pytest.raises(areas.BadAreas) as refused:
            areas.read_geojson(content)
        assert said in refused.value.detail

    from openpyxl import load_workbook

    path = tmp_path / "formula.xlsx"
    write_form(
        path,
        "formula",
        checks=[
            ["name", "check", "field", "parameters"],
            ["too_fast", "duration", "", '="min_minutes=10"'],
        ],
    )
    with pytest.raises(checks.BadRule) as refused, server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    assert refused.value.detail == (
        "sheet 'checks', row 2: 'parameters' holds a formula; type its value instead"
    )
    far = tmp_path / "far.xlsx"
    write_form(far, "far", checks=[["name", "check"], ["ok", "as_written"]])
    book = load_workbook(far)
    book["checks"]["XFD1048576"] = "x"
    book.save(far)
    with server.app.state.engine.begin() as conn:  # rows past 2,000 are not read (were 285 s)
        published_forms.publish(conn, far)
    with server.app.state.engine.connect() as conn:
        assert [r.name for r in checks.rules_of(conn, "far")] == ["ok"]
