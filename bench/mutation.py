"""Mutation testing of the modules that carry the promises (issue 24): mutmut changes one thing
at a time in them (a comparison, a constant, a call's argument) and runs the tests that reach
the changed function; a change no test notices is a "survivor" — a promise nobody checks.

    .venv/bin/python bench/mutation.py [--modules ingest,review] [--max-children 2]
                                       [--budget SECONDS] [--survivors] [--fresh] [--list]

Each group of modules is mutated in its own copy of the working tree, under
$DAFTARI_MUTATION_DIR (default: the temp dir's daftari-mutation/), against only the
in-process tests that exercise it, on SQLite (the PostgreSQL variants are left out), under
`nice`. mutmut keeps its results there: a second run tests only what changed; --survivors
re-runs the last run's survivors (after adding tests); --fresh starts over; --budget stops a
group after so many seconds (the next run goes on where it stopped; "not run" says how many
are left); --list names the survivors. Mutants on lines no selected test runs are not made
(mutmut's mutate_only_covered_lines): they are counted as "uncovered", survivors by
definition. Prints per module: mutants, killed, survived, timeout, uncovered, not run and the
run's time, with the machine beside them; asserts nothing."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.machine import say as say_machine  # noqa: E402


@dataclass(frozen=True)
class Group:
    """Modules mutated together, and the tests that are run against their mutants."""

    modules: tuple[str, ...]
    tests: tuple[str, ...]
    deselect: tuple[str, ...] = field(default=())


CS = "tests/central_server/"
# In-process tests only: a mutant is seen by a server or client in the test's own process (a
# command run as a subprocess, as tests/sync/test_bundles.py runs them, is not traced).
GROUPS: dict[str, Group] = {
    "sync_protocol": Group(
        modules=(
            "sync_protocol/__init__.py",
            "sync_protocol/bundles.py",
            "sync_protocol/odk_encryption.py",
        ),
        tests=(
            CS + "test_bundle_tamper.py",
            CS + "test_bundle_bombs.py",
            CS + "test_bundle_upload.py",
            CS + "test_sealed_paths.py",
            "tests/openrosa/test_encrypted.py",
            "tests/openrosa/test_hostile_xml.py",
            "tests/sync/test_sync_protocol_mutants.py",
        ),
    ),
    "ingest": Group(
        modules=("central_server/intake/ingest.py",),
        tests=(
            CS + "test_api.py",
            CS + "test_hostile.py",
            CS + "test_as_written.py",
            CS + "test_ingest_mutants.py",
            # an encrypted form's envelope alone (sealing_refusal, beside_the_envelope): the
            # tests that send it clear answers by every channel
            CS + "test_sealed_paths.py",
            CS + "test_assignments.py",  # the assignment a submission names, kept with it
            CS + "test_receipt_dates.py",  # the device's own time, kept beside the server's
            CS + "test_files_by_site.py",  # the files a site lacks, said per site
        ),
        deselect=(
            CS + "test_hostile.py::test_a_stalled_body_without_a_login_is_answered_and_cut_off",
        ),
    ),
    "writer": Group(
        modules=("central_server/intake/writer.py",),
        tests=(CS + "test_api.py", CS + "test_datasets_http.py", CS + "test_writer_mutants.py"),
    ),
    "review": Group(
        modules=("central_server/review.py",),
        tests=(
            CS + "test_review_feed.py",
            CS + "test_hostile_review.py",
            CS + "test_duplicate_verdicts.py",
            CS + "test_review_mutants.py",
        ),
    ),
    "gate": Group(
        modules=("central_server/intake/gate.py",),
        tests=(CS + "test_hostile.py", CS + "test_bundle_bombs.py", CS + "test_gate_mutants.py"),
        deselect=(
            CS + "test_hostile.py::test_a_stalled_body_without_a_login_is_answered_and_cut_off",
        ),
    ),
    "intake_bundles": Group(
        modules=("central_server/intake/bundles.py",),
        tests=(
            CS + "test_bundle_tamper.py",
            CS + "test_bundle_upload.py",
            CS + "test_bundle_mutants.py",
        ),
    ),
    "batches": Group(
        modules=("desktop_app/batches.py",),
        tests=(
            "tests/desktop_app/test_store.py",
            "tests/desktop_app/test_keyed_entry.py",
            "tests/desktop_app/test_batches_mutants.py",
            "tests/sync/test_double_entry.py",  # the two keyings compared, end to end
        ),
    ),
    "keying": Group(
        modules=("desktop_app/keying.py",),
        tests=(
            "tests/desktop_app/test_keyed_entry.py",
            "tests/desktop_app/test_keyed_truth.py",
            "tests/desktop_app/test_keying_mutants.py",
        ),
    ),
    "answers": Group(
        modules=("desktop_app/answers.py",),
        tests=("tests/desktop_app/test_answers.py", "tests/desktop_app/test_answers_mutants.py"),
    ),
}
# Log lines and their text: what a mutant there changes, no user depends on.
DO_NOT_MUTATE = [r"^\s*(log|logger|_log|LOG)\.\w+\(", r"^\s*warnings\.warn\("]
STATUS = {1: "killed", 3: "killed", 0: "survived", 36: "timeout", 24: "timeout", -24: "timeout"}
STATUS |= {152: "timeout", 255: "timeout", 5: "no tests", 33: "no tests", None: "not run"}


def base_dir() -> Path:
    return Path(
        os.environ.get("DAFTARI_MUTATION_DIR") or Path(tempfile.gettempdir()) / "daftari-mutation"
    )


def sync_tree(work: Path) -> None:
    """The working tree (tracked and new files, as they are now) copied into `work`; a file
    already there with the same bytes is left alone, so mutmut sees only what changed."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
        text=True,
    ).stdout.split("\0")
    for name in filter(None, listed):
        source, target = ROOT / name, work / name
        if not source.is_file():
            continue
        if target.is_file() and target.read_bytes() == source.read_bytes():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        # a new time (not copy2's old one): mutmut makes a module's mutants again only when
        # its source is newer than them
        shutil.copy(source, target)
        # and mutmut never overwrites what it copied into mutants/ before: the coverage it
        # mutates by would be measured on the module as it was (found in the mutation run:
        # 349 of 453 mutants of answers.py were never made)
        for stale in (work / "mutants").glob(name + "*"):
            stale.unlink()


