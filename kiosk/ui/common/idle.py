"""Waiting until a terminal's background work is done: for screenshots and tests only."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop

from kiosk.ui.common.tasks import TaskRunner


def wait_idle(tasks: TaskRunner, timeout_s: float = 10.0) -> None:
    """Process events until no background task is pending (or raise TimeoutError)."""
    deadline = time.monotonic() + timeout_s
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if tasks.pending == 0:
            QCoreApplication.processEvents()
            if tasks.pending == 0:
                return
        if time.monotonic() > deadline:
            raise TimeoutError("background tasks did not finish")
        time.sleep(0.002)
