"""Python's cycle collector rested while a big graph of objects is built (a workbook loaded, a
list of 100,000 households made into a form's instance, an index over it): it runs on
allocation counts, and over hundreds of thousands of new objects, none of them cyclic garbage,
it took a third of the time.

The switch is process-wide, and several threads build at once (the server's request threads,
the desktop's warm-up beside its window): the collector rests while any of them builds and
runs again once the last is done — never turned back on under another's feet, never left off.
What was made meanwhile is handed to the oldest generation without being walked."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_resting = 0  # builds under way
_was_on = True  # whether it ran before the first of them


@contextmanager
def collector_resting() -> Iterator[None]:
    global _resting, _was_on
    with _lock:
        if _resting == 0:
            _was_on = gc.isenabled()
            gc.disable()
        _resting += 1
    try:
        yield
    finally:
        with _lock:
            _resting -= 1
            if _resting == 0 and _was_on:
                # what was built moved to the oldest generation as it is, unexamined: else
                # the first collection after this walks every object made (0.3 s for a list
                # of 100,000 households), and finds nothing. A full collection, when one
                # comes, still frees whatever of it became garbage.
                gc.freeze()
                gc.unfreeze()
                gc.enable()
