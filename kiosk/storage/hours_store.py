"""Writes of the municipality's opening hours: weekly hours, changed days (closing days and
other hours) and recurring extra sessions. None of these commits.

Times of day are minutes after midnight, local time (see kiosk/storage/tables/hours.py); the
callers convert. The readers of these tables are in appointment_store (weekly_hours,
day_changes, extra_sessions), beside the appointments that use them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete, insert

from kiosk.core.model import new_id
from kiosk.storage import tables as tb
from kiosk.storage.unit_of_work import Tx

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
