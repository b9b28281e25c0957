"""The debounced reader shared by the counter's screens and the display: one read at a time,
one more for what was asked meanwhile, and nothing after its screen is gone."""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import QWidget

from kiosk.ui.common.idle import wait_idle
from kiosk.ui.common.reader import DebouncedReader
from kiosk.ui.common.tasks import TaskRunner


def _reader(
    tasks: TaskRunner, parent: QWidget, gate: threading.Event, shown: list[object]
) -> DebouncedReader:
    def read_for(parts: frozenset[str]) -> Callable[[], object]:
        def read() -> object:
            gate.wait(5)
            return sorted(parts)

        return read

    return DebouncedReader(tasks, read_for, shown.append, shown.append, 0, parent)


def test_a_request_during_a_read_gives_one_more_read(qtbot) -> None:  # type: ignore[no-untyped-def]
    tasks, screen, gate, shown = TaskRunner(), QWidget(), threading.Event(), []
    qtbot.addWidget(screen)
    reader = _reader(tasks, screen, gate, shown)
    reader.read_now("calls")
    reader.request("counts")
    reader.request("calls")
    gate.set()
    qtbot.waitUntil(lambda: len(shown) == 2 and not reader.busy, timeout=3000)
    assert shown == [["calls"], ["calls", "counts"]]
    tasks.shutdown()


def test_a_result_that_comes_back_after_its_screen_was_deleted_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Before, the reader started its timer for the read asked meanwhile: a RuntimeError (its
    C++ object was gone with the screen) in the middle of the event loop."""
    tasks, screen, gate, shown = TaskRunner(), QWidget(), threading.Event(), []
    reader = _reader(tasks, screen, gate, shown)
    reader.read_now("calls")
    reader.request("calls")  # asked while the first read runs
    shiboken6.delete(screen)  # the screen, and the reader with it, deleted without a close
    gate.set()
    wait_idle(tasks)
    assert shown == []
    tasks.shutdown()
