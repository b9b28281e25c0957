"""The change feed as seen by screens: one signal, ``changed(list[Change])``.

Changes arrive two ways and leave one way:
- ``publish()``: this process's use cases hand in what they changed, for an instant redraw;
- polling the change log by cursor: what other processes (another counter, the kiosk in the
  next room) wrote to the same database.
Each change is delivered once: the feed remembers the sequence numbers it already passed on.
Screens connect to ``changed`` and redraw what concerns them; they never call each other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.changes import Change
from kiosk.ui.common.tasks import TaskRunner

log = logging.getLogger(__name__)


class ChangeFeed(QObject):
    changed = Signal(list)

    def __init__(
        self,
        tasks: TaskRunner,
        read_after: Callable[[int], list[Change]],
        last_seq: Callable[[], int],
        interval_ms: int = 400,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._read_after = read_after
        self._cursor: int | None = None
        self._delivered: set[int] = set()
        self._polling = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        tasks.run(last_seq, self._start)

    def _start(self, seq: int) -> None:
        self._cursor = seq
        self._timer.start()

    def publish(self, changes: Iterable[Change]) -> None:
        fresh = [c for c in changes if c.seq == 0 or c.seq not in self._delivered]
        for c in fresh:
            if c.seq:
                self._delivered.add(c.seq)
        if fresh:
            self.changed.emit(fresh)

    def poll(self) -> None:
        if self._polling or self._cursor is None:
            return
        self._polling = True
        cursor = self._cursor
        self._tasks.run(lambda: self._read_after(cursor), self._polled, self._poll_failed)

    def _polled(self, changes: list[Change]) -> None:
        self._polling = False
        if not changes:
            return
        self._cursor = max(c.seq for c in changes)
        fresh = [c for c in changes if c.seq not in self._delivered]
        self._delivered = {s for s in self._delivered if s > self._cursor}
        if fresh:
            self.changed.emit(fresh)

    def _poll_failed(self, exc: BaseException) -> None:
        self._polling = False
        log.warning("change feed poll failed: %s", exc)

    def stop(self) -> None:
        self._timer.stop()
