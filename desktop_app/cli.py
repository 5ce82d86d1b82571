"""The ``daftari`` command: with no sub-command it starts the desktop app; sub-commands do
headless work for scripts, tests and benchmarks. A thin layer over the Python API."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli_client import add_commands
from desktop_app.cli_forms import (
    cmd_form_check,
    cmd_form_eval,
    cmd_form_fill,
    cmd_form_print,
    cmd_form_validate,
)


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop_app.app import run_gui

    return run_gui(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="daftari", description="Offline-first field data collection."
    )
    parser.add_argument("--home", help="data directory (default: the platform's; or $DAFTARI_HOME)")
    parser.add_argument("--user", help="act as this local user (commands on submissions)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window on a fresh --home, fill and save a submission, exit 0 if all worked",
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the user's password from standard input (else $DAFTARI_PASSWORD)",
    )
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    form = sub.add_parser("form", help="check, fill, validate XLSForms; evaluate expressions")
    form_sub = form.add_subparsers(title="form commands", metavar="COMMAND", required=True)

    p = form_sub.add_parser("check", help="load a form and print its summary, or the precise error")
    p.add_argument("file", help="an XLSForm (.xlsx, .xls or .csv)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_form_check)

    p = form_sub.add_parser("fill", help="generate random but valid submissions (JSON lines)")
    p.add_argument("file", help="an XLSForm")
    p.add_argument("--random", type=int, required=True, metavar="N", help="how many submissions")
    p.add_argument("--seed", type=int, default=0, help="random seed (same seed, same submissions)")
    p.add_argument("--out", required=True, help="the JSON-lines file to write")
    p.add_argument("--now", help="the ISO date-time to fill as (default: now)")
    p.set_defaults(func=cmd_form_fill)

    p = form_sub.add_parser("validate", help="validate submissions; one line per problem")
    p.add_argument("file", help="an XLSForm")
    p.add_argument("submissions", help="a JSON-lines file, as 'form fill' writes")
    p.add_argument("--language", help="the form language of the messages")
    p.set_defaults(func=cmd_form_validate)

    p = form_sub.add_parser(
        "print", help="paper questionnaires as a PDF: codes, skips in words, a QR code each"
    )
    p.add_argument("file", help="an XLSForm")
    p.add_argument("--lang", help="the form language to print in (name or code: ar, Arabic (ar))")
    p.add_argument("--out", required=True, help="the PDF to write")
    p.add_argument("--count", type=int, default=1, help="how many questionnaires")
    p.add_argument(
        "--first-number", type=int, help="number them from this (blank numbers without it)"
    )
    p.set_defaults(func=cmd_form_print)

    p = form_sub.add_parser("eval-jsonl", help="evaluate expressions read as JSON lines on stdin")
    p.set_defaults(func=cmd_form_eval)
    add_commands(sub, form_sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    import signal

    if hasattr(signal, "SIGPIPE"):  # `daftari form validate … | head` ends quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
