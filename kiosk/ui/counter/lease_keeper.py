"""The console's hold on its open counter: the lease's heartbeat (kiosk/core/counter_lease.py).

While a counter is open here, ``LeaseKeeper`` renews its lease every third of the lease's
length. The renewal runs as a background task (the database or the server may be slow), never
on the GUI thread. A renewal that fails for lack of a connection is tried again at the next
beat (the lease may run out meanwhile, and is taken again once the connection is back). One
that finds another console on the counter emits ``lost`` with that console's name: this one
gave it up by staying silent too long. A console whose lease ran out while nobody took its
counter (the server closed the desk meanwhile, so that estimates stop counting it) opens it again
with its next beat: its clerk never closed it, and may have a resident at the desk.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.changes import Change
from kiosk.core.counter_lease import LeaseHolder
from kiosk.services.desk import renew_lease
from kiosk.services.errors import CounterTaken
from kiosk.ui.common.terminal import Terminal

log = logging.getLogger(__name__)


class LeaseKeeper(QObject):
    #: Another console has the counter now (its name): this console must leave it.
    lost = Signal(str)

    def __init__(self, terminal: Terminal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._t = terminal
        self.lease_s = terminal.settings.counter.lease_s
        #: This console: one per window, so two consoles on one machine (the demo) differ.
        self._id = f"{terminal.device_id or 'console'}/{uuid.uuid4().hex[:12]}"
        self._staff: str | None = None
        self.counter_id: str | None = None
        self._renewing = False
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, self.lease_s // 3) * 1000)
        self._timer.timeout.connect(self.beat)

    def holder(self) -> LeaseHolder:
        """This console, named by its machine and the clerk signed in at it."""
        where = self._t.device_name or self._id
        return LeaseHolder(self._id, f"{where} ({self._staff})" if self._staff else where)

    def set_staff(self, name: str | None) -> None:
        self._staff = name

    def start(self, counter_id: str) -> None:
        self.counter_id = counter_id
        self._timer.start()

    def stop(self) -> None:
        self.counter_id = None
        self._timer.stop()

    def beat(self) -> None:
        """Renew the lease in the background (one renewal at a time)."""
        counter_id = self.counter_id
        if counter_id is None or self._renewing:
            return
        self._renewing = True
        desk, holder, length = self._t.desk, self.holder(), self.lease_s
        assert desk is not None
        self._t.tasks.run(
            lambda: renew_lease(desk, counter_id, holder, length),
            lambda done: self._renewed(done.changes),
            self._failed,
        )

    def _renewed(self, changes: tuple[Change, ...]) -> None:
        self._renewing = False
        if changes:  # the lease had run out and the desk opened again
            # (the server may have closed it meanwhile: kiosk/server/abandoned_counters.py)
            log.info("event=counter_reopened counter=%s: its lease had run out", self.counter_id)
            self._t.announce(changes)

    def _failed(self, exc: BaseException) -> None:
        self._renewing = False
        if isinstance(exc, CounterTaken) and self.counter_id is not None:
            self.stop()
            self.lost.emit(exc.holder_name)
            return
        log.info("counter lease not renewed (tried again): %s", getattr(exc, "log_message", exc))
