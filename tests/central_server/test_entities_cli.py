"""The Secretariat's entity lists on the command line: a CSV checked whole (every problem
named with its row, nothing imported while there is one), a dry run before the import, the
lists counted, and a list exported as its users read it (CSV read back with pandas)."""

import uuid

import pandas as pd

from form_engine.authoring import write_xlsform
from tests.conftest import daftari_server

KNOWN = str(uuid.UUID(int=7, version=4))


def set_up(tmp_path):
    server = daftari_server(tmp_path / "home")
    assert server("init").returncode == 0
    for site in ("Koboko", "Kakuma"):
        assert server("site", "add", site).returncode == 0
    r = server(
        "user", "add", "sec", "--role", "secretariat", "--password-stdin", stdin="sec-pass-2026\n"
    )
    assert r.returncode == 0, r.stderr
    r = server(
        "user",
        "add",
        "clerk_k",
        "--role",
        "clerk",
        "--site",
        "Koboko",
        "--password-stdin",
        stdin="clerk-pass-2026\n",
    )
    assert r.returncode == 0, r.stderr
    form = write_xlsform(
        tmp_path / "hh_register.xlsx",
        [
            {"type": "text", "name": "hh_name", "label": "Head", "save_to": "hh_name"},
            {"type": "integer", "name": "hh_size", "label": "Size", "save_to": "size"},
        ],
        settings={"form_id": "hh_register", "version": "1"},
        extra_sheets={"entities": [["list_name", "label"], ["households", "${hh_name}"]]},
    )
    assert server("form", "publish", form).returncode == 0
    return server


def test_an_import_is_checked_whole_tried_dry_then_applied_and_exported(tmp_path):
    server = set_up(tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "name,label,hh_name,colour\n"
        f"{KNOWN},Amina (4),Amina,red\n"
        "not-an-id,Juma,Juma,blue\n"
        f"{KNOWN},Again,Again,green\n"
        ",,Nobody,grey\n",
        encoding="utf-8",
    )
    r = server(
        "entities", "import", "households", bad, "--site", "Koboko", "--as", "sec", "--apply"
    )
    assert r.returncode == 1
    assert r.stderr.splitlines() == [
        "bad.csv: row 1: column 'colour' is not a property of 'households' (its properties: "
        "hh_name, size)",
        "bad.csv: row 3: 'not-an-id' is not a UUID",
        f"bad.csv: row 4: id {KNOWN} is already on row 2",
        "bad.csv: row 5: a new entity needs a label",
        "nothing imported: 4 problem(s) in bad.csv",
    ]
    r = server("entities", "import", "households", bad, "--site", "Gulu", "--as", "sec")
    assert "there is no site 'Gulu'" in r.stderr and r.returncode == 1

    good = tmp_path / "households.csv"
    good.write_text(
        "\ufeffname,label,hh_name,size\n"
        f"{KNOWN},Amina (4),Amina,4\n"
        ',=HYPERLINK("http://x"),Juma,2\n',
        encoding="utf-8",
    )
    args = ("entities", "import", "households", good, "--site", "Koboko", "--as", "sec")
    r = server(*args)
    assert r.stdout.strip() == (
        "would import (a dry run: --apply to import) into Koboko's 'households': 2 new, 0 updated"
    )
    assert "households" not in server("entities", "list", "--as", "sec").stdout  # nothing yet
    assert server(*args, "--apply").stdout.startswith("imported into Koboko's 'households': 2 new")
    # again: the known one updated (its next version), the one without an id created anew
    assert "1 new, 1 updated" in server(*args, "--apply").stdout
    assert server("entities", "list", "--as", "sec").stdout.split("\t") == [
        "households",
        "Koboko",
        "3 entities",
        "0 in conflict\n",
    ]
    # Kakuma's list cannot take Koboko's household
    r = server("entities", "import", "households", good, "--site", "Kakuma", "--as", "sec")
    assert f"row 2: {KNOWN} is another site's entity" in r.stderr

    out = tmp_path / "households-export.csv"
    r = server(
        "entities", "export", "households", "--as", "clerk_k", "--format", "csv", "--out", out
    )
    assert r.returncode == 0, r.stderr
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(frame.columns) == [
        "__id",
        "label",
        "hh_name",
        "size",
        "__site",
        "__version",
        "__createdAt",
        "__updatedAt",
        "__conflict",
    ]
    amina = frame[frame["__id"] == KNOWN].iloc[0]
    assert (amina["label"], amina["size"], amina["__version"]) == ("Amina (4)", "4", "2")
    assert '\'=HYPERLINK("http://x")' in set(frame["label"])  # never run as a formula
    parquet = tmp_path / "households.parquet"
    server(
        "entities", "export", "households", "--as", "sec", "--format", "parquet", "--out", parquet
    )
    assert len(pd.read_parquet(parquet)) == 3
    # the history: Amina's two versions, as each was, by whom
    history = tmp_path / "households-history.csv"
    r = server(
        "entities",
        "export",
        "households",
        "--as",
        "clerk_k",
        "--format",
        "csv",
        "--out",
        history,
        "--versions",
    )
    assert r.returncode == 0 and "(4 versions)" in r.stdout, r.stderr
    versions = pd.read_csv(history, dtype=str, keep_default_na=False)
    amina = versions[versions["__id"] == KNOWN]
    assert list(amina["__version"]) == ["1", "2"] and set(amina["__by"]) == {"sec"}
    assert list(amina["__baseVersion"]) == ["", "1"]
    # another site's list is refused, not written empty; one's own in any case is read
    r = server(
        "entities",
        "export",
        "households",
        "--as",
        "clerk_k",
        "--format",
        "csv",
        "--out",
        history,
        "--site",
        "Kakuma",
    )
    assert r.returncode == 1 and "Koboko's lists only" in r.stderr
    r = server(
        "entities",
        "export",
        "households",
        "--as",
        "clerk_k",
        "--format",
        "csv",
        "--out",
        history,
        "--site",
        "koboko",
    )
    assert r.returncode == 0 and "(3 entities)" in r.stdout, r.stderr
    r = server("entities", "import", "households", good, "--site", "Koboko", "--as", "clerk_k")
    assert "the Secretariat's work" in r.stderr and r.returncode == 1
