"""Sync between terminals and a real server: what one terminal does, the others see; pushes
are idempotent and may come out of order; a cut link loses nothing."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from kiosk.core.model import DeviceRole, TicketState
from kiosk.core.queueing import QueueError, Refusal
from kiosk.services import counter_work, replica, tickets
from kiosk.services.context import ServiceContext
from kiosk.services.desk import DeskAction, call_next, on_ticket, open_counter
from kiosk.services.errors import NumbersUsedUp
from kiosk.storage import tables as tb
from kiosk.storage.demo import counter_id, service_id
from kiosk.sync.agent import LinkState, SyncOptions
from kiosk.sync.protocol import OutboxKind, PushItem
from tests.sync.conftest import MakeTerminal
from tests.sync.proxy import CuttableLink


def wait_until(check: Callable[[], object], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.02)


def server_tickets(ctx: ServiceContext) -> list[tuple[str, str, int]]:
    with ctx.db.read() as conn:
        rows = conn.execute(select(tb.tickets.c.id, tb.tickets.c.letter, tb.tickets.c.number))
        return [tuple(r) for r in rows]  # type: ignore[misc]


def replica_has(t, ticket_id: str, state: TicketState | None = None) -> bool:  # type: ignore[no-untyped-def]
    with t.ctx.db.read() as conn:
        row = conn.execute(select(tb.tickets.c.state).where(tb.tickets.c.id == ticket_id)).first()
    return row is not None and (state is None or row[0] == state.value)


def test_a_ticket_from_the_kiosk_is_called_at_a_counter_and_shown_on_the_display(
    ctx: ServiceContext, make_terminal: MakeTerminal
) -> None:
    kiosk = make_terminal(DeviceRole.KIOSK, "kiosk")
    counter = make_terminal(DeviceRole.COUNTER, "loket-1")
    display = make_terminal(DeviceRole.DISPLAY, "wachtzaal")
    kiosk.agent.lease_now()

    issued = tickets.issue_ticket(kiosk.ctx, kiosk.branch_id, service_id("eid")).value
    kiosk.agent.push_soon()
    wait_until(lambda: replica_has(counter, issued.ticket.id))
    assert issued.status_url.startswith(kiosk.ctx.status_base_url)

    c1 = counter_id("gemeentehuis", 1)
    assert open_counter(counter.desk, c1).value.id == c1
    called = call_next(counter.desk, c1).value
    assert called is not None and called.ticket.id == issued.ticket.id
    assert called.call.counter_number == 1

    wait_until(lambda: replica_has(display, issued.ticket.id, TicketState.CALLED))
    with display.ctx.db.read() as conn:
        call = conn.execute(select(tb.calls).where(tb.calls.c.ticket_id == issued.ticket.id)).one()
        token = conn.execute(
            select(tb.tickets.c.token).where(tb.tickets.c.id == issued.ticket.id)
        ).scalar_one()
    assert call.counter_number == 1
    assert token != issued.ticket.token  # the status-page key never reaches a display
    # The kiosk keeps the real token of the ticket it printed.
    assert tickets.ticket_status(kiosk.ctx, issued.ticket.token).ticket.id == issued.ticket.id


def test_two_counters_calling_one_ticket_one_wins_the_other_is_told(
    ctx: ServiceContext, make_terminal: MakeTerminal
) -> None:
    first = make_terminal(DeviceRole.COUNTER, "loket-1")
    second = make_terminal(DeviceRole.COUNTER, "loket-2")
    a = tickets.issue_ticket(ctx, first.branch_id, service_id("eid")).value.ticket
    b = tickets.issue_ticket(ctx, first.branch_id, service_id("eid")).value.ticket
    wait_until(lambda: replica_has(second, b.id))

    c1, c2 = counter_id("gemeentehuis", 1), counter_id("gemeentehuis", 2)
    on_ticket(first.desk, c1, DeskAction.CALL, a.id)
    with pytest.raises(QueueError) as refused:
        on_ticket(second.desk, c2, DeskAction.CALL, a.id)
    assert refused.value.refusal is Refusal.NOT_WAITING
    nxt = call_next(second.desk, c2).value
    assert nxt is not None and nxt.ticket.id == b.id


def test_pushes_sent_twice_and_out_of_order_are_stored_once(
    ctx: ServiceContext, make_terminal: MakeTerminal
) -> None:
    kiosk = make_terminal(DeviceRole.KIOSK, "kiosk", start=False)
    kiosk.agent.start()
    assert kiosk.agent.wait_synced(10)
    kiosk.agent.stop()  # push by hand from here on
    kiosk.agent.lease_now()
    made = [
        tickets.issue_ticket(kiosk.ctx, kiosk.branch_id, service_id("eid")).value.ticket
        for _ in range(3)
    ]
    tickets.mark_printed(kiosk.ctx, made[0].id)
    items = [PushItem(i.id, OutboxKind(i.kind), i.payload) for i in replica.pending(kiosk.ctx)]
    assert [i.kind for i in items] == [OutboxKind.TICKET] * 3 + [OutboxKind.TICKET_PRINTED]
    # Printed before its ticket, tickets backwards, then everything again.
    first = kiosk.link.push([items[3], items[2], items[1]])
    assert [r.status for r in first] == ["later", "stored", "stored"]
    again = kiosk.link.push(items[::-1] + items)
    assert [r.status for r in again] == (
        ["later", "duplicate", "duplicate", "stored"] + ["duplicate"] * 3 + ["stored"]
    )
    ids = sorted(t for t, _l, _n in server_tickets(ctx))
    assert ids == sorted(t.id for t in made)
    assert tickets.ticket_status(ctx, made[0].token).ticket.printed
    # The line keeps the residents' own arrival order, whatever order the pushes came in.
    c1 = counter_id("gemeentehuis", 1)
    counter_work.open_counter(ctx, c1)
    called = counter_work.call_next(ctx, c1).value
    assert called is not None and called.ticket.id == made[0].id


def test_a_kiosk_cut_off_issues_300_tickets_and_delivers_each_once(
    ctx: ServiceContext, make_terminal: MakeTerminal, base: str
) -> None:
    port = int(base.rsplit(":", 1)[1])
    cable = CuttableLink(port).up()
    options = SyncOptions(wait_s=2, max_retry_s=0.2, numbers_ahead=400)
    kiosk = make_terminal(DeviceRole.KIOSK, "kiosk", url=cable.url, options=options)
    other = make_terminal(DeviceRole.KIOSK, "kiosk-2", options=options)
    kiosk.agent.lease_now()
    other.agent.lease_now()
    cable.cut()
    wait_until(lambda: kiosk.agent.state is LinkState.OFFLINE)

    services = [service_id("eid"), service_id("move")]
    offline = [
        tickets.issue_ticket(kiosk.ctx, kiosk.branch_id, services[i % 2]).value.ticket
        for i in range(300)
    ]
    online = [
        tickets.issue_ticket(ctx, kiosk.branch_id, services[i % 2]).value.ticket for i in range(20)
    ]
    online += [
        tickets.issue_ticket(other.ctx, other.branch_id, services[i % 2]).value.ticket
        for i in range(20)
    ]
    other.agent.push_soon()
    assert len(server_tickets(ctx)) < 300

    cable.up()
    wait_until(
        lambda: replica.pending_count(kiosk.ctx) == 0 and replica.pending_count(other.ctx) == 0, 30
    )
    on_server = server_tickets(ctx)
    assert sorted(i for i, _l, _n in on_server) == sorted(t.id for t in offline + online)
    numbers = [(letter, n) for _i, letter, n in on_server]
    assert len(numbers) == len(set(numbers)), "a number was given twice"
    assert kiosk.agent.rejected == 0


def test_a_kiosk_out_of_leased_numbers_says_so_instead_of_guessing(
    ctx: ServiceContext, make_terminal: MakeTerminal
) -> None:
    options = SyncOptions(wait_s=2, max_retry_s=0.2, numbers_ahead=2)
    kiosk = make_terminal(DeviceRole.KIOSK, "kiosk", options=options)
    kiosk.agent.stop()  # cut off: no more leases from here on
    kiosk.agent.lease_now()
    for _ in range(2):
        tickets.issue_ticket(kiosk.ctx, kiosk.branch_id, service_id("eid"))
    with pytest.raises(NumbersUsedUp):
        tickets.issue_ticket(kiosk.ctx, kiosk.branch_id, service_id("eid"))
    with kiosk.ctx.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(tb.tickets)).scalar_one() == 2
