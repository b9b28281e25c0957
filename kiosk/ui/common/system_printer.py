"""Tickets on an operating-system print queue (CUPS, Windows spooler) through Qt print support.

The Qt-side adapter of :class:`kiosk.printing.printers.TicketPrinter`, for printers that have a
driver but no raw ESC/POS access (or office printers). What goes to the queue is the reportlab
PDF ticket of kiosk.printing.pdf_ticket, rendered page by page by QtPdf at the printer's
resolution, so the paper is the same ticket as the PDF file.

Pitfalls:

- A queue that accepted the job reports OK: spoolers give no paper-out feedback at that
  moment, so OUT_OF_PAPER never comes from here. A missing queue (or no default printer when
  ``queue_name`` is None) is OFFLINE; a queue in the error state is ERROR.
- QPainter may paint on a QPrinter outside the GUI thread (Qt documents QPrinter, QImage and
  QPicture as thread-safe paint devices), so ``print_ticket`` can run on the device worker
  thread. A QGuiApplication must exist (fonts and the print plugin need it).
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.printing.pdf_ticket import render_pdf
from kiosk.printing.printers import PrinterStatus, PrintResult
from kiosk.printing.slip import TicketSlip

log = logging.getLogger(__name__)

RENDER_DPI = 300


def print_pdf(printer: QPrinter, pdf: bytes, name: str) -> PrintResult:
    """Print every page of ``pdf`` on ``printer``, each page at its own size. Never raises.

    Qt cannot send a PDF file to a queue as it is, so each page is rendered by QtPdf at the
    printer's resolution and drawn on the job: the paper shows exactly the reportlab ticket.
    """
    try:
        buffer = QBuffer()
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return PrintResult(False, PrinterStatus.ERROR, f"ticket {name}: unreadable PDF")
        printer.setDocName(name)
        printer.setFullPage(True)
        painter = QPainter()
        for index in range(document.pageCount()):
            points = document.pagePointSize(index)
            printer.setPageSize(QPageSize(points, QPageSize.Unit.Point))
            printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
            if index == 0:
                if not painter.begin(printer):
                    return PrintResult(
                        False, PrinterStatus.ERROR, f"cannot start a job on {_name(printer)}"
                    )
            elif not printer.newPage():
                break
            # Rendered at most at RENDER_DPI (a ticket printer has 203 dpi; more only costs
            # memory), then drawn over the whole page in the printer's own units.
            dpi = min(printer.resolution(), RENDER_DPI)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(index, size)
            page = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(QRectF(0, 0, page.width(), page.height()), image)
        finished = painter.end()
    except Exception as exc:  # Qt wrappers can raise on odd drivers; never reach the caller
        log.exception("printing ticket %s on %s failed", name, _name(printer))
        return PrintResult(False, PrinterStatus.ERROR, f"{_name(printer)}: {exc!r}")
    if not finished:
        return PrintResult(False, PrinterStatus.ERROR, f"job on {_name(printer)} failed")
    return PrintResult(True, PrinterStatus.OK, f"spooled to {_name(printer)}")


def _name(printer: QPrinter) -> str:
    return printer.printerName() or printer.outputFileName() or "default printer"


class SystemQueuePrinter:
    """:class:`~kiosk.printing.printers.TicketPrinter` on the OS print queue ``queue_name``
    (None: the default printer). See the module docstring for what OK means here."""

    def __init__(self, queue_name: str | None = None) -> None:
        self.queue_name = queue_name
        self._lock = threading.Lock()

    def _info(self) -> QPrinterInfo | None:
        info = (
            QPrinterInfo.defaultPrinter()
            if self.queue_name is None
            else QPrinterInfo.printerInfo(self.queue_name)
        )
        return None if info.isNull() else info

    def check(self) -> PrinterStatus:
        try:
            info = self._info()
        except Exception:
            log.exception("looking up print queue %r failed", self.queue_name)
            return PrinterStatus.ERROR
        if info is None:
            return PrinterStatus.OFFLINE
        if info.state() == QPrinter.PrinterState.Error:
            return PrinterStatus.ERROR
        return PrinterStatus.OK

    def print_ticket(self, slip: TicketSlip) -> PrintResult:
        with self._lock:
            try:
                info = self._info()
                if info is None:
                    which = self.queue_name or "default printer"
                    return PrintResult(False, PrinterStatus.OFFLINE, f"no print queue {which!r}")
                printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
            except Exception as exc:
                log.exception("opening print queue %r failed", self.queue_name)
                return PrintResult(False, PrinterStatus.ERROR, repr(exc))
            return print_pdf(printer, render_pdf(slip), slip.number)
