"""Entity lists on the desktop (ODK Entities, issue 25): a site's list of 100,000 households
pulled into the store (encrypted), read back and decrypted, built into a follow-up form's
list instance, and the follow-up opened and a household picked from it.

    .venv/bin/python bench/entities.py [--entities 100000]

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
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
        client = Client(Home.resolve(folder / "home"), kdf=KdfParams(memory_kib=1024, iterations=1))
        client.install_form(follow_up(folder))
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


if __name__ == "__main__":
    say_machine()
    main()
    say_machine()
