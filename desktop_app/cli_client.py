"""Headless commands on a client's home: users, installed forms, submissions.

A command acting for a user takes ``--user NAME``; the password comes from the first line of
standard input (``--password-stdin``) or from ``$DAFTARI_PASSWORD``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import datetime
from pathlib import Path

from desktop_app.app import open_client
from desktop_app.client import Client, UserSession
from desktop_app.errors import ClientError
from desktop_app.paths import Home
from desktop_app.store import SubmissionFilter
from desktop_app.store.backups import list_backups, restore
from desktop_app.store.store import status_of
from desktop_app.transfer import export_jsonl, import_jsonl
from form_engine import FormLoadError


class _Passwords:
    """Passwords in the order a command asks for them: stdin lines, then the environment."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin
        self._lines = sys.stdin.read().splitlines() if from_stdin else []
        self.used: list[str] = []

    def next(self, *, env: str | None, prompt: str) -> str:
        value = self._next(env=env, prompt=prompt)
        self.used.append(value)
        return value

    def _next(self, *, env: str | None, prompt: str) -> str:
        if self._lines:
            return self._lines.pop(0)
        if env and os.environ.get(env):
            return os.environ[env]
        if sys.stdin.isatty():
            return getpass.getpass(prompt)
        raise ClientError(
            "no password given: pass it on standard input with --password-stdin"
            + (f" or set {env}" if env else ""),
            code="no_password",
        )


def _password_here(p: argparse.ArgumentParser) -> None:
    """--password-stdin after the command as well as before it (both are natural to type)."""
    p.add_argument(
        "--password-stdin",
        dest="password_stdin_here",
        action="store_true",
        help="read the user's password from standard input (else $DAFTARI_PASSWORD)",
    )


def _login(client: Client, args: argparse.Namespace, passwords: _Passwords) -> UserSession:
    if getattr(args, "password_stdin_here", False) and not passwords.from_stdin:
        passwords = _Passwords(True)
    if not args.user:
        raise ClientError("this command acts for a user: give --user NAME", code="no_user")
    password = passwords.next(env="DAFTARI_PASSWORD", prompt=f"Password for {args.user}: ")
    return client.login(args.user, password)


def cmd_user_add(args: argparse.Namespace, client: Client) -> int:
    passwords = _Passwords(args.password_stdin or args.new_password_stdin)
    new_password = passwords.next(env=None, prompt=f"New password for {args.name}: ")
    if not client.has_users():
        client.create_first_user(
            args.name, new_password, enumerator_id=args.enumerator_id, site=args.site
        )
        print(f"added {args.name} (the first user on this computer is its administrator)")
        return 0
    admin = _login(client, args, passwords)
    admin.add_user(
        args.name,
        new_password,
        enumerator_id=args.enumerator_id,
        site=args.site,
        is_admin=args.admin,
    )
    print(f"added {args.name}" + (" (administrator)" if args.admin else ""))
    return 0


def cmd_user_reset(args: argparse.Namespace, client: Client) -> int:
    passwords = _Passwords(args.password_stdin or args.new_password_stdin)
    new_password = passwords.next(env=None, prompt=f"New password for {args.name}: ")
    admin = _login(client, args, passwords)
    admin.reset_password(args.name, new_password)
    print(f"{args.name} has a new password")
    return 0


def cmd_user_disable(args: argparse.Namespace, client: Client) -> int:
    admin = _login(client, args, _Passwords(args.password_stdin))
    admin.set_user_disabled(args.name, args.enable is False)
    print(f"{args.name} " + ("can log in again" if args.enable else "is disabled"))
    return 0


def cmd_user_list(args: argparse.Namespace, client: Client) -> int:
    for u in client.users():
        role = "administrator" if u.is_admin else "enumerator"
        state = "\tdisabled" if u.disabled else ""
        print(f"{u.name}\t{u.enumerator_id}\t{u.site}\t{role}{state}")
    return 0


def cmd_form_install(args: argparse.Namespace, client: Client) -> int:
    try:
        result = client.install_form(Path(args.file))
    except FormLoadError as exc:
        print(f"{args.file}: {exc}", file=sys.stderr)
        return 1
    f = result.form
    state = "installed" if result.new else "already installed"
    print(f"{state}: {f.title} ({f.form_id}, version {f.version})")
    return 0


