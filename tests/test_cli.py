"""The headless commands, run as a user would run them."""

import json
import os
import re
import subprocess
import sys

import pytest

from tests.conftest import REPO, daftari_server

FORM = REPO / "forms" / "household.xlsx"


def daftari(*args, stdin=None, env=None):
    env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_form_check_prints_a_summary():
    r = daftari("form", "check", FORM)
    assert r.returncode == 0, r.stderr
    assert "household" in r.stdout and "2026120101" in r.stdout
    assert "Amharic (am)" in r.stdout
    assert "repeat       /data/survey/member" in r.stdout


def test_form_check_json():
    r = daftari("form", "check", FORM, "--json")
    summary = json.loads(r.stdout)
    assert summary["ok"] is True and summary["form_id"] == "household"
    assert len(summary["languages"]) == 6
    assert summary["repeats"][0]["count"] == "/data/survey/hh_size"
    assert summary["questions"] > 40


def test_form_check_on_a_broken_form_names_the_place_and_fails():
    r = daftari("form", "check", REPO / "tests/forms/broken/unsupported_function.xlsx")
    assert r.returncode == 1
    assert "sheet 'survey', row 3, column 'relevant" in r.stderr
    assert "Traceback" not in r.stderr


def test_fill_then_validate(tmp_path):
    out = tmp_path / "subs.jsonl"
    r = daftari(
        "form",
        "fill",
        FORM,
        "--random",
        15,
        "--seed",
        5,
        "--out",
        out,
        "--now",
        "2026-11-20T10:00:00+03:00",
    )
    assert r.returncode == 0, r.stderr
    lines = out.read_text().splitlines()
    assert len(lines) == 15
    first = json.loads(lines[0])
    assert set(first) == {"uuid", "form_id", "form_version", "data"}
    r = daftari("form", "validate", FORM, out)
    assert r.returncode == 0 and "15 valid, 0 invalid" in r.stderr


def test_validate_reports_each_invalid_submission(tmp_path):
    subs = tmp_path / "subs.jsonl"
    good = {
        "uuid": "a",
        "form_id": "household",
        "form_version": "2026120101",
        "data": {
            "city": "kakuma",
            "zone": "Z1",
            "identification/hh_no": 4,
            "identification/consent": "no",
        },
    }
    bad = {**good, "uuid": "b", "data": {**good["data"], "city": "nairobi"}}
    wrong_version = {**good, "uuid": "c", "form_version": "1"}
    subs.write_text(
        "\n".join([json.dumps(good), json.dumps(bad), "{not json", json.dumps(wrong_version)])
        + "\n"
    )
    r = daftari("form", "validate", FORM, subs)
    assert r.returncode == 1
    out = r.stdout.splitlines()
    assert any(line.startswith("line 2 (b): /data/city:") and "nairobi" in line for line in out)
    assert any(line.startswith("line 3: not JSON") for line in out)
    assert any(line.startswith("line 4 (c):") and "version '1'" in line for line in out)
    assert "1 valid, 3 invalid" in r.stderr


def test_eval_jsonl():
    requests = [
        {"id": 1, "expr": "count(/data/m)", "xml": "<data><m/><m/></data>"},
        {
            "id": 2,
            "expr": "../x * 2",
            "xml": "<data><g><x>4</x><y/></g></data>",
            "context": "/data/g/y",
        },
        {"id": 3, "expr": "1 div 0"},
        {
            "id": 4,
            "expr": "instance('c')/root/item/name",
            "secondary": {"c": "<root><item><name>a</name></item></root>"},
        },
        {"id": 5, "expr": "/data/a", "xml": "<data><a>7</a></data>", "type": "number"},
        {"id": 6, "expr": "nosuch(1)"},
        {"id": 7, "expr": "0 div 0"},
    ]
    r = daftari(
        "form", "eval-jsonl", stdin="\n".join(json.dumps(x) for x in requests) + "\nnot json\n"
    )
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert out[0] == {"id": 1, "ok": True, "type": "number", "value": 2.0}
    assert out[1]["value"] == 8.0
    assert out[2]["value"] == "Infinity"
    assert out[3] == {"id": 4, "ok": True, "type": "nodes", "value": ["a"]}
    assert out[4] == {"id": 5, "ok": True, "type": "number", "value": 7.0}
    assert out[5]["ok"] is False and "nosuch" in out[5]["error"]
    assert out[6]["value"] == "NaN"
    assert out[7]["ok"] is False and "not JSON" in out[7]["error"]


