"""The printer adapter the settings describe."""

from __future__ import annotations

from kiosk.printing.printers.device_file import EscposFilePrinter
from kiosk.printing.printers.escpos_stream import EscposOptions
from kiosk.printing.printers.network import EscposNetworkPrinter
from kiosk.printing.printers.null import NullPrinter
from kiosk.printing.printers.pdf_file import PdfFilePrinter
from kiosk.printing.printers.port import TicketPrinter
from kiosk.printing.printers.serial_port import EscposSerialPrinter
from kiosk.printing.printers.usb import EscposUsbPrinter
from kiosk.printing.settings import PrinterSettings


def make_printer(settings: PrinterSettings) -> TicketPrinter:
    """Build the adapter ``settings`` describe.

    Raises ValueError for incomplete settings (no host, no device...), an unknown kind or code
    page, and for kind ``"system"``: that adapter needs Qt and is built by the bootstrap from
    ``kiosk/ui/common/system_printer.py``.
    """
    s = settings
    # Every ESC/POS kind renders and waits alike, whatever the cable.
    escpos = EscposOptions(codepage=s.codepage, qr_native=s.qr_native, timeout=s.timeout)

    def need(value: object, field: str) -> None:
        if value is None or value == "":
            raise ValueError(f"printer kind {s.kind!r} needs PrinterSettings.{field}")

    match s.kind:
        case "none":
            return NullPrinter()
        case "network":
            need(s.host, "host")
            return EscposNetworkPrinter(s.host, s.port, **escpos)
        case "usb":
            need(s.usb_vendor_id, "usb_vendor_id")
            need(s.usb_product_id, "usb_product_id")
            assert s.usb_vendor_id is not None and s.usb_product_id is not None
            return EscposUsbPrinter(s.usb_vendor_id, s.usb_product_id, **escpos)
        case "serial":
            need(s.serial_device, "serial_device")
            return EscposSerialPrinter(s.serial_device, s.baudrate, **escpos)
        case "file":
            need(s.path, "path")
            return EscposFilePrinter(s.path, **escpos)
        case "pdf":
            need(s.path, "path")
            return PdfFilePrinter(s.path)
        case "system":
            raise ValueError(
                "printer kind 'system' is not built here: the system print queue adapter "
                "lives in the UI layer (kiosk/ui/common/system_printer.py, SystemQueuePrinter) "
                "because it needs Qt, and is wired by the bootstrap"
            )
        case _:
            raise ValueError(f"unknown printer kind {s.kind!r}")
