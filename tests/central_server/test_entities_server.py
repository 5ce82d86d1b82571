"""The server keeps the entities its sites' submissions create and update (ODK Entities), on
SQLite and PostgreSQL: a registration makes a household, a follow-up changes it, two offline
follow-ups of one version are both kept and flagged, an update that comes before its
household waits for it, and another site's submission never changes it."""

import time
import uuid

import pytest
from sqlalchemy import select

from central_server import published_forms
from central_server.db import entities, entity_problems, entity_versions, entity_waiting, revisions
from form_engine import load_xlsform
from form_engine.authoring import write_xlsform
from form_engine.session import FormSession
from form_engine.submission import document_to_json
from tests.central_server.test_api import item, push

HOUSEHOLDS_CSV = "name,label,__version,hh_name,size\n"


@pytest.fixture
def forms(server, tmp_path):
    register = write_xlsform(
        tmp_path / "hh_register.xlsx",
        [
            {"type": "text", "name": "hh_name", "label": "Head", "save_to": "hh_name"},
            {"type": "integer", "name": "hh_size", "label": "Size", "save_to": "size"},
            {"type": "text", "name": "zone", "label": "Zone", "save_to": "zone"},
        ],
        settings={"form_id": "hh_register", "version": "1"},
        extra_sheets={"entities": [["list_name", "label"], ["households", "${hh_name}"]]},
    )
    visit = write_xlsform(
        tmp_path / "hh_visit.xlsx",
        [
            {"type": "select_one_from_file households.csv", "name": "hh", "label": "Household"},
            {"type": "integer", "name": "hh_size", "label": "Size now", "save_to": "size"},
            {"type": "text", "name": "zone", "label": "Zone now", "save_to": "zone"},
        ],
        settings={"form_id": "hh_visit", "version": "1"},
        extra_sheets={"entities": [["list_name", "entity_id"], ["households", "${hh}"]]},
    )
    (tmp_path / "households.csv").write_text(HOUSEHOLDS_CSV)
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, register)
        published_forms.publish(conn, visit)
    return load_xlsform(register), load_xlsform(visit)


def registration(form, name, size, zone="Z1"):
    s = FormSession.new(form)
    for path, value in (("/data/hh_name", name), ("/data/hh_size", size), ("/data/zone", zone)):
        s.set_value(s.nodes(path)[0], value)
    return envelope(form, s)


def follow_up(form, household, base, **answers):
    """A follow-up filled on a device whose list had ``household`` at version ``base``."""
    s = FormSession.new(form)
    s.set_value(s.nodes("/data/hh")[0], household)
    for name, value in answers.items():
        s.set_value(s.nodes(f"/data/{name}")[0], value)
    entity = s.nodes("/data/meta/entity")[0]
    entity.attrs["baseVersion"] = str(base)  # as the device's list gave it
    return envelope(form, s)


def envelope(form, s):
    data = document_to_json(form, s.doc)
    return {
        "uuid": data["meta/instanceID"][5:],
        "form_id": form.form_id,
        "form_version": form.version,
        "data": data,
    }


def send(server, token, *envelopes):
    r = push(server, token, [item(e) for e in envelopes])
    assert [x["status"] for x in r.json()["results"]] == ["stored"] * len(envelopes), r.text
    applied(server)


def applied(server, timeout=30):
    """Until the server has checked every submission and applied its entity changes."""
    engine = server.app.state.engine
    deadline = time.time() + timeout
    while True:
        with engine.connect() as conn:
            left = conn.execute(
                select(revisions.c.seq).where(revisions.c.entities_done == False)  # noqa: E712
            ).first()
        if left is None:
            return
        assert time.time() < deadline, "the server did not apply the entity changes"
        server.app.state.checker.wake()
        time.sleep(0.05)


def entity(server, uid):
    with server.app.state.engine.connect() as conn:
        row = conn.execute(select(entities).where(entities.c.uuid == uid)).first()
        versions = conn.execute(
            select(entity_versions.c.version, entity_versions.c.data, entity_versions.c.conflicting)
            .where(entity_versions.c.uuid == uid)
            .order_by(entity_versions.c.version)
        ).all()
    return row, versions


def problems(server):
    with server.app.state.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(select(entity_problems.c.uuid, entity_problems.c.problem))
        ]


