"""When the demo's clock starts: now when the demo town hall serves walk-ins with time to spare,
else at its next such opening (kiosk demo at any hour, issue 17)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.ports import FakeClock
from kiosk.services.context import ServiceContext
from kiosk.services.demo_day import demo_start

BRUSSELS = "Europe/Brussels"


def local(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(BRUSSELS)).astimezone(UTC)


@pytest.mark.parametrize(
    ("now", "start"),
    [
        # Sunday evening: Monday's opening.
        (local(2026, 12, 6, 19, 19), local(2026, 12, 7, 9)),
        # Monday morning, open: the real time.
        (local(2026, 12, 7, 10, 0), None),
        # Monday 11:45, closing at 12:30: less than an hour left, so Tuesday's opening.
        (local(2026, 12, 7, 11, 45), local(2026, 12, 8, 9)),
        # Tuesday 13:00, between the morning and the evening opening (14:00-19:00).
        (local(2026, 12, 8, 13, 0), local(2026, 12, 8, 14)),
        # Friday afternoon before a session Saturday (passports only): Monday, not Saturday.
        (local(2026, 12, 4, 15, 0), local(2026, 12, 7, 9)),
        # Christmas Day, a holiday: Monday 28 December.
        (local(2026, 12, 25, 10, 0), local(2026, 12, 28, 9)),
        # Early on a weekday: that morning's opening.
        (local(2026, 12, 9, 7, 30), local(2026, 12, 9, 9)),
    ],
)
def test_the_demo_starts_when_a_walk_in_can_be_served(
    ctx: ServiceContext, clock: FakeClock, now: datetime, start: datetime | None
) -> None:
    clock.set(now)
    assert demo_start(ctx) == start
