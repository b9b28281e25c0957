"""Opening hours (kiosk.core.hours): the rules on fixed dates, the days clocks change, the turn of
the year, and invariants on random schedules (hypothesis). No Qt, no database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise, product
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.hours import (
    ClosedBecause,
    DayChange,
    ExtraSession,
    Opening,
    Schedule,
    WeeklyHours,
    fits_before_closing,
)
from kiosk.services.holidays import FLEMISH_COMMUNITY_DAY, public_holidays

ZONE = "Europe/Brussels"
BRU = ZoneInfo(ZONE)
TH, LIB = "townhall", "library"
PASS, ID, PROXY, MOVE = "passport", "id-card", "proxy-vote", "address"


def local(y: int, m: int, d: int, h: int, mi: int = 0) -> datetime:
    """A Brussels wall time as UTC, without going through the code under test."""
    return datetime(y, m, d, h, mi, tzinfo=BRU).astimezone(UTC)


def t(h: int, m: int = 0) -> time:
    return time(h, m)


# The town hall: Mon-Fri 9-12, Tue also 14-19; passports only in the morning. The library branch:
# ID cards and address changes, Wed 13-17 and Sat 10-12. Every other Saturday from 28 Nov 2026
# the town hall opens 9-12 for passports and proxy votes only.
WEEKLY = (
    [WeeklyHours(TH, d, t(9), t(12)) for d in range(5)]
    + [WeeklyHours(TH, 1, t(14), t(19))]
    + [WeeklyHours(TH, d, t(9), t(12), PASS) for d in range(5)]
    + [WeeklyHours(LIB, 2, t(13), t(17)), WeeklyHours(LIB, 5, t(10), t(12))]
)
OFFERED = frozenset(
    {(TH, PASS), (TH, ID), (TH, PROXY), (TH, MOVE), (LIB, ID), (LIB, MOVE)},
)
SATURDAYS = ExtraSession(
    "sat", TH, date(2026, 11, 28), 2, t(9), t(12), frozenset({PASS, PROXY}), name="Zaterdag"
)
CHANGES = (
    # Changed hours on a session day: the session stays.
    DayChange("open-day", date(2026, 12, 12), False, TH, opens=t(10), closes=t(11)),
    # The municipality-wide closing day falls on a session Saturday.
    DayChange("boxing", date(2026, 12, 26), True, reason="Tweede Kerstdag"),
    # A service-wide change at every branch; the library is closed that day.
    DayChange("id-day", date(2026, 12, 22), False, None, ID, t(9), t(10)),
    DayChange("lib-shut", date(2026, 12, 22), True, LIB, reason="Verbouwing"),
    # The town hall closes, except the ID-card desk for an hour.
    DayChange("staff", date(2026, 12, 23), True, TH, reason="Personeelsfeest"),
    DayChange("id-hour", date(2026, 12, 23), False, TH, ID, t(9), t(10)),
    # Shorter hours.
    DayChange("eve", date(2026, 12, 24), False, TH, opens=t(9), closes=t(11), reason="Kerstavond"),
    DayChange("no-pass", date(2026, 12, 24), True, TH, PASS),
)
TOWN = Schedule(
    ZONE,
    weekly=WEEKLY,
    changes=CHANGES,
    sessions=(SATURDAYS,),
    holidays=public_holidays(range(2025, 2031)),
    offered=OFFERED,
)


# -- the rules on fixed dates -------------------------------------------------------------


def test_weekday_hours_per_service() -> None:
    tue = (2026, 12, 1)
    assert TOWN.is_open(TH, None, local(*tue, 15))
    assert TOWN.is_open(TH, ID, local(*tue, 15))
    assert not TOWN.is_open(TH, PASS, local(*tue, 15)), "passports only in the morning"
    assert TOWN.is_open(TH, PASS, local(*tue, 10))
    assert TOWN.closes_at(TH, ID, local(*tue, 15)) == local(*tue, 19)
    assert TOWN.closes_at(TH, ID, local(*tue, 13)) is None
    assert not TOWN.is_open(TH, None, local(2026, 12, 2, 15)), "only Tuesday afternoons"


def test_library_branch_offers_part_of_the_services_on_its_own_hours() -> None:
    wed = (2026, 12, 2)
    assert TOWN.is_open(LIB, ID, local(*wed, 14))
    assert not TOWN.is_open(LIB, PASS, local(*wed, 14)), "not offered there"
    assert not TOWN.is_open(LIB, ID, local(*wed, 10))
    assert TOWN.is_open(LIB, MOVE, local(2026, 12, 5, 11))


def test_every_other_saturday_session() -> None:
    for day in (date(2026, 11, 28), date(2026, 12, 12)):
        at = local(day.year, day.month, day.day, 10)
        assert TOWN.is_open(TH, PASS, at)
        assert TOWN.is_open(TH, PROXY, at)
        assert TOWN.is_open(TH, None, at), "the building is open for the session"
        assert not TOWN.is_open(TH, ID, local(day.year, day.month, day.day, 9, 30))
    assert TOWN.openings(TH, PASS, date(2026, 11, 28)) == (
        Opening(TH, local(2026, 11, 28, 9), local(2026, 11, 28, 12), "Zaterdag"),
    )
    assert not TOWN.is_open(TH, PASS, local(2026, 12, 5, 10)), "the other Saturdays"
    assert not TOWN.is_open(TH, PASS, local(2026, 11, 21, 10)), "before the first one"


def test_changed_hours_keep_the_session() -> None:
    assert TOWN.openings(TH, ID, date(2026, 12, 12)) == (
        Opening(TH, local(2026, 12, 12, 10), local(2026, 12, 12, 11)),
    )
    assert TOWN.is_open(TH, PASS, local(2026, 12, 12, 9, 15))
    assert TOWN.closed_because(TH, date(2026, 12, 12)) is None


def test_christmas_is_closed_and_named() -> None:
    xmas = date(2026, 12, 25)
    for service in (None, PASS, ID, PROXY, MOVE):
        assert TOWN.openings(TH, service, xmas) == ()
    assert TOWN.closed_because(TH, xmas) == ClosedBecause(holiday="Kerstmis")
    assert TOWN.closed_because(TH, date(2026, 12, 21)) is None


def test_a_holiday_cancels_the_session() -> None:
    # 25 Dec 2027 is a session Saturday; 11 Dec 2027 is one too.
    assert SATURDAYS.occurs_on(date(2027, 12, 25))
    assert not TOWN.is_open(TH, PASS, local(2027, 12, 25, 10))
    assert TOWN.is_open(TH, PASS, local(2027, 12, 11, 10))


def test_flemish_community_day_is_closed() -> None:
    sat = date(2026, 7, 11)
    assert TOWN.openings(LIB, ID, sat) == ()
    assert TOWN.openings(LIB, ID, date(2026, 7, 4)) != ()
    assert TOWN.closed_because(LIB, sat) == ClosedBecause(holiday=FLEMISH_COMMUNITY_DAY)
    assert TOWN.openings(TH, None, date(2029, 7, 11)) == (), "a Wednesday"
    assert TOWN.openings(TH, None, date(2029, 7, 4)) != ()


def test_municipality_closing_day_closes_every_branch_and_the_session() -> None:
    day = date(2026, 12, 26)
    assert SATURDAYS.occurs_on(day)
    for branch in (TH, LIB):
        for service in (None, PASS, ID, PROXY, MOVE):
            assert TOWN.openings(branch, service, day) == ()
        assert TOWN.closed_because(branch, day) == ClosedBecause(reason="Tweede Kerstdag")


def test_changed_hours() -> None:
    eve = (2026, 12, 24)
    assert TOWN.openings(TH, None, date(*eve)) == (Opening(TH, local(*eve, 9), local(*eve, 11)),)
    assert TOWN.is_open(TH, ID, local(*eve, 10, 59))
    assert not TOWN.is_open(TH, ID, local(*eve, 11))
    assert TOWN.closed_because(TH, date(*eve)) is None


def test_service_change_wins_over_the_branch_change() -> None:
    assert not TOWN.is_open(TH, PASS, local(2026, 12, 24, 10)), "closed for passports only"
    staff = (2026, 12, 23)
    assert TOWN.openings(TH, ID, date(*staff)) == (
        Opening(TH, local(*staff, 9), local(*staff, 10)),
    )
    assert TOWN.openings(TH, None, date(*staff)) == ()
    assert TOWN.openings(TH, PASS, date(*staff)) == ()
    assert TOWN.closed_because(TH, date(*staff)) == ClosedBecause(reason="Personeelsfeest")


def test_a_branch_closing_beats_a_service_change_for_every_branch() -> None:
    day = date(2026, 12, 22)
    assert TOWN.openings(TH, ID, day) == (
        Opening(TH, local(2026, 12, 22, 9), local(2026, 12, 22, 10)),
    )
    assert TOWN.openings(TH, MOVE, day) != (), "other services keep their hours"
    assert TOWN.openings(LIB, ID, day) == (), "the library is closed that day"


def test_a_closing_day_on_a_holiday_names_both() -> None:
    day = date(2026, 12, 25)
    s = replace(TOWN, changes=(DayChange("x", day, True, reason="Kerstvakantie"),))
    assert s.closed_because(TH, day) == ClosedBecause(holiday="Kerstmis", reason="Kerstvakantie")


def test_a_day_change_can_open_a_holiday() -> None:
    day = date(2027, 3, 29)  # Paasmaandag
    assert TOWN.openings(TH, None, day) == ()
    s = replace(TOWN, changes=(DayChange("x", day, False, TH, opens=t(10), closes=t(12)),))
    assert s.openings(TH, None, day) == (
        Opening(TH, local(2027, 3, 29, 10), local(2027, 3, 29, 12)),
    )
    assert s.closed_because(TH, day) is None
    assert s.openings(LIB, None, day) == ()


# -- the days clocks change -----------------------------------------------------------------

DST_DAYS = [date(2026, 3, 29), date(2026, 10, 25), date(2027, 3, 28), date(2027, 10, 31)]
EVERY_DAY = Schedule(ZONE, weekly=[WeeklyHours(TH, d, t(9), t(12)) for d in range(7)])


@pytest.mark.parametrize("day", DST_DAYS, ids=str)
def test_clocks_change(day: date) -> None:
    # Sure these are the days: the UTC offset at noon differs from the one at midnight.
    midnight = datetime.combine(day, time(0), BRU)
    assert midnight.utcoffset() != datetime.combine(day, time(12), BRU).utcoffset()
    (o,) = EVERY_DAY.openings(TH, None, day)
    assert o.ends - o.starts == timedelta(hours=3)
    assert o.starts.astimezone(BRU).time() == t(9)
    assert o.starts == local(day.year, day.month, day.day, 9)
    ymd = (day.year, day.month, day.day)
    assert not EVERY_DAY.is_open(TH, None, local(*ymd, 8, 59))
    assert EVERY_DAY.is_open(TH, None, local(*ymd, 9))
    assert EVERY_DAY.is_open(TH, None, local(*ymd, 11, 59))
    assert not EVERY_DAY.is_open(TH, None, local(*ymd, 12))


def test_hours_in_the_skipped_hour_never_end_before_they_start() -> None:
    # 2:30 does not exist on 29 March 2026: it becomes 3:30, after the 3:15 close. Nothing is
    # left of 2:30-3:15 that day; 2:00-4:00 is one hour long.
    day = date(2026, 3, 29)
    assert EVERY_DAY.at_local(day, t(2, 30)) == local(2026, 3, 29, 3, 30)
    s = Schedule(ZONE, weekly=[WeeklyHours(TH, 6, t(2, 30), t(3, 15))])
    assert s.openings(TH, None, day) == ()
    assert s.next_opening([TH], None, local(2026, 3, 29, 0), horizon_days=0) is None
    both = [WeeklyHours(TH, 6, t(2, 30), t(3, 15)), WeeklyHours(TH, 6, t(2), t(4))]
    (o,) = Schedule(ZONE, weekly=both).openings(TH, None, day)
    assert (o.starts, o.ends) == (local(2026, 3, 29, 3), local(2026, 3, 29, 4))


# -- the turn of the year and several branches ------------------------------------------


def test_turn_of_the_year() -> None:
    after = local(2026, 12, 31, 12)  # Thursday, just closed; 1 Jan is Nieuwjaar
    assert TOWN.closed_because(TH, date(2027, 1, 1)) == ClosedBecause(holiday="Nieuwjaar")
    first_monday = Opening(TH, local(2027, 1, 4, 9), local(2027, 1, 4, 12))
    assert TOWN.next_opening([TH], None, after) == first_monday
    assert TOWN.next_opening([TH], PASS, after) == first_monday
    # The library opens on Saturday 2 January.
    assert TOWN.next_opening([TH, LIB], ID, after) == Opening(
        LIB, local(2027, 1, 2, 10), local(2027, 1, 2, 12)
    )
    # The data opens the town hall on 2 January.
    s = replace(
        TOWN, changes=(DayChange("x", date(2027, 1, 2), False, TH, opens=t(9), closes=t(12)),)
    )
    assert s.next_opening([LIB, TH], ID, after) == Opening(
        TH, local(2027, 1, 2, 9), local(2027, 1, 2, 12)
    )


def test_next_opening_open_now_and_never() -> None:
    now = local(2026, 11, 30, 10)
    assert TOWN.next_opening([TH], ID, now) == Opening(
        TH, local(2026, 11, 30, 9), local(2026, 11, 30, 12)
    )
    assert TOWN.next_opening([TH, LIB], "dog-licence", now) is None
    assert TOWN.next_opening([], ID, now) is None


def test_next_opening_earliest_branch_and_ties() -> None:
    s = Schedule(
        ZONE,
        weekly=[
            WeeklyHours("a", 0, t(9), t(12)),
            WeeklyHours("b", 0, t(9), t(12)),
            WeeklyHours("c", 0, t(8), t(12)),
            WeeklyHours("d", 0, t(10), t(11)),
        ],
    )

    def where(branches: list[str], after: datetime) -> str:
        found = s.next_opening(branches, None, after)
        assert found is not None
        return found.branch_id

    before = local(2026, 11, 30, 7)  # a Monday
    assert where(["a", "b"], before) == "a"
    assert where(["b", "a"], before) == "b"
    assert where(["a", "c"], before) == "c", "the earliest, wherever listed"
    assert where(["a", "a", "b"], before) == "a"
    # Both open now: equally early, so the first listed.
    during = local(2026, 11, 30, 10, 30)
    assert where(["d", "c"], during) == "d"
    assert where(["c", "d"], during) == "c"
    # Closed everywhere on Monday evening: next Monday, still the first listed.
    assert where(["b", "a"], local(2026, 11, 30, 18)) == "b"
    assert s.next_opening(["a"], None, local(2026, 11, 30, 18), horizon_days=6) is None


def test_fits_before_closing() -> None:
    closes = local(2026, 11, 30, 12)
    now = local(2026, 11, 30, 11, 30)
    assert fits_before_closing(now, closes, 20, 10)
    assert not fits_before_closing(now, closes, 21, 10)
    assert not fits_before_closing(now, None, 0, 0)
    # A local ``now`` on the night clocks go back: elapsed time counts, not the wall clock.
    night = datetime(2026, 10, 25, 2, 30, tzinfo=BRU)  # 0:30 UTC, before the change
    assert fits_before_closing(night, datetime(2026, 10, 25, 2, 30, tzinfo=UTC), 90, 30)


# -- invariants on random schedules -------------------------------------------------------

BRANCHES = ["a", "b", "c"]
SERVICES = ["s1", "s2"]
SPECIAL_DAYS = [
    *DST_DAYS,
    date(2025, 3, 30),
    date(2025, 10, 26),
    date(2028, 3, 26),
    date(2028, 10, 29),
    date(2025, 12, 31),
    date(2026, 12, 31),
    date(2027, 12, 31),
]
HORIZON = 21

# Often the hours around the clock change (2:00-3:00 is skipped in March, repeated in October).
times = st.one_of(
    st.sampled_from([time(2), time(2, 30), time(3), time(9), time(12)]),
    st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45])),
)
maybe_branch = st.one_of(st.none(), st.sampled_from(BRANCHES))
maybe_service = st.one_of(st.none(), st.sampled_from(SERVICES))
maybe_time = st.one_of(st.none(), times)
# Days as offsets from a base day. Changes, sessions and holidays crowd a few days, so that they
# meet. (Strategies live at module level: built inside a test, they cost more than the test.)
offsets = st.one_of(st.just(0), st.integers(0, 2), st.integers(-7, HORIZON + 7))
base_days = st.one_of(st.sampled_from(SPECIAL_DAYS), st.dates(date(2025, 1, 1), date(2028, 12, 31)))
# Weekdays as offsets from the base day's, often that one (a clock-change Sunday, say).
weekly_lists = st.lists(
    st.tuples(st.sampled_from(BRANCHES), offsets, times, times, maybe_service), max_size=12
)
change_lists = st.lists(
    st.tuples(offsets, st.booleans(), maybe_branch, maybe_service, maybe_time, maybe_time),
    max_size=8,
)
session_lists = st.lists(
    st.tuples(
        st.sampled_from(BRANCHES),
        offsets,
        st.integers(0, 3),
        times,
        times,
        st.frozensets(st.sampled_from(SERVICES)),
        st.one_of(st.none(), offsets),
    ),
    max_size=3,
)
holiday_maps = st.dictionaries(offsets, st.sampled_from(["Kerstmis", "Nieuwjaar"]), max_size=6)
offered_sets = st.frozensets(st.tuples(st.sampled_from(BRANCHES), st.sampled_from(SERVICES)))
minutes = st.integers(-2 * 1440, 5 * 1440)
# An instant: at an opening's edge (which one: the integer), or some minute near the base day.
afters = st.tuples(st.booleans(), st.integers(0, 999), minutes)


@st.composite
def schedules(draw: st.DrawFn) -> tuple[Schedule, date]:
    base = draw(base_days)

    def day(k: int) -> date:
        return base + timedelta(days=k)

    changes = [
        DayChange(f"c{n}", day(k), closed, b, sv, a, z, "Personeelsfeest" if n % 2 else "")
        for n, (k, closed, b, sv, a, z) in enumerate(draw(change_lists))
    ]
    sessions = [
        ExtraSession(f"x{n}", b, day(k), every, a, z, svs, None if last is None else day(last))
        for n, (b, k, every, a, z, svs, last) in enumerate(draw(session_lists))
    ]
    holidays = {day(k): name for k, name in draw(holiday_maps).items()}
    weekly = [
        WeeklyHours(b, (base.weekday() + k) % 7, a, z, sv) for b, k, a, z, sv in draw(weekly_lists)
    ]
    schedule = Schedule(ZONE, weekly, changes, sessions, holidays, draw(offered_sets))
    return schedule, base


def instant(base: date, minute: int) -> datetime:
    return datetime.combine(base, time(0), UTC) + timedelta(minutes=minute)


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=k) for k in range((last - first).days + 1)]


def expected_openings(
    s: Schedule, branch: str, service: str | None, day: date
) -> list[tuple[datetime, datetime]]:
    """The module docstring's rules, written out again plainly."""
    applicable = [
        c
        for c in s.changes
        if c.day == day
        and c.branch_id in (None, branch)
        and c.service_id in (None, service)
        and (c.service_id is None or service is not None)
    ]
    # This service at this branch, then this branch, then every branch; first listed on a tie.
    change = max(
        applicable, key=lambda c: (c.branch_id is not None, c.service_id is not None), default=None
    )
    if change is not None and change.closed:
        return []
    if change is None and day in s.holidays:
        return []
    offered = service is None or (branch, service) in s.offered
    periods: list[tuple[time, time]] = []
    if change is not None and change.opens is not None and change.closes is not None:
        if offered:
            periods.append((change.opens, change.closes))
    elif offered:
        own = [w for w in s.weekly if w.branch_id == branch and w.service_id == service]
        if service is None or not own:
            own = [w for w in s.weekly if w.branch_id == branch and w.service_id is None]
        periods += [(w.opens, w.closes) for w in own if w.weekday == day.weekday()]
    for x in s.sessions:
        on = x.first_day <= day and (x.last_day is None or day <= x.last_day)
        on = on and (day - x.first_day).days % (7 * max(1, x.every_weeks)) == 0
        if on and x.branch_id == branch and (service is None or service in x.service_ids):
            periods.append((x.opens, x.closes))
    utc = sorted(
        (
            datetime.combine(day, a, BRU).astimezone(UTC),
            datetime.combine(day, b, BRU).astimezone(UTC),
        )
        for a, b in periods
    )
    merged: list[tuple[datetime, datetime]] = []
    for a, b in utc:
        if a >= b:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


