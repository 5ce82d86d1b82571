"""Issue 24: every operation of the server × every role × an object of the caller's own site
and of the other site × every way of signing in (a device token, a user name and password, a
phone's key, nothing), on SQLite and on PostgreSQL. Each cell says the status it must get; a
list it answers is checked row by row to hold the caller's site only (the Secretariat's and
the administrator's: both sites), and a write aimed at the other site is checked to have
changed nothing there. The table names every operation of docs/openapi.json and of the live
app: a new endpoint without its row fails here.

Koboko and Kakuma each have an enumerator, a clerk and a supervisor; the Secretariat and the
administrator belong to no site. For them "own" is Koboko's object and "other" Kakuma's: they
see both. The failures of every cell are gathered and reported together, each naming its
cell."""

from __future__ import annotations

import base64
import csv
import functools
import hashlib
import io
import json
import tempfile
import time
import uuid as uuidlib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import pytest
import requests
from sqlalchemy import func, select

from central_server import accounts, areas, checks, published_forms, summaries
from central_server.db import (
    check_rules,
    decisions,
    devices,
    duplicate_resolutions,
    sites,
    submissions,
)
from central_server.settings import Settings
from form_engine import load_xlsform
from form_engine.authoring import write_xlsform
from form_engine.submission import json_to_xml
from sync_protocol import ROLES
from sync_protocol.bundles import seal, token_hash
from tests.central_server.conftest import PASSWORDS, USERS, LiveServer, seed
from tests.central_server.test_api import POPULATION, envelopes, item
from tests.central_server.test_sealed_paths import _sealed_item
from tests.conftest import REPO

API = "/api/v1"
SITES = ("Koboko", "Kakuma")
CITY = {"Koboko": "koboko", "Kakuma": "kakuma"}  # the population form's answer for each
PEOPLE = {
    **{name: (role, site, PASSWORDS[name]) for name, (role, site) in USERS.items()},
    "super_a": ("supervisor", "Kakuma", "kakuma-super-1"),  # a second site's supervisor
}
ENUMERATOR = {"Koboko": "amina", "Kakuma": "baraka"}
RULE = {"Koboko": "koboko_paper", "Kakuma": "kakuma_paper"}  # a rule of each site's supervisor
CLERK = {"Koboko": "clerk_k", "Kakuma": "clerk_a"}
SUPERVISOR = {"Koboko": "super_k", "Kakuma": "super_a"}
KINDS = ("bearer", "basic", "phone", "none")
ALL_ROLES = frozenset({"enumerator", "clerk", "supervisor", "secretariat", "admin"})
SENDERS = frozenset({"enumerator", "clerk", "supervisor"})
READERS = frozenset({"clerk", "supervisor", "secretariat", "admin"})  # and exporters
REVIEWERS = frozenset({"clerk", "supervisor", "secretariat"})
COUNTERS = frozenset({"supervisor", "secretariat", "admin"})
POPULATION_VERSION = "2026120101"
CARD_VERSION = "2026113001"
DUPLICATE_KEYS = "area/team_leader"
# OpenRosa's addresses (ODK Collect's, KoboCollect's, Enketo's): also reached under a
# phone's /key/<token>/ and with HTTP Basic
OPENROSA = {
    ("GET", "/formList"),
    ("GET", "/openrosa/forms/{form_id}/{version}/form.xml"),
    ("GET", "/openrosa/forms/{form_id}/{version}/manifest"),
    ("GET", "/openrosa/forms/{form_id}/{version}/media/{name}"),
    ("GET", "/openrosa/entity-lists/{list_name}/integrity"),
    ("HEAD", "/submission"),
    ("POST", "/submission"),
}


# -- the world the cells act on ---------------------------------------------------------------


@dataclass
class World:
    """A live server with both sites' objects, and the tokens of everyone."""

    live: LiveServer
    http: requests.Session
    bearer: dict[str, str] = field(default_factory=dict)
    phone: dict[str, str] = field(default_factory=dict)
    main: dict[str, str] = field(default_factory=dict)  # a submission read, with a decision
    target: dict[str, tuple[str, str]] = field(default_factory=dict)  # never to be changed
    pool: dict[str, list[str]] = field(default_factory=dict)  # throwaway submissions
    sealed: dict[str, str] = field(default_factory=dict)
    photo: dict[str, bytes] = field(default_factory=dict)
    bundle: dict[str, bytes] = field(default_factory=dict)
    job: dict[str, str] = field(default_factory=dict)  # an export of each reader's
    entity: dict[str, str] = field(default_factory=dict)  # a household of each site's list
    assignment: dict[str, int] = field(default_factory=dict)  # work of each site's enumerator
    made: int = 0
    last_rule: str = ""  # the rule a call was to take away

    @property
    def url(self) -> str:
        return self.live.url

    def fresh(self, site: str) -> dict:
        """A new population submission, answered as in ``site``'s city."""
        e = _households()[self.made % len(_households())]
        self.made += 1
        uuid = str(uuidlib.uuid4())
        data = {**e["data"], "city": CITY[site], "meta/instanceID": f"uuid:{uuid}"}
        return {**e, "uuid": uuid, "data": data}

    def take(self, site: str) -> str:
        return self.pool[site].pop()

    def site_of(self, uuid: str) -> str | None:
        with self.live.app.state.engine.connect() as conn:
            return conn.execute(
                select(sites.c.name)
                .select_from(submissions.join(sites, sites.c.id == submissions.c.site_id))
                .where(submissions.c.uuid == uuid)
            ).scalar_one_or_none()

    def scalar(self, query):
        with self.live.app.state.engine.connect() as conn:
            return conn.execute(query).scalar_one_or_none()


@functools.cache
def _households() -> tuple[dict, ...]:
    """Households to answer with (made once: making them is the slow part of the set-up)."""
    return tuple(envelopes(40, seed=2424))


def _login(world: World, name: str) -> str:
    r = world.http.post(
        f"{world.url}{API}/auth/login",
        json={"username": name, "password": PEOPLE[name][2], "device_label": "matrix"},
    )
    assert r.status_code == 200, r.text
    return r.json()["token"]


def _push(world: World, token: str, items: list[dict]) -> list[dict]:
    r = world.http.post(
        f"{world.url}{API}/sync/push",
        json={"items": items},
        headers={"authorization": f"Bearer {token}"},
    )
    assert r.status_code == 200, r.text
    assert [x["status"] for x in r.json()["results"]] == ["stored"] * len(items), r.text
    return r.json()["results"]


def _card_form(folder) -> None:
    """A form with a media file (a CSV choice list), for the files and OpenRosa's media."""
    path = folder / "card_photos.xlsx"
    write_xlsform(
        path,
        [
            {"type": "select_one_from_file camps.csv", "name": "camp", "label": "Camp"},
            {"type": "image", "name": "front", "label": "Front of the card"},
        ],
        settings={"form_id": "card_photos", "version": CARD_VERSION, "form_title": "Card"},
    )
    (folder / "camps.csv").write_text("name,label\nk1,Kakuma 1\n")
    return path


