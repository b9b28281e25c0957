"""Opening, keeping and closing a counter with a lease (kiosk/core/counter_lease.py).

``open_leased`` is "open the desk" for one console: refused (CounterTaken, naming the other
console) while another console's lease runs. ``renew`` is the console's heartbeat: it keeps the
lease running, and says CounterTaken when another console took the counter meanwhile (this one
had gone silent too long). ``close_leased`` gives the lease back and closes the desk; a console
whose lease another took closes nothing, the desk is the other's now.

``close_abandoned_counters`` is the server's side of a console that stopped renewing (crashed,
unplugged, cut off): its counter is closed, as a clerk closes it, so the change reaches every
terminal's replica and their waiting estimates stop counting that desk. The console, once back,
renews and so opens its desk again (``renew``), unless another console took it meanwhile.
"""

from __future__ import annotations

import logging

from kiosk.core import counter_lease as rules
from kiosk.core.changes import Change, ChangeKind
from kiosk.core.counter_lease import CounterLease, LeaseHolder
from kiosk.core.model import Counter
from kiosk.services.context import Done, ServiceContext, Tx
from kiosk.storage import catalogue_store, sync_store
from kiosk.storage import counter_lease_store as store

log = logging.getLogger(__name__)


def _opened(ctx: ServiceContext, conn: Tx, counter: Counter, is_open: bool) -> tuple[Change, ...]:
    catalogue_store.set_counter_open(conn, counter.id, is_open)
    return ctx.commit_changes(conn, [Change(ChangeKind.COUNTER, counter.id, counter.branch_id)])


def open_leased(
    ctx: ServiceContext, counter_id: str, holder: LeaseHolder, length_s: int
) -> Done[Counter]:
    """Take the counter's lease for ``length_s`` seconds and mark the desk open."""
    with ctx.db.write() as conn:
        counter = catalogue_store.counter(conn, counter_id)
        now = ctx.clock.now()
        store.save_lease(
            conn, rules.take(store.lease(conn, counter_id), counter_id, holder, now, length_s)
        )
        changes = _opened(ctx, conn, counter, True)
    ctx.forget_cached()  # estimates count open counters: use the new figure at once
    return Done(counter, changes)


def renew(
    ctx: ServiceContext, counter_id: str, holder: LeaseHolder, length_s: int
) -> Done[Counter]:
    """The heartbeat: the lease runs ``length_s`` seconds from now. A lease that ran out while
    nobody else took the counter is simply taken again (the desk is marked open again)."""
    with ctx.db.write() as conn:
        counter = catalogue_store.counter(conn, counter_id)
        now = ctx.clock.now()
        current = store.lease(conn, counter_id)
        store.save_lease(conn, rules.take(current, counter_id, holder, now, length_s))
        changes: tuple[Change, ...] = ()
        if current is None or not current.is_live(now):
            changes = _opened(ctx, conn, counter, True)
    if changes:
        ctx.forget_cached()
    return Done(counter, changes)


def close_leased(ctx: ServiceContext, counter_id: str, holder: LeaseHolder) -> Done[Counter]:
    """Give the lease back and mark the desk closed, unless another console holds it now."""
    with ctx.db.write() as conn:
        counter = catalogue_store.counter(conn, counter_id)
        current = store.lease(conn, counter_id)
        if current is not None and not rules.may_take(current, holder, ctx.clock.now()):
            return Done(counter, ())  # the other console's desk: leave it open
        store.drop_lease(conn, counter_id)
        changes = _opened(ctx, conn, counter, False)
    ctx.forget_cached()
    return Done(counter, changes)


def lease_of(ctx: ServiceContext, counter_id: str) -> CounterLease | None:
    """The counter's lease as stored (run out or not); None if nobody took it."""
    with ctx.db.read() as conn:
        return store.lease(conn, counter_id)


def close_abandoned_counters(ctx: ServiceContext) -> Done[tuple[CounterLease, ...]]:
    """Close every open counter whose console's lease ran out (no heartbeat for its length),
    with the change a clerk's closing makes; the value: the leases that ended so.

    Idempotent: a counter closed here has no lease left to run out. A console that renews in
    the meantime keeps its desk: the lease is dropped only if it is still run out within this
    transaction. Each closing is logged and noted in the audit log with the counter and the
    console's device."""
    now = ctx.clock.now()
    with ctx.db.read() as conn:  # the usual answer is "none": no write transaction for it
        if not store.run_out_on_open_counters(conn, now):
            return Done(())
    closed: list[CounterLease] = []
    changes: list[Change] = []
    with ctx.db.write() as conn:
        for lease in store.run_out_on_open_counters(conn, now):
            if not store.drop_lease_if_run_out(conn, lease.counter_id, now):
                continue  # renewed (or closed) just now
            counter = catalogue_store.counter(conn, lease.counter_id)
            catalogue_store.set_counter_open(conn, counter.id, False)
            changes.append(Change(ChangeKind.COUNTER, counter.id, counter.branch_id))
            sync_store.add_audit(
                conn,
                at=now,
                branch_id=counter.branch_id,
                device_id=device_of(lease.holder),
                action="counter_abandoned",
                actor="server",
                detail=f"{counter.name}: no heartbeat from {lease.holder.name} since the lease "
                f"ended at {lease.expires_at.isoformat()}",
            )
            closed.append(lease)
        logged = ctx.commit_changes(conn, changes)
    for lease in closed:
        log.info(
            "event=counter_abandoned counter=%s device=%s lease_ended=%s",
            lease.counter_id,
            device_of(lease.holder),
            lease.expires_at.isoformat(),
        )
    if closed:
        ctx.forget_cached()  # estimates here count open counters: use the new figure at once
    return Done(tuple(closed), logged)


def device_of(holder: LeaseHolder) -> str:
    """The device a lease's holder works on: a console names itself ``<device>/<console>``,
    and the server puts the calling terminal's device id in front of that."""
    return holder.id.split("/", 1)[0]
