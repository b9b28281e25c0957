"""Use cases at the counter: open the desk, call the next resident, recall, no-show, transfer,
park, resume, finish. Each is one transaction and returns what changed.

Conflict rule: when two counters race for the same ticket, the ticket's version check lets one
win; the other silently retries and gets the next ticket (the clerk never sees an error).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from kiosk.core import queueing
from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import (
    ACTIVE_STATES,
    Call,
    Counter,
    Outcome,
    Ticket,
    TicketState,
    new_id,
)
from kiosk.services.context import Done, ServiceContext, Tx
from kiosk.storage import call_store, catalogue_store, ticket_store
from kiosk.storage.errors import ConcurrentChange

MAX_RACE_RETRIES = 5


@dataclass(frozen=True, slots=True)
class Called:
    """The ticket a counter just called, and the call announced on the display."""

    ticket: Ticket
    call: Call
    finished: Ticket | None = None  # the visit that "call next" closed first, if any


def _ticket_change(t: Ticket) -> Change:
    return Change(ChangeKind.TICKET, t.id, t.branch_id)


def _announce(conn: Tx, counter: Counter, t: Ticket, now: datetime, recall: bool) -> Call:
    call = Call(
        id=new_id(),
        branch_id=t.branch_id,
        ticket_id=t.id,
        ticket_number=t.display_number,
        counter_id=counter.id,
        counter_number=counter.number,
        counter_name=counter.name,
        service_id=t.service_id,
        at=now,
        recall=recall,
    )
    return replace(call, seq=call_store.insert_call(conn, call))


def _close_visit(
    conn: Tx, counter_id: str, now: datetime, outcome: Outcome
) -> tuple[Ticket | None, list[Change]]:
    """Finish the visit at the desk, if any, before the counter calls someone else."""
    finished = None
    changes: list[Change] = []
    for t in ticket_store.tickets_at_counter(conn, counter_id):
        if t.state in ACTIVE_STATES:
            finished = queueing.finish(t, counter_id, now, outcome)
            ticket_store.save_ticket(conn, t, finished)
            changes.append(_ticket_change(finished))
    return finished, changes


def open_counter(ctx: ServiceContext, counter_id: str, is_open: bool = True) -> Done[Counter]:
    """Mark the desk open (it counts for waiting-time estimates) or closed."""
    with ctx.db.write() as conn:
        c = catalogue_store.counter(conn, counter_id)
        catalogue_store.set_counter_open(conn, counter_id, is_open)
        changes = ctx.commit_changes(conn, [Change(ChangeKind.COUNTER, c.id, c.branch_id)])
    ctx.forget_cached()  # estimates here count open counters: use the new figure at once
    return Done(c, changes)


def call_next(
    ctx: ServiceContext, counter_id: str, outcome: Outcome = Outcome.HELPED
) -> Done[Called | None]:
    """Close the visit in progress (with ``outcome``) and call the next resident.

    Returns None as the value when nobody waits for this counter.
    """
    for _ in range(MAX_RACE_RETRIES):
        try:
            return _call_next_once(ctx, counter_id, outcome)
        except ConcurrentChange:
            continue
    raise ConcurrentChange(counter_id)


def _counter(ctx: ServiceContext, conn: Tx, counter_id: str) -> Counter:
    """The counter and the services it serves; reused for a few seconds (it rarely changes)."""
    found: Counter = ctx.cached(
        ("counter", counter_id), lambda: catalogue_store.counter(conn, counter_id)
    )
    return found


def _call_next_once(ctx: ServiceContext, counter_id: str, outcome: Outcome) -> Done[Called | None]:
    with ctx.db.write() as conn:
        counter = _counter(ctx, conn, counter_id)
        now = ctx.clock.now()
        finished, changes = _close_visit(conn, counter_id, now, outcome)
        day = ctx.local_day(conn, counter.branch_id, now)
        nxt = queueing.pick_next(
            ticket_store.line_heads(conn, counter, day), counter, now, ctx.rules
        )
        if nxt is None:
            done_changes = ctx.commit_changes(conn, changes)
            return Done(None, done_changes)
        called = queueing.call(nxt, counter, now)
        ticket_store.save_ticket(conn, nxt, called)
        call = _announce(conn, counter, called, now, recall=False)
        changes += [_ticket_change(called), Change(ChangeKind.CALL, call.id, called.branch_id)]
        done_changes = ctx.commit_changes(conn, changes)
    return Done(Called(called, call, finished), done_changes)


def call_ticket(ctx: ServiceContext, counter_id: str, ticket_id: str) -> Done[Called]:
    """Call one particular waiting ticket (the clerk picked it from the list)."""
    with ctx.db.write() as conn:
        counter = catalogue_store.counter(conn, counter_id)
        now = ctx.clock.now()
        _, changes = _close_visit(conn, counter_id, now, Outcome.HELPED)
        before = ticket_store.ticket(conn, ticket_id)
        called = queueing.call(before, counter, now)
        ticket_store.save_ticket(conn, before, called)
        call = _announce(conn, counter, called, now, recall=False)
        changes += [_ticket_change(called), Change(ChangeKind.CALL, call.id, called.branch_id)]
        return Done(Called(called, call), ctx.commit_changes(conn, changes))


def recall(ctx: ServiceContext, counter_id: str, ticket_id: str) -> Done[Called]:
    """Call the same resident again (announced again on the display)."""
    with ctx.db.write() as conn:
        counter = catalogue_store.counter(conn, counter_id)
        before = ticket_store.ticket(conn, ticket_id)
        now = ctx.clock.now()
        after = queueing.recall(before, counter_id, now, ctx.rules)
        ticket_store.save_ticket(conn, before, after)
        call = _announce(conn, counter, after, now, recall=True)
        changes = [_ticket_change(after), Change(ChangeKind.CALL, call.id, after.branch_id)]
        return Done(Called(after, call), ctx.commit_changes(conn, changes))


def _step(ctx: ServiceContext, ticket_id: str, fn) -> Done[Ticket]:  # type: ignore[no-untyped-def]
    with ctx.db.write() as conn:
        before = ticket_store.ticket(conn, ticket_id)
        after = fn(before, ctx.clock.now())
        ticket_store.save_ticket(conn, before, after)
        return Done(after, ctx.commit_changes(conn, [_ticket_change(after)]))


def start_serving(ctx: ServiceContext, counter_id: str, ticket_id: str) -> Done[Ticket]:
    return _step(ctx, ticket_id, lambda t, now: queueing.start_serving(t, counter_id, now))


def finish(
    ctx: ServiceContext, counter_id: str, ticket_id: str, outcome: Outcome = Outcome.HELPED
) -> Done[Ticket]:
    return _step(ctx, ticket_id, lambda t, now: queueing.finish(t, counter_id, now, outcome))


def mark_no_show(ctx: ServiceContext, counter_id: str, ticket_id: str) -> Done[Ticket]:
    return _step(
        ctx, ticket_id, lambda t, now: queueing.mark_no_show(t, counter_id, now, ctx.rules)
    )


def reactivate(ctx: ServiceContext, ticket_id: str) -> Done[Ticket]:
    """Put a no-show resident back in line (they came back in time), at their old place."""
    return _step(ctx, ticket_id, lambda t, now: queueing.reactivate(t, now, ctx.rules))


def transfer(
    ctx: ServiceContext,
    counter_id: str,
    ticket_id: str,
    service_id: str,
    target_counter_id: str | None = None,
) -> Done[Ticket]:
    """Send the resident to another service of this branch, optionally to a named counter of
    this branch that serves it. Anything else is refused: the ticket would wait forever."""
    with ctx.db.write() as conn:
        before = ticket_store.ticket(conn, ticket_id)
        if catalogue_store.offered_service(conn, before.branch_id, service_id) is None:
            raise queueing.QueueError(queueing.Refusal.SERVICE_NOT_SERVED, service_id)
        if target_counter_id is not None:
            target = catalogue_store.counter(conn, target_counter_id)
            if target.branch_id != before.branch_id or not target.serves(service_id):
                raise queueing.QueueError(queueing.Refusal.SERVICE_NOT_SERVED, target_counter_id)
        after = queueing.transfer(
            before,
            counter_id,
            ctx.clock.now(),
            service_id=service_id,
            target_counter_id=target_counter_id,
        )
        ticket_store.save_ticket(conn, before, after)
        return Done(after, ctx.commit_changes(conn, [_ticket_change(after)]))


def park(ctx: ServiceContext, counter_id: str, ticket_id: str) -> Done[Ticket]:
    return _step(ctx, ticket_id, lambda t, now: queueing.park(t, counter_id, now))


def resume(ctx: ServiceContext, counter_id: str, ticket_id: str) -> Done[Ticket]:
    """Take a parked visit up again; refused while another resident is at the desk."""
    with ctx.db.write() as conn:
        at_desk = ticket_store.tickets_at_counter(conn, counter_id)
        if any(t.state in ACTIVE_STATES for t in at_desk):
            raise queueing.QueueError(queueing.Refusal.COUNTER_BUSY, counter_id)
        before = ticket_store.ticket(conn, ticket_id)
        after = queueing.resume(before, counter_id, ctx.clock.now())
        ticket_store.save_ticket(conn, before, after)
        return Done(after, ctx.commit_changes(conn, [_ticket_change(after)]))


def no_shows_today(ctx: ServiceContext, branch_id: str, limit: int = 20) -> list[Ticket]:
    """Today's no-shows at the branch, newest first: the ones a clerk may put back in line."""
    with ctx.db.read() as conn:
        day = ctx.local_day(conn, branch_id, ctx.clock.now())
        return ticket_store.no_shows_of_day(conn, branch_id, day, limit)


