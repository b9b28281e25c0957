"""Appointments from an external booking system (many municipalities already book online).

The file formats (iCalendar or our JSON) are read by kiosk.formats; this use case puts the
result in the database. The booking system is the authority for what it sent: an
appointment is found again by its UID, so importing the same feed twice changes nothing, a
changed time moves it, and a cancelled one is cancelled. It gets a counter that serves the
service and is free then, if there is one; if none is (or the time falls outside our hours),
it is still imported, without a counter, and reported, so staff can look.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

from kiosk.core import slots
from kiosk.core.appointments import (
    Appointment,
    AppointmentSource,
    AppointmentState,
    key_for,
)
from kiosk.core.changes import Change
from kiosk.core.model import new_id
from kiosk.formats.appointment_file import ImportedAppointment, ImportProblem
from kiosk.formats.ics_appointments import parse_ics
from kiosk.formats.json_appointments import parse_json
from kiosk.services.appointments import (
    appointment_changes,
    booked_on_counters,
    counters_serving,
    unique_reference,
)
from kiosk.services.context import Done, ServiceContext, Tx
from kiosk.services.opening import load_schedule
from kiosk.services.time_zone import municipality_zone
from kiosk.storage import appointment_store as astore
from kiosk.storage import catalogue_store as store


class ImportNote(enum.StrEnum):
    UNKNOWN_SERVICE = "unknown_service"
    UNKNOWN_BRANCH = "unknown_branch"
    NO_COUNTER = "no_counter"  # imported, but no counter free (or not open) then
    NOT_CHANGED = "not_changed"  # checked in, no-show or cancelled here: left as it is


@dataclass
class ImportReport:
    added: int = 0
    moved: int = 0
    cancelled: int = 0
    unchanged: int = 0
    #: (the booking system's UID, what happened) for items staff should look at.
    notes: list[tuple[str, ImportNote]] = field(default_factory=list)
    #: Items the file itself got wrong (from the parser).
    problems: list[ImportProblem] = field(default_factory=list)


def _counter_for(
    ctx: ServiceContext,
    conn: Tx,
    branch_id: str,
    service_id: str,
    item: ImportedAppointment,
    ignore: str | None,
) -> str | None:
    sched = load_schedule(ctx, conn)
    end = item.starts_at + timedelta(minutes=item.minutes)
    bookings = booked_on_counters(conn, [branch_id], item.starts_at, end)
    for c in counters_serving(conn, [branch_id], service_id)[branch_id]:
        if slots.fits(
            sched,
            slots.Slot(branch_id, c, item.starts_at, item.minutes),
            service_id,
            bookings,
            ignore,
        ):
            return c
    return None


def import_file(ctx: ServiceContext, data: bytes) -> Done[ImportReport]:
    """Read a booking system's file and import it: our JSON when it starts like JSON, else
    iCalendar, whose floating times are the municipality's wall times.

    Pitfall: iCalendar parses at about 0.5 MB a second: call it from a worker, never from the
    UI or an event loop."""
    if data.lstrip()[:1] in (b"{", b"["):
        items, problems = parse_json(data)
    else:
        items, problems = parse_ics(data, municipality_zone(ctx))
    return import_appointments(ctx, items, problems)


def import_appointments(
    ctx: ServiceContext,
    items: Sequence[ImportedAppointment],
    problems: Sequence[ImportProblem] = (),
) -> Done[ImportReport]:
    """Put a parsed feed in the database, in one transaction."""
    report = ImportReport(problems=list(problems))
    changes: list[Change] = []
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        branches = {b.code: b.id for b in store.branches(conn)}
        services = {s.code: s.id for s in store.all_services(conn)}
        for item in items:
            bid, sid = branches.get(item.branch_code), services.get(item.service_code)
            if sid is None:
                report.notes.append((item.external_uid, ImportNote.UNKNOWN_SERVICE))
                continue
            if bid is None:
                report.notes.append((item.external_uid, ImportNote.UNKNOWN_BRANCH))
                continue
            before = astore.by_external_uid(conn, item.external_uid)
            if before is None:
                if item.cancelled:
                    report.unchanged += 1
                    continue
                counter = _counter_for(ctx, conn, bid, sid, item, None)
                a = Appointment(
                    id=new_id(),
                    reference=unique_reference(conn),
                    state=AppointmentState.BOOKED,
                    created_at=now,
                    source=AppointmentSource.IMPORT,
                    external_uid=item.external_uid,
                    **_as_sent(item, bid, sid, counter),
                )
                astore.insert_appointment(conn, a)
                report.added += 1
                if counter is None:
                    report.notes.append((item.external_uid, ImportNote.NO_COUNTER))
                changes += appointment_changes(a)
                continue
            after = _updated(ctx, conn, before, item, bid, sid, report)
            if after is None:
                continue
            astore.save_appointment(conn, before, after)
            changes += appointment_changes(after, before)
        logged = ctx.commit_changes(conn, changes)
    return Done(report, logged)


def _updated(
    ctx: ServiceContext,
    conn: Tx,
    before: Appointment,
    item: ImportedAppointment,
    bid: str,
    sid: str,
    report: ImportReport,
) -> Appointment | None:
    """The appointment as the feed now has it, or None when nothing changes."""
    if before.state is not AppointmentState.BOOKED:
        if not (item.cancelled and before.state is AppointmentState.CANCELLED):
            report.notes.append((item.external_uid, ImportNote.NOT_CHANGED))
        report.unchanged += 1
        return None
    if item.cancelled:
        report.cancelled += 1
        return replace(
            before,
            state=AppointmentState.CANCELLED,
            cancelled_at=ctx.clock.now(),
            version=before.version + 1,
        )
    person = (item.first_name, item.family_name, item.contact, item.birth_date)
    same_person = person == (
        before.first_name,
        before.family_name,
        before.contact,
        before.birth_date,
    )
    same_time = (before.starts_at, before.minutes, before.branch_id, before.service_id) == (
        item.starts_at,
        item.minutes,
        bid,
        sid,
    )
    if same_person and same_time:
        report.unchanged += 1
        return None
    counter = before.counter_id
    if not same_time:
        counter = _counter_for(ctx, conn, bid, sid, item, before.id)
        report.moved += 1
        if counter is None:
            report.notes.append((item.external_uid, ImportNote.NO_COUNTER))
    else:
        report.unchanged += 1
    return replace(before, version=before.version + 1, **_as_sent(item, bid, sid, counter))


def _as_sent(item: ImportedAppointment, bid: str, sid: str, counter: str | None) -> dict[str, Any]:
    """What the booking system decides about an appointment (where, when, for whom), for a new
    one and an update alike, with the key that check-in by name looks for: made from the name
    here, so it never falls out of step with it."""
    return {
        "branch_id": bid,
        "service_id": sid,
        "counter_id": counter,
        "starts_at": item.starts_at,
        "minutes": item.minutes,
        "first_name": item.first_name,
        "family_name": item.family_name,
        "contact": item.contact,
        "birth_date": item.birth_date,
        "match_key": key_for(item.family_name, item.birth_date),
    }
