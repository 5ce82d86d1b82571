"""A form published without the files it names (issue 10, class 5) waits on the server, named,
until they are attached; devices then get it with its files, and fill it offline."""

import pytest
import requests

from central_server import published_forms
from central_server.errors import Conflict, Refusal
from desktop_app.sync.engine import sync_once
from desktop_app.sync.enrolment import enrol, transport_for
from form_engine.authoring import write_xlsform
from tests.central_server.conftest import PASSWORDS
from tests.conftest import daftari_server

SURVEY = [
    {"type": "select_one_from_file villages.csv", "name": "village", "label": "Village"},
    {"type": "text", "name": "item", "label": "Item"},
    {
        "type": "calculate",
        "name": "price",
        "calculation": "pulldata('prices', 'price', 'item', ${item})",
    },
]


@pytest.fixture
def market(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    path = folder / "market.xlsx"
    write_xlsform(
        path, SURVEY, settings={"form_id": "market", "version": "3", "form_title": "Market"}
    )
    files = tmp_path / "files"
    files.mkdir()
    (files / "villages.csv").write_text("name,label\nk1,Kakuma 1\nk2,Kakuma 2\n")
    (files / "prices.csv").write_text("item,price\nsoap,50\n")
    return path, files


def sync(user):
    transport = transport_for(user)
    try:
        return sync_once(user, transport)
    finally:
        transport.close()


def offered(server, token):
    answer = requests.get(
        f"{server.url}/api/v1/forms", headers={"authorization": f"Bearer {token}"}
    ).json()
    return {f["form_id"]: f for f in answer["forms"]}


def test_a_form_waits_for_its_files_then_reaches_devices_with_them(
    server, client, admin, market, login
):
    path, files = market
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    engine = server.app.state.engine
    with engine.begin() as conn:
        done = published_forms.publish(conn, path)
    assert [m.name for m in done.needs] == ["villages.csv", "prices.csv"]
    token = login("amina")
    assert "market" not in offered(server, token)
    assert sync(admin).forms_installed == []  # not offered yet

    with engine.begin() as conn, pytest.raises(Refusal, match="does not use a file named"):
        stray = files / "other.csv"
        stray.write_text("a\n1\n")
        published_forms.attach(conn, "market", "3", [stray])
    with engine.begin() as conn:
        done = published_forms.attach(conn, "market", "3", [files / "villages.csv"])
    assert [m.name for m in done.needs] == ["prices.csv"]
    assert "market" not in offered(server, token)
    with engine.begin() as conn:
        done = published_forms.attach(conn, "market", "3", [files / "prices.csv"])
    assert done.needs == []
    listed = offered(server, token)["market"]
    assert listed["files"] == ["prices.csv", "villages.csv"]
    got = requests.get(
        f"{server.url}/api/v1/forms/market/3/files/villages.csv",
        headers={"authorization": f"Bearer {token}"},
    )
    assert got.content == (files / "villages.csv").read_bytes()

    report = sync(admin)
    assert report.forms_installed == ["Market 3"], report.problems
    draft = admin.new_submission("market")
    s = draft.session
    assert [c.value for c in s.choices(s.node("/data/village"))] == ["k1", "k2"]
    draft.set_answer(s.node("/data/item"), "soap")
    assert s.value("/data/price") == "50"

    with engine.begin() as conn, pytest.raises(Conflict, match="publish a new version"):
        changed = files / "prices.csv"
        changed.write_text("item,price\nsoap,60\n")
        published_forms.attach(conn, "market", "3", [changed])


def test_a_submission_for_a_form_still_waiting_is_not_refused_for_its_choices(
    server, market, login
):
    """A Collect phone that has the files may send before the server has them: answers from
    the missing list cannot be judged, so they are kept, not returned."""
    path, _ = market
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    xml = (
        '<data id="market" version="3"><village>k9</village><item>soap</item><price/>'
        "<meta><instanceID>uuid:6b1f6c6e-2f51-4c53-9d51-0f6e2a8c1a11</instanceID></meta></data>"
    )
    r = requests.post(
        f"{server.url}/submission",
        files={"xml_submission_file": ("submission.xml", xml, "text/xml")},
        headers={"authorization": f"Bearer {login('amina')}"},
    )
    assert r.status_code == 201, r.text
    server.checked()
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM decisions").scalar_one() == 0


def test_daftari_server_says_what_a_form_still_needs(tmp_path, market):
    path, files = market
    server = daftari_server(tmp_path)

    server("init")
    published = server("form", "publish", path)
    assert published.returncode == 0, published.stderr
    assert "not offered to devices until these files are attached (2)" in published.stdout
    assert "villages.csv (the choices of 'village', survey row 2)" in published.stdout
    assert "daftari-server form attach market 3 villages.csv prices.csv" in published.stdout
    wrong = server("form", "attach", "market", "3", files / "nope.csv")
    assert wrong.returncode == 1 and "no such file" in wrong.stderr
    done = server("form", "attach", "market", "3", files / "villages.csv", files / "prices.csv")
    assert done.returncode == 0, done.stderr
    assert "has all its files" in done.stdout and "devices get it at their next sync" in done.stdout
