"""What the core and the use cases need from the outside world, as Protocols.

Concrete parts (system clock, SQL storage, printers, speech) are chosen in kiosk/bootstrap.py;
tests pass fakes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Timezone-aware UTC now."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class ShiftedClock:
    """Another clock (the system's by default) moved by a fixed offset; it keeps ticking.

    For demos and tests: ``kiosk demo --at`` (a Saturday session or a holiday on any day, and
    the demo's start at the next opening when the town hall is closed), and ``kiosk server
    --at`` / ``kiosk run --at`` so a server and its terminals agree on one moment that does not
    depend on today's date. Processes that must agree exchange the offset, not the start."""

    def __init__(self, start: datetime, base: Clock | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("ShiftedClock needs an aware datetime")
        self._base = base or SystemClock()
        self.offset = start - self._base.now()

    @classmethod
    def by(cls, offset: timedelta, base: Clock | None = None) -> ShiftedClock:
        clock = cls(datetime.now(UTC), base)
        clock.offset = offset
        return clock

    def now(self) -> datetime:
        return self._base.now() + self.offset


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> datetime:
        self._now += timedelta(seconds=seconds)
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when
