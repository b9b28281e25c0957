"""What every use case gets: the database, the clock and the rules. Built once in bootstrap.

A use case owns one transaction (``db.write()``) and returns ``Done(value, changes)``: the value
for the caller, and what changed for every screen that listens.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from kiosk.core.changes import Change
from kiosk.core.model import QueueRules
from kiosk.core.ports import Clock
from kiosk.storage import queue_store as store
from kiosk.storage import sync_store
from kiosk.storage.db import Checkpointer
from kiosk.storage.errors import DatabaseUnavailable

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """A use case's result: ``value`` for the caller, ``changes`` for everyone else."""

    value: T
    changes: tuple[Change, ...] = ()


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
    def write(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            raise DatabaseUnavailable(str(exc.orig)) from exc

    @contextmanager
    def read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                conn.execution_options(kiosk_read_only=True)
                with conn.begin():
                    yield conn
        except OperationalError as exc:
            raise DatabaseUnavailable(str(exc.orig)) from exc


@dataclass(slots=True)
class ServiceContext:
    db: Database
    clock: Clock
    rules: QueueRules = field(default_factory=QueueRules)
    #: The public address of the ticket status page; the QR code points at base + /t/<token>.
    status_base_url: str = "http://127.0.0.1:8765"
    #: How long derived figures (a service's average visit, open counters, the catalogue) may be
    #: reused before they are read again. Estimates are rough by nature; reading them for every
    #: ticket would cost more than issuing the ticket itself.
    cache_ttl_s: float = 15.0
    #: Set on a terminal that syncs with a server: this database is then its replica. Tickets
    #: take numbers from the blocks the server leased to this device (so they never collide,
    #: even offline), and writes the server must learn of go to the outbox in the same
    #: transaction (so nothing is lost when the link or the process dies).
    replica_device_id: str | None = None
    #: Called inside the transaction of a use case's write, with its changes, just before the
    #: commit: for a record that must be kept with the write or not at all (the audit log).
    #: Set on a per-request copy (``dataclasses.replace``), never on the shared context.
    after_write: Callable[[Connection, list[Change]], None] | None = None
    _zones: dict[str, ZoneInfo] = field(default_factory=dict)
    _cache: dict[tuple[Any, ...], tuple[float, Any]] = field(default_factory=dict)

    def cached(self, key: tuple[Any, ...], load: Callable[[], Any]) -> Any:
        """``load()``'s value, reused for ``cache_ttl_s`` seconds (monotonic time)."""
        now = time.monotonic()
        hit = self._cache.get(key)
        if hit is not None and now - hit[0] < self.cache_ttl_s:
            return hit[1]
        value = load()
        self._cache[key] = (now, value)
        return value

    def cached_only(self, key: tuple[Any, ...]) -> Any:
        """The value kept for ``key`` if still fresh, else None (nothing is loaded)."""
        hit = self._cache.get(key)
        if hit is not None and time.monotonic() - hit[0] < self.cache_ttl_s:
            return hit[1]
        return None

    def forget(self, key: tuple[Any, ...]) -> None:
        self._cache.pop(key, None)

    def forget_cached(self) -> None:
        self._cache.clear()

    def zone(self, conn: Connection, branch_id: str) -> ZoneInfo:
        z = self._zones.get(branch_id)
        if z is None:
            z = ZoneInfo(store.municipality_timezone(conn, branch_id))
            self._zones[branch_id] = z
        return z

    def local_day(self, conn: Connection, branch_id: str, now: datetime) -> date:
        """The branch's calendar day at ``now``: ticket numbers start again each local day."""
        return now.astimezone(self.zone(conn, branch_id)).date()

    def status_url(self, token: str) -> str:
        return f"{self.status_base_url.rstrip('/')}/t/{token}"

    def to_outbox(self, conn: Connection, kind: str, payload: dict[str, Any]) -> None:
        """Queue a write for the server; does nothing on the server or a stand-alone terminal."""
        if self.replica_device_id is not None:
            sync_store.add_to_outbox(conn, kind, payload, self.clock.now())

    def commit_changes(self, conn: Connection, changes: list[Change]) -> tuple[Change, ...]:
        if self.after_write is not None and changes:
            self.after_write(conn, changes)
        return tuple(store.log_changes(conn, changes))