def cmd_form_list(args: argparse.Namespace, client: Client) -> int:
    for f in client.forms(latest_only=False):
        print(f"{f.form_id}\t{f.version}\t{f.title}\t{', '.join(f.languages)}")
    return 0


def cmd_submissions_import(args: argparse.Namespace, client: Client) -> int:
    user = _login(client, args, _Passwords(args.password_stdin))
    report = import_jsonl(user, Path(args.file), finalize=args.finalize)
    for problem in report.problems:
        print(problem)
    status = "finalized" if args.finalize else "drafts"
    skipped = len({p.split(":")[0] for p in report.problems})
    print(f"imported {report.imported} ({status}); {skipped} lines skipped", file=sys.stderr)
    return 1 if report.problems else 0


def cmd_submissions_list(args: argparse.Namespace, client: Client) -> int:
    user = _login(client, args, _Passwords(args.password_stdin))
    where = SubmissionFilter(
        status=status_of(args.status) if args.status else None, form_id=args.form
    )
    ids = user.submission_ids(where)
    rows = user.summaries(ids)
    for uuid in ids:
        s = rows[uuid]
        if args.json:
            print(json.dumps(s.__dict__, ensure_ascii=False))
        else:
            print(f"{s.uuid}\t{s.status}\t{s.form_id}@{s.form_version}\t{s.updated_at}\t{s.title}")
    return 0


def cmd_submissions_export(args: argparse.Namespace, client: Client) -> int:
    user = _login(client, args, _Passwords(args.password_stdin))
    damaged: list[str] = []
    count = export_jsonl(user, Path(args.file), damaged)
    print(f"exported {count} submissions to {args.file}")
    for problem in damaged:  # the others are exported; these are named, and the exit is 1
        print(f"daftari: {problem}", file=sys.stderr)
    return 1 if damaged else 0


def cmd_enrol(args: argparse.Namespace, client: Client) -> int:
    from desktop_app.sync.enrolment import enrol
    from desktop_app.sync.transport import SyncError

    passwords = _Passwords(args.password_stdin or args.enrol_password_stdin)
    user = _login(client, args, passwords)
    server_password = (
        passwords.next(env="DAFTARI_SERVER_PASSWORD", prompt="Server password: ")
        if args.server_user
        else None
    )
    if args.url.strip().lower().startswith("http://"):
        print(
            "daftari: warning: plain http: the password, the token and the answers cross the "
            "network unencrypted (fine on an office's own network only)",
            file=sys.stderr,
        )
    try:
        answer = enrol(
            user,
            args.url,
            args.server_user or user.user.name,
            server_password if server_password is not None else _last_password(args, passwords),
            allow_plain_http=args.allow_http,
        )
    except SyncError as exc:
        print(f"daftari: {exc}", file=sys.stderr)
        return 1
    print(
        f"enrolled with {args.url} as {answer.username} ({answer.role}"
        + (f", {answer.site}" if answer.site else "")
        + ")"
    )
    return 0


def _last_password(args: argparse.Namespace, passwords: _Passwords) -> str:
    """The server login reuses the local password unless another is given."""
    return passwords.used[-1]


def cmd_sync(args: argparse.Namespace, client: Client) -> int:
    """One sync with the Daftari server, and with the ODK Central or Kobo server when this
    user is connected to one; exit 1 when one of them failed."""
    from desktop_app.sync import openrosa
    from desktop_app.sync.engine import SyncReport, sync_once
    from desktop_app.sync.enrolment import server_of, transport_for
    from desktop_app.sync.transport import SyncError

    user = _login(client, args, _Passwords(args.password_stdin))
    native, peer = server_of(user) is not None, openrosa.peer_of(user) is not None
    if not native and not peer:
        print(
            f"daftari: sync failed: {user.user.name} has not connected to a server yet "
            "(daftari enrol URL, or daftari openrosa connect URL)",
            file=sys.stderr,
        )
        return 1
    report, failed = SyncReport(), False
    if native:
        try:
            transport = transport_for(user)
            try:
                report = sync_once(user, transport)
            finally:
                transport.close()
        except SyncError as exc:
            print(f"daftari: sync failed: {exc}", file=sys.stderr)
            failed = True
    if peer:
        try:
            openrosa.sync(user, report)
        except SyncError as exc:
            where = (openrosa.peer_of(user) or {}).get("url", "the OpenRosa server")
            print(f"daftari: sync with {where} failed: {exc}", file=sys.stderr)
            failed = True
    print(report.summary())
    for problem in report.problems:
        print(problem, file=sys.stderr)
    return 1 if failed else 0