def _secret_form(folder) -> tuple:
    """An ODK-encrypted form (a public key in its settings), for the sealed read."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    public = base64.b64encode(
        key.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    ).decode()
    path = folder / "protection.xlsx"
    write_xlsform(
        path,
        [
            {"type": "text", "name": "name", "label": "Name of the survivor"},
            {"type": "integer", "name": "age", "label": "Age"},
        ],
        settings={"form_id": "protection", "version": "1", "public_key": public},
    )
    return path, public


def _seeded(live: LiveServer, folder) -> World:
    engine = live.app.state.engine
    seed(engine)
    card = _card_form(folder)
    secret, public = _secret_form(folder)
    with engine.begin() as conn:
        role, site, password = PEOPLE["super_a"]
        accounts.add_user(conn, "super_a", role=role, site=site, password=password, memory_kib=1024)
        published_forms.publish(conn, card)
        published_forms.publish(conn, secret)
        published_forms.publish(conn, _households_form(folder))
    households = load_xlsform(_households_form(folder))
    world = World(live, requests.Session())
    for name in PEOPLE:
        world.bearer[name] = _login(world, name)
    with engine.begin() as conn:
        for name, (role, _, _) in PEOPLE.items():
            if role in SENDERS:
                world.phone[name] = accounts.collect_token(conn, name, f"{name}'s phone")[0]
    secret_form = load_xlsform(secret)
    for site in SITES:
        enumerator = world.bearer[ENUMERATOR[site]]
        main, target, target2, *pool = [world.fresh(site) for _ in range(23)]
        twins = [world.fresh(site) for _ in range(2)]
        for twin in twins:  # the same household twice in each site, once more across sites
            twin["data"]["area/team_leader"] = "twin household"
        sealed = _sealed_item(secret_form, public)
        _push(world, enumerator, [item(e) for e in (main, target, target2, *pool, *twins)])
        _push(world, enumerator, [sealed])
        world.main[site] = main["uuid"]
        world.target[site] = (target["uuid"], target2["uuid"])
        world.pool[site] = [e["uuid"] for e in pool]
        world.sealed[site] = sealed["uuid"]
        r = world.http.post(
            f"{world.url}{API}/review/submissions/{main['uuid']}/decisions",
            json={"decision": "returned", "comment": f"check {site}'s dwellings"},
            headers={"authorization": f"Bearer {world.bearer[SUPERVISOR[site]]}"},
        )
        assert r.status_code == 200, r.text
        world.photo[site] = f"{site}'s photo of a ration card".encode() * 100
        r = _put(world, enumerator, "attachments", world.photo[site])
        assert r.status_code == 200 and r.json()["complete"], r.text
        carried = [
            {**item(world.fresh(site)), "created_at": "2026-11-20T09:00:00+00:00"} for _ in range(2)
        ]
        world.bundle[site] = seal(token_hash(enumerator), carried, {})
        r = _put(world, world.bearer[CLERK[site]], "bundles", world.bundle[site])
        assert r.status_code == 200 and r.json()["imported"], r.text
        # a household registered: the site's entity list (ODK Entities)
        registered = _registration(households, site)
        _push(world, enumerator, [item(registered)])
        world.entity[site] = registered["data"]["meta/entity/@id"]
        world.assignment[site] = _assign(world, site)
    live.checked()  # the checker idle: the exports' writes wait for nobody
    _entities_applied(live)
    with engine.begin() as conn:  # the quality checks: flags on both sites' twins
        secretariat = accounts.principal_of(conn, "secretariat")
        checks.add_rule(
            conn,
            secretariat,
            "population",
            checks.Rule("twice", "duplicate", parameters=f"keys={DUPLICATE_KEYS}"),
        )
        for site in SITES:
            supervisor = accounts.principal_of(conn, SUPERVISOR[site])
            checks.add_rule(conn, supervisor, "population", checks.Rule(RULE[site], "as_written"))
    report = checks.check_form(engine, "population")
    assert {f.site for f in report.flags} == set(SITES), report
    while summaries.summarize_waiting(engine):  # what the enumerator table counts
        pass
    square = {"type": "Polygon", "coordinates": [[[30, 3], [31, 3], [31, 4], [30, 4], [30, 3]]]}
    with engine.begin() as conn:  # each site's area, for the map
        admin = accounts.principal_of(conn, "admin")
        for site in SITES:
            areas.set_areas(conn, admin, site, json.dumps(square).encode())
    for name, (role, _, _) in PEOPLE.items():
        if role in READERS:
            world.job[name] = _export(world, world.bearer[name], None)
    return world


def _households_form(folder) -> object:
    return write_xlsform(
        folder / "hh_register.xlsx",
        [{"type": "text", "name": "hh_name", "label": "Head", "save_to": "hh_name"}],
        settings={"form_id": "hh_register", "version": "1"},
        extra_sheets={"entities": [["list_name", "label"], ["households", "${hh_name}"]]},
    )


def _registration(form, site: str) -> dict:
    from form_engine.session import FormSession
    from form_engine.submission import document_to_json

    s = FormSession.new(form)
    s.set_value(s.nodes("/data/hh_name")[0], f"{site}'s household")
    data = document_to_json(form, s.doc)
    return {
        "uuid": data["meta/instanceID"][5:],
        "form_id": "hh_register",
        "form_version": "1",
        "data": data,
    }


def _assign(world: World, site: str) -> int:
    """Registrations in a zone, given by the site's supervisor to its enumerator."""
    r = world.http.post(
        f"{world.url}{API}/assignments",
        json={
            "form_id": "hh_register",
            "enumerator": ENUMERATOR[site],
            "quantity": 3,
            "zone": "zone 3",
        },
        headers={"authorization": f"Bearer {world.bearer[SUPERVISOR[site]]}"},
    )
    assert r.status_code == 200, r.text
    return r.json()["assignments"][0]["id"]


def _assignment_sites(world: World, cell: Cell, r: requests.Response) -> str | None:
    rows = r.json()["assignments"]
    if cell.role == "enumerator" and any(a["enumerator"] != cell.who for a in rows):
        return "another enumerator's assignments"
    return _sites_seen(cell, [a["site"] for a in rows])


def _assignees_of_site(world: World, cell: Cell, r: requests.Response) -> str | None:
    names = {p["name"] for p in r.json()["people"]}
    wanted = {ENUMERATOR[cell.site], CLERK[cell.site]}
    return (
        None
        if wanted <= names and not names & {ENUMERATOR[s] for s in SITES if s != cell.site}
        else f"{names}"
    )


