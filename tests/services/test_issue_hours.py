"""A walk-in ticket only while the branch serves the service without an appointment, whoever
asks (issue 12 point 6): the kiosk screen checks first, issue_ticket itself refuses too. A
clerk can let a resident in all the same, and the log says who."""

from __future__ import annotations

import logging

import pytest

from kiosk.core.model import TicketOrigin
from kiosk.services.tickets import OutsideWalkInHours, issue_ticket
from kiosk.storage.demo import APPOINTMENT_ONLY, TOWN_HALL, service_id
from tests.services.test_appointments import local


def test_a_ticket_while_the_town_hall_serves_walk_ins(ctx, clock) -> None:
    clock.set(local(2026, 11, 30, 10))  # a Monday morning
    done = issue_ticket(ctx, TOWN_HALL, service_id("eid"))
    assert done.value.ticket.origin is TicketOrigin.KIOSK


@pytest.mark.parametrize(
    "moment",
    [(2026, 11, 29, 10), (2026, 11, 30, 6), (2026, 12, 25, 10)],
    ids=["sunday", "before-opening", "christmas"],
)
def test_no_walk_in_ticket_when_the_town_hall_is_closed(ctx, clock, moment) -> None:
    clock.set(local(*moment))
    with pytest.raises(OutsideWalkInHours):
        issue_ticket(ctx, TOWN_HALL, service_id("eid"))


def test_no_walk_in_ticket_for_a_service_only_by_appointment(ctx, clock) -> None:
    clock.set(local(2026, 11, 30, 10))
    code = sorted(APPOINTMENT_ONLY)[0]
    with pytest.raises(OutsideWalkInHours):
        issue_ticket(ctx, TOWN_HALL, service_id(code))


def test_a_clerk_lets_a_resident_in_after_closing_and_the_log_says_who(
    ctx, clock, caplog: pytest.LogCaptureFixture
) -> None:
    clock.set(local(2026, 11, 30, 6))
    with caplog.at_level(logging.INFO, logger="kiosk.services.tickets"):
        done = issue_ticket(
            ctx,
            TOWN_HALL,
            service_id("eid"),
            origin=TicketOrigin.COUNTER,
            outside_hours_by="staff:els",
        )
    assert done.value.ticket.origin is TicketOrigin.COUNTER
    assert done.value.ticket.display_number.startswith("A")
    assert any(
        "ticket_outside_hours" in r.message and "staff:els" in r.message for r in caplog.records
    )


def test_a_resident_late_for_an_appointment_gets_a_walk_in_ticket_while_the_building_is_open(
    ctx, clock
) -> None:
    code = sorted(APPOINTMENT_ONLY)[0]
    clock.set(local(2026, 11, 30, 10))
    done = issue_ticket(ctx, TOWN_HALL, service_id(code), late_for_appointment=True)
    assert done.value.service.code == code
    clock.set(local(2026, 11, 29, 10))  # Sunday: the building is closed
    with pytest.raises(OutsideWalkInHours):
        issue_ticket(ctx, TOWN_HALL, service_id(code), late_for_appointment=True)
