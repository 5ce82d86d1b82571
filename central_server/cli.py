"""The ``daftari-server`` command. The server arrives with the sync issue; until then the
command exists so that installs and scripts can find it, and says so plainly."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="daftari-server", description="Daftari's central server.")
    parser.add_argument("command", nargs="?", help="init, run, site, user, form, stats")
    parser.parse_args(argv)
    print(
        "daftari-server: the central server is not yet built (it comes with the sync work).",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
