"""Resident-facing sentences that more than one screen (or the printed slip) needs.

Every text goes through Qt translation with the context ``KioskText``; the source language is
Dutch. Plurals are picked in code by ``n`` (each variant still passes through translate with
``%n``), because without a loaded translation Qt fills in ``%n`` but does not pluralise.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from kiosk.core.estimate import round_up_to
from kiosk.core.model import PriorityReason, Service
from kiosk.core.service_texts import ServiceText
from kiosk.printing.printers import PrinterStatus
from kiosk.printing.slip import SlipLabels
from kiosk.ui.common import i18n

_CTX = "KioskText"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CTX, text, None, n)


def kiosk_language() -> str:
    """The language the resident chose on the start screen ("nl" until someone chooses)."""
    return i18n.current_language("kiosk")


def service_text(service: Service) -> ServiceText:
    """The service's name, description and what to bring in the resident's language (Dutch
    where the municipality wrote none: kiosk.core.service_texts). Every screen that shows a
    service asks here, so a language switch changes them all."""
    return service.in_language(kiosk_language())


def rounded_wait(minutes: int) -> int:
    """The wait as shown: rounded up to 5 minutes, because it is an estimate, not a promise."""
    return round_up_to(minutes, 5)


def almost_your_turn(people_ahead: int, wait_minutes: int) -> bool:
    """Nobody ahead (or no wait at all): say "almost your turn" instead of a number."""
    return people_ahead <= 0 or rounded_wait(wait_minutes) <= 0


def people_ahead_sentence(n: int) -> str:
    if n <= 0:
        return _tr("Er is niemand voor jou.")
    if n == 1:
        return _tr("Er is 1 persoon voor jou.")
    return _tr("Er zijn %n mensen voor jou.", n)


def wait_sentence(people_ahead: int, wait_minutes: int) -> str:
    if almost_your_turn(people_ahead, wait_minutes):
        return _tr("Je bent bijna aan de beurt.")
    # Rounded up to 5, so always 5 or more: the plural form is always right.
    return _tr("Je wacht ongeveer %n minuten.", rounded_wait(wait_minutes))


def wait_short(people_ahead: int, wait_minutes: int) -> str:
    """The wait as a short value for the slip's "Wachttijd" row."""
    if almost_your_turn(people_ahead, wait_minutes):
        return _tr("bijna aan de beurt")
    return _tr("ongeveer %n minuten", rounded_wait(wait_minutes))


def priority_name(reason: PriorityReason | None) -> str:
    """Short badge text for a priority ticket ("" for a normal ticket)."""
    if reason is None:
        return ""
    return _tr("Voorrang")


def slip_labels() -> SlipLabels:
    """The printed ticket's labels, in the resident's language ("je", not "u")."""
    return SlipLabels(
        your_number=_tr("Je nummer"),
        people_ahead=_tr("Mensen voor jou"),
        expected_wait=_tr("Wachttijd"),
        scan_hint=_tr("Scan de code. Dan zie je wanneer het je beurt is."),
        footer=_tr("Bewaar dit ticket. Kijk naar het scherm in de wachtzaal."),
    )


def appointment_slip_labels() -> SlipLabels:
    """The printed ticket of a resident with an appointment: its time instead of the line."""
    return replace(slip_labels(), people_ahead=_tr("Je afspraak"), expected_wait=_tr("Wat nu?"))


def appointment_wait_short() -> str:
    return _tr("we roepen je nummer")


def appointment_badge() -> str:
    """Badge on screen and on paper for a ticket that comes from an appointment."""
    return _tr("Afspraak")


def printer_problem_title(status: PrinterStatus) -> str:
    """First line of the message when the ticket did not come out of the printer."""
    if status is PrinterStatus.OUT_OF_PAPER:
        return _tr("Sorry, het papier van de printer is op.")
    return _tr("Sorry, de printer werkt nu niet.")


def countdown_sentence(seconds: int) -> str:
    if seconds == 1:
        return _tr("Dit scherm sluit over 1 seconde.")
    return _tr("Dit scherm sluit over %n seconden.", seconds)
