"""The server closes a counter whose console stopped renewing its lease (issue 12 point 6), so
that terminals, whose replicas count ``counters.is_open`` alone, stop counting that desk."""

from __future__ import annotations

import logging
import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import select

from kiosk.core.changes import ChangeKind
from kiosk.core.counter_lease import CounterLease, LeaseHolder
from kiosk.services import catalogue, counter_leases
from kiosk.services.counter_leases import close_abandoned_counters
from kiosk.services.desk import LocalDesk, open_counter, renew_lease
from kiosk.storage import catalogue_store
from kiosk.storage import counter_lease_store as lease_store
from kiosk.storage import tables as tb
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id

DESK1 = counter_id("gemeentehuis", 1)
DESK2 = counter_id("gemeentehuis", 2)
FIRST = LeaseHolder("pc-1/a", "PC-LOKET-1 (Els)")
SECOND = LeaseHolder("pc-2/b", "PC-LOKET-2 (Jan)")


def marked_open_for_eid(ctx) -> int:
    """Open counters as a replica counts them: by ``is_open`` alone (it holds no leases)."""
    with ctx.db.read() as conn:
        return catalogue_store.open_counters_for(conn, TOWN_HALL, service_id("eid"))


def test_a_crashed_consoles_counter_is_closed_once_its_lease_ran_out(
    ctx, clock, caplog: pytest.LogCaptureFixture
) -> None:
    desk = LocalDesk(ctx)
    before = marked_open_for_eid(ctx)
    open_counter(desk, DESK1, holder=FIRST, lease_s=60)
    clock.advance(59)
    assert close_abandoned_counters(ctx).value == ()  # still within its lease
    assert marked_open_for_eid(ctx) == before + 1
    clock.advance(1)  # the console crashed right after opening: 60 s without a heartbeat
    seq = catalogue.last_change(ctx)
    with caplog.at_level(logging.INFO, logger="kiosk.services.counter_leases"):
        done = close_abandoned_counters(ctx)
    assert [lease.counter_id for lease in done.value] == [DESK1]
    assert marked_open_for_eid(ctx) == before
    # The change a clerk's closing makes, in the change log that feeds every replica.
    assert [(c.kind, c.entity_id) for c in done.changes] == [(ChangeKind.COUNTER, DESK1)]
    assert [(c.kind, c.entity_id) for c in catalogue.changes_after(ctx, seq)] == [
        (ChangeKind.COUNTER, DESK1)
    ]
    assert counter_leases.lease_of(ctx, DESK1) is None
    line = next(r.getMessage() for r in caplog.records if "counter_abandoned" in r.message)
    assert f"counter={DESK1}" in line and "device=pc-1" in line
    with ctx.db.read() as conn:
        a = tb.audit_log.c
        audit = conn.execute(select(a.action, a.device_id, a.actor, a.detail)).all()
    assert [(r.action, r.device_id, r.actor) for r in audit] == [
        ("counter_abandoned", "pc-1", "server")
    ]
    assert "PC-LOKET-1 (Els)" in audit[0].detail
    # Idempotent: nothing more to close, nothing logged again.
    clock.advance(30)
    again = close_abandoned_counters(ctx)
    assert (again.value, again.changes) == ((), ())
    assert catalogue.last_change(ctx) == done.changes[-1].seq


def test_a_console_that_keeps_renewing_is_never_closed(ctx, clock) -> None:
    desk = LocalDesk(ctx)
    before = marked_open_for_eid(ctx)
    open_counter(desk, DESK1, holder=FIRST, lease_s=60)
    open_counter(desk, DESK2, holder=SECOND, lease_s=60)
    for _ in range(10):  # ten heartbeats, each 20 s (a third of the lease) apart
        clock.advance(20)
        renew_lease(desk, DESK1, FIRST, 60)
        assert close_abandoned_counters(ctx).value == ()
        assert marked_open_for_eid(ctx) == before + 2  # the other console was silent 20..40 s
        renew_lease(desk, DESK2, SECOND, 60)
    clock.advance(60)  # only now did both stop
    closed = close_abandoned_counters(ctx).value
    assert sorted(lease.counter_id for lease in closed) == sorted([DESK1, DESK2])
    assert marked_open_for_eid(ctx) == before


def test_the_console_back_after_the_close_opens_its_desk_again(ctx, clock) -> None:
    desk = LocalDesk(ctx)
    before = marked_open_for_eid(ctx)
    open_counter(desk, DESK1, holder=FIRST, lease_s=60)
    clock.advance(90)  # the network was down for a minute and a half
    close_abandoned_counters(ctx)
    assert marked_open_for_eid(ctx) == before
    back = renew_lease(desk, DESK1, FIRST, 60)  # the next heartbeat
    assert [c.entity_id for c in back.changes] == [DESK1]  # announced, so replicas follow
    assert marked_open_for_eid(ctx) == before + 1
    assert counter_leases.lease_of(ctx, DESK1).holder == FIRST


def test_a_counter_closed_by_its_clerk_or_opened_without_a_lease_is_left_alone(ctx, clock) -> None:
    desk = LocalDesk(ctx)
    open_counter(desk, DESK1, holder=FIRST, lease_s=60)
    open_counter(desk, DESK1, is_open=False, holder=FIRST)
    open_counter(desk, DESK2)  # an older console: no lease, counted by is_open as before
    clock.advance(3600)
    assert close_abandoned_counters(ctx).value == ()
    assert marked_open_for_eid(ctx) == 1


def test_a_renewal_that_commits_while_the_server_looks_keeps_the_desk(ctx, clock) -> None:
    """The look found the lease run out, but the console's heartbeat holds the row and commits
    first: the server must not close the desk it just renewed."""
    desk = LocalDesk(ctx)
    open_counter(desk, DESK1, holder=FIRST, lease_s=60)
    clock.advance(61)
    result: list[tuple[CounterLease, ...]] = []
    with ctx.db.write() as conn:  # the heartbeat's transaction, not yet committed
        renewed = CounterLease(DESK1, FIRST, clock.now() + timedelta(seconds=60))
        lease_store.save_lease(conn, renewed)
        looking = threading.Thread(
            target=lambda: result.append(close_abandoned_counters(ctx).value)
        )
        looking.start()
        time.sleep(0.5)  # the look waits for the heartbeat's row (or the write lock)
    looking.join(timeout=10)
    assert result == [()]
    assert marked_open_for_eid(ctx) == 1
