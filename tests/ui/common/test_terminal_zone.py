"""A terminal shows times in its municipality's time zone, read from the database: nothing on
screen assumes Brussels."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.services import help_requests
from kiosk.services.context import ServiceContext
from kiosk.storage.demo import TOWN_HALL
from kiosk.ui.common.idle import wait_idle
from kiosk.ui.counter import CounterWindow
from tests.services.test_time_zone import municipality_in
from tests.ui.counter.test_counter_console import open_desk, settle
from tests.ui.display.conftest import RecordingAnnouncer, open_display
from tests.ui.kiosk_screen.conftest import FakePrinter, Kiosk
from tests.ui.kiosk_screen.test_kiosk_opening_hours import closed_card


@pytest.fixture
def in_lisbon(ctx: ServiceContext) -> None:
    """The demo municipality moved to Lisbon (UTC+0 in winter) before its terminal starts."""
    municipality_in(ctx, "Europe/Lisbon")


def test_the_terminal_has_its_municipality_s_zone(in_lisbon, terminal) -> None:  # type: ignore[no-untyped-def]
    assert terminal.zone.key == "Europe/Lisbon"


def test_the_display_and_the_kiosk_show_lisbon_time(in_lisbon, terminal, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The test clock is 08:00 UTC: 08:00 in Lisbon, 09:00 in Brussels.
    display = open_display(qtbot, terminal, RecordingAnnouncer())
    assert display._clock.text() == "08:00"
    kiosk = Kiosk(qtbot, terminal, FakePrinter(), "portrait")
    kiosk.window.header.refresh()
    assert kiosk.window.header.time.text() in ("08:00", "8:00")
    kiosk.window.close()
    display.close()
    wait_idle(terminal.tasks)


def test_the_counter_shows_lisbon_time(in_lisbon, terminal) -> None:  # type: ignore[no-untyped-def]
    """The console's clock and a help request's time: 08:00 UTC is 08:00 in Lisbon."""
    window = CounterWindow(terminal)
    window.show()
    settle(terminal)
    screen = open_desk(window, terminal)
    assert screen.header.clock_label.text() in ("08:00", "8:00")
    help_requests.ask_for_help(terminal.ctx, TOWN_HALL, "kiosk-1", "Kiosk inkom")
    settle(terminal, 400)
    assert screen.help_banner.text().endswith("sinds 08:00.")
    window.close()
    settle(terminal, 20)


def test_the_kiosk_says_lisbon_opening_hours(in_lisbon, terminal, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The town hall opens at 9 o'clock Lisbon time after Christmas: the closed card says
    "9 uur", not Brussels' "10 uur"."""
    clock.set(datetime(2026, 12, 25, 10, 0, tzinfo=ZoneInfo("Europe/Lisbon")))
    kiosk = Kiosk(qtbot, terminal, FakePrinter(), "portrait")
    assert "We zijn weer open op maandag 28 december om 9 uur." in closed_card(kiosk)
    kiosk.window.close()
    wait_idle(terminal.tasks)
