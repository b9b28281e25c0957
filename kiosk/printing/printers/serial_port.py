"""ESC/POS printer on a serial port, through pyserial."""

from __future__ import annotations

import contextlib
from typing import Any, Unpack

from kiosk.printing.printers.escpos_stream import (
    EscposStreamOptions,
    EscposStreamPrinter,
    StatusLink,
)
from kiosk.printing.printers.port import PrinterProblem, PrinterStatus


class _SerialLink(StatusLink):
    def __init__(self, port: Any) -> None:
        self.port = port

    def write(self, data: bytes) -> None:
        # write_timeout bounds this; flush() is avoided on purpose (tcdrain has no timeout and
        # hangs while hardware flow control holds the line, e.g. when the paper is out).
        written = self.port.write(data)
        if written is not None and written != len(data):
            raise TimeoutError(f"serial write stopped after {written} of {len(data)} bytes")

    def read(self, timeout: float) -> bytes:
        self.port.timeout = timeout
        return bytes(self.port.read(64))

    def drain(self) -> None:
        self.port.reset_input_buffer()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.port.close()


class EscposSerialPrinter(EscposStreamPrinter):
    """ESC/POS printer on a serial port (``/dev/ttyUSB0``, ``COM3``), through pyserial.

    ``baudrate`` and flow control must match the printer's settings: ``dsrdtr=True`` is the
    Epson default (DTR/DSR), ``rtscts=True`` for RTS/CTS. Needs pyserial
    (``python-escpos[serial]``); without it every call reports ERROR.
    """

    def __init__(
        self,
        device: str,
        baudrate: int = 9600,
        *,
        dsrdtr: bool = True,
        rtscts: bool = False,
        **options: Unpack[EscposStreamOptions],
    ) -> None:
        super().__init__(**options)
        self.device = device
        self.baudrate = baudrate
        self.dsrdtr = dsrdtr
        self.rtscts = rtscts

    @property
    def _name(self) -> str:
        return self.device

    def _open(self) -> StatusLink:
        try:
            import serial  # optional dependency: python-escpos[serial]
        except ImportError as exc:
            raise PrinterProblem(
                PrinterStatus.ERROR, "serial printing needs pyserial (python-escpos[serial])"
            ) from exc
        try:
            port = serial.Serial(
                self.device,
                self.baudrate,
                timeout=self.timeout,
                write_timeout=self.timeout,
                dsrdtr=self.dsrdtr,
                rtscts=self.rtscts,
            )
        except (ValueError, serial.SerialException) as exc:
            raise PrinterProblem(
                PrinterStatus.OFFLINE, f"cannot open {self.device}: {exc!r}"
            ) from exc
        return _SerialLink(port)