def test_a_household_registered_then_visited_twice_offline(server, login, forms):
    register, visit = forms
    amina = login("amina")
    reg = registration(register, "Amina", "4")
    hid = reg["data"]["meta/entity/@id"]
    send(server, amina, reg)
    row, versions = entity(server, hid)
    assert (row.list_name, row.label, row.version, row.conflict) == ("households", "Amina", 1, None)
    assert row.data == {"hh_name": "Amina", "size": "4", "zone": "Z1"}

    send(server, amina, follow_up(visit, hid, 1, hh_size="5", zone="Z1"))
    row, versions = entity(server, hid)
    assert (row.version, row.data["size"], row.conflict) == (2, "5", None)
    assert row.label == "Amina"  # an update without a label keeps it

    # three devices, all with version 2, offline. One changes the size, one the zone:
    # both changes kept (what each sent as it read it does not undo the other's), "soft"
    send(server, amina, follow_up(visit, hid, 2, hh_size="6", zone="Z1"))
    send(server, amina, follow_up(visit, hid, 2, hh_size="5", zone="Z2"))
    row, versions = entity(server, hid)
    assert (row.version, row.data["size"], row.data["zone"], row.conflict) == (4, "6", "Z2", "soft")
    # the third changed the size too, to another value: "hard", and which property said
    send(server, amina, follow_up(visit, hid, 2, hh_size="9", zone="Z1"))
    row, versions = entity(server, hid)
    assert (row.version, row.data["size"], row.data["zone"], row.conflict) == (5, "9", "Z2", "hard")
    assert versions[-1].conflicting == ["size"]
    assert [v.version for v in versions] == [1, 2, 3, 4, 5]  # every change kept
    assert problems(server) == []


def test_an_update_that_comes_before_its_household_waits_for_it(server, login, forms):
    register, visit = forms
    amina = login("amina")
    reg = registration(register, "Zara", "2")
    hid = reg["data"]["meta/entity/@id"]
    # the follow-up made on the same computer reaches the server first
    send(server, amina, follow_up(visit, hid, 1, hh_size="3", zone="Z1"))
    assert entity(server, hid)[0] is None
    with server.app.state.engine.connect() as conn:
        assert conn.execute(select(entity_waiting.c.uuid)).scalars().all() == [hid]
    send(server, amina, reg)
    row, versions = entity(server, hid)
    assert (row.version, row.data["size"], row.conflict) == (2, "3", None)
    with server.app.state.engine.connect() as conn:
        assert conn.execute(select(entity_waiting.c.uuid)).scalars().all() == []


def test_another_sites_submission_never_changes_a_household(server, login, forms):
    register, visit = forms
    reg = registration(register, "Omar", "3")
    hid = reg["data"]["meta/entity/@id"]
    send(server, login("amina"), reg)  # Koboko's
    send(server, login("baraka"), follow_up(visit, hid, 1, hh_size="8", zone="K9"))  # Kakuma's
    row, _ = entity(server, hid)
    assert (row.version, row.data["size"]) == (1, "3")
    assert problems(server) == [(hid, "it is another site's entity")]


def test_a_registration_without_a_usable_id_is_refused_not_stored(server, login, forms):
    register, _ = forms
    reg = registration(register, "Nuru", "1")
    reg["data"]["meta/entity/@id"] = "not-a-uuid"
    send(server, login("amina"), reg)
    assert problems(server) == [("not-a-uuid", "its id is not a UUID")]
    with server.app.state.engine.connect() as conn:
        assert conn.execute(select(entities.c.uuid)).first() is None
    assert uuid.UUID(registration(register, "Nuru", "1")["data"]["meta/entity/@id"])


def test_a_sites_devices_get_its_households_and_no_other_sites(server, login, forms):
    import requests

    register, visit = forms
    amina, baraka = login("amina"), login("baraka")
    koboko = registration(register, "Amina", "4")
    kakuma = registration(register, "Baraka", "2")
    send(server, amina, koboko)
    send(server, baraka, kakuma)
    hid = koboko["data"]["meta/entity/@id"]
    send(server, amina, follow_up(visit, hid, 1, hh_size="5", zone="Z1"))

    def pulled(token):
        r = requests.get(
            f"{server.url}/api/v1/sync/pull", headers={"authorization": f"Bearer {token}"}
        )
        assert r.status_code == 200, r.text
        return [(e["uuid"], e["label"], e["version"], e["data"]) for e in r.json()["entities"]]

    # Koboko's devices: their household once, at its newest version; Kakuma's: theirs only
    assert pulled(amina) == [(hid, "Amina", 2, {"hh_name": "Amina", "size": "5", "zone": "Z1"})]
    assert pulled(login("super_k")) == pulled(amina)
    assert [u for u, *_ in pulled(baraka)] == [kakuma["data"]["meta/entity/@id"]]
    assert pulled(login("secretariat")) == []  # the lists go to the sites' devices