@dataclass(frozen=True, slots=True)
class CounterView:
    """Everything the counter console shows, read in one go."""

    counter: Counter
    waiting: tuple[Ticket, ...]  # in the order this counter would call them
    active: Ticket | None
    parked: tuple[Ticket, ...]
    served_today: int
    no_show_today: int
    waiting_total: int


def counter_view(ctx: ServiceContext, counter_id: str) -> CounterView:
    with ctx.db.read() as conn:
        counter = catalogue_store.counter(conn, counter_id)
        now = ctx.clock.now()
        day = ctx.local_day(conn, counter.branch_id, now)
        waiting = ticket_store.waiting_tickets(conn, counter.branch_id, day)
        ordered = queueing.order_for_counter(waiting, counter, now, ctx.rules)
        mine = ticket_store.tickets_at_counter(conn, counter_id)
        active = next((t for t in mine if t.state in ACTIVE_STATES), None)
        parked = tuple(t for t in mine if t.state == TicketState.PARKED)
        counts = ticket_store.state_counts(conn, counter.branch_id, day, counter_id=None)
        mine_counts = ticket_store.state_counts(conn, counter.branch_id, day, counter_id=counter_id)
        return CounterView(
            counter=counter,
            waiting=tuple(ordered),
            active=active,
            parked=parked,
            served_today=mine_counts.get(TicketState.DONE, 0),
            no_show_today=counts.get(TicketState.NO_SHOW, 0),
            waiting_total=len(waiting),
        )
