"""Plain words for appointments at the counter: dates, statuses, refusals, the confirmation slip.

Every text goes through Qt translation with the context "AppointmentWords" (source language
Dutch). Times come from the core in UTC and are shown in the municipality's time zone (the
terminal's ``zone``).
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate

from kiosk.core.appointments import Appointment, DayStatus, qr_payload
from kiosk.core.model import QueueRules
from kiosk.printing.confirmation import ConfirmationLabels, ConfirmationSlip
from kiosk.services.appointment_book import Confirmation
from kiosk.services.appointments import BookingProblem, BookingRefused
from kiosk.services.errors import NotFound
from kiosk.ui.counter.words import (
    counter_locale,
    error_message,
    local_time_text,
    service_text,
)

log = logging.getLogger(__name__)

_CTX = "AppointmentWords"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CTX, text, None, n)


def local(when: datetime, zone: ZoneInfo) -> datetime:
    """A stored UTC time as the wall-clock time in ``zone`` (still aware)."""
    return when.astimezone(zone)


def today(now: datetime, zone: ZoneInfo) -> date:
    return local(now, zone).date()


def date_words(d: date, year: bool = True) -> str:
    """ "dinsdag 1 december 2026" (or without the year), in the console's language."""
    # QDate formats: dddd weekday, d day, MMMM month, yyyy year (German: "dddd, d. MMMM").
    pattern = _tr("dddd d MMMM yyyy") if year else _tr("dddd d MMMM")
    return counter_locale().toString(QDate(d.year, d.month, d.day), pattern)


def time_text(when: datetime, zone: ZoneInfo) -> str:
    """ "09:15" in the console's language."""
    return local_time_text(when, zone)


def day_heading(d: date, now: datetime, zone: ZoneInfo) -> str:
    """A heading in the list of free slots: "Vandaag", "Morgen" or the date in words."""
    first = today(now, zone)
    if d == first:
        return _tr("Vandaag, {date}").format(date=date_words(d, year=False))
    if (d - first).days == 1:
        return _tr("Morgen, {date}").format(date=date_words(d, year=False))
    return date_words(d, year=d.year != first.year)


def when_text(starts_at: datetime, zone: ZoneInfo) -> str:
    """ "dinsdag 1 december 2026 om 09:15"."""
    return _tr("{date} om {time}").format(
        date=date_words(local(starts_at, zone).date()), time=time_text(starts_at, zone)
    )


def status_word(status: DayStatus, ticket_number: str | None = None) -> str:
    if status is DayStatus.CHECKED_IN:
        if ticket_number:
            return _tr("Aangemeld · {number}").format(number=ticket_number)
        return _tr("Aangemeld")
    return {
        DayStatus.DUE: _tr("Verwacht"),
        DayStatus.LATE: _tr("Te laat"),
        DayStatus.NO_SHOW: _tr("Niet gekomen"),
        DayStatus.CANCELLED: _tr("Geannuleerd"),
    }[status]


def booking_sentence(problem: BookingProblem) -> str:
    """One plain sentence per reason a booking or a move was refused."""
    return {
        BookingProblem.SLOT_TAKEN: _tr("Iemand anders nam net dit moment. Kies een ander moment."),
        BookingProblem.NOT_OPEN: _tr("Op dat moment is deze dienst er niet open. Kies opnieuw."),
        BookingProblem.IN_THE_PAST: _tr("Dit moment is al voorbij. Kies een later moment."),
        BookingProblem.NAME_MISSING: _tr("Vul de familienaam in."),
        BookingProblem.TOO_LONG: _tr(
            "Een naam of de telefoon of e-mail is te lang. Maak ze korter."
        ),
        BookingProblem.NOT_OPEN_STATE: _tr(
            "Dat kan niet meer. Deze afspraak is al aangemeld, geannuleerd of niet gekomen."
        ),
    }[problem]


def appointment_error(exc: BaseException, rules: QueueRules) -> str:
    """A short plain message for anything an appointment step raised; never a traceback."""
    if isinstance(exc, BookingRefused):
        return booking_sentence(exc.problem)
    if isinstance(exc, NotFound):
        return _tr("Deze afspraak bestaat niet meer. Misschien haalde iemand ze net weg.")
    return error_message(exc, rules)


def minutes_text(minutes: int) -> str:
    return _tr("%n minuten", n=minutes)


def slip_for(c: Confirmation, zone: ZoneInfo) -> ConfirmationSlip:
    """The confirmation slip of ``c`` in words: date and time local, contact in change_text."""
    a: Appointment = c.appointment
    starts = local(a.starts_at, zone)
    # The service's name and what to bring in the console's language, like the labels.
    service = service_text(c.service)
    m = c.municipality
    if m.phone and m.website:
        change = _tr("Bel {phone} of ga naar {website}.").format(phone=m.phone, website=m.website)
    elif m.phone:
        change = _tr("Bel {phone}.").format(phone=m.phone)
    elif m.website:
        change = _tr("Ga naar {website}.").format(website=m.website)
    else:
        change = ""
    labels = ConfirmationLabels(
        title=_tr("Je afspraak"),
        when=_tr("Wanneer"),
        where=_tr("Waar"),
        what=_tr("Waarvoor"),
        bring=_tr("Wat breng je mee"),
        code=_tr("Je code"),
        code_hint=_tr("Toon of typ deze code aan de kiosk bij de ingang."),
        cannot_come=_tr("Kan je niet komen? Bel ons of zeg het aan de balie."),
    )
    return ConfirmationSlip(
        municipality_name=m.name,
        branch_name=c.branch.name,
        branch_address=c.branch.address,
        service_name=service.name,
        starts_local=starts.replace(tzinfo=None),
        minutes=a.minutes,
        date_text=date_words(starts.date()),
        time_text=time_text(a.starts_at, zone),
        reference=a.reference,
        qr_payload=qr_payload(a.reference),
        bring_text=service.bring,
        change_text=change,
        duration_text=minutes_text(a.minutes),
        labels=labels,
    )
