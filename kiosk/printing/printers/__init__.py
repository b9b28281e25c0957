"""Ticket printers: the port every adapter keeps (:mod:`.port`), one module per adapter
(:mod:`.network`, :mod:`.serial_port`, :mod:`.usb`, :mod:`.device_file`, :mod:`.pdf_file`,
:mod:`.null`; the OS print queue needs Qt and is kiosk/ui/common/system_printer.py) and the
factory (:func:`make_printer`). Callers import the names from here."""

from __future__ import annotations

from kiosk.printing.printers.device_file import EscposFilePrinter
from kiosk.printing.printers.escpos_stream import is_status_byte
from kiosk.printing.printers.factory import make_printer
from kiosk.printing.printers.network import EscposNetworkPrinter
from kiosk.printing.printers.null import NullPrinter
from kiosk.printing.printers.pdf_file import PdfFilePrinter
from kiosk.printing.printers.port import PrinterStatus, PrintResult, TicketPrinter
from kiosk.printing.printers.serial_port import EscposSerialPrinter
from kiosk.printing.printers.usb import EscposUsbPrinter

__all__ = [
    "EscposFilePrinter",
    "EscposNetworkPrinter",
    "EscposSerialPrinter",
    "EscposUsbPrinter",
    "NullPrinter",
    "PdfFilePrinter",
    "PrintResult",
    "PrinterStatus",
    "TicketPrinter",
    "is_status_byte",
    "make_printer",
]