@settings(max_examples=150, deadline=None)
@given(st.data(), schedules())
def test_openings_follow_the_rules_and_are_well_formed(
    data: st.DataObject, built: tuple[Schedule, date]
) -> None:
    s, base = built
    days = days_between(base - timedelta(days=1), base + timedelta(days=3))
    for day, service, branch in product(days, [None, *SERVICES], BRANCHES):
        got = s.openings(branch, service, day)
        assert [(o.starts, o.ends) for o in got] == expected_openings(s, branch, service, day)
        for o in got:
            assert o.branch_id == branch
            assert o.starts < o.ends
            assert o.starts.utcoffset() == timedelta(0)
            # An opening lies inside its own local day.
            assert s.local_day(o.starts) == day
            assert s.local_day(o.ends - timedelta(microseconds=1)) == day
        for earlier, later in pairwise(got):
            assert earlier.ends < later.starts, "sorted, apart, touching ones merged"
    for minute in data.draw(st.lists(minutes, max_size=5)):
        at = instant(base, minute)
        for service, branch in product([None, *SERVICES], BRANCHES):
            day = s.local_day(at)
            in_day = any(o.starts <= at < o.ends for o in s.openings(branch, service, day))
            assert s.is_open(branch, service, at) == in_day
            assert (s.closes_at(branch, service, at) is not None) == in_day


