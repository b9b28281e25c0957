"""Tickets on an operating-system print queue (CUPS, Windows spooler) through Qt print support.

The Qt-side adapter of :class:`kiosk.printing.printers.TicketPrinter`, for printers that have a
driver but no raw ESC/POS access (or office printers). The ticket is drawn with QPainter on an
80 x 150 mm page with the same content as the PDF ticket; the QR code is drawn as vector
squares, so it is sharp at any printer resolution.

Pitfalls:

- A queue that accepted the job reports OK: spoolers give no paper-out feedback at that
  moment, so OUT_OF_PAPER never comes from here. A missing queue (or no default printer when
  ``queue_name`` is None) is OFFLINE; a queue in the error state is ERROR.
- QPainter may paint on a QPrinter outside the GUI thread (Qt documents QPrinter, QImage and
  QPicture as thread-safe paint devices), so ``print_ticket`` can run on the device worker
  thread. A QGuiApplication must exist (fonts and the print plugin need it).
- Content taller than the page is clipped; the default labels use about 110 mm.
"""

from __future__ import annotations

import logging
import threading

import qrcode
from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.printing.escpos_ticket import TIME_FORMAT
from kiosk.printing.printers import PrinterStatus, PrintResult
from kiosk.printing.slip import TicketSlip

log = logging.getLogger(__name__)

PAGE_SIZE_MM = QSizeF(80, 150)
MARGIN_MM = 4.0
QR_SIZE_MM = 35.0


def paint_ticket(painter: QPainter, slip: TicketSlip, area: QRectF) -> float:
    """Draw ``slip`` top-down inside ``area`` (device pixels); return the lowest y used.

    Sizes are in points and millimetres, converted with the device's resolution, so the same
    call works on a QPrinter and on a QImage (whose dots-per-metre must be set).
    """
    px_per_mm = painter.device().logicalDpiY() / 25.4
    y = area.top()
    center = Qt.AlignmentFlag.AlignHCenter

    def font(points: float, bold: bool = False) -> QFont:
        f = QFont()
        f.setPointSizeF(points)
        f.setBold(bold)
        return f

    def block(text: str, points: float, bold: bool = False, align=center, inverted=False) -> None:  # type: ignore[no-untyped-def]
        nonlocal y
        painter.setFont(font(points, bold))
        flags = align | Qt.TextFlag.TextWordWrap
        box = QRectF(area.left(), y, area.width(), area.bottom() - y)
        used = painter.boundingRect(box, flags, text)
        if inverted:
            pad = 2 * px_per_mm
            painter.fillRect(used.adjusted(-pad, 0, pad, 0), QColor("black"))
            painter.setPen(QColor("white"))
        painter.drawText(QRectF(area.left(), y, area.width(), used.height()), flags, text)
        painter.setPen(QColor("black"))
        y += used.height()

    def row(label: str, value: str) -> None:
        # Label left, value right: no punctuation between them, so no language rules apply.
        nonlocal y
        label_width = QFontMetricsF(font(10), painter.device()).horizontalAdvance(label + "  ")
        value_width = QFontMetricsF(font(10, True), painter.device()).horizontalAdvance(value)
        if label_width + value_width > area.width():
            block(label, 10, align=Qt.AlignmentFlag.AlignLeft)
            block(value, 10, True, align=Qt.AlignmentFlag.AlignRight)
            return
        height = QFontMetricsF(font(10, True), painter.device()).height()
        line = QRectF(area.left(), y, area.width(), height)
        painter.setFont(font(10))
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft, label)
        painter.setFont(font(10, True))
        painter.drawText(line, Qt.AlignmentFlag.AlignRight, value)
        y += height

    def gap(mm: float) -> None:
        nonlocal y
        y += mm * px_per_mm

    painter.setPen(QColor("black"))
    block(slip.branch_name, 11, True)
    gap(2)
    block(slip.labels.your_number, 10)
    number = slip.number.strip()
    width_at_60 = QFontMetricsF(font(60, True), painter.device()).horizontalAdvance(number)
    block(number, 60 * min(1.0, 0.98 * area.width() / max(width_at_60, 1.0)), True)
    block(slip.service_name, 13, True)
    block(slip.printed_at.strftime(TIME_FORMAT), 10)
    gap(3)
    row(slip.labels.people_ahead, slip.people_ahead_text)
    row(slip.labels.expected_wait, slip.wait_text)
    if slip.priority_text.strip():
        gap(2)
        block(slip.priority_text, 11, True, inverted=True)
    if slip.status_url:
        gap(3)
        y = _paint_qr(painter, slip.status_url, area.center().x(), y, QR_SIZE_MM * px_per_mm)
        gap(1)
        block(slip.labels.scan_hint, 9)
    gap(3)
    block(slip.labels.footer, 8)
    return y


def _paint_qr(painter: QPainter, data: str, center_x: float, top: float, size: float) -> float:
    """Draw a QR code (error correction M, 4-module quiet zone) as squares; return its bottom."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    module = size / len(matrix)
    left = center_x - size / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRectF(left, top, size, size), QColor("white"))
    black = QColor("black")
    for r, cells in enumerate(matrix):
        for c, dark in enumerate(cells):
            if dark:
                painter.fillRect(QRectF(left + c * module, top + r * module, module, module), black)
    painter.restore()
    return top + size


def print_slip(printer: QPrinter, slip: TicketSlip) -> PrintResult:
    """Lay out an 80 x 150 mm page on ``printer`` and paint ``slip`` on it. Never raises."""
    try:
        printer.setPageSize(QPageSize(PAGE_SIZE_MM, QPageSize.Unit.Millimeter))
        printer.setPageMargins(
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
        )
        printer.setDocName(slip.number)
        painter = QPainter()
        if not painter.begin(printer):
            return PrintResult(
                False, PrinterStatus.ERROR, f"cannot start a job on {_name(printer)}"
            )
        try:
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            # With fullPage off the painter's origin is the top-left of the printable area.
            paint_ticket(painter, slip, QRectF(0, 0, page.width(), page.height()))
        finally:
            finished = painter.end()
    except Exception as exc:  # Qt wrappers can raise on odd drivers; never reach the caller
        log.exception("printing ticket %s on %s failed", slip.number, _name(printer))
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
            return print_slip(printer, slip)
