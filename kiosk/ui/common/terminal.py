"""What a role's window is given: everything it may use, passed in by kiosk/bootstrap.py.

No globals: a window gets a Terminal and keeps it. Tests build one with a temporary database,
a fake clock and fake printer/speech.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from kiosk.config import Settings
from kiosk.core.changes import Change
from kiosk.core.model import Branch
from kiosk.services.appointment_book import AppointmentBook, LocalAppointmentBook
from kiosk.services.check_in import CheckInDesk, LocalCheckIn
from kiosk.services.context import ServiceContext
from kiosk.services.desk import CounterDesk, LocalDesk
from kiosk.services.time_zone import branch_zone
from kiosk.ui.common.feed import ChangeFeed
from kiosk.ui.common.link_status import LinkStatus
from kiosk.ui.common.tasks import TaskRunner


@dataclass(slots=True)
class Terminal:
    ctx: ServiceContext
    tasks: TaskRunner
    feed: ChangeFeed
    settings: Settings
    branch: Branch
    device_id: str
    device_name: str
    #: Where a counter's actions run: this database, or the server (a synced terminal).
    desk: CounterDesk | None = None
    #: Whether the server answers; always online for a terminal without a server.
    link: LinkStatus = field(default_factory=LinkStatus)
    #: Where the counter's bookings run: this database, or the server.
    appointments: AppointmentBook | None = None
    #: Where the kiosk's check-in runs: this database, or the replica and the server.
    check_in: CheckInDesk | None = None
    #: The municipality's time zone (from the database): every screen shows its times in it.
    zone: ZoneInfo = field(init=False)

    def __post_init__(self) -> None:
        self.zone = branch_zone(self.ctx, self.branch.id)
        if self.desk is None:
            self.desk = LocalDesk(self.ctx)
        if self.appointments is None:
            self.appointments = LocalAppointmentBook(self.ctx)
        if self.check_in is None:
            self.check_in = LocalCheckIn(self.ctx)

    def announce(self, changes: tuple[Change, ...] | list[Change]) -> None:
        """Hand a use case's changes to every listening screen of this process."""
        self.feed.publish(changes)
