"""The sync agent of one terminal: keeps its replica in step with the server, in two threads.

- The puller reads a snapshot when the replica has none (or the server asks for one), then
  long-polls the change feed: a request waits up to ``wait_s`` seconds and returns as soon as
  anything in the branch changes. Rows are stored in the replica and announced to the screens.
- The pusher delivers the outbox oldest first, one batch at a time, and deletes items only
  once the server answered for them: a lost answer means the batch is sent again, which the
  server recognises (idempotent pushes), so every item arrives exactly once and in order.
  A kiosk's pusher also keeps enough ticket numbers leased for today and tomorrow.

When the server cannot be reached, both threads retry with a growing pause (up to
``max_retry_s``) and the agent reports OFFLINE; the terminal works on from its replica. A
server that speaks another protocol version makes it OUTDATED: it asks again only now and then
(the server may be updated meanwhile) and the screens say the terminal must be updated. A clock
off from the server's by more than the link allows is logged and reported (``on_clock``).

Residents' names reach a counter's replica only while a clerk is signed in (the link's staff
session goes with every snapshot and feed request): at sign-in the agent reads a snapshot with
names at once, at sign-out it blanks them, and a page asked for before the change is dropped
and asked again. At start, and once a day, appointments of days gone by are dropped.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from kiosk.core.changes import Change
from kiosk.services import replica
from kiosk.services.context import ServiceContext
from kiosk.services.errors import ServerUnreachable, StorageError
from kiosk.storage.sync_store import NumberBlock
from kiosk.sync.link import ProtocolMismatch, ServerLink, ServerRefused
from kiosk.sync.protocol import OutboxKind, PushItem, PushStatus

log = logging.getLogger(__name__)


class LinkState(enum.StrEnum):
    CONNECTING = "connecting"
    ONLINE = "online"
    OFFLINE = "offline"
    #: Terminal and server speak different protocol versions: one must be updated.
    OUTDATED = "outdated"


@dataclass(frozen=True, slots=True)
class SyncOptions:
    wait_s: float = 25.0  # long-poll wait
    max_retry_s: float = 5.0  # the longest pause between attempts while offline
    #: A kiosk keeps at least this many unused numbers per letter, for today and tomorrow:
    #: what it can hand out while cut off from the server.
    numbers_ahead: int = 400
    lease_every_s: float = 10.0
    push_batch: int = 200
    #: How often an OUTDATED terminal asks whether the server now speaks its version.
    outdated_retry_s: float = 60.0


class SyncAgent:
    def __init__(
        self,
        ctx: ServiceContext,
        link: ServerLink,
        branch_id: str,
        *,
        issues_tickets: bool,
        on_changes: Callable[[tuple[Change, ...]], None] = lambda _c: None,
        on_state: Callable[[LinkState], None] = lambda _s: None,
        on_clock: Callable[[float], None] = lambda _off: None,
        options: SyncOptions | None = None,
    ) -> None:
        self._ctx = ctx
        self.link = link  # public: the terminal's remote counter desk shares it
        self._branch_id = branch_id
        self._issues = issues_tickets
        #: Both may be replaced before or after start() (the screens attach later).
        self.on_changes = on_changes
        self.on_state = on_state
        #: Seconds the terminal's clock is ahead of the server's (negative: behind) once it is
        #: off by more than allowed; 0.0 when it is right again.
        self.on_clock = on_clock
        self.options = options or SyncOptions()
        self.state = LinkState.CONNECTING
        #: When the server last answered (the terminal's clock); None: not yet.
        self.last_contact: datetime | None = None
        self._stop = threading.Event()
        self._push_now = threading.Event()
        self._synced = threading.Event()  # set once the replica holds a snapshot
        self._threads: list[threading.Thread] = []
        self._need_snapshot = False
        self._last_lease = 0.0
        self._lease_lock = threading.Lock()  # the pusher and lease_now() must not both lease
        self.rejected = 0  # outbox items the server can never take (logged)
        self._tidied_on: date | None = None  # the day past appointments were last dropped
        link.session_changed = self._session_changed
        link.clock_watch.on_change = lambda off_s: self.on_clock(off_s)

    # --- life cycle -------------------------------------------------------------------------

    def start(self) -> SyncAgent:
        if replica.saved_cursor(self._ctx) is not None:
            self._synced.set()
            self._tidy()
        for name, target in (("pull", self._pull_loop), ("push", self._push_loop)):
            t = threading.Thread(target=target, name=f"kiosk-sync-{name}", daemon=True)
            t.start()
            self._threads.append(t)
        return self

    def stop(self, timeout_s: float = 2.0) -> None:
        """Stop both threads. A long poll in flight is abandoned (daemon thread)."""
        self._stop.set()
        self._push_now.set()
        for t in self._threads:
            t.join(timeout=timeout_s)
        self.link.close()

    def wait_synced(self, timeout_s: float) -> bool:
        """True once the replica holds the server's catalogue and queue (or held it before)."""
        return self._synced.wait(timeout_s)

    def push_soon(self) -> None:
        """Something went into the outbox: deliver it now rather than at the next round."""
        self._push_now.set()

    # --- state ------------------------------------------------------------------------------

    def _set_state(self, state: LinkState) -> None:
        if state is LinkState.ONLINE:
            self.last_contact = self._ctx.clock.now()
        if state is not self.state:
            log.info("link to %s: %s", self.link.base_url, state.value)
            self.state = state
            self.on_state(state)

    def _pause(self, attempt: int) -> None:
        self._stop.wait(min(self.options.max_retry_s, 0.25 * 2**attempt))

    def _keep_trying(self, name: str, step: Callable[[], None]) -> None:
        """Run ``step`` until stopped. An unreachable server means OFFLINE; any failure means a
        growing pause before the next try (never a dead thread: the terminal must heal)."""
        attempt = 0
        while not self._stop.is_set():
            try:
                step()
                attempt = 0
                continue
            except ServerUnreachable as exc:
                log.debug("%s: %s", name, exc)
                self._set_state(LinkState.OFFLINE)
            except ProtocolMismatch as exc:
                if self.state is not LinkState.OUTDATED:
                    log.error("%s: %s", name, exc.log_message)
                self._set_state(LinkState.OUTDATED)
                self._stop.wait(self.options.outdated_retry_s)
                continue
            except (ServerRefused, StorageError, KeyError, ValueError) as exc:
                log.error("%s failed: %s", name, exc)
            self._pause(attempt)
            attempt += 1

    # --- pull -------------------------------------------------------------------------------

    def _pull_loop(self) -> None:
        self._keep_trying("pull", self._pull_once)

    def _pull_once(self) -> None:
        cursor = replica.saved_cursor(self._ctx)
        session = self.link.staff_session
        if cursor is None or self._need_snapshot:
            snap = self.link.snapshot(session)
            with self.link.session_lock:
                if session != self.link.staff_session:
                    return  # asked for a clerk who left, or before one came: ask again
                done = replica.apply_snapshot(self._ctx, self._branch_id, snap.rows, snap.cursor)
                self._need_snapshot = False
            self._set_state(LinkState.ONLINE)
            self._synced.set()
            self._push_now.set()  # leases can be taken now that the catalogue is here
            self.on_changes(done.changes)
            return
        if self._tidied_on != replica.local_today(self._ctx, self._branch_id):
            self._tidy()
        page = self.link.feed(cursor, self.options.wait_s, session)
        self._set_state(LinkState.ONLINE)
        if page.reset:
            self._need_snapshot = True
            return
        if page.changes or page.cursor != cursor:
            with self.link.session_lock:
                if session != self.link.staff_session:
                    return  # see above
                fed = replica.apply_feed(self._ctx, self._branch_id, page.changes, page.cursor)
            self._need_snapshot = fed.value.needs_snapshot
            if fed.changes:
                self.on_changes(fed.changes)

    # --- personal data ----------------------------------------------------------------------

    def _tidy(self) -> None:
        """Drop appointments of days gone by; with nobody signed in, forget names that are
        still here (the terminal stopped while a clerk was signed in). A replica that had
        something to forget reads a fresh snapshot: a kiosk's then has its keyed codes."""
        self._tidied_on = replica.local_today(self._ctx, self._branch_id)
        changes = replica.drop_past(self._ctx, self._branch_id).changes
        with self.link.session_lock:
            if self.link.staff_session is None:
                forgot = replica.forget_personal(self._ctx, self._branch_id)
                changes += forgot.changes
                self._need_snapshot = self._need_snapshot or forgot.value > 0
        if changes:
            self.on_changes(changes)

    def _session_changed(self, session: str | None) -> None:
        """The link's clerk changed (under its session lock): names come now, or go now."""
        if session is None:
            done = replica.forget_personal(self._ctx, self._branch_id)
        else:
            try:
                snap = self.link.snapshot(session)
                done = replica.apply_snapshot(self._ctx, self._branch_id, snap.rows, snap.cursor)
            except (ServerUnreachable, ServerRefused, StorageError, KeyError, ValueError) as exc:
                log.warning("event=names_after_sign_in_later error=%s", type(exc).__name__)
                self._need_snapshot = True  # the puller reads it with the session
                return
        if done.changes:
            self.on_changes(done.changes)

    # --- push -------------------------------------------------------------------------------

    def _push_loop(self) -> None:
        self._keep_trying("push", self._push_round)

    def _push_round(self) -> None:
        busy = self._push_once()
        if self._issues and self._synced.is_set():
            self._lease_if_due()
        if not busy:
            self._push_now.wait(2.0)
            self._push_now.clear()

    def _push_once(self) -> bool:
        """Deliver one batch; True when there may be more."""
        items = replica.pending(self._ctx, self.options.push_batch)
        if not items:
            return False
        results = self.link.push([PushItem(i.id, OutboxKind(i.kind), i.payload) for i in items])
        self._set_state(LinkState.ONLINE)
        answered = {r.id: r.status for r in results}
        for r in results:
            if r.status is PushStatus.REJECTED:
                item = next(i for i in items if i.id == r.id)
                # Never the payload: a ticket's carries its status-page token.
                log.error(
                    "event=outbox_item_refused item=%s kind=%s reason=%r",
                    item.id,
                    item.kind,
                    r.reason,
                )
                self.rejected += 1  # after the log line: a reader of the count finds it there
        done = [i.id for i in items if answered.get(i.id, PushStatus.LATER) is not PushStatus.LATER]
        replica.delivered(self._ctx, done)
        # Items the server wants later stay; a full batch of them must not spin.
        return len(items) == self.options.push_batch and len(done) > 0

    def _lease_if_due(self, force: bool = False) -> None:
        with self._lease_lock:
            self._lease_locked(force)

    def _lease_locked(self, force: bool) -> None:
        now = time.monotonic()
        if not force and now - self._last_lease < self.options.lease_every_s:
            return
        today = replica.local_today(self._ctx, self._branch_id)
        days = [today, today + timedelta(days=1)]
        for day, letter, short in replica.numbers_to_lease(
            self._ctx, self._branch_id, days, self.options.numbers_ahead
        ):
            self._lease(day, letter, short)
        self._last_lease = now

    def _lease(self, day: date, letter: str, count: int) -> None:
        got: dict[str, Any] = self.link.lease(day, letter, count)
        replica.keep_lease(
            self._ctx,
            NumberBlock(
                id=got["id"],
                branch_id=self._branch_id,
                day=date.fromisoformat(got["day"]),
                letter=got["letter"],
                device_id=self._ctx.replica_device_id or "",
                first=int(got["first"]),
                last=int(got["last"]),
            ),
        )

    def lease_now(self) -> None:
        """Take the leases a kiosk needs before it may go offline (tests, start-up)."""
        self._lease_if_due(force=True)
