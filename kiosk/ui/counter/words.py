"""Plain words for the counter console: priorities, states, outcomes, refusals and errors.

Every text goes through Qt translation with the context "CounterWords" (source language Dutch).
Each Refusal gets its own sentence, so a clerk always reads why a step was refused, never a code.
"""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from kiosk.core.model import (
    Outcome,
    PrinterAlert,
    PriorityReason,
    QueueRules,
    Service,
    TicketState,
)
from kiosk.core.queueing import QueueError, Refusal
from kiosk.core.service_texts import ServiceText
from kiosk.services.errors import (
    ConcurrentChange,
    CounterTaken,
    DatabaseUnavailable,
    NotFound,
    ServerUnreachable,
    SignedOut,
    StorageError,
)
from kiosk.services.printer_alerts import PrinterProblem
from kiosk.services.staff_sessions import SignInRefusal, SignInRefused
from kiosk.ui.common import i18n

log = logging.getLogger(__name__)

_CTX = "CounterWords"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CTX, text, None, n)


#: Icon per priority reason (resources/icons); shown next to a word, never as the only cue.
PRIORITY_ICONS: dict[PriorityReason, str] = {
    PriorityReason.ELDERLY: "elderly",
    PriorityReason.DISABILITY: "accessible",
    PriorityReason.PREGNANCY: "pregnancy",
    PriorityReason.STAFF: "people",
}


def priority_word(reason: PriorityReason) -> str:
    """Short form, for a table cell."""
    return {
        PriorityReason.ELDERLY: _tr("Oudere"),
        PriorityReason.DISABILITY: _tr("Beperking"),
        PriorityReason.PREGNANCY: _tr("Zwanger"),
        PriorityReason.STAFF: _tr("Personeel"),
    }[reason]


def priority_sentence(reason: PriorityReason) -> str:
    """Long form, for the current resident panel."""
    return {
        PriorityReason.ELDERLY: _tr("Voorrang: oudere persoon"),
        PriorityReason.DISABILITY: _tr("Voorrang: persoon met een beperking"),
        PriorityReason.PREGNANCY: _tr("Voorrang: zwangere persoon"),
        PriorityReason.STAFF: _tr("Voorrang: van een medewerker"),
    }[reason]


def state_word(state: TicketState) -> str:
    return {
        TicketState.WAITING: _tr("Wacht"),
        TicketState.TRANSFERRED: _tr("Doorgestuurd"),
        TicketState.CALLED: _tr("Opgeroepen"),
        TicketState.SERVING: _tr("In behandeling"),
        TicketState.PARKED: _tr("Even apart"),
        TicketState.DONE: _tr("Klaar"),
        TicketState.NO_SHOW: _tr("Niet gekomen"),
        TicketState.CANCELLED: _tr("Geannuleerd"),
    }[state]


def outcome_word(outcome: Outcome) -> str:
    return {
        Outcome.HELPED: _tr("Geholpen"),
        Outcome.FOLLOW_UP: _tr("Opvolging nodig"),
        Outcome.REFERRED: _tr("Doorverwezen"),
        Outcome.NOT_POSSIBLE: _tr("Niet mogelijk"),
    }[outcome]


