"""Ticket numbers never repeat within a branch-day, whatever the order of issues, days and
branches: checked through the real use case on a real database.

Hypothesis reuses the database between examples, which makes the check stronger: after every
example, each (branch, day, letter) line in the whole database must hold exactly 1..n.
"""

from __future__ import annotations

from collections import defaultdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kiosk.services import tickets
from kiosk.storage import tables as tb
from kiosk.storage.demo import LIB_HALLE, TOWN_HALL, service_id

# (branch, service code, hours to move the clock before issuing)
steps = st.lists(
    st.tuples(
        st.sampled_from([TOWN_HALL, LIB_HALLE]),
        st.sampled_from(["eid", "certificate", "waste"]),
        st.sampled_from([0, 0, 0, 1, 7, 24]),
    ),
    min_size=1,
    max_size=40,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=steps)
def test_numbers_never_repeat_within_a_branch_day(ctx, clock, plan) -> None:  # type: ignore[no-untyped-def]
    for branch, code, hours in plan:
        clock.advance(hours * 3600)
        # At any hour, also at night: a clerk's override (numbering is what is tested here).
        tickets.issue_ticket(ctx, branch, service_id(code), outside_hours_by="clerk")
    lines: dict[tuple[str, object, str], list[int]] = defaultdict(list)
    with ctx.db.read() as conn:
        t = tb.tickets.c
        for branch_id, day, letter, number in conn.execute(
            select(t.branch_id, t.day, t.letter, t.number)
        ):
            lines[(branch_id, day, letter)].append(number)
    for line, numbers in lines.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), line
