"""The Qt system-queue adapter: painting (QR read back by zxing-cpp), PDF output, no queue."""

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
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.printing.printers import PrinterStatus, TicketPrinter
from kiosk.ui.common.system_printer import (
    SystemQueuePrinter,
    paint_ticket,
    print_slip,
)

DPI = 203


def to_pil(image: QImage) -> Image.Image:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    raw = bytes(gray.constBits())
    return Image.frombuffer(
        "L", (gray.width(), gray.height()), raw, "raw", "L", gray.bytesPerLine(), 1
    )


def test_painted_ticket_qr_scans(qapp, slip) -> None:  # type: ignore[no-untyped-def]
    image = QImage(640, 1200, QImage.Format.Format_RGB32)  # 80 x 150 mm at 203 dpi
    image.setDotsPerMeterX(round(DPI / 0.0254))
    image.setDotsPerMeterY(round(DPI / 0.0254))
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    bottom = paint_ticket(painter, slip, QRectF(32, 32, 576, 1136))
    painter.end()

    assert 500 < bottom < 1168  # everything fits on the 150 mm page
    codes = zxingcpp.read_barcodes(to_pil(image), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [c.text for c in codes] == [slip.status_url]


def test_print_slip_to_pdf_keeps_text(qapp, slip, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "ticket.pdf"))

    result = print_slip(printer, slip)

    assert result.ok and result.status is PrinterStatus.OK
    (page,) = PdfReader(io.BytesIO((tmp_path / "ticket.pdf").read_bytes())).pages
    text = " ".join(page.extract_text().split())  # Qt's PDFs space words with tabs
    assert "A123" in text and "Adreswijziging – Attest é" in text
    assert float(page.mediabox.width) == pytest.approx(80 * 72 / 25.4, abs=1)


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
