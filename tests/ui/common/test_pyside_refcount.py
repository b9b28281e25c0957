"""PySide6 6.12.0 under Python 3.11 drops one reference to None on every call that returns
nothing; a display running for some minutes then aborts ("Fatal Python error: none_dealloc").
This guards the pin in pyproject.toml against a lock update bringing the bug back."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_none_alive(qapp) -> None:
    w = QWidget()
    before = sys.getrefcount(None)
    for _ in range(1000):
        w.setObjectName("probe")
    assert before - sys.getrefcount(None) < 50
