"""The background lanes: results come back on the GUI thread, and the worker thread never holds
what the GUI thread's callbacks reach (a window dropped there would be deleted on the wrong
thread: a crash)."""

from __future__ import annotations

import gc
import threading
import weakref
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from kiosk.ui.common.tasks import TaskRunner


class _Recording(ThreadPoolExecutor):
    """A lane that keeps every future it made: as the worker thread holds them."""

    def __init__(self) -> None:
        super().__init__(max_workers=1)
        self.futures: list[Future[Any]] = []

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        fut = super().submit(fn, *args, **kwargs)
        self.futures.append(fut)
        return fut


class _Screen:
    def __init__(self) -> None:
        self.got: list[object] = []
        self.threads: list[str] = []

    def show(self, value: object) -> None:
        self.got.append(value)
        self.threads.append(threading.current_thread().name)


def _reachable(start: object, target: object, depth: int = 10) -> bool:
    seen: set[int] = set()
    layer = [start]
    for _ in range(depth):
        nxt = []
        for obj in layer:
            for ref in gc.get_referents(obj):
                if ref is target:
                    return True
                if id(ref) not in seen:
                    seen.add(id(ref))
                    nxt.append(ref)
        layer = nxt
    return False


def test_a_result_reaches_the_screen_on_the_gui_thread_and_the_lane_keeps_no_hold_on_it(
    qtbot,
) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    lane = _Recording()
    runner._lanes["db"] = lane
    screen = _Screen()
    gate = threading.Event()  # the work ends after run() has returned, as it usually does
    runner.run(lambda: gate.wait(5) and 42, screen.show)
    gate.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert screen.got == [42]
    assert screen.threads == [threading.main_thread().name]
    # The future stays with the worker thread for a while: it must not lead to the screen.
    assert not _reachable(lane.futures[0], screen)
    alive = weakref.ref(screen)
    del screen
    gc.collect()
    assert alive() is None
    runner.shutdown()


def test_an_error_goes_to_its_handler_and_no_callback_is_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("printer jammed")

    runner.run(fail, None, errors.append)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert [str(e) for e in errors] == ["printer jammed"]
    assert runner._waiting == {}
    runner.shutdown()
