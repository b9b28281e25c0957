"""What a role's window is given: everything it may use, passed in by kiosk/bootstrap.py.

No globals: a window gets a Terminal and keeps it. Tests build one with a temporary database,
a fake clock and fake printer/speech.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.config import Settings
from kiosk.core.changes import Change
from kiosk.core.model import Branch
from kiosk.services.context import ServiceContext
from kiosk.ui.common.feed import ChangeFeed
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

    def announce(self, changes: tuple[Change, ...] | list[Change]) -> None:
        """Hand a use case's changes to every listening screen of this process."""
        self.feed.publish(changes)