def _progress_sites(world: World, cell: Cell, r: requests.Response) -> str | None:
    return _sites_seen(cell, [p["site"] for p in r.json()["enumerators"]])


def _new_assignment(world: World, cell: Cell) -> requests.Response:
    return send(
        world,
        cell,
        "POST",
        f"{API}/assignments",
        json={
            "form_id": "hh_register",
            "enumerator": ENUMERATOR[cell.site],
            "quantity": 1,
            "site": cell.site,
        },
    )


def _assignments_by(world: World, who: str | None, site: str) -> int:
    from central_server.db import assignments

    with world.live.app.state.engine.connect() as conn:
        return conn.execute(
            select(func.count())
            .select_from(assignments.join(sites, sites.c.id == assignments.c.site_id))
            .where(assignments.c.created_by == (who or ""), sites.c.name == site)
        ).scalar_one()


def _none_made_there(world: World, cell: Cell, r: requests.Response) -> str | None:
    if cell.own or cell.all_sites or not _assignments_by(world, cell.who, cell.site):
        return None
    return f"{cell.who} assigned work at {cell.site}"


def _assignment_untouched(world: World, cell: Cell, r: requests.Response) -> str | None:
    """The other site's assignment: still its enumerator's, still open."""
    if cell.own or cell.all_sites:
        return None
    from central_server.db import assignments

    with world.live.app.state.engine.connect() as conn:
        row = conn.execute(
            select(assignments.c.enumerator, assignments.c.state).where(
                assignments.c.id == world.assignment[cell.site]
            )
        ).one()
    return None if tuple(row) == (ENUMERATOR[cell.site], "open") else f"changed: {tuple(row)}"


def _reassign(world: World, cell: Cell) -> requests.Response:
    """Own site: a throwaway assignment given to the site's clerk. Other site: its
    assignment, which must stay its enumerator's."""
    target = world.assignment[cell.site]
    if cell.own or cell.all_sites:
        target = _assign(world, cell.site)
    return send(
        world,
        cell,
        "POST",
        f"{API}/assignments/{target}/reassign",
        json={"enumerator": CLERK[cell.site]},
    )


def _cancel(world: World, cell: Cell) -> requests.Response:
    """Own site: a throwaway assignment cancelled. Other site: its assignment, which must
    stay open."""
    target = world.assignment[cell.site]
    if cell.own or cell.all_sites:
        target = _assign(world, cell.site)
    return send(world, cell, "POST", f"{API}/assignments/{target}/cancel")


def _entities_applied(live: LiveServer) -> None:
    from central_server.db import revisions

    deadline = time.time() + 30
    while time.time() < deadline:
        with live.app.state.engine.connect() as conn:
            if (
                conn.execute(select(revisions.c.seq).where(~revisions.c.entities_done)).first()
                is None
            ):
                return
        live.app.state.checker.wake()
        time.sleep(0.05)
    raise AssertionError("the server did not apply the registrations")


def _put(world: World, token: str, kind: str, content: bytes, *, part: int | None = None):
    sha = hashlib.sha256(content).hexdigest()
    return world.http.put(
        f"{world.url}{API}/{kind}/{sha}",
        params={"offset": 0, "size": len(content)},
        data=content[:part] if part else content,
        headers={"authorization": f"Bearer {token}"},
    )


def _export(world: World, token: str, site: str | None) -> str:
    r = world.http.post(
        f"{world.url}{API}/datasets/population/exports",
        json={"format": "csv", "state": "any", "site": site},
        headers={"authorization": f"Bearer {token}"},
    )
    assert r.status_code == 200, r.text
    job = r.json()["id"]
    _finished(world, token, job)
    return job


def _finished(world: World, token: str, job: str) -> dict:
    deadline = time.time() + 30
    while True:
        r = world.http.get(
            f"{world.url}{API}/datasets/exports/{job}",
            headers={"authorization": f"Bearer {token}"},
        )
        if r.status_code != 503 and r.json()["state"] != "running" or time.time() > deadline:
            return r.json()
        time.sleep(0.05)  # running, or the server busy a moment: asked again


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def world(request, tmp_path_factory):
    settings = Settings.resolve(data_dir=str(tmp_path_factory.mktemp("server")))
    if request.param == "postgresql":
        settings = replace(
            settings, database_url=request.getfixturevalue("postgres").new_database()
        )
    live = LiveServer(settings)
    try:
        yield _seeded(live, tmp_path_factory.mktemp("forms"))
    finally:
        live.stop()


# -- a cell: who, which site's object, signed in how ------------------------------------------


@dataclass(frozen=True)
class Cell:
    who: str | None  # None: nobody signed in
    own: bool  # the object is of the caller's own site (Koboko's for who has none)
    kind: str
    sited: bool = True  # the operation acts on a site's object (else: on none)

    @property
    def role(self) -> str | None:
        return PEOPLE[self.who][0] if self.who else None

    @property
    def home(self) -> str | None:
        return PEOPLE[self.who][1] if self.who else None

    @property
    def all_sites(self) -> bool:
        return self.role in ("secretariat", "admin")

    @property
    def site(self) -> str:
        """The site of the object the cell acts on."""
        home = self.home or "Koboko"
        return home if self.own else next(s for s in SITES if s != home)

    @property
    def sees(self) -> set[str]:
        """The sites whose rows this caller may be answered."""
        return set(SITES) if self.all_sites else {self.home or ""}

    def __str__(self) -> str:
        who = f"{self.who} ({self.role}, {self.home or 'no site'})" if self.who else "nobody"
        place = f"{'own' if self.own else 'other'} site's object ({self.site})"
        return f"{who}, {place if self.sited else 'no site object'}, {self.kind}"


def send(world: World, cell: Cell, method: str, path: str, **kw) -> requests.Response:
    """The request as the cell signs in: a phone's key in the address on OpenRosa's
    addresses (as a device token elsewhere, where it must be refused)."""
    headers = dict(kw.pop("headers", {}))
    url = world.url + path
    if cell.kind == "bearer":
        headers["authorization"] = f"Bearer {world.bearer[cell.who]}"
    elif cell.kind == "basic":
        pair = f"{cell.who}:{PEOPLE[cell.who][2]}".encode()
        headers["authorization"] = "Basic " + base64.b64encode(pair).decode()
    elif cell.kind == "phone":
        token = world.phone[cell.who]
        if path.split("?")[0] in ("/formList", "/submission") or path.startswith("/openrosa/"):
            url = f"{world.url}/key/{token}{path}"
        else:
            headers["authorization"] = f"Bearer {token}"
    return world.http.request(method, url, headers=headers, timeout=60, **kw)


Check = Callable[[World, Cell, requests.Response], str | None]


