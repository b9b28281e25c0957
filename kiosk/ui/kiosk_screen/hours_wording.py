"""Plain words about time and place: when a service can be done, where, and why not now.

Times come from the core as aware UTC datetimes and are said in Brussels time (``LOCAL_ZONE``).
Days are "vandaag", "morgen" or "op maandag 28 december"; hours are "9 uur" or "12:30 uur",
each in the kiosk's language (``locale_format``: French "9 h", English "9am", ...).
Every sentence is whole and goes through Qt translation (context ``KioskHours``); only names
(of services, branches, holidays) and times are filled in.

``service_info`` and ``Message`` say what the info screen shows for a service that cannot get a
ticket now; ``closed_title``/``opens_again`` are the start screen's words when the branch is shut.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.core.hours import Opening
from kiosk.core.model import BranchKind, Municipality, Service
from kiosk.services.opening import Availability, BranchNow, ServiceNow
from kiosk.ui.kiosk_screen import locale_format, wording
from kiosk.ui.kiosk_screen.widgets import LOCAL_ZONE

_CTX = "KioskHours"


def kiosk_locale() -> QLocale:
    """Day and month names in the kiosk's language now (Dutch unless a resident chose)."""
    return locale_format.kiosk_locale()


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclass(frozen=True, slots=True)
class Message:
    """What a message screen shows: a title, sentences, maybe a place (name, address) with
    more sentences under it, and maybe one big action button (``action`` names it)."""

    icon: str
    title: str
    lines: tuple[str, ...] = ()
    place: tuple[str, str] | None = None
    after: tuple[str, ...] = ()
    action: str | None = None
    action_text: str = ""
    action_icon: str = "check"
    service: Service | None = None


# --- times and days -------------------------------------------------------------------------


def local(at: datetime) -> datetime:
    return at.astimezone(LOCAL_ZONE)


def hour_text(at: datetime) -> str:
    """The whole time phrase, unit included: "9 uur", "12:30 uur" (French "12 h 30")."""
    return locale_format.time_phrase(local(at).time())


def clock_text(at: datetime) -> str:
    """An appointment's time as a clock shows it: "10:30", "09:00"."""
    return locale_format.clock(local(at).time())


def date_text(day: date) -> str:
    """ "maandag 28 december", in the kiosk's language whatever the machine's own is."""
    return locale_format.day_date(day)


def days_from_today(at: datetime, now: datetime) -> int:
    return (local(at).date() - local(now).date()).days


# --- when and where -------------------------------------------------------------------------


def when_here(o: Opening, now: datetime) -> str:
    start, end = hour_text(o.starts), hour_text(o.ends)
    days = days_from_today(o.starts, now)
    if o.starts <= now:
        return _tr("Dit kan hier nu, tot {end}.").format(end=end)
    if days == 0:
        return _tr("Dit kan hier vandaag vanaf {start}.").format(start=start)
    if days == 1:
        return _tr("Dit kan hier morgen van {start} tot {end}.").format(start=start, end=end)
    return _tr("Dit kan hier op {date} van {start} tot {end}.").format(
        date=date_text(local(o.starts).date()), start=start, end=end
    )


def when_there(o: Opening, now: datetime) -> str:
    start, end = hour_text(o.starts), hour_text(o.ends)
    days = days_from_today(o.starts, now)
    if o.starts <= now:
        return _tr("Daar kan het nu, tot {end}.").format(end=end)
    if days == 0:
        return _tr("Daar kan het vandaag vanaf {start}.").format(start=start)
    if days == 1:
        return _tr("Daar kan het morgen van {start} tot {end}.").format(start=start, end=end)
    return _tr("Daar kan het op {date} van {start} tot {end}.").format(
        date=date_text(local(o.starts).date()), start=start, end=end
    )


def short_line(sn: ServiceNow, now: datetime) -> str:
    """The line under a service's name on the start screen, when it gives no ticket now."""
    a = sn.availability
    if a is Availability.APPOINTMENT:
        return _tr("Alleen met afspraak")
    if a is Availability.CLOSING:
        return _tr("Vandaag niet meer")
    if a is Availability.NOWHERE or sn.opening is None:
        return _tr("Vraag het aan de balie")
    if sn.elsewhere is not None:
        return _tr("Nu niet hier")
    start = hour_text(sn.opening.starts)
    days = days_from_today(sn.opening.starts, now)
    if days == 0:
        return _tr("Vandaag vanaf {start}").format(start=start)
    if days == 1:
        return _tr("Morgen vanaf {start}").format(start=start)
    return _tr("Op {date}").format(date=date_text(local(sn.opening.starts).date()))


