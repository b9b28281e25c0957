"""What every use case gets: the database, the clock and the rules. Built once in bootstrap.

A use case owns one transaction (``db.write()``, a unit of work: kiosk.storage.unit_of_work;
``Database`` is re-exported here for the wiring) and returns ``Done(value, changes)``: the value
for the caller, and what changed for every screen that listens.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import QueueRules
from kiosk.core.ports import Clock
from kiosk.storage import catalogue_store, change_log_store, sync_store
from kiosk.storage.unit_of_work import Database, Tx
from kiosk.sync.protocol import PushMessage, outbox_entry

__all__ = ["Database", "Done", "ServiceContext", "Tx"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """A use case's result: ``value`` for the caller, ``changes`` for everyone else."""

    value: T
    changes: tuple[Change, ...] = ()


class _Memo:
    """The context's remembered figures, shared by its per-request copies.

    A figure read from the database before a ``forget`` must not be stored after it: a clerk's
    session read by a feed poll just before their account was closed would otherwise live on
    for the cache time (the generation, bumped by every forget, tells a stale load)."""

    __slots__ = ("entries", "generation", "lock")

    def __init__(self) -> None:
        self.entries: dict[tuple[Any, ...], tuple[float, Any]] = {}
        self.generation = 0
        self.lock = threading.Lock()


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
    after_write: Callable[[Tx, list[Change]], None] | None = None
    _zones: dict[str, ZoneInfo] = field(default_factory=dict)
    _memo: _Memo = field(default_factory=_Memo)

    def cached(self, key: tuple[Any, ...], load: Callable[[], Any]) -> Any:
        """``load()``'s value, reused for ``cache_ttl_s`` seconds (monotonic time)."""
        hit = self.cached_only(key)
        if hit is not None:
            return hit
        since = self.cache_generation()
        value = load()
        self.remember(key, value, since)
        return value

    def cached_only(self, key: tuple[Any, ...]) -> Any:
        """The value kept for ``key`` if still fresh, else None (nothing is loaded)."""
        hit = self._memo.entries.get(key)
        if hit is not None and time.monotonic() - hit[0] < self.cache_ttl_s:
            return hit[1]
        return None

    def cache_generation(self) -> int:
        """Take this before reading what ``remember`` will keep."""
        return self._memo.generation

    def remember(self, key: tuple[Any, ...], value: Any, since: int) -> None:
        """Keep ``value`` unless something was forgotten since ``since`` (then it may be
        stale: the next caller reads it again)."""
        with self._memo.lock:
            if self._memo.generation == since:
                self._memo.entries[key] = (time.monotonic(), value)

    def forget(self, key: tuple[Any, ...]) -> None:
        with self._memo.lock:
            self._memo.generation += 1
            self._memo.entries.pop(key, None)

    def forget_cached(self) -> None:
        with self._memo.lock:
            self._memo.generation += 1
            self._memo.entries.clear()

    def zone(self, conn: Tx, branch_id: str) -> ZoneInfo:
        z = self._zones.get(branch_id)
        if z is None:
            z = ZoneInfo(catalogue_store.municipality_timezone(conn, branch_id))
            self._zones[branch_id] = z
        return z

    def local_day(self, conn: Tx, branch_id: str, now: datetime) -> date:
        """The branch's calendar day at ``now``: ticket numbers start again each local day."""
        return now.astimezone(self.zone(conn, branch_id)).date()

    def status_url(self, token: str) -> str:
        return f"{self.status_base_url.rstrip('/')}/t/{token}"

    def to_outbox(self, conn: Tx, message: PushMessage) -> None:
        """Queue a write for the server, in the write's own transaction; does nothing on the
        server or a stand-alone terminal. The use case hands the protocol's message; how it
        is kept (its kind, its JSON) is decided here, once."""
        if self.replica_device_id is not None:
            kind, payload = outbox_entry(message)
            sync_store.add_to_outbox(conn, kind, payload, self.clock.now())

    def commit_changes(self, conn: Tx, changes: list[Change]) -> tuple[Change, ...]:
        if self.after_write is not None and changes:
            self.after_write(conn, changes)
        return tuple(change_log_store.log_changes(conn, changes))

    def catalogue_changed(self, conn: Tx) -> tuple[Change, ...]:
        """Tell every branch that the catalogue changed (an admin's change of services, texts
        or hours): terminals read a fresh snapshot, and this process forgets what it cached."""
        branches = [b.id for b in catalogue_store.branches(conn)]
        self.forget_cached()
        return self.commit_changes(conn, [Change(ChangeKind.CATALOGUE, b, b) for b in branches])
