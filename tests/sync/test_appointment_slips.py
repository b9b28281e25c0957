"""A counter console that books at another branch still prints the slip: the server shows a
terminal only its own branch's appointments, so the console makes that slip from the booking's
answer. Anything else of another branch is refused, in a type the console words."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.core.model import DeviceRole
from kiosk.services import appointments
from kiosk.services.appointments import Resident
from kiosk.services.context import ServiceContext
from kiosk.services.errors import OtherBranchAppointment
from kiosk.storage.demo import LIB_HALLE, TOWN_HALL, service_id
from tests.sync.conftest import MakeTerminal

JAN = Resident("Jan", "Van den Broeck", "0470 12 34 56", date(1950, 4, 2))


def test_a_booking_at_another_branch_gets_its_slip_and_nothing_more(
    ctx: ServiceContext, make_terminal: MakeTerminal
) -> None:
    book = make_terminal(DeviceRole.COUNTER, "loket-1").appointments
    slot = book.free_slots(service_id("eid"), [LIB_HALLE], None, limit=1)[0]
    a = book.book(service_id("eid"), LIB_HALLE, slot.starts_at, JAN).value
    slip = book.confirmation(a.id)
    assert (slip.appointment.reference, slip.branch.id) == (a.reference, LIB_HALLE)
    assert slip.appointment.family_name == "Van den Broeck" and slip.service.code == "eid"

    # Halle's own appointments, and its day list, stay Halle's.
    next_slot = appointments.free_slots(ctx, service_id("eid"), [LIB_HALLE], limit=1)[0]
    theirs = appointments.book(ctx, service_id("eid"), LIB_HALLE, next_slot.starts_at, JAN).value
    for refused in (
        lambda: book.confirmation(theirs.id),
        lambda: book.cancel(a.id),
        lambda: book.day_list(LIB_HALLE, slot.starts_at.date()),
    ):
        with pytest.raises(OtherBranchAppointment):
            refused()
    # Its own branch's slip still comes from the server.
    own = book.free_slots(service_id("eid"), [TOWN_HALL], None, limit=1)[0]
    mine = book.book(service_id("eid"), TOWN_HALL, own.starts_at, JAN).value
    assert book.confirmation(mine.id).appointment.reference == mine.reference