def test_every_command_and_option_is_documented_in_the_readme():
    readme = (REPO / "README.md").read_text()
    # "daftari --home DIR --user NAME submissions list" documents "daftari submissions list"
    plain = re.sub(r"--(home|user) [A-Z]+ ", "", readme)
    from desktop_app.cli import build_parser

    def commands(parser, words):
        groups = parser._subparsers._group_actions if parser._subparsers else []
        for group in groups:
            for name, sub in group.choices.items():
                if sub._subparsers:
                    yield from commands(sub, [*words, name])
                else:
                    yield " ".join([*words, name]), sub

    parser = build_parser()
    for opt in (o for a in parser._actions for o in a.option_strings if o != "--help"):
        if opt.startswith("--"):
            assert opt in readme, opt
    found = list(commands(parser, ["daftari"]))
    assert len(found) >= 12
    for command, sub in found:
        assert command in plain, command
        for action in sub._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help":
                    assert opt in readme, f"{command} {opt}"


def test_daftari_server_sets_up_a_database_sites_users_and_forms(tmp_path):
    server = daftari_server(tmp_path)

    assert "schema 0019" in server("init").stdout
    # an empty server says so, and how to begin
    assert "no site yet" in server("site", "list").stdout
    assert "no user yet" in server("user", "list").stdout
    assert "no submission on this server yet" in server("stats").stdout
    assert server("site", "add", "Koboko").returncode == 0
    r = server(
        "user",
        "add",
        "amina",
        "--role",
        "enumerator",
        "--site",
        "Koboko",
        "--password-stdin",
        stdin="koboko-enum-1\n",
    )
    assert r.returncode == 0, r.stderr
    r = server("user", "add", "chol", "--role", "clerk", "--password-stdin", stdin="clerk-pass-1\n")
    assert r.returncode == 1 and "belongs to a site" in r.stderr
    assert "published" in server("form", "publish", REPO / "forms/population.xlsx").stdout
    r = server("form", "publish", REPO / "tests/forms/broken/unknown_reference.xlsx")
    assert r.returncode == 1 and "sheet 'survey', row" in r.stderr
    assert server("stats", "--json").stdout.strip() == "[]"
    assert server("site", "list").stdout.splitlines() == [
        "site\tusers\tsubmissions",
        "Koboko\t1\t0",
    ]
    assert server("user", "disable", "amina").returncode == 0
    listed = server("user", "list").stdout.splitlines()
    assert listed[0] == "user\trole\tsite\tstate"
    assert listed[1].startswith("amina\tenumerator\tKoboko\tdisabled since ")
    assert "koboko-enum-1" not in server("user", "list").stdout


@pytest.mark.parametrize("name", ["household", "service_access", "population"])
def test_standard_forms_check_cleanly(name):
    r = daftari("form", "check", REPO / "forms" / f"{name}.xlsx", "--json")
    summary = json.loads(r.stdout)
    assert summary["ok"] and summary["warnings"] == [] and len(summary["languages"]) == 6