def toml_list(items: list[str] | tuple[str, ...]) -> str:
    return "[" + ", ".join(json.dumps(item) for item in items) + "]"


def configure(work: Path, group: Group) -> None:
    """mutmut's settings for this group, in place of any [tool.mutmut] of the copied tree."""
    tests = [t for t in group.tests if (work / t).exists()]
    selection = [*tests, *(f"--deselect={d}" for d in group.deselect)]
    pyproject = work / "pyproject.toml"
    text = re.sub(r"\n\[tool\.mutmut\].*?(?=\n\[|\Z)", "", pyproject.read_text(), flags=re.S)
    text += (
        "\n[tool.mutmut]\n"
        'source_paths = ["sync_protocol", "central_server", "desktop_app", "form_engine"]\n'
        f"only_mutate = {toml_list(group.modules)}\n"
        f"pytest_add_cli_args_test_selection = {toml_list(selection)}\n"
        # SQLite only; a mutant's run stops at its first failing test.
        'pytest_add_cli_args = ["-k", "not postgresql", "-p", "no:cacheprovider", "--timeout=120"]\n'
        f"do_not_mutate_patterns = {toml_list(DO_NOT_MUTATE)}\n"
        "mutate_only_covered_lines = true\n"
        'also_copy = ["forms", "docs", "scripts", "packaging", "README.md"]\n'
        "use_setproctitle = false\n"
        # workers forked from a process that ran no test: a live server's threads, holding
        # their locks at the fork, would hang a worker forked from the one that did
        'process_isolation = "forkserver"\n'
    )
    pyproject.write_text(text)


