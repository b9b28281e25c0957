"""Plain words about time and place: when a service can be done, where, and why not now.

Times come from the core as aware UTC datetimes and are said in the municipality's time
zone (the terminal's ``zone``, passed in by the screen).
Days are "vandaag", "morgen" or "op maandag 28 december"; hours are "9 uur" or "12:30 uur",
each in the kiosk's language (``locale_format``: French "9 h", English "9am", ...).
Every sentence is whole and goes through Qt translation (context ``KioskHours``); only names
(of services, branches, holidays) and times are filled in.

``service_info`` and ``Message`` say what the info screen shows for a service that cannot get a
ticket now; ``closed_title``/``closed_reason``/``opens_again``/``open_elsewhere_today`` are the
start screen's words when the branch is shut, and ``short_line`` what each tile says then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.core.hours import Opening
from kiosk.core.model import BranchKind, Municipality, Service
from kiosk.services.opening import Availability, BranchNow, ServiceNow
from kiosk.ui.kiosk_screen import locale_format, wording

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


def local(at: datetime, zone: ZoneInfo) -> datetime:
    return at.astimezone(zone)


def hour_text(at: datetime, zone: ZoneInfo) -> str:
    """The whole time phrase, unit included: "9 uur", "12:30 uur" (French "12 h 30")."""
    return locale_format.time_phrase(local(at, zone).time())


def clock_text(at: datetime, zone: ZoneInfo) -> str:
    """An appointment's time as a clock shows it: "10:30", "09:00"."""
    return locale_format.clock(local(at, zone).time())


def date_text(day: date) -> str:
    """ "maandag 28 december", in the kiosk's language whatever the machine's own is."""
    return locale_format.day_date(day)


def days_from_today(at: datetime, now: datetime, zone: ZoneInfo) -> int:
    return (local(at, zone).date() - local(now, zone).date()).days


# --- when and where -------------------------------------------------------------------------


def when_here(o: Opening, now: datetime, zone: ZoneInfo) -> str:
    return _when(o, now, zone, here=True)


def when_there(o: Opening, now: datetime, zone: ZoneInfo) -> str:
    return _when(o, now, zone, here=False)


def _when(o: Opening, now: datetime, zone: ZoneInfo, *, here: bool) -> str:
    """When ``o`` comes, said of this building (``here``) or of the other one: one reckoning
    of now, today, tomorrow or a later day, with a whole sentence of each place for each case,
    so translators see full sentences."""
    days = days_from_today(o.starts, now, zone)
    if o.starts <= now:
        text = _tr("Dit kan hier nu, tot {end}.") if here else _tr("Daar kan het nu, tot {end}.")
    elif days == 0:
        text = (
            _tr("Dit kan hier vandaag vanaf {start}.")
            if here
            else _tr("Daar kan het vandaag vanaf {start}.")
        )
    elif days == 1:
        text = (
            _tr("Dit kan hier morgen van {start} tot {end}.")
            if here
            else _tr("Daar kan het morgen van {start} tot {end}.")
        )
    else:
        text = (
            _tr("Dit kan hier op {date} van {start} tot {end}.")
            if here
            else _tr("Daar kan het op {date} van {start} tot {end}.")
        )
    return text.format(
        start=hour_text(o.starts, zone),
        end=hour_text(o.ends, zone),
        date=date_text(local(o.starts, zone).date()),
    )


def short_line(sn: ServiceNow, bn: BranchNow, now: datetime, zone: ZoneInfo) -> str:
    """The line under a service's name on the start screen, when it gives no ticket now.

    When the branch is done for today every tile says the same ("Vandaag dicht"): the top of
    the screen says when it opens again and where else is open today. Only a service with
    extra hours here before that (a Saturday session for passports) says when instead."""
    a = sn.availability
    if closed_for_today(bn, now) and not _extra_hours_here(sn, bn):
        return _tr("Vandaag dicht") if not bn.hours_today else _tr("Vandaag niet meer")
    if a is Availability.APPOINTMENT:
        return _tr("Alleen met afspraak")
    if a is Availability.CLOSING:
        return _tr("Vandaag niet meer")
    if a is Availability.NOWHERE or sn.opening is None:
        return _tr("Vraag het aan de balie")
    if sn.elsewhere is not None:
        return _tr("Nu niet hier")
    start = hour_text(sn.opening.starts, zone)
    days = days_from_today(sn.opening.starts, now, zone)
    if days == 0:
        return _tr("Vandaag vanaf {start}").format(start=start)
    if days == 1:
        return _tr("Morgen vanaf {start}").format(start=start)
    return _tr("Op {date}").format(date=date_text(local(sn.opening.starts, zone).date()))


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