def appointment_how(m: Municipality) -> str:
    """How to make an appointment; leaves out a phone number or website the municipality has
    not set."""
    phone, site = m.phone.strip(), m.website.strip()
    if phone and site:
        return _tr("Maak een afspraak aan de balie, bel {phone} of ga naar {website}.").format(
            phone=phone, website=site
        )
    if phone:
        return _tr("Maak een afspraak aan de balie of bel {phone}.").format(phone=phone)
    if site:
        return _tr("Maak een afspraak aan de balie of ga naar {website}.").format(website=site)
    return _tr("Maak een afspraak aan de balie.")


def _next(sn: ServiceNow, now: datetime) -> Opening | None:
    """The next period for a service that cannot get a ticket now (never the current one)."""
    o = sn.opening
    if o is None or (sn.availability is Availability.CLOSING and o.starts <= now):
        return None
    return o


def service_info(sn: ServiceNow, bn: BranchNow, now: datetime) -> Message:
    """The info screen for a service that gives no ticket here now: why, and when and where."""
    svc = sn.service
    a = sn.availability
    if a is Availability.APPOINTMENT:
        return Message(
            "calendar",
            _tr("Hiervoor heb je een afspraak nodig."),
            (appointment_how(bn.municipality),),
            action="check_in",
            action_text=_tr("Ik heb al een afspraak"),
            action_icon="calendar",
            service=svc,
        )
    if a is Availability.CLOSING:
        title = _tr("Sorry, vandaag lukt het niet meer.")
        first = _tr("We gaan bijna dicht. Er is niet genoeg tijd meer om je nog te helpen.")
    elif sn.elsewhere is not None:
        title = _tr("Dit kan nu niet hier.")
        first = ""
    else:
        title = _tr("Dit kan nu niet.")
        first = ""
    nxt = _next(sn, now)
    lines = (first,) if first else ()
    if nxt is None:
        return Message("clock", title, (*lines, _tr("Vraag het aan de balie.")), service=svc)
    if sn.elsewhere is not None:
        return Message(
            "home",
            title,
            (*lines, _tr("Het kan wel in een ander gebouw:")),
            place=(sn.elsewhere.name, sn.elsewhere.address),
            after=(when_there(nxt, now),),
            service=svc,
        )
    return Message("clock", title, (*lines, when_here(nxt, now)), service=svc)


# --- the branch is closed -------------------------------------------------------------------


def closed_title(bn: BranchNow) -> str:
    """First line of the start screen when the whole branch is closed now."""
    town_hall = bn.branch.kind is BranchKind.TOWN_HALL
    why = bn.closed_because
    # The holiday's name in the resident's language, like the sentence around it.
    holiday = bn.holiday_in(wording.kiosk_language())
    if why is not None and holiday:
        if town_hall:
            return _tr("Vandaag is het {holiday}. Het gemeentehuis is dicht.").format(
                holiday=holiday
            )
        return _tr("Vandaag is het {holiday}. De bibliotheek is dicht.").format(holiday=holiday)
    if why is not None:
        if town_hall:
            return _tr("Het gemeentehuis is vandaag gesloten.")
        return _tr("De bibliotheek is vandaag gesloten.")
    if town_hall:
        return _tr("Het gemeentehuis is nu gesloten.")
    return _tr("De bibliotheek is nu gesloten.")


def closed_reason(bn: BranchNow) -> str:
    """The municipality's own reason for a closing day ("Personeelsfeest"), when no holiday
    already says why; "" otherwise."""
    why = bn.closed_because
    if why is None or why.holiday or not why.reason:
        return ""
    return why.reason


def opens_again(bn: BranchNow, now: datetime) -> str:
    """When the branch opens next; "" when not within the schedule's horizon."""
    o = bn.opens_next
    if o is None:
        return ""
    start = hour_text(o.starts)
    days = days_from_today(o.starts, now)
    if days == 0:
        return _tr("We zijn weer open vandaag om {start}.").format(start=start)
    if days == 1:
        return _tr("We zijn weer open morgen om {start}.").format(start=start)
    return _tr("We zijn weer open op {date} om {start}.").format(
        date=date_text(local(o.starts).date()), start=start
    )
