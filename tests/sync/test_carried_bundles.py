"""Issue 12: a bundle carried by a municipal office's desktop that syncs later. The office
keeps the enumerator's bundle sealed (nothing of it readable there), delivers it at its next
sync in resumable chunks, and the server imports it as the enumerator's, exactly once —
carried twice, imported at the server too, or synced by the laptop itself, each submission is
there once; a changed bundle is refused whole and not sent again."""

import os

import pytest

from desktop_app.client import Client
from desktop_app.paths import Home
from desktop_app.sync.carried import BadBundleFile, carry
from desktop_app.sync.engine import sync_once
from desktop_app.sync.enrolment import enrol, transport_for
from desktop_app.sync.transport import Offline
from tests.central_server.conftest import PASSWORDS
from tests.conftest import FIXED_NOW
from tests.desktop_app.conftest import FAST_KDF
from tests.sync.test_bundles import daftari
from tests.sync.test_sync_client import card_with_photo, finalized, sync


@pytest.fixture
def laptop_bundle(server, client, admin, tmp_path, home):
    """Amina's laptop (Koboko) writes 3 finalized submissions, one with a 300 KB photo
    (more than one upload chunk), to a stick; the laptop's own sync has not run."""
    enrol(admin, server.url, "amina", PASSWORDS["amina"])
    photo = os.urandom(300_000)
    card_with_photo(server, client, admin, tmp_path, photo)
    finalized(client, admin, tmp_path, "population", 2, seed=7)
    client.close()
    out = tmp_path / "stick" / "amina-2026-11-30.bundle"
    out.parent.mkdir()
    done = daftari(home, "--user", "amina", "bundle", "export", out, "--password-stdin")
    assert done.returncode == 0, done.stderr
    return out, photo


@pytest.fixture
def office(server, tmp_path):
    """The Koboko office's desktop: clerk_k's profile, enrolled on the same server."""
    c = Client(Home.resolve(tmp_path / "office"), clock=lambda: FIXED_NOW, kdf=FAST_KDF)
    user = c.create_first_user("clerk_k", "office-2026", enumerator_id="K01", site="Koboko")
    enrol(user, server.url, "clerk_k", PASSWORDS["clerk_k"])
    yield user
    c.close()


def _devices(server):
    with server.app.state.engine.connect() as c:
        return dict(
            c.exec_driver_sql(
                "SELECT s.uuid, u.name FROM submissions s JOIN devices d ON d.id = s.device "
                "JOIN users u ON u.id = d.user_id"
            ).fetchall()
        )


def test_an_office_delivers_a_carried_bundle_once(server, laptop_bundle, office, client, tmp_path):
    bundle, photo = laptop_bundle
    kept = carry(office, bundle)
    assert kept.size == bundle.stat().st_size
    sealed = (office.client.home.bundles / f"{kept.sha256}.bundle").read_bytes()
    assert sealed == bundle.read_bytes() and b"population" not in sealed
    with pytest.raises(BadBundleFile, match="brought here before .waiting for the next sync"):
        carry(office, bundle)  # the same stick plugged in twice

    report = sync(office)
    assert report.bundles_delivered == 1 and report.bundle_items == {"stored": 3}
    assert "1 carried bundle(s) delivered (3 stored)" in report.summary()
    owners = _devices(server)
    assert len(owners) == 3 and set(owners.values()) == {
        "amina"
    }  # the enumerator's, not the clerk's
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql(
            "SELECT sum(length(data)) FROM attachment_chunks"
        ).scalar_one() == len(photo)
        assert c.exec_driver_sql("SELECT count(*) FROM bundle_parts").scalar_one() == 0
    assert not (office.client.home.bundles / f"{kept.sha256}.bundle").exists()
    assert office.store.carried(kept.sha256).delivered_by == "clerk_k"
    assert sync(office).bundles_delivered == 0  # delivered once, never again
    with pytest.raises(BadBundleFile, match="delivered to the server on"):
        carry(office, bundle)

    # a second office carries the same stick: the server answers from its memory
    other = Client(Home.resolve(tmp_path / "office2"), clock=lambda: FIXED_NOW, kdf=FAST_KDF)
    clerk = other.create_first_user("clerk_k", "office-2027", enumerator_id="K02", site="Koboko")
    enrol(clerk, server.url, "clerk_k", PASSWORDS["clerk_k"])
    carry(clerk, bundle)
    again = sync(clerk)
    assert again.bundles_delivered == 1 and again.bundle_items == {"stored": 3}
    other.close()
    assert _devices(server) == owners

    # the laptop syncs at last: each answered "duplicate", none sent twice
    laptop = Client(client.home, clock=client.clock, kdf=client.kdf)
    amina = laptop.login("amina", "kakuma-2026")
    mine = sync(amina)
    assert mine.sent == 3 and amina.status_counts().get("finalized", 0) == 0
    laptop.close()
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM revisions").scalar_one() == 3


