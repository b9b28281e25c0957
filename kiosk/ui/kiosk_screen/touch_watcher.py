"""Any touch or key on the kiosk window counts: the resident is still there (the idle time
starts again). An application-wide event filter, because the touch lands on a child widget."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

_TOUCH_EVENTS = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress}
)


class Touchable(Protocol):
    def touched(self) -> None: ...


class TouchWatcher(QObject):
    """Tells ``window`` about any touch or key on it or on one of its widgets."""

    def __init__(self, window: QWidget, touchable: Touchable) -> None:
        super().__init__(window)
        self._window = window
        self._touchable = touchable

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in _TOUCH_EVENTS and isinstance(obj, QWidget):
            w = self._window
            if obj is w or w.isAncestorOf(obj):
                self._touchable.touched()
        return False