def service_info(sn: ServiceNow, bn: BranchNow, now: datetime, zone: ZoneInfo) -> Message:
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
            after=(when_there(nxt, now, zone),),
            service=svc,
        )
    return Message("clock", title, (*lines, when_here(nxt, now, zone)), service=svc)


# --- the branch is closed -------------------------------------------------------------------


def closed_for_today(bn: BranchNow, now: datetime) -> bool:
    """The branch is closed now and does not open again today (a holiday, a Sunday, the
    evening): the start screen says so once, at the top, and every tile says the same."""
    return not bn.open_now and not any(o.ends > now for o in bn.hours_today)


def _extra_hours_here(sn: ServiceNow, bn: BranchNow) -> bool:
    """The service can be done here before the branch opens again for everything (a session
    for passports on Saturday): its tile says when, the others do not."""
    o = sn.opening
    if sn.availability is not Availability.LATER or o is None or sn.elsewhere is not None:
        return False
    return bn.opens_next is None or o.starts < bn.opens_next.starts


def closed_title(bn: BranchNow) -> str:
    """First line of the start screen when the whole branch is closed now. The branch is
    named by its kind (``Branch.kind``): a library is "de bibliotheek", not "het gemeentehuis"."""
    town_hall = bn.branch.kind is BranchKind.TOWN_HALL
    if not bn.hours_today:  # closed all day
        if town_hall:
            return _tr("Vandaag is het gemeentehuis dicht.")
        return _tr("Vandaag is de bibliotheek dicht.")
    if town_hall:
        return _tr("Het gemeentehuis is nu gesloten.")
    return _tr("De bibliotheek is nu gesloten.")


def closed_reason(bn: BranchNow) -> str:
    """Why the branch is closed today: the holiday ("Het is Kerstmis."), or else the
    municipality's own reason for a closing day ("Personeelsfeest"); "" otherwise."""
    why = bn.closed_because
    if why is None:
        return ""
    # The holiday's name in the resident's language, like the sentence around it.
    holiday = bn.holiday_in(wording.kiosk_language())
    if holiday:
        return _tr("Het is {holiday}.").format(holiday=holiday)
    return why.reason or ""


def open_elsewhere_today(bn: BranchNow, now: datetime, zone: ZoneInfo) -> tuple[str, ...]:
    """Where a resident can go instead today: one line per other branch still open today."""
    lines = []
    for branch, o in bn.open_elsewhere_today:
        if o.starts <= now:
            line = _tr("{place} is nu open, tot {end}.").format(
                place=branch.name, end=hour_text(o.ends, zone)
            )
        else:
            line = _tr("{place} is vandaag open van {start} tot {end}.").format(
                place=branch.name, start=hour_text(o.starts, zone), end=hour_text(o.ends, zone)
            )
        lines.append(line)
    return tuple(lines)


def opens_again(bn: BranchNow, now: datetime, zone: ZoneInfo) -> str:
    """When the branch opens next; "" when not within the schedule's horizon."""
    o = bn.opens_next
    if o is None:
        return ""
    start = hour_text(o.starts, zone)
    days = days_from_today(o.starts, now, zone)
    if days == 0:
        return _tr("We zijn weer open vandaag om {start}.").format(start=start)
    if days == 1:
        return _tr("We zijn weer open morgen om {start}.").format(start=start)
    return _tr("We zijn weer open op {date} om {start}.").format(
        date=date_text(local(o.starts, zone).date()), start=start
    )
