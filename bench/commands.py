"""How long the commands people type take to start: CPU seconds (user + system) and wall time
of each, the median of several runs, each in a fresh process — an administrator scripting a
day's setup, or a clerk's office desktop, pays it every time.

    .venv/bin/python bench/commands.py [--runs 5]

Target (issue 23): `--help` and light commands under 0.3 s of CPU on this kind of machine.
Prints figures; asserts nothing."""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.machine import say as say_machine  # noqa: E402

BIN = Path(sys.executable).parent
COMMANDS = [
    ["daftari", "--help"],
    ["daftari", "form", "check", str(ROOT / "forms" / "household.xlsx")],
    ["daftari-server", "--help"],
    # light commands on a server set up (a site, a user): what an administrator scripts
    ["daftari-server", "site", "list"],
    ["daftari-server", "user", "list"],
    ["daftari-server", "stats"],
]


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [str(BIN / command[0]), *command[1:]],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "DAFTARI_HOME": home,
            "DAFTARI_SERVER_HOME": str(Path(home) / "server"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        for setup in (["init"], ["site", "add", "Koboko"]):
            subprocess.run(
                [str(BIN / "daftari-server"), *setup], env=env, check=True, capture_output=True
            )
        print(f"{'command':<60} {'CPU s':>7} {'wall s':>7}  (median of {args.runs})")
        for command in COMMANDS:
            runs = [run_once(command, env) for _ in range(args.runs)]
            cpu = statistics.median(c for c, _ in runs)
            wall = statistics.median(w for _, w in runs)
            shown = " ".join(Path(c).name if "/" in c else c for c in command)
            print(f"{shown:<60} {cpu:7.3f} {wall:7.3f}")


if __name__ == "__main__":
    say_machine()
    main()
    say_machine()  # the load while it ran
