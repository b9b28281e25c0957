"""No printer configured."""

from __future__ import annotations

from kiosk.printing.printers.port import PrinterStatus, PrintResult
from kiosk.printing.slip import TicketSlip


class NullPrinter:
    """No printer configured: every print "fails" as OFFLINE, so the kiosk shows the ticket."""

    def print_ticket(self, slip: TicketSlip) -> PrintResult:
        return PrintResult(False, PrinterStatus.OFFLINE, "no printer configured")

    def check(self) -> PrinterStatus:
        return PrinterStatus.OFFLINE
