"""Form engine figures: load time, per-answer recompute latency, fill throughput.

    .venv/bin/python bench/form_engine.py [--questions 1000] [--changes 2000]

Targets (issue 2): load under 1 s; recompute under 5 ms at the 99th percentile.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.machine import say as say_machine  # noqa: E402
from form_engine import FormSession, load_xlsform  # noqa: E402
from form_engine.authoring import write_xlsform  # noqa: E402
from form_engine.fill import random_submissions  # noqa: E402

FORMS = Path(__file__).resolve().parent.parent / "forms"
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def big_form(path: Path, questions: int) -> Path:
    """A generated form of ``questions`` questions: 20 sections with heavy skip logic, a roster
    repeat of 30 questions per member, calculations and constraints across sections."""
    rows: list[dict] = [
        {
            "type": "integer",
            "name": "hh_size",
            "label": "Members",
            "constraint": ". >= 1 and . <= 15",
            "required": "yes",
        }
    ]
    roster = 30
    rows.append(
        {"type": "begin_repeat", "name": "member", "label": "Member", "repeat_count": "${hh_size}"}
    )
    for i in range(roster):
        row = {
            "type": "integer",
            "name": f"m{i}",
            "label": f"Member question {i}",
            "constraint": ". >= 0 and . <= 120",
        }
        if i:
            row["relevant"] = f"${{m{i - 1}}} != 99"
        rows.append(row)
    rows.append(
        {
            "type": "calculate",
            "name": "m_total",
            "calculation": " + ".join(f"coalesce(${{m{i}}}, 0)" for i in range(5)),
        }
    )
    rows.append({"type": "end_repeat"})
    rows.append({"type": "calculate", "name": "roster_sum", "calculation": "sum(${m_total})"})
    remaining = questions - roster - 1
    sections = 20
    per_section = -(-remaining // sections)  # round up: at least the asked number of questions
    n = 0
    for s in range(sections):
        rows.append(
            {
                "type": "begin_group",
                "name": f"s{s}",
                "label": f"Section {s}",
                "relevant": "${hh_size} > 0" if s == 0 else f"${{q{n - 1}}} != 999",
            }
        )
        for _ in range(per_section):
            row: dict = {"type": "integer", "name": f"q{n}", "label": f"Question {n}"}
            if n % 3 == 1:
                row["relevant"] = f"${{q{n - 1}}} > 5 or ${{q{n - 1}}} = ''"
            if n % 5 == 2:
                row["constraint"] = f". <= ${{q{n - 2}}} + 100 or ${{q{n - 2}}} = ''"
            if n % 7 == 3:
                row["required"] = f"${{q{n - 3}}} > 50"
            rows.append(row)
            if n % 10 == 9:
                rows.append(
                    {
                        "type": "calculate",
                        "name": f"c{n}",
                        "calculation": f"if(${{q{n}}} > 10, ${{q{n - 1}}} * 2, ${{q{n - 2}}} + 1)",
                    }
                )
            n += 1
        rows.append({"type": "end_group"})
    write_xlsform(path, rows, settings={"form_id": "bench", "version": "1"})
    return path


def timed(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--changes", type=int, default=2000)
    parser.add_argument("--fill", type=int, default=100)
    args = parser.parse_args()

    print("form loading (best of 3, includes pyxform conversion)")
    for path in sorted(FORMS.glob("*.xlsx")):
        print(f"  {path.name:22} {timed(lambda p=path: load_xlsform(p)) * 1000:8.1f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        big = big_form(Path(tmp) / "big.xlsx", args.questions)
        form = load_xlsform(big)
        questions = sum(1 for q in form.questions() if q.control)
        print(
            f"  generated ({questions} questions) {timed(lambda: load_xlsform(big)) * 1000:8.1f} ms"
        )

        session = FormSession.new(form, now=lambda: NOW, rng=random.Random(1))
        start = time.perf_counter()
        session.set_value(session.node("/data/hh_size"), "12")
        print(
            f"\nsetting hh_size to 12 (creates 12 roster members of 30 questions): {(time.perf_counter() - start) * 1000:.1f} ms"
        )
        targets = [
            (el, node) for el, node in session.walk(relevant_only=False) if el.control == "input"
        ]
        rng = random.Random(7)
        latencies = []
        for _ in range(args.changes):
            el, node = rng.choice(targets)
            value = str(rng.randint(0, 120))
            t = time.perf_counter()
            session.set_value(node, value)
            latencies.append((time.perf_counter() - t) * 1000)
        print(
            f"per-answer recompute over {args.changes} random answer changes on the {questions}-question form "
            f"({len(targets)} answerable fields with the roster):"
        )
        print(
            f"  median {statistics.median(latencies):.3f} ms   p99 {percentile(latencies, 99):.3f} ms   "
            f"max {max(latencies):.3f} ms"
        )

    print("\nform fill throughput (submissions/second)")
    for path in sorted(FORMS.glob("*.xlsx")):
        form = load_xlsform(path)
        t = time.perf_counter()
        count = sum(1 for _ in random_submissions(form, args.fill, seed=1, now=NOW))
        elapsed = time.perf_counter() - t
        print(f"  {path.name:22} {count / elapsed:8.1f}/s")


if __name__ == "__main__":
    say_machine()
    main()
    say_machine()  # the load while it ran
