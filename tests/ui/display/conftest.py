"""Helpers for the display tests: a recording announcer and running use cases like a counter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kiosk.core.model import Call
from kiosk.services import counter_work, tickets
from kiosk.services.context import Done
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id
from kiosk.ui.common.idle import wait_idle
from kiosk.ui.display.announcer import Announcer


class RecordingAnnouncer(Announcer):
    """Announces instantly and remembers every call it was given, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.announced: list[Call] = []

    def _pause_ms(self) -> int:
        return 0

    def _perform(self, call: Call) -> None:
        self.announced.append(call)
        self._complete(call)


def run_use_case(terminal: Any, fn: Callable[[], Any], publish: bool = True) -> Any:
    """Run a use case on the db lane like a screen would; hand its changes to the feed."""
    box: dict[str, Any] = {}
    terminal.tasks.run(fn, lambda d: box.setdefault("done", d), lambda e: box.setdefault("err", e))
    wait_idle(terminal.tasks)
    if "err" in box:
        raise box["err"]
    if publish:
        terminal.announce(box["done"].changes)
    return box["done"].value


def open_desks_with_tickets(terminal: Any) -> None:
    """Counters 1, 2 and 3 of the town hall open; one ticket waiting that each of them serves."""
    ctx = terminal.ctx
    for n in (1, 2, 3):
        run_use_case(
            terminal, lambda n=n: counter_work.open_counter(ctx, counter_id("gemeentehuis", n))
        )
    for code in ("eid", "passport", "proxy-vote"):
        run_use_case(
            terminal, lambda code=code: tickets.issue_ticket(ctx, TOWN_HALL, service_id(code))
        )


def three_counters_call_at_once(terminal: Any, publish: bool = True) -> list[Call]:
    """Counters 1, 2 and 3 each call the next resident in the same second (one burst of
    changes, as when they arrive together from other terminals). Returns the calls by seq."""
    ctx = terminal.ctx

    def burst() -> Any:
        done = [counter_work.call_next(ctx, counter_id("gemeentehuis", n)) for n in (1, 2, 3)]
        return Done([d.value.call for d in done], tuple(c for d in done for c in d.changes))

    calls = run_use_case(terminal, burst, publish=publish)
    return sorted(calls, key=lambda c: c.seq)


def open_display(
    qtbot: Any, terminal: Any, announcer: Announcer, size: tuple[int, int] = (1920, 1080)
) -> Any:
    """The display on the wall, started and showing what the database holds."""
    from kiosk.ui.display import DisplayWindow

    window = DisplayWindow(terminal, announcer)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(window.settled, timeout=5000)
    return window


@pytest.fixture
def recorder(qapp) -> RecordingAnnouncer:  # type: ignore[no-untyped-def]
    return RecordingAnnouncer()