def cmd_openrosa_connect(args: argparse.Namespace, client: Client) -> int:
    """Connect this user to an ODK Central project or a KoboToolbox account: its forms are
    downloaded and its submissions sent there at each sync."""
    from desktop_app.sync import openrosa
    from desktop_app.sync.transport import SyncError

    passwords = _Passwords(args.password_stdin or args.password_stdin_here)
    user = _login(client, args, passwords)
    password = ""
    if args.username:
        password = passwords.next(
            env="DAFTARI_SERVER_PASSWORD", prompt=f"Password of {args.username} on the server: "
        )
    try:
        listed = openrosa.connect(
            user, args.url, args.username or "", password, allow_plain_http=args.allow_http
        )
    except SyncError as exc:
        print(f"daftari: {exc}", file=sys.stderr)
        return 1
    print(f"connected to {args.url}: {len(listed)} form(s) listed, installed here")
    for f in listed:
        print(f"  {f.form_id}  {f.version}  {f.name}")
    return 0


def cmd_openrosa_forget(args: argparse.Namespace, client: Client) -> int:
    from desktop_app.sync import openrosa

    user = _login(client, args, _Passwords(args.password_stdin))
    openrosa.forget(user)
    print("disconnected: this user's forms from that server stay installed; their submissions wait")
    return 0


def cmd_bundle_export(args: argparse.Namespace, client: Client) -> int:
    """This user's unsent finalized submissions and their files, sealed in one file for a USB
    stick (sync_protocol.bundles); they stay unsent here until the server acknowledges them
    at a sync (answered "duplicate" when the bundle got there first)."""
    from desktop_app.sync.engine import gather
    from desktop_app.sync.enrolment import server_of, token_of
    from sync_protocol.bundles import BadBundle, seal, token_hash

    user = _login(client, args, _Passwords(args.password_stdin))
    if server_of(user) is None:
        print(
            "daftari: a bundle is sealed for this computer's server: enrol first "
            "(daftari enrol URL)",
            file=sys.stderr,
        )
        return 1
    outgoing = gather(user)
    files = {}
    for o in outgoing:
        for sha in o.names:
            files[sha] = o.content(user, sha)
    try:
        sealed = seal(token_hash(token_of(user)), [o.item.model_dump() for o in outgoing], files)
    except BadBundle as exc:  # more than a server takes in one bundle
        print(f"daftari: {exc}", file=sys.stderr)
        return 1
    out = Path(args.file)
    partial = out.with_name(out.name + ".partial")
    try:
        partial.write_bytes(sealed)
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        print(f"daftari: {out}: cannot be written ({exc.strerror or exc})", file=sys.stderr)
        return 1
    print(f"wrote {len(outgoing)} submission(s) and {len(files)} file(s) to {out}")
    return 0


def cmd_bundle_import(args: argparse.Namespace, client: Client) -> int:
    """Another device's bundle (an enumerator's laptop that no network reaches), kept here
    sealed until this computer's next sync delivers it to the server."""
    from desktop_app.sync.carried import carry

    user = _login(client, args, _Passwords(args.password_stdin))
    bundle = carry(user, Path(args.file))
    print(
        f"kept {bundle.name} ({bundle.size} bytes): it goes to the server at the next sync "
        "(it is sealed: nothing of it can be read on this computer)"
    )
    return 0


def cmd_bundle_receive(args: argparse.Namespace, client: Client) -> int:
    """Updates the office made for this computer (``daftari-server bundle updates``): the
    site's entity lists, this user's assignments and decisions, applied as a sync would."""
    from desktop_app.sync.updates import receive

    user = _login(client, args, _Passwords(args.password_stdin))
    got = receive(user, Path(args.file))
    print(
        f"received {got.entities} entities and {got.assignments} assignments "
        f"(made {got.made_at[:16].replace('T', ' ')}); {got.returned} submission(s) sent back"
    )
    return 0


