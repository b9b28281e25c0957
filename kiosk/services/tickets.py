"""Use cases for residents' tickets: issue one at the kiosk, look one up, cancel one."""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from kiosk.core import estimate, queueing
from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import (
    PriorityReason,
    Service,
    Ticket,
    TicketOrigin,
    TicketState,
    new_id,
)
from kiosk.services.context import Done, ServiceContext, Tx
from kiosk.services.opening import load_schedule
from kiosk.storage import catalogue_store, issuing_store, number_store, sync_store, ticket_store
from kiosk.storage.errors import NotFound
from kiosk.sync.protocol import TicketPrinted, TicketPush


class ServiceNotOffered(Exception):
    """The service is not offered at this branch."""

    log_message = "service not offered at branch"


class TicketIdTaken(Exception):
    """A ticket with this id exists and was not asked for by this terminal."""

    log_message = "ticket id already used by another terminal"


log = logging.getLogger(__name__)


class OutsideWalkInHours(Exception):
    """No walk-in ticket for this service now: the branch does not serve it at this hour, or
    only by appointment. The kiosk checks first and says when and where instead; this guards
    every other way in (a terminal's request, a script, a clock that moved on meanwhile)."""

    log_message = "no walk-in ticket outside the service's hours"
    user_message = "Nu kan je voor deze dienst geen ticket nemen."


class NumbersUsedUp(Exception):
    """A terminal cut off from the server gave out every number leased to it for this service
    today; it cannot make a number that is sure to be unique until the link is back."""

    log_message = "no leased ticket numbers left"


@dataclass(frozen=True, slots=True)
class IssuedTicket:
    """What the kiosk shows and prints right after issuing."""

    ticket: Ticket
    service: Service
    people_ahead: int
    wait_minutes: int
    status_url: str


@dataclass(frozen=True, slots=True)
class TicketStatus:
    ticket: Ticket
    service: Service
    people_ahead: int
    wait_minutes: int
    counter_number: int | None
    counter_name: str | None
    branch_name: str = ""


def _pace(ctx: ServiceContext, conn: Tx, branch_id: str, service: Service) -> tuple[float, int]:
    """(average visit in seconds, open counters) for a service; reused for a few seconds."""

    def load() -> tuple[float, int]:
        since = ctx.clock.now() - timedelta(hours=12)
        visits = [
            v
            for s, d in ticket_store.recent_visits(conn, branch_id, service.id, since)
            if (v := estimate.visit_seconds(s, d)) is not None
        ]
        avg = estimate.average_visit_s(visits, service.expected_minutes)
        now = ctx.clock.now()
        return avg, catalogue_store.open_counters_for(conn, branch_id, service.id, now)

    result: tuple[float, int] = ctx.cached(("pace", branch_id, service.id), load)
    return result


def expected_waits(ctx: ServiceContext, branch_id: str) -> dict[str, int]:
    """Minutes a resident who takes a ticket now would wait, per service id with a line (the
    kiosk stops giving tickets that cannot be served before closing time). When no counter of
    the service is open yet, the counters that serve it are expected to open."""
    with ctx.db.read() as conn:
        day = ctx.local_day(conn, branch_id, ctx.clock.now())
        services = ctx.cached(
            ("services_by_id",), lambda: {s.id: s for s in catalogue_store.all_services(conn)}
        )
        serving = ctx.cached(
            ("serving", branch_id),
            lambda: {
                sid: sum(
                    1 for c in catalogue_store.counters_of_branch(conn, branch_id) if c.serves(sid)
                )
                for sid in services
            },
        )
        out: dict[str, int] = {}
        for sid, waiting in ticket_store.waiting_counts(conn, branch_id, day).items():
            svc = services.get(sid)
            if svc is None or waiting <= 0:
                continue
            avg, open_now = _pace(ctx, conn, branch_id, svc)
            counters = open_now or serving.get(sid, 0)
            out[sid] = estimate.estimate_wait_minutes(waiting, avg, counters)
        return out


def _wait(ctx: ServiceContext, conn: Tx, branch_id: str, service: Service, ahead: int) -> int:
    avg, counters = _pace(ctx, conn, branch_id, service)
    return estimate.estimate_wait_minutes(ahead, avg, counters)


