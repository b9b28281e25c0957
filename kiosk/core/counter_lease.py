"""Who has a counter open, and until when: the lease a counter console holds on its desk.

A console that opens a counter takes the lease; while it works it renews the lease (a heartbeat
from a background task); closing gives it back. A console that crashed or lost its network
stops renewing, so its lease runs out by itself: the counter then no longer counts as open for
waiting-time estimates, and another console may take it. While a lease runs, a second console
is refused, and told who has the counter (``holder_name``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

#: How long a lease runs without a heartbeat when no setting says otherwise.
DEFAULT_LEASE_S = 90
#: Bounds for a lease's length: short enough to free a crashed desk soon, long enough that one
#: slow heartbeat does not lose it.
MIN_LEASE_S = 15
MAX_LEASE_S = 3600


@dataclass(frozen=True, slots=True)
class LeaseHolder:
    """One console: ``id`` differs per running console, ``name`` says where it is and who
    works at it ("PC-LOKET-2, Els Peeters"), for the refusal another console sees."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class CounterLease:
    counter_id: str
    holder: LeaseHolder
    expires_at: datetime

    def is_live(self, now: datetime) -> bool:
        """The holder renewed it recently enough: the counter is really worked at."""
        return now < self.expires_at


class CounterTaken(Exception):
    """Another console has this counter open (its lease runs). ``holder_name`` says which."""

    def __init__(self, counter_id: str, holder_name: str) -> None:
        super().__init__(counter_id, holder_name)
        self.counter_id = counter_id
        self.holder_name = holder_name
        self.user_message = f"Dit loket is al open op {holder_name}."
        self.log_message = f"counter {counter_id} already open at {holder_name}"


def lease_length(seconds: int) -> timedelta:
    """A lease's length, kept within its bounds (a setting or a request may ask anything)."""
    return timedelta(seconds=min(MAX_LEASE_S, max(MIN_LEASE_S, seconds)))


def may_take(current: CounterLease | None, holder: LeaseHolder, now: datetime) -> bool:
    """Whether ``holder`` may (re)take the counter: free, run out, or already theirs."""
    return current is None or not current.is_live(now) or current.holder.id == holder.id


def take(
    current: CounterLease | None, counter_id: str, holder: LeaseHolder, now: datetime, length: int
) -> CounterLease:
    """The lease ``holder`` gets (or renews) until ``now`` plus ``length`` seconds; CounterTaken
    while another console's lease runs."""
    if current is not None and not may_take(current, holder, now):
        raise CounterTaken(counter_id, current.holder.name)
    return CounterLease(counter_id, holder, now + lease_length(length))
