"""The barcode scanner: it types like a keyboard, fast, and ends with Enter.

``ScanReader.feed`` gets every key press the kiosk window sees (on any screen). Characters that
follow each other within ``max_gap_ms`` build up a scan; Enter within that time ends it. A scan
that starts with the appointment prefix (``KIOSK-APPT:``) is emitted as ``scanned(text)`` and
its Enter is used up; anything else (a person at a keyboard, a library card) is left alone.

Pitfall: scanners send a Shift press before capitals; keys without text (Shift, Ctrl) neither
count nor break the scan.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from kiosk.core.appointments import QR_PREFIX

MAX_GAP_MS = 50
MAX_LENGTH = 200
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScanReader(QObject):
    scanned = Signal(str)

    def __init__(
        self,
        max_gap_ms: float = MAX_GAP_MS,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.max_gap_ms = max_gap_ms
        self._clock = clock
        self._buffer = ""
        self._last: float | None = None

    def _quick(self, now: float) -> bool:
        return self._last is not None and (now - self._last) * 1000.0 < self.max_gap_ms

    def feed(self, event: QKeyEvent) -> bool:
        """Look at one key press; True when it completed a scan (the caller drops the key)."""
        now = self._clock()
        if event.key() in _ENTER:
            text, quick = self._buffer, self._quick(now)
            self._buffer, self._last = "", None
            if quick and text.upper().startswith(QR_PREFIX):
                self.scanned.emit(text)
                return True
            return False
        ch = event.text()
        if not ch or not ch.isprintable():
            return False
        if not self._quick(now):
            self._buffer = ""
        self._buffer = (self._buffer + ch)[-MAX_LENGTH:]
        self._last = now
        return False
