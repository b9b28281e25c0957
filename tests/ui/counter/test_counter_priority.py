"""A clerk gives a waiting resident priority from the waiting list (the kiosk question is not
the only way in)."""

from __future__ import annotations

from kiosk.core.model import PriorityReason
from tests.ui.counter.test_counter_console import (
    open_desk,
    settle,
    stored,
    take_ticket,
    waiting_numbers,
)


def choose(screen, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an item of the button's menu, as a click on it would."""
    (action,) = [a for a in screen.priority.menu().actions() if a.text() == text]
    assert action.isEnabled()
    action.trigger()


def test_clerk_gives_a_waiting_resident_priority(window, terminal) -> None:
    first = take_ticket(terminal, "eid")
    terminal.ctx.clock.advance(60)
    later = take_ticket(terminal, "eid")
    screen = open_desk(window, terminal)
    assert waiting_numbers(screen) == ["A001", "A002"]
    assert not screen.priority.isEnabled()  # nothing chosen yet

    screen.waiting.select_row(1)  # A002
    assert screen.priority.isEnabled()
    choose(screen, "Oudere")
    settle(terminal)

    assert stored(terminal, later).priority == PriorityReason.ELDERLY
    assert stored(terminal, first).priority is None
    assert waiting_numbers(screen) == ["A002", "A001"]  # the list follows the new order

    screen.waiting.select_row(0)
    choose(screen, "Geen voorrang")
    settle(terminal)
    assert stored(terminal, later).priority is None
    assert waiting_numbers(screen) == ["A001", "A002"]
