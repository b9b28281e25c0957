"""Drives `kiosk demo` as a newcomer would, in its own process (see tests/test_demo.py).

Usage: python -m tests.demo_driver DB_PATH MACHINE_TIME (ISO, with offset) -> prints a JSON
object with the steps reached and any error, then exits. The steps are real mouse clicks on the
real windows, through the kiosk's scaling, on the real bootstrap with a real SQLite file.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QPushButton, QWidget

from kiosk.config import Settings
from kiosk.core.ports import ShiftedClock
from kiosk.demo import run_demo
from kiosk.ui.common.app_run import qt_app
from kiosk.ui.common.scaled_host import ScaledHost


def _inner(window: QWidget) -> QWidget:
    return window.screen_widget if isinstance(window, ScaledHost) else window


def _button(root: QWidget, name: str) -> QPushButton | None:
    for b in _inner(root).findChildren(QPushButton):
        if b.accessibleName() == name and b.isVisible() and b.isEnabled():
            return b
    return None


def _click(window: QWidget, button: QPushButton) -> None:
    """A left click where the button is on screen (mapped through the kiosk's scaling)."""
    if isinstance(window, ScaledHost):
        inner = button.mapTo(window.screen_widget, button.rect().center())
        at = window.mapFromScene(inner.toPointF())
        target: QWidget = window.viewport()
    else:  # a plain window: Qt delivers a synthetic click to the widget named, not the point
        at, target = button.rect().center(), button
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def _reachable(window: QWidget, button: QPushButton) -> bool:
    """The button's middle is on the screen, inside its window (through the kiosk's scaling)."""
    if isinstance(window, ScaledHost):
        inner = button.mapTo(window.screen_widget, button.rect().center())
        at = window.mapFromScene(inner.toPointF())
        if not window.viewport().rect().contains(at):
            return False
        spot = window.viewport().mapToGlobal(at)
    else:
        spot = button.mapToGlobal(button.rect().center())
    screen = QApplication.primaryScreen().availableGeometry()
    return screen.contains(spot) and window.frameGeometry().contains(spot)


def _fits(windows: dict[str, QWidget], buttons: dict[str, tuple[str, ...]]) -> bool:
    """Every window lies whole on the screen (its frame too), the scaled kiosk shows the whole
    of its design size, and each of ``buttons`` (window title -> names) can be reached."""
    screen = QApplication.primaryScreen().availableGeometry()
    for title, w in windows.items():
        if not screen.contains(w.frameGeometry()):
            return False
        if isinstance(w, ScaledHost):
            whole = w.mapFromScene(w.sceneRect()).boundingRect()
            if w.screen_widget.size() != QSize(1080, 1920) or not w.viewport().rect().contains(
                whole
            ):
                return False
        for name in buttons.get(title, ()):
            b = _button(w, name)
            if b is None or not _reachable(w, b):
                return False
    return True


def _pause(seconds: float) -> Callable[[], bool]:
    """A person looks at the screen before the next tap (the kiosk ignores taps in the first
    moment after a screen change, so a double tap cannot answer the next question)."""
    until = time.monotonic() + seconds
    return lambda: time.monotonic() >= until


def _texts(root: QWidget) -> str:
    """What a person can read: labels, and the cells of lists and tables."""
    parts = [lb.text() for lb in _inner(root).findChildren(QLabel) if lb.isVisible()]
    for view in _inner(root).findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None:
            cols = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            parts += [
                str(model.data(model.index(r, c)))
                for r in range(model.rowCount(QModelIndex()))
                for c in range(cols)
            ]
    return " ".join(parts)


def run(db: Path, machine_time: datetime) -> dict[str, object]:
    """Run the demo on ``db`` with the machine's clock at ``machine_time`` and walk through
    it; the steps reached and any error."""
    windows: dict[str, QWidget] = {}
    log: list[str] = []

    def find_windows() -> bool:
        for w in QApplication.topLevelWidgets():
            title = w.windowTitle().split(" - ")[0]
            if w.isVisible() and title in ("Kiosk", "Loket 1", "Wachtzaal"):
                windows[title] = w
        return len(windows) == 3

    def steps() -> Iterator[Callable[[], bool]]:
        yield find_windows
        kiosk, counter, room = windows["Kiosk"], windows["Loket 1"], windows["Wachtzaal"]
        log.append("windows")
        if "Demo" in _texts(kiosk).split():  # the demo moved its clock: the kiosk says so
            log.append("demo-mark")
        # Each window whole on the screen, in every look of the kiosk (on and off again).
        reach = {"Kiosk": ("Grotere letters", "Meer contrast"), "Loket 1": ("Ander loket kiezen",)}
        yield lambda: _fits(windows, reach)
        for look in ("bigger-text", "normal-text"):
            yield _pause(0.5)
            _click(kiosk, _button(kiosk, "Grotere letters"))
            yield lambda: _fits(windows, reach)
            log.append(f"fits-{look}")
        yield lambda: _button(kiosk, "Identiteitskaart") is not None
        yield _pause(0.5)
        _click(kiosk, _button(kiosk, "Identiteitskaart"))
        log.append("service")
        yield lambda: _button(kiosk, "Nee, ik wacht gewoon") is not None
        yield _pause(0.5)
        _click(kiosk, _button(kiosk, "Nee, ik wacht gewoon"))
        log.append("priority")
        yield lambda: "A001" in _texts(kiosk) and "A001" in _texts(counter)
        log.append("ticket")
        yield _pause(0.5)
        _click(counter, _button(counter, "Volgende"))
        yield lambda: "A001 naar Loket 1" in _texts(room)
        log.append("called")

    script = steps()
    wait_for = next(script)
    deadline = time.monotonic() + 150  # a loaded CI machine is slow; a person is too

    errors: list[BaseException] = []

    def tick() -> None:
        try:
            step()
        except BaseException as exc:  # the app's excepthook would only log it
            errors.append(exc)
            QApplication.quit()

    def step() -> None:
        nonlocal wait_for
        if time.monotonic() > deadline:
            QApplication.quit()
            return
        if wait_for():
            try:
                wait_for = next(script)
            except StopIteration:
                for w in windows.values():
                    w.close()
                QApplication.quit()
                return
        QTimer.singleShot(50, tick)

    qt_app()  # the timer below needs the application the demo will run on
    QTimer.singleShot(100, tick)
    hook = sys.excepthook
    try:
        # The machine's clock, as the demo sees it: a moment fixed by the test, ticking from
        # there, so the test means the same on any day it runs.
        code = run_demo(Settings(), db, machine_clock=ShiftedClock(machine_time))
    finally:
        sys.excepthook = hook
    return {"steps": log, "errors": [repr(e) for e in errors], "exit_code": code}


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = run(Path(sys.argv[1]), datetime.fromisoformat(sys.argv[2]))
    print("DEMO-RESULT " + json.dumps(result), flush=True)
    os._exit(0)  # the demo's own exit path is what is under test, not interpreter teardown
