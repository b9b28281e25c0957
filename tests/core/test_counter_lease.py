"""The lease rules on their own (kiosk/core/counter_lease.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.core.counter_lease import (
    MAX_LEASE_S,
    MIN_LEASE_S,
    CounterLease,
    CounterTaken,
    LeaseHolder,
    lease_length,
    take,
)

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
ELS = LeaseHolder("a", "PC-1 (Els)")
JAN = LeaseHolder("b", "PC-2 (Jan)")


def test_a_running_lease_refuses_another_console_by_name() -> None:
    held = take(None, "c1", ELS, NOW, 60)
    assert held == CounterLease("c1", ELS, NOW + timedelta(seconds=60))
    with pytest.raises(CounterTaken, match="PC-1"):
        take(held, "c1", JAN, NOW + timedelta(seconds=59), 60)
    assert take(held, "c1", ELS, NOW + timedelta(seconds=30), 60).expires_at == NOW + timedelta(
        seconds=90
    )
    assert take(held, "c1", JAN, NOW + timedelta(seconds=60), 60).holder == JAN


def test_a_lease_length_stays_within_bounds() -> None:
    assert lease_length(1) == timedelta(seconds=MIN_LEASE_S)
    assert lease_length(10**9) == timedelta(seconds=MAX_LEASE_S)
