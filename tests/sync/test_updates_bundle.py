"""Entity lists and assignments on a USB stick (issue 25), for a laptop no network reaches:
the office makes the updates for the enumerator's computer (``daftari-server bundle updates``)
and the laptop receives them (``daftari bundle receive``) — the households registered
elsewhere at its site, its assignments — as a sync would bring them; receiving them again
changes nothing; another computer's, a changed one, or a submissions bundle is refused with
why and nothing is applied. The other way, a bundle of the laptop's registrations creates
the households on the server."""

import pytest
import requests

from desktop_app.sync.updates import NotUpdates, receive
from desktop_app.transfer import export_bundle
from tests.central_server.test_entities_server import applied
from tests.conftest import daftari_server
from tests.desktop_app.test_entities_local import register
from tests.sync.test_assignments_desktop import token
from tests.sync.test_entities_desktop import laptops, published
from tests.sync.test_sync_client import sync

__all__ = ["laptops", "published"]  # fixtures, used by name


def test_updates_reach_an_offline_laptop_on_a_stick(server, laptops, tmp_path):
    amina, halima, baraka = laptops
    for user in laptops:
        sync(user)  # the forms come down; from now on amina's laptop has no network
    neema = register(halima, "Neema Achieng", "4")
    sync(halima)
    applied(server)
    r = requests.post(
        f"{server.url}/api/v1/assignments",
        json={"form_id": "hh_visit", "enumerator": "amina", "entities": [neema]},
        headers={"authorization": f"Bearer {token(server, 'super_k')}"},
    )
    assert r.status_code == 200, r.text

    office = daftari_server(tmp_path / "server")
    stick = tmp_path / "amina-updates.bundle"
    done = office("bundle", "updates", "amina", "--out", stick)
    assert done.returncode == 0, done.stderr
    assert "1 entities, 1 assignments" in done.stdout
    assert b"Neema" not in stick.read_bytes()  # sealed: a lost stick names nobody

    got = receive(amina, stick)
    assert (got.entities, got.assignments) == (1, 1)
    [listed] = amina.entities.entities("households")
    assert (listed.uuid, listed.label, listed.properties["size"]) == (neema, "Neema Achieng", "4")
    [todo] = amina.assignments()
    assert (todo.title, todo.left) == ("Neema Achieng", 1)
    assert receive(amina, stick).entities == 1  # again: the same, nothing twice
    assert len(amina.entities.entities("households")) == 1 and len(amina.assignments()) == 1
    # given to the clerk and synced: the old stick, received again, brings nothing back
    r = requests.post(
        f"{server.url}/api/v1/assignments/{todo.id}/reassign",
        json={"enumerator": "clerk_k"},
        headers={"authorization": f"Bearer {token(server, 'super_k')}"},
    )
    assert r.status_code == 200, r.text
    sync(amina)
    assert amina.assignments() == []
    receive(amina, stick)
    assert amina.assignments() == []

    # Kakuma's laptop cannot open it; a changed byte, or a submissions bundle, is refused
    with pytest.raises(NotUpdates, match="made for another computer") as refused:
        receive(baraka, stick)
    assert refused.value.reason == "other_computer"  # said in the interface's words
    changed = bytearray(stick.read_bytes())
    changed[len(changed) // 2] ^= 1
    (tmp_path / "changed.bundle").write_bytes(bytes(changed))
    with pytest.raises(NotUpdates, match="damaged or was changed"):
        receive(amina, tmp_path / "changed.bundle")
    register(amina, "Opio Okello", "6")
    export_bundle(amina, tmp_path / "out.bundle")
    with pytest.raises(NotUpdates, match="not updates from it"):
        receive(amina, tmp_path / "out.bundle")

    # and a computer named when its user has none or several
    assert (
        "has no computer enrolled"
        in office("bundle", "updates", "secretariat", "--out", stick).stderr
    )


def test_registrations_carried_to_the_server_create_its_households(server, laptops, tmp_path):
    amina, halima, _ = laptops
    sync(amina)
    sync(halima)
    opio = register(amina, "Opio Okello", "6")
    export_bundle(amina, tmp_path / "amina.bundle")
    office = daftari_server(tmp_path / "server")
    done = office("bundle", "import", tmp_path / "amina.bundle")
    assert done.returncode == 0, done.stderr
    applied(server)
    sync(halima)
    assert [e.uuid for e in halima.entities.entities("households")] == [opio]


def test_an_updates_bomb_is_refused_before_it_is_parsed():
    """Sealed with the right key yet not what a server writes: millions of tiny values are
    refused from their count, before any becomes a Python object."""
    from sync_protocol.bundles import BadBundle, open_updates, seal_updates

    hashed = "ab" * 32
    bomb = {"pull": {"cursor": 0, "more": False, "entities": [[0] * 6_000_000]}}
    with pytest.raises(BadBundle, match="more than 5,000,000 values"):
        open_updates(seal_updates(hashed, bomb), hashed)
    deep = {"pull": {"x": [[[[[[[[[[]]]]]]]]]] * 1}}
    for _ in range(40):
        deep = {"pull": {"x": deep}}
    with pytest.raises(BadBundle, match="nested too deep"):
        open_updates(seal_updates(hashed, deep), hashed)


def test_a_file_too_big_for_updates_is_not_read(laptops, tmp_path):
    amina, _, _ = laptops
    sync(amina)
    huge = tmp_path / "huge.bundle"
    with huge.open("wb") as f:
        f.truncate(300 * 2**20)  # sparse: no disk used
    with pytest.raises(NotUpdates, match="more than 256 MiB"):
        receive(amina, huge)
