"""The counter console's fixture: a CounterWindow on the test terminal, full HD, shown."""

from __future__ import annotations

import pytest

from kiosk.ui.counter import CounterWindow
from kiosk.ui.counter.close_dialog import CloseChoice
from tests.ui.counter.test_counter_console import settle


@pytest.fixture
def window(qapp, terminal):  # type: ignore[no-untyped-def]
    # Closed at the end with a resident at the desk, it puts them back in line rather than ask
    # a question nobody answers (tests/ui/counter/test_counter_lease.py asks it).
    w = CounterWindow(terminal, ask_close=lambda _w, _n, answer: answer(CloseChoice.PARK))
    w.resize(1920, 1080)
    w.show()
    w.activateWindow()
    settle(terminal)
    yield w
    w.close()
    settle(terminal, 20)
    w.deleteLater()
