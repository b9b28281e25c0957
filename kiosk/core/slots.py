"""Free appointment slots: pure functions over the schedule and the bookings.

Capacity follows the counters: a slot for a service at a branch is free when at least one
counter of that branch that serves the service has no appointment overlapping it. The booking
is then planned on that counter (so each counter's calendar is true). Slots start at the start
of an opening period and follow each other every ``slot_minutes``; a slot must end by the end
of the period.

Pitfall: walk-ins share the same counters. This rule lets appointments fill a counter's whole
day; the municipality limits that by giving the service its own (shorter) hours or fewer
counters, not by a quota here.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.core.hours import Schedule

#: No appointment is longer than this (a booking refuses longer ones).
MAX_LENGTH = timedelta(hours=4)


@dataclass(frozen=True, slots=True)
class Slot:
    branch_id: str
    counter_id: str
    starts_at: datetime
    minutes: int

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)


def slot_minutes(expected_minutes: int) -> int:
    """A service's slot: its expected visit, rounded up to 5 minutes, at least 10."""
    return max(10, -(-expected_minutes // 5) * 5)


class Bookings:
    """Booked intervals per counter, sorted, for fast "is this counter free then?".

    Intervals are (start, end) UTC datetimes. ``ignore``: an appointment id whose own interval
    does not count (moving an appointment must not collide with itself)."""

    def __init__(self, intervals: Mapping[str, Sequence[tuple[datetime, datetime, str]]]) -> None:
        self._by_counter: dict[str, list[tuple[datetime, datetime, str]]] = {
            c: sorted(v) for c, v in intervals.items()
        }
        self._starts = {c: [i[0] for i in v] for c, v in self._by_counter.items()}

    def is_free(
        self, counter_id: str, start: datetime, end: datetime, ignore: str | None = None
    ) -> bool:
        booked = self._by_counter.get(counter_id)
        if not booked:
            return True
        # Only intervals that start before ``end`` can overlap; walk back from there until
        # intervals start so early that they ended (no appointment lasts MAX_LENGTH).
        i = bisect.bisect_left(self._starts[counter_id], end)
        while i > 0:
            i -= 1
            b_start, b_end, b_id = booked[i]
            if b_start <= start - MAX_LENGTH:
                break
            if b_id != ignore and b_start < end and start < b_end:
                return False
        return True


def free_slots(
    schedule: Schedule,
    branch_ids: Sequence[str],
    service_id: str,
    counters: Mapping[str, Sequence[str]],
    bookings: Bookings,
    after: datetime,
    minutes: int,
    *,
    step_minutes: int | None = None,
    horizon_days: int = 90,
    limit: int = 1,
    ignore: str | None = None,
) -> list[Slot]:
    """The first ``limit`` free slots at or after ``after``, earliest first, across
    ``branch_ids`` (equal times: the branch listed first). ``counters``: branch id -> ids of
    its counters that serve the service, in the order to try them."""
    step = timedelta(minutes=step_minutes or minutes)
    length = timedelta(minutes=minutes)
    found: list[Slot] = []
    first = schedule.local_day(after)
    for offset in range(horizon_days + 1):
        day = first + timedelta(days=offset)
        todays: list[Slot] = []
        for b in branch_ids:
            ids = counters.get(b, ())
            if not ids:
                continue
            for o in schedule.openings(b, service_id, day):
                start = o.starts
                while start + length <= o.ends:
                    if start >= after:
                        end = start + length
                        for c in ids:
                            if bookings.is_free(c, start, end, ignore):
                                todays.append(Slot(b, c, start, minutes))
                                break
                    start += step
        if todays:
            order = {b: i for i, b in enumerate(branch_ids)}
            todays.sort(key=lambda s: (s.starts_at, order[s.branch_id]))
            found.extend(todays[: limit - len(found)])
            if len(found) >= limit:
                return found
    return found


def fits(
    schedule: Schedule,
    slot: Slot,
    service_id: str,
    bookings: Bookings,
    ignore: str | None = None,
) -> bool:
    """Is ``slot`` inside an opening of the service and its counter free? (The check a booking
    makes again inside its transaction, after a clerk picked the slot.)"""
    inside = any(
        o.starts <= slot.starts_at and slot.ends_at <= o.ends
        for o in schedule.openings(slot.branch_id, service_id, schedule.local_day(slot.starts_at))
    )
    return inside and bookings.is_free(slot.counter_id, slot.starts_at, slot.ends_at, ignore)