def cmd_bundle_list(args: argparse.Namespace, client: Client) -> int:
    from desktop_app.sync.carried import counts_text

    user = _login(client, args, _Passwords(args.password_stdin))
    for b in user.store.carried_bundles():
        if b.delivered_at:
            state = f"delivered {b.delivered_at[:16]} by {b.delivered_by}: {counts_text(b.counts)}"
        elif b.refused:
            state = f"refused by the server: {b.refused}"
        else:
            state = "waiting for the next sync"
        print(f"{b.added_at[:16]}  {b.name}  {b.size} bytes  {state}")
    return 0


def run_with_client(handler):
    """Open the home, run the command, report a ClientError as one line and exit 1."""

    def run(args: argparse.Namespace) -> int:
        try:
            client = open_client(args.home)
        except ClientError as exc:
            print(f"daftari: {exc}", file=sys.stderr)
            return 1
        try:
            code = handler(args, client)
            client.store.backup_if_due(client.clock())  # as the window does at each login
            return code
        except ClientError as exc:
            print(f"daftari: {exc}", file=sys.stderr)
            return 1
        finally:
            client.close()

    return run


def _new_password_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--password-stdin",
        dest="new_password_stdin",
        action="store_true",
        help="read the new password from stdin (then the administrator's, if needed)",
    )


def cmd_backup_list(args: argparse.Namespace) -> int:
    """Works on the files: the database itself may be damaged or gone."""
    home = Home.resolve(args.home)
    backups = list_backups(home)
    for b in backups:
        print(f"{b.path.name}\t{b.made.strftime('%Y-%m-%d %H:%M')}\t{b.size}")
    if not backups:
        print(f"no backups in {home.backups}")
    return 0


def cmd_backup_restore(args: argparse.Namespace) -> int:
    home = Home.resolve(args.home)
    try:
        chosen, aside = restore(home, args.name, now=datetime.now().astimezone())
    except ClientError as exc:
        print(f"daftari: {exc}", file=sys.stderr)
        return 1
    print(f"restored {chosen.path.name} (made {chosen.made.strftime('%Y-%m-%d %H:%M')})")
    if aside is not None:
        print(f"the database that was there is kept as {aside.name}")
    return 0


