"""The ``daftari`` command: with no sub-command it starts the desktop app; sub-commands do
headless work for scripts, tests and benchmarks. A thin layer over the Python API."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

from form_engine import FormLoadError, SubmissionFormatError, load_xlsform, validate_submission
from form_engine.evaljsonl import run as eval_lines
from form_engine.fill import FillError, random_submissions, write_attachments
from form_engine.summary import form_summary, format_summary


def _load(path: str):
    try:
        return load_xlsform(Path(path))
    except FormLoadError as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return None


def cmd_form_check(args: argparse.Namespace) -> int:
    form = _load(args.file)
    if form is None:
        if args.json:
            print(json.dumps({"ok": False, "file": args.file}))
        return 1
    summary = form_summary(form)
    if args.json:
        print(json.dumps({"ok": True, **summary}, ensure_ascii=False, indent=2))
    else:
        print(format_summary(summary))
    return 0


def cmd_form_fill(args: argparse.Namespace) -> int:
    form = _load(args.file)
    if form is None:
        return 1
    now = datetime.fromisoformat(args.now) if args.now else None
    attachments: dict[str, bytes] = {}
    out = Path(args.out)
    written = 0
    try:
        with out.open("w", encoding="utf-8") as fh:
            for envelope in random_submissions(
                form, args.random, seed=args.seed, now=now, attachments=attachments
            ):
                fh.write(json.dumps(envelope, ensure_ascii=False, separators=(",", ":")) + "\n")
                written += 1
    except FillError as exc:
        print(f"{args.file}: {exc}", file=sys.stderr)
        return 1
    if attachments:
        directory = out.with_name(out.stem + "-attachments")
        write_attachments(attachments, directory)
        print(
            f"wrote {written} submissions to {out} and {len(attachments)} attachments to {directory}"
        )
    else:
        print(f"wrote {written} submissions to {out}")
    return 0


def cmd_form_validate(args: argparse.Namespace) -> int:
    form = _load(args.file)
    if form is None:
        return 1
    valid = invalid = 0
    with open(args.submissions, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            label = f"line {n}"
            try:
                envelope = json.loads(line)
                if not isinstance(envelope, dict):
                    raise SubmissionFormatError("not a JSON object")
                label += f" ({envelope.get('uuid', 'no uuid')})"
                if "form_id" in envelope and envelope["form_id"] != form.form_id:
                    raise SubmissionFormatError(
                        f"it is for form '{envelope['form_id']}', not '{form.form_id}'"
                    )
                if "form_version" in envelope and envelope["form_version"] != form.version:
                    raise SubmissionFormatError(
                        f"it is for version '{envelope['form_version']}', the form is version '{form.version}'"
                    )
                data = envelope.get("data", envelope)
                result = validate_submission(form, data)
            except json.JSONDecodeError as exc:
                print(f"{label}: not JSON: {exc}")
                invalid += 1
                continue
            except SubmissionFormatError as exc:
                print(f"{label}: {exc}")
                invalid += 1
                continue
            if result.valid:
                valid += 1
                continue
            invalid += 1
            for issue in result.issues:
                print(f"{label}: {issue.path}: {issue.text(args.language)} (value {issue.value!r})")
    print(f"{valid} valid, {invalid} invalid", file=sys.stderr)
    return 1 if invalid else 0


def cmd_form_eval(args: argparse.Namespace) -> int:
    for out in eval_lines(sys.stdin):
        sys.stdout.write(out + "\n")
        sys.stdout.flush()
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop_app.app import run_gui

    return run_gui(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="daftari", description="Offline-first field data collection."
    )
    parser.add_argument("--home", help="data directory (default: the platform's; or $DAFTARI_HOME)")
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

    p = form_sub.add_parser("eval-jsonl", help="evaluate expressions read as JSON lines on stdin")
    p.set_defaults(func=cmd_form_eval)
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