def _earliest_open_instant(
    s: Schedule, branch: str, service: str | None, after: datetime
) -> datetime | None:
    first = s.local_day(after)
    for day in days_between(first, first + timedelta(days=HORIZON)):
        for o in s.openings(branch, service, day):
            if o.ends > after:
                return max(o.starts, after)
    return None


@settings(max_examples=100, deadline=None)
@given(
    st.data(),
    schedules(),
    maybe_service,
    st.lists(st.sampled_from(BRANCHES), min_size=1, max_size=4),
)
def test_next_opening_is_the_first_open_instant(
    data: st.DataObject, built: tuple[Schedule, date], service: str | None, branches: list[str]
) -> None:
    s, base = built
    # Half the time right at an opening's start or end, where off-by-ones live.
    edges = [
        edge
        for b in BRANCHES
        for day in days_between(base - timedelta(days=1), base + timedelta(days=4))
        for o in s.openings(b, service, day)
        for edge in (o.starts, o.ends, o.ends - timedelta(seconds=1))
    ]
    use_edge, pick, minute = data.draw(afters)
    after = edges[pick % len(edges)] if edges and use_edge else instant(base, minute)
    r = s.next_opening(branches, service, after, horizon_days=HORIZON)
    order = list(dict.fromkeys(branches))
    earliest = {b: _earliest_open_instant(s, b, service, after) for b in order}
    found = [(when, order.index(b), b) for b, when in earliest.items() if when is not None]
    if r is None:
        assert found == []
        return
    assert r.ends > after
    assert r.branch_id in order
    assert s.is_open(r.branch_id, service, max(r.starts, after))
    assert r in s.openings(r.branch_id, service, s.local_day(r.starts))
    # No branch is open strictly between ``after`` and ``r.starts``.
    for b in order:
        for day in days_between(s.local_day(after), s.local_day(r.starts)):
            for o in s.openings(b, service, day):
                assert not (o.starts < r.starts and o.ends > after and after < r.starts)
    # The earliest, and on a tie the branch listed first.
    when, _, winner = min(found)
    assert (max(r.starts, after), r.branch_id) == (when, winner)