def results(work: Path, module: str) -> dict[str, str]:
    meta = work / "mutants" / (module + ".meta")
    if not meta.exists():
        return {}
    codes = json.loads(meta.read_text())["exit_code_by_key"]
    return {name: STATUS.get(code, "suspicious") for name, code in codes.items()}


def possible_mutants(work: Path, module: str) -> int:
    """How many mutants the module has with every line covered: the rest of the count,
    beside those generated, is on lines no selected test runs."""
    code = (
        "import sys; from mutmut.mutation.file_mutation import mutate_file_contents as m; "
        "p = sys.argv[1]; print(len(m(p, open(p).read()).mutant_names))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, module], cwd=work, capture_output=True, text=True
    )
    return int(out.stdout.strip() or 0)


def run_group(name: str, group: Group, args: argparse.Namespace) -> float:
    work = base_dir() / name
    if args.fresh and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    sync_tree(work)
    configure(work, group)
    command = [sys.executable, "-m", "mutmut", "run", "--max-children", str(args.max_children)]
    if args.survivors:
        names = [
            mutant
            for module in group.modules
            for mutant, status in results(work, module).items()
            if status in ("survived", "suspicious")
        ]
        if not names:
            return 0.0
        command += names
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.perf_counter()
    log = work / "mutmut.log"
    with log.open("w") as out:
        run = subprocess.Popen(
            ["nice", "-n", "19", *command],
            cwd=work,
            env=env,
            stdout=out,
            stderr=out,
            start_new_session=True,  # its workers are stopped with it when the time is up
        )
        try:
            run.wait(timeout=args.budget or None)
        except subprocess.TimeoutExpired:
            # what was tested is kept: the next run goes on with the mutants not run yet
            os.killpg(run.pid, signal.SIGTERM)
            try:
                run.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(run.pid, signal.SIGKILL)
                run.wait()
    return time.perf_counter() - start


def report(names: list[str], seconds: dict[str, float], *, show: bool) -> None:
    print(
        f"{'module':<36} {'mutants':>7} {'killed':>6} {'survived':>8} {'timeout':>7} "
        f"{'uncovered':>9} {'not run':>7} {'time':>7}"
    )
    for name in names:
        group = GROUPS[name]
        work = base_dir() / name
        for index, module in enumerate(group.modules):
            found = results(work, module)
            counts = Counter(found.values())
            uncovered = max(possible_mutants(work, module) - len(found), 0)
            took = f"{seconds[name]:6.0f}s" if name in seconds and index == 0 else ""
            print(
                f"{module:<36} {len(found):>7} {counts['killed']:>6} "
                f"{counts['survived'] + counts['suspicious']:>8} {counts['timeout']:>7} "
                f"{uncovered:>9} {counts['not run']:>7} {took:>7}"
            )
            if show:
                for mutant, status in sorted(found.items()):
                    if status in ("survived", "suspicious"):
                        print(f"    {status}: {mutant}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", default=",".join(GROUPS), help=", ".join(GROUPS))
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--survivors", action="store_true", help="re-run the last survivors")
    parser.add_argument("--fresh", action="store_true", help="forget the last run's results")
    parser.add_argument("--list", action="store_true", help="only report; name the survivors")
    parser.add_argument(
        "--budget", type=float, default=0, help="seconds a module may take (0: no limit)"
    )
    args = parser.parse_args()
    names = [n.strip() for n in args.modules.split(",") if n.strip()]
    unknown = [n for n in names if n not in GROUPS]
    if unknown:
        parser.error(f"unknown module(s) {', '.join(unknown)}; known: {', '.join(GROUPS)}")
    seconds: dict[str, float] = {}
    if not args.list:
        for name in names:
            seconds[name] = run_group(name, GROUPS[name], args)
            print(f"{name}: mutmut ran {seconds[name]:.0f} s", flush=True)
    report(names, seconds, show=args.list)


if __name__ == "__main__":
    say_machine()
    main()
    say_machine()  # the load while it ran
