"""Debounced background reads for a screen: many requests, one read; never two at once.

Shared by the counter's screens and the waiting-room display.

``request("queue")`` asks for a read of that part soon. Requests within ``debounce_ms`` give one
read; a request while a read is in flight gives one more read right after it, so a screen never
misses the last change and never stacks reads up. The read runs on the terminal's db lane, the
result comes back on the GUI thread. After ``stop()`` late results are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer

from kiosk.ui.common.tasks import TaskRunner

#: ``parts -> the function to run in the background`` (it must not touch Qt widgets).
ReadFor = Callable[[frozenset[str]], Callable[[], Any]]


class DebouncedReader(QObject):
    def __init__(
        self,
        tasks: TaskRunner,
        read_for: ReadFor,
        show: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        debounce_ms: int = 50,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._read_for = read_for
        self._show = show
        self._failed = failed
        self._parts: set[str] = set()
        self._reading = False
        self._alive = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(debounce_ms)
        self.timer.timeout.connect(self._read)

    @property
    def busy(self) -> bool:
        """A read is asked for, waiting for the debounce, or in flight."""
        return self._reading or self.timer.isActive() or bool(self._parts)

    def request(self, *parts: str) -> None:
        self._parts.update(parts)
        if self._alive and self._parts:
            self.timer.start()

    def read_now(self, *parts: str) -> None:
        """Read at once, without waiting for the debounce (or right after a read in flight)."""
        self._parts.update(parts)
        self.timer.stop()
        self._read()

    def stop(self) -> None:
        self._alive = False
        self.timer.stop()

    def _usable(self) -> bool:
        """False after ``stop()`` or once Qt deleted this reader with its screen (a late result
        must not start its timer)."""
        return self._alive and shiboken6.isValid(self)

    def _read(self) -> None:
        if not self._alive or self._reading or not self._parts:
            return  # a read in flight starts the next one when it returns
        parts, self._parts = frozenset(self._parts), set()
        self._reading = True
        self._tasks.run(self._read_for(parts), self._done, self._error)

    def _done(self, result: Any) -> None:
        self._finish(self._show, result)

    def _error(self, exc: BaseException) -> None:
        self._finish(self._failed, exc)

    def _finish(self, handler: Callable[[Any], None], outcome: Any) -> None:
        self._reading = False
        if not self._usable():
            return
        handler(outcome)
        if self._parts:
            self.timer.start()