@dataclass(frozen=True)
class Op:
    """One operation: how a cell calls it, who may, and what a right answer holds."""

    call: Callable[[World, Cell], requests.Response]
    roles: frozenset[str] = ALL_ROLES
    kinds: frozenset[str] = frozenset({"bearer"})
    ok: int = 200
    # the answer to a site's account about the other site's object (None: the operation has
    # no site's object; it is called once a person, "own")
    other: int | None = None
    check: Check | None = None  # on the expected answer: why it is wrong, or None
    after: Check | None = None  # whatever the answer: what must not have changed
    public: bool = False
    expect: Callable[[Cell], int] | None = None  # when the rule above does not say it
    two_sites: bool = False  # called on both sites' objects though ``other`` is None
    writes: bool = False


def expected(op: Op, cell: Cell) -> int:
    if op.expect is not None:
        return op.expect(cell)
    if op.public:
        return op.ok
    if cell.kind == "none" or cell.kind not in op.kinds:
        return 401
    if cell.role not in op.roles:
        return 403
    if op.other is not None and not cell.own and not cell.all_sites:
        return op.other
    return op.ok


def cells_of(op: Op) -> list[Cell]:
    owns = (True, False) if op.other is not None or op.two_sites else (True,)
    out = []
    for who, (role, _, _) in PEOPLE.items():
        for own in owns:
            for kind in KINDS:
                if kind == "none":
                    continue  # nobody's: below, once
                if kind == "phone" and role not in SENDERS:
                    continue  # a phone's key is a site's account's only
                out.append(Cell(who, own, kind, sited=len(owns) == 2))
    out += [Cell(None, own, "none", sited=len(owns) == 2) for own in owns]
    return out


# -- checks of what an answer holds -----------------------------------------------------------


def _sites_seen(cell: Cell, seen: list[str], *, asked: str | None = None) -> str | None:
    """Rows of the caller's site only; the Secretariat's both (or the one ``asked``)."""
    wanted = {asked} if asked else cell.sees
    if not seen:
        return "no rows at all"
    if not set(seen) <= wanted:
        return f"rows of {sorted(set(seen) - wanted)} (may see {sorted(wanted)})"
    if set(seen) != wanted:
        return f"only rows of {sorted(set(seen))}, not of {sorted(wanted)}"
    return None


def _listed_sites(key: str, rows: str) -> Check:
    def check(world: World, cell: Cell, r: requests.Response) -> str | None:
        seen = [x[key] for x in r.json()[rows]]
        if not cell.own and not cell.all_sites:  # asked for the other site: nothing of it
            return f"rows of {sorted(set(seen))}" if seen else None
        return _sites_seen(cell, seen, asked=cell.site if cell.all_sites else None)

    return check


def _same(key: str, value: Callable[[World, Cell], object]) -> Check:
    def check(world: World, cell: Cell, r: requests.Response) -> str | None:
        got, want = r.json().get(key), value(world, cell)
        return None if got == want else f"{key} {got!r}, not {want!r}"

    return check