def issue_ticket(
    ctx: ServiceContext,
    branch_id: str,
    service_id: str,
    *,
    priority: PriorityReason | None = None,
    origin: TicketOrigin = TicketOrigin.KIOSK,
    ticket_id: str | None = None,
    issued_by: str | None = None,
    outside_hours_by: str | None = None,
    late_for_appointment: bool = False,
) -> Done[IssuedTicket]:
    """Give a resident a numbered place in line for a service at a branch.

    Only while the branch serves walk-ins for the service (OutsideWalkInHours otherwise).
    ``outside_hours_by``: the staff member who lets a resident in all the same (a clerk at the
    counter, for someone who came just too late, with ``origin=COUNTER``); the log names who
    allowed it. ``late_for_appointment``: a resident who missed their appointment time gets a
    walk-in ticket for its service (also one only by appointment) while the building is open.

    ``issued_by`` (the server, for a terminal's request): the device is noted with the ticket,
    and a retry with the same ``ticket_id`` is answered only to that device; any other caller
    gets TicketIdTaken, never someone else's ticket and its status-page token.

    ``ticket_id`` may be given by the caller (a kiosk making the id before it is sent, for
    idempotent retries): issuing the same id twice returns the first ticket unchanged.
    """
    with ctx.db.write() as conn:
        if ticket_id is not None:
            try:
                existing = ticket_store.ticket(conn, ticket_id)
            except NotFound:
                existing = None
            if existing is not None and issued_by is not None:
                issuer = sync_store.issuer_of(conn, ticket_id)
                if issuer != issued_by:
                    raise TicketIdTaken(ticket_id)
            if existing is not None:  # a retry: same ticket, its place in line as it is now
                svc = catalogue_store.service(conn, existing.service_id)
                ahead, wait = place_in_line(ctx, conn, existing, svc)
                url = ctx.status_url(existing.token)
                return Done(IssuedTicket(existing, svc, ahead, wait, url))
        svc = ctx.cached(
            ("offered", branch_id, service_id),
            lambda: catalogue_store.offered_service(conn, branch_id, service_id),
        )
        if svc is None:
            raise ServiceNotOffered(service_id)
        now = ctx.clock.now()
        if outside_hours_by is not None:
            log.info(
                "event=ticket_outside_hours staff=%s branch=%s service=%s",
                outside_hours_by,
                branch_id,
                svc.code,
            )
        elif late_for_appointment:
            if not load_schedule(ctx, conn).is_open(branch_id, None, now):
                raise OutsideWalkInHours(service_id)
        elif svc.needs_appointment or not load_schedule(ctx, conn).is_open(branch_id, svc.id, now):
            raise OutsideWalkInHours(service_id)
        day = ctx.local_day(conn, branch_id, now)
        # Count first: everyone already in this service's line goes first, except that a
        # priority ticket queues behind the other priority tickets and behind the normal
        # tickets that waited longer than the priority boost (the aging rule). Reading before
        # taking the number keeps the number's row lock (every kiosk of the branch waits for
        # it on PostgreSQL) as short as possible.
        if priority is None:
            ahead = ticket_store.count_in_line(conn, branch_id, svc.id, day)
        else:
            aged = now - timedelta(seconds=ctx.rules.priority_boost_s)
            ahead = ticket_store.count_in_line(
                conn, branch_id, svc.id, day, priority_only=True
            ) + ticket_store.count_in_line(conn, branch_id, svc.id, day, normal_arrived_before=aged)
        wait = _wait(ctx, conn, branch_id, svc, ahead)
        if _in_one_statement(ctx, conn):
            ticket = _unnumbered(ctx, branch_id, svc, day, origin, priority, ticket_id)
            done = issuing_store.insert_numbered_ticket(conn, ticket, issued_by)
            ticket = replace(ticket, number=done.number)
            changes: tuple[Change, ...] = (
                Change(ChangeKind.TICKET, ticket.id, branch_id, done.seq),
            )
            return Done(
                IssuedTicket(ticket, svc, ahead, wait, ctx.status_url(ticket.token)), changes
            )
        ticket = new_ticket(
            ctx, conn, branch_id, svc, day, origin=origin, priority=priority, ticket_id=ticket_id
        )
        if issued_by is not None:
            sync_store.note_issuer(conn, ticket.id, issued_by)
        changes = ctx.commit_changes(conn, [Change(ChangeKind.TICKET, ticket.id, branch_id)])
    return Done(IssuedTicket(ticket, svc, ahead, wait, ctx.status_url(ticket.token)), changes)


def new_ticket(
    ctx: ServiceContext,
    conn: Tx,
    branch_id: str,
    svc: Service,
    day: date,
    *,
    origin: TicketOrigin,
    priority: PriorityReason | None = None,
    ticket_id: str | None = None,
    appointment_id: str | None = None,
    due_at: datetime | None = None,
) -> Ticket:
    """Take a number and put a new waiting ticket in line, inside the caller's transaction
    (also queued for the server on a terminal). The caller logs the change."""
    ticket = _unnumbered(
        ctx, branch_id, svc, day, origin, priority, ticket_id, appointment_id, due_at
    )
    ticket = replace(ticket, number=_take_number(ctx, conn, branch_id, day, svc.letter))
    ticket_store.insert_ticket(conn, ticket)
    ctx.to_outbox(conn, TicketPush.of(ticket))
    return ticket


