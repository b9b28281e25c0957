"""Runs one enrolled terminal (``kiosk run``'s bootstrap, offscreen) and walks a script of
steps a person would take, for the end-to-end tests (tests/test_end_to_end.py).

Usage: python -m tests.terminal_driver CONFIG ROLE AT STEP...
AT: the moment the terminal's clock starts at (ISO, with offset; give its server the same).
Steps: ``tap:NAME`` (a visible, enabled button with that accessible name), ``fill:NAME=TEXT``
(type TEXT into the visible text field with that accessible name), ``see:TEXT`` (wait
until a person could read TEXT on the screen), ``gone:TEXT`` (wait until TEXT is no longer
shown), ``say:WORD`` (print ``STEP WORD`` so the test knows how far we are), ``hold`` (keep
running until standard input closes). Prints ``DRIVER-RESULT {json}`` at the end.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk import terminal_run
from kiosk.config import load_settings
from kiosk.core.ports import ShiftedClock
from kiosk.ui.common.app_run import qt_app
from kiosk.ui.common.scaled_host import ScaledHost
from tests.demo_driver import _button, _click, _pause, _texts


def _screen(host: QWidget) -> QWidget | None:
    inner = getattr(host, "screen_widget", None)
    if inner is None:
        return None
    scaled = inner if isinstance(inner, ScaledHost) else None
    return scaled or inner


def _field(root: QWidget, name: str) -> QLineEdit | None:
    for f in root.findChildren(QLineEdit):
        if f.accessibleName() == name and f.isVisible() and f.isEnabled():
            return f
    return None


def run(config: Path, role: str, at: datetime, script: list[str]) -> dict[str, object]:
    hosts: list[QWidget] = []
    reached: list[str] = []
    errors: list[str] = []
    stdin_closed = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stdin_closed.set()), daemon=True).start()

    def steps() -> Iterator[Callable[[], bool]]:
        yield lambda: bool(hosts) and _screen(hosts[0]) is not None
        screen = _screen(hosts[0])
        assert screen is not None
        for step in script:
            verb, _, arg = step.partition(":")
            if verb == "tap":
                yield lambda a=arg: _button(screen, a) is not None
                yield _pause(0.6)
                button = _button(screen, arg)
                assert button is not None, f"no button {arg}"
                _click(screen, button)
            elif verb == "fill":
                name, _, text = arg.partition("=")
                yield lambda n=name: _field(screen, n) is not None
                field = _field(screen, name)
                assert field is not None
                field.clear()
                QTest.keyClicks(field, text)
            elif verb == "see":
                yield lambda a=arg: a in _texts(screen)
            elif verb == "gone":
                yield lambda a=arg: a not in _texts(screen)
            elif verb == "say":
                print(f"STEP {arg}", flush=True)
            elif verb == "hold":
                yield stdin_closed.is_set
            reached.append(step)

    script_iter = steps()
    wait_for = next(script_iter)
    deadline = time.monotonic() + 120

    def tick() -> None:
        nonlocal wait_for
        try:
            if time.monotonic() > deadline:
                screen = _screen(hosts[0]) if hosts else None
                shown = _texts(screen) if screen is not None else "-"
                errors.append(f"timed out after {reached[-1:]}; screen: {shown}")
                QApplication.quit()
                return
            if wait_for():
                wait_for = next(script_iter)
        except StopIteration:
            QApplication.quit()
            return
        except BaseException as exc:
            errors.append(repr(exc))
            QApplication.quit()
            return
        QTimer.singleShot(50, tick)

    qt_app()
    QTimer.singleShot(100, tick)
    settings = load_settings(config)
    terminal_run.run_role(
        role, settings, windowed=True, on_window=hosts.append, clock=ShiftedClock(at)
    )
    return {"reached": reached, "errors": errors}


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    at = datetime.fromisoformat(sys.argv[3])
    result = run(Path(sys.argv[1]), sys.argv[2], at, sys.argv[4:])
    print("DRIVER-RESULT " + json.dumps(result), flush=True)
    os._exit(0)
