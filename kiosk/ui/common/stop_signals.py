"""Ctrl+C, SIGTERM and closing a window end a Qt program cleanly, with no traceback.

Why this is needed: Python runs a signal handler only when the interpreter gets control, and
a Qt event loop that waits for events never gives it; the default SIGINT handler then raises
KeyboardInterrupt inside whatever Python code Qt happens to call next (an event filter, a
slot), where it is logged as an "unhandled error" and the windows stay open. Here the
handlers only note the signal and ask the loop to quit; ``signal.set_wakeup_fd`` writes a byte
to a socket on every signal, and a QSocketNotifier on its other end wakes the event loop at
once so Python gets to run the handler.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSocketNotifier, QTimer

#: Exit codes: 130 after Ctrl+C, as shells do (128 + SIGINT); 0 after SIGTERM or a closed
#: window, which are the normal ways to stop.
EXIT_INTERRUPTED = 130


class StopOnSignals(QObject):
    """While alive: SIGINT and SIGTERM quit ``app``'s event loop. ``exit_code`` then says
    what to return (None: the loop ended by itself). ``release`` puts the old handlers back."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self.exit_code: int | None = None
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._old_wakeup = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._old: dict[int, Any] = {}
        for number, code in ((signal.SIGINT, EXIT_INTERRUPTED), (signal.SIGTERM, 0)):
            self._old[number] = signal.signal(number, self._handler(code))

    def _handler(self, code: int) -> Callable[[int, FrameType | None], None]:
        def handle(_signum: int, _frame: FrameType | None) -> None:
            self.quit(code)

        return handle

    def quit(self, code: int = 0) -> None:
        if self.exit_code is None:
            self.exit_code = code
        # From the loop, not from inside whatever Python code the signal interrupted. exit(),
        # not quit(): Qt 6's quit() first closes every window and gives up when one refuses
        # (a counter with a resident at the desk asks first), and every refused close came
        # back here as another quit: the demo spun at full speed instead of stopping.
        QTimer.singleShot(0, self._exit)

    def _exit(self) -> None:
        self._app.exit(self.exit_code or 0)

    def quit_when_closed(self, window: QObject) -> None:
        """Closing ``window`` (its title bar's cross, Alt+F4) ends the program."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.quit(0)
        return False

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            while self._reader.recv(512):
                pass

    def release(self) -> None:
        """The old handlers back (the signals after this are the caller's business)."""
        for number, old in self._old.items():
            signal.signal(number, old)
        self._old.clear()
        signal.set_wakeup_fd(self._old_wakeup)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