class CutAfterOneChunk:
    """The office's connection drops after the first chunk of the bundle got through."""

    def __init__(self, transport):
        self.transport = transport
        self.chunks = 0

    def __getattr__(self, name):
        return getattr(self.transport, name)

    def put_bundle_chunk(self, *args, **kwargs):
        if self.chunks:
            raise Offline("no connection to the server (ConnectionError)")
        self.chunks += 1
        return self.transport.put_bundle_chunk(*args, **kwargs)


def test_a_dropped_connection_resumes_where_the_server_stopped(server, laptop_bundle, office):
    bundle, _ = laptop_bundle
    kept = carry(office, bundle)
    cut = CutAfterOneChunk(transport_for(office))
    with pytest.raises(Offline):
        sync_once(office, cut)
    cut.transport.close()
    with server.app.state.engine.connect() as c:
        held = c.exec_driver_sql("SELECT sum(length(data)) FROM bundle_parts").scalar_one()
    assert 0 < held < kept.size and _devices(server) == {}
    transport = transport_for(office)
    sent_before = transport.bytes_sent
    report = sync_once(office, transport)
    sent = transport.bytes_sent - sent_before
    transport.close()
    assert report.bundle_items == {"stored": 3}
    assert sent < kept.size - held + 20_000  # only the rest went, not the whole bundle again


def test_a_changed_bundle_is_refused_whole_and_not_sent_again(
    server, laptop_bundle, office, tmp_path
):
    bundle, _ = laptop_bundle
    raw = bytearray(bundle.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    changed = tmp_path / "changed.bundle"
    changed.write_bytes(bytes(raw))
    kept = carry(office, changed)  # the office cannot tell: only the server can open it
    report = sync(office)
    assert report.bundles_delivered == 0
    assert any("damaged or was changed" in p for p in report.problems), report.problems
    assert _devices(server) == {}
    assert "damaged" in office.store.carried(kept.sha256).refused
    assert not any("bundle" in p for p in sync(office).problems)  # not sent again

    for name, content, why in (
        ("photo.jpg", b"\xff\xd8\xff" + b"0" * 100, "not a Daftari bundle"),
        ("short.bundle", bundle.read_bytes()[:20], "cut short"),
    ):
        (tmp_path / name).write_bytes(content)
        with pytest.raises(BadBundleFile, match=why):
            carry(office, tmp_path / name)
    with pytest.raises(BadBundleFile, match="cannot be read"):
        carry(office, tmp_path / "nowhere.bundle")


def test_the_office_command_keeps_and_lists(server, laptop_bundle, office, tmp_path):
    bundle, _ = laptop_bundle
    office.client.close()
    home = office.client.home
    done = daftari(
        home,
        "--user",
        "clerk_k",
        "bundle",
        "import",
        bundle,
        "--password-stdin",
        password="office-2026",
    )
    assert done.returncode == 0 and "at the next sync" in done.stdout, done.stderr
    done = daftari(
        home,
        "--user",
        "clerk_k",
        "bundle",
        "import",
        bundle,
        "--password-stdin",
        password="office-2026",
    )
    assert done.returncode == 1 and "brought here before" in done.stderr
    done = daftari(home, "--user", "clerk_k", "sync", "--password-stdin", password="office-2026")
    assert done.returncode == 0 and "1 carried bundle(s) delivered (3 stored)" in done.stdout
    done = daftari(
        home, "--user", "clerk_k", "bundle", "list", "--password-stdin", password="office-2026"
    )
    assert "amina-2026-11-30.bundle" in done.stdout and "delivered" in done.stdout
    assert "3 stored" in done.stdout