def test_a_collect_phone_gets_its_sites_list_in_the_manifest_and_its_follow_ups_apply(
    server, login, forms
):
    import re
    import xml.etree.ElementTree as ET

    import requests

    from form_engine.submission import json_to_xml
    from tests.central_server.conftest import PASSWORDS

    register, visit = forms
    koboko = registration(register, "Amina", "4")
    kakuma = registration(register, "Baraka", "2")
    send(server, login("amina"), koboko)
    send(server, login("baraka"), kakuma)
    hid, kid = koboko["data"]["meta/entity/@id"], kakuma["data"]["meta/entity/@id"]
    ns = {"x": "http://openrosa.org/xforms/xformsManifest"}

    def get(url, who="amina"):
        r = requests.get(url, auth=(who, PASSWORDS[who]))
        assert r.status_code == 200, r.text
        return r

    def listed(who="amina"):
        forms_xml = get(f"{server.url}/formList", who).text
        manifest_url = re.search(r"<manifestUrl>([^<]*hh_visit[^<]*)</manifestUrl>", forms_xml)
        assert manifest_url, forms_xml  # offered, though households.csv was never attached
        manifest = ET.fromstring(get(manifest_url[1], who).content)
        [media] = manifest.findall("x:mediaFile", ns)
        assert media.get("type") == "entityList"
        assert media.findtext("x:filename", namespaces=ns) == "households.csv"
        rows = get(media.findtext("x:downloadUrl", namespaces=ns), who).text.splitlines()
        return media.findtext("x:hash", namespaces=ns), media, rows

    before, media, rows = listed()
    assert rows == ["name,label,__version,hh_name,size,zone", f"{hid},Amina,1,Amina,4,Z1"]
    # Kakuma's phone: its own household only, and another hash
    other_hash, _, other_rows = listed("baraka")
    assert other_rows[1:] == [f"{kid},Baraka,1,Baraka,2,Z1"] and other_hash != before

    # which entities a phone holds are gone: another site's counts as gone, never as there
    integrity = media.findtext("x:integrityUrl", namespaces=ns)
    answer = ET.fromstring(get(f"{integrity}?id={hid},{kid}").content)
    assert [(e.get("id"), e.findtext("deleted")) for e in answer.iter("entity")] == [
        (hid, "false"),
        (kid, "true"),
    ]

    # a follow-up sent as Collect sends it updates the household; the list's hash moves
    visit_xml = json_to_xml(visit, follow_up(visit, hid, 1, hh_size="6", zone="Z1")["data"])
    r = requests.post(
        f"{server.url}/submission",
        files={"xml_submission_file": ("submission.xml", visit_xml.encode(), "text/xml")},
        auth=("amina", PASSWORDS["amina"]),
    )
    assert r.status_code == 201, r.text
    applied(server)
    after, _, rows = listed()
    assert rows[1:] == [f"{hid},Amina,2,Amina,6,Z1"] and after != before


def test_entity_lists_in_odata_as_central_offers_them(server, login, forms):
    import requests

    from tests.central_server.conftest import PASSWORDS

    register, visit = forms
    sent = [registration(register, f"Koboko {i}", str(i)) for i in range(3)]
    send(server, login("amina"), *sent)
    send(server, login("baraka"), registration(register, "Kakuma 1", "5"))
    hid = sent[0]["data"]["meta/entity/@id"]
    send(server, login("amina"), follow_up(visit, hid, 1, hh_size="7", zone="Z1"))
    base = f"{server.url}/api/v1/odata/entities/households.svc"

    def read(url, who):
        r = requests.get(url, auth=(who, PASSWORDS[who]))
        assert r.status_code == 200, r.text
        return r.json()

    def every(who, top=2):
        """Following @odata.nextLink as Power BI does."""
        rows, url = [], f"{base}/Entities?$top={top}&$count=true"
        while url:
            page = read(url, who)
            rows += page["value"]
            url = page.get("@odata.nextLink")
        return rows

    assert read(base, "secretariat")["value"] == [
        {"name": "Entities", "kind": "EntitySet", "url": "Entities"}
    ]
    metadata = requests.get(f"{base}/$metadata", auth=("secretariat", PASSWORDS["secretariat"]))
    assert '<Property Name="size" Type="Edm.String"/>' in metadata.text
    everyone = every("secretariat")
    assert sorted(e["__system"]["site"] for e in everyone) == [
        "Kakuma",
        "Koboko",
        "Koboko",
        "Koboko",
    ]
    first = next(e for e in everyone if e["__id"] == hid)
    assert (first["label"], first["size"], first["__system"]["version"]) == ("Koboko 0", "7", 2)
    assert first["__system"]["updates"] == 1 and first["__system"]["creatorName"] == "amina"
    # a site's clerk: that site's only
    assert {e["__system"]["site"] for e in every("clerk_k", top=1)} == {"Koboko"}
    assert len(every("clerk_k", top=1)) == 3
    # what changed since a moment: the database compares it
    since = first["__system"]["updatedAt"]
    changed = requests.get(
        f"{base}/Entities",
        params={"$filter": f"__system/updatedAt ge '{since}'"},  # its + sent as %2B
        auth=("secretariat", PASSWORDS["secretariat"]),
    ).json()
    assert [e["__id"] for e in changed["value"]] == [hid]
    r = requests.get(f"{base}/Entities", auth=("amina", PASSWORDS["amina"]))
    assert r.status_code == 403
    r = requests.get(
        f"{base}/Entities?$filter=label eq 'x'", auth=("secretariat", PASSWORDS["secretariat"])
    )
    assert r.status_code == 400 and "__system/updatedAt" in r.text


