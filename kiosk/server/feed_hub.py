"""The change feed of one server process, for long-polling terminals.

A terminal asks "anything after cursor N?" and the request waits (up to ``wait`` seconds)
until there is. With a thousand terminals waiting, reading the database once per terminal per
change would cost more than the change itself, so the hub reads each new change once, keeps the
recent ones (with their rows, already encoded as JSON) in a ring, and answers waiters from
memory. A cursor older than the ring is answered from the database.

What wakes the hub:
- PostgreSQL: LISTEN on ``kiosk_changes``; every write's NOTIFY reaches every server process,
  so several processes behind one address all wake at once.
- SQLite (one machine): the routes of this process poke it after each write, and a light
  poll of the newest sequence number catches writes by other processes (``kiosk admin``).

A terminal asks one page at a time, so a device has at most ``polls_per_device`` polls
waiting (a second is one whose connection broke while the server still held it); one more
answers the oldest at once, so a stolen token cannot pile up waiting requests.

Pitfall: the asyncio parts run on the server's event loop; the listener thread and the
threadpool only ever reach it through ``call_soon_threadsafe``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool

from kiosk.services import catalogue
from kiosk.services.check_in import code_keyer
from kiosk.services.context import ServiceContext
from kiosk.services.sync_server import FeedEntry, read_feed
from kiosk.storage.change_log_store import CHANGE_CHANNEL
from kiosk.storage.wire import PERSONAL, Audience, for_audience
from kiosk.sync.protocol import FeedChange, FeedPage

log = logging.getLogger(__name__)

PAGE_LIMIT = 500


@dataclass(frozen=True, slots=True)
class _Item:
    seq: int
    branch_id: str
    #: The entry as each audience may hold it (wire.Audience): personal data only for a clerk.
    json: dict[Audience, bytes]


@dataclass(eq=False, slots=True)
class _Poll:
    """One waiting feed request of a device."""

    wake: asyncio.Future[None] | None = None
    replaced: bool = False  # a newer poll of the same device took its place


def _encoded(message: dict[str, Any]) -> bytes:
    return json.dumps(message, separators=(",", ":")).encode()


def entry_json(
    e: FeedEntry, audience: Audience, code_key: Callable[[str], str] | None = None
) -> bytes:
    """One change as the protocol's FeedChange, encoded (kiosk.sync.protocol names the
    fields; the terminal reads it back with FeedChange.from_json)."""
    row = for_audience(e.table, e.row, audience, code_key) if e.table is not None else e.row
    return _encoded(FeedChange(e.seq, e.kind.value, e.entity_id, e.table, row).to_json())


def _item(e: FeedEntry, code_key: Callable[[str], str] | None) -> _Item:
    if e.table not in PERSONAL:  # the same for everyone
        return _Item(e.seq, e.branch_id, dict.fromkeys(Audience, entry_json(e, Audience.STAFF)))
    return _Item(e.seq, e.branch_id, {a: entry_json(e, a, code_key) for a in Audience})


def page_json(cursor: int, items: list[bytes], reset: bool = False) -> bytes:
    """The protocol's FeedPage with ``items`` (changes encoded by ``entry_json``) as its
    changes. They go in as they are: the ring encodes each change once, not once for each of a
    thousand waiting terminals."""
    empty = _encoded(FeedPage(cursor, reset).to_json())
    assert empty.endswith(b'"changes":[]}'), empty  # the changes are the page's last field
    return empty[:-2] + b",".join(items) + b"]}"


class FeedHub:
    def __init__(
        self,
        ctx: ServiceContext,
        ring_size: int = 20_000,
        poll_s: float = 0.25,
        polls_per_device: int = 2,
    ) -> None:
        self._ctx = ctx
        self._ring: deque[_Item] = deque(maxlen=ring_size)
        self._head = 0  # newest sequence number loaded into the ring
        self._floor = 0  # the ring holds every change after this one
        self._poll_s = poll_s
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._dirty = False
        self._refresher: asyncio.Task[None] | None = None
        self._poller: asyncio.Task[None] | None = None
        self._stop = threading.Event()
        self._waiters: set[asyncio.Future[None]] = set()
        self._reading = asyncio.Lock()
        self._polls_per_device = polls_per_device
        self._polls: dict[str, deque[_Poll]] = {}
        #: Keys references for kiosks (check_in.code_keyer); read at start.
        self._code_key: Callable[[str], str] | None = None
        self.waiting = 0

    # --- life cycle -------------------------------------------------------------------------

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._head = self._floor = await run_in_threadpool(catalogue.last_change, self._ctx)
        self._code_key = await run_in_threadpool(code_keyer, self._ctx, Audience.KIOSK)
        self._refresher = asyncio.create_task(self._refresh_loop())
        url = self._ctx.db.engine.url
        if url.get_backend_name() == "postgresql":
            thread = threading.Thread(target=self._listen, name="kiosk-listen", daemon=True)
            thread.start()
        else:
            self._poller = asyncio.create_task(self._poll_loop())

    async def stop(self) -> None:
        self._stop.set()
        for task in (self._refresher, self._poller):
            if task is not None:
                task.cancel()

    # --- waking -----------------------------------------------------------------------------

    def poke(self) -> None:
        """Something was written (call on the event loop)."""
        self._dirty = True
        if self._wake is not None:
            self._wake.set()

    def poke_threadsafe(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in the meantime
                loop.call_soon_threadsafe(self.poke)

    def _listen(self) -> None:
        import psycopg

        url = self._ctx.db.engine.url.set(drivername="postgresql")
        conninfo = url.render_as_string(hide_password=False)
        while not self._stop.is_set():
            try:
                with psycopg.connect(conninfo, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANGE_CHANNEL}")
                    self.poke_threadsafe()  # catch up on what was missed while reconnecting
                    while not self._stop.is_set():
                        for _ in conn.notifies(timeout=1.0):
                            self.poke_threadsafe()
            except Exception as exc:  # the database restarted: listen again shortly
                log.warning("change listener lost its connection: %s", exc)
                self._stop.wait(1.0)

    async def _poll_loop(self) -> None:
        while True:
            await asyncio.sleep(self._poll_s)
            try:
                seq = await run_in_threadpool(catalogue.last_change, self._ctx)
            except Exception as exc:
                log.warning("change poll failed: %s", exc)
                continue
            if seq != self._head:
                self.poke()

    async def _refresh_loop(self) -> None:
        """Read new changes when someone waits for them. With nobody waiting (a burst of
        tickets while no terminal polls this process), changes are read later, in one go, by
        the first request that needs them: reading after every write would cost as much as
        the write itself."""
        assert self._wake is not None
        while True:
            await self._wake.wait()
            self._wake.clear()
            if not self._dirty or not self._waiters:
                continue
            try:
                await self._catch_up()
            except Exception as exc:
                log.warning("change feed refresh failed: %s", exc)
                await asyncio.sleep(0.5)
                self._wake.set()

    async def _catch_up(self) -> None:
        """Bring the ring up to date if anything was written since the last read."""
        async with self._reading:
            if not self._dirty:
                return
            self._dirty = False
            try:
                await self._refresh()
            except Exception:
                self._dirty = True
                raise

    async def _refresh(self) -> None:
        while True:
            page = await run_in_threadpool(read_feed, self._ctx, self._head, None, PAGE_LIMIT)
            if page.reset:  # the database was replaced under us: start over
                self._ring.clear()
                self._head = self._floor = page.cursor
                break
            for e in page.entries:
                self._ring.append(_item(e, self._code_key))
            if self._ring and len(self._ring) == self._ring.maxlen:
                self._floor = self._ring[0].seq - 1
            self._head = max(self._head, page.cursor)
            if len(page.entries) < PAGE_LIMIT:
                break
        self._notify()

    def _notify(self) -> None:
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(None)
        self._waiters.clear()

    # --- answering --------------------------------------------------------------------------

    def _page(self, branch_id: str, after: int, audience: Audience) -> bytes | None:
        """A page from memory; None when there is nothing new for the branch yet, b"" when
        there is too much for one page (the caller then reads the database)."""
        items: list[bytes] = []
        for item in reversed(self._ring):
            if item.seq <= after:
                break
            if item.branch_id == branch_id:
                items.append(item.json[audience])
                if len(items) > PAGE_LIMIT:
                    return b""
        if not items:
            return None
        items.reverse()
        return page_json(self._head, items)

    async def wait_page(
        self,
        branch_id: str,
        after: int,
        wait_s: float,
        audience: Audience = Audience.SHIELDED,
        device_id: str = "",
    ) -> bytes:
        """The changes of ``branch_id`` after ``after``, as soon as there are any, or an empty
        page with an advanced cursor after ``wait_s`` seconds, or at once when a newer poll of
        ``device_id`` replaces this one. ``audience``: what the terminal may hold of personal
        data (wire.Audience)."""
        poll = self._enter(device_id)
        try:
            return await self._wait_page(branch_id, after, wait_s, audience, poll)
        finally:
            self._leave(device_id, poll)

    def _enter(self, device_id: str) -> _Poll:
        poll = _Poll()
        if not device_id:
            return poll
        polls = self._polls.setdefault(device_id, deque())
        while len(polls) >= self._polls_per_device:
            oldest = polls.popleft()
            oldest.replaced = True
            if oldest.wake is not None and not oldest.wake.done():
                oldest.wake.set_result(None)
        polls.append(poll)
        return poll

    def _leave(self, device_id: str, poll: _Poll) -> None:
        polls = self._polls.get(device_id)
        if polls is None:
            return
        if poll in polls:
            polls.remove(poll)
        if not polls:
            del self._polls[device_id]

    async def _wait_page(
        self, branch_id: str, after: int, wait_s: float, audience: Audience, poll: _Poll
    ) -> bytes:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait_s
        while True:
            await self._catch_up()
            if after > self._head and self._head > 0:
                self._dirty = True
                await self._catch_up()  # maybe we are the ones behind
                if after > self._head:
                    return page_json(self._head, [], reset=True)
            if after < self._floor:
                return await self._from_database(branch_id, after, audience)
            page = self._page(branch_id, after, audience)
            if page == b"":
                return await self._from_database(branch_id, after, audience)
            if page is not None:
                return page
            remaining = deadline - loop.time()
            if remaining <= 0 or poll.replaced:
                return page_json(max(after, self._head), [])
            fut: asyncio.Future[None] = loop.create_future()
            poll.wake = fut
            self._waiters.add(fut)
            self.waiting += 1
            try:
                await asyncio.wait_for(fut, remaining)
            except TimeoutError:
                pass
            finally:
                self.waiting -= 1
                # A poll that timed out leaves: a quiet night must not pile up its futures.
                self._waiters.discard(fut)

    async def _from_database(self, branch_id: str, after: int, audience: Audience) -> bytes:
        page = await run_in_threadpool(read_feed, self._ctx, after, branch_id, PAGE_LIMIT)
        entries = [entry_json(e, audience, self._code_key) for e in page.entries]
        return page_json(page.cursor, entries, page.reset)
