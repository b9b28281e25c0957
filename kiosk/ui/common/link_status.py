"""Whether this terminal reaches the central server, as screens see it.

The sync agent reports from its own threads (``report_online`` is safe to call from any
thread); screens connect to ``changed(bool)`` on the GUI thread. A terminal that runs on its
own database (one machine, the demo) is always online.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal


class LinkStatus(QObject):
    changed = Signal(bool)
    #: Changes the sync agent stored in the replica (list[Change]), on the GUI thread.
    arrived = Signal(list)
    _reported = Signal(bool, object)
    _stored = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.online = True
        #: When the server last answered (None: never, or this terminal has no server).
        self.last_contact: datetime | None = None
        self._reported.connect(self._apply)
        self._stored.connect(self.arrived)

    def report_changes(self, changes: object) -> None:
        """The replica changed (any thread): screens redraw at once, not at the next poll."""
        self._stored.emit(list(changes))  # type: ignore[call-overload]

    def report_online(self, online: bool, at: datetime | None = None) -> None:
        self._reported.emit(online, at)

    def _apply(self, online: bool, at: datetime | None) -> None:
        if at is not None:
            self.last_contact = at
        if online != self.online:
            self.online = online
            self.changed.emit(online)
