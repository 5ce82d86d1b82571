"""Probable duplicates (issue 11): the same household surveyed twice is found by the key
fields a data manager names, names and phone numbers matched loosely, and listed for a person
to resolve; nothing is removed, every verdict is kept."""

import hashlib
import json
import uuid as uuidlib

import pytest
import requests

from central_server import accounts, published_forms
from central_server.merged import duplicates
from form_engine.authoring import write_xlsform
from tests.central_server.test_api import push

VISIT = [
    {"type": "text", "name": "zone", "label": "Zone"},
    {"type": "text", "name": "head_name", "label": "Head of household"},
    {"type": "text", "name": "phone", "label": "Phone"},
]
KEYS = "zone,head_name:name,phone:phone"


def sent(token_of, server, who, rows):
    ids = []
    for zone, name, phone in rows:
        uid = str(uuidlib.uuid4())
        data = {"zone": zone, "head_name": name, "phone": phone, "meta/instanceID": f"uuid:{uid}"}
        text = json.dumps(data)
        item = {
            "uuid": uid,
            "form_id": "visit",
            "form_version": "1",
            "revision": 1,
            "json_text": text,
            "sha256": hashlib.sha256(text.encode()).hexdigest(),
        }
        assert push(server, token_of(who), [item]).ok
        ids.append(uid)
    return ids


@pytest.fixture
def visits(server, login, tmp_path):
    path = tmp_path / "visit.xlsx"
    write_xlsform(path, VISIT, settings={"form_id": "visit", "version": "1"})
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    koboko = sent(
        login,
        server,
        "amina",
        [
            ("Z1", "Amina Hassan", "+256 772 123456"),  # a
            ("z1 ", "HASSAN Amina", "0772123456"),  # b: a, keyed again
            ("Z1", "Amina Hassan", "0772999999"),  # c: another phone: another household
            ("Z1", "Amima Hasan", "772-123-456"),  # d: a, with typing slips
            ("Z2", "Juma Okello", "0701000000"),  # e
        ],
    )
    kakuma = sent(login, server, "baraka", [("Z1", "Amina Hassan", "+256772123456")])
    return koboko, kakuma


def pairs_of(found):
    return {frozenset((p.first, p.second)) for p in found}


def test_the_same_household_twice_is_found_and_resolved(server, visits):
    (a, b, c, d, e), (f,) = visits
    engine = server.app.state.engine
    with engine.connect() as conn:
        who = accounts.principal_of(conn, "secretariat")
        found = duplicates.probable(conn, who, "visit", duplicates.parse_keys(KEYS))
    # the Secretariat compares across cities: Kakuma's f is Koboko's a, b and d again
    assert pairs_of(found) == {
        frozenset(p) for p in ((a, b), (a, d), (b, d), (a, f), (b, f), (d, f))
    }
    ab = next(p for p in found if {p.first, p.second} == {a, b})
    assert ab.values["head_name"] in (
        ("Amina Hassan", "HASSAN Amina"),
        ("HASSAN Amina", "Amina Hassan"),
    )
    assert ab.score == 100 and all(p.score >= 85 for p in found)

    with engine.begin() as conn:
        supervisor = accounts.principal_of(conn, "super_k")
        duplicates.resolve(conn, supervisor, b, a, "same_household", "keyed twice")
    with engine.connect() as conn:
        left = duplicates.probable(conn, supervisor, "visit", duplicates.parse_keys(KEYS))
        everything = duplicates.probable(
            conn, supervisor, "visit", duplicates.parse_keys(KEYS), include_resolved=True
        )
        other_site = duplicates.probable(
            conn, accounts.principal_of(conn, "clerk_a"), "visit", duplicates.parse_keys(KEYS)
        )
        kept = conn.exec_driver_sql("SELECT count(*) FROM submissions").scalar_one()
    assert frozenset((a, b)) not in pairs_of(left) and len(left) == 2
    assert {p.resolution for p in everything} == {"same_household", ""}
    assert other_site == []  # Kakuma's clerk: only Kakuma's, where there is one submission
    assert kept == 6  # nothing removed


def test_who_may_look_and_what_a_key_is(server, visits, login):
    engine = server.app.state.engine
    with engine.connect() as conn:
        with pytest.raises(Exception, match="does not look for duplicates"):
            duplicates.probable(
                conn, accounts.principal_of(conn, "amina"), "visit", duplicates.parse_keys(KEYS)
            )
    with pytest.raises(duplicates.BadKeys, match="the kind is one of"):
        duplicates.parse_keys("zone:soundex")
    assert requests.get(f"{server.url}/api/v1/ping").ok
