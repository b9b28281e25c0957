"""Whether this terminal reaches the central server, as screens see it.

The sync agent reports from its own threads (``report_online`` is safe to call from any
thread); screens connect to ``changed(bool)`` on the GUI thread. A terminal that runs on its
own database (one machine, the demo) is always online. Two problems only staff can fix come
the same way: ``outdated(bool)`` (terminal and server speak different protocol versions) and
``clock_off(float)`` (seconds this computer's clock is ahead of the server's, negative behind;
0.0 once it is right again), shown by kiosk.ui.common.link_banner.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal


class LinkStatus(QObject):
    changed = Signal(bool)
    #: Changes the sync agent stored in the replica (list[Change]), on the GUI thread.
    arrived = Signal(list)
    outdated = Signal(bool)
    clock_off = Signal(float)
    _reported = Signal(bool, object)
    _stored = Signal(list)
    _outdated = Signal(bool)
    _clock = Signal(float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.online = True
        #: When the server last answered (None: never, or this terminal has no server).
        self.last_contact: datetime | None = None
        self.is_outdated = False
        #: Seconds the clock is ahead of the server's, when off by more than allowed; else 0.
        self.clock_off_s = 0.0
        self._reported.connect(self._apply)
        self._stored.connect(self.arrived)
        self._outdated.connect(self._apply_outdated)
        self._clock.connect(self._apply_clock)

    def report_changes(self, changes: object) -> None:
        """The replica changed (any thread): screens redraw at once, not at the next poll."""
        self._stored.emit(list(changes))  # type: ignore[call-overload]

    def report_online(self, online: bool, at: datetime | None = None) -> None:
        self._reported.emit(online, at)

    def report_outdated(self, outdated: bool) -> None:
        self._outdated.emit(outdated)

    def report_clock(self, off_s: float) -> None:
        self._clock.emit(off_s)

    def _apply_outdated(self, outdated: bool) -> None:
        if outdated != self.is_outdated:
            self.is_outdated = outdated
            self.outdated.emit(outdated)

    def _apply_clock(self, off_s: float) -> None:
        if off_s != self.clock_off_s:
            self.clock_off_s = off_s
            self.clock_off.emit(off_s)

    def _apply(self, online: bool, at: datetime | None) -> None:
        if at is not None:
            self.last_contact = at
        if online != self.online:
            self.online = online
            self.changed.emit(online)
