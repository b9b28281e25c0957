"""Work off the GUI thread, results back on it. A touchscreen must never freeze.

Two lanes, each a single worker thread: ``db`` serialises every database read and write of this
terminal (SQLite takes one writer at a time anyway), ``device`` runs printing and other hardware
I/O so a slow printer never delays a ticket being stored. Callbacks run on the GUI thread.

Pitfall: a callback may arrive after its screen moved on; callbacks must check that what they
update still matters (the screens compare a generation counter or the current ticket id).

Why the callbacks wait in ``_waiting`` (GUI thread) instead of riding along with the future: the
worker thread drops its references to the future after the work is done, possibly after the
GUI thread has delivered it. Had the future held ``on_done`` (a bound method of a window), the
worker could drop the last reference to a window closed meanwhile, and Qt would then delete
that window on the wrong thread: a crash, seen about once in six runs of the display tests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Runs callables on background lanes and delivers results on the GUI thread."""

    _finished = Signal(object)
    #: Emitted (on the GUI thread) for an error that had no ``on_error`` handler.
    unhandled_error = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes = {
            "db": ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-db"),
            "device": ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-device"),
        }
        self._pending = 0
        self._next = 0
        #: The callbacks of each task still running, by its number (touched on the GUI thread).
        self._waiting: dict[int, tuple[Done | None, Failed | None]] = {}
        self._finished.connect(self._deliver)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        lane: str = "db",
    ) -> None:
        """Run ``fn()`` on ``lane``; then ``on_done(result)`` or ``on_error(exc)`` on the GUI
        thread."""
        self._pending += 1
        self._next += 1
        number = self._next
        self._waiting[number] = (on_done, on_error)
        finished = self._finished
        fut = self._lanes[lane].submit(fn)
        fut.add_done_callback(lambda f: finished.emit((number, f)))

    @Slot(object)
    def _deliver(self, item: tuple[int, Future[Any]]) -> None:
        number, fut = item
        on_done, on_error = self._waiting.pop(number)
        self._pending -= 1
        exc = fut.exception()
        if exc is not None:
            if on_error is not None:
                # Expected trouble (printer, database, a refused step): the handler words it
                # for the user; one log line is enough.
                log.warning("background task failed: %r", exc)
                on_error(exc)
            else:
                log.error("background task failed: %r", exc, exc_info=exc)
                self.unhandled_error.emit(exc)
            return
        if on_done is not None:
            on_done(fut.result())

    @property
    def pending(self) -> int:
        return self._pending

    def shutdown(self) -> None:
        for ex in self._lanes.values():
            ex.shutdown(wait=True, cancel_futures=False)
