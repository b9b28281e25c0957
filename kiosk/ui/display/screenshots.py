"""Screenshots of the waiting-room display, for reviews and the manual.

Two states per size: ``empty`` (no calls yet today: the welcome) and ``calls`` (several counters
called, one recall, residents still waiting; the newest call highlighted). The calls are made
through the real use cases on the terminal's database, on the terminal's db lane.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from kiosk.core.queueing import QueueError
from kiosk.services import counter_work, tickets
from kiosk.services.catalogue import branch_catalogue
from kiosk.services.errors import StorageError
from kiosk.ui.common import i18n
from kiosk.ui.common.idle import wait_idle
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.display.announcer import SilentAnnouncer
from kiosk.ui.display.window import DisplayWindow

#: Tickets issued per service for the "calls" screenshot, in the branch's service order.
_TICKETS_PER_SERVICE = (5, 2, 1, 3, 2, 1, 2, 3, 2)


def _pump_until(done: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the display did not settle")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
    QCoreApplication.processEvents()


def _run(terminal: Terminal, fn: Callable[[], Any]) -> Any:
    """Run one use case on the db lane, hand its changes to the screens, return its value."""
    box: dict[str, Any] = {}
    terminal.tasks.run(fn, lambda d: box.setdefault("done", d), lambda e: box.setdefault("err", e))
    wait_idle(terminal.tasks)
    if "err" in box:
        raise box["err"]
    terminal.announce(box["done"].changes)
    return box["done"].value


def make_demo_calls(terminal: Terminal) -> int:
    """Open the branch's counters, issue tickets and let every counter call (some twice, one
    recall when the clock can be moved). Returns the number of calls made."""
    ctx, branch = terminal.ctx, terminal.branch.id
    cat = _run_read(terminal, lambda: branch_catalogue(ctx, branch))
    for c in cat.counters:
        _run(terminal, lambda c=c: counter_work.open_counter(ctx, c.id))
    for i, svc in enumerate(cat.services):
        for _ in range(_TICKETS_PER_SERVICE[i % len(_TICKETS_PER_SERVICE)]):
            # Every service, whatever its hours: a full board to photograph.
            _run(
                terminal,
                lambda s=svc: tickets.issue_ticket(
                    ctx, branch, s.id, outside_hours_by="screenshots"
                ),
            )
    made: list[Any] = []
    rounds = [cat.counters, cat.counters[:2]] if len(cat.counters) > 2 else [cat.counters] * 3
    for group in rounds:
        for c in group:
            called = _run(terminal, lambda c=c: counter_work.call_next(ctx, c.id))
            if called is not None:
                made.append(called)
    advance = getattr(ctx.clock, "advance", None)
    if advance is not None and len(made) > 2:
        advance(ctx.rules.recall_min_interval_s + 1)  # a recall needs the resident's walk time
        again = made[2]
        try:
            _run(terminal, lambda: counter_work.recall(ctx, again.call.counter_id, again.ticket.id))
            made.append(again)
        except (StorageError, QueueError):
            pass
    return len(made)


def _run_read(terminal: Terminal, fn: Callable[[], Any]) -> Any:
    box: dict[str, Any] = {}
    terminal.tasks.run(fn, lambda v: box.setdefault("v", v), lambda e: box.setdefault("err", e))
    wait_idle(terminal.tasks)
    if "err" in box:
        raise box["err"]
    return box["v"]


def _save(window: DisplayWindow, path: Path) -> Path:
    QCoreApplication.processEvents()
    if not window.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def render_screenshots(
    terminal: Terminal,
    out_dir: Path,
    sizes: Iterable[tuple[int, int]] = ((1920, 1080), (1080, 1920)),
    language: str = i18n.SOURCE_LANGUAGE,
) -> list[Path]:
    """Write display-empty-WxH.png, display-calls-WxH.png and display-offline-WxH.png for
    each size; return the paths. In another ``language`` than Dutch (the display's setting)
    the files are display-empty-fr-WxH.png, ...; the display's language is put back afterwards.

    "empty" is only empty on a database without calls today (the demo database as seeded).
    """
    if QApplication.instance() is None:
        raise RuntimeError("render_screenshots needs a QApplication")
    before = i18n.current_language("display")
    i18n.use_language("display", language)
    try:
        return _render(terminal, out_dir, sizes, i18n.current_language("display"))
    finally:
        i18n.use_language("display", before)


def _render(
    terminal: Terminal, out_dir: Path, sizes: Iterable[tuple[int, int]], language: str
) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    lang = "" if language == i18n.SOURCE_LANGUAGE else f"{language}-"
    # One window per size, all open before the calls, so each sees them arrive and announces
    # them (a window opened later would list them without highlighting the newest).
    windows = []
    for w, h in sizes:
        window = DisplayWindow(terminal, SilentAnnouncer(duration_ms=30))
        window.resize(w, h)
        window.show()
        windows.append((window, w, h))
    paths: list[Path] = []
    try:
        wait_idle(terminal.tasks)
        _pump_until(lambda: all(win.settled() for win, _, _ in windows))
        for win, w, h in windows:
            paths.append(_save(win, out_dir / f"display-empty-{lang}{w}x{h}.png"))
        make_demo_calls(terminal)
        newest = lambda win: win.recent.calls()[0] if win.recent.calls() else None  # noqa: E731
        _pump_until(
            lambda: all(
                win.settled() and win.panel.call is newest(win) and win.panel.highlighted
                for win, _, _ in windows
            )
        )
        for win, w, h in windows:
            paths.append(_save(win, out_dir / f"display-calls-{lang}{w}x{h}.png"))
        # The server out of reach: the last known state, marked as such.
        terminal.link.report_online(False, terminal.ctx.clock.now())
        _pump_until(lambda: all(win.offline_shown() for win, _, _ in windows))
        for win, w, h in windows:
            paths.append(_save(win, out_dir / f"display-offline-{lang}{w}x{h}.png"))
        terminal.link.report_online(True, terminal.ctx.clock.now())
    finally:
        for win, _, _ in windows:
            win.close()
            win.deleteLater()
        QCoreApplication.processEvents()
    return paths
