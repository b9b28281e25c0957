"""Two counter consoles on separate machines, one counter (issue 12 point 6): the server keeps
the lease, names the console that has the counter, and lets a silent console's lease run out."""

from __future__ import annotations

import pytest

from kiosk.core.counter_lease import CounterTaken, LeaseHolder
from kiosk.core.model import DeviceRole
from kiosk.services import counter_leases
from kiosk.services.context import ServiceContext
from kiosk.services.desk import open_counter, renew_lease
from kiosk.storage.demo import counter_id
from tests.sync.conftest import MakeTerminal

C1 = counter_id("gemeentehuis", 1)


def test_the_server_refuses_a_second_console_by_name(
    ctx: ServiceContext, make_terminal: MakeTerminal, clock
) -> None:
    first = make_terminal(DeviceRole.COUNTER, "loket-a")
    second = make_terminal(DeviceRole.COUNTER, "loket-b")
    mine = LeaseHolder(f"{first.device_id}/one", "whatever the console says")
    other = LeaseHolder(f"{second.device_id}/two", "ignored too")
    open_counter(first.desk, C1, holder=mine, lease_s=60)
    with pytest.raises(CounterTaken) as refused:
        open_counter(second.desk, C1, holder=other, lease_s=60)
    # The server names the console by its device and the clerk signed in there.
    assert refused.value.holder_name == "loket-a (An Peeters)"
    held = counter_leases.lease_of(ctx, C1)
    assert held is not None and held.holder.id == f"{first.device_id}/one"
    clock.advance(30)
    renew_lease(first.desk, C1, mine, 60)
    clock.advance(45)
    with pytest.raises(CounterTaken):
        open_counter(second.desk, C1, holder=other, lease_s=60)
    clock.advance(20)  # the first console went silent 65 s ago
    assert open_counter(second.desk, C1, holder=other, lease_s=60).value.id == C1
