"""What the kiosk is told about a branch now: open, closing, later (here or elsewhere),
only with an appointment; closed for a holiday and when it opens again."""

from __future__ import annotations

from kiosk.services.opening import Availability, branch_now
from kiosk.storage.demo import LIB_HALLE, TOWN_HALL, service_id
from tests.services.test_appointments import local


def _of(now, code: str):  # type: ignore[no-untyped-def]
    return next(s for s in now.services if s.service.code == code)


def test_passports_on_the_saturday_session_and_not_on_other_saturdays(ctx, clock) -> None:
    clock.set(local(2026, 12, 5, 10))  # a session Saturday
    now = branch_now(ctx, TOWN_HALL, {})
    assert now.open_now
    assert _of(now, "passport").availability is Availability.OPEN
    assert _of(now, "eid").availability is Availability.LATER  # not in the session
    clock.set(local(2026, 12, 12, 10))  # the Saturday between
    ctx.forget_cached()
    now = branch_now(ctx, TOWN_HALL, {})
    assert not now.open_now and now.closed_because is None
    passport = _of(now, "passport")
    assert passport.availability is Availability.LATER and passport.elsewhere is None
    assert passport.opening is not None and passport.opening.starts == local(2026, 12, 14, 9)
    # ID cards can be done now at the Halle library (open on Saturday morning).
    eid = _of(now, "eid")
    assert eid.elsewhere is not None and eid.elsewhere.id == LIB_HALLE
    assert eid.opening is not None and eid.opening.starts <= clock.now() < eid.opening.ends


def test_on_a_holiday_the_town_hall_says_why_and_when_it_opens(ctx, clock) -> None:
    clock.set(local(2026, 12, 25, 10))
    now = branch_now(ctx, TOWN_HALL, {})
    assert not now.open_now
    assert now.closed_because is not None and now.closed_because.holiday == "Kerstmis"
    assert now.opens_next is not None and now.opens_next.starts == local(2026, 12, 28, 9)
    # The kiosk names the holiday in the resident's language.
    assert [now.holiday_in(lang) for lang in ("nl", "fr", "de", "en", "ar")] == [
        "Kerstmis",
        "Noël",
        "Weihnachten",
        "Christmas Day",
        "عيد الميلاد",
    ]


def test_on_an_open_day_there_is_no_holiday_to_name(ctx, clock) -> None:
    clock.set(local(2026, 11, 30, 10))
    assert branch_now(ctx, TOWN_HALL, {}).holiday_in("fr") is None


def test_near_closing_a_long_line_stops_giving_tickets(ctx, clock) -> None:
    clock.set(local(2026, 11, 30, 12, 0))  # Monday; closes at 12:30
    now = branch_now(ctx, TOWN_HALL, {service_id("eid"): 25, service_id("move"): 10})
    eid, move = _of(now, "eid"), _of(now, "move")
    assert eid.availability is Availability.CLOSING
    assert eid.opening is not None and eid.opening.starts == local(2026, 11, 30, 14)  # Halle
    assert eid.elsewhere is not None and eid.elsewhere.id == LIB_HALLE
    assert move.availability is Availability.OPEN  # 10 minutes wait + 10 minutes visit fit


def test_a_service_only_with_an_appointment_and_one_not_offered_here(ctx, clock) -> None:
    clock.set(local(2026, 11, 30, 14, 30))  # Monday afternoon: only Halle is open
    now = branch_now(ctx, LIB_HALLE, {})
    assert _of(now, "licence").availability is Availability.APPOINTMENT
    passport = _of(now, "passport")
    assert passport.elsewhere is not None and passport.elsewhere.id == TOWN_HALL
    assert passport.opening is not None and passport.opening.starts == local(2026, 12, 1, 9)


def test_expected_waits_grow_with_the_line_and_shrink_with_open_counters(ctx, clock) -> None:
    from kiosk.services import counter_work, tickets
    from kiosk.storage.demo import counter_id

    clock.set(local(2026, 11, 30, 11, 0))
    assert tickets.expected_waits(ctx, TOWN_HALL) == {}
    for _ in range(6):
        tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid"))
    closed = tickets.expected_waits(ctx, TOWN_HALL)[service_id("eid")]  # 3 counters serve eid
    for n in (1, 2, 3):
        counter_work.open_counter(ctx, counter_id("gemeentehuis", n))
    ctx.forget_cached()
    assert tickets.expected_waits(ctx, TOWN_HALL)[service_id("eid")] == closed
    counter_work.open_counter(ctx, counter_id("gemeentehuis", 3), is_open=False)
    ctx.forget_cached()
    assert tickets.expected_waits(ctx, TOWN_HALL)[service_id("eid")] > closed
