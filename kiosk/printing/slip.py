"""What goes on a printed ticket, as plain data. Layout lives in the renderers (escpos, pdf).

The slip carries already-translated texts: the printing package never builds a sentence itself,
the caller (the kiosk screen, through Qt's tr()) hands in every label. A slip in another language
than Dutch can carry the same slip in Dutch (``dutch``): a printer that cannot print the
resident's language (Arabic on a CP858 printer, or in the PDF's fonts) prints that one instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class SlipLabels:
    """Translated labels printed on the ticket; the defaults are the plain Dutch ones."""

    your_number: str = "Je nummer"
    people_ahead: str = "Mensen voor jou"
    expected_wait: str = "Wachttijd"
    scan_hint: str = "Scan de code. Dan zie je wanneer het je beurt is."
    footer: str = "Bewaar dit ticket. Kijk naar het scherm in de wachtzaal."


@dataclass(frozen=True, slots=True)
class TicketSlip:
    """Everything printed on one walk-in ticket.

    ``people_ahead_text`` and ``wait_text`` are preformatted by the caller ("3", "about 10 min")
    so plurals and units follow the resident's language. ``status_url`` goes into the QR code.
    ``printed_at`` is local time, already in the branch's time zone; ``printed_at_text`` is how
    it is printed, formatted by the caller in the resident's language ("28/12/2026 10:30"), because
    date forms differ per language. Empty: the renderers' own neutral dd/mm/yyyy HH:MM.
    """

    number: str
    service_name: str
    branch_name: str
    printed_at: datetime
    people_ahead_text: str
    wait_text: str
    status_url: str
    labels: SlipLabels = SlipLabels()
    priority_text: str = ""
    printed_at_text: str = ""
    #: The whole slip in the municipality's own language (Dutch): labels, texts and service
    #: name. A renderer prints it instead of this one when its code page or font lacks letters
    #: of this one's texts (the service name included), so the paper never shows question
    #: marks where letters were meant. The one Dutch fallback: a separate Dutch service name
    #: would only repeat ``dutch.service_name``. None: always this slip (a Dutch slip, or a
    #: caller that has no Dutch texts).
    dutch: TicketSlip | None = None

    def texts(self) -> tuple[str, ...]:
        """Every text that is in the resident's language (the branch name and the number are
        the same in every language)."""
        labels = self.labels
        return (
            self.service_name,
            self.people_ahead_text,
            self.wait_text,
            self.priority_text,
            self.printed_at_text,
            labels.your_number,
            labels.people_ahead,
            labels.expected_wait,
            labels.scan_hint,
            labels.footer,
        )
