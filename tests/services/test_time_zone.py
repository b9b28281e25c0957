"""The municipality's time zone comes from the database, never from the code: the same files
and screens read and show times in another municipality's zone."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update

from kiosk.services.appointment_import import import_file
from kiosk.services.context import ServiceContext
from kiosk.services.time_zone import branch_zone, municipality_zone
from kiosk.storage import appointment_store as astore
from kiosk.storage import tables
from kiosk.storage.demo import TOWN_HALL


def municipality_in(ctx: ServiceContext, zone: str) -> None:
    """Move the demo municipality to ``zone`` (as an admin's setting would)."""
    with ctx.db.write() as conn:
        conn.execute(update(tables.municipalities).values(timezone=zone))


def test_a_branch_s_zone_is_its_municipality_s(ctx) -> None:
    municipality_in(ctx, "Europe/Lisbon")
    assert branch_zone(ctx, TOWN_HALL).key == municipality_zone(ctx).key == "Europe/Lisbon"


ICS = b"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//booking//EN
BEGIN:VEVENT
UID:floating-1
DTSTART:20261201T103000
DURATION:PT15M
CATEGORIES:passport
LOCATION:gemeentehuis
X-KIOSK-FIRST-NAME:Ana
X-KIOSK-FAMILY-NAME:Silva
END:VEVENT
END:VCALENDAR
"""


def test_an_imported_floating_time_is_the_municipality_s_wall_time(ctx, clock) -> None:
    clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=UTC))
    municipality_in(ctx, "Europe/Lisbon")
    report = import_file(ctx, ICS).value
    assert (report.added, report.problems) == (1, [])
    with ctx.db.read() as conn:
        a = astore.by_external_uid(conn, "floating-1")
    assert a is not None and a.starts_at == datetime(2026, 12, 1, 10, 30, tzinfo=UTC)


def test_a_json_file_is_read_as_json(ctx, clock) -> None:
    clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=UTC))
    data = (
        b'{"format": "kiosk-appointments/1", "appointments": [{"uid": "j-1", '
        b'"service": "passport", "branch": "gemeentehuis", "start": "2026-12-01T10:30:00Z", '
        b'"minutes": 15, "family_name": "Silva"}]}'
    )
    assert import_file(ctx, data).value.added == 1
