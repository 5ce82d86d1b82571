"""The ``daftari-server`` command: a thin layer over the server's services.

daftari-server [--db URL] [--home DIR] init
daftari-server run --host 127.0.0.1 --port 8080
daftari-server site add NAME
daftari-server user add NAME --role ROLE [--site SITE] --password-stdin
daftari-server user disable|enable NAME
daftari-server user password NAME --password-stdin
daftari-server form publish FILE.xlsx
daftari-server form attach FORM_ID VERSION FILE...
daftari-server review list [--state S] [--site S] [--form F] [--enumerator E] [--json]
daftari-server review approve|return UUID --as NAME [--comment TEXT] [--answer PATH=TEXT ...]
    [--confirm PATH ...]
daftari-server review history UUID [--json]
daftari-server export FORM --as NAME --format csv|xlsx|parquet|dta|sav --out PATH [--site S]
                      [--state S] [--lang L]
daftari-server duplicates FORM --as NAME --keys "hh_no,head_name:name,phone:phone" [--json]
daftari-server duplicates-resolve UUID1 UUID2 --as NAME --resolution R [--note TEXT]
daftari-server indicators household|service_access|population --as NAME [--state S|any] [--json]
daftari-server entities import LIST FILE.csv --site SITE --as NAME [--apply]
daftari-server entities list --as NAME [--json]
daftari-server entities export LIST --as NAME --format csv|parquet --out PATH [--site SITE]
daftari-server site area SITE FILE.geojson
daftari-server checks FORM --as NAME [--json]
daftari-server check-rules FORM --as NAME [--add NAME --check C [--field F] [--parameters P]
                                          [--message M] | --remove NAME] [--json]
daftari-server enumerators FORM --as NAME [--site S] [--day YYYY-MM-DD] [--json]
daftari-server interviewer-effects FORM --as NAME [--state S|any] [--json]
daftari-server stats [--json]
daftari-server janitor [--days N]
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from central_server.choices import FORMATS, RESOLUTIONS, ROLES, STATES
from central_server.errors import Refusal

if TYPE_CHECKING:
    from central_server.published_forms import Published
    from central_server.settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    from central_server.settings import Settings

    trusted = getattr(args, "trusted_proxy", None)
    hosts = getattr(args, "allowed_host", None)
    return Settings.resolve(
        db=args.db,
        data_dir=args.home,
        trusted_proxies=tuple(trusted) if trusted else None,
        allowed_hosts=list(hosts) if hosts else None,
    )


def _engine(args: argparse.Namespace):
    from central_server import schema
    from central_server.db import make_engine, private_database, private_folder

    settings = _settings(args)
    private_folder(settings.data_dir)
    engine = make_engine(settings.database_url)
    schema.upgrade(engine)
    private_database(settings.database_url)
    return engine


def cmd_init(args: argparse.Namespace) -> int:
    from central_server import schema

    settings = _settings(args)
    engine = _engine(args)
    print(
        f"database ready at schema {schema.current_revision(engine)}: {_safe(settings.database_url)}"
    )
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from central_server.serving import serve

    settings = _settings(args)
    print(listening_message(args.host, args.port, _safe(settings.database_url)), flush=True)
    _engine(args)  # migrated once, before any worker starts
    serve(
        settings,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
        limits=_http_limits(args),
    )
    return 0


# `run`'s options bounding what a client sends before its request is known (the defaults:
# central_server.http_limits.HttpLimits)
_HTTP_LIMITS = (
    "max_header_bytes",
    "max_headers",
    "max_request_line",
    "header_seconds",
    "max_connections_per_address",
)


def _http_limits(args: argparse.Namespace):
    from central_server.http_limits import HttpLimits

    given = {name: getattr(args, name) for name in _HTTP_LIMITS if getattr(args, name) is not None}
    return HttpLimits(**given)


def _positive(kind):
    def parse(text: str):
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"{text}: give a number above 0")
        return value

    return parse


def listening_message(host: str, port: int, database: str) -> str:
    """Where clients reach this server: the address to type in Connect to a server."""
    if host in ("0.0.0.0", "::", ""):
        address = f"http://{_local_address()}:{port}"
        where = f"listening on every network of this computer, e.g. {address}"
    else:
        address = f"http://{host if ':' not in host else f'[{host}]'}:{port}"
        where = f"listening on {address}"
    return (
        f"Daftari server {where} (database: {database})\n"
        f"Clients connect with Daftari → Connect to a server, address {address}\n"
        "This is plain http: passwords and answers cross the network unencrypted. Over the "
        "internet, serve it behind an https (TLS) reverse proxy."
    )


def _local_address() -> str:
    """This computer's address on its main network (no packet is sent), else its name."""
    import socket

    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
    except OSError:
        return socket.gethostname()


def cmd_site_add(args: argparse.Namespace) -> int:
    from central_server import accounts

    with _engine(args).begin() as conn:
        accounts.add_site(conn, args.name)
    print(f"added site {args.name}")
    return 0


def cmd_site_area(args: argparse.Namespace) -> int:
    """A site's areas from a GeoJSON file (the administrator's, as with ``site add``)."""
    from central_server import areas
    from central_server.accounts import Principal

    path = Path(args.file)
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return 1
    operator = Principal(0, "administrator (command line)", "admin", None, None, 0)
    with _engine(args).begin() as conn:
        found = areas.set_areas(conn, operator, args.site, path.read_bytes())
    names = ", ".join(a.name or "(no name)" for a in found[:12])
    more = f" and {len(found) - 12} more" if len(found) > 12 else ""
    print(_terminal(f"{args.site}: {len(found)} area(s): {names}{more}"))
    return 0


