"""What a bench's figures were measured on, printed beside them: the CPU model and its cores,
the load (1, 5 and 15 minutes), the memory and Python — so that a figure in a note can be
rerun on the same kind of machine, and a rerun on a busy one is read as such."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return "?"


def describe() -> str:
    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    return (
        f"machine: {cpu_model()} × {os.cpu_count()} cores, {memory_gib()}, "
        f"load {load} (1/5/15 min), Python {sys.version.split()[0]}"
    )


def say() -> None:
    """The machine line, first in a bench's output (and again at its end: the load during)."""
    print(describe(), flush=True)
