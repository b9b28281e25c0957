"""Resident-facing sentences that more than one screen (or the printed slip) needs.

Every text goes through Qt translation with the context ``KioskText``; the source language is
Dutch. Plurals are picked in code by ``n`` (each variant still passes through translate with
``%n``), because without a loaded translation Qt fills in ``%n`` but does not pluralise.

The slip's texts also come in Dutch whatever the resident chose (``dutch=True``): the source
text itself, for a printer that cannot print the resident's language (kiosk.printing.slip).
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


def _tr(text: str, n: int = -1, *, dutch: bool = False) -> str:
    """``text`` in the kiosk's language; with ``dutch`` the source text itself (``%n`` filled in
    as Qt does), whatever language the kiosk speaks."""
    if dutch:
        return text.replace("%n", str(n)) if n >= 0 else text
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


def wait_short(people_ahead: int, wait_minutes: int, *, dutch: bool = False) -> str:
    """The wait as a short value for the slip's "Wachttijd" row."""
    if almost_your_turn(people_ahead, wait_minutes):
        return _tr("bijna aan de beurt", dutch=dutch)
    return _tr("ongeveer %n minuten", rounded_wait(wait_minutes), dutch=dutch)


def priority_name(reason: PriorityReason | None, *, dutch: bool = False) -> str:
    """Short badge text for a priority ticket ("" for a normal ticket)."""
    if reason is None:
        return ""
    return _tr("Voorrang", dutch=dutch)


def slip_labels(*, dutch: bool = False) -> SlipLabels:
    """The printed ticket's labels, in the resident's language ("je", not "u")."""
    return SlipLabels(
        your_number=_tr("Je nummer", dutch=dutch),
        people_ahead=_tr("Mensen voor jou", dutch=dutch),
        expected_wait=_tr("Wachttijd", dutch=dutch),
        scan_hint=_tr("Scan de code. Dan zie je wanneer het je beurt is.", dutch=dutch),
        footer=_tr("Bewaar dit ticket. Kijk naar het scherm in de wachtzaal.", dutch=dutch),
    )


def appointment_slip_labels(*, dutch: bool = False) -> SlipLabels:
    """The printed ticket of a resident with an appointment: its time instead of the line."""
    return replace(
        slip_labels(dutch=dutch),
        people_ahead=_tr("Je afspraak", dutch=dutch),
        expected_wait=_tr("Wat nu?", dutch=dutch),
    )


def appointment_wait_short(*, dutch: bool = False) -> str:
    return _tr("we roepen je nummer", dutch=dutch)


def appointment_badge(*, dutch: bool = False) -> str:
    """Badge on screen and on paper for a ticket that comes from an appointment."""
    return _tr("Afspraak", dutch=dutch)


def printer_problem_title(status: PrinterStatus) -> str:
    """First line of the message when the ticket did not come out of the printer."""
    if status is PrinterStatus.OUT_OF_PAPER:
        return _tr("Sorry, het papier van de printer is op.")
    return _tr("Sorry, de printer werkt nu niet.")


def back_to_start_sentence(seconds: int) -> str:
    """The "Ben je er nog?" warning: how long before the kiosk goes back to the start."""
    if seconds == 1:
        return _tr("Over 1 seconde gaat het scherm terug naar het begin.")
    return _tr("Over %n seconden gaat het scherm terug naar het begin.", seconds)


def countdown_sentence(seconds: int) -> str:
    if seconds == 1:
        return _tr("Dit scherm sluit over 1 seconde.")
    return _tr("Dit scherm sluit over %n seconden.", seconds)
