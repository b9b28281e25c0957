"""The Qt system-queue adapter: the reportlab ticket printed (QR read back by zxing-cpp), no
queue, a broken document."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytest.importorskip("PySide6.QtPrintSupport", reason="Qt print support not available")

import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.printing.pdf_ticket import render_pdf
from kiosk.printing.printers import PrinterStatus, TicketPrinter
from kiosk.ui.common.system_printer import SystemQueuePrinter, print_pdf

DPI = 203


def to_pil(image: QImage) -> Image.Image:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    raw = bytes(gray.constBits())
    return Image.frombuffer(
        "L", (gray.width(), gray.height()), raw, "raw", "L", gray.bytesPerLine(), 1
    )


def test_print_pdf_puts_the_reportlab_ticket_on_the_queue(qapp, slip, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A PDF "queue" (Qt's own PDF output) receives the reportlab ticket, page size kept, and
    the QR code on the printed page scans."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "ticket.pdf"))

    result = print_pdf(printer, render_pdf(slip), slip.number)

    assert result.ok and result.status is PrinterStatus.OK
    (page,) = PdfReader(io.BytesIO((tmp_path / "ticket.pdf").read_bytes())).pages
    assert float(page.mediabox.width) == pytest.approx(80 * 72 / 25.4, abs=1)
    (image,) = page.images  # the rendered ticket
    codes = zxingcpp.read_barcodes(image.image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [c.text for c in codes] == [slip.status_url]


def test_unreadable_pdf_is_an_error_not_an_exception(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "x.pdf"))
    result = print_pdf(printer, b"not a pdf", "A001")
    assert (result.ok, result.status) == (False, PrinterStatus.ERROR)


def test_missing_queue_is_offline(qapp, slip) -> None:  # type: ignore[no-untyped-def]
    printer = SystemQueuePrinter("kiosk-test-no-such-queue")
    assert isinstance(printer, TicketPrinter)
    assert printer.check() is PrinterStatus.OFFLINE
    result = printer.print_ticket(slip)
    assert (result.ok, result.status) == (False, PrinterStatus.OFFLINE)


@pytest.mark.skipif(
    not QPrinterInfo.defaultPrinter().isNull(), reason="this machine has a default printer"
)
def test_no_default_printer_is_offline(qapp, slip) -> None:  # type: ignore[no-untyped-def]
    printer = SystemQueuePrinter(None)
    assert printer.check() is PrinterStatus.OFFLINE
    assert printer.print_ticket(slip).status is PrinterStatus.OFFLINE
