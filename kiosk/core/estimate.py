"""Waiting-time estimate per service, from recent service times.

Method (also in README):
- Service time of a finished visit = done_at - serving_at, clipped to 1..90 minutes so that a
  ticket left open over lunch does not wreck the average.
- The average for a service blends the last ``window`` visits of today with the service's
  expected duration, weighted as ``prior_weight`` visits (a shrinkage estimate): early in the
  morning the catalogue's figure rules, after a few visits the real pace takes over.
- Wait for a resident with ``ahead`` people before them = ceil((ahead + 0.5) * average / counters)
  where counters is the number of open counters serving the service (at least 1). The +0.5 counts
  the visit going on now, half done on average.
The kiosk shows this rounded up to 5 minutes and words it as "about"; never as a promise.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime

MIN_VISIT_S = 60.0
MAX_VISIT_S = 90 * 60.0


def visit_seconds(serving_at: datetime | None, done_at: datetime | None) -> float | None:
    if serving_at is None or done_at is None:
        return None
    return min(MAX_VISIT_S, max(MIN_VISIT_S, (done_at - serving_at).total_seconds()))


def average_visit_s(
    recent_visits_s: Iterable[float], expected_minutes: int, prior_weight: float = 3.0
) -> float:
    """Blend of recent visit lengths (seconds) and the expected duration."""
    visits = [min(MAX_VISIT_S, max(MIN_VISIT_S, v)) for v in recent_visits_s]
    prior = max(1, expected_minutes) * 60.0
    return (sum(visits) + prior_weight * prior) / (len(visits) + prior_weight)


def estimate_wait_minutes(ahead: int, average_s: float, open_counters: int) -> int:
    """Whole minutes until a resident with ``ahead`` people before them is likely called."""
    if ahead < 0:
        raise ValueError("ahead must be >= 0")
    counters = max(1, open_counters)
    return math.ceil((ahead + 0.5) * average_s / counters / 60.0)


def round_up_to(minutes: int, step: int = 5) -> int:
    """Rounded up to ``step`` minutes; 0 stays 0 (no wait)."""
    return 0 if minutes <= 0 else step * math.ceil(minutes / step)
