"""A demo day of appointments, so the counter's list and the kiosk's check-in have something
to show: a few residents booked at the town hall for today (or the next day it is open), and
the first one's confirmation slip written as a PDF, whose code can be typed (or its QR code
scanned) at the demo kiosk.

Demo data in the demo municipality's language (Dutch), like the demo catalogue.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.core.appointments import Appointment, qr_payload
from kiosk.printing.confirmation import ConfirmationSlip, confirmation_pdf
from kiosk.services import appointments as uc
from kiosk.services import opening
from kiosk.services.appointment_book import confirmation
from kiosk.services.appointments import BookingRefused, Resident
from kiosk.services.context import ServiceContext
from kiosk.storage.demo import TOWN_HALL, service_id

PEOPLE = [
    ("passport", Resident("Maria", "Claes", "0470 11 22 33", date(1948, 3, 14))),
    ("eid", Resident("Ahmed", "El Amrani", "ahmed@example.org", date(1986, 9, 2))),
    ("licence", Resident("Lotte", "Van den Broeck", "0485 44 55 66", date(2006, 1, 30))),
    ("passport", Resident("Jan", "Peeters", "", date(1961, 7, 8))),
    ("move", Resident("Sofie", "Wouters", "0496 77 88 99", None)),
]
DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


#: The demo is shown with the town hall's main walk-in service: the identity card.
DEMO_SERVICE = "eid"
#: With less than this left before the town hall closes, the demo starts at the next opening:
#: near closing time the kiosk rightly stops giving tickets.
ROOM_BEFORE_CLOSING = timedelta(hours=1)


def demo_start(ctx: ServiceContext) -> datetime | None:
    """When the demo's clock should start so that a newcomer can take a ticket: None when the
    town hall serves walk-ins now (with ROOM_BEFORE_CLOSING to spare), else the start of its
    next such opening (a Saturday session for passports only does not count)."""
    now = ctx.clock.now()
    schedule = opening.schedule(ctx)
    after = now
    while True:
        found = schedule.next_opening(
            [TOWN_HALL], service_id(DEMO_SERVICE), after, opening.HORIZON_DAYS
        )
        if found is None or (found.starts - now).days > opening.HORIZON_DAYS:
            return None  # nothing ahead: keep the real time, the kiosk says why
        starts = max(found.starts, now)
        if found.ends - starts >= ROOM_BEFORE_CLOSING:
            return None if starts == now else found.starts
        after = found.ends


def book_demo_day(ctx: ServiceContext, slips_dir: Path | None = None) -> list[Appointment]:
    """Book the demo residents at the next free slots from now (spread: each a slot after
    the last), and write the first one's confirmation to ``slips_dir``. Skips anyone who
    cannot be booked (a closed day, a full slot)."""
    booked: list[Appointment] = []
    after = ctx.clock.now() + timedelta(minutes=20)
    for code, who in PEOPLE:
        slots = uc.free_slots(ctx, service_id(code), [TOWN_HALL], after=after, limit=1)
        if not slots:
            continue
        try:
            a = uc.book(ctx, service_id(code), TOWN_HALL, slots[0].starts_at, who).value
        except BookingRefused:
            continue
        booked.append(a)
        after = a.starts_at + timedelta(minutes=10)
    if booked and slips_dir is not None:
        write_slip(ctx, booked[0], slips_dir)
    return booked


def write_slip(ctx: ServiceContext, a: Appointment, folder: Path) -> Path:
    c = confirmation(ctx, a.id)
    local = a.starts_at.astimezone(ZoneInfo(c.municipality.timezone))
    slip = ConfirmationSlip(
        municipality_name=c.municipality.name,
        branch_name=c.branch.name,
        branch_address=c.branch.address,
        service_name=c.service.name,
        starts_local=local.replace(tzinfo=None),
        minutes=a.minutes,
        date_text=f"{DAYS[local.weekday()]} {local.day} {MONTHS[local.month - 1]} {local.year}",
        time_text=f"{local:%H:%M}",
        reference=a.reference,
        qr_payload=qr_payload(a.reference),
        bring_text=c.service.bring,
        change_text=f"Bel {c.municipality.phone} of ga naar {c.municipality.website}.",
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"afspraak-{a.reference}.pdf"
    path.write_bytes(confirmation_pdf(slip))
    return path
