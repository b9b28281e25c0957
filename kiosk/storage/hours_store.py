"""The municipality's opening hours: weekly hours, changed days (closing days and other hours)
and recurring extra sessions, read as kiosk.core.hours dataclasses and written. None of these
commits.

Times of day are stored as minutes after midnight, local time (see kiosk/storage/tables/hours.py):
the readers turn them into ``datetime.time``; the writers take minutes (``time_to_minutes``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from sqlalchemy import delete, insert, select

from kiosk.core.hours import DayChange, ExtraSession, WeeklyHours
from kiosk.core.model import new_id
from kiosk.storage import tables as tb
from kiosk.storage.unit_of_work import Tx


def minutes_to_time(m: int) -> time:
    m = max(0, min(m, 24 * 60 - 1))
    return time(m // 60, m % 60)


def time_to_minutes(t: time) -> int:
    return t.hour * 60 + t.minute


#: (opens, closes) in minutes after midnight.
MinutePeriod = tuple[int, int]


def replace_weekly_hours(
    conn: Tx,
    branch_id: str | None,
    service_id: str | None,
    weekday: int,
    periods: Sequence[MinutePeriod],
) -> None:
    """The branch's (or one service's) periods on ``weekday`` become ``periods``."""
    h = tb.opening_hours.c
    same_service = h.service_id.is_(None) if service_id is None else h.service_id == service_id
    conn.execute(
        delete(tb.opening_hours).where(h.branch_id == branch_id, h.weekday == weekday, same_service)
    )
    for opens, closes in periods:
        conn.execute(
            insert(tb.opening_hours).values(
                id=new_id(),
                branch_id=branch_id,
                service_id=service_id,
                weekday=weekday,
                opens_min=opens,
                closes_min=closes,
            )
        )


def insert_day_change(
    conn: Tx,
    change_id: str,
    day: date,
    *,
    hours: MinutePeriod | None,
    branch_id: str | None,
    service_id: str | None,
    reason: str,
) -> None:
    """A closing day (``hours`` None) or a day with other hours."""
    conn.execute(
        insert(tb.day_changes).values(
            id=change_id,
            day=day,
            closed=hours is None,
            branch_id=branch_id,
            service_id=service_id,
            opens_min=None if hours is None else hours[0],
            closes_min=None if hours is None else hours[1],
            reason=reason,
        )
    )


def insert_session(
    conn: Tx,
    session_id: str,
    branch_id: str | None,
    first_day: date,
    every_weeks: int,
    hours: MinutePeriod,
    service_ids: Sequence[str],
    *,
    name: str,
    last_day: date | None,
) -> None:
    """Recurring extra hours for these services only."""
    conn.execute(
        insert(tb.extra_sessions).values(
            id=session_id,
            branch_id=branch_id,
            first_day=first_day,
            every_weeks=every_weeks,
            last_day=last_day,
            opens_min=hours[0],
            closes_min=hours[1],
            name=name,
        )
    )
    conn.execute(
        insert(tb.session_services),
        [{"session_id": session_id, "service_id": s} for s in service_ids],
    )


def delete_day_change_or_session(conn: Tx, record_id: str) -> int:
    """Remove the day change or the session with this id; how many were removed (0 or 1)."""
    n = conn.execute(delete(tb.day_changes).where(tb.day_changes.c.id == record_id)).rowcount
    conn.execute(delete(tb.session_services).where(tb.session_services.c.session_id == record_id))
    n += conn.execute(delete(tb.extra_sessions).where(tb.extra_sessions.c.id == record_id)).rowcount
    return int(n)


# --- reading the hours --------------------------------------------------------------------------


def weekly_hours(conn: Tx) -> list[WeeklyHours]:
    h = tb.opening_hours.c
    return [
        WeeklyHours(
            branch_id=r.branch_id,
            weekday=r.weekday,
            opens=minutes_to_time(r.opens_min),
            closes=minutes_to_time(r.closes_min),
            service_id=r.service_id,
        )
        for r in conn.execute(select(tb.opening_hours).order_by(h.branch_id, h.weekday))
    ]


def day_changes(conn: Tx, since: date) -> list[DayChange]:
    c = tb.day_changes.c
    out = []
    for r in conn.execute(select(tb.day_changes).where(c.day >= since)):
        out.append(
            DayChange(
                id=r.id,
                day=r.day,
                closed=bool(r.closed),
                branch_id=r.branch_id,
                service_id=r.service_id,
                opens=None if r.opens_min is None else minutes_to_time(r.opens_min),
                closes=None if r.closes_min is None else minutes_to_time(r.closes_min),
                reason=r.reason,
            )
        )
    return out


def extra_sessions(conn: Tx) -> list[ExtraSession]:
    services: dict[str, set[str]] = {}
    for r in conn.execute(select(tb.session_services)):
        services.setdefault(r.session_id, set()).add(r.service_id)
    return [
        ExtraSession(
            id=r.id,
            branch_id=r.branch_id,
            first_day=r.first_day,
            every_weeks=r.every_weeks,
            opens=minutes_to_time(r.opens_min),
            closes=minutes_to_time(r.closes_min),
            service_ids=frozenset(services.get(r.id, ())),
            last_day=r.last_day,
            name=r.name,
        )
        for r in conn.execute(select(tb.extra_sessions))
    ]
