"""ESC/POS printer on USB, through pyusb and python-escpos."""

from __future__ import annotations

import contextlib
from typing import Any, Unpack

from kiosk.printing.printers.escpos_stream import (
    EscposStreamOptions,
    EscposStreamPrinter,
    StatusLink,
)
from kiosk.printing.printers.port import PrinterProblem, PrinterStatus


class _UsbLink(StatusLink):
    def __init__(self, printer: Any, timeout: float) -> None:
        self.printer = printer
        self.timeout_ms = max(1, int(timeout * 1000))

    def write(self, data: bytes) -> None:
        self.printer.device.write(self.printer.out_ep, data, self.timeout_ms)

    def read(self, timeout: float) -> bytes:
        import usb.core  # only importable when pyusb is installed

        try:
            return bytes(
                self.printer.device.read(self.printer.in_ep, 64, max(1, int(timeout * 1000)))
            )
        except usb.core.USBTimeoutError:
            return b""

    def drain(self) -> None:
        with contextlib.suppress(OSError):
            while self.read(0.01):
                pass

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.printer.close()


class EscposUsbPrinter(EscposStreamPrinter):
    """ESC/POS printer on USB through pyusb (python-escpos's ``Usb`` finds and claims it).

    ``in_ep``/``out_ep`` are the bulk endpoints (Epson: 0x82/0x01; see ``lsusb -v``). On Linux
    the user needs access to the device (udev rule) and the kernel's usblp driver gets detached.
    Needs pyusb (``python-escpos[usb]``) and libusb; without them every call reports ERROR.
    Alternative without pyusb on Linux: :class:`EscposFilePrinter` on ``/dev/usb/lp0``.
    """

    def __init__(
        self,
        vendor_id: int,
        product_id: int,
        *,
        in_ep: int = 0x82,
        out_ep: int = 0x01,
        **options: Unpack[EscposStreamOptions],
    ) -> None:
        super().__init__(**options)
        self.vendor_id = vendor_id
        self.product_id = product_id
        self.in_ep = in_ep
        self.out_ep = out_ep

    @property
    def _name(self) -> str:
        return f"usb {self.vendor_id:04x}:{self.product_id:04x}"

    def _open(self) -> StatusLink:
        from kiosk.printing import escpos_cache

        escpos_cache.keep_capabilities_between_starts()
        from escpos.exceptions import DeviceNotFoundError
        from escpos.printer import Usb

        # Checked before building Usb(): without pyusb its close() (called from __del__) raises.
        if not Usb.is_usable():
            raise PrinterProblem(
                PrinterStatus.ERROR, "USB printing needs pyusb (python-escpos[usb])"
            )
        printer = Usb(
            self.vendor_id,
            self.product_id,
            timeout=max(1, int(self.timeout * 1000)),
            in_ep=self.in_ep,
            out_ep=self.out_ep,
        )
        try:
            printer.open(raise_not_found=True)
        except DeviceNotFoundError as exc:
            raise PrinterProblem(PrinterStatus.OFFLINE, f"{self._name} not found: {exc}") from exc
        return _UsbLink(printer, self.timeout)
