"""Appointments through the use cases: free slots, booking, check-in, the queue at its time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kiosk.core.appointments import AppointmentState, CheckInVerdict, DayStatus, qr_payload
from kiosk.core.model import TicketOrigin
from kiosk.services import appointment_book, check_in, counter_work, tickets
from kiosk.services import appointments as appts
from kiosk.services.appointments import BookingProblem, BookingRefused, Resident
from kiosk.services.errors import OtherBranchAppointment
from kiosk.storage.demo import LIB_HALLE, TOWN_HALL, counter_id, service_id

DESK1 = counter_id("gemeentehuis", 1)
JAN = Resident("Jan", "Van den Broeck", "0470 12 34 56", date(1950, 4, 2))


def local(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    """Brussels wall time in winter (UTC+1) as UTC."""
    return datetime(y, mo, d, h - 1, mi, tzinfo=UTC)


def book_passport(ctx, at: datetime, who: Resident = JAN):
    return appts.book(ctx, service_id("passport"), TOWN_HALL, at, who).value


def test_next_free_slot_is_the_next_opening_and_fills_counter_by_counter(ctx, clock) -> None:
    clock.set(local(2026, 11, 30, 12, 10))  # Monday 12:10; the town hall closes at 12:30
    first = appts.free_slots(ctx, service_id("passport"), [TOWN_HALL], limit=3)
    assert [s.starts_at for s in first] == [
        local(2026, 11, 30, 12, 15),
        local(2026, 12, 1, 9, 0),
        local(2026, 12, 1, 9, 15),
    ]
    # Two counters serve passports at the town hall: two bookings fit in one slot, not three.
    book_passport(ctx, first[0].starts_at)
    book_passport(ctx, first[0].starts_at, Resident("An", "Peeters"))
    with pytest.raises(BookingRefused) as refused:
        book_passport(ctx, first[0].starts_at, Resident("Piet", "Janssens"))
    assert refused.value.problem is BookingProblem.SLOT_TAKEN
    assert appts.free_slots(ctx, service_id("passport"), [TOWN_HALL], limit=1)[0].starts_at == (
        local(2026, 12, 1, 9, 0)
    )


def test_booking_outside_the_hours_or_in_the_past_is_refused(ctx, clock) -> None:
    with pytest.raises(BookingRefused) as e:
        book_passport(ctx, local(2026, 11, 30, 20, 0))
    assert e.value.problem is BookingProblem.NOT_OPEN
    with pytest.raises(BookingRefused) as e:
        book_passport(ctx, local(2026, 11, 29, 10, 0))
    assert e.value.problem is BookingProblem.IN_THE_PAST
    with pytest.raises(BookingRefused) as e:
        appts.book(ctx, service_id("passport"), TOWN_HALL, local(2026, 12, 1, 9), Resident("", " "))
    assert e.value.problem is BookingProblem.NAME_MISSING


def test_passports_on_the_saturday_session_only(ctx, clock) -> None:
    clock.set(local(2026, 12, 4, 13, 0))  # Friday afternoon: closed until Saturday's session
    slot = appts.free_slots(ctx, service_id("passport"), [TOWN_HALL], limit=1)[0]
    assert slot.starts_at == local(2026, 12, 5, 9, 0)  # Saturday 5 December is a session day
    clock.set(local(2026, 12, 11, 13, 0))  # the next Friday: 12 December is no session day
    slot = appts.free_slots(ctx, service_id("passport"), [TOWN_HALL], limit=1)[0]
    assert slot.starts_at == local(2026, 12, 14, 9, 0)


def test_check_in_by_qr_puts_the_appointment_ahead_of_earlier_walk_ins(ctx, clock) -> None:
    clock.set(local(2026, 12, 1, 9, 0))
    a = book_passport(ctx, local(2026, 12, 1, 10, 0))
    walk_in = tickets.issue_ticket(ctx, TOWN_HALL, service_id("passport")).value
    clock.set(local(2026, 12, 1, 9, 45))
    done = check_in.check_in_by_code(ctx, TOWN_HALL, qr_payload(a.reference))
    result = done.value
    assert result.verdict is CheckInVerdict.OK
    assert result.ticket is not None and result.ticket.ticket.origin is TicketOrigin.APPOINTMENT
    # Before its time the walk-in who came first still goes first...
    clock.set(local(2026, 12, 1, 9, 50))
    counter_work.open_counter(ctx, DESK1)
    called = counter_work.call_next(ctx, DESK1).value
    assert called is not None and called.ticket.id == walk_in.ticket.id
    # ...but at its time the appointment goes ahead of walk-ins who came earlier.
    later_walk_in = tickets.issue_ticket(ctx, TOWN_HALL, service_id("passport")).value
    clock.set(local(2026, 12, 1, 10, 1))
    called = counter_work.call_next(ctx, DESK1).value
    assert called is not None and called.ticket.id == result.ticket.ticket.id
    assert later_walk_in.ticket.id != called.ticket.id
    # Scanning twice gives the same ticket, not a second one.
    again = check_in.check_in_by_code(ctx, TOWN_HALL, a.reference.lower()).value
    assert again.verdict is CheckInVerdict.ALREADY
    assert again.ticket is not None and again.ticket.ticket.id == result.ticket.ticket.id


def test_check_in_window_and_late_arrival(ctx, clock) -> None:
    clock.set(local(2026, 12, 1, 9, 0))
    a = book_passport(ctx, local(2026, 12, 1, 11, 0))
    early = check_in.check_in(ctx, TOWN_HALL, a.id).value
    assert early.verdict is CheckInVerdict.TOO_EARLY
    assert early.opens_at == local(2026, 12, 1, 10, 30)
    clock.set(local(2026, 12, 1, 11, 40))  # 40 minutes late
    late = check_in.check_in(ctx, TOWN_HALL, a.id).value
    assert late.verdict is CheckInVerdict.TOO_LATE and late.ticket is None
    elsewhere = check_in.check_in(ctx, LIB_HALLE, a.id).value
    assert elsewhere.verdict is CheckInVerdict.OTHER_BRANCH


def test_find_by_name_and_birth_date_shows_no_personal_data(ctx, clock) -> None:
    clock.set(local(2026, 12, 1, 9, 0))
    a = book_passport(ctx, local(2026, 12, 1, 9, 30))
    found = check_in.find_by_name(ctx, TOWN_HALL, "vandenbroeck", date(1950, 4, 2))
    assert [b.appointment_id for b in found] == [a.id]
    assert not hasattr(found[0], "family_name")
    assert check_in.find_by_name(ctx, TOWN_HALL, "Van den Broeck", date(1950, 4, 3)) == []
    assert check_in.find_by_name(ctx, TOWN_HALL, "Peeters", date(1950, 4, 2)) == []


def test_unknown_or_garbled_code_is_not_found(ctx) -> None:
    assert check_in.check_in_by_code(ctx, TOWN_HALL, "hello").value.verdict is (
        CheckInVerdict.NOT_FOUND
    )
    assert check_in.check_in_by_code(ctx, TOWN_HALL, "KKKKKK").value.verdict is (
        CheckInVerdict.NOT_FOUND
    )


def test_move_cancel_no_show_and_the_day_list(ctx, clock) -> None:
    clock.set(local(2026, 12, 1, 9, 0))
    a = book_passport(ctx, local(2026, 12, 1, 9, 30))
    b = book_passport(ctx, local(2026, 12, 1, 10, 0), Resident("An", "Peeters"))
    c = book_passport(ctx, local(2026, 12, 1, 10, 30), Resident("Piet", "Janssens"))
    moved = appts.move(ctx, c.id, local(2026, 12, 1, 11, 0)).value
    assert moved.reference == c.reference and moved.starts_at == local(2026, 12, 1, 11, 0)
    appts.cancel(ctx, b.id)
    clock.set(local(2026, 12, 1, 9, 50))
    appts.mark_no_show(ctx, a.id)
    with pytest.raises(BookingRefused):
        appts.mark_no_show(ctx, moved.id)  # not yet due
    entries = appts.day_list(ctx, TOWN_HALL, date(2026, 12, 1))
    assert [(e.appointment.id, e.status) for e in entries] == [
        (a.id, DayStatus.NO_SHOW),
        (b.id, DayStatus.CANCELLED),
        (moved.id, DayStatus.DUE),
    ]
    figures = appts.no_show_figures(ctx, None, date(2026, 12, 1), date(2026, 12, 1))
    # The one at 11:00 is not due yet: it does not count.
    assert [(f.service_name, f.no_shows, f.due) for f in figures] == [("Reispas", 1, 1)]
    assert appts.mark_no_show(ctx, a.id).value.state is AppointmentState.NO_SHOW  # idempotent


def test_a_clerk_can_book_for_another_branch(ctx, clock) -> None:
    clock.set(local(2026, 11, 30, 10, 0))  # Monday morning at the town hall
    slot = appts.free_slots(ctx, service_id("eid"), [LIB_HALLE], limit=1)[0]
    assert slot.branch_id == LIB_HALLE and slot.starts_at == local(2026, 11, 30, 14, 0)
    a = appts.book(ctx, service_id("eid"), LIB_HALLE, slot.starts_at, JAN).value
    assert a.counter_id == counter_id("bib-halle", 1)
    assert a.starts_at - local(2026, 11, 30, 14) == timedelta(0)


# --- each branch keeps its own (issue 10 point 2) --------------------------------------------


def _state(ctx, appointment_id: str):  # type: ignore[no-untyped-def]
    return appointment_book.confirmation(ctx, appointment_id).appointment


def test_a_terminal_of_another_branch_cannot_read_or_change_an_appointment(ctx, clock) -> None:
    clock.set(local(2026, 12, 1, 9, 0))
    a = book_passport(ctx, local(2026, 12, 1, 9, 30))
    later = appts.free_slots(ctx, service_id("passport"), [TOWN_HALL], limit=3)[-1].starts_at
    clock.set(local(2026, 12, 1, 9, 50))  # due: a no-show is possible
    refused = {
        "move": lambda: appts.move(ctx, a.id, later, caller_branch=LIB_HALLE),
        "move there": lambda: appts.move(
            ctx, a.id, later, branch_id=LIB_HALLE, caller_branch=LIB_HALLE
        ),
        "cancel": lambda: appts.cancel(ctx, a.id, LIB_HALLE),
        "no-show": lambda: appts.mark_no_show(ctx, a.id, LIB_HALLE),
        "slip": lambda: appointment_book.confirmation(ctx, a.id, LIB_HALLE),
        "slots": lambda: appts.free_slots(
            ctx, service_id("passport"), [TOWN_HALL], ignore=a.id, caller_branch=LIB_HALLE
        ),
    }
    for what, call in refused.items():
        with pytest.raises(OtherBranchAppointment):
            call()
        assert _state(ctx, a.id) == a, what
    # Its own branch can.
    assert appointment_book.confirmation(ctx, a.id, TOWN_HALL).appointment == a
    assert appts.mark_no_show(ctx, a.id, TOWN_HALL).value.state is AppointmentState.NO_SHOW


def test_a_booking_elsewhere_is_that_branchs_and_a_retry_needs_the_same_request(ctx, clock) -> None:
    clock.set(local(2026, 11, 30, 10, 0))
    slot = appts.free_slots(ctx, service_id("eid"), [LIB_HALLE], limit=1)[0]
    aid = "5d0c6f55-0000-4000-8000-000000000001"

    def book(who: Resident = JAN, caller: str = TOWN_HALL):  # type: ignore[no-untyped-def]
        return appts.book(
            ctx, service_id("eid"), LIB_HALLE, slot.starts_at, who, appointment_id=aid,
            caller_branch=caller,
        )  # fmt: skip

    first = book().value  # the town hall books at the library of Halle
    assert first.branch_id == LIB_HALLE
    assert book().value == first  # the retry of a lost answer gets the booking
    # The same id with anything else is no retry: another branch's appointment stays unseen.
    for other in (Resident("Jan", "Peeters"), Resident("Jan", "Van den Broeck")):
        with pytest.raises(OtherBranchAppointment):
            book(other)
    # Halle itself gets it back for its id, as it may read it anyway.
    assert book(Resident("Jan", "Peeters"), LIB_HALLE).value == first
    with pytest.raises(OtherBranchAppointment):
        appts.cancel(ctx, first.id, TOWN_HALL)
    assert appts.cancel(ctx, first.id, LIB_HALLE).value.state is AppointmentState.CANCELLED


def test_moving_an_appointment_to_another_branch_hands_it_over(ctx, clock) -> None:
    clock.set(local(2026, 11, 30, 10, 0))
    slot = appts.free_slots(ctx, service_id("eid"), [TOWN_HALL], limit=1)[0]
    a = appts.book(ctx, service_id("eid"), TOWN_HALL, slot.starts_at, JAN).value
    there = appts.free_slots(ctx, service_id("eid"), [LIB_HALLE], limit=1)[0]
    moved = appts.move(ctx, a.id, there.starts_at, branch_id=LIB_HALLE, caller_branch=TOWN_HALL)
    assert moved.value.branch_id == LIB_HALLE
    assert {c.branch_id for c in moved.changes} == {TOWN_HALL, LIB_HALLE}  # both lists redraw
    with pytest.raises(OtherBranchAppointment):
        appts.cancel(ctx, a.id, TOWN_HALL)
    assert appts.cancel(ctx, a.id, LIB_HALLE).value.state is AppointmentState.CANCELLED