def cmd_site_list(args: argparse.Namespace) -> int:
    """Each site, with its users and submissions (an administrator's check of a day's setup)."""
    from sqlalchemy import func, select

    from central_server.db import sites, snapshot, submissions, users

    with snapshot(_engine(args)) as conn:
        people: dict[int, int] = dict(
            conn.execute(select(users.c.site_id, func.count()).group_by(users.c.site_id)).all()
        )
        held: dict[int, int] = dict(
            conn.execute(
                select(submissions.c.site_id, func.count()).group_by(submissions.c.site_id)
            ).all()
        )
        found = conn.execute(select(sites.c.id, sites.c.name).order_by(sites.c.name)).all()
    if not found:
        print("no site yet: add one with 'daftari-server site add NAME'")
        return 0
    print("site\tusers\tsubmissions")
    for site_id, name in found:
        print(f"{_terminal(name)}\t{people.get(site_id, 0)}\t{held.get(site_id, 0)}")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    """Each account: its role, its site, whether it may log in (never a password)."""
    from sqlalchemy import select

    from central_server.db import sites, snapshot, users

    with snapshot(_engine(args)) as conn:
        found = conn.execute(
            select(users.c.name, users.c.role, sites.c.name, users.c.disabled_at)
            .select_from(users.outerjoin(sites, sites.c.id == users.c.site_id))
            .order_by(users.c.name)
        ).all()
    if not found:
        print("no user yet: add one with 'daftari-server user add NAME --role ROLE'")
        return 0
    print("user\trole\tsite\tstate")
    for name, role, site, disabled in found:
        state = f"disabled since {disabled[:10]}" if disabled else "active"
        print(f"{_terminal(name)}\t{role}\t{_terminal(site or '')}\t{state}")
    return 0


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if os.environ.get("DAFTARI_PASSWORD"):
        return os.environ["DAFTARI_PASSWORD"]
    return getpass.getpass(f"Password for {args.name}: ")


def cmd_user_disable(args: argparse.Namespace) -> int:
    from central_server import accounts

    with _engine(args).begin() as conn:
        accounts.set_disabled(conn, args.name, args.disable)
    print(
        f"{args.name} "
        + ("is disabled: no login, its devices refused" if args.disable else "may log in again")
    )
    return 0


def cmd_user_password(args: argparse.Namespace) -> int:
    from central_server import accounts

    password = _password(args)
    with _engine(args).begin() as conn:
        accounts.set_password(conn, args.name, password)
    print(f"{args.name} has a new password; its devices log in again")
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from central_server import accounts

    password = _password(args)
    with _engine(args).begin() as conn:
        accounts.add_user(conn, args.name, role=args.role, site=args.site, password=password)
    print(f"added {args.role} {args.name}" + (f" of {args.site}" if args.site else ""))
    return 0


def cmd_form_publish(args: argparse.Namespace) -> int:
    from central_server import published_forms
    from form_engine import FormLoadError

    try:
        with _engine(args).begin() as conn:
            done = published_forms.publish(conn, Path(args.file))
    except FormLoadError as exc:
        print(f"{args.file}: {exc}", file=sys.stderr)
        return 1
    said = "published" if done.new else "already published:"
    print(f"{said} {done.title} ({done.form_id}, version {done.version})")
    _say_needs(done)
    return 0


def cmd_form_attach(args: argparse.Namespace) -> int:
    from central_server import published_forms
    from form_engine import FormLoadError

    paths = [Path(f) for f in args.files]
    for p in paths:
        if not p.is_file():
            print(f"{p}: no such file", file=sys.stderr)
            return 1
    try:
        with _engine(args).begin() as conn:
            done = published_forms.attach(conn, args.form_id, args.version, paths)
    except FormLoadError as exc:
        print(f"{args.form_id} version {args.version}: {exc}", file=sys.stderr)
        return 1
    if not done.needs:
        print(f"{done.title} ({done.form_id}, version {done.version}) has all its files")
    _say_needs(done)
    return 0


def _say_needs(done: Published) -> None:
    if not done.needs:
        if done.new:
            print("devices get it at their next sync")
        return
    print(f"it is not offered to devices until these files are attached ({len(done.needs)}):")
    for m in done.needs:
        print(f"  {m.describe()}")
    names = " ".join(m.name for m in done.needs)
    print(f"add them with: daftari-server form attach {done.form_id} {done.version} {names}")