def test_a_client_home_driven_headless(tmp_path):
    home = tmp_path / "home"
    r = daftari(
        "--home",
        home,
        "user",
        "add",
        "amina",
        "--enumerator-id",
        "E01",
        "--site",
        "Kakuma",
        "--password-stdin",
        stdin="kakuma-2026\n",
    )
    assert r.returncode == 0, r.stderr
    assert "administrator" in r.stdout
    r = daftari(
        "--home",
        home,
        "--user",
        "amina",
        "user",
        "add",
        "baraka",
        "--site",
        "Koboko",
        "--password-stdin",
        stdin="koboko-1234\nkakuma-2026\n",
    )
    assert r.returncode == 0, r.stderr
    r = daftari("--home", home, "form", "list")
    assert "household\t2026120101\tHousehold survey" in r.stdout
    subs = tmp_path / "subs.jsonl"
    daftari("form", "fill", FORM, "--random", 5, "--seed", 1, "--out", subs)
    with subs.open("a") as fh:
        fh.write('{"uuid": "x", "form_id": "household", "data": {"nope": 1}}\n')
    r = daftari(
        "--home",
        home,
        "--user",
        "baraka",
        "--password-stdin",
        "submissions",
        "import",
        subs,
        "--finalize",
        stdin="koboko-1234\n",
    )
    assert r.returncode == 1  # one line was refused, and said so
    assert "line 6 (x):" in r.stdout and "nope" in r.stdout
    assert "imported 5 (finalized)" in r.stderr
    env = {"DAFTARI_PASSWORD": "kakuma-2026"}
    r = daftari(
        "--home",
        home,
        "--user",
        "amina",
        "submissions",
        "list",
        "--status",
        "finalized",
        "--json",
        env=env,
    )
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(rows) == 5 and {row["enumerator"] for row in rows} == {"baraka"}
    out = tmp_path / "export.jsonl"
    r = daftari("--home", home, "--user", "amina", "submissions", "export", out, env=env)
    assert r.returncode == 0 and len(out.read_text().splitlines()) == 5
    # --password-stdin after the command works as well as before it (an outsider typed it so)
    r = daftari(
        "--home", home, "--user", "amina", "submissions", "list", "--password-stdin",
        stdin="kakuma-2026\n",
    )  # fmt: skip
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 5


def test_a_wrong_password_is_one_clear_line(tmp_path):
    home = tmp_path / "home"
    daftari("--home", home, "user", "add", "amina", "--password-stdin", stdin="kakuma-2026\n")
    r = daftari(
        "--home",
        home,
        "--user",
        "amina",
        "--password-stdin",
        "submissions",
        "list",
        stdin="guess-1234\n",
    )
    assert r.returncode == 1
    assert r.stderr.strip() == "daftari: the password for 'amina' is not right"


def test_the_server_says_where_clients_reach_it(tmp_path):
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "central_server.cli", "--home", str(tmp_path), "run"]
        + ["--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        first = proc.stdout.readline()
        second = proc.stdout.readline()
    finally:
        proc.kill()
        proc.wait(10)
        proc.stdout.close()
    assert f"listening on http://127.0.0.1:{port}" in first
    assert f"address http://127.0.0.1:{port}" in second


def test_an_administrator_disables_and_enables_a_profile(tmp_path):
    home = tmp_path / "home"
    daftari("--home", home, "user", "add", "amina", "--password-stdin", stdin="kakuma-2026\n")
    r = daftari(
        "--home",
        home,
        "--user",
        "amina",
        "user",
        "add",
        "baraka",
        "--password-stdin",
        stdin="baraka-2026\nkakuma-2026\n",
    )
    assert r.returncode == 0, r.stderr
    disable = ("--home", home, "--user", "amina", "user", "disable", "baraka", "--password-stdin")
    r = daftari(*disable, stdin="kakuma-2026\n")
    assert r.returncode == 0 and "disabled" in r.stdout, r.stderr
    assert "baraka\t\t\tenumerator\tdisabled" in daftari("--home", home, "user", "list").stdout
    r = daftari(
        "--home",
        home,
        "--user",
        "baraka",
        "submissions",
        "list",
        env={"DAFTARI_PASSWORD": "baraka-2026"},
    )
    assert r.returncode != 0 and "disabled" in r.stderr
    r = daftari(*disable[:5], "enable", "baraka", "--password-stdin", stdin="kakuma-2026\n")
    assert r.returncode == 0 and "again" in r.stdout, r.stderr
    r = daftari(
        "--home",
        home,
        "--user",
        "baraka",
        "submissions",
        "list",
        env={"DAFTARI_PASSWORD": "baraka-2026"},
    )
    assert r.returncode == 0, r.stderr
