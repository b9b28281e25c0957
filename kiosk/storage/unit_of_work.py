"""The unit of work: one transaction on the database, handed to a use case and through it to
the storage functions it calls.

A use case opens it with ``Database.write()`` (or ``read()``) and passes the ``Tx`` it gets to
the storage modules (kiosk/storage/*_store.py); it never builds SQL itself. ``Tx`` is the
SQLAlchemy connection of that transaction under a name of our own: the use cases need no
SQLAlchemy import to annotate it, and the storage functions keep running their statements on
it directly (a wrapper object would cost an attribute look-up per statement on the hot path of
every ticket and every call).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeAlias

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from kiosk.storage.db import Checkpointer
from kiosk.storage.errors import DatabaseUnavailable

#: One open transaction. Storage functions take it first and never commit it.
Tx: TypeAlias = Connection


class Database:
    """Transactions on one engine. ``write()`` takes the write lock up front (SQLite
    BEGIN IMMEDIATE), ``read()`` does not. Connection problems become DatabaseUnavailable."""

    def __init__(self, engine: Engine, checkpointer: Checkpointer | None = None) -> None:
        self.engine = engine
        self._checkpointer = checkpointer

    def close(self) -> None:
        """Stop background housekeeping and close every connection."""
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Tx]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            raise DatabaseUnavailable(str(exc.orig)) from exc

    @contextmanager
    def read(self) -> Iterator[Tx]:
        try:
            with self.engine.connect() as conn:
                conn.execution_options(kiosk_read_only=True)
                with conn.begin():
                    yield conn
        except OperationalError as exc:
            raise DatabaseUnavailable(str(exc.orig)) from exc
