"""The municipality's time zone: the wall clock every screen of a branch shows its times in.

Stored per municipality in the database (a terminal's replica has it too), never written in code:
a municipality elsewhere gets its own times on the kiosk, the counter and the display.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from kiosk.services.context import ServiceContext
from kiosk.storage import appointment_store as astore


def branch_zone(ctx: ServiceContext, branch_id: str) -> ZoneInfo:
    """The time zone of the municipality ``branch_id`` belongs to (NotFound for no branch)."""
    with ctx.db.read() as conn:
        return ctx.zone(conn, branch_id)


def municipality_zone(ctx: ServiceContext) -> ZoneInfo:
    """The (single) municipality's time zone (NotFound on a database without one)."""
    with ctx.db.read() as conn:
        return ZoneInfo(astore.municipality(conn).timezone)


def wall_time_utc(at: datetime, zone: ZoneInfo) -> datetime:
    """``at`` as UTC: a time without an offset is read as the wall-clock time in ``zone``."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=zone)
    return at.astimezone(UTC)
