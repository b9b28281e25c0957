"""Check-in at the kiosk: a resident with an appointment gets a ticket that is called at its
time, ahead of walk-ins.

Three ways in: the QR code on the confirmation (a scanner types it), the reference code typed
on the keypad, or family name and birth date. All three end in ``check_in``. The kiosk is a
public screen: nothing here returns a resident's name or contact details.

Rules (kiosk.core.appointments.CheckInRules, set per municipality): check-in opens some minutes
before the slot; a resident later than the limit is not turned away but offered a walk-in
ticket (``CheckInVerdict.TOO_LATE``; the kiosk then issues one with issue_ticket).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import Connection

from kiosk.core.appointments import (
    Appointment,
    AppointmentState,
    CheckInVerdict,
    check_in_verdict,
    match_key,
    normalize_name,
    normalize_reference,
)
from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import Service, TicketOrigin
from kiosk.services.context import Done, ServiceContext
from kiosk.services.tickets import IssuedTicket, new_ticket, place_in_line
from kiosk.storage import appointment_store as astore
from kiosk.storage import queue_store as store
from kiosk.storage.errors import NotFound


@dataclass(frozen=True, slots=True)
class Booked:
    """An appointment as a public screen may show it: service, time, place; no name."""

    appointment_id: str
    service: Service
    starts_at: datetime
    branch_id: str
    branch_name: str


@dataclass(frozen=True, slots=True)
class CheckInResult:
    verdict: CheckInVerdict
    booked: Booked | None = None
    #: OK and ALREADY: the ticket to show and print.
    ticket: IssuedTicket | None = None
    #: TOO_EARLY: from when check-in opens.
    opens_at: datetime | None = None


def _booked(conn: Connection, a: Appointment) -> Booked:
    branch = store.branch(conn, a.branch_id)
    return Booked(a.id, store.service(conn, a.service_id), a.starts_at, a.branch_id, branch.name)


def find_by_name(
    ctx: ServiceContext, branch_id: str, family_name: str, birth_date: date
) -> list[Booked]:
    """Today's appointments at this branch for this family name and birth date (usually one).
    Reads only; matches on the hashed key, so a kiosk needs no names."""
    if not normalize_name(family_name):
        return []
    key = match_key(family_name, birth_date)
    now = ctx.clock.now()
    with ctx.db.read() as conn:
        zone = ctx.zone(conn, branch_id)
        start = datetime.combine(now.astimezone(zone).date(), datetime.min.time(), tzinfo=zone)
        found = astore.by_match_key(conn, key, start, start + timedelta(days=1))
        return [
            _booked(conn, a)
            for a in found
            if a.branch_id == branch_id and a.state is not AppointmentState.CANCELLED
        ]


def check_in_by_code(ctx: ServiceContext, branch_id: str, text: str) -> Done[CheckInResult]:
    """Check in with what the scanner or the keypad gave: the QR payload or the bare code.
    Text that holds no valid code, or a code nobody has, is NOT_FOUND."""
    reference = normalize_reference(text)
    if reference is None:
        return Done(CheckInResult(CheckInVerdict.NOT_FOUND))
    with ctx.db.read() as conn:
        try:
            a = astore.by_reference(conn, reference)
        except NotFound:
            return Done(CheckInResult(CheckInVerdict.NOT_FOUND))
    return check_in(ctx, branch_id, a.id)


def check_in(ctx: ServiceContext, branch_id: str, appointment_id: str) -> Done[CheckInResult]:
    """Check the resident of ``appointment_id`` in at ``branch_id`` now.

    OK: a ticket goes in line (origin APPOINTMENT, due at the appointment's start) and the
    appointment becomes CHECKED_IN, in one transaction. ALREADY: the same ticket again (a
    resident who scans twice gets no second ticket). Other verdicts change nothing."""
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        try:
            before = astore.appointment(conn, appointment_id)
        except NotFound:
            return Done(CheckInResult(CheckInVerdict.NOT_FOUND))
        _zone, rules = astore.municipality_zone_and_rules(conn)
        zone = ctx.zone(conn, branch_id)
        verdict = check_in_verdict(
            before,
            branch_id,
            now,
            now.astimezone(zone).date(),
            rules,
            before.starts_at.astimezone(zone).date(),
        )
        booked = _booked(conn, before)
        if verdict is CheckInVerdict.ALREADY and before.ticket_id is not None:
            t = store.ticket(conn, before.ticket_id)
            ahead, wait = place_in_line(ctx, conn, t, booked.service)
            issued = IssuedTicket(t, booked.service, ahead, wait, ctx.status_url(t.token))
            return Done(CheckInResult(verdict, booked, issued))
        if verdict is CheckInVerdict.TOO_EARLY:
            opens = before.starts_at - timedelta(minutes=rules.opens_before_min)
            return Done(CheckInResult(verdict, booked, opens_at=opens))
        if verdict is not CheckInVerdict.OK:
            return Done(CheckInResult(verdict, booked))
        t = new_ticket(
            ctx,
            conn,
            branch_id,
            booked.service,
            now.astimezone(zone).date(),
            origin=TicketOrigin.APPOINTMENT,
            appointment_id=before.id,
            due_at=before.starts_at,
        )
        after = replace(
            before,
            state=AppointmentState.CHECKED_IN,
            checked_in_at=now,
            ticket_id=t.id,
            version=before.version + 1,
        )
        astore.save_appointment(conn, before, after)
        ahead, wait = place_in_line(ctx, conn, t, booked.service)
        changes = ctx.commit_changes(
            conn,
            [
                Change(ChangeKind.TICKET, t.id, branch_id),
                Change(ChangeKind.APPOINTMENT, after.id, branch_id),
            ],
        )
    issued = IssuedTicket(t, booked.service, ahead, wait, ctx.status_url(t.token))
    return Done(CheckInResult(verdict, booked, issued), changes)