def cmd_review_list(args: argparse.Namespace) -> int:
    from central_server import review

    with _engine(args).begin() as conn:
        who = _reviewer(conn, args)
        rows = review.listed(
            conn,
            who,
            state=args.state,
            site=args.site,
            form_id=args.form,
            enumerator=args.enumerator,
            limit=args.limit,
        )
    if args.json:
        print(json.dumps([dataclasses.asdict(r) for r in rows], ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        print(
            _terminal(
                f"{r.uuid}\t{r.state}\t{r.site}\t{r.form_id}@{r.form_version}\t"
                f"rev {r.revision}\t{r.enumerator}\t{r.updated_at}"
            )
        )
    print(f"{len(rows)} submission(s)", file=sys.stderr)
    return 0


def cmd_review_decide(args: argparse.Namespace) -> int:
    from central_server import review

    answers: dict[str, str] = {}
    for given in args.answer or []:
        path, sep, text = given.partition("=")
        if not sep or not path.strip():
            print(f"--answer {given!r}: write it as PATH=COMMENT", file=sys.stderr)
            return 1
        answers[path.strip()] = text
    with _engine(args).begin() as conn:
        who = _reviewer(conn, args)
        state = review.decide(
            conn,
            who,
            args.uuid,
            args.decision,
            comment=args.comment or "",
            answers=answers,
            confirmed=args.confirm or [],
        )
    print(f"{args.uuid}: {state}")
    return 0


def cmd_review_history(args: argparse.Namespace) -> int:
    from central_server import review

    with _engine(args).begin() as conn:
        who = _reviewer(conn, args)
        revs, made = review.history(conn, who, args.uuid)
    if args.json:
        print(
            json.dumps(
                {
                    "revisions": [dataclasses.asdict(r) for r in revs],
                    "decisions": [dataclasses.asdict(d) for d in made],
                },
                ensure_ascii=False,
                indent=1,
                default=lambda kept: kept.model_dump(),  # a KeptAsWritten
            )
        )
        return 0
    events = [
        (
            r.received_at,
            f"revision {r.revision} received"
            + (f" (changed: {', '.join(r.changed)})" if r.changed else ""),
        )
        for r in revs
    ]
    for r in revs:
        events += [
            (
                r.received_at,
                f"    {k.name} = {k.value} kept as on paper"
                + (f" ({k.rule})" if k.rule else "")
                + (f"; note: {k.note}" if k.note else "")
                + (f"; confirmed by {k.confirmed_by}" if k.confirmed else "; not confirmed"),
            )
            for k in r.as_written
        ]
    for d in made:
        about = f" revision {d.revision}" if d.revision else ""
        line = f"{d.decision}{about} by {d.by} ({d.level})"
        if d.comment:
            line += f": {d.comment}"
        events.append((d.at, line))
        events += [(d.at, f"    {path}: {text}") for path, text in sorted(d.answers.items())]
        events += [
            (d.at, f"    the paper's value stands: {path} = {value}")
            for path, value in sorted(d.confirmed.items())
        ]
    for at, line in sorted(events, key=lambda e: e[0]):
        print(_terminal(f"{at}  {line}"))
    return 0


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _terminal(text: str) -> str:
    """Text someone typed (a comment, a name), printed so that it cannot drive the terminal:
    control characters (ESC and its sequences among them) shown as \\x1b."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _reviewer(conn, args: argparse.Namespace):
    """The account the command acts as (its role and site decide what it may do)."""
    from central_server import accounts

    return accounts.principal_of(conn, args.as_user)


def cmd_export(args: argparse.Namespace) -> int:
    from central_server.db import snapshot
    from central_server.merged import exporting, mapping

    out = Path(args.out)
    if not out.parent.is_dir():
        print(f"{out.parent}: no such folder", file=sys.stderr)
        return 1
    partial = out.with_name(out.name + ".partial")
    try:
        with snapshot(_engine(args)) as conn:
            who = _reviewer(conn, args)
            src = exporting.source(
                conn,
                who,
                args.form_id,
                site=args.site,
                state=None if args.state == "any" else args.state,
                since=args.since,
                duplicates=args.duplicates,
            )
            changes = (
                mapping.read(Path(args.mapping).read_text(encoding="utf-8"), src.versions)
                if args.mapping
                else None
            )
            counts = exporting.export(
                conn,
                src,
                args.format,
                partial,
                language=args.lang,
                changes=changes,
                attachments=args.attachments,
                raw=args.raw,
                scratch=out.parent,
            )
    except BaseException:
        partial.unlink(missing_ok=True)  # never a half-written export under the real name
        raise
    partial.replace(out)
    os.chmod(out, 0o600)  # answers of respondents: readable by this account only
    rows = ", ".join(f"{name} {n}" for name, n in counts.items())
    print(f"wrote {out} ({rows} rows; codebook inside)")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from central_server.db import snapshot
    from central_server.merged import duplicates

    with snapshot(_engine(args)) as conn:
        who = _reviewer(conn, args)
        pairs = duplicates.probable(
            conn,
            who,
            args.form_id,
            duplicates.parse_keys(args.keys),
            threshold=args.threshold,
            include_resolved=args.all,
        )
    if args.json:
        print(json.dumps([dataclasses.asdict(p) for p in pairs], ensure_ascii=False, indent=1))
        return 0
    for p in pairs:
        said = f"  [{p.resolution}]" if p.resolution else ""
        print(f"{p.first}  {p.second}  {p.site}  likeness {p.score:.0f}{said}")
        for path, (a, b) in p.values.items():
            print(f"    {path}: {a!r} | {b!r}")
    print(f"{len(pairs)} probable pair(s)", file=sys.stderr)
    return 0


def cmd_checks(args: argparse.Namespace) -> int:
    """Run a form's checks now, then list the flags the account may read."""
    from central_server import checks
    from central_server.db import snapshot

    engine = _engine(args)
    with snapshot(engine) as conn:
        who = _reviewer(conn, args)
        checks.flags_of(conn, who, args.form_id)  # may this account read them at all
    report = checks.check_form(engine, args.form_id)
    with snapshot(engine) as conn:
        found = checks.flags_of(conn, who, args.form_id)
    for problem in report.problems:
        print(f"daftari-server: {problem}", file=sys.stderr)
    if args.json:
        print(json.dumps([dataclasses.asdict(f) for f in found], ensure_ascii=False, indent=1))
    else:
        for f in found:  # reasons quote what was typed: never driving the terminal
            print(_terminal(f"{f.uuid}  {f.site}  {f.enumerator}  {f.rule}: {f.reason}"))
            print(_terminal(f"    {json.dumps(f.details, ensure_ascii=False)}"))
    print(
        f"{len(found)} flag(s) on {len({f.uuid for f in found})} submission(s); "
        f"{report.submissions} submission(s) checked in {report.seconds:.1f} s",
        file=sys.stderr,
    )
    return 1 if report.problems else 0


def cmd_check_rules(args: argparse.Namespace) -> int:
    """A form's rules; a supervisor's rule added or removed."""
    from central_server import checks

    with _engine(args).begin() as conn:
        who = _reviewer(conn, args)
        if args.add:
            checks.add_rule(
                conn,
                who,
                args.form_id,
                checks.Rule(
                    name=args.add,
                    check=args.check or "",
                    field=args.field or "",
                    parameters=args.parameters or "",
                    message=args.message or "",
                ),
            )
            print(f"added rule {args.add} to {args.form_id}", file=sys.stderr)
        elif args.remove:
            checks.remove_rule(conn, who, args.form_id, args.remove)
            print(f"removed rule {args.remove} from {args.form_id}", file=sys.stderr)
        rules = checks.rules_of(conn, args.form_id, who)
    if args.json:
        print(
            json.dumps(
                [dataclasses.asdict(r) | {"params": None} for r in rules],
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    for r in rules:
        where = "this site" if r.site_id is not None else "every site"
        print(
            f"{r.name}  {r.check}  {r.field or '-'}  {r.parameters or '-'}  ({r.source}, {where})"
        )
    return 0


def cmd_enumerators(args: argparse.Namespace) -> int:
    """Per enumerator and day, with the team's figure beside."""
    from central_server.db import snapshot
    from central_server.merged import quality

    with snapshot(_engine(args)) as conn:
        who = _reviewer(conn, args)
        rows = quality.enumerator_table(conn, who, args.form_id, site=args.site, day=args.day)
    if args.json:
        print(json.dumps([dataclasses.asdict(r) for r in rows], ensure_ascii=False, indent=1))
        return 0

    def share(x: float) -> str:
        return f"{x:6.0%}"

    print(
        f"{'site':<12} {'day':<10} {'enumerator':<16} {'interviews':>10} {'minutes':>8} "
        f"{'flagged':>7} {'returned':>8} {'dk':>6} {'refused':>7} {'roster':>6}"
    )
    for r in rows:
        minutes = f"{r.median_minutes:8.1f}" if r.median_minutes is not None else f"{'-':>8}"
        roster = f"{r.roster:6.1f}" if r.roster is not None else f"{'-':>6}"
        print(
            f"{r.site[:12]:<12} {r.day:<10} {r.enumerator[:16]:<16} {r.interviews:>10} "
            f"{minutes} {share(r.flagged):>7} {share(r.returned):>8} {share(r.dont_know)} "
            f"{share(r.refused):>7} {roster}"
        )
    return 0


def cmd_interviewer_effects(args: argparse.Namespace) -> int:
    from central_server.db import snapshot
    from central_server.merged import quality

    state = None if args.state == "any" else args.state
    with snapshot(_engine(args)) as conn:
        who = _reviewer(conn, args)
        found = quality.interviewer_effects(conn, who, args.form_id, state=state)
    if args.json:
        print(json.dumps([dataclasses.asdict(e) for e in found], ensure_ascii=False, indent=1))
        return 0
    for e in found:
        rho = f"{e.rho:.3f}" if e.rho is not None else "-"
        deff = f"{e.design_effect:.2f}" if e.design_effect is not None else "-"
        print(
            f"{e.indicator:<6} rho {rho:>6}  design effect {deff:>5}  "
            f"{e.interviewers} enumerators, {e.interviews} interviews: {e.reading}"
        )
    return 0


def cmd_duplicates_resolve(args: argparse.Namespace) -> int:
    from central_server.merged import duplicates

    with _engine(args).begin() as conn:
        who = _reviewer(conn, args)
        duplicates.resolve(conn, who, args.first, args.second, args.resolution, args.note or "")
    print(f"{args.first} {args.second}: {args.resolution}")
    return 0


def cmd_indicators(args: argparse.Namespace) -> int:
    from central_server.db import snapshot
    from central_server.merged import indicators

    state = None if args.state == "any" else args.state
    with snapshot(_engine(args)) as conn:
        who = _reviewer(conn, args)
        found = indicators.compute(conn, who, args.form_id, state=state)
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    for g in found["groups"]:
        who_ = " · ".join(
            str(g[k]) for k in ("city", "population_group", "respondent_sex") if k in g
        )
        count = (
            f"{g['households']} households" if "households" in g else f"{g['persons']:g} persons"
        )
        print(f"{who_}: {count}")
        for key, ind in g["indicators"].items():
            value = ind.get("value")
            shown = (
                "—"
                if value is None
                else (f"{100 * value:.1f} %" if "denominator" in ind else f"{value:.2f}")
            )
            behind = (
                f"{ind['numerator']:g}/{ind['denominator']:g}"
                if "denominator" in ind
                else f"{ind['households']} households"
            )
            print(f"  {key:8} {shown:>9}  ({behind})  {ind['title']}")
    return 0


def cmd_entities_import(args: argparse.Namespace) -> int:
    from central_server import entity_admin

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        print(f"{path}: no such file", file=sys.stderr)
        return 1
    except UnicodeDecodeError:
        print(f"{path}: not UTF-8 text (save it as CSV UTF-8)", file=sys.stderr)
        return 1
    with _engine(args).begin() as conn:
        who = _reviewer(conn, args)
        report = entity_admin.import_csv(
            conn, who, args.list_name, args.site, text, apply_it=args.apply
        )
    for problem in report.problems:
        print(f"{path.name}: {problem}", file=sys.stderr)
    if report.problems:
        print(
            f"nothing imported: {len(report.problems)} problem(s) in {path.name}", file=sys.stderr
        )
        return 1
    done = "imported" if report.applied else "would import (a dry run: --apply to import)"
    print(
        f"{done} into {args.site}'s '{args.list_name}': {report.created} new, "
        f"{report.updated} updated"
    )
    return 0


def cmd_entities_list(args: argparse.Namespace) -> int:
    from central_server import entity_admin
    from central_server.db import snapshot

    with snapshot(_engine(args)) as conn:
        found = entity_admin.lists(conn, _reviewer(conn, args))
    if args.json:
        keys = ("list", "site", "entities", "in_conflict")
        print(json.dumps([dict(zip(keys, r, strict=True)) for r in found], indent=1))
        return 0
    for list_name, site, count, conflicts in found:
        print(f"{list_name}\t{site}\t{count} entities\t{conflicts} in conflict")
    return 0


def cmd_entities_export(args: argparse.Namespace) -> int:
    from central_server import entity_admin
    from central_server.db import snapshot

    out = Path(args.out)
    if not out.parent.is_dir():
        print(f"{out.parent}: no such folder", file=sys.stderr)
        return 1
    read = entity_admin.history_rows if args.versions else entity_admin.export_rows
    with snapshot(_engine(args)) as conn:
        header, rows = read(conn, _reviewer(conn, args), args.list_name, site=args.site)
    partial = out.with_name(out.name + ".partial")
    try:
        if args.format == "csv":
            import csv

            from form_engine import cells

            with partial.open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(header)
                # a label like "=cmd|…" kept from being run by a spreadsheet, as exports do
                notes = cells.Notes()
                writer.writerows(cells.csv_row(row, header, args.list_name, notes) for row in rows)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            columns = list(zip(*rows, strict=True)) if rows else [()] * len(header)
            table = pa.table(
                {
                    h: pa.array(list(c), type=pa.string())
                    for h, c in zip(header, columns, strict=True)
                }
            )
            pq.write_table(table, partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(out)
    os.chmod(out, 0o600)  # respondents' names: readable by this account only
    print(f"wrote {out} ({len(rows)} {'versions' if args.versions else 'entities'})")
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from central_server.intake.bundles import import_bundle
    from sync_protocol.bundles import BadBundle

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        print(f"{args.file}: cannot be read ({exc.strerror or exc})", file=sys.stderr)
        return 1
    try:
        counts = import_bundle(_engine(args), data)
    except BadBundle as exc:
        print(f"{args.file}: {exc}", file=sys.stderr)
        return 1
    said = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing in it"
    print(f"{args.file}: {said}")
    return 0


def cmd_bundle_updates(args: argparse.Namespace) -> int:
    """What a sync would bring one computer of ``args.user`` — its site's entity lists, its
    assignments, its decisions — sealed for that computer, for a USB stick (``daftari bundle
    receive``). Everything from the start: receiving it twice, or after a sync, changes
    nothing."""
    from sqlalchemy import select

    from central_server import accounts
    from central_server.db import devices, reading, users
    from central_server.routers.sync import changes_since
    from sync_protocol import PullAnswer
    from sync_protocol.bundles import seal_updates

    engine = _engine(args)
    with reading(engine) as conn:
        found = conn.execute(
            select(devices.c.id, devices.c.token_hash, devices.c.label, devices.c.last_seen)
            .select_from(devices.join(users, devices.c.user_id == users.c.id))
            .where(
                users.c.name == args.user,
                devices.c.revoked_at.is_(None),
                devices.c.device_id != accounts.COLLECT_DEVICE,
            )
            .order_by(devices.c.id)
        ).all()
        if args.device is not None:
            found = [d for d in found if d.id == args.device]
        if len(found) != 1:
            listed = "; ".join(
                f"--device {d.id} ({d.label or 'no label'}, last seen {d.last_seen or 'never'})"
                for d in found
            )
            why = (
                f"{args.user} has no computer enrolled with this server"
                if not found
                else f"{args.user} has {len(found)} computers: name one of them: {listed}"
            )
            print(f"daftari-server: {why}", file=sys.stderr)
            return 1
        device = found[0]
        try:
            who, _ = accounts.principal_by_hash(conn, device.token_hash)
        except Refusal as exc:
            print(f"daftari-server: {args.user}: {exc}", file=sys.stderr)
            return 1
        whole = PullAnswer(cursor=0, more=False)
        newest_entities, newest_work = {}, {}
        cursor, more = 0, True
        while more:
            page = changes_since(conn, who, cursor)
            whole.decisions += page.decisions
            newest_entities.update({e.uuid: e for e in page.entities})
            newest_work.update({a.id: a for a in page.assignments})
            cursor, more = page.cursor, page.more
        whole.entities = list(newest_entities.values())
        whole.assignments = list(newest_work.values())
    sealed = seal_updates(
        device.token_hash,
        {"pull": whole.model_dump(mode="json"), "made_at": accounts.now_text()},
    )
    out = Path(args.out)
    partial = out.with_name(out.name + ".partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(sealed)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        print(f"daftari-server: {out}: cannot be written ({exc.strerror or exc})", file=sys.stderr)
        return 1
    print(
        f"wrote {out} for {args.user}'s computer {device.id}: {len(whole.entities)} entities, "
        f"{len(whole.assignments)} assignments, {len(whole.decisions)} decisions"
    )
    return 0


def cmd_collect_add(args: argparse.Namespace) -> int:
    """A phone's own server address (a token in it, as ODK Central's app users), and its
    settings as a QR code for ODK Collect."""
    from urllib.parse import urlsplit

    from central_server import accounts
    from central_server.intake.openrosa import collect_settings

    base = args.url.strip().rstrip("/")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        print(
            f"daftari-server: '{args.url}' is not a server address: it starts with https://",
            file=sys.stderr,
        )
        return 1
    with _engine(args).begin() as conn:
        token, device = accounts.collect_token(conn, args.user, args.label)
    url = f"{base}/key/{token}"
    print(f"device {device} for {args.user}: {url}")
    print(
        "This address is the phone's password: give it to this phone only (Collect: Settings → "
        f"Project management → Reconfigure, or scan the QR code); 'daftari-server collect "
        f"revoke {device}' ends it.",
        file=sys.stderr,
    )
    if args.qr:
        import segno

        qr = segno.make(collect_settings(url, args.project or f"Daftari {args.user}"), error="l")
        # the phone's address holds its token: readable by this account only
        fd = os.open(args.qr, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)  # an existing file too
        with os.fdopen(fd, "wb") as fh:
            qr.save(fh, kind="png", scale=6, border=4)
        print(f"settings QR code for ODK Collect: {args.qr}", file=sys.stderr)
    return 0


def cmd_collect_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from central_server import accounts
    from central_server.db import devices, users

    query = (
        select(
            devices.c.id,
            users.c.name,
            devices.c.label,
            devices.c.created_at,
            devices.c.last_seen,
            devices.c.revoked_at,
        )
        .select_from(devices.join(users, users.c.id == devices.c.user_id))
        .where(devices.c.device_id == accounts.COLLECT_DEVICE)
        .order_by(devices.c.id)
    )
    if args.user:
        query = query.where(users.c.name == args.user)
    with _engine(args).begin() as conn:
        for d, name, label, created, seen, revoked in conn.execute(query):
            state = f"revoked {revoked[:16]}" if revoked else f"last seen {(seen or 'never')[:16]}"
            print(f"{d}\t{name}\t{label}\tmade {created[:16]}\t{state}")
    return 0


def cmd_collect_revoke(args: argparse.Namespace) -> int:
    from central_server import accounts

    with _engine(args).begin() as conn:
        admin = accounts.Principal(0, "", "admin", None, None, 0)
        accounts.revoke_device(conn, admin, args.device)
    print(f"device {args.device} revoked: its address answers 401 from now on")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from central_server.counts import stats_rows

    with _engine(args).begin() as conn:
        rows = stats_rows(conn, None)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        print("no submission on this server yet")
    else:
        for r in rows:
            print(f"{r['site']}\t{r['form_id']}\t{r['form_version']}\t{r['status']}\t{r['count']}")
    return 0


def cmd_janitor(args: argparse.Namespace) -> int:
    from central_server import janitor

    done = janitor.sweep(_engine(args), days=args.days)
    for what, n in done.items():
        print(f"{n}\t{what}")
    return 0


def _safe(url: str) -> str:
    """A database URL without its password, for printing."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':')[0]}:***@{host}"
    return url


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="daftari-server", description="Daftari's central server.")
    parser.add_argument("--db", help="database URL (default $DATABASE_URL, else SQLite in --home)")
    parser.add_argument(
        "--home",
        help="the server's data directory (default $DAFTARI_SERVER_HOME or the platform's)",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    p = sub.add_parser("init", help="create or upgrade the database (Alembic migrations)")
    p.add_argument("--db", dest="db", default=argparse.SUPPRESS, help="database URL")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("run", help="serve the API (uvicorn)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on")
    p.add_argument("--port", type=int, default=8080, help="port to listen on")
    p.add_argument("--log-level", default="warning", help="uvicorn's log level")
    p.add_argument(
        "--workers", type=int, default=1, help="server processes (PostgreSQL for more than 1)"
    )
    p.add_argument(
        "--trusted-proxy",
        action="append",
        metavar="ADDRESS",
        help="a reverse proxy whose X-Forwarded-For is believed (repeat for several)",
    )
    p.add_argument(
        "--allowed-host",
        action="append",
        metavar="NAME",
        help="a host name clients use for this server; others are refused (repeat for several)",
    )
    p.add_argument(
        "--max-header-bytes",
        type=_positive(int),
        metavar="BYTES",
        help="the request line and headers together, at most (default 65536; more: 431)",
    )
    p.add_argument(
        "--max-headers",
        type=_positive(int),
        metavar="N",
        help="header lines, at most (default 100; 431)",
    )
    p.add_argument(
        "--max-request-line",
        type=_positive(int),
        metavar="BYTES",
        help="the address a request asks for, at most (default 8192; longer: 414)",
    )
    p.add_argument(
        "--header-timeout",
        dest="header_seconds",
        type=_positive(float),
        metavar="SECONDS",
        help="a request's headers arrive whole within this (default 10; else 408 and closed)",
    )
    p.add_argument(
        "--max-connections-per-address",
        type=_positive(int),
        metavar="N",
        help="connections open at once from one address, in each worker (default 100; one "
        "more: 429 and closed); a --trusted-proxy is not counted",
    )
    p.set_defaults(func=cmd_run)
    ent = sub.add_parser("entities", help="entity lists: the households follow-ups come back to")
    ent_sub = ent.add_subparsers(dest="entities_command", required=True)
    p = ent_sub.add_parser(
        "import", help="create or update a site's entities from a CSV (a dry run unless --apply)"
    )
    p.add_argument("list_name", metavar="LIST")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--site", required=True)
    p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="acting as")
    p.add_argument("--apply", action="store_true", help="import (without: only check and say)")
    p.set_defaults(func=cmd_entities_import)
    p = ent_sub.add_parser("list", help="the entity lists, per site, with their counts")
    p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="acting as")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_entities_list)
    p = ent_sub.add_parser("export", help="a list's entities (every site the account reads)")
    p.add_argument("list_name", metavar="LIST")
    p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="acting as")
    p.add_argument("--format", choices=("csv", "parquet"), required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--site")
    p.add_argument(
        "--versions",
        action="store_true",
        help="every version of every entity (its history), one row each",
    )
    p.set_defaults(func=cmd_entities_export)
    bundle = sub.add_parser("bundle", help="submissions carried on a USB stick")
    bundle_sub = bundle.add_subparsers(title="bundle commands", metavar="COMMAND", required=True)
    p = bundle_sub.add_parser(
        "import", help="store a device's bundle (exactly once: again changes nothing)"
    )
    p.add_argument("file", help="the bundle, as 'daftari bundle export' writes it")
    p.set_defaults(func=cmd_bundle_import)
    p = bundle_sub.add_parser(
        "updates",
        help="a computer's entity lists, assignments and decisions, sealed for a USB stick",
    )
    p.add_argument("user", help="whose computer (enrolled with this server)")
    p.add_argument("--out", required=True, help="the bundle to write")
    p.add_argument("--device", type=int, help="which computer, when the user has several")
    p.set_defaults(func=cmd_bundle_updates)

    collect = sub.add_parser("collect", help="phones with ODK Collect (a token in the address)")
    collect_sub = collect.add_subparsers(title="collect commands", metavar="COMMAND", required=True)
    p = collect_sub.add_parser(
        "add", help="a phone's server address for a user, and its settings QR code"
    )
    p.add_argument("user", help="the account the phone sends as (enumerator, clerk, supervisor)")
    p.add_argument("--url", required=True, help="the server's address as phones reach it")
    p.add_argument("--label", default="ODK Collect", help="which phone (shown in 'collect list')")
    p.add_argument("--qr", metavar="FILE.png", help="write Collect's settings QR code here")
    p.add_argument("--project", help="the project name Collect shows (default: Daftari USER)")
    p.set_defaults(func=cmd_collect_add)
    p = collect_sub.add_parser("list", help="the phones' addresses made, and whether revoked")
    p.add_argument("--user", help="only this account's")
    p.set_defaults(func=cmd_collect_list)
    p = collect_sub.add_parser("revoke", help="end a phone's address (it answers 401 at once)")
    p.add_argument("device", type=int, help="the number 'collect add' and 'collect list' show")
    p.set_defaults(func=cmd_collect_revoke)
    site = sub.add_parser("site", help="cities and municipalities")
    site_sub = site.add_subparsers(title="site commands", metavar="COMMAND", required=True)
    p = site_sub.add_parser("add", help="add a site")
    p.add_argument("name")
    p.set_defaults(func=cmd_site_add)
    p = site_sub.add_parser("list", help="the sites, with their users and submissions")
    p.set_defaults(func=cmd_site_list)
    p = site_sub.add_parser(
        "area", help="the site's areas (zones), from a GeoJSON file of polygons: replaced whole"
    )
    p.add_argument("site")
    p.add_argument("file", metavar="FILE.geojson")
    p.set_defaults(func=cmd_site_area)
    user = sub.add_parser("user", help="server users")
    user_sub = user.add_subparsers(title="user commands", metavar="COMMAND", required=True)
    p = user_sub.add_parser("add", help="add a user with a role (and a site for site roles)")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=ROLES, help="what the user may do")
    p.add_argument("--site", help="the user's site (enumerator, clerk, supervisor)")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.set_defaults(func=cmd_user_add)
    p = user_sub.add_parser("list", help="the accounts: role, site, active or disabled")
    p.set_defaults(func=cmd_user_list)
    for name, disable, text in (
        ("disable", True, "disable an account: no login, its devices refused at once"),
        ("enable", False, "let a disabled account log in again"),
    ):
        p = user_sub.add_parser(name, help=text)
        p.add_argument("name")
        p.set_defaults(func=cmd_user_disable, disable=disable)
    p = user_sub.add_parser("password", help="a new password (the account's devices log in again)")
    p.add_argument("name")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.set_defaults(func=cmd_user_password)
    form = sub.add_parser("form", help="form versions")
    form_sub = form.add_subparsers(title="form commands", metavar="COMMAND", required=True)
    p = form_sub.add_parser("publish", help="publish an XLSForm (a new version if the id exists)")
    p.add_argument("file")
    p.set_defaults(func=cmd_form_publish)
    p = form_sub.add_parser(
        "attach", help="add files a published version names (choice lists, pulldata tables)"
    )
    p.add_argument("form_id")
    p.add_argument("version")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_form_attach)
    rv = sub.add_parser("review", help="approve or send back submissions, as a reviewer")
    rv_sub = rv.add_subparsers(title="review commands", metavar="COMMAND", required=True)
    p = rv_sub.add_parser("list", help="submissions to review, newest change first")
    p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="acting as")
    p.add_argument("--state", choices=STATES)
    p.add_argument("--site")
    p.add_argument("--form")
    p.add_argument("--enumerator")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_review_list)
    for name, decision, what in (
        ("approve", "approved", "approve the newest revision"),
        ("return", "returned", "send it back to its enumerator, saying what to correct"),
    ):
        p = rv_sub.add_parser(name, help=what)
        p.add_argument("uuid")
        p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="acting as")
        p.add_argument("--comment")
        p.add_argument(
            "--answer",
            action="append",
            metavar="PATH=COMMENT",
            help='a comment on one answer, e.g. "members/member[2]/age=Check: 140?"',
        )
        p.add_argument(
            "--confirm",
            action="append",
            metavar="PATH",
            help="a value kept as written on the paper whose paper value stands, by its path "
            'as history shows it, e.g. "/data/survey/wash/water_minutes"',
        )
        p.set_defaults(func=cmd_review_decide, decision=decision)
    p = rv_sub.add_parser("history", help="every revision and decision of a submission")
    p.add_argument("uuid")
    p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="acting as")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_review_history)
    p = sub.add_parser(
        "export", help="a form's merged dataset: every site and version, newest revisions"
    )
    p.add_argument("form_id")
    p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="acting as")
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--site")
    p.add_argument(
        "--state",
        default="approved",
        choices=[*STATES, "any"],
        help="submissions in this review state (default approved, as the desktop's Export "
        "tab and the indicators; any: every state)",
    )
    p.add_argument(
        "--since", help="changed on or after this date or time, by the server's clock (YYYY-MM-DD)"
    )
    p.add_argument(
        "--duplicates",
        choices=("exclude", "include"),
        default="exclude",
        help="resolved duplicates: left out (the default, as indicators leave them) or "
        "included, marked in _duplicate_of",
    )
    p.add_argument("--lang", help="labels in this form language (Stata, SPSS): a name or code")
    p.add_argument(
        "--mapping", help="a CSV of fields renamed or recoded between versions (docs/server.md)"
    )
    p.add_argument(
        "--attachments", action="store_true", help="the photos and files, in the zip too"
    )
    p.add_argument(
        "--raw",
        action="store_true",
        help="CSV: answers as typed, without the ' put before one beginning with = + - @ "
        "(which a spreadsheet would run as a formula)",
    )
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("duplicates", help="probable duplicate submissions, side by side")
    p.add_argument("form_id")
    p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="acting as")
    p.add_argument(
        "--keys",
        required=True,
        help="key fields, comma-separated; ':name' matches names loosely, ':phone' phones",
    )
    p.add_argument("--threshold", type=float, default=85.0, help="name likeness, 0-100")
    p.add_argument("--all", action="store_true", help="resolved pairs too")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_duplicates)
    p = sub.add_parser("checks", help="run a form's quality checks now; list the flags")
    p.add_argument("form_id")
    p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="acting as")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_checks)
    p = sub.add_parser(
        "enumerators", help="per enumerator and day: interviews, time, flags, don't know…"
    )
    p.add_argument("form_id")
    p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="acting as")
    p.add_argument("--site")
    p.add_argument("--day", help="YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_enumerators)
    p = sub.add_parser(
        "interviewer-effects",
        help="how much of each indicator's variance comes from who asked",
    )
    p.add_argument("form_id")
    p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="acting as")
    p.add_argument("--state", default="any", choices=[*STATES, "any"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_interviewer_effects)
    p = sub.add_parser("check-rules", help="a form's quality checks: list, add, remove")
    p.add_argument("form_id")
    p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="acting as")
    p.add_argument("--add", metavar="NAME", help="a new rule's name")
    p.add_argument(
        "--check", help="duration, gps_area, outlier, enumerator_low, as_written, duplicate"
    )
    p.add_argument("--field", help="the question it reads (by its name)")
    p.add_argument("--parameters", help='key=value separated by spaces, e.g. "min_minutes=10"')
    p.add_argument("--message", help="what the flag says first")
    p.add_argument("--remove", metavar="NAME", help="a rule added before (not the form's own)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check_rules)
    p = sub.add_parser("duplicates-resolve", help="a verdict on a probable duplicate pair")
    p.add_argument("first")
    p.add_argument("second")
    p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="acting as")
    p.add_argument("--resolution", required=True, choices=RESOLUTIONS)
    p.add_argument("--note")
    p.set_defaults(func=cmd_duplicates_resolve)
    p = sub.add_parser("indicators", help="a form's indicators by city and population group")
    p.add_argument("form_id")
    p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="acting as")
    p.add_argument("--state", default="approved", choices=[*STATES, "any"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_indicators)
    p = sub.add_parser("stats", help="counts per site, form, version and status")
    p.add_argument("--json", action="store_true", help="as JSON")
    p.set_defaults(func=cmd_stats)
    p = sub.add_parser(
        "janitor",
        help="forget unfinished uploads and files no submission names (the server does it daily)",
    )
    p.add_argument("--days", type=int, default=7, help="older than this many days (default 7)")
    p.set_defaults(func=cmd_janitor)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except Refusal as exc:
        print(f"daftari-server: {exc.detail}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
