"""Headless form commands: ``daftari form check|fill|validate|eval-jsonl``. They work on
XLSForm files directly and need no home or user."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime
from pathlib import Path

from form_engine import FormLoadError, SubmissionFormatError, load_xlsform, validate_submission
from form_engine.evaljsonl import run as eval_lines
from form_engine.fill import FillError, random_submissions, write_attachments
from form_engine.summary import form_summary, format_summary


def _load(path: str, *, complete: bool = True):
    """The form, or None after saying why. ``complete``: its choice and pulldata files must be
    there too (to fill or validate); ``form check`` only names the ones still needed."""
    try:
        form = load_xlsform(Path(path))
        if complete:
            form.require_files()
        return form
    except FormLoadError as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return None


def cmd_form_check(args: argparse.Namespace) -> int:
    form = _load(args.file, complete=False)
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


def _print_without_a_display() -> None:
    """On a server or over SSH there is no display, and Qt's default platform (xcb) aborts the
    process ("xcb-cursor0 is needed"): a PDF needs none, so Qt's offscreen platform prints it.
    Not where Qt was told a platform, nor on Windows or macOS, which need no DISPLAY."""
    if sys.platform in ("win32", "darwin"):
        return
    if not any(os.environ.get(v) for v in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def cmd_form_print(args: argparse.Namespace) -> int:
    """``daftari form print FILE --out PDF [--lang L] [--count N --first-number K]``."""
    form = _load(args.file, complete=False)
    if form is None:
        return 1
    if args.count < 1 or args.count > 10_000:
        print(f"--count: between 1 and 10000, not {args.count}", file=sys.stderr)
        return 2
    _print_without_a_display()
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.i18n import load_fonts
    from desktop_app.ui.printing import print_questionnaires

    app = QApplication.instance() or QApplication(["daftari"])
    load_fonts()
    out = Path(args.out)
    try:
        n = print_questionnaires(
            form, out, language=args.lang, count=args.count, first=args.first_number
        )
    except ValueError as exc:
        print(f"{args.file}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{out}: cannot be written ({exc.strerror or exc})", file=sys.stderr)
        return 1
    del app
    print(f"wrote {n} questionnaire(s) to {out}")
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
