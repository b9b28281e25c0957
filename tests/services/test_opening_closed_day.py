"""A closed branch tells where to go instead (issue 11 point 6): when it opens again for every
service (extra hours for some services do not count), and which other branches are open today."""

from __future__ import annotations

from datetime import date, time

from kiosk.core.hours import ExtraSession, Schedule, WeeklyHours
from kiosk.services.opening import branch_now
from kiosk.storage.demo import LIB_HALLE, LIB_ZOERSEL, TOWN_HALL
from tests.services.test_appointments import local


def test_extra_hours_for_some_services_are_not_the_next_opening(ctx, clock) -> None:
    clock.set(local(2026, 12, 18, 13))  # Friday after closing; Saturday has the passport session
    now = branch_now(ctx, TOWN_HALL, {})
    assert not now.open_now and now.hours_today  # open this morning
    assert now.opens_next is not None and now.opens_next.starts == local(2026, 12, 21, 9)
    passport = next(s for s in now.services if s.service.code == "passport")
    assert passport.elsewhere is None
    assert passport.opening is not None and passport.opening.starts == local(2026, 12, 19, 9)


def test_the_other_branches_open_today(ctx, clock) -> None:
    clock.set(local(2026, 12, 12, 10))  # a Saturday without session: only the libraries
    now = branch_now(ctx, TOWN_HALL, {})
    assert now.hours_today == ()
    assert [(b.id, o.starts, o.ends) for b, o in now.open_elsewhere_today] == [
        (LIB_HALLE, local(2026, 12, 12, 9), local(2026, 12, 12, 12)),
        (LIB_ZOERSEL, local(2026, 12, 12, 9), local(2026, 12, 12, 12)),
    ]
    clock.set(local(2026, 12, 25, 10))  # Christmas: every branch is closed
    assert branch_now(ctx, TOWN_HALL, {}).open_elsewhere_today == ()


def test_a_session_that_runs_into_the_weekly_hours_is_an_ordinary_period() -> None:
    saturday = date(2026, 12, 5)
    session = ExtraSession("s", "b", saturday, 1, time(9), time(12), frozenset({"p"}), name="Zat")
    only = Schedule("Europe/Brussels", sessions=(session,))
    assert [o.session for o in only.openings("b", None, saturday)] == ["Zat"]
    both = Schedule(
        "Europe/Brussels",
        weekly=(WeeklyHours("b", saturday.weekday(), time(11), time(13)),),
        sessions=(session,),
    )
    (merged,) = both.openings("b", None, saturday)
    assert (merged.starts, merged.ends, merged.session) == (
        local(2026, 12, 5, 9),
        local(2026, 12, 5, 13),
        None,
    )
