"""A ticket a kiosk pushes: what the server takes from it, and what it works out itself.

A kiosk makes its tickets while offline too, so it names what only it knows: the ticket's id,
service and day, a number from a block leased to it, when the resident took it, the token of
the status page it printed in the QR code, an appointment it checked in, and the priority
reason the resident chose. The server checks each and derives the rest: the line (the
service's letter, waiting, in line), whether the ticket goes first (from the reason, never a
flag), and nothing a counter does (a counter, a call, a visit, a target counter).

Times: a ticket cannot have been issued before its number was leased or its day began, nor
after it reached the server. Such a time is moved to the nearest one possible, not refused:
the resident holds the paper ticket and must be served. A ticket whose day has not begun on the
server (more than ``CLOCK_SKEW`` ahead) is refused: that kiosk's clock is wrong.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any

from kiosk.core.appointments import Appointment, AppointmentState
from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import Device, PriorityReason, Service, TicketOrigin, TicketState
from kiosk.services.context import ServiceContext, Tx
from kiosk.services.push_answers import DUPLICATE, Applied, PushStatus, Refusal, refused, stored
from kiosk.services.sync_server import ISSUING_ROLES
from kiosk.storage import appointment_store as astore
from kiosk.storage import catalogue_store, sync_store, ticket_store
from kiosk.storage.errors import NotFound
from kiosk.sync.protocol import COUNTER_FIELDS, TicketPush

log = logging.getLogger(__name__)

#: How far a kiosk's clock may run ahead of the server's before its tickets are refused. Only
#: matters around midnight (a ticket of a day that begins within it is dated at the day's
#: start); times are otherwise moved to the server's now. Two minutes: PCs that keep their time
#: with NTP are within a second; one that does not drifts a second or two a day.
CLOCK_SKEW = timedelta(minutes=2)

#: The status-page token: at least 128 random bits, URL-safe. The kiosk makes it with
#: secrets.token_urlsafe(16) (22 characters of 6 bits each, 132 bits); the column holds 64.
STATUS_TOKEN = re.compile(r"[A-Za-z0-9_-]{22,64}", re.ASCII)

#: What a resident may answer at the kiosk's "do you need to go first?". STAFF is a clerk's call.
RESIDENT_REASONS = frozenset(
    {PriorityReason.ELDERLY, PriorityReason.DISABILITY, PriorityReason.PREGNANCY}
)


def push_ticket(ctx: ServiceContext, conn: Tx, device: Device, payload: dict[str, Any]) -> Applied:
    """Store a kiosk's new ticket (and check in its appointment), or say why not."""
    if device.role not in ISSUING_ROLES:
        return refused(Refusal.ROLE)
    row = TicketPush.from_json(payload)
    branch = device.branch_id
    if row.branch_id != branch:
        return refused(Refusal.BRANCH)
    try:
        ticket_store.ticket(conn, row.id)
        return DUPLICATE
    except NotFound:
        pass
    refusal = _kiosk_fields_only(row, payload)
    if refusal is not None:
        return refused(refusal)
    appointment = None
    if row.appointment_id is not None:
        status, reason, appointment = _appointment_for(conn, row, branch)
        if status is not PushStatus.STORED:
            return Applied(status, reason)
        svc: Service | None = catalogue_store.service(conn, row.service_id)
    elif row.due_at is not None:
        return refused(Refusal.DUE_WITHOUT_APPOINTMENT)
    else:
        svc = catalogue_store.offered_service(conn, branch, row.service_id)
    if svc is None:
        return refused(Refusal.SERVICE)
    if row.letter != svc.letter:
        return refused(Refusal.LETTER)
    leased_at = sync_store.lease_time(conn, device.id, branch, row.day, row.letter, row.number)
    if leased_at is None:
        return refused(Refusal.NUMBER)
    times = _possible_times(ctx, conn, branch, row, leased_at)
    if times is None:
        return refused(Refusal.DAY)
    if _token_taken(conn, row.token):
        return refused(Refusal.TOKEN)
    issued_at, arrived_at = times
    if abs(issued_at - row.issued_at) > CLOCK_SKEW:
        log.warning(
            "event=pushed_time_moved device=%s ticket=%s by_s=%d",
            device.id,
            row.id,
            (issued_at - row.issued_at).total_seconds(),
        )
    ticket = row.ticket(issued_at, arrived_at)
    sync_store.insert_pushed_ticket(conn, ticket)
    sync_store.note_issuer(conn, ticket.id, device.id)
    changes = [Change(ChangeKind.TICKET, ticket.id, branch)]
    if appointment is not None:
        checked = replace(
            appointment,
            state=AppointmentState.CHECKED_IN,
            checked_in_at=issued_at,
            ticket_id=ticket.id,
            version=appointment.version + 1,
        )
        astore.save_appointment(conn, appointment, checked)
        changes.append(Change(ChangeKind.APPOINTMENT, appointment.id, branch))
    return stored(*changes)


