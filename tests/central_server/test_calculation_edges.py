"""Issue 21: an answer at the edge of a number (hh_size = 10^30) made a calculation raise:
``/sync/exchange`` answered 500 and kept the good item beside it out (the device's sync
blocked), and by push or OpenRosa it was stored "could not check" and exported past its
constraint. Every item is judged alone, and such an answer is refused by its constraint."""

import gzip
import hashlib
import json
import uuid as uuidlib

import requests

from central_server import published_forms
from form_engine.authoring import write_xlsform
from tests.central_server.test_api import push


def _form(server, tmp_path):
    path = write_xlsform(
        tmp_path / "sizes.xlsx",
        [
            {
                "type": "decimal",
                "name": "hh_size",
                "label": "Household size",
                "constraint": ". < 100",
            },
            {"type": "calculate", "name": "per_room", "calculation": "round(${hh_size} div 3, 2)"},
        ],
        settings={"form_id": "sizes", "version": "1"},
    )
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)


def _item(size) -> dict:
    uuid = str(uuidlib.uuid4())
    data = {"hh_size": size, "meta/instanceID": f"uuid:{uuid}"}
    text = json.dumps(data)
    return {
        "uuid": uuid,
        "form_id": "sizes",
        "form_version": "1",
        "revision": 1,
        "json_text": text,
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
    }


def test_a_huge_number_is_refused_alone_on_every_path(server, login, tmp_path):
    _form(server, tmp_path)
    token = login("amina")
    body = gzip.compress(json.dumps({"items": [_item(1e30), _item(4)], "cursor": 0}).encode())
    r = requests.post(
        f"{server.url}/api/v1/sync/exchange",
        data=body,
        headers={
            "authorization": f"Bearer {token}",
            "content-type": "application/json",
            "content-encoding": "gzip",
        },
    )
    assert r.status_code == 200, r.text
    huge, good = r.json()["results"]
    assert huge["status"] == "rejected" and "hh_size" in huge["reasons"][0]
    assert good["status"] == "stored"

    r = push(server, token, [_item(2e30), _item(-1e30), _item(5)])
    assert [x["status"] for x in r.json()["results"]] == ["stored"] * 3
    server.checked()
    with server.app.state.engine.connect() as c:
        verdicts = sorted(
            (json.loads(t)["hh_size"], s, "could not check" in json.dumps(why))
            for t, s, why in c.exec_driver_sql("SELECT json_text, status, reasons FROM revisions")
        )
    # the check after storing refused it by its constraint, not "could not check"
    assert verdicts == [
        (-1e30, "stored", False),  # under 100: as the form says
        (4, "stored", False),
        (5, "stored", False),
        (1e30, "rejected", False),
        (2e30, "rejected", False),
    ]
