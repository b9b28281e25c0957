"""Terminals that sync with a real server on a loopback port: each has its own SQLite replica,
its own device token and its own sync agent, as on separate machines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.core.model import DeviceRole, StaffRole
from kiosk.core.ports import FakeClock
from kiosk.services import devices, staff
from kiosk.services.context import Database, ServiceContext
from kiosk.services.desk import LocalDesk
from kiosk.storage.db import open_database, sqlite_url
from kiosk.sync.agent import SyncAgent, SyncOptions
from kiosk.sync.link import ClockWatch, ServerLink
from kiosk.sync.remote_appointments import RemoteAppointmentBook
from kiosk.sync.remote_desk import RemoteDesk

#: The clerk who signs in at every counter of these tests.
STAFF = ("an.peeters", "correct horse battery")


@dataclass
class SyncedTerminal:
    name: str
    role: DeviceRole
    device_id: str
    branch_id: str
    ctx: ServiceContext
    link: ServerLink
    agent: SyncAgent
    desk: RemoteDesk | LocalDesk

    @property
    def appointments(self) -> RemoteAppointmentBook:
        assert isinstance(self.desk, RemoteDesk)
        return RemoteAppointmentBook(self.ctx, self.link, self.desk, self.branch_id)


MakeTerminal = Callable[..., SyncedTerminal]


@pytest.fixture
def make_terminal(
    ctx: ServiceContext, base: str, tmp_path: Path, clock: FakeClock
) -> Iterator[MakeTerminal]:
    made: list[SyncedTerminal] = []
    staff.add_staff(ctx, STAFF[0], "An Peeters", StaffRole.COUNTER_STAFF, STAFF[1])

    def make(
        role: DeviceRole,
        name: str,
        branch: str = "gemeentehuis",
        *,
        url: str | None = None,
        options: SyncOptions | None = None,
        start: bool = True,
    ) -> SyncedTerminal:
        added = devices.add_device(ctx, branch, role, name).value
        token = devices.enroll_device(ctx, added.code).value.token
        engine = open_database(sqlite_url(tmp_path / f"replica-{name}.sqlite3"))
        local = ServiceContext(
            Database(engine),
            clock,
            status_base_url=base,
            replica_device_id=added.device.id,
        )
        link = ServerLink(url or base, token, clock_watch=ClockWatch(clock.now, 120.0))
        agent = SyncAgent(
            local,
            link,
            added.device.branch_id,
            issues_tickets=role in (DeviceRole.KIOSK, DeviceRole.VOLUNTEER),
            options=options or SyncOptions(wait_s=5, max_retry_s=0.3, numbers_ahead=50),
        )
        desk = RemoteDesk(local, link, added.device.branch_id)
        if role is DeviceRole.COUNTER:
            desk.sign_in(*STAFF)
        t = SyncedTerminal(
            name,
            role,
            added.device.id,
            added.device.branch_id,
            local,
            link,
            agent,
            desk,
        )
        made.append(t)
        if start:
            agent.start()
            assert agent.wait_synced(10), f"{name} got no snapshot"
        return t

    yield make
    for t in made:
        t.agent.stop()
        t.ctx.db.close()