@settings(max_examples=100, deadline=None)
@given(
    st.datetimes(datetime(2025, 1, 1), datetime(2028, 12, 31), timezones=st.just(UTC)),
    st.one_of(st.none(), st.integers(-60, 600)),
    st.integers(0, 600),
    st.integers(0, 600),
    st.integers(0, 120),
)
def test_more_wait_never_makes_it_fit(
    now: datetime, closes_in: int | None, wait: int, more: int, visit: int
) -> None:
    closes = None if closes_in is None else now + timedelta(minutes=closes_in)
    if fits_before_closing(now, closes, wait + more, visit):
        assert fits_before_closing(now, closes, wait, visit)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(DST_DAYS),
    st.integers(0, 24 * 60 - 1),
    st.integers(-60, 600),
    st.integers(0, 600),
    st.integers(0, 120),
)
def test_fits_before_closing_counts_elapsed_time_from_a_local_now(
    day: date, minute: int, closes_in: int, wait: int, visit: int
) -> None:
    now = datetime.combine(day, time(0), UTC) + timedelta(minutes=minute)
    closes = now + timedelta(minutes=closes_in)
    expected = wait + visit <= closes_in
    assert fits_before_closing(now, closes, wait, visit) == expected
    assert fits_before_closing(now.astimezone(BRU), closes, wait, visit) == expected
