"""Group commit: the writes of the requests a process is answering at the same moment go to
the database in one transaction, and each request is answered once that transaction has
committed (durable: nothing is acknowledged before).

Twenty enumerators sending at once are twenty tiny transactions otherwise, each taking
SQLite's one write lock in turn (a writer that finds it taken sleeps a millisecond or more
before trying again) and each waiting for its own flush to disk. Here a request hands its
write — a function of a connection — to the process's writer and waits; the writer takes
everything waiting, runs each write in a savepoint of its own (one that fails is rolled back
alone and its request gets the error), commits once, then answers them all. Work that needs
no transaction (parsing, hashing) is done by the request before it hands over.

Submissions handed over with :meth:`GroupWriter.store` are stored together, every request's
items in one :func:`central_server.intake.ingest.store` — a few statements for the lot instead of a
few per request — and each request gets its own items' answers. On PostgreSQL a transaction
of submissions alone takes two round trips (:mod:`central_server.intake.pg_store`).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from central_server import accounts
from central_server.db import writing
from central_server.errors import Unauthenticated
from central_server.intake import ingest, pg_store
from central_server.intake.ingest import Sent
from sync_protocol import ItemResult

log = logging.getLogger("daftari.server")
T = TypeVar("T")
MOST = 64  # writes in one transaction


class GroupWriter:
    def __init__(self, engine: Engine) -> None:
        """One writing thread a process, on PostgreSQL too (two or four were slower: the
        batches get smaller and each costs its round trips)."""
        self.engine = engine
        # submissions alone in a transaction: stored in two round trips (central_server.intake.pg_store)
        self._pipelined = engine.dialect.name == "postgresql" and engine.dialect.driver == "psycopg"
        # a write (a function of a connection) or submissions to store, and its answer
        self._queue: queue.SimpleQueue[tuple[Any, Future]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def write(self, work: Callable[[Connection], T]) -> T:
        """Run ``work`` in a transaction; its result once that transaction has committed."""
        done: Future = Future()
        self._queue.put((work, done))
        self._start()
        return done.result()

    def store(self, sent: list[Sent]) -> list[ItemResult]:
        """Store submissions (checked just after, not now); their answers once committed."""
        return self.store_later(sent).result()

    def store_later(self, sent: list[Sent]) -> Future[list[ItemResult]]:
        """:meth:`store` without waiting (an event loop awaits the future instead)."""
        done: Future = Future()
        self._queue.put((sent, done))
        self._start()
        return done

    def _start(self) -> None:
        if self._thread is not None:
            return
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="daftari-writer", daemon=True
                )
                self._thread.start()

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < MOST:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            self._commit(batch)

    def _commit(self, batch: list[tuple[Any, Future]], *, again: bool = False) -> None:
        outcomes: list[tuple[Future, Any, BaseException | None]] = []
        stores = [(sent, done) for sent, done in batch if isinstance(sent, list)]
        # Submissions alone in the transaction are stored with no savepoint at all (two
        # round trips less on PostgreSQL); should that fail — the same submission stored by
        # another process at that moment, a value the database refuses — the transaction is
        # run again, with savepoints, so that only what failed fails.
        alone = len(stores) == len(batch)
        whole = alone and not again
        if whole and self._pipelined:
            try:
                outcomes = pg_store.store(self.engine, stores)
            except Exception as exc:  # told by type only: a value could be an answer
                log.info("stored again with savepoints after %s", type(exc).__name__)
                self._commit(batch, again=True)
                return
            self._answer(outcomes)
            return
        try:
            with writing(self.engine) as conn:
                if stores:
                    outcomes += self._store(conn, stores, alone=alone, whole=whole)
                for work, done in batch:
                    if isinstance(work, list):
                        continue
                    savepoint = conn.begin_nested()
                    try:
                        result = work(conn)
                    except Exception as exc:  # this request's failure, not its neighbours'
                        savepoint.rollback()
                        outcomes.append((done, None, exc))
                        continue
                    savepoint.commit()
                    outcomes.append((done, result, None))
        except Exception as exc:  # the commit failed (a full disk...): nothing was stored
            if whole and isinstance(exc, DBAPIError) and not exc.connection_invalidated:
                self._commit(batch, again=True)
                return
            for _, done in batch:
                done.set_exception(exc)
            return
        self._answer(outcomes)

    @staticmethod
    def _answer(outcomes: list[tuple[Future, Any, BaseException | None]]) -> None:
        for done, result, error in outcomes:
            if error is not None:
                done.set_exception(error)
            else:
                done.set_result(result)

    @staticmethod
    def _store(
        conn: Connection,
        stores: list[tuple[list[Sent], Future]],
        *,
        alone: bool = False,
        whole: bool = False,
    ) -> list[tuple[Future, Any, BaseException | None]]:
        # The senders were looked up up to a minute ago (accounts.PrincipalCache): a device
        # revoked, or an account disabled, since then stores nothing — decided here, in the
        # transaction that would store it.
        allowed = accounts.still_allowed(
            conn, {one.who.device for sent, _ in stores for one in sent}
        )
        refused: list[tuple[Future, Any, BaseException | None]] = []
        kept = []
        for sent, done in stores:
            if all(one.who.device in allowed for one in sent):
                kept.append((sent, done))
            else:
                refused.append((done, None, Unauthenticated(accounts.NOT_ENROLLED)))
        stores = kept
        if not stores:
            return refused
        if alone:  # its failure is the transaction's: no savepoint of the writer's
            results = ingest.store(
                conn, [one for sent, _ in stores for one in sent], False, whole=whole
            )
        else:
            savepoint = conn.begin_nested()
            try:
                results = ingest.store(conn, [one for sent, _ in stores for one in sent], False)
            except Exception as exc:
                savepoint.rollback()
                return refused + [(done, None, exc) for _, done in stores]
            savepoint.commit()
        answers: list[tuple[Future, Any, BaseException | None]] = refused
        at = 0
        for sent, done in stores:
            answers.append((done, results[at : at + len(sent)], None))
            at += len(sent)
        return answers
