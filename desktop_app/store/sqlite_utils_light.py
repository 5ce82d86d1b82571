"""sqlite-utils imports pandas and numpy when they are installed, for conversions of its own
that this store never uses (it runs Migrations and plain SQL): 80 MiB of memory and half a
second at every start of the desktop, measured (bench/entities.py). They are kept from it
while it is imported; any later ``import pandas`` (an export) works as usual."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

_HEAVY = ("pandas", "numpy")


@contextmanager
def without_pandas() -> Iterator[None]:
    hidden = [name for name in _HEAVY if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # its import raises ImportError
    try:
        yield
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]
