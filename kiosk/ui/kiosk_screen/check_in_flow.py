"""Checking in, off the GUI thread: by code (scanner or keypad), by name and birth date, or by
the appointment chosen from several.

Contract: one request at a time (a second scan while one runs is ignored). ``working`` when a
request starts; then ``answered(CheckInResult)`` (after a check-in), ``found(list[Booked])``
(after a look-up by name), ``unavailable()`` (this way needs the server, which cannot be
reached: a synced kiosk searching a name offline) or ``failed()`` (database trouble, numbers
used up: the window shows its usual "Er ging iets mis" with a retry). ``retry()`` repeats the
last request: a check-in that was stored but whose answer got lost comes back as ALREADY with
the same ticket. The work runs where the terminal says (``Terminal.check_in``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.services.check_in import CheckInDesk, CheckInResult, CheckInUnavailable
from kiosk.services.context import Done
from kiosk.ui.common.terminal import Terminal

log = logging.getLogger(__name__)


class CheckInFlow(QObject):
    working = Signal()
    answered = Signal(object)  # CheckInResult
    found = Signal(object)  # list[Booked]
    unavailable = Signal(bool)  # True: it was a search by name
    failed = Signal()

    def __init__(self, terminal: Terminal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terminal = terminal
        self._busy = False
        self._last: tuple[Callable[[], Any], Callable[[Any], None]] | None = None
        self._by_name = False

    @property
    def busy(self) -> bool:
        return self._busy

    def _desk(self) -> CheckInDesk:
        desk = self._terminal.check_in
        assert desk is not None  # Terminal sets one
        return desk

    def by_code(self, text: str) -> bool:
        desk, branch_id = self._desk(), self._terminal.branch.id
        self._by_name = False
        return self._start(lambda: desk.by_code(branch_id, text), self._checked)

    def by_name(self, family_name: str, birth_date: date) -> bool:
        desk, branch_id = self._desk(), self._terminal.branch.id
        self._by_name = True
        return self._start(
            lambda: desk.find_by_name(branch_id, family_name, birth_date), self.found.emit
        )

    def choose(self, appointment_id: str) -> bool:
        desk, branch_id = self._desk(), self._terminal.branch.id
        return self._start(lambda: desk.choose(branch_id, appointment_id), self._checked)

    def retry(self) -> bool:
        if self._busy or self._last is None:
            return False
        work, on_done = self._last
        return self._start(work, on_done)

    def forget(self) -> None:
        if not self._busy:
            self._last = None

    def _start(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> bool:
        if self._busy:
            return False
        self._busy = True
        self._last = (work, on_done)
        self.working.emit()
        self._terminal.tasks.run(work, lambda value: self._done(on_done, value), self._failed)
        return True

    def _done(self, on_done: Callable[[Any], None], value: Any) -> None:
        self._busy = False
        self._last = None
        on_done(value)

    def _checked(self, done: Done[CheckInResult]) -> None:
        self._terminal.announce(done.changes)
        self.answered.emit(done.value)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, CheckInUnavailable):
            self._last = None  # not a retry: the resident goes to the desk or types the code
            log.warning("event=check_in_unavailable reason=%s", exc.log_message)
            self.unavailable.emit(self._by_name)
            return
        log.error("check-in failed: %s", getattr(exc, "log_message", repr(exc)))
        self.failed.emit()