def add_commands(sub: argparse._SubParsersAction, form_sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="the home's backups of its database")
    backup_sub = backup.add_subparsers(title="backup commands", metavar="COMMAND", required=True)
    p = backup_sub.add_parser("list", help="list the backups, oldest first")
    p.set_defaults(func=cmd_backup_list)
    p = backup_sub.add_parser(
        "restore", help="put a backup back (the newest unless NAME); the current one is kept"
    )
    p.add_argument("name", nargs="?", help="a backup's file name, as 'backup list' shows it")
    p.set_defaults(func=cmd_backup_restore)
    user = sub.add_parser("user", help="local user profiles")
    user_sub = user.add_subparsers(title="user commands", metavar="COMMAND", required=True)
    p = user_sub.add_parser("add", help="add a user (the first one is the administrator)")
    p.add_argument("name")
    p.add_argument("--enumerator-id", default="", help="the enumerator's id")
    p.add_argument("--site", default="", help="the city or municipality")
    p.add_argument("--admin", action="store_true", help="make the new user an administrator")
    _new_password_option(p)
    p.set_defaults(func=run_with_client(cmd_user_add))
    p = user_sub.add_parser("reset", help="an administrator sets a new password for a user")
    p.add_argument("name")
    _new_password_option(p)
    p.set_defaults(func=run_with_client(cmd_user_reset))
    for name, enable, text in (
        ("disable", False, "an administrator disables a profile (its submissions stay)"),
        ("enable", True, "an administrator lets a disabled profile log in again"),
    ):
        p = user_sub.add_parser(name, help=text)
        p.add_argument("name")
        p.add_argument("--password-stdin", action="store_true", help="the administrator's password")
        p.set_defaults(func=run_with_client(cmd_user_disable), enable=enable)
    p = user_sub.add_parser("list", help="list the users of this computer")
    p.set_defaults(func=run_with_client(cmd_user_list))

    p = form_sub.add_parser("install", help="check an XLSForm and install it in the home")
    p.add_argument("file", help="an XLSForm")
    p.set_defaults(func=run_with_client(cmd_form_install))
    p = form_sub.add_parser("list", help="list the installed forms and versions")
    p.set_defaults(func=run_with_client(cmd_form_list))

    p = sub.add_parser("enrol", help="enrol this computer with a server (needs --user)")
    p.add_argument("url", help="the server, e.g. https://daftari.example.org")
    p.add_argument("--server-user", help="the server account (default: the same as --user)")
    p.add_argument(
        "--password-stdin",
        dest="enrol_password_stdin",
        action="store_true",
        help="read the password from stdin (a second line: the server password, if different)",
    )
    p.add_argument(
        "--allow-http",
        action="store_true",
        help="accept a plain http:// address outside the local network (unencrypted)",
    )
    p.set_defaults(func=run_with_client(cmd_enrol))
    bundle = sub.add_parser(
        "bundle", help="submissions on a USB stick, for a server no network reaches"
    )
    bundle_sub = bundle.add_subparsers(title="bundle commands", metavar="COMMAND", required=True)
    p = bundle_sub.add_parser(
        "export", help="seal this user's unsent submissions in one file (needs --user)"
    )
    p.add_argument("file", help="the bundle to write")
    _password_here(p)
    p.set_defaults(func=run_with_client(cmd_bundle_export))
    p = bundle_sub.add_parser(
        "import",
        help="keep another device's bundle here, sealed, until a sync delivers it (needs --user)",
    )
    p.add_argument("file", help="the bundle, as 'daftari bundle export' wrote it")
    _password_here(p)
    p.set_defaults(func=run_with_client(cmd_bundle_import))
    p = bundle_sub.add_parser(
        "receive",
        help="apply the updates the server's office made for this computer (needs --user)",
    )
    p.add_argument("file", help="the bundle, as 'daftari-server bundle updates' wrote it")
    _password_here(p)
    p.set_defaults(func=run_with_client(cmd_bundle_receive))
    p = bundle_sub.add_parser("list", help="the bundles brought here and what became of them")
    _password_here(p)
    p.set_defaults(func=run_with_client(cmd_bundle_list))

    peer = sub.add_parser(
        "openrosa", help="ODK Central or KoboToolbox as this user's server (its forms, sent there)"
    )
    peer_sub = peer.add_subparsers(title="openrosa commands", metavar="COMMAND", required=True)
    p = peer_sub.add_parser(
        "connect",
        help="an ODK Central project's or a Kobo account's address, as ODK Collect is given it",
    )
    p.add_argument("url", help="e.g. https://central.example.org/v1/key/TOKEN/projects/1")
    p.add_argument("--username", help="a user name (Kobo) or e-mail (Central web user)")
    _password_here(p)
    p.add_argument(
        "--allow-http",
        action="store_true",
        help="accept a plain http:// address outside the local network (unencrypted)",
    )
    p.set_defaults(func=run_with_client(cmd_openrosa_connect))
    p = peer_sub.add_parser("forget", help="disconnect this user from that server")
    _password_here(p)
    p.set_defaults(func=run_with_client(cmd_openrosa_forget))

    p = sub.add_parser("sync", help="sync once with the server and print what moved (needs --user)")
    _password_here(p)
    p.set_defaults(func=run_with_client(cmd_sync))

    subs = sub.add_parser("submissions", help="import, list and export submissions")
    subs_sub = subs.add_subparsers(title="submissions commands", metavar="COMMAND", required=True)
    p = subs_sub.add_parser("import", help="import JSON lines (as 'form fill' writes), validated")
    p.add_argument("file")
    p.add_argument("--finalize", action="store_true", help="finalize each valid submission")
    _password_here(p)
    p.set_defaults(func=run_with_client(cmd_submissions_import))
    p = subs_sub.add_parser("list", help="list submissions, newest change first")
    p.add_argument("--status", help="draft, finalized, sent or returned")
    p.add_argument("--form", help="only this form id")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    _password_here(p)
    p.set_defaults(func=run_with_client(cmd_submissions_list))
    p = subs_sub.add_parser("export", help="write every submission, decrypted, as JSON lines")
    p.add_argument("file")
    _password_here(p)
    p.set_defaults(func=run_with_client(cmd_submissions_export))