def _in_one_statement(ctx: ServiceContext, conn: Tx) -> bool:
    """Whether the new ticket goes in with its number, issuer and change in one statement
    (issuing_store says why): on the server's PostgreSQL, when no audit hook must see the
    write first. A terminal's replica queues it for the server as well: statement by statement."""
    return (
        ctx.replica_device_id is None
        and ctx.after_write is None
        and issuing_store.in_one_statement(conn)
    )


def _unnumbered(
    ctx: ServiceContext,
    branch_id: str,
    svc: Service,
    day: date,
    origin: TicketOrigin,
    priority: PriorityReason | None,
    ticket_id: str | None,
    appointment_id: str | None = None,
    due_at: datetime | None = None,
) -> Ticket:
    """A new waiting ticket, its number still to be taken (0)."""
    now = ctx.clock.now()
    return Ticket(
        id=ticket_id or new_id(),
        branch_id=branch_id,
        service_id=svc.id,
        day=day,
        letter=svc.letter,
        number=0,
        state=TicketState.WAITING,
        issued_at=now,
        arrived_at=now,
        token=secrets.token_urlsafe(16),
        origin=origin,
        priority=priority,
        appointment_id=appointment_id,
        due_at=due_at,
    )


def _take_number(ctx: ServiceContext, conn: Tx, branch_id: str, day: date, letter: str) -> int:
    if ctx.replica_device_id is None:
        return number_store.take_number(conn, branch_id, day, letter)
    number = sync_store.take_leased_number(conn, branch_id, day, letter)
    if number is None:
        raise NumbersUsedUp(letter)
    return number


def place_in_line(ctx: ServiceContext, conn: Tx, t: Ticket, svc: Service) -> tuple[int, int]:
    """(people ahead, wait in minutes) for a ticket; (0, 0) once it is no longer waiting."""
    if not t.is_waiting:
        return 0, 0
    line = ticket_store.waiting_of_service(conn, t.branch_id, t.service_id, t.day)
    ahead = queueing.people_ahead(t, line, ctx.rules, ctx.clock.now())
    return ahead, _wait(ctx, conn, t.branch_id, svc, ahead)


def ticket_status(ctx: ServiceContext, token: str) -> TicketStatus:
    """Where a ticket stands, for the status page and the kiosk. Reads only."""
    with ctx.db.read() as conn:
        t = ticket_store.ticket_by_token(conn, token)
        svc = catalogue_store.service(conn, t.service_id)
        ahead, wait = place_in_line(ctx, conn, t, svc)
        number = name = None
        if t.counter_id is not None:
            c = catalogue_store.counter(conn, t.counter_id)
            number, name = c.number, c.name
        branch = catalogue_store.branch(conn, t.branch_id)
        return TicketStatus(t, svc, ahead, wait, number, name, branch.name)


def mark_printed(ctx: ServiceContext, ticket_id: str) -> Done[Ticket]:
    """Record that the paper ticket came out (staff see which tickets were only on screen)."""
    with ctx.db.write() as conn:
        before = ticket_store.ticket(conn, ticket_id)
        if before.printed:
            return Done(before)
        after = replace(before, printed=True, version=before.version + 1)
        ticket_store.save_ticket(conn, before, after)
        ctx.to_outbox(conn, TicketPrinted(after.id))
        changes = ctx.commit_changes(conn, [Change(ChangeKind.TICKET, after.id, after.branch_id)])
    return Done(after, changes)


def cancel_ticket(ctx: ServiceContext, ticket_id: str) -> Done[Ticket]:
    with ctx.db.write() as conn:
        before = ticket_store.ticket(conn, ticket_id)
        after = queueing.cancel(before, ctx.clock.now())
        ticket_store.save_ticket(conn, before, after)
        changes = ctx.commit_changes(conn, [Change(ChangeKind.TICKET, after.id, after.branch_id)])
    return Done(after, changes)


def set_priority(
    ctx: ServiceContext, ticket_id: str, reason: PriorityReason | None
) -> Done[Ticket]:
    """Staff give a waiting resident priority (65+, a disability, pregnancy, or their own call:
    PriorityReason.STAFF), or take it away (None). Refused once the ticket was called."""
    with ctx.db.write() as conn:
        before = ticket_store.ticket(conn, ticket_id)
        after = queueing.set_priority(before, reason)
        if after is before:
            return Done(before)
        ticket_store.save_ticket(conn, before, after)
        changes = ctx.commit_changes(conn, [Change(ChangeKind.TICKET, after.id, after.branch_id)])
    return Done(after, changes)
