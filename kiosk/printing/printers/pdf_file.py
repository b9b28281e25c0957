"""Tickets as PDF files in a folder (the demo, and towns without a ticket printer)."""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import threading
from pathlib import Path

from kiosk.printing.pdf_ticket import render_pdf
from kiosk.printing.printers.port import PrinterStatus, PrintResult
from kiosk.printing.slip import TicketSlip

log = logging.getLogger(__name__)


class PdfFilePrinter:
    """Write each ticket as a PDF into ``folder`` (created when missing).

    File names are ``<yyyymmdd-HHMMSS>-<number>.pdf`` from ``printed_at``, with a suffix when a
    name is taken. Files are written to a temporary name first and then renamed, so a program
    watching the folder never picks up half a PDF.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self._lock = threading.Lock()

    def _target(self, slip: TicketSlip) -> Path:
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in slip.number)[:40]
        stem = f"{slip.printed_at:%Y%m%d-%H%M%S}-{safe or 'ticket'}"
        candidate, n = self.folder / f"{stem}.pdf", 1
        while candidate.exists():
            n += 1
            candidate = self.folder / f"{stem}-{n}.pdf"
        return candidate

    def print_ticket(self, slip: TicketSlip) -> PrintResult:
        """Write the PDF; returns the path in ``detail``. Never raises."""
        try:
            data = render_pdf(slip)
            with self._lock:
                self.folder.mkdir(parents=True, exist_ok=True)
                target = self._target(slip)
                fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".ticket-", suffix=".tmp")
                try:
                    with os.fdopen(fd, "wb") as file:
                        file.write(data)
                    os.replace(tmp, target)
                except BaseException:
                    with contextlib.suppress(OSError):
                        os.unlink(tmp)
                    raise
        except Exception as exc:
            log.exception("ticket %s: PDF not written to %s", slip.number, self.folder)
            return PrintResult(False, PrinterStatus.ERROR, f"{self.folder}: {exc!r}")
        return PrintResult(True, PrinterStatus.OK, str(target))

    def check(self) -> PrinterStatus:
        """OK when the folder exists (or can be created) and is writable."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return PrinterStatus.ERROR
        return PrinterStatus.OK if os.access(self.folder, os.W_OK) else PrinterStatus.ERROR
