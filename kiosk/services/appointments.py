"""Appointments at the counter: find a free slot, book, move, cancel, mark a no-show.

Each write owns one transaction and returns ``Done(value, changes)`` with an APPOINTMENT change,
so every screen of the branch (and, through the change feed, every terminal) sees it.
Check-in at the kiosk is in kiosk.services.check_in.

``caller_branch`` (the asking terminal's; None on the database's machine): names stay in their
branch. Another's appointment is OtherBranchAppointment; to book (or move one) there is allowed.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from kiosk.core import slots
from kiosk.core.appointments import (
    Appointment,
    AppointmentSource,
    AppointmentState,
    DayStatus,
    day_status,
    key_for,
    new_reference,
)
from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import Service, new_id
from kiosk.services.context import Done, ServiceContext, Tx
from kiosk.services.errors import OtherBranchAppointment
from kiosk.services.opening import load_schedule
from kiosk.storage import appointment_store as astore
from kiosk.storage import catalogue_store as store
from kiosk.storage import ticket_store
from kiosk.storage.errors import NotFound

#: How far ahead a clerk can book (and the free-slot search looks).
BOOKING_HORIZON_DAYS = 90
NAME_MAX = 80
CONTACT_MAX = 120


class BookingProblem(enum.StrEnum):
    """Why a booking or a move is refused; the console words each one."""

    SLOT_TAKEN = "slot_taken"  # someone booked it first, or it is not free any more
    NOT_OPEN = "not_open"  # the service is not open then at that branch
    IN_THE_PAST = "in_the_past"
    NAME_MISSING = "name_missing"
    TOO_LONG = "too_long"  # a name or contact over the limit
    NOT_OPEN_STATE = "not_open_state"  # cancelled, no-show or already checked in


class BookingRefused(Exception):
    def __init__(self, problem: BookingProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.log_message = f"booking refused: {problem.value} {detail}".strip()


def ours(a: Appointment, caller_branch: str | None) -> Appointment:
    """``a``, if the caller may see it: else OtherBranchAppointment (names stay in their branch)."""
    if caller_branch is not None and a.branch_id != caller_branch:
        raise OtherBranchAppointment(a.id)
    return a


@dataclass(frozen=True, slots=True)
class Resident:
    """Who the appointment is for: only what is needed. ``birth_date`` is optional and only
    lets the resident check in by name at the kiosk."""

    first_name: str
    family_name: str
    contact: str = ""
    birth_date: date | None = None


def counters_serving(conn: Tx, branch_ids: Sequence[str], service_id: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for b in branch_ids:
        out[b] = [
            c.id
            for c in sorted(
                store.counters_of_branch(conn, b), key=lambda c: (-c.weight(service_id), c.number)
            )
            if c.serves(service_id)
        ]
    return out


def booked_on_counters(
    conn: Tx,
    branch_ids: Sequence[str],
    start: datetime,
    end: datetime,
    counter_ids: Sequence[str] | None = None,
) -> slots.Bookings:
    """Open appointments overlapping [start, end), by counter."""
    by_counter: dict[str, list[tuple[datetime, datetime, str]]] = {}
    for counter, starts, minutes, ident in astore.intervals(
        conn, branch_ids, start - slots.MAX_LENGTH, end, counter_ids
    ):
        by_counter.setdefault(counter, []).append(
            (starts, starts + timedelta(minutes=minutes), ident)
        )
    return slots.Bookings(by_counter)


#: The free-slot search reads bookings window by window (days after the start): the first free
#: slot is usually within days, and reading 90 days of a busy calendar costs more than the
#: search itself.
SEARCH_WINDOWS = ((0, 2), (2, 7), (7, 21), (21, BOOKING_HORIZON_DAYS + 1))


def free_slots(
    ctx: ServiceContext,
    service_id: str,
    branch_ids: Sequence[str] | None = None,
    after: datetime | None = None,
    *,
    limit: int = 8,
    ignore: str | None = None,
    caller_branch: str | None = None,
) -> list[slots.Slot]:
    """The first free slots for a service, earliest first, at ``branch_ids`` (None: every
    branch; list the clerk's own branch first so it wins ties), up to BOOKING_HORIZON_DAYS
    ahead. ``ignore``: an appointment of the caller's branch being moved (its slot is free)."""
    now = ctx.clock.now()
    start = max(after or now, now)
    found: list[slots.Slot] = []
    with ctx.db.read() as conn:
        if ignore is not None and caller_branch is not None:
            ours(astore.appointment(conn, ignore), caller_branch)
        svc = store.service(conn, service_id)
        ids = list(branch_ids) if branch_ids else [b.id for b in store.branches(conn)]
        sched = load_schedule(ctx, conn)
        serving = counters_serving(conn, ids, service_id)
        counter_ids = [c for cs in serving.values() for c in cs]
        first_day = sched.local_day(start)
        for a, b in SEARCH_WINDOWS:
            w_start = max(start, sched.at_local(first_day + timedelta(days=a), time(0)))
            w_end = sched.at_local(first_day + timedelta(days=b), time(0))
            found += slots.free_slots(
                sched,
                ids,
                service_id,
                serving,
                booked_on_counters(conn, ids, w_start, w_end, counter_ids),
                w_start,
                slots.slot_minutes(svc.expected_minutes),
                horizon_days=b - a - 1,
                limit=limit - len(found),
                ignore=ignore,
            )
            if len(found) >= limit:
                break
    return found


def _clean(resident: Resident) -> Resident:
    first, family = resident.first_name.strip(), resident.family_name.strip()
    contact = resident.contact.strip()
    if not family:
        raise BookingRefused(BookingProblem.NAME_MISSING)
    if len(first) > NAME_MAX or len(family) > NAME_MAX or len(contact) > CONTACT_MAX:
        raise BookingRefused(BookingProblem.TOO_LONG)
    return Resident(first, family, contact, resident.birth_date)


def _place(
    ctx: ServiceContext,
    conn: Tx,
    svc: Service,
    branch_id: str,
    starts_at: datetime,
    minutes: int,
    counter_id: str | None,
    ignore: str | None,
) -> str:
    """The counter to plan the appointment on, or BookingRefused."""
    if starts_at < ctx.clock.now():
        raise BookingRefused(BookingProblem.IN_THE_PAST)
    sched = load_schedule(ctx, conn)
    candidates = counters_serving(conn, [branch_id], svc.id)[branch_id]
    if counter_id is not None:
        candidates = [c for c in candidates if c == counter_id]
    end = starts_at + timedelta(minutes=minutes)
    if not any(
        o.starts <= starts_at and end <= o.ends
        for o in sched.openings(branch_id, svc.id, sched.local_day(starts_at))
    ):
        raise BookingRefused(BookingProblem.NOT_OPEN)
    bookings = booked_on_counters(conn, [branch_id], starts_at, end)
    for c in candidates:
        if bookings.is_free(c, starts_at, end, ignore):
            return c
    raise BookingRefused(BookingProblem.SLOT_TAKEN)


def unique_reference(conn: Tx) -> str:
    while True:  # a collision is one in millions; try again rather than fail the clerk
        ref = new_reference()
        if not astore.reference_taken(conn, ref):
            return ref


def _booking_of(a: Appointment) -> tuple[str, str, datetime, Resident]:
    """What the request that booked ``a`` said; its retry says the same."""
    who = Resident(a.first_name, a.family_name, a.contact, a.birth_date)
    return a.service_id, a.branch_id, a.starts_at, who


def appointment_changes(after: Appointment, before: Appointment | None = None) -> list[Change]:
    """What every branch that must hear of ``after`` is told: the branch it is at and, when it
    moved away, the branch it left (whose day list still shows it)."""
    branches = dict.fromkeys((after.branch_id, (before or after).branch_id))
    return [Change(ChangeKind.APPOINTMENT, after.id, b) for b in branches]


def _saved(
    ctx: ServiceContext, conn: Tx, before: Appointment, after: Appointment
) -> Done[Appointment]:
    """Store ``after`` in place of ``before``, one version on, and commit."""
    after = replace(after, version=before.version + 1)
    astore.save_appointment(conn, before, after)
    return Done(after, ctx.commit_changes(conn, appointment_changes(after, before)))


def book(
    ctx: ServiceContext,
    service_id: str,
    branch_id: str,
    starts_at: datetime,
    resident: Resident,
    *,
    counter_id: str | None = None,
    appointment_id: str | None = None,
    caller_branch: str | None = None,
) -> Done[Appointment]:
    """Book a slot (usually one ``free_slots`` offered), at any branch. Checked again here, in
    the transaction: if another clerk took it meanwhile, BookingRefused(SLOT_TAKEN).

    ``appointment_id`` (made by the caller) makes a retry return the first booking. One of
    another branch than ``caller_branch`` only to the same request (the retry of a booking
    made there: nothing the caller did not send but its time, counter and reference), else
    OtherBranchAppointment: an id is no key to another branch's appointments."""
    who = _clean(resident)
    with ctx.db.write() as conn:
        if appointment_id and (first := astore.find_appointment(conn, appointment_id)):
            same = _booking_of(first) == (service_id, branch_id, starts_at, who)
            return Done(first if same else ours(first, caller_branch))
        svc = store.service(conn, service_id)
        minutes = slots.slot_minutes(svc.expected_minutes)
        counter = _place(ctx, conn, svc, branch_id, starts_at, minutes, counter_id, None)
        a = Appointment(
            id=appointment_id or new_id(),
            branch_id=branch_id,
            service_id=svc.id,
            counter_id=counter,
            starts_at=starts_at,
            minutes=minutes,
            first_name=who.first_name,
            family_name=who.family_name,
            contact=who.contact,
            birth_date=who.birth_date,
            reference=unique_reference(conn),
            state=AppointmentState.BOOKED,
            created_at=ctx.clock.now(),
            source=AppointmentSource.COUNTER,
            match_key=key_for(who.family_name, who.birth_date),
        )
        astore.insert_appointment(conn, a)
        changes = ctx.commit_changes(conn, appointment_changes(a))
    return Done(a, changes)


def move(
    ctx: ServiceContext,
    appointment_id: str,
    starts_at: datetime,
    *,
    branch_id: str | None = None,
    counter_id: str | None = None,
    caller_branch: str | None = None,
) -> Done[Appointment]:
    """Move a booked appointment to another time (and branch). The reference stays the same,
    so the resident's slip still works; print a new one for the new time."""
    with ctx.db.write() as conn:
        before = ours(astore.appointment(conn, appointment_id), caller_branch)
        if before.state is not AppointmentState.BOOKED:
            raise BookingRefused(BookingProblem.NOT_OPEN_STATE)
        svc = store.service(conn, before.service_id)
        where = branch_id or before.branch_id
        counter = _place(ctx, conn, svc, where, starts_at, before.minutes, counter_id, before.id)
        after = replace(before, branch_id=where, counter_id=counter, starts_at=starts_at)
        return _saved(ctx, conn, before, after)


def cancel(
    ctx: ServiceContext, appointment_id: str, caller_branch: str | None = None
) -> Done[Appointment]:
    """Cancel (the resident called, or cannot come). A checked-in one is handled at the queue."""
    return _close(ctx, appointment_id, caller_branch, AppointmentState.CANCELLED)


def mark_no_show(
    ctx: ServiceContext, appointment_id: str, caller_branch: str | None = None
) -> Done[Appointment]:
    """Nobody came. Only once the appointment's time has passed."""
    return _close(ctx, appointment_id, caller_branch, AppointmentState.NO_SHOW)


def _close(
    ctx: ServiceContext, appointment_id: str, caller_branch: str | None, state: AppointmentState
) -> Done[Appointment]:
    """End a booked appointment as cancelled or a no-show, stamped with the time. Asked twice
    (a retry, or two clerks), the second changes nothing; any state but booked is refused, and
    so is a no-show before its time."""
    with ctx.db.write() as conn:
        before = ours(astore.appointment(conn, appointment_id), caller_branch)
        if before.state is state:
            return Done(before)
        now = ctx.clock.now()
        too_early = state is AppointmentState.NO_SHOW and now < before.starts_at
        if before.state is not AppointmentState.BOOKED or too_early:
            raise BookingRefused(BookingProblem.NOT_OPEN_STATE)
        if state is AppointmentState.CANCELLED:
            return _saved(ctx, conn, before, replace(before, state=state, cancelled_at=now))
        return _saved(ctx, conn, before, replace(before, state=state, no_show_at=now))


@dataclass(frozen=True, slots=True)
class DayEntry:
    """One line of the counter's "today" list."""

    appointment: Appointment
    status: DayStatus
    service_name: str
    ticket_number: str | None  # once checked in


def day_list(
    ctx: ServiceContext, branch_id: str, day: date, counter_id: str | None = None
) -> list[DayEntry]:
    """The appointments of ``day`` at the branch (or planned on one counter), by time."""
    now = ctx.clock.now()
    with ctx.db.read() as conn:
        sched = load_schedule(ctx, conn)
        start = datetime.combine(day, datetime.min.time(), tzinfo=sched.tz)
        end = start + timedelta(days=1)
        found = astore.between(conn, [branch_id], start, end, counter_id=counter_id)
        names = {s.id: s.name for s in store.all_services(conn)}
        out = []
        for a in found:
            number = None
            try:
                if a.ticket_id:
                    number = ticket_store.ticket(conn, a.ticket_id).display_number
            except NotFound:
                pass  # the ticket was cleared away: the day list shows no number
            out.append(DayEntry(a, day_status(a, now), names.get(a.service_id, ""), number))
        return out


@dataclass(frozen=True, slots=True)
class NoShowFigure:
    service_id: str
    service_name: str
    no_shows: int
    due: int

    @property
    def share(self) -> float:
        return self.no_shows / self.due if self.due else 0.0


def no_show_figures(
    ctx: ServiceContext, branch_ids: Sequence[str] | None, first: date, last: date
) -> list[NoShowFigure]:
    """No-shows per service from ``first`` to ``last`` (both included), most no-shows first,
    out of the appointments whose time has come."""
    with ctx.db.read() as conn:
        sched = load_schedule(ctx, conn)
        ids = list(branch_ids) if branch_ids else [b.id for b in store.branches(conn)]
        start = datetime.combine(first, datetime.min.time(), tzinfo=sched.tz)
        end = datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=sched.tz)
        # Only appointments whose time has come count: one due this afternoon is not (yet) kept.
        counts = astore.no_show_counts(conn, ids, start, min(end, ctx.clock.now()))
        names = {s.id: s.name for s in store.all_services(conn)}
    figures = [NoShowFigure(s, names.get(s, s), n, d) for s, (n, d) in counts.items()]
    return sorted(figures, key=lambda f: (-f.no_shows, f.service_name))
