"""How a kiosk reaches its ticket printer, as plain data (no Qt, no I/O).

The bootstrap fills a :class:`PrinterSettings` from the device configuration and hands it to
:func:`kiosk.printing.printers.make_printer`. Validation that needs the kind (a network printer
needs a host, ...) happens there, so a half-filled settings object can still be built and shown
in a settings screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

PrinterKind = Literal["none", "network", "usb", "serial", "file", "pdf", "system"]

#: Every accepted value of :attr:`PrinterSettings.kind`.
PRINTER_KINDS: tuple[str, ...] = get_args(PrinterKind)


@dataclass(frozen=True, slots=True)
class PrinterSettings:
    """Which printer to use and how to talk to it.

    Only the fields of the chosen ``kind`` matter:

    - ``"none"``: no printer; the kiosk shows the ticket on screen.
    - ``"network"``: raw ESC/POS over TCP (``host``, ``port``; usually 9100).
    - ``"usb"``: ESC/POS over USB through pyusb (``usb_vendor_id``, ``usb_product_id`` as
      integers, e.g. ``0x04B8``; convert hex strings from config files before building this).
    - ``"serial"``: ESC/POS over a serial port through pyserial (``serial_device``,
      ``baudrate``; it must match the printer's DIP switches or it prints garbage).
    - ``"file"``: ESC/POS bytes written to ``path`` (a device node such as ``/dev/usb/lp0``,
      or a plain file for testing).
    - ``"pdf"``: one PDF per ticket in the folder ``path``.
    - ``"system"``: the operating system's print queue ``system_queue`` (``None``: the
      default printer); built by the UI layer, not by ``make_printer``.

    ``codepage`` and ``qr_native`` apply to the ESC/POS kinds. ``timeout`` (seconds) bounds
    every single I/O operation of the ESC/POS kinds.
    """

    kind: PrinterKind = "none"
    host: str = ""
    port: int = 9100
    usb_vendor_id: int | None = None
    usb_product_id: int | None = None
    serial_device: str = ""
    baudrate: int = 9600
    path: str = ""
    codepage: str = "cp858"
    qr_native: bool = True
    system_queue: str | None = None
    timeout: float = 3.0
