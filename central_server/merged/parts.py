"""A long read of the merged dataset (an export, the indicators) cut into consecutive parts
read at once: the first by the process that asked, on its own connection, each other by a
process of its own. A server has few cores and a million submissions keep one busy for a
minute; two halves take half that. The helpers run at a lower priority, so that devices'
syncs are served first when the server is busy.

Parts are ranges of the order the dataset is read in (received at, uuid), which never changes
for a submission: each is read once, by exactly one part, and the parts put end to end give
the rows in the order one reader gives them. Each part reads in a transaction of its own,
begun within a second of the others."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import traceback
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import Connection

from central_server.db import make_engine, snapshot

HELPER_NICENESS = 5
log = logging.getLogger("daftari.server")


def parts_wanted() -> int:
    """As many parts as this machine has cores for, two at most (the server's own workers
    need the rest)."""
    return max(1, min(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1))


Work = Callable[..., Any]  # work(conn, piece, index, *args, progress=callable) -> result


def run(
    conn: Connection,
    pieces: list[Any],
    work: Work,
    *args: Any,
    progress: Callable[[int], None] | None = None,
) -> list[Any]:
    """``work`` over every piece: the first here on ``conn``, the others each in a process of
    its own; their results in the pieces' order. ``progress``: told how many submissions all
    the parts have read so far. A helper that cannot do its part (it did not start, it
    crashed, its work failed) leaves it to this process, which then does it on ``conn``: the
    result is the same, only later, and a failure of the work itself is raised here, whole."""
    counts = [0] * len(pieces)

    def told(index: int) -> Callable[[int], None]:
        def tell(n: int) -> None:
            counts[index] = n
            if progress is not None:
                progress(sum(counts) + sum(c.value for c in counters))

        return tell

    counters: list[Any] = []
    helpers: list[tuple[int, Any, Any]] = []
    try:
        if len(pieces) > 1 and not getattr(sys, "frozen", False):
            helpers, counters = _start(conn, pieces, work, args)
        results: dict[int, Any] = {0: work(conn, pieces[0], 0, *args, progress=told(0))}
        for (index, process, queue), counter in zip(helpers, counters, strict=True):
            while process.is_alive() and queue.empty():
                process.join(timeout=1)
                told(0)(counts[0])
            ok, value = queue.get() if not queue.empty() else (False, f"code {process.exitcode}")
            process.join()
            if ok:
                results[index] = value
            else:
                counter.value = 0  # read again here: not counted twice
                log.warning("an export's helper did not do its part (%s): read here", value)
        for index in range(1, len(pieces)):
            if index not in results:
                results[index] = work(conn, pieces[index], index, *args, progress=told(index))
        return [results[i] for i in range(len(pieces))]
    finally:
        for _, process, _ in helpers:
            if process.is_alive():
                process.terminate()
                process.join()


def _start(conn: Connection, pieces: list[Any], work: Work, args: tuple) -> tuple[list, list]:
    """The helpers, started (those that could be)."""
    ctx = multiprocessing.get_context("spawn")  # a server worker has threads: never fork one
    url = conn.engine.url.render_as_string(hide_password=False)
    helpers, counters = [], []
    for index, piece in enumerate(pieces[1:], 1):
        counter = ctx.Value("q", 0, lock=False)
        queue = ctx.SimpleQueue()
        process = ctx.Process(
            target=_helper, args=(url, work, piece, index, args, counter, queue), daemon=True
        )
        try:
            process.start()
        except Exception as e:  # e.g. no processes left: this one does it
            log.warning("an export's helper did not start (%s): read here", type(e).__name__)
            continue
        helpers.append((index, process, queue))
        counters.append(counter)
    return helpers, counters


def _helper(url, work, piece, index, args, counter, queue) -> None:
    try:
        os.nice(HELPER_NICENESS)
        engine = make_engine(url)

        def progress(n: int) -> None:
            counter.value = n

        with snapshot(engine) as conn:
            result = work(conn, piece, index, *args, progress=progress)
        engine.dispose()
        queue.put((True, result))
    except BaseException as e:  # the process that asked does the part again, and says why
        # the kind and the place only: an exception's text may quote an answer
        where = traceback.extract_tb(e.__traceback__)[-1:] if e.__traceback__ else []
        place = f" at {where[0].filename}:{where[0].lineno}" if where else ""
        queue.put((False, f"{type(e).__name__}{place}"))
