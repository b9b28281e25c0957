"""ESC/POS bytes to a printer device node (``/dev/usb/lp0``) or a plain file."""

from __future__ import annotations

import logging
import os
import struct
import sys
import threading
import time
from pathlib import Path

from kiosk.printing.escpos_ticket import printable_text, render_escpos
from kiosk.printing.printers.port import PrinterProblem, PrinterStatus, PrintResult
from kiosk.printing.slip import TicketSlip

log = logging.getLogger(__name__)

# Linux <linux/lp.h>: ioctl to read the port status byte of /dev/usb/lpN and /dev/lpN.
_LPGETSTATUS = 0x060B
_LP_PERRORP, _LP_PSELECD, _LP_POUTPA = 0x08, 0x10, 0x20


class EscposFilePrinter:
    """Write the ESC/POS bytes to ``path``: a printer device node or a plain file.

    Device nodes (Linux ``/dev/usb/lp0`` via the usblp driver, ``/dev/lp0``) are opened
    non-blocking: the kernel would otherwise block a write forever while the printer is out of
    paper or offline. Their paper/online state is read with the ``LPGETSTATUS`` ioctl when the
    driver supports it (no ``DLE EOT``: usblp offers no read path for replies). A missing path
    under ``/dev`` means the printer is unplugged (OFFLINE), it is never created; a plain file is
    created and each ticket is appended to it.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        codepage: str = "cp858",
        qr_native: bool = True,
        timeout: float = 3.0,
    ) -> None:
        printable_text("", codepage)  # raises ValueError for an unknown code page, now
        self.path = Path(path)
        self.codepage = codepage
        self.qr_native = qr_native
        self.timeout = timeout
        self._lock = threading.Lock()

    def _is_device_path(self) -> bool:
        return self.path.is_char_device() or str(self.path).startswith("/dev/")

    def _open(self) -> int:
        flags = os.O_WRONLY | getattr(os, "O_BINARY", 0)
        if self._is_device_path():
            if not self.path.exists():
                raise PrinterProblem(
                    PrinterStatus.OFFLINE, f"{self.path} does not exist (unplugged?)"
                )
            flags |= getattr(os, "O_NONBLOCK", 0)
        else:
            flags |= os.O_CREAT | os.O_APPEND
        try:
            return os.open(self.path, flags, 0o644)
        except FileNotFoundError as exc:
            raise PrinterProblem(
                PrinterStatus.OFFLINE, f"cannot open {self.path}: {exc!r}"
            ) from exc
        except OSError as exc:
            raise PrinterProblem(PrinterStatus.ERROR, f"cannot open {self.path}: {exc!r}") from exc

    def _device_status(self, fd: int) -> tuple[PrinterStatus, str]:
        if sys.platform != "linux" or not self.path.is_char_device():
            return PrinterStatus.OK, ""
        import fcntl  # POSIX only, hence imported here

        try:
            raw = fcntl.ioctl(fd, _LPGETSTATUS, struct.pack("i", 0))
        except OSError:
            return PrinterStatus.OK, "; device reports no status"
        status = struct.unpack("i", raw)[0]
        if status & _LP_POUTPA:
            return PrinterStatus.OUT_OF_PAPER, f"{self.path} reports paper out"
        if not status & _LP_PSELECD:
            return PrinterStatus.OFFLINE, f"{self.path} reports offline"
        if not status & _LP_PERRORP:
            return PrinterStatus.ERROR, f"{self.path} reports an error"
        return PrinterStatus.OK, ""

    def _write_all(self, fd: int, data: bytes) -> None:
        deadline = time.monotonic() + self.timeout
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(fd, view) :]
            except BlockingIOError:
                if time.monotonic() > deadline:
                    sent = len(data) - len(view)
                    raise PrinterProblem(
                        PrinterStatus.OFFLINE,
                        f"{self.path} accepted {sent} of {len(data)} bytes in {self.timeout}s",
                    ) from None
                time.sleep(0.02)

    def print_ticket(self, slip: TicketSlip) -> PrintResult:
        """Write the ticket; device nodes are status-checked first. Never raises."""
        try:
            data = render_escpos(slip, codepage=self.codepage, qr_native=self.qr_native)
            with self._lock:
                fd = self._open()
                try:
                    status, detail = self._device_status(fd)
                    if status is not PrinterStatus.OK:
                        return PrintResult(False, status, detail)
                    self._write_all(fd, data)
                finally:
                    os.close(fd)
        except PrinterProblem as problem:
            log.warning("ticket %s not printed: %s", slip.number, problem.detail)
            return PrintResult(False, problem.status, problem.detail)
        except Exception as exc:
            log.exception("ticket %s not printed on %s", slip.number, self.path)
            return PrintResult(False, PrinterStatus.ERROR, f"{self.path}: {exc!r}")
        return PrintResult(True, PrinterStatus.OK, f"written to {self.path}{detail}")

    def check(self) -> PrinterStatus:
        """Open the path (and read the device status) without writing. Never raises."""
        try:
            with self._lock:
                fd = self._open()
                try:
                    return self._device_status(fd)[0]
                finally:
                    os.close(fd)
        except PrinterProblem as problem:
            return problem.status
        except Exception:
            log.exception("checking %s failed", self.path)
            return PrinterStatus.ERROR
