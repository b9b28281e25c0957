"""The counter console's fixture: a CounterWindow on the test terminal, full HD, shown."""

from __future__ import annotations

import pytest

from kiosk.ui.counter import CounterWindow
from tests.ui.counter.test_counter_console import settle


@pytest.fixture
def window(qapp, terminal):  # type: ignore[no-untyped-def]
    w = CounterWindow(terminal)
    w.resize(1920, 1080)
    w.show()
    w.activateWindow()
    settle(terminal)
    yield w
    w.close()
    settle(terminal, 20)
    w.deleteLater()
