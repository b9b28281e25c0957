"""Appointments across terminals and a real server: a booking at one counter is seen at every
terminal of the branch, a check-in at the kiosk (by code even offline) reaches the counter, and
public terminals never hold residents' names (more in test_replica_privacy.py)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kiosk.core.appointments import AppointmentState, CheckInVerdict, qr_payload
from kiosk.core.model import DeviceRole, TicketOrigin
from kiosk.core.ports import FakeClock
from kiosk.services import opening
from kiosk.services.appointments import BookingProblem, BookingRefused, Resident
from kiosk.services.check_in import CheckInUnavailable
from kiosk.services.context import ServiceContext
from kiosk.services.desk import call_next, open_counter
from kiosk.storage import appointment_store as astore
from kiosk.storage import tables as tb
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id
from kiosk.storage.errors import NotFound
from kiosk.sync.remote_check_in import RemoteCheckIn, keep_secret
from tests.sync.conftest import MakeTerminal, SyncedTerminal
from tests.sync.proxy import CuttableLink
from tests.sync.test_sync import wait_until

JAN = Resident("Jan", "Van den Broeck", "0470 12 34 56", date(1950, 4, 2))


class MemorySecret:
    """The kiosk's keyring, for these tests: the check-in secret in memory."""

    def __init__(self) -> None:
        self.secret: str | None = None

    def load(self) -> str | None:
        return self.secret

    def store(self, secret: str) -> None:
        self.secret = secret


def kiosk_check_in(kiosk: SyncedTerminal, keeper: MemorySecret | None = None) -> RemoteCheckIn:
    """The kiosk's check-in as 'kiosk run' builds it (kiosk.bootstrap), secret fetched."""
    keeper = keeper or MemorySecret()
    assert keep_secret(kiosk.link, keeper) is not None
    return RemoteCheckIn(kiosk.ctx, kiosk.link, keeper)


def replica_appointment(t, appointment_id: str):  # type: ignore[no-untyped-def]
    with t.ctx.db.read() as conn:
        try:
            return astore.appointment(conn, appointment_id)
        except NotFound:
            return None


def test_a_booking_reaches_the_kiosk_without_names_and_the_check_in_reaches_the_counter(
    ctx: ServiceContext, make_terminal: MakeTerminal, clock: FakeClock
) -> None:
    counter = make_terminal(DeviceRole.COUNTER, "loket-1")
    other_counter = make_terminal(DeviceRole.COUNTER, "loket-2")
    kiosk = make_terminal(DeviceRole.KIOSK, "zuil")
    kiosk.agent.lease_now()
    book = counter.appointments
    slot = book.free_slots(service_id("passport"), [TOWN_HALL], None, limit=1)[0]
    a = book.book(service_id("passport"), TOWN_HALL, slot.starts_at, JAN).value
    # The other counter sees it with the name; the kiosk sees it without.
    wait_until(lambda: replica_appointment(other_counter, a.id) is not None)
    assert replica_appointment(other_counter, a.id).family_name == "Van den Broeck"
    wait_until(lambda: replica_appointment(kiosk, a.id) is not None)
    seen = replica_appointment(kiosk, a.id)
    assert (seen.first_name, seen.family_name, seen.contact, seen.birth_date) == ("", "", "", None)
    assert seen.match_key is None and seen.reference.startswith("#")  # keyed, not the code
    # Two clerks cannot book the last place of a slot twice (two passport counters: 2 places).
    book.book(service_id("passport"), TOWN_HALL, slot.starts_at, Resident("An", "Peeters"))
    with pytest.raises(BookingRefused) as refused:
        other_counter.appointments.book(
            service_id("passport"), TOWN_HALL, slot.starts_at, Resident("Piet", "Pieters")
        )
    assert refused.value.problem is BookingProblem.SLOT_TAKEN

    # The resident checks in at the kiosk by name and birth date (the server finds them),
    # then the counter calls them.
    clock.set(slot.starts_at)
    desk = kiosk_check_in(kiosk)
    found = desk.find_by_name(TOWN_HALL, "van den broeck", date(1950, 4, 2))
    assert [(b.appointment_id, b.service.code) for b in found] == [(a.id, "passport")]
    assert desk.find_by_name(TOWN_HALL, "Van den Broeck", date(1950, 4, 3)) == []
    result = desk.choose(TOWN_HALL, a.id).value
    assert result.verdict is CheckInVerdict.OK and result.ticket is not None
    kiosk.agent.push_soon()
    wait_until(
        lambda: (
            (got := replica_appointment(counter, a.id)) is not None
            and got.state is AppointmentState.CHECKED_IN
        )
    )
    c1 = counter_id("gemeentehuis", 1)
    open_counter(counter.desk, c1)
    called = call_next(counter.desk, c1).value
    assert called is not None and called.ticket.id == result.ticket.ticket.id
    assert called.ticket.origin is TicketOrigin.APPOINTMENT
    with ctx.db.read() as conn:
        assert astore.appointment(conn, a.id).ticket_id == result.ticket.ticket.id


def test_check_in_while_the_link_is_down_is_delivered_later(
    ctx: ServiceContext, make_terminal: MakeTerminal, clock: FakeClock, base: str
) -> None:
    counter = make_terminal(DeviceRole.COUNTER, "loket-1")
    link = CuttableLink(int(base.rsplit(":", 1)[1])).up()
    kiosk = make_terminal(DeviceRole.KIOSK, "zuil", url=link.url)
    kiosk.agent.lease_now()
    slot = counter.appointments.free_slots(service_id("passport"), [TOWN_HALL], None, limit=1)[0]
    a = counter.appointments.book(service_id("passport"), TOWN_HALL, slot.starts_at, JAN).value
    wait_until(lambda: replica_appointment(kiosk, a.id) is not None)
    desk = kiosk_check_in(kiosk)  # the secret is kept while online (the keyring, in real life)
    link.cut()
    clock.set(slot.starts_at)
    # A name needs the server: the kiosk says so plainly; the code on the letter still works.
    with pytest.raises(CheckInUnavailable):
        desk.find_by_name(TOWN_HALL, "Van den Broeck", date(1950, 4, 2))
    assert desk.by_code(TOWN_HALL, "KKKKKK").value.verdict is CheckInVerdict.NOT_FOUND
    result = desk.by_code(TOWN_HALL, qr_payload(a.reference)).value
    assert result.verdict is CheckInVerdict.OK
    link.up()
    kiosk.agent.push_soon()
    wait_until(
        lambda: (
            (got := replica_appointment(counter, a.id)) is not None
            and got.state is AppointmentState.CHECKED_IN
        ),
        timeout_s=15,
    )
    link.cut()


def test_the_kiosk_knows_every_branch_hours_from_its_snapshot(
    make_terminal: MakeTerminal,
) -> None:
    kiosk = make_terminal(DeviceRole.KIOSK, "zuil", "bib-halle")
    now = opening.branch_now(kiosk.ctx, kiosk.branch_id, {})
    passport = next(s for s in now.services if s.service.code == "passport")
    assert passport.elsewhere is not None and passport.elsewhere.id == TOWN_HALL
    with kiosk.ctx.db.read() as conn:
        assert conn.execute(select(tb.opening_hours)).first() is not None
