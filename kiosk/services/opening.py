"""Opening hours as the kiosk and the counters need them: what is open here now, and if not,
when and where next. The rules themselves are kiosk.core.hours; this module reads them from the
database (with the holidays) and answers per branch.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kiosk.core.hours import ClosedBecause, Opening, Schedule, fits_before_closing
from kiosk.core.model import Branch, Municipality, Service
from kiosk.services.context import ServiceContext, Tx
from kiosk.services.holidays import holiday_name, public_holidays
from kiosk.storage import appointment_store, catalogue_store, hours_store

#: How far ahead "when and where next" looks. Past this the kiosk says "ask at the desk".
HORIZON_DAYS = 60


def load_schedule(ctx: ServiceContext, conn: Tx) -> Schedule:
    """The municipality's schedule, read at most once per cache period (hours rarely change;
    a terminal forgets it at once when a catalogue change arrives)."""

    def load() -> Schedule:
        zone, _rules = appointment_store.municipality_zone_and_rules(conn)
        today = ctx.clock.now().date()
        years = range(today.year - 1, today.year + 3)
        return Schedule(
            zone=zone,
            weekly=hours_store.weekly_hours(conn),
            changes=hours_store.day_changes(conn, today - timedelta(days=7)),
            sessions=hours_store.extra_sessions(conn),
            holidays=public_holidays(years),
            offered=appointment_store.offered_pairs(conn),
        )

    schedule: Schedule = ctx.cached(("schedule",), load)
    return schedule


def schedule(ctx: ServiceContext) -> Schedule:
    with ctx.db.read() as conn:
        return load_schedule(ctx, conn)


class Availability(enum.StrEnum):
    """What the kiosk can do for a service right now."""

    OPEN = "open"  # take a ticket
    CLOSING = "closing"  # open, but the queue will not be done before closing time
    LATER = "later"  # not now: ``next`` says when (and where, maybe another branch)
    APPOINTMENT = "appointment"  # only with an appointment: say how to get one
    NOWHERE = "nowhere"  # not within the horizon anywhere: ask at the desk


@dataclass(frozen=True, slots=True)
class ServiceNow:
    service: Service
    availability: Availability
    #: OPEN: the period now. LATER and CLOSING: the next period, here or elsewhere (``starts``
    #: may be past: open now at another branch). None for CLOSING: nothing within the horizon.
    opening: Opening | None = None
    #: The branch of ``opening`` when it is another branch than the kiosk's.
    elsewhere: Branch | None = None


@dataclass(frozen=True, slots=True)
class BranchNow:
    """One look at a branch for the kiosk's start screen."""

    branch: Branch
    municipality: Municipality
    open_now: bool
    #: Closed all day by a holiday or closing day (the kiosk names it), else None.
    closed_because: ClosedBecause | None
    #: When the branch opens next for every service it offers (None: open now, or nothing
    #: within the horizon). Extra hours for some services (a Saturday session for passports)
    #: do not count: their services' ``opening`` says so.
    opens_next: Opening | None
    services: tuple[ServiceNow, ...]
    #: The local day at the branch (None: not known, e.g. made by hand in a test).
    day: date | None = None
    #: Today's periods of the building here, extra hours included (empty: closed all day).
    hours_today: tuple[Opening, ...] = ()
    #: Other branches that are open now or later today for every service they offer, with that
    #: period, in order of opening: where a resident can go instead when this one is closed.
    open_elsewhere_today: tuple[tuple[Branch, Opening], ...] = ()

    def holiday_in(self, lang: str) -> str | None:
        """The name of today's holiday in ``lang`` when a holiday closes the branch (see
        kiosk.services.holidays for the languages), else None. ``closed_because.holiday``
        is the Dutch name."""
        why = self.closed_because
        if why is None or not why.holiday:
            return None
        found = holiday_name(self.day, lang) if self.day is not None else None
        return found or why.holiday


def branch_now(ctx: ServiceContext, branch_id: str, wait_minutes: dict[str, int]) -> BranchNow:
    """What every service can do at ``branch_id`` now. ``wait_minutes``: the expected wait per
    service id (from the queue); a service whose queue will not be through before closing time
    is CLOSING, so the kiosk stops giving tickets nobody can serve.

    Every service of the municipality is listed, also those this branch does not offer: the
    kiosk tells the resident where they can go instead."""
    now = ctx.clock.now()
    with ctx.db.read() as conn:
        sched = load_schedule(ctx, conn)
        branches = {b.id: b for b in catalogue_store.branches(conn)}
        services = ctx.cached(("all_services",), lambda: catalogue_store.all_services(conn))
        muni = ctx.cached(("municipality",), lambda: appointment_store.municipality(conn))
    branch = branches[branch_id]
    # Own branch first: an equally early opening here beats one across town.
    order = [branch_id, *sorted(b for b in branches if b != branch_id)]
    out: list[ServiceNow] = []

    def next_after(svc: Service, after: datetime, state: Availability) -> ServiceNow:
        """The next opening (maybe elsewhere, maybe already going on there)."""
        nxt = sched.next_opening(order, svc.id, after, HORIZON_DAYS)
        if nxt is None:
            return ServiceNow(svc, state if state is Availability.CLOSING else Availability.NOWHERE)
        elsewhere = branches.get(nxt.branch_id) if nxt.branch_id != branch_id else None
        return ServiceNow(svc, state, nxt, elsewhere)

    for svc in services:
        if svc.needs_appointment:
            out.append(ServiceNow(svc, Availability.APPOINTMENT))
            continue
        here = sched.open_at(branch_id, svc.id, now)
        if here is None:
            out.append(next_after(svc, now, Availability.LATER))
        elif fits_before_closing(now, here.ends, wait_minutes.get(svc.id, 0), svc.expected_minutes):
            out.append(ServiceNow(svc, Availability.OPEN, here))
        else:  # open, but the line will not be through by closing time: say when next
            out.append(next_after(svc, here.ends, Availability.CLOSING))
    building = sched.open_at(branch_id, None, now)
    today = sched.local_day(now)
    elsewhere_today: list[tuple[Branch, Opening]] = []
    for b in order[1:]:  # each other branch's first ordinary period that is not over
        periods = sched.openings(b, None, today)
        first = next((o for o in periods if o.ends > now and o.session is None), None)
        if first is not None:
            elsewhere_today.append((branches[b], first))
    return BranchNow(
        branch=branch,
        municipality=muni,
        open_now=building is not None,
        closed_because=sched.closed_because(branch_id, today),
        opens_next=None if building is not None else _next_ordinary(sched, branch_id, now),
        services=tuple(out),
        day=today,
        hours_today=sched.openings(branch_id, None, today),
        open_elsewhere_today=tuple(sorted(elsewhere_today, key=lambda bo: bo[1].starts)),
    )


def _next_ordinary(sched: Schedule, branch_id: str, now: datetime) -> Opening | None:
    """The branch's next period that is not extra hours for some services only."""
    until = sched.local_day(now) + timedelta(days=HORIZON_DAYS)
    after = now
    while (o := sched.next_opening([branch_id], None, after, HORIZON_DAYS)) is not None:
        if sched.local_day(o.starts) > until:
            return None
        if o.session is None:
            return o
        after = o.ends
    return None
