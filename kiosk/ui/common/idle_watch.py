"""Notices when nobody touched this terminal for a while (keys, mouse, touch), for sign-out.

It watches the whole application's input events, so no screen has to report activity. A value
of 0 seconds switches it off.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatch(QObject):
    idle = Signal()

    def __init__(self, after_s: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._after_ms = max(0, after_s) * 1000
        self._since = QElapsedTimer()
        self._check = QTimer(self)
        self._check.setInterval(min(5000, max(250, self._after_ms // 4)))
        self._check.timeout.connect(self._tick)
        self._watching = False

    def start(self) -> None:
        """Count from now. The application's events are watched only while counting: a filter
        on every event of the application is not free."""
        if not self._after_ms:
            return
        self._since.start()
        self._check.start()
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True

    def stop(self) -> None:
        self._check.stop()
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
            self._watching = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._since.isValid():
            self._since.restart()
        return False

    def _tick(self) -> None:
        if self._since.isValid() and self._since.elapsed() >= self._after_ms:
            self.stop()
            self.idle.emit()
