"""A counter console crashes on a machine of its own (issue 12 point 6): after its lease's
length without a heartbeat the server closes its counter, and a synced kiosk's estimates, made
from its replica, stop counting that desk. A real server on loopback, real synced terminals."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from kiosk.core.counter_lease import LeaseHolder
from kiosk.core.model import DeviceRole
from kiosk.server.app import create_app
from kiosk.server.settings import ServerSettings
from kiosk.services import tickets
from kiosk.services.context import ServiceContext
from kiosk.services.desk import open_counter, renew_lease
from kiosk.storage import catalogue_store
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id
from tests.conftest import _free_port, serving
from tests.sync.conftest import MakeTerminal, SyncedTerminal
from tests.sync.test_sync import wait_until

C1 = counter_id("gemeentehuis", 1)
C2 = counter_id("gemeentehuis", 2)
EID = service_id("eid")
LEASE_S = 60


@pytest.fixture
def base(ctx: ServiceContext) -> Iterator[str]:
    """The real server, looking for abandoned counters ten times a second (5 s in use)."""
    settings = ServerSettings(port=_free_port(), abandoned_counters_every_s=0.1)
    ctx.status_base_url = f"http://127.0.0.1:{settings.port}"
    with serving(create_app(ctx, settings), settings) as url:
        yield url


def desks_counted(t: SyncedTerminal) -> int:
    """Open counters for eID in the terminal's replica, as its estimates count them."""
    with t.ctx.db.read() as conn:
        return catalogue_store.open_counters_for(conn, TOWN_HALL, EID, t.ctx.clock.now())


def test_a_crashed_consoles_counter_stops_counting_on_a_synced_kiosk(
    ctx: ServiceContext, make_terminal: MakeTerminal, clock
) -> None:
    kiosk = make_terminal(DeviceRole.KIOSK, "zuil")
    crashing = make_terminal(DeviceRole.COUNTER, "loket-1")
    working = make_terminal(DeviceRole.COUNTER, "loket-2")
    for _ in range(8):
        tickets.issue_ticket(kiosk.ctx, TOWN_HALL, EID)
    gone = LeaseHolder(f"{crashing.device_id}/one", "loket-1")
    here = LeaseHolder(f"{working.device_id}/two", "loket-2")
    counted = desks_counted(kiosk)
    open_counter(crashing.desk, C1, holder=gone, lease_s=LEASE_S)
    open_counter(working.desk, C2, holder=here, lease_s=LEASE_S)
    wait_until(lambda: desks_counted(kiosk) == counted + 2)
    with_both = tickets.expected_waits(kiosk.ctx, TOWN_HALL)[EID]

    crashing.agent.stop()  # the console crashes: no heartbeat from now on
    clock.advance(LEASE_S // 2)
    renew_lease(working.desk, C2, here, LEASE_S)  # the other console beats on
    clock.advance(LEASE_S // 2 - 1)
    time.sleep(0.5)  # five looks of the server
    assert desks_counted(kiosk) == counted + 2  # one second before the lease ends: still open

    clock.advance(1)  # LEASE_S without a heartbeat
    wait_until(lambda: desks_counted(kiosk) == counted + 1)
    assert tickets.expected_waits(kiosk.ctx, TOWN_HALL)[EID] > with_both
    assert desks_counted(working) == counted + 1  # every replica of the branch follows
    with ctx.db.read() as conn:  # the server: counter 1 closed, counter 2 still open
        assert catalogue_store.open_counters_for(conn, TOWN_HALL, EID) == counted + 1

    # The console is back (restarted, or its network returned) and beats: its desk opens again.
    renew_lease(crashing.desk, C1, gone, LEASE_S)
    wait_until(lambda: desks_counted(kiosk) == counted + 2)
    assert tickets.expected_waits(kiosk.ctx, TOWN_HALL)[EID] == with_both