def minutes_between(start: datetime | None, end: datetime) -> int:
    """Whole minutes from ``start`` to ``end`` (0 when unknown or negative)."""
    if start is None:
        return 0
    return max(0, int((end - start).total_seconds() // 60))


def counter_locale() -> QLocale:
    """The console's language as a QLocale (the [counter] language setting): times, dates."""
    return i18n.qt_locale(i18n.current_language("counter"))


def service_text(service: Service) -> ServiceText:
    """The service's name, description and what to bring in the console's language (Dutch
    where the municipality wrote none: kiosk.core.service_texts). Every place of the console
    that names a service asks here."""
    return service.in_language(i18n.current_language("counter"))


def service_name(service: Service | None) -> str:
    """The service's name in the console's language; "?" for a service that is gone."""
    return service_text(service).name if service is not None else "?"


def local_time_text(when: datetime, zone: ZoneInfo) -> str:
    """A stored UTC time as the wall-clock time in ``zone`` (the terminal's), written the way
    the console's language writes times (QLocale's short format): "09:42"."""
    local = when.astimezone(zone)
    short = QLocale.FormatType.ShortFormat
    return counter_locale().toString(QTime(local.hour, local.minute), short)


def waited_text(minutes: int) -> str:
    if minutes < 1:
        return _tr("Wachtte minder dan 1 minuut")
    return _tr("Wachtte %n minuten", n=minutes)


def recalls_text(recalls: int) -> str:
    if recalls == 0:
        return _tr("Nog niet opnieuw opgeroepen")
    return _tr("%n keer opnieuw opgeroepen", n=recalls)


def alert_sentence(alert: PrinterAlert) -> str:
    """What the yellow banner says about one printer problem."""
    if alert.problem == PrinterProblem.OUT_OF_PAPER.value:
        text = _tr("De printer van {device} heeft geen papier meer.")
    else:
        text = _tr("De printer van {device} werkt niet.")
    return text.format(device=alert.device_name)


def refusal_sentence(refusal: Refusal, rules: QueueRules) -> str:
    """One plain sentence per refusal of the queue engine."""
    if refusal is Refusal.TOO_FEW_RECALLS:
        return _tr(
            "Roep eerst %n keer opnieuw op. Pas dan kan je 'Niet gekomen' kiezen.",
            n=rules.recalls_before_no_show,
        )
    if refusal is Refusal.REACTIVATION_EXPIRED:
        return _tr(
            "Te laat: dit ticket is langer dan %n minuten niet gekomen. Geef een nieuw ticket.",
            n=round(rules.reactivation_window_s / 60),
        )
    if refusal is Refusal.RECALL_TOO_SOON:
        return _tr("Wacht nog even voor je opnieuw oproept. Geef de persoon tijd om te komen.")
    return {
        Refusal.NOT_WAITING: _tr("Dit ticket wacht niet meer. Misschien riep een ander loket het."),
        Refusal.NOT_AT_THIS_COUNTER: _tr("Dit ticket is niet bij je loket."),
        Refusal.NOT_ACTIVE: _tr("Dat kan nu niet. Deze persoon is al bij je of staat apart."),
        Refusal.NOT_PARKED: _tr("Dit ticket staat niet apart."),
        Refusal.NOT_NO_SHOW: _tr("Dit ticket staat niet bij 'Niet gekomen'."),
        Refusal.COUNTER_BUSY: _tr("Je helpt nu iemand. Rond dat eerst af of zet het apart."),
        Refusal.SERVICE_NOT_SERVED: _tr("Je loket doet deze dienst niet."),
        Refusal.ALREADY_FINISHED: _tr("Dit ticket is al afgerond."),
    }[refusal]


def error_message(exc: BaseException, rules: QueueRules) -> str:
    """A short plain message for anything a background step raised; never a traceback."""
    if isinstance(exc, QueueError):
        return refusal_sentence(exc.refusal, rules)
    if isinstance(exc, CounterTaken):
        return _tr("Dit loket is al open bij {holder}. Kies een ander loket.").format(
            holder=exc.holder_name
        )
    if isinstance(exc, ConcurrentChange):
        return _tr("Iemand anders was je net voor. Probeer het opnieuw.")
    if isinstance(exc, NotFound):
        return _tr("Dit ticket of loket bestaat niet meer.")
    if isinstance(exc, SignedOut):
        return _tr("Je bent afgemeld. Meld je opnieuw aan.")
    if isinstance(exc, ServerUnreachable):
        return _tr("Geen verbinding met de server. Dit lukt pas als de verbinding terug is.")
    if isinstance(exc, DatabaseUnavailable):
        return _tr("De gegevens zijn even niet bereikbaar. Probeer het zo opnieuw.")
    if isinstance(exc, StorageError):
        return _tr("De gegevens zijn niet bewaard. Probeer het opnieuw.")
    log.warning("counter step failed: %r", exc)
    return _tr("Er ging iets mis. Probeer het opnieuw.")


def sign_in_refusal(exc: BaseException) -> str:
    """Why signing in did not work, in plain words."""
    if isinstance(exc, SignInRefused):
        if exc.refusal is SignInRefusal.NOT_HERE:
            return _tr("Met dit account kan je niet aan een loket werken.")
        if exc.refusal is SignInRefusal.TOO_MANY:
            return _tr("Te veel foute pogingen. Wacht 10 minuten en probeer het dan opnieuw.")
        return _tr("Je gebruikersnaam of wachtwoord klopt niet. Probeer het opnieuw.")
    if isinstance(exc, ServerUnreachable):
        return _tr("Geen verbinding met de server. Aanmelden lukt pas als de verbinding terug is.")
    log.warning("sign-in failed: %r", exc)
    return _tr("Er ging iets mis. Probeer het opnieuw.")
