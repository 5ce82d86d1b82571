"""Real forms nobody here wrote: for every XLSForm in a folder, does pyxform convert it, does
Daftari load it, do random fills validate, and how long does loading take next to pyxform's own
conversion (each the fastest of three).

    .venv/bin/python bench/form_corpus.py DIR [--fills 5] [--timeout 60] [--details]

Keep the forms outside the repository (they are other people's work). A form pyxform refuses is
reported as such; one that only lacks its media or data files (select_one_from_file, pulldata)
loads and names the files it needs. Prints a table and a summary; asserts nothing.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.machine import say as say_machine  # noqa: E402

TIMES = 3


def _measure(path: str, fills: int) -> dict:
    """One form, in a child process (a form may take the engine somewhere slow)."""
    from pyxform.xls2xform import convert

    from form_engine import FormEngineError, load_xlsform, validate_submission
    from form_engine.fill import random_submissions

    out: dict = {"file": Path(path).name}
    warnings.simplefilter("ignore")
    # Each timed three times, the fastest kept: the steady state, not the first import.
    times = []
    for _ in range(TIMES):
        started = time.perf_counter()
        try:
            convert(path, warnings=[])
            out["pyxform"] = "ok"
        except Exception as exc:  # pyxform's refusal of the form, whatever its type
            out["pyxform"] = f"refused: {_short(exc)}"
        times.append(time.perf_counter() - started)
    out["pyxform_s"] = min(times)
    times = []
    for _ in range(TIMES):
        started = time.perf_counter()
        try:
            form = load_xlsform(path)
        except FormEngineError as exc:
            out["load"] = f"refused: {_short(exc)}"
            out["load_s"] = time.perf_counter() - started
            return out
        except Exception as exc:  # a crash: the thing this script is here to find
            out["load"] = f"CRASH {type(exc).__name__}: {_short(exc)}"
            out["load_s"] = time.perf_counter() - started
            return out
        times.append(time.perf_counter() - started)
    out["load_s"] = min(times)
    out["load"] = "ok"
    out["needs"] = [m.name for m in form.missing_files]
    out["fields"] = sum(1 for el in form.walk() if el.kind == "question")
    if form.missing_files:
        out["fills"] = "not tried: it needs its files"
        return out
    valid = 0
    try:
        for sub in random_submissions(form, fills, seed=7):
            result = validate_submission(form, sub["data"])
            if result.valid:
                valid += 1
            else:
                out.setdefault("invalid", [(i.name, i.code) for i in result.issues[:3]])
        out["fills"] = f"{valid}/{fills}"
    except Exception as exc:
        out["fills"] = f"{valid}/{fills} then {type(exc).__name__}: {_short(exc)}"
    return out


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 150 else text[:147] + "..."


def _run(path: Path, fills: int, timeout: float) -> dict:
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        job = pool.apply_async(_measure, (str(path), fills))
        try:
            return job.get(timeout)
        except multiprocessing.TimeoutError:
            return {"file": path.name, "pyxform": "?", "load": f"TIMEOUT after {timeout:.0f} s"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--fills", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--details", action="store_true", help="a line per form")
    args = parser.parse_args()
    paths = sorted(
        p for p in args.folder.iterdir() if p.suffix.lower() in (".xlsx", ".xls") and p.is_file()
    )
    rows = [_run(p, args.fills, args.timeout) for p in paths]
    converts = [r for r in rows if r.get("pyxform") == "ok"]
    loads = [r for r in converts if r.get("load") == "ok"]
    extra = [r for r in rows if r.get("pyxform") != "ok" and r.get("load") == "ok"]
    not_loaded = [r for r in converts if r.get("load") != "ok"]
    fill_ok = [r for r in loads if r.get("fills", "").split(" ")[0] == f"{args.fills}/{args.fills}"]
    needing = [r for r in loads if r.get("needs")]
    fillable = [r for r in loads if not r.get("needs")]
    ratios = [r["load_s"] / r["pyxform_s"] for r in loads if r.get("pyxform_s")]
    if args.details:
        print("file\tpyxform\tdaftari\tfills\tneeds\tpyxform s\tdaftari s")
        for r in rows:
            print(
                f"{r['file'][:70]}\t{r.get('pyxform', '')[:60]}\t{r.get('load', '')[:90]}\t"
                f"{r.get('fills', '')}\t{','.join(r.get('needs', []))}\t"
                f"{r.get('pyxform_s', 0):.3f}\t{r.get('load_s', 0):.3f}"
            )
        print()
    print(f"{len(rows)} forms in {args.folder}")
    print(f"  pyxform converts:                 {len(converts)}")
    print(f"  of those, Daftari loads:          {len(loads)}")
    print(f"    ... naming files still needed:  {len(needing)}")
    print(f"  Daftari loads, pyxform refuses:   {len(extra)}")
    print(
        f"  random fills all validate:        {len(fill_ok)} of the {len(fillable)} with all "
        f"their files ({args.fills} fills each)"
    )
    if ratios:
        print(
            f"  load time / pyxform convert time: median {statistics.median(ratios):.2f}, "
            f"p90 {statistics.quantiles(ratios, n=10)[-1]:.2f}, max {max(ratios):.2f}"
        )
    for r in not_loaded:
        print(f"  NOT LOADED {r['file']}: {r.get('load')}")
    for r in fillable:
        if r not in fill_ok:
            print(f"  FILLS {r['file']}: {r.get('fills')} {r.get('invalid', '')}")


if __name__ == "__main__":
    say_machine()
    main()
    say_machine()  # the load while it ran