def test_a_conflict_is_seen_and_resolved_property_by_property(server, login, forms):
    import requests

    register, visit = forms
    reg = registration(register, "Amina", "4", zone="Z1")
    hid = reg["data"]["meta/entity/@id"]
    send(server, login("amina"), reg)
    # two phones with version 1, offline: both change the size, one the zone too
    send(server, login("amina"), follow_up(visit, hid, 1, hh_size="5", zone="Z1"))
    send(server, login("amina"), follow_up(visit, hid, 1, hh_size="6", zone="Z2"))

    def call(method, path, who, **kw):
        return requests.request(
            method,
            f"{server.url}/api/v1/entities{path}",
            headers={"authorization": f"Bearer {login(who)}"},
            **kw,
        )

    listed = call("GET", "/conflicts", "super_k").json()["entities"]
    assert [(e["uuid"], e["conflict"], e["version"]) for e in listed] == [(hid, "hard", 3)]
    assert call("GET", "/conflicts", "clerk_a").json()["entities"] == []  # Kakuma's: none
    history = call("GET", f"/{hid}", "super_k").json()["entity"]
    assert [(v["version"], v["data"]["size"], v["conflicting"]) for v in history["versions"]] == [
        (1, "4", None),
        (2, "5", None),
        (3, "6", ["size"]),
    ]
    assert call("GET", f"/{hid}", "clerk_a").status_code == 404  # another site's
    # the supervisor keeps the first phone's size and the second's zone
    stale = call("POST", f"/{hid}/resolve", "super_k", json={"version": 2, "values": {"size": "5"}})
    assert stale.status_code == 409  # looked at an older version: look again
    r = call("POST", f"/{hid}/resolve", "super_k", json={"version": 3, "values": {"size": "5"}})
    assert r.status_code == 200, r.text
    entity = r.json()["entity"]
    assert (
        entity["version"],
        entity["conflict"],
        entity["data"]["size"],
        entity["data"]["zone"],
    ) == (
        4,
        None,
        "5",
        "Z2",
    )
    assert entity["versions"][-1]["by"] == "super_k"
    assert call("GET", "/conflicts", "super_k").json()["entities"] == []
    bad = call("POST", f"/{hid}/resolve", "super_k", json={"version": 4, "values": {"colour": "x"}})
    assert bad.status_code == 422
    assert call("POST", f"/{hid}/resolve", "amina", json={"version": 4}).status_code == 403


def test_a_follow_up_that_only_reads_the_list_is_offered_once_the_list_is_declared(
    server, login, tmp_path
):
    """A visit form with no entities sheet of its own, published before the registration
    that declares its list: it waits for households.csv as a file until then, then is linked
    to the list and offered."""
    import requests

    from tests.central_server.conftest import PASSWORDS

    visit = write_xlsform(
        tmp_path / "hh_check.xlsx",
        [
            {"type": "select_one_from_file households.csv", "name": "hh", "label": "Household"},
            {"type": "text", "name": "water", "label": "Water source"},
        ],
        settings={"form_id": "hh_check", "version": "1"},
    )
    with server.app.state.engine.begin() as conn:
        assert [m.name for m in published_forms.publish(conn, visit).needs] == ["households.csv"]

    def offered():
        r = requests.get(f"{server.url}/formList", auth=("amina", PASSWORDS["amina"]))
        return "hh_check" in r.text

    assert not offered()
    register = write_xlsform(
        tmp_path / "hh_register.xlsx",
        [{"type": "text", "name": "hh_name", "label": "Head", "save_to": "hh_name"}],
        settings={"form_id": "hh_register", "version": "1"},
        extra_sheets={"entities": [["list_name", "label"], ["households", "${hh_name}"]]},
    )
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, register)
    assert offered()
    with server.app.state.engine.begin() as conn:  # and one published after: linked at once
        again = write_xlsform(
            tmp_path / "hh_check2.xlsx",
            [{"type": "select_one_from_file households.csv", "name": "hh", "label": "Household"}],
            settings={"form_id": "hh_check2", "version": "1"},
        )
        assert published_forms.publish(conn, again).needs == []
