"""The server's look for counters left open by a console that went silent (issue 12 point 6).

A console renews its counter's lease every third of ``[counter] lease_s``. One that crashed,
lost power or lost the network stops; the server's own estimates skip its counter as soon as
the lease runs out, but the terminals' replicas only know ``counters.is_open``. So every
``[server] abandoned_counters_every_s`` this process runs ``close_abandoned_counters`` on its
writer thread: the counter is closed with the change a clerk's closing makes, the feed carries
it to every terminal of the branch, and their estimates follow. With several server processes
each looks; the use case is idempotent, so a counter is closed once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from concurrent.futures import Executor

from kiosk.server.feed_hub import FeedHub
from kiosk.services.context import ServiceContext
from kiosk.services.counter_leases import close_abandoned_counters

log = logging.getLogger(__name__)


class AbandonedCounters:
    def __init__(self, ctx: ServiceContext, hub: FeedHub, writer: Executor, every_s: float) -> None:
        self._ctx = ctx
        self._hub = hub
        self._writer = writer
        self._every_s = every_s
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def look(self) -> int:
        """Close the counters abandoned by now; how many."""
        loop = asyncio.get_running_loop()
        done = await loop.run_in_executor(self._writer, close_abandoned_counters, self._ctx)
        if done.changes:
            self._hub.poke()  # answer the branch's long polls now
        return len(done.value)

    async def _run(self) -> None:
        # The first look at once: a server that was down longer than a lease finds desks whose
        # consoles never came back.
        while True:
            try:
                await self.look()
            except Exception as exc:  # the database is away: look again next time
                log.warning("looking for abandoned counters failed: %s", exc)
            await asyncio.sleep(self._every_s)
