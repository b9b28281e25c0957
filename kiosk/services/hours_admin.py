"""The municipality's own settings for opening hours and appointments, changed by an admin.

Each change tells every branch (a CATALOGUE change): terminals read a fresh snapshot, so a new
closing day reaches every kiosk within a poll. Branches and services are named by their codes
(``gemeentehuis``, ``passport``), as an admin knows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from kiosk.core.appointments import CheckInRules
from kiosk.core.model import new_id
from kiosk.services.context import Done, ServiceContext, Tx
from kiosk.storage import appointment_store as astore
from kiosk.storage import catalogue_store, hours_store

Period = tuple[time, time]


class BadHours(ValueError):
    """Hours that cannot be right: closing before opening, a weekday outside 0-6."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.log_message = f"bad hours: {detail}"


def _branch_id(conn: Tx, code: str | None) -> str | None:
    return None if code is None else catalogue_store.branch_by_code(conn, code).id


def _service_id(conn: Tx, code: str | None) -> str | None:
    return None if code is None else catalogue_store.service_id_by_code(conn, code)


def _check(periods: Sequence[Period]) -> None:
    for opens, closes in periods:
        if not opens < closes:
            raise BadHours(f"{opens:%H:%M}-{closes:%H:%M}")


def _m(t: time) -> int:
    return hours_store.time_to_minutes(t)


def set_weekly_hours(
    ctx: ServiceContext,
    branch: str,
    weekday: int,
    periods: Sequence[Period],
    service: str | None = None,
) -> Done[int]:
    """The branch's (or one service's) hours on a weekday (0 = Monday), replacing what was
    there. No periods: closed that weekday. Returns how many periods are set."""
    if weekday not in range(7):
        raise BadHours(f"weekday {weekday}")
    _check(periods)
    with ctx.db.write() as conn:
        bid, sid = _branch_id(conn, branch), _service_id(conn, service)
        minutes = [(_m(opens), _m(closes)) for opens, closes in periods]
        hours_store.replace_weekly_hours(conn, bid, sid, weekday, minutes)
        changes = ctx.catalogue_changed(conn)
    return Done(len(periods), changes)


def add_day_change(
    ctx: ServiceContext,
    day: date,
    *,
    hours: Period | None = None,
    branch: str | None = None,
    service: str | None = None,
    reason: str = "",
) -> Done[str]:
    """A closing day (``hours`` None) or a day with other hours, for one branch or all, one
    service or all. Returns its id (to remove it again)."""
    if hours is not None:
        _check([hours])
    change_id = new_id()
    with ctx.db.write() as conn:
        hours_store.insert_day_change(
            conn,
            change_id,
            day,
            hours=None if hours is None else (_m(hours[0]), _m(hours[1])),
            branch_id=_branch_id(conn, branch),
            service_id=_service_id(conn, service),
            reason=reason.strip()[:200],
        )
        changes = ctx.catalogue_changed(conn)
    return Done(change_id, changes)


def add_session(
    ctx: ServiceContext,
    branch: str,
    first_day: date,
    every_weeks: int,
    hours: Period,
    services: Sequence[str],
    *,
    name: str = "",
    last_day: date | None = None,
) -> Done[str]:
    """Recurring extra hours: ``first_day`` and every ``every_weeks`` weeks after, for these
    services only (e.g. every other Saturday 9:00-12:00, passports and proxy votes)."""
    _check([hours])
    if every_weeks < 1 or not services:
        raise BadHours("a session needs every_weeks >= 1 and at least one service")
    session_id = new_id()
    with ctx.db.write() as conn:
        hours_store.insert_session(
            conn,
            session_id,
            _branch_id(conn, branch),
            first_day,
            every_weeks,
            (_m(hours[0]), _m(hours[1])),
            [catalogue_store.service_id_by_code(conn, s) for s in services],
            name=name.strip()[:120],
            last_day=last_day,
        )
        changes = ctx.catalogue_changed(conn)
    return Done(session_id, changes)


def remove(ctx: ServiceContext, record_id: str) -> Done[bool]:
    """Remove a day change or a session by its id. False when there is none."""
    with ctx.db.write() as conn:
        n = hours_store.delete_day_change_or_session(conn, record_id)
        changes = ctx.catalogue_changed(conn) if n else ()
    return Done(n > 0, changes)


def set_checkin_rules(ctx: ServiceContext, rules: CheckInRules) -> Done[CheckInRules]:
    if not (0 <= rules.opens_before_min <= 240 and 0 <= rules.late_after_min <= 240):
        raise BadHours("check-in minutes must be between 0 and 240")
    with ctx.db.write() as conn:
        astore.set_checkin_rules(conn, rules)
        changes = ctx.catalogue_changed(conn)
    return Done(rules, changes)


def set_contact(ctx: ServiceContext, phone: str | None, website: str | None) -> Done[None]:
    """How residents make an appointment (the kiosk says it, slips print it)."""
    with ctx.db.write() as conn:
        catalogue_store.set_municipality_contact(
            conn,
            None if phone is None else phone.strip()[:40],
            None if website is None else website.strip()[:200],
        )
        changes = ctx.catalogue_changed(conn)
    return Done(None, changes)


@dataclass(frozen=True, slots=True)
class HoursOverview:
    """Everything an admin sets here, by code, for ``kiosk admin hours show``."""

    weekly: list[tuple[str, str | None, int, str, str]]  # branch, service, weekday, opens, closes
    changes: list[tuple[str, date, str, str | None, str | None, str]]  # id, day, hours, ...
    sessions: list[tuple[str, str, date, int, str, list[str], str]]
    rules: CheckInRules


def overview(ctx: ServiceContext, since: date) -> HoursOverview:
    with ctx.db.read() as conn:
        b = {x.id: x.code for x in catalogue_store.branches(conn)}
        s = {x.id: x.code for x in catalogue_store.all_services(conn)}
        weekly = [
            (
                b[w.branch_id],
                s.get(w.service_id or ""),
                w.weekday,
                f"{w.opens:%H:%M}",
                f"{w.closes:%H:%M}",
            )
            for w in hours_store.weekly_hours(conn)
        ]
        changes = [
            (
                c.id,
                c.day,
                "dicht" if c.closed else f"{c.opens:%H:%M}-{c.closes:%H:%M}",
                b.get(c.branch_id or ""),
                s.get(c.service_id or ""),
                c.reason,
            )
            for c in sorted(hours_store.day_changes(conn, since), key=lambda c: c.day)
        ]
        sessions = [
            (
                x.id,
                b[x.branch_id],
                x.first_day,
                x.every_weeks,
                f"{x.opens:%H:%M}-{x.closes:%H:%M}",
                sorted(s[i] for i in x.service_ids),
                x.name,
            )
            for x in hours_store.extra_sessions(conn)
        ]
        _zone, rules = astore.municipality_zone_and_rules(conn)
    return HoursOverview(weekly, changes, sessions, rules)