def _table_sites(content: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        [main] = [n for n in z.namelist() if n.endswith("population.csv")]
        rows = list(csv.DictReader(io.StringIO(z.read(main).decode("utf-8-sig"))))
    return [row["_site"] for row in rows]


def _decided(world: World, uuid: str) -> int:
    return world.scalar(select(func.count()).where(decisions.c.uuid == uuid))


def _untouched(world: World, site: str) -> str | None:
    """The other site's submission that nothing may change: one revision, no decision, no
    verdict on it."""
    target = world.target[site][0]
    revision = world.scalar(select(submissions.c.revision).where(submissions.c.uuid == target))
    verdicts = world.scalar(
        select(func.count()).where(
            (duplicate_resolutions.c.first == target) | (duplicate_resolutions.c.second == target)
        )
    )
    made = _decided(world, target)
    if (revision, made, verdicts) != (1, 0, 0):
        return (
            f"{site}'s submission {target} changed: revision {revision}, {made} decisions, "
            f"{verdicts} duplicate verdicts"
        )
    return None


def _other_untouched(world: World, cell: Cell, r: requests.Response) -> str | None:
    return None if cell.own else _untouched(world, cell.site)


# -- the calls --------------------------------------------------------------------------------


def _target(world: World, cell: Cell, ok: bool) -> str:
    """A throwaway submission of the cell's site when the call should change it; else the
    one that must stay untouched."""
    return world.take(cell.site) if ok else world.target[cell.site][0]


def _decide(world: World, cell: Cell) -> requests.Response:
    ok = expected(OPS[("POST", "/api/v1/review/submissions/{uuid}/decisions")], cell) == 200
    uuid = _target(world, cell, ok)
    return send(
        world,
        cell,
        "POST",
        f"{API}/review/submissions/{uuid}/decisions",
        json={"decision": "returned", "comment": "check the totals"},
    )


def _resolve(world: World, cell: Cell) -> requests.Response:
    ok = expected(OPS[("POST", "/api/v1/datasets/duplicates/resolutions")], cell) == 200
    pair = (world.take(cell.site), world.take(cell.site)) if ok else world.target[cell.site]
    return send(
        world,
        cell,
        "POST",
        f"{API}/datasets/duplicates/resolutions",
        json={"first": pair[0], "second": pair[1], "resolution": "keep_both"},
    )


def _entity_version(world: World, site: str) -> int:
    from central_server.db import entities

    with world.live.app.state.engine.connect() as conn:
        return conn.execute(
            select(entities.c.version).where(entities.c.uuid == world.entity[site])
        ).scalar_one()


def _resolve_entity(world: World, cell: Cell) -> requests.Response:
    """The version the caller looks at, so that each allowed call makes the next one."""
    return send(
        world,
        cell,
        "POST",
        f"{API}/entities/{world.entity[cell.site]}/resolve",
        json={"version": _entity_version(world, cell.site), "values": {}},
    )


def _entity_untouched(world: World, cell: Cell, r: requests.Response) -> str | None:
    """Another site's household: never given a new version by this site's account (the
    Secretariat, of every site, may)."""
    if cell.own or cell.home is None:
        return None
    from central_server.db import entity_versions

    with world.live.app.state.engine.connect() as conn:
        bys = (
            conn.execute(
                select(entity_versions.c.by).where(
                    entity_versions.c.uuid == world.entity[cell.site]
                )
            )
            .scalars()
            .all()
        )
    return None if cell.who not in bys else f"{cell.who} changed {cell.site}'s household"


def _new_or_other(world: World, cell: Cell) -> dict:
    """Own site: a new submission. Other site: a second revision of its submission, which
    must be refused without a word of whether it exists."""
    if cell.own:
        return item(world.fresh(cell.home or "Koboko"))
    e = world.fresh(cell.site)
    return item({**e, "uuid": world.target[cell.site][0]}, revision=2, parent=1)


def _pushed(world: World, cell: Cell, r: requests.Response) -> str | None:
    body = r.json()
    [result] = body["results"]
    want = "stored" if cell.own else "rejected"
    if result["status"] != want:
        return f"the item was {result['status']}, not {want}"
    if not cell.own and "another site" in " ".join(result["reasons"]):
        return "the refusal tells that the id exists in another site"
    if "pull" in body:
        return _pull_sites(world, cell, body["pull"])
    return None


def _pull_sites(world: World, cell: Cell, pulled: dict) -> str | None:
    uuids = [d["uuid"] for d in pulled["decisions"]]
    seen = [world.site_of(u) for u in uuids]
    problem = _sites_seen(cell, seen)
    if problem is None and cell.role == "enumerator":
        theirs = {
            u: world.scalar(select(submissions.c.enumerator).where(submissions.c.uuid == u))
            for u in uuids
        }
        if set(theirs.values()) != {cell.who}:
            problem = f"decisions on others' submissions: {theirs}"
    return problem


def _submission_xml(world: World, cell: Cell) -> bytes:
    """A new submission; for the other site's object, an edit of its submission (which must
    be kept as a new submission of the sender's site, the other one untouched)."""
    e = world.fresh(cell.home or "Koboko")
    data = {**e["data"], "meta/instanceID": f"uuid:{uuidlib.uuid4()}"}
    if not cell.own:
        data["meta/deprecatedID"] = f"uuid:{world.target[cell.site][0]}"
    return json_to_xml(POPULATION, data).encode()


def _revoke(world: World, cell: Cell) -> requests.Response:
    owner = cell.who if cell.own and cell.who else ENUMERATOR[cell.site]
    with world.live.app.state.engine.begin() as conn:
        who = accounts.principal_of(conn, owner)
        _, device = accounts.enrol(conn, who, label="throwaway", device_id="throwaway")
    r = send(world, cell, "DELETE", f"{API}/auth/devices/{device.device}")
    r.device = device.device  # type: ignore[attr-defined]
    return r


def _revoked(world: World, cell: Cell, r: requests.Response) -> str | None:
    gone = world.scalar(select(devices.c.revoked_at).where(devices.c.id == r.device)) is not None
    if gone != (r.status_code == 200):
        return f"the device {'was' if gone else 'was not'} revoked, answered {r.status_code}"
    return None


def _own_devices(world: World, cell: Cell, r: requests.Response) -> str | None:
    listed = {d["id"] for d in r.json()["devices"]}
    with world.live.app.state.engine.connect() as conn:
        mine = set(
            conn.execute(
                select(devices.c.id).where(
                    devices.c.user_id == accounts.principal_of(conn, cell.who).user_id
                )
            ).scalars()
        )
    return None if listed and listed <= mine else f"devices {sorted(listed - mine)} not theirs"


def _job_of(world: World, cell: Cell) -> str:
    """The caller's own export; else another person's (the other site's clerk's, or the
    other central account's)."""
    if cell.own and cell.who in world.job:
        return world.job[cell.who]
    if cell.own:
        return world.job[CLERK[cell.site]]  # an enumerator has none: their site's clerk's
    if cell.all_sites:
        return world.job["admin" if cell.who == "secretariat" else "secretariat"]
    return world.job[CLERK[cell.site]]


def _own_job(cell: Cell) -> int:
    if cell.kind != "bearer":
        return 401
    return 200 if cell.own and cell.role in READERS else 404


def _export_file(world: World, cell: Cell, r: requests.Response) -> str | None:
    return _sites_seen(cell, _table_sites(r.content))


def _exported(world: World, cell: Cell, r: requests.Response) -> str | None:
    token = world.bearer[cell.who]
    status = _finished(world, token, r.json()["id"])
    if status["state"] != "done":
        return f"the export {status['state']}: {status['error']}"
    got = world.http.get(
        f"{world.url}{API}/datasets/exports/{r.json()['id']}/file",
        headers={"authorization": f"Bearer {token}"},
    )
    return _sites_seen(cell, _table_sites(got.content), asked=cell.site)


def _rows_sites(world: World, cell: Cell, r: requests.Response) -> str | None:
    body = r.json()
    at = [c["name"] for c in body["columns"]].index("_site")
    return _sites_seen(cell, [row[at] for row in body["rows"]], asked=cell.site)


def _odata_sites(world: World, cell: Cell, r: requests.Response) -> str | None:
    return _sites_seen(cell, [row["__system_site"] for row in r.json()["value"]])


def _indicator_cities(world: World, cell: Cell, r: requests.Response) -> str | None:
    groups = r.json()["indicators"]["groups"]
    city_site = {city: site for site, city in CITY.items()}
    return _sites_seen(
        cell, [city_site.get(g["city"], g["city"]) for g in groups if g["city"] != "(all)"]
    )


def _pairs(world: World, cell: Cell, r: requests.Response) -> str | None:
    pairs = r.json()["pairs"]
    seen = [p["site"] for p in pairs] + [p["second_site"] for p in pairs]
    problem = _sites_seen(cell, seen)
    if problem is None and cell.all_sites and all(p["site"] == p["second_site"] for p in pairs):
        problem = "no pair across the two sites"
    return problem


def _stats(world: World, cell: Cell, r: requests.Response) -> str | None:
    return _sites_seen(cell, [row["site"] for row in r.json()["rows"]])


def _pull(world: World, cell: Cell, r: requests.Response) -> str | None:
    return _pull_sites(world, cell, r.json())


def _held(world: World, cell: Cell, r: requests.Response) -> str | None:
    """A file held by another site is not said to be held here."""
    want = cell.own or cell.all_sites
    return None if r.json()["complete"] is want else f"complete: {r.json()['complete']}"


def _carried(world: World, cell: Cell, r: requests.Response) -> str | None:
    """Another site's bundle: said to be in (not to carry it again), not what it held."""
    body = r.json()
    if not body["imported"]:
        return "not said to be imported"
    if cell.own and body["counts"] != {"stored": 2}:
        return f"counts {body['counts']}"
    if not cell.own and body["counts"]:
        return f"the other site's counts {body['counts']}"
    return None


def _login_call(world: World, cell: Cell) -> requests.Response:
    body = (
        {"username": cell.who, "password": PEOPLE[cell.who][2]}
        if cell.who
        else {"username": "nobody", "password": "not a password"}
    )
    return send(world, cell, "POST", f"{API}/auth/login", json=body)


def _logged_in(world: World, cell: Cell, r: requests.Response) -> str | None:
    body = r.json()
    got = (body["username"], body["role"], body["site"])
    return None if got == (cell.who, cell.role, cell.home) else f"logged in as {got}"


def _listed_forms(world: World, cell: Cell, r: requests.Response) -> str | None:
    return None if "population" in r.text else "population is not listed"


def _none_present(world: World, cell: Cell, r: requests.Response) -> str | None:
    """No site holds the entity asked about: said gone to everyone, never there."""
    return None if "<deleted>true</deleted>" in r.text and "false" not in r.text else r.text


def _entity_sites(world: World, cell: Cell, r: requests.Response) -> str | None:
    return _sites_seen(cell, [e["__system"]["site"] for e in r.json()["value"]])


def _rules_of_site(world: World, cell: Cell, r: requests.Response) -> str | None:
    names = {rule["name"] for rule in r.json()["rules"]}
    seen = {site for site, name in RULE.items() if name in names}
    if seen != cell.sees:
        return f"the rules of {sorted(seen)}"
    return None


def _map_sites(world: World, cell: Cell, r: requests.Response) -> str | None:
    answer = r.json()
    found = [a["site"] for a in answer["areas"]] + [p["site"] for p in answer["points"]]
    if not cell.own and not cell.all_sites:  # asked for the other site: nothing of it
        return f"the map of {sorted(set(found))}" if found else None
    return _sites_seen(cell, found, asked=cell.site if cell.all_sites else None)


def _new_rule(world: World, cell: Cell) -> requests.Response:
    name = f"r{uuidlib.uuid4().hex[:8]}"
    return send(
        world,
        cell,
        "POST",
        f"{API}/checks/population/rules",
        json={"name": name, "check": "as_written"},
    )


def _site_rule(world: World, site: str) -> str:
    """A rule of ``site``'s supervisor, made for the call to take away."""
    name = f"gone{uuidlib.uuid4().hex[:8]}"
    with world.live.app.state.engine.begin() as conn:
        site_id = conn.execute(select(sites.c.id).where(sites.c.name == site)).scalar_one()
        conn.execute(
            check_rules.insert().values(
                form_id="population",
                name=name,
                check="as_written",
                field="",
                parameters="",
                message="",
                source="supervisor",
                site_id=site_id,
                created_by=SUPERVISOR[site],
                created_at="2026-12-07T00:00:00+00:00",
            )
        )
    return name


def _remove_rule(world: World, cell: Cell) -> requests.Response:
    name = _site_rule(world, cell.site)
    world.last_rule = name
    return send(world, cell, "DELETE", f"{API}/checks/population/rules/{name}")


def _rule_stays(world: World, cell: Cell, r: requests.Response) -> str | None:
    left = world.scalar(
        select(func.count()).select_from(check_rules).where(check_rules.c.name == world.last_rule)
    )
    gone = r.status_code == 200
    if gone == bool(left):
        return f"the rule {'is still there' if left else 'went'} (answer {r.status_code})"
    return None


def get(path: Callable[[World, Cell], str], **params) -> Callable:
    return lambda world, cell: send(world, cell, "GET", path(world, cell), params=params or None)


def fixed(path: str) -> Callable[[World, Cell], str]:
    return lambda world, cell: path


SUBMISSIONS = f"{API}/submissions"
REVIEW = f"{API}/review/submissions"
DATASETS = f"{API}/datasets/population"
ODATA = f"{API}/odata/population.svc"
ODATA_LIST = f"{API}/odata/entities/households.svc"
OPENROSA_FORM = f"/openrosa/forms/population/{POPULATION_VERSION}"
CARD = f"/openrosa/forms/card_photos/{CARD_VERSION}"

OPS: dict[tuple[str, str], Op] = {
    ("GET", "/api/v1/ping"): Op(get(fixed(f"{API}/ping")), public=True),
    ("POST", "/api/v1/auth/login"): Op(
        _login_call,
        public=True,
        expect=lambda cell: 200 if cell.who else 401,
        check=_logged_in,
    ),
    ("GET", "/api/v1/auth/devices"): Op(get(fixed(f"{API}/auth/devices")), check=_own_devices),
    ("GET", "/api/v1/forms"): Op(get(fixed(f"{API}/forms")), check=_listed_forms),
    ("GET", "/api/v1/forms/{form_id}/{version}/xlsform"): Op(
        get(fixed(f"{API}/forms/population/{POPULATION_VERSION}/xlsform"))
    ),
    ("GET", "/api/v1/forms/{form_id}/{version}/files/{name}"): Op(
        get(fixed(f"{API}/forms/card_photos/{CARD_VERSION}/files/camps.csv"))
    ),
    ("GET", "/api/v1/sync/pull"): Op(get(fixed(f"{API}/sync/pull")), check=_pull),
    ("GET", "/api/v1/stats"): Op(get(fixed(f"{API}/stats")), roles=COUNTERS, check=_stats),
    ("GET", "/api/v1/submissions/{uuid}"): Op(
        get(lambda w, c: f"{SUBMISSIONS}/{w.main[c.site]}"),
        roles=READERS,
        other=404,
        check=_same("site", lambda w, c: c.site),
    ),
    ("GET", "/api/v1/review/submissions"): Op(
        lambda w, c: send(w, c, "GET", REVIEW, params={"site": c.site, "limit": 500}),
        roles=REVIEWERS,
        other=200,  # asked for the other site: an empty list
        check=_listed_sites("site", "submissions"),
    ),
    ("GET", "/api/v1/review/submissions/{uuid}/history"): Op(
        get(lambda w, c: f"{REVIEW}/{w.main[c.site]}/history"),
        roles=REVIEWERS,
        other=404,
        check=lambda w, c, r: None if r.json()["decisions"] else "no decisions in the history",
    ),
    ("GET", "/api/v1/review/feed"): Op(
        lambda w, c: send(w, c, "GET", f"{API}/review/feed", params={"site": c.site}),
        roles=REVIEWERS,
        other=200,
        check=_listed_sites("site", "items"),
    ),
    ("GET", "/api/v1/attachments/{sha256}"): Op(
        get(lambda w, c: f"{API}/attachments/{hashlib.sha256(w.photo[c.site]).hexdigest()}"),
        other=200,
        check=_held,
    ),
    ("GET", "/api/v1/bundles/{sha256}"): Op(
        get(lambda w, c: f"{API}/bundles/{hashlib.sha256(w.bundle[c.site]).hexdigest()}"),
        roles=SENDERS,
        other=200,
        check=_carried,
    ),
    ("GET", "/api/v1/datasets/{form_id}/indicators"): Op(
        get(fixed(f"{DATASETS}/indicators"), state="any"),
        roles=READERS,
        check=_indicator_cities,
    ),
    ("GET", "/api/v1/datasets/{form_id}/rows"): Op(
        lambda w, c: send(w, c, "GET", f"{DATASETS}/rows", params={"site": c.site, "limit": 500}),
        roles=READERS,
        other=403,
        check=_rows_sites,
    ),
    ("GET", "/api/v1/datasets/{form_id}/duplicates"): Op(
        get(fixed(f"{DATASETS}/duplicates"), keys=DUPLICATE_KEYS),
        roles=READERS,
        check=_pairs,
    ),
    ("GET", "/api/v1/datasets/{form_id}/sealed/{uuid}"): Op(
        get(lambda w, c: f"{API}/datasets/protection/sealed/{w.sealed[c.site]}"),
        roles=READERS,
        other=404,
        check=_same("uuid", lambda w, c: w.sealed[c.site]),
    ),
    ("GET", "/api/v1/datasets/exports/{job}"): Op(
        get(lambda w, c: f"{API}/datasets/exports/{_job_of(w, c)}"),
        expect=_own_job,
        two_sites=True,
        check=_same("id", _job_of),
    ),
    ("GET", "/api/v1/datasets/exports/{job}/file"): Op(
        get(lambda w, c: f"{API}/datasets/exports/{_job_of(w, c)}/file"),
        expect=_own_job,
        two_sites=True,
        check=_export_file,
    ),
    ("GET", "/api/v1/odata/{form_id}.svc"): Op(
        get(fixed(ODATA)), roles=READERS, kinds=frozenset({"bearer", "basic"})
    ),
    ("GET", "/api/v1/odata/{form_id}.svc/"): Op(
        get(fixed(f"{ODATA}/")), roles=READERS, kinds=frozenset({"bearer", "basic"})
    ),
    ("GET", "/api/v1/odata/{form_id}.svc/$metadata"): Op(
        get(fixed(f"{ODATA}/$metadata")), roles=READERS, kinds=frozenset({"bearer", "basic"})
    ),
    ("GET", "/api/v1/odata/{form_id}.svc/{entity_set}"): Op(
        get(fixed(f"{ODATA}/Submissions")),
        roles=READERS,
        kinds=frozenset({"bearer", "basic"}),
        check=_odata_sites,
    ),
    ("GET", "/api/v1/odata/entities/{list_name}.svc"): Op(
        get(fixed(f"{ODATA_LIST}")), roles=READERS, kinds=frozenset({"bearer", "basic"})
    ),
    ("GET", "/api/v1/odata/entities/{list_name}.svc/"): Op(
        get(fixed(f"{ODATA_LIST}/")), roles=READERS, kinds=frozenset({"bearer", "basic"})
    ),
    ("GET", "/api/v1/odata/entities/{list_name}.svc/$metadata"): Op(
        get(fixed(f"{ODATA_LIST}/$metadata")), roles=READERS, kinds=frozenset({"bearer", "basic"})
    ),
    ("GET", "/api/v1/odata/entities/{list_name}.svc/{entity_set}"): Op(
        get(fixed(f"{ODATA_LIST}/Entities")),
        roles=READERS,
        kinds=frozenset({"bearer", "basic"}),
        check=_entity_sites,
    ),
    ("GET", "/api/v1/entities/conflicts"): Op(
        get(fixed(f"{API}/entities/conflicts")), roles=READERS
    ),
    ("GET", "/api/v1/entities/{uuid}"): Op(
        get(lambda w, c: f"{API}/entities/{w.entity[c.site]}"),
        roles=READERS,
        other=404,
        check=lambda w, c, r: None if r.json()["entity"]["site"] == c.site else "another site",
    ),
    ("GET", "/api/v1/assignments"): Op(
        get(fixed(f"{API}/assignments")),
        roles=ALL_ROLES,
        check=_assignment_sites,
        expect=lambda c: 200 if c.kind == "bearer" else 401,
    ),
    ("GET", "/api/v1/assignments/assignees"): Op(
        lambda w, c: send(w, c, "GET", f"{API}/assignments/assignees", params={"site": c.site}),
        roles=COUNTERS,
        other=403,
        check=_assignees_of_site,
    ),
    ("GET", "/api/v1/assignments/progress"): Op(
        get(fixed(f"{API}/assignments/progress")), roles=READERS, check=_progress_sites
    ),
    ("GET", "/api/v1/checks/{form_id}/flags"): Op(
        lambda w, c: send(w, c, "GET", f"{API}/checks/population/flags", params={"site": c.site}),
        roles=READERS,
        other=200,  # asked for the other site: an empty list
        check=_listed_sites("site", "flags"),
    ),
    ("GET", "/api/v1/checks/{form_id}/enumerators"): Op(
        lambda w, c: send(
            w, c, "GET", f"{API}/checks/population/enumerators", params={"site": c.site}
        ),
        roles=READERS,
        other=200,  # asked for the other site: an empty table
        check=_listed_sites("site", "rows"),
    ),
    ("GET", "/api/v1/datasets/{form_id}/interviewer-effects"): Op(
        get(fixed(f"{DATASETS}/interviewer-effects")), roles=READERS
    ),
    ("GET", "/api/v1/checks/{form_id}/map"): Op(
        lambda w, c: send(w, c, "GET", f"{API}/checks/population/map", params={"site": c.site}),
        roles=READERS,
        other=200,  # asked for the other site: an empty map
        check=_map_sites,
    ),
    ("GET", "/api/v1/checks/{form_id}/rules"): Op(
        get(fixed(f"{API}/checks/population/rules")), roles=READERS, check=_rules_of_site
    ),
    ("GET", "/formList"): Op(
        get(fixed("/formList")),
        kinds=frozenset({"bearer", "basic", "phone"}),
        check=_listed_forms,
    ),
    ("GET", "/openrosa/forms/{form_id}/{version}/form.xml"): Op(
        get(fixed(f"{OPENROSA_FORM}/form.xml")), kinds=frozenset({"bearer", "basic", "phone"})
    ),
    ("GET", "/openrosa/forms/{form_id}/{version}/manifest"): Op(
        get(fixed(f"{CARD}/manifest")), kinds=frozenset({"bearer", "basic", "phone"})
    ),
    ("GET", "/openrosa/forms/{form_id}/{version}/media/{name}"): Op(
        get(fixed(f"{CARD}/media/camps.csv")), kinds=frozenset({"bearer", "basic", "phone"})
    ),
    ("GET", "/openrosa/entity-lists/{list_name}/integrity"): Op(
        get(
            fixed("/openrosa/entity-lists/households/integrity"),
            id="0b9e7c55-2f4e-4a8e-b1d2-7c9a4e3f2d10",
        ),
        kinds=frozenset({"bearer", "basic", "phone"}),
        check=_none_present,
    ),
    ("HEAD", "/submission"): Op(
        lambda w, c: send(w, c, "HEAD", "/submission"),
        roles=SENDERS,
        kinds=frozenset({"bearer", "basic", "phone"}),
        ok=204,
    ),
    # the writes: after every read, on throwaway objects or on the other site's object that
    # must stay as it was
    ("POST", "/api/v1/entities/{uuid}/resolve"): Op(
        _resolve_entity, roles=REVIEWERS, other=404, after=_entity_untouched, writes=True
    ),
    ("POST", "/api/v1/checks/{form_id}/rules"): Op(_new_rule, roles=COUNTERS, ok=201, writes=True),
    ("DELETE", "/api/v1/checks/{form_id}/rules/{name}"): Op(
        _remove_rule, roles=COUNTERS, other=404, after=_rule_stays, writes=True
    ),
    ("POST", "/api/v1/assignments"): Op(
        _new_assignment, roles=COUNTERS, other=403, after=_none_made_there, writes=True
    ),
    ("POST", "/api/v1/assignments/{assignment_id}/reassign"): Op(
        _reassign, roles=COUNTERS, other=404, after=_assignment_untouched, writes=True
    ),
    ("POST", "/api/v1/assignments/{assignment_id}/cancel"): Op(
        _cancel, roles=COUNTERS, other=404, after=_assignment_untouched, writes=True
    ),
    ("POST", "/submission"): Op(
        lambda w, c: send(
            w,
            c,
            "POST",
            "/submission",
            files={"xml_submission_file": ("i.xml", _submission_xml(w, c), "text/xml")},
        ),
        roles=SENDERS,
        kinds=frozenset({"bearer", "basic", "phone"}),
        ok=201,
        other=201,  # an edit of the other site's: kept as a new submission of the sender's
        after=_other_untouched,
        writes=True,
    ),
    ("POST", "/api/v1/sync/push"): Op(
        lambda w, c: send(w, c, "POST", f"{API}/sync/push", json={"items": [_new_or_other(w, c)]}),
        roles=SENDERS,
        other=200,  # answered item by item: rejected
        check=_pushed,
        after=_other_untouched,
        writes=True,
    ),
    ("POST", "/api/v1/sync/exchange"): Op(
        lambda w, c: send(
            w,
            c,
            "POST",
            f"{API}/sync/exchange",
            json={"items": [_new_or_other(w, c)], "cursor": 0},
        ),
        roles=SENDERS,
        other=200,
        check=_pushed,
        after=_other_untouched,
        writes=True,
    ),
    ("PUT", "/api/v1/attachments/{sha256}"): Op(
        # half of the site's file: its own site holds it already; the other's is not said
        # to be held (the upload starts)
        lambda w, c: send(
            w,
            c,
            "PUT",
            f"{API}/attachments/{hashlib.sha256(w.photo[c.site]).hexdigest()}",
            params={"offset": 0, "size": len(w.photo[c.site])},
            data=w.photo[c.site][: len(w.photo[c.site]) // 2],
        ),
        roles=SENDERS,
        other=200,
        check=_held,
        writes=True,
    ),
    ("PUT", "/api/v1/bundles/{sha256}"): Op(
        lambda w, c: send(
            w,
            c,
            "PUT",
            f"{API}/bundles/{hashlib.sha256(w.bundle[c.site]).hexdigest()}",
            params={"offset": 0, "size": len(w.bundle[c.site])},
            data=w.bundle[c.site][:100],
        ),
        roles=SENDERS,
        other=200,
        check=_carried,
        writes=True,
    ),
    ("POST", "/api/v1/review/submissions/{uuid}/decisions"): Op(
        _decide,
        roles=REVIEWERS,
        other=404,
        check=_same("state", lambda w, c: "returned"),
        after=_other_untouched,
        writes=True,
    ),
    ("POST", "/api/v1/datasets/duplicates/resolutions"): Op(
        _resolve, roles=READERS, other=404, after=_other_untouched, writes=True
    ),
    ("POST", "/api/v1/datasets/{form_id}/exports"): Op(
        lambda w, c: send(
            w,
            c,
            "POST",
            f"{DATASETS}/exports",
            json={"format": "csv", "state": "any", "site": c.site},
        ),
        roles=READERS,
        other=403,
        check=_exported,
        writes=True,
    ),
    ("DELETE", "/api/v1/auth/devices/{device}"): Op(
        _revoke,
        expect=lambda c: (
            401
            if c.kind != "bearer"
            else 200
            if c.own or c.role == "admin"  # the administrator revokes anyone's device
            else 404
        ),
        two_sites=True,
        after=_revoked,
        writes=True,
    ),
}


# -- the tests --------------------------------------------------------------------------------


def _operations_of_the_schema() -> set[tuple[str, str]]:
    schema = json.loads((REPO / "docs" / "openapi.json").read_text(encoding="utf-8"))
    return {(m.upper(), p) for p, ops in schema["paths"].items() for m in ops}


def test_the_matrix_has_a_row_for_every_operation():
    """A new endpoint — in docs/openapi.json, or in the app before the file is made again —
    fails here until the matrix says who may call it."""
    from central_server.app import create_app

    assert set(ROLES) == ALL_ROLES, "a new role needs its column in the matrix"
    schema = _operations_of_the_schema()
    assert OPENROSA <= schema, "OpenRosa's addresses are in the published schema"
    assert set(OPS) == schema, {
        "in the schema, not the matrix": sorted(schema - set(OPS)),
        "in the matrix, not the schema": sorted(set(OPS) - schema),
    }
    with tempfile.TemporaryDirectory() as tmp:  # the app as it is now, schema or not
        app = create_app(Settings.resolve(data_dir=tmp))
        live = {(m.upper(), p) for p, ops in app.openapi()["paths"].items() for m in ops}
        app.state.engine.dispose()
    assert live == set(OPS), sorted(live ^ set(OPS))


def test_every_role_site_and_sign_in_gets_what_it_may_and_only_its_sites_rows(world):
    failures: list[str] = []
    cells = 0
    started = time.perf_counter()
    ordered = sorted(OPS.items(), key=lambda kv: kv[1].writes)  # every read before a write
    took: dict[str, float] = {}
    for (method, path), op in ordered:
        op_started = time.perf_counter()
        for cell in cells_of(op):
            cells += 1
            want = expected(op, cell)
            try:
                r = op.call(world, cell)
                problem = None
                if r.status_code != want:
                    problem = f"got {r.status_code}, expected {want}: {r.text[:200]}"
                elif op.check is not None and r.status_code < 300:
                    problem = op.check(world, cell, r)
                if problem is None and op.after is not None:
                    problem = op.after(world, cell, r)
            except Exception as exc:  # a cell that breaks is reported with the others
                problem = f"{type(exc).__name__}: {exc}"
            if problem:
                failures.append(f"{method} {path} | {cell} → {problem}")
        took[f"{method} {path}"] = time.perf_counter() - op_started
    slowest = sorted(took.items(), key=lambda kv: -kv[1])[:5]
    print(f"{cells} cells in {time.perf_counter() - started:.1f} s; slowest:", slowest)
    assert not failures, f"{len(failures)} of {cells} cells:\n" + "\n".join(failures)
