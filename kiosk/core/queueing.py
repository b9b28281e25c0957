"""Who is next: the queue engine, as pure functions over plain data.

The rule (documented for staff in README "How the queue decides"):

1. A counter only calls tickets of services it serves, and tickets sent to another counter
   (a transfer to a named counter) are only called there.
2. Each candidate gets a score: seconds waited since arrival, times the counter's weight for that
   service (1.0 for its main work, lower for help-out work), plus ``priority_boost_s`` seconds for
   a priority ticket (elderly, disability, pregnancy, or set by staff). Highest score goes first;
   ties go to the counter's main work (higher weight), then the earlier arrival, then the
   lower number.
3. A checked-in appointment waits like a walk-in (from its check-in) until it is due; from its
   due time its score is the seconds since it became due plus ``appointment_boost_s``, so at
   its time it is called ahead of walk-ins, earliest due first.
4. Because every score grows with waiting time, any ticket eventually outranks newer ones: this is
   the aging that keeps a busy service from starving a quiet one, and keeps a stream of priority
   tickets from starving the rest (a normal ticket that waited ``priority_boost_s`` longer wins).

Pitfall: the score depends on *now*; always pass the same ``now`` for one decision.

Within one service and one priority class the order is strictly first come, first served; the
property tests in tests/core/test_queueing.py hold the engine to that and to the other invariants.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from kiosk.core.model import (
    ACTIVE_STATES,
    AT_COUNTER_STATES,
    WAITING_STATES,
    Counter,
    Outcome,
    PriorityReason,
    QueueRules,
    Ticket,
    TicketState,
)


class Refusal(enum.StrEnum):
    """Why the engine refuses a step. The UI turns each into plain words."""

    NOT_WAITING = "not_waiting"
    NOT_AT_THIS_COUNTER = "not_at_this_counter"
    NOT_ACTIVE = "not_active"
    NOT_PARKED = "not_parked"
    RECALL_TOO_SOON = "recall_too_soon"
    TOO_FEW_RECALLS = "too_few_recalls"
    REACTIVATION_EXPIRED = "reactivation_expired"
    NOT_NO_SHOW = "not_no_show"
    COUNTER_BUSY = "counter_busy"
    SERVICE_NOT_SERVED = "service_not_served"
    ALREADY_FINISHED = "already_finished"


class QueueError(Exception):
    """A queue step that is not allowed now. ``refusal`` says why, for the UI to word."""

    def __init__(self, refusal: Refusal, detail: str = "") -> None:
        super().__init__(f"{refusal.value}: {detail}" if detail else refusal.value)
        self.refusal = refusal
        self.detail = detail


def eligible(ticket: Ticket, counter: Counter) -> bool:
    """True when ``counter`` may call ``ticket`` now."""
    if ticket.state not in WAITING_STATES or ticket.branch_id != counter.branch_id:
        return False
    if ticket.target_counter_id is not None:
        return ticket.target_counter_id == counter.id
    return counter.serves(ticket.service_id)


def score(ticket: Ticket, counter: Counter, now: datetime, rules: QueueRules) -> float:
    """Higher goes first. See the module docstring for the rule."""
    weight = _weight(ticket, counter)
    if ticket.due_at is not None and now >= ticket.due_at:
        # Continuous enough: before its time the score is at most (check-in window + priority
        # boost), well below appointment_boost_s, so a ticket's score never drops.
        return (now - ticket.due_at).total_seconds() * weight + rules.appointment_boost_s
    waited = max(0.0, (now - ticket.arrived_at).total_seconds())
    boost = rules.priority_boost_s if ticket.priority is not None else 0.0
    return waited * weight + boost


def _weight(ticket: Ticket, counter: Counter) -> float:
    # A ticket sent to this very counter counts at full weight: the clerk asked for it.
    return 1.0 if ticket.target_counter_id == counter.id else counter.weight(ticket.service_id)


def sort_key(
    ticket: Ticket, counter: Counter, now: datetime, rules: QueueRules
) -> tuple[float, float, datetime, int, str]:
    """Ascending order = call order. Equal scores go to the counter's main work first, then
    the earlier arrival."""
    return (
        -score(ticket, counter, now, rules),
        -_weight(ticket, counter),
        ticket.arrived_at,
        ticket.number,
        ticket.id,
    )


def order_for_counter(
    tickets: Iterable[Ticket], counter: Counter, now: datetime, rules: QueueRules
) -> list[Ticket]:
    """The waiting tickets ``counter`` may call, in the order it would call them."""
    candidates = [t for t in tickets if eligible(t, counter)]
    candidates.sort(key=lambda t: sort_key(t, counter, now, rules))
    return candidates


def pick_next(
    tickets: Iterable[Ticket], counter: Counter, now: datetime, rules: QueueRules
) -> Ticket | None:
    """The ticket ``counter`` calls next, or None when nobody waits for it."""
    best: Ticket | None = None
    best_key: tuple[float, float, datetime, int, str] | None = None
    for t in tickets:
        if not eligible(t, counter):
            continue
        key = sort_key(t, counter, now, rules)
        if best_key is None or key < best_key:
            best, best_key = t, key
    return best


def queue_heads(tickets: Iterable[Ticket]) -> list[Ticket]:
    """The first-arrived ticket of each (service, priority?, target counter) line, plus every
    appointment ticket.

    Within one walk-in line the score only grows with waiting time, so only the head of each
    line can win ``pick_next``. Appointment tickets do not order by arrival alone (their due
    time counts), and there are few of them, so all are kept. Storage uses this to fetch a
    handful of rows instead of every waiting ticket; ``pick_next(queue_heads(ts)) ==
    pick_next(ts)`` is a tested property.
    """
    heads: dict[tuple[str, bool, str | None], Ticket] = {}
    appointments: list[Ticket] = []
    for t in tickets:
        if t.state not in WAITING_STATES:
            continue
        if t.due_at is not None:
            appointments.append(t)
            continue
        line = (t.service_id, t.priority is not None, t.target_counter_id)
        cur = heads.get(line)
        if cur is None or (t.arrived_at, t.number, t.id) < (cur.arrived_at, cur.number, cur.id):
            heads[line] = t
    return [*heads.values(), *appointments]


# --- transitions: each returns the new ticket, or raises QueueError -------------------------


def _bump(t: Ticket, **changes: object) -> Ticket:
    return replace(t, version=t.version + 1, **changes)  # type: ignore[arg-type]


def call(ticket: Ticket, counter: Counter, now: datetime) -> Ticket:
    """WAITING/TRANSFERRED -> CALLED at ``counter``."""
    if not eligible(ticket, counter):
        if ticket.state not in WAITING_STATES:
            raise QueueError(Refusal.NOT_WAITING, ticket.id)
        raise QueueError(Refusal.SERVICE_NOT_SERVED, ticket.id)
    return _bump(
        ticket,
        state=TicketState.CALLED,
        counter_id=counter.id,
        target_counter_id=None,
        called_at=now,
        last_called_at=now,
        recalls=0,
    )


def _require_active_here(ticket: Ticket, counter_id: str) -> None:
    if ticket.counter_id != counter_id or ticket.state not in AT_COUNTER_STATES:
        raise QueueError(Refusal.NOT_AT_THIS_COUNTER, ticket.id)
    if ticket.state not in ACTIVE_STATES:
        raise QueueError(Refusal.NOT_ACTIVE, ticket.id)


def recall(ticket: Ticket, counter_id: str, now: datetime, rules: QueueRules) -> Ticket:
    """Call the same ticket again, at most once per ``recall_min_interval_s``."""
    _require_active_here(ticket, counter_id)
    if ticket.state != TicketState.CALLED:
        raise QueueError(Refusal.NOT_ACTIVE, "already being served")
    last = ticket.last_called_at or ticket.called_at or now
    if (now - last).total_seconds() < rules.recall_min_interval_s:
        raise QueueError(Refusal.RECALL_TOO_SOON, ticket.id)
    return _bump(ticket, recalls=ticket.recalls + 1, last_called_at=now)


def can_mark_no_show(ticket: Ticket, rules: QueueRules) -> bool:
    return ticket.state == TicketState.CALLED and ticket.recalls >= rules.recalls_before_no_show


def mark_no_show(ticket: Ticket, counter_id: str, now: datetime, rules: QueueRules) -> Ticket:
    """CALLED -> NO_SHOW, only after ``recalls_before_no_show`` recalls nobody answered."""
    _require_active_here(ticket, counter_id)
    if not can_mark_no_show(ticket, rules):
        raise QueueError(Refusal.TOO_FEW_RECALLS, ticket.id)
    return _bump(ticket, state=TicketState.NO_SHOW, no_show_at=now, counter_id=None)


def reactivate(ticket: Ticket, now: datetime, rules: QueueRules) -> Ticket:
    """NO_SHOW -> WAITING within the window, keeping the original arrival (the resident was
    here; they only missed the call)."""
    if ticket.state != TicketState.NO_SHOW or ticket.no_show_at is None:
        raise QueueError(Refusal.NOT_NO_SHOW, ticket.id)
    if (now - ticket.no_show_at).total_seconds() > rules.reactivation_window_s:
        raise QueueError(Refusal.REACTIVATION_EXPIRED, ticket.id)
    return _bump(ticket, state=TicketState.WAITING, counter_id=None, recalls=0)


def start_serving(ticket: Ticket, counter_id: str, now: datetime) -> Ticket:
    """CALLED -> SERVING: the resident is at the desk."""
    _require_active_here(ticket, counter_id)
    if ticket.state == TicketState.SERVING:
        return ticket
    return _bump(ticket, state=TicketState.SERVING, serving_at=now)


def finish(ticket: Ticket, counter_id: str, now: datetime, outcome: Outcome) -> Ticket:
    """CALLED/SERVING -> DONE with an outcome.

    Clerks often go straight from the call to "next" without pressing "is here": the visit then
    counts from the last call, so its length still feeds the waiting-time estimate truly."""
    _require_active_here(ticket, counter_id)
    started = ticket.serving_at or ticket.last_called_at or ticket.called_at or now
    return _bump(ticket, state=TicketState.DONE, done_at=now, serving_at=started, outcome=outcome)


def transfer(
    ticket: Ticket,
    counter_id: str,
    now: datetime,
    *,
    service_id: str,
    target_counter_id: str | None = None,
) -> Ticket:
    """Send the resident to another service (and optionally a named counter), keeping their
    original arrival time so they do not start at the back of the line."""
    if ticket.counter_id != counter_id or ticket.state not in AT_COUNTER_STATES:
        raise QueueError(Refusal.NOT_AT_THIS_COUNTER, ticket.id)
    return _bump(
        ticket,
        state=TicketState.TRANSFERRED,
        service_id=service_id,
        target_counter_id=target_counter_id,
        counter_id=None,
        transferred_at=now,
        recalls=0,
    )


def park(ticket: Ticket, counter_id: str, now: datetime) -> Ticket:
    """Put a visit on hold (the resident fetches a photo); the counter may call others meanwhile.
    The ticket stays with this counter."""
    _require_active_here(ticket, counter_id)
    return _bump(ticket, state=TicketState.PARKED, parked_at=now)


def resume(ticket: Ticket, counter_id: str, now: datetime) -> Ticket:
    """PARKED -> SERVING at the counter that parked it."""
    if ticket.state != TicketState.PARKED:
        raise QueueError(Refusal.NOT_PARKED, ticket.id)
    if ticket.counter_id != counter_id:
        raise QueueError(Refusal.NOT_AT_THIS_COUNTER, ticket.id)
    return _bump(ticket, state=TicketState.SERVING, serving_at=ticket.serving_at or now)


def set_priority(ticket: Ticket, reason: PriorityReason | None) -> Ticket:
    """Staff give a waiting resident priority (or take it away). Only while in line: once called
    the order no longer matters. Arrival time is kept either way."""
    if ticket.state not in WAITING_STATES:
        raise QueueError(Refusal.NOT_WAITING, ticket.id)
    if ticket.priority == reason:
        return ticket
    return _bump(ticket, priority=reason)


def cancel(ticket: Ticket, now: datetime) -> Ticket:
    if ticket.state in (TicketState.DONE, TicketState.CANCELLED):
        raise QueueError(Refusal.ALREADY_FINISHED, ticket.id)
    return _bump(ticket, state=TicketState.CANCELLED, cancelled_at=now, counter_id=None)


def active_at_counter(tickets: Sequence[Ticket], counter_id: str) -> Ticket | None:
    """The ticket the counter is busy with (called or serving), if any."""
    for t in tickets:
        if t.counter_id == counter_id and t.state in ACTIVE_STATES:
            return t
    return None


@dataclass(frozen=True, slots=True)
class Position:
    """Where a waiting ticket stands: how many go before it for its service."""

    people_ahead: int


def people_ahead(
    ticket: Ticket, waiting: Iterable[Ticket], rules: QueueRules, now: datetime
) -> int:
    """Waiting tickets of the same service that would be called before ``ticket``.

    Counts by the service line (same as the kiosk tells the resident), not per counter: priority
    tickets count as ahead unless the ticket is priority itself; equal-priority ones by arrival;
    appointments at their time count as ahead of walk-ins.
    """

    def rank(t: Ticket) -> tuple[float, datetime, int]:
        if t.due_at is not None and now >= t.due_at:  # an appointment at its time
            due = (now - t.due_at).total_seconds() + rules.appointment_boost_s
            return (-due, t.arrived_at, t.number)
        boost = rules.priority_boost_s if t.priority is not None else 0.0
        return (-((now - t.arrived_at).total_seconds() + boost), t.arrived_at, t.number)

    mine = rank(ticket)
    return sum(
        1
        for t in waiting
        if t.id != ticket.id
        and t.state in WAITING_STATES
        and t.service_id == ticket.service_id
        and rank(t) < mine
    )
