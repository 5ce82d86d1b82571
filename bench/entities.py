"""Entity lists on the desktop (ODK Entities, issue 25): a site's list of 100,000 households
pulled into the store (encrypted), read back and decrypted, built into a follow-up form's
list instance, and the follow-up opened and a household picked from it.

    .venv/bin/python bench/entities.py [--entities 100000]

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
import uuid as uuidlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.machine import say as say_machine  # noqa: E402
from desktop_app.client import Client  # noqa: E402
from desktop_app.crypto import KdfParams  # noqa: E402
from desktop_app.paths import Home  # noqa: E402
from form_engine.authoring import write_xlsform  # noqa: E402
from sync_protocol import EntityOut  # noqa: E402


def follow_up(folder: Path) -> Path:
    return write_xlsform(
        folder / "hh_visit.xlsx",
        [
            {"type": "select_one_from_file households.csv", "name": "hh", "label": "Household"},
            {
                "type": "calculate",
                "name": "size_before",
                "calculation": "instance('households')/root/item[name=${hh}]/size",
            },
            {"type": "integer", "name": "hh_size", "label": "Size now", "save_to": "size"},
        ],
        settings={"form_id": "hh_visit", "version": "1"},
        extra_sheets={"entities": [["list_name", "entity_id"], ["households", "${hh}"]]},
    )


def filtered(folder: Path) -> Path:
    """A follow-up that offers only the households of the zone answered before."""
    return write_xlsform(
        folder / "hh_zone.xlsx",
        [
            {"type": "text", "name": "zone", "label": "Zone"},
            {
                "type": "select_one_from_file households.csv",
                "name": "hh",
                "label": "Household",
                "choice_filter": "zone = ${zone}",
            },
        ],
        settings={"form_id": "hh_zone", "version": "1"},
    )


def rss_mb() -> float:
    """This process's resident memory now (Linux)."""
    with open(f"/proc/{os.getpid()}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def timed(what: str, run):
    t = time.perf_counter()
    out = run()
    print(f"{what}: {(time.perf_counter() - t) * 1000:.0f} ms")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entities", type=int, default=100_000)
    n = parser.parse_args().entities
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        desktop(folder, n)
        memory_and_filter(folder)


def desktop(folder: Path, n: int) -> None:
    """The list pulled, read, built and used; its objects go when this returns."""
    client = Client(Home.resolve(folder / "home"), kdf=KdfParams(memory_kib=1024, iterations=1))
    client.install_form(follow_up(folder))
    client.install_form(filtered(folder))
    user = client.create_first_user("bench", "bench-password", site="Koboko")
    pulled = [
        EntityOut(
            uuid=str(uuidlib.uuid4()),
            list_name="households",
            label=f"Household {i}",
            version=1 + i % 3,
            data={
                "hh_name": f"Head of household {i}",
                "size": str(1 + i % 9),
                "zone": f"Z{i % 40}",
                "phone": f"0772{i:06d}",
            },
        )
        for i in range(n)
    ]
    print(f"{n} households, 4 properties each")
    timed(
        "pulled into the store (encrypted, one transaction)",
        lambda: user.entities.apply_pulled(pulled),
    )
    timed(
        "pulled again (every one kept: same versions)",
        lambda: user.entities.apply_pulled(pulled),
    )
    timed(
        "read and decrypted",
        lambda: user.entities.entities("households"),
    )
    text = timed("the list as CSV text", lambda: user.entities.csv_text("households"))
    print(f"  ({len(text) / 1e6:.1f} MB of CSV)")
    form = client.form("hh_visit")
    timed(
        "the follow-up's list instance built (from the stored rows)",
        lambda: user.entities.form_to_fill(form),
    )
    user.entities._forms.clear()
    draft = timed(
        "the follow-up opened (list built, runtime, session)",
        lambda: user.new_submission("hh_visit"),
    )
    timed("opened again, the list unchanged", lambda: user.new_submission("hh_visit"))
    session = draft.session
    node = session.node("/data/hh")
    choices = timed("its choices listed", lambda: session.choices(node))
    print(f"  ({len(choices)} choices)")
    timed(
        "a household picked (the size looked up in the list)",
        lambda: draft.set_answer(node, pulled[n // 2].uuid),
    )
    client.close()


def memory_and_filter(folder: Path) -> None:
    """The memory of a follow-up at this size, in a fresh login (the list pulled before and
    the objects made of it gone); a choice filter over the list."""
    client = Client(Home.resolve(folder / "home"), kdf=KdfParams(memory_kib=1024, iterations=1))
    user = client.login("bench", "bench-password")
    gc.collect()
    before = rss_mb()
    draft = user.new_submission("hh_visit")
    gc.collect()
    print(
        f"memory with the follow-up open: {rss_mb():.0f} MiB "
        f"({rss_mb() - before:.0f} MiB more than logged in with no form open)"
    )
    draft = user.new_submission("hh_zone")
    zone, hh = draft.session.node("/data/zone"), draft.session.node("/data/hh")
    takes = []
    sizes = set()
    for i in range(200):
        draft.session.set_value(zone, f"Z{i % 40}")
        t = time.perf_counter()
        offered = draft.session.choices(hh)
        takes.append(time.perf_counter() - t)
        sizes.add(len(offered))
    takes.sort()
    print(
        f"a choice filter (zone = ${{zone}}) over the list, 200 zones answered: "
        f"median {takes[100] * 1000:.1f} ms, p99 {takes[197] * 1000:.1f} ms "
        f"({sorted(sizes)} households offered)"
    )
    client.close()


if __name__ == "__main__":
    say_machine()
    main()
    say_machine()