def _kiosk_fields_only(row: TicketPush, payload: dict[str, Any]) -> Refusal | None:
    """Why ``row`` is not a new ticket as a kiosk makes one; None when it is. ``payload``:
    as sent, for what a counter fills (protocol 1 sent a whole ticket, those empty)."""
    if row.state != TicketState.WAITING.value:
        return Refusal.STATE
    if any(payload.get(c) is not None for c in COUNTER_FIELDS) or payload.get("recalls") not in (
        None,
        0,
    ):
        return Refusal.COUNTER_FIELDS
    made_by = TicketOrigin.KIOSK if row.appointment_id is None else TicketOrigin.APPOINTMENT
    if row.origin != made_by.value:
        return Refusal.ORIGIN
    reason = row.priority
    if reason is not None and reason not in {r.value for r in RESIDENT_REASONS}:
        return Refusal.PRIORITY
    # The flag follows the reason; a kiosk that sends one without the other is refused, so
    # a bare "goes first" never reaches the line (old kiosks send both, always agreeing).
    if row.is_priority is not None and row.is_priority != (reason is not None):
        return Refusal.PRIORITY
    if not STATUS_TOKEN.fullmatch(row.token):
        return Refusal.TOKEN
    return None


def _possible_times(
    ctx: ServiceContext, conn: Tx, branch: str, row: TicketPush, leased_at: datetime
) -> tuple[datetime, datetime] | None:
    """(issued, arrived) moved to within what is possible: not before the number was leased
    or the ticket's day began, not after the server's now or the day's end; None when the
    day has not begun on the server."""
    zone = ctx.zone(conn, branch)
    day_start = datetime.combine(row.day, time.min, tzinfo=zone)
    day_end = datetime.combine(row.day + timedelta(days=1), time.min, tzinfo=zone)
    now = ctx.clock.now()
    earliest = max(day_start, leased_at)
    latest = min(now, day_end - timedelta(microseconds=1))
    if earliest > latest:
        if earliest > now + CLOCK_SKEW or earliest >= day_end:
            return None
        latest = earliest
    issued = min(max(row.issued_at, earliest), latest)
    # A resident is in line from when the ticket was issued (a transfer keeps it later on).
    arrived = min(max(row.arrived_at, issued), latest)
    return issued, arrived


def _token_taken(conn: Tx, token: str) -> bool:
    try:
        ticket_store.ticket_by_token(conn, token)
    except NotFound:
        return False
    return True


def _appointment_for(
    conn: Tx, row: TicketPush, branch: str
) -> tuple[PushStatus, str, Appointment | None]:
    """The appointment a kiosk checked in with a pushed ticket, if the ticket may be stored:
    same branch and service, due at the appointment's start. The appointment is returned to be
    marked checked in only while BOOKED; if it was cancelled or checked in meanwhile, the
    ticket is stored anyway (the resident is here and must be served) and None returned."""
    try:
        a = astore.appointment(conn, row.appointment_id or "")
    except NotFound:
        return PushStatus.LATER, Refusal.APPOINTMENT_LATER, None
    if a.branch_id != branch or a.service_id != row.service_id:
        return PushStatus.REJECTED, Refusal.APPOINTMENT_ELSEWHERE, None
    if row.due_at != a.starts_at:
        return PushStatus.REJECTED, Refusal.DUE_AT, None
    if a.state is not AppointmentState.BOOKED:
        return PushStatus.STORED, "", None  # the ticket is kept; the appointment stays as is
    return PushStatus.STORED, "", a
