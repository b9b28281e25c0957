"""A console's lease on its counter (issue 12 point 6): one console per counter, and a console
that stops renewing (crashed, unplugged) stops counting as an open desk."""

from __future__ import annotations

import pytest

from kiosk.core.counter_lease import CounterTaken, LeaseHolder
from kiosk.services import counter_leases, tickets
from kiosk.services.desk import LocalDesk, open_counter, renew_lease
from kiosk.storage import catalogue_store
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id

DESK1 = counter_id("gemeentehuis", 1)
FIRST = LeaseHolder("pc-1/a", "PC-LOKET-1 (Els)")
SECOND = LeaseHolder("pc-2/b", "PC-LOKET-2 (Jan)")


def open_for_eid(ctx) -> int:
    with ctx.db.read() as conn:
        return catalogue_store.open_counters_for(
            conn, TOWN_HALL, service_id("eid"), ctx.clock.now()
        )


def test_a_second_console_is_refused_and_told_who_has_the_counter(ctx) -> None:
    desk = LocalDesk(ctx)
    open_counter(desk, DESK1, holder=FIRST, lease_s=60)
    with pytest.raises(CounterTaken) as refused:
        open_counter(desk, DESK1, holder=SECOND, lease_s=60)
    assert refused.value.holder_name == "PC-LOKET-1 (Els)"
    assert "PC-LOKET-1 (Els)" in refused.value.user_message
    # The first console may open it again (a retry), and after it closed, the second may.
    open_counter(desk, DESK1, holder=FIRST, lease_s=60)
    open_counter(desk, DESK1, is_open=False, holder=FIRST)
    open_counter(desk, DESK1, holder=SECOND, lease_s=60)
    assert counter_leases.lease_of(ctx, DESK1).holder == SECOND


def test_a_silent_console_stops_counting_and_frees_its_counter(ctx, clock) -> None:
    desk = LocalDesk(ctx)
    before = open_for_eid(ctx)
    open_counter(desk, DESK1, holder=FIRST, lease_s=60)
    assert open_for_eid(ctx) == before + 1
    clock.advance(45)
    renew_lease(desk, DESK1, FIRST, 60)  # the heartbeat: 60 s more from now
    clock.advance(45)
    assert open_for_eid(ctx) == before + 1
    clock.advance(20)  # no heartbeat for 65 s: the console crashed
    assert open_for_eid(ctx) == before
    ctx.forget_cached()
    assert tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value.wait_minutes > 0
    open_counter(desk, DESK1, holder=SECOND, lease_s=60)  # now another console may take it
    with pytest.raises(CounterTaken):
        renew_lease(desk, DESK1, FIRST, 60)  # and the first one, back, is told so


def test_closing_a_counter_another_console_took_leaves_it_open(ctx, clock) -> None:
    desk = LocalDesk(ctx)
    open_counter(desk, DESK1, holder=FIRST, lease_s=60)
    clock.advance(61)
    open_counter(desk, DESK1, holder=SECOND, lease_s=60)
    before = open_for_eid(ctx)
    open_counter(desk, DESK1, is_open=False, holder=FIRST)
    assert open_for_eid(ctx) == before
    assert counter_leases.lease_of(ctx, DESK1).holder == SECOND


def test_a_lease_run_out_with_nobody_else_is_simply_taken_again(ctx, clock) -> None:
    desk = LocalDesk(ctx)
    before = open_for_eid(ctx)
    open_counter(desk, DESK1, holder=FIRST, lease_s=60)
    clock.advance(120)  # the network was down for two minutes
    assert open_for_eid(ctx) == before
    assert renew_lease(desk, DESK1, FIRST, 60).changes  # the desk opens again, announced
    assert open_for_eid(ctx) == before + 1
