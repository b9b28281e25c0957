from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.core import estimate
from kiosk.core.model import format_ticket_number


def test_numbers_format_and_never_wrap() -> None:
    assert format_ticket_number("A", 1) == "A001"
    assert format_ticket_number("A", 999) == "A999"
    assert format_ticket_number("A", 1000) == "A1000"


def test_estimate_uses_expected_duration_without_history() -> None:
    avg = estimate.average_visit_s([], expected_minutes=10)
    assert avg == 600
    assert estimate.estimate_wait_minutes(0, avg, 1) == 5  # half a visit
    assert estimate.estimate_wait_minutes(3, avg, 1) == 35
    assert estimate.estimate_wait_minutes(3, avg, 2) == 18


def test_estimate_follows_the_real_pace() -> None:
    fast = estimate.average_visit_s([120.0] * 10, expected_minutes=10)
    assert 120 < fast < 300


@given(st.integers(0, 500), st.floats(60, 5400), st.integers(0, 10))
def test_estimate_grows_with_people_ahead(ahead: int, avg: float, counters: int) -> None:
    a = estimate.estimate_wait_minutes(ahead, avg, counters)
    b = estimate.estimate_wait_minutes(ahead + 1, avg, counters)
    assert 0 < a <= b


def test_round_up_to_five() -> None:
    assert estimate.round_up_to(0) == 0
    assert estimate.round_up_to(1) == 5
    assert estimate.round_up_to(10) == 10
