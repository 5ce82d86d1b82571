"""Entity lists between the server and its devices (issue 25): a site's list of 100,000
households imported from a CSV, served to an ODK Collect phone (its form's media), pulled
whole by a desktop on the local network, then 1,000 of them changed and the desktop's sync
of those through a 2G shaping proxy, beside its physical floor (the compressed changes at the
2G downlink's rate plus two round trips).

    .venv/bin/python bench/entities_server.py [--entities 100000] [--changed 1000]

Prints figures; asserts nothing. Targets: the list to a phone under 2 s; the 2G sync of
1,000 changed entities within 1.5x its floor.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid as uuidlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.machine import say as say_machine  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import requests  # noqa: E402

from bench.shaping_proxy import PROFILES, ShapingProxy  # noqa: E402
from bench.sync import free_port  # noqa: E402
from central_server import accounts, entity_admin, published_forms  # noqa: E402
from central_server.db import make_engine  # noqa: E402
from central_server.schema import upgrade  # noqa: E402
from desktop_app.client import Client  # noqa: E402
from desktop_app.crypto import KdfParams  # noqa: E402
from desktop_app.paths import Home  # noqa: E402
from desktop_app.sync.engine import sync_once  # noqa: E402
from desktop_app.sync.enrolment import enrol, move_server, transport_for  # noqa: E402
from form_engine.authoring import write_xlsform  # noqa: E402

PASSWORD = "bench-pass-1"


def forms(folder: Path) -> list[Path]:
    register = write_xlsform(
        folder / "hh_register.xlsx",
        [
            {"type": "text", "name": "hh_name", "label": "Head", "save_to": "hh_name"},
            {"type": "integer", "name": "hh_size", "label": "Size", "save_to": "size"},
            {"type": "text", "name": "zone", "label": "Zone", "save_to": "zone"},
            {"type": "text", "name": "phone", "label": "Phone", "save_to": "phone"},
        ],
        settings={"form_id": "hh_register", "version": "1"},
        extra_sheets={"entities": [["list_name", "label"], ["households", "${hh_name}"]]},
    )
    visit = write_xlsform(
        folder / "hh_visit.xlsx",
        [
            {"type": "select_one_from_file households.csv", "name": "hh", "label": "Household"},
            {"type": "integer", "name": "hh_size", "label": "Size now", "save_to": "size"},
        ],
        settings={"form_id": "hh_visit", "version": "1"},
        extra_sheets={"entities": [["list_name", "entity_id"], ["households", "${hh}"]]},
    )
    return [register, visit]


def households_csv(ids: list[str], *, size_shift: int = 0) -> str:
    out = io.StringIO()
    out.write("name,label,hh_name,size,zone,phone\n")
    for i, uid in enumerate(ids):
        out.write(
            f"{uid},Household {i},Head of household {i},{1 + (i + size_shift) % 9},"
            f"Z{i % 40},0772{i:06d}\n"
        )
    return out.getvalue()


def timed(what: str, run):
    t = time.perf_counter()
    out = run()
    took = time.perf_counter() - t
    print(f"{what}: {took:.2f} s")
    return out, took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--changed", type=int, default=1_000)
    args = parser.parse_args()
    n, changed = args.entities, args.changed
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db = f"sqlite:///{root / 'server.db'}"
        engine = make_engine(db)
        upgrade(engine)
        with engine.begin() as conn:
            accounts.add_site(conn, "Koboko")
            accounts.add_user(conn, "sec", role="secretariat", site=None, password=PASSWORD)
            accounts.add_user(conn, "enum0", role="enumerator", site="Koboko", password=PASSWORD)
            for path in forms(root):
                published_forms.publish(conn, path)
            phone_token, _ = accounts.collect_token(conn, "enum0", "bench phone")
        ids = [str(uuidlib.UUID(int=i + 1, version=4)) for i in range(n)]
        print(f"{n} households of Koboko, 4 properties each")

        def imported(text: str) -> entity_admin.ImportReport:
            with engine.begin() as conn:
                who = accounts.principal_of(conn, "sec")
                return entity_admin.import_csv(
                    conn, who, "households", "Koboko", text, apply_it=True
                )

        report, _ = timed(
            "imported from a CSV (checked whole, then applied)",
            lambda: imported(households_csv(ids)),
        )
        assert not report.problems, report.problems[:3]
        engine.dispose()

        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "central_server.cli",
                "--home",
                str(root),
                "--db",
                db,
                "run",
                "--port",
                str(port),
            ],
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(600):
                try:
                    if requests.get(f"{url}/api/v1/ping", timeout=1).ok:
                        break
                except requests.RequestException:
                    time.sleep(0.05)

            # an ODK Collect phone of the site: the list in its form's media
            media = f"{url}/key/{phone_token}/openrosa/forms/hh_visit/1/media/households.csv"
            takes, size, wire = [], 0, 0
            for _ in range(5):
                t = time.perf_counter()
                r = requests.get(media, headers={"accept-encoding": "gzip"}, stream=True)
                raw = r.raw.read(decode_content=False)
                takes.append(time.perf_counter() - t)
                wire = len(raw)
                size = (
                    len(gzip.decompress(raw))
                    if r.headers.get("content-encoding") == "gzip"
                    else len(raw)
                )
            print(
                f"the site's list served to a phone: median {statistics.median(takes):.2f} s, "
                f"best {min(takes):.2f} s of 5 ({size / 1e6:.1f} MB of CSV, {wire / 1e6:.1f} MB on the wire)"
            )

            # a desktop of the site pulls the list whole on the office's network
            client = Client(
                Home.resolve(root / "desktop"), kdf=KdfParams(memory_kib=1024, iterations=1)
            )
            user = client.create_first_user("amina", "amina-bench-1", site="Koboko")
            enrol(user, url, "enum0", PASSWORD)
            transport = transport_for(user, timeout=600)
            timed(
                "the desktop's first sync: the whole list, on the local network",
                lambda: sync_once(user, transport),
            )
            transport.close()
            print(f"  ({len(user.entities.entities('households'))} households on the desktop)")

            # 1,000 of them changed at the office; the desktop syncs on 2G
            with make_engine(db).begin() as conn:
                who = accounts.principal_of(conn, "sec")
                report = entity_admin.import_csv(
                    conn,
                    who,
                    "households",
                    "Koboko",
                    households_csv(ids[:changed], size_shift=1),
                    apply_it=True,
                )
            cursor = int(str(user.store.setting(f"sync_cursor/{user.user.name.casefold()}", 0)))
            pulled = requests.get(
                f"{url}/api/v1/sync/pull",
                params={"cursor": cursor},
                headers={
                    "authorization": f"Bearer {requests.post(f'{url}/api/v1/auth/login', json={'username': 'enum0', 'password': PASSWORD}).json()['token']}"
                },
            )
            pages = [pulled.json()]
            while pages[-1]["more"]:
                pages.append(
                    requests.get(
                        f"{url}/api/v1/sync/pull",
                        params={"cursor": pages[-1]["cursor"]},
                        headers=pulled.request.headers,
                    ).json()
                )
            payload = len(gzip.compress(json.dumps([p["entities"] for p in pages]).encode(), 6))
            profile = PROFILES["2G"]
            proxy = ShapingProxy(port, profile)
            move_server(user, proxy.url)
            transport = transport_for(user, timeout=600)
            _, took = timed(
                f"the desktop's sync of {changed} changed households on 2G",
                lambda: sync_once(user, transport),
            )
            requests_made = transport.requests
            transport.close()
            proxy.stop()
            floor = 2 * profile.rtt_ms / 1000 + payload * 8 / (profile.down_kbit * 1000)
            print(
                f"  floor {floor:.1f} s (the changes gzipped, {payload:,} B, at {profile.down_kbit} "
                f"kbit/s + 2 round trips of {profile.rtt_ms:.0f} ms): x{took / floor:.2f}; "
                f"{requests_made} requests, {proxy.down_bytes:,} B down, {proxy.up_bytes:,} B up"
            )
            sizes = {e.properties["size"] for e in user.entities.entities("households")[:changed]}
            print(f"  (the changed sizes are on the desktop: {len(sizes)} distinct values)")
            client.close()
        finally:
            server.terminate()
            server.wait(20)


if __name__ == "__main__":
    say_machine()
    main()
    say_machine()
