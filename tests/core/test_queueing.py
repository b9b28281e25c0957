"""The queue engine's rules and invariants (hypothesis for the invariants)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core import queueing as q
from kiosk.core.model import (
    AT_COUNTER_STATES,
    Counter,
    CounterKind,
    CounterSkill,
    Outcome,
    PriorityReason,
    QueueRules,
    Ticket,
    TicketState,
)

T0 = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
RULES = QueueRules()
SERVICES = ["s-id", "s-pass", "s-move"]


def make_ticket(n: int, service: str = "s-id", at: float = 0.0, prio: bool = False) -> Ticket:
    when = T0 + timedelta(seconds=at)
    return Ticket(
        id=f"t{n}",
        branch_id="b",
        service_id=service,
        day=date(2026, 11, 30),
        letter="A",
        number=n,
        state=TicketState.WAITING,
        issued_at=when,
        arrived_at=when,
        token=f"tok{n}",
        priority=PriorityReason.ELDERLY if prio else None,
    )


def make_counter(cid: str = "c1", weights: dict[str, float] | None = None) -> Counter:
    weights = weights or {"s-id": 1.0}
    return Counter(
        id=cid,
        branch_id="b",
        number=1,
        name="Loket 1",
        kind=CounterKind.DESK,
        skills=tuple(CounterSkill(s, w) for s, w in weights.items()),
    )


def test_longest_waiting_goes_first() -> None:
    c = make_counter()
    ts = [make_ticket(2, at=60), make_ticket(1, at=0)]
    assert q.pick_next(ts, c, T0 + timedelta(minutes=5), RULES).id == "t1"


def test_priority_goes_first() -> None:
    c = make_counter()
    ts = [make_ticket(1, at=0), make_ticket(2, at=300, prio=True)]
    assert q.pick_next(ts, c, T0 + timedelta(minutes=10), RULES).id == "t2"


def test_aging_lets_a_long_wait_beat_a_fresh_priority_ticket() -> None:
    c = make_counter()
    now = T0 + timedelta(hours=2)
    old = make_ticket(1, at=0)  # waited 2 h
    fresh_prio = make_ticket(2, at=7199, prio=True)  # waited 1 s, boost 1 h
    assert q.pick_next([fresh_prio, old], c, now, RULES).id == "t1"


def test_counter_only_calls_services_it_serves() -> None:
    c = make_counter(weights={"s-pass": 1.0})
    assert q.pick_next([make_ticket(1, "s-id")], c, T0, RULES) is None


def test_help_out_work_waits_longer_than_main_work() -> None:
    c = make_counter(weights={"s-id": 1.0, "s-move": 0.5})
    now = T0 + timedelta(minutes=20)
    main = make_ticket(2, "s-id", at=8 * 60)  # waited 12 min * 1.0
    side = make_ticket(1, "s-move", at=0)  # waited 20 min * 0.5 = 10
    assert q.pick_next([side, main], c, now, RULES).id == "t2"
    later = T0 + timedelta(minutes=40)  # side: 20, main: 32 -> main still; aging is per weight
    assert q.pick_next([side, main], c, later, RULES).id == "t2"


def test_quiet_service_does_not_starve() -> None:
    """However many new main-work tickets keep arriving, a help-out ticket is called in time."""
    c = make_counter(weights={"s-id": 1.0, "s-move": 0.5})
    side = make_ticket(0, "s-move", at=0)
    # New s-id tickets arrive every minute; the counter calls one per minute.
    now = T0
    for n in range(1, 200):
        now = T0 + timedelta(minutes=n)
        fresh = make_ticket(n, "s-id", at=(n - 1) * 60)
        nxt = q.pick_next([side, fresh], c, now, RULES)
        if nxt.id == side.id:
            break
    else:
        pytest.fail("the quiet service starved")
    assert (now - T0) < timedelta(minutes=5)


def test_transfer_to_a_counter_is_only_called_there() -> None:
    c1, c2 = make_counter("c1"), make_counter("c2")
    t = replace(make_ticket(1), state=TicketState.TRANSFERRED, target_counter_id="c2")
    assert q.pick_next([t], c1, T0, RULES) is None
    assert q.pick_next([t], c2, T0, RULES).id == "t1"


def test_recall_min_interval_and_no_show_after_recalls() -> None:
    c = make_counter()
    t = q.call(make_ticket(1), c, T0)
    with pytest.raises(q.QueueError) as e:
        q.recall(t, c.id, T0 + timedelta(seconds=5), RULES)
    assert e.value.refusal == q.Refusal.RECALL_TOO_SOON
    with pytest.raises(q.QueueError) as e:
        q.mark_no_show(t, c.id, T0, RULES)
    assert e.value.refusal == q.Refusal.TOO_FEW_RECALLS
    t = q.recall(t, c.id, T0 + timedelta(seconds=30), RULES)
    t = q.recall(t, c.id, T0 + timedelta(seconds=60), RULES)
    gone = q.mark_no_show(t, c.id, T0 + timedelta(seconds=90), RULES)
    assert gone.state == TicketState.NO_SHOW and gone.counter_id is None


def test_reactivation_within_window_keeps_arrival() -> None:
    c = make_counter()
    t = q.call(make_ticket(1), c, T0)
    t = replace(t, recalls=RULES.recalls_before_no_show)
    gone = q.mark_no_show(t, c.id, T0 + timedelta(minutes=1), RULES)
    back = q.reactivate(gone, T0 + timedelta(minutes=10), RULES)
    assert back.state == TicketState.WAITING and back.arrived_at == T0
    with pytest.raises(q.QueueError) as e:
        q.reactivate(gone, T0 + timedelta(hours=2), RULES)
    assert e.value.refusal == q.Refusal.REACTIVATION_EXPIRED


def test_transfer_keeps_arrival_and_leaves_the_counter() -> None:
    c = make_counter()
    t = q.call(make_ticket(1), c, T0 + timedelta(minutes=5))
    moved = q.transfer(t, c.id, T0 + timedelta(minutes=9), service_id="s-move")
    assert moved.state == TicketState.TRANSFERRED
    assert moved.arrived_at == T0 and moved.counter_id is None and moved.service_id == "s-move"


def test_park_resume_finish() -> None:
    c = make_counter()
    t = q.start_serving(q.call(make_ticket(1), c, T0), c.id, T0)
    parked = q.park(t, c.id, T0 + timedelta(minutes=1))
    assert parked.state == TicketState.PARKED and parked.counter_id == c.id
    with pytest.raises(q.QueueError):
        q.resume(parked, "other", T0)
    back = q.resume(parked, c.id, T0 + timedelta(minutes=3))
    done = q.finish(back, c.id, T0 + timedelta(minutes=5), Outcome.FOLLOW_UP)
    assert done.state == TicketState.DONE and done.outcome == Outcome.FOLLOW_UP


# --- invariants ------------------------------------------------------------------------------

ticket_specs = st.lists(
    st.tuples(st.sampled_from(SERVICES), st.integers(0, 3600), st.booleans()),
    min_size=1,
    max_size=40,
)
counter_specs = st.lists(
    st.dictionaries(st.sampled_from(SERVICES), st.sampled_from([0.3, 0.5, 1.0]), min_size=1),
    min_size=1,
    max_size=4,
)


def build(specs: list[tuple[str, int, bool]]) -> list[Ticket]:
    return [make_ticket(i + 1, s, at, p) for i, (s, at, p) in enumerate(specs)]


@settings(max_examples=150, deadline=None)
@given(ticket_specs, st.integers(3600, 3 * 3600))
def test_heads_give_the_same_answer_as_the_full_list(
    specs: list[tuple[str, int, bool]], now_s: int
) -> None:
    tickets = build(specs)
    c = make_counter(weights={"s-id": 1.0, "s-move": 0.5})
    now = T0 + timedelta(seconds=now_s)
    full = q.pick_next(tickets, c, now, RULES)
    heads = q.pick_next(q.queue_heads(tickets), c, now, RULES)
    assert (full.id if full else None) == (heads.id if heads else None)


@settings(max_examples=150, deadline=None)
@given(ticket_specs, counter_specs, st.integers(0, 20))
def test_serving_everyone_keeps_the_invariants(
    specs: list[tuple[str, int, bool]], weight_sets: list[dict[str, float]], step_s: int
) -> None:
    """Counters take turns calling and finishing until the queue is empty:
    no ticket is lost or served twice, each ticket is with at most one counter at a time,
    and within one service and priority class tickets are called in arrival order."""
    tickets = {t.id: t for t in build(specs)}
    counters = [make_counter(f"c{i}", w) for i, w in enumerate(weight_sets)]
    served_by_any = {s for w in weight_sets for s in w}
    now = T0 + timedelta(hours=1)
    order: list[Ticket] = []
    for _round in range(len(tickets) * len(counters) + 1):
        progressed = False
        for c in counters:
            now += timedelta(seconds=step_s)
            active = q.active_at_counter(list(tickets.values()), c.id)
            if active is not None:
                tickets[active.id] = q.finish(active, c.id, now, Outcome.HELPED)
            nxt = q.pick_next(tickets.values(), c, now, RULES)
            if nxt is not None:
                tickets[nxt.id] = q.call(nxt, c, now)
                order.append(nxt)
                progressed = True
            holders = [t for t in tickets.values() if t.state in AT_COUNTER_STATES]
            assert len({t.counter_id for t in holders}) == len(holders)  # one each
        if not progressed and all(
            q.active_at_counter(list(tickets.values()), c.id) is None for c in counters
        ):
            break
    called_ids = [t.id for t in order]
    assert len(called_ids) == len(set(called_ids))  # nobody called twice
    for t in tickets.values():  # nobody lost: served, or waiting for a service nobody serves
        if t.service_id in served_by_any:
            assert t.state == TicketState.DONE
        else:
            assert t.state == TicketState.WAITING
    for service in SERVICES:
        for prio in (True, False):
            line = [
                t for t in order if t.service_id == service and (t.priority is not None) == prio
            ]
            assert [t.arrived_at for t in line] == sorted(t.arrived_at for t in line)


@settings(max_examples=100, deadline=None)
@given(ticket_specs)
def test_people_ahead_matches_call_order_for_a_single_line(
    specs: list[tuple[str, int, bool]],
) -> None:
    tickets = [t for t in build(specs) if t.service_id == "s-id"]
    c = make_counter(weights={"s-id": 1.0})
    now = T0 + timedelta(hours=1)
    ordered = q.order_for_counter(tickets, c, now, RULES)
    for i, t in enumerate(ordered):
        assert q.people_ahead(t, tickets, RULES, now) == i


def test_staff_give_priority_only_while_waiting() -> None:
    c = make_counter()
    t = make_ticket(1, at=300)
    raised = q.set_priority(t, PriorityReason.STAFF)
    assert raised.priority == PriorityReason.STAFF and raised.arrived_at == t.arrived_at
    assert (
        q.pick_next([make_ticket(2, at=0), raised], c, T0 + timedelta(minutes=10), RULES) == raised
    )
    assert q.set_priority(raised, None).priority is None
    with pytest.raises(q.QueueError) as e:
        q.set_priority(q.call(t, c, T0), PriorityReason.STAFF)
    assert e.value.refusal == q.Refusal.NOT_WAITING


def test_visit_closed_from_called_counts_from_the_last_call() -> None:
    c = make_counter()
    t = q.call(make_ticket(1), c, T0)
    t = q.recall(t, c.id, T0 + timedelta(minutes=1), RULES)
    done = q.finish(t, c.id, T0 + timedelta(minutes=21), Outcome.HELPED)
    assert done.done_at - done.serving_at == timedelta(minutes=20)


# --- every counter step, in any order ----------------------------------------------------

ACTIONS = ["next", "recall", "no_show", "reactivate", "transfer", "park", "resume", "start"]


@settings(max_examples=200, deadline=None)
@given(
    ticket_specs,
    st.lists(st.tuples(st.integers(0, 2), st.sampled_from(ACTIONS)), max_size=80),
)
def test_any_sequence_of_counter_steps_loses_no_ticket(
    specs: list[tuple[str, int, bool]], plan: list[tuple[int, str]]
) -> None:
    """Three counters do anything clerks can do, in any order; refused steps change nothing.
    Throughout, a ticket is with at most one counter and each counter has at most one resident
    at the desk. At the end the counters take up their parked visits and call until nobody
    waits: every ticket then ends done or no-show, except those of a service nobody serves."""
    tickets = {t.id: t for t in build(specs)}
    counters = [
        make_counter("c0", {"s-id": 1.0, "s-pass": 0.5}),
        make_counter("c1", {"s-pass": 1.0}),
        make_counter("c2", {"s-move": 1.0, "s-id": 0.3}),
    ]
    served = {s for c in counters for s in (k.service_id for k in c.skills)}
    now = T0 + timedelta(hours=1)

    def at_desk(c: Counter) -> Ticket | None:
        return q.active_at_counter(list(tickets.values()), c.id)

    def step(c: Counter, action: str) -> None:
        nonlocal now
        now += timedelta(seconds=25)
        active = at_desk(c)
        mine = [t for t in tickets.values() if t.counter_id == c.id]
        try:
            if action == "next":
                if active is not None:
                    tickets[active.id] = q.finish(active, c.id, now, Outcome.HELPED)
                nxt = q.pick_next(tickets.values(), c, now, RULES)
                if nxt is not None:
                    tickets[nxt.id] = q.call(nxt, c, now)
            elif action == "recall" and active is not None:
                tickets[active.id] = q.recall(active, c.id, now, RULES)
            elif action == "no_show" and active is not None:
                tickets[active.id] = q.mark_no_show(active, c.id, now, RULES)
            elif action == "reactivate":
                for t in tickets.values():
                    if t.state == TicketState.NO_SHOW:
                        tickets[t.id] = q.reactivate(t, now, RULES)
                        break
            elif action == "transfer" and active is not None:
                tickets[active.id] = q.transfer(active, c.id, now, service_id="s-move")
            elif action == "park" and active is not None:
                tickets[active.id] = q.park(active, c.id, now)
            elif action == "resume" and active is None:
                parked = [t for t in mine if t.state == TicketState.PARKED]
                if parked:
                    tickets[parked[0].id] = q.resume(parked[0], c.id, now)
            elif action == "start" and active is not None:
                tickets[active.id] = q.start_serving(active, c.id, now)
        except q.QueueError:
            pass  # a refused step changes nothing

    def check() -> None:
        for c in counters:
            desk = [
                t
                for t in tickets.values()
                if t.counter_id == c.id and t.state in (TicketState.CALLED, TicketState.SERVING)
            ]
            assert len(desk) <= 1
        for t in tickets.values():
            if t.state in AT_COUNTER_STATES:
                assert t.counter_id is not None, t  # with exactly one counter
            if t.is_waiting:
                assert t.counter_id is None, t  # in line, with nobody

    for index, action in plan:
        step(counters[index], action)
        check()
    # Closing time: take up parked visits, call everyone still waiting.
    for _ in range(4 * len(tickets) + 4):
        for c in counters:
            step(c, "resume")
            step(c, "next")
            check()
    for c in counters:
        step(c, "next")
    for t in tickets.values():
        if t.service_id in served:
            assert t.state in (TicketState.DONE, TicketState.NO_SHOW), t
        else:
            assert t.state == TicketState.WAITING, t
