"""What the kiosk says after a check-in that gives no appointment ticket (too early, too late,
another day, another building, cancelled, not found, not possible offline), as ``Message`` for
the message screen.

Only what a public screen may show: the service, the time and the building of the appointment;
never a name. Sentences go through Qt translation (context ``KioskCheckIn``).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from kiosk.core.appointments import CheckInVerdict
from kiosk.services.check_in import CheckInResult
from kiosk.ui.kiosk_screen.hours_wording import (
    Message,
    clock_text,
    date_text,
    days_from_today,
    local,
)

_CTX = "KioskCheckIn"

#: Actions the message screen's big button can ask for.
WALK_IN = "walk_in"
TYPE_CODE = "type_code"
TRY_NAME = "try_name"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def appointment_at(starts_at: datetime, zone: ZoneInfo) -> str:
    return _tr("Je afspraak is om {time}.").format(time=clock_text(starts_at, zone))


def we_call_you() -> str:
    return _tr("We roepen je nummer.")


def already_checked_in() -> str:
    return _tr("Je zei al dat je er bent. Hier is je ticket nog eens.")


def _day_of(starts_at: datetime, now: datetime, zone: ZoneInfo) -> str:
    days = days_from_today(starts_at, now, zone)
    time = clock_text(starts_at, zone)
    if days == 1:
        return _tr("Je afspraak is morgen om {time}.").format(time=time)
    if days < 0:
        return _tr("Je afspraak was op {date} om {time}.").format(
            date=date_text(local(starts_at, zone).date()), time=time
        )
    return _tr("Je afspraak is op {date} om {time}.").format(
        date=date_text(local(starts_at, zone).date()), time=time
    )


def answer(result: CheckInResult, now: datetime, zone: ZoneInfo) -> Message:
    """The message for a verdict other than OK and ALREADY (those show the ticket)."""
    v = result.verdict
    b = result.booked
    service = b.service if b is not None else None
    if v is CheckInVerdict.TOO_EARLY and b is not None:
        lines = [appointment_at(b.starts_at, zone)]
        if result.opens_at is not None:
            lines.insert(
                0,
                _tr("Vanaf {time} kan je zeggen dat je er bent.").format(
                    time=clock_text(result.opens_at, zone)
                ),
            )
        lines.append(_tr("Ga even zitten en kom dan terug naar hier."))
        return Message("clock", _tr("Je bent vroeg."), tuple(lines), service=service)
    if v in (CheckInVerdict.TOO_LATE, CheckInVerdict.NO_SHOW) and b is not None:
        return Message(
            "clock",
            _tr("Je bent te laat voor je afspraak."),
            (_tr("Geen probleem. Neem een gewoon ticket. Dan helpen we je zo snel mogelijk."),),
            action=WALK_IN,
            action_text=_tr("Neem een gewoon ticket"),
            action_icon="check",
            service=service,
        )
    if v is CheckInVerdict.OTHER_DAY and b is not None:
        past = days_from_today(b.starts_at, now, zone) < 0
        title = (
            _tr("Je afspraak is al voorbij.") if past else _tr("Je afspraak is op een andere dag.")
        )
        follow = (
            _tr("Maak een nieuwe afspraak aan de balie.")
            if past
            else _tr("Kom dan terug. Heb je een vraag? Vraag het aan de balie.")
        )
        return Message(
            "calendar", title, (_day_of(b.starts_at, now, zone), follow), service=service
        )
    if v is CheckInVerdict.OTHER_BRANCH and b is not None:
        return Message(
            "home",
            _tr("Je afspraak is in een ander gebouw."),
            (_tr("Ga naar:"),),
            place=(b.branch_name, ""),
            after=(appointment_at(b.starts_at, zone),),
            service=service,
        )
    if v is CheckInVerdict.CANCELLED:
        return Message(
            "warning",
            _tr("Deze afspraak gaat niet meer door."),
            (_tr("Vraag het aan de balie. Daar kan je een nieuwe afspraak maken."),),
            service=service,
        )
    return not_found()


def not_found() -> Message:
    return Message(
        "question",
        _tr("We vinden deze code niet."),
        (
            _tr("Kijk of je de code goed hebt getypt."),
            _tr("Lukt het niet? Vraag het aan de balie."),
        ),
        action=TYPE_CODE,
        action_text=_tr("Typ je code opnieuw"),
        action_icon="keypad",
    )


def no_match() -> Message:
    """Nobody with this family name and birth date has an appointment here today."""
    return Message(
        "question",
        _tr("We vinden geen afspraak."),
        (
            _tr("We vinden vandaag geen afspraak met deze naam en geboortedatum."),
            _tr("Kijk of alles juist is. Lukt het niet? Vraag het aan de balie."),
        ),
        action=TRY_NAME,
        action_text=_tr("Probeer opnieuw"),
        action_icon="back",
    )


def needs_server(by_name: bool) -> Message:
    """This kiosk cannot reach the server, which a search by name needs (the kiosk holds no
    names); a code still works. Said plainly: it is not the resident's mistake."""
    if by_name:
        return Message(
            "warning",
            _tr("Zoeken op naam lukt nu niet."),
            (
                _tr("Heb je de brief met je code? Typ dan je code."),
                _tr("Of vraag het aan de balie."),
            ),
            action=TYPE_CODE,
            action_text=_tr("Typ je code"),
            action_icon="keypad",
        )
    return Message(
        "warning",
        _tr("We kunnen je code nu niet nakijken."),
        (_tr("Vraag het aan de balie. Daar helpen we je verder."),),
    )
