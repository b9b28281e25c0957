"""The ticket printer port (:class:`TicketPrinter`) and its adapters.

Contract shared by every adapter:

- ``print_ticket(slip)`` prints one ticket and returns a :class:`PrintResult`; ``check()`` asks
  the printer how it is without printing. Neither raises for printer problems (unreachable,
  unplugged, out of paper, missing driver library, unexpected library errors): those come back
  as a status. Configuration errors (unknown code page, missing host) raise ValueError when the
  adapter is *built*, so they surface at start-up rather than at the first resident.
- Nothing blocks forever: every socket/serial/USB operation has a timeout, so a call returns
  within a few multiples of ``timeout``. DNS lookups are the exception (the OS resolver decides
  how long they take): configure network printers by IP address.
- Calls are meant for a worker thread (the UI must not block on them). Each adapter serialises
  its own calls with a lock, so a second caller simply waits its turn.

Before an ESC/POS ticket goes out over network, serial or USB, the printer is asked for its
state with the real-time status command ``DLE EOT n`` (bytes ``10 04 n``, the same bytes as
python-escpos's ``paper_status()``/``is_online()``), answered with one byte whose bits 1 and 4
are set and bits 0 and 7 clear (``byte & 0x93 == 0x12``):

- ``n=4`` paper roll sensor: bits 2+3 (``0x0C``) paper near end, bits 5+6 (``0x60``) paper out.
- ``n=1`` printer status: bit 3 (``0x08``) offline.
- ``n=2`` offline cause: bit 2 (``0x04``) cover open, bit 5 (``0x20``) stopped by paper end,
  bit 6 (``0x40``) error.

Pitfalls: python-escpos's own ``paper_status()`` reports "paper OK" when the printer does not
answer at all and waits with the full socket timeout; here a missing answer is detected within
``status_timeout``. Some printers and print servers never answer ``DLE EOT``: by default the
ticket is then printed anyway (``strict_status=False``, the detail says so); with
``strict_status=True`` it is reported OFFLINE. Printers with Automatic Status Back enabled send
unsolicited status bytes: pending input is drained before each query and on close, because
closing a TCP socket with unread input sends a reset that can make the printer drop the job.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import socket
import struct
import sys
import tempfile
import threading
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from kiosk.printing.escpos_ticket import printable_text, render_escpos
from kiosk.printing.pdf_ticket import render_pdf
from kiosk.printing.settings import PrinterSettings
from kiosk.printing.slip import TicketSlip

log = logging.getLogger(__name__)


class PrinterStatus(enum.StrEnum):
    """What a printer can tell the kiosk. Anything but OK means: show the ticket on screen."""

    OK = "ok"
    OUT_OF_PAPER = "out_of_paper"
    OFFLINE = "offline"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class PrintResult:
    """Outcome of one print. ``detail`` is English text for logs, never shown to residents."""

    ok: bool
    status: PrinterStatus
    detail: str = ""


@runtime_checkable
class TicketPrinter(Protocol):
    """Port through which the kiosk prints tickets. Implementations never raise for printer
    problems and never block longer than their timeout (see the module docstring)."""

    def print_ticket(self, slip: TicketSlip) -> PrintResult: ...

    def check(self) -> PrinterStatus: ...


# --- DLE EOT real-time status -------------------------------------------------------------

DLE_EOT = b"\x10\x04"
QUERY_PRINTER = DLE_EOT + b"\x01"
QUERY_OFFLINE_CAUSE = DLE_EOT + b"\x02"
QUERY_PAPER = DLE_EOT + b"\x04"

_STATUS_MASK, _STATUS_FIXED = 0x93, 0x12
_PAPER_NEAR_END, _PAPER_OUT = 0x0C, 0x60
_OFFLINE = 0x08
_COVER_OPEN, _STOPPED_BY_PAPER_END, _ERROR = 0x04, 0x20, 0x40


def is_status_byte(value: int) -> bool:
    """True if ``value`` has the fixed bits of a ``DLE EOT`` reply (and so is not ASB or junk)."""
    return value & _STATUS_MASK == _STATUS_FIXED


class _Problem(Exception):
    """Internal: a printer problem, turned into a PrintResult at the adapter boundary."""

    def __init__(self, status: PrinterStatus, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


class _Link(ABC):
    """A byte pipe to an ESC/POS printer. Every method is bounded in time."""

    @abstractmethod
    def write(self, data: bytes) -> None:
        """Send all of ``data`` or raise OSError (including TimeoutError)."""

    @abstractmethod
    def read(self, timeout: float) -> bytes:
        """Return what arrives within ``timeout`` seconds; ``b""`` if nothing did."""

    @abstractmethod
    def drain(self) -> None:
        """Discard input already received (unsolicited status bytes)."""

    @abstractmethod
    def close(self) -> None:
        """Finish the job and release the connection; must not raise."""


def _ask(link: _Link, query: bytes, timeout: float) -> int | None:
    """Send one ``DLE EOT n`` query and return the reply byte, or None without a reply."""
    link.drain()
    link.write(query)
    deadline = time.monotonic() + timeout
    while (remaining := deadline - time.monotonic()) > 0:
        chunk = link.read(remaining)
        if not chunk:
            return None
        for value in chunk:
            if is_status_byte(value):
                return value
    return None


class _EscposStreamPrinter(ABC):
    """Shared logic of the adapters that can ask the printer for its state before printing."""

    def __init__(
        self,
        *,
        codepage: str,
        qr_native: bool,
        timeout: float,
        status_timeout: float | None,
        strict_status: bool,
    ) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        printable_text("", codepage)  # raises ValueError for an unknown code page, now
        self.codepage = codepage
        self.qr_native = qr_native
        self.timeout = timeout
        self.status_timeout = min(1.0, timeout) if status_timeout is None else status_timeout
        self.strict_status = strict_status
        self._lock = threading.Lock()

    @abstractmethod
    def _open(self) -> _Link:
        """Connect to the printer; raise _Problem or OSError when it cannot be reached."""

    @property
    @abstractmethod
    def _name(self) -> str:
        """Printer address for log details."""

    def print_ticket(self, slip: TicketSlip) -> PrintResult:
        """Check paper and state, then send the ticket. See the module docstring."""
        try:
            data = render_escpos(slip, codepage=self.codepage, qr_native=self.qr_native)
        except Exception as exc:  # a rendering bug must not take the kiosk down
            log.exception("could not render ticket %s", slip.number)
            return PrintResult(False, PrinterStatus.ERROR, f"render failed: {exc!r}")
        with self._lock:
            try:
                link = self._connect()
                try:
                    status, detail = self._status(link)
                    if status is not PrinterStatus.OK:
                        raise _Problem(status, detail)
                    try:
                        link.write(data)
                    except OSError as exc:
                        raise _Problem(
                            PrinterStatus.OFFLINE, f"sending to {self._name} failed: {exc!r}"
                        ) from exc
                finally:
                    link.close()
            except _Problem as problem:
                log.warning("ticket %s not printed: %s", slip.number, problem.detail)
                return PrintResult(False, problem.status, problem.detail)
            except Exception as exc:  # driver libraries raise their own types
                log.exception("ticket %s not printed on %s", slip.number, self._name)
                return PrintResult(False, PrinterStatus.ERROR, f"{self._name}: {exc!r}")
        return PrintResult(True, PrinterStatus.OK, f"printed on {self._name}{detail}")

    def check(self) -> PrinterStatus:
        """Ask the printer for its state without printing. Never raises."""
        with self._lock:
            try:
                link = self._connect()
                try:
                    return self._status(link)[0]
                finally:
                    link.close()
            except _Problem as problem:
                return problem.status
            except Exception:
                log.exception("checking %s failed", self._name)
                return PrinterStatus.ERROR

    def _connect(self) -> _Link:
        try:
            return self._open()
        except OSError as exc:
            raise _Problem(PrinterStatus.OFFLINE, f"cannot reach {self._name}: {exc!r}") from exc

    def _status(self, link: _Link) -> tuple[PrinterStatus, str]:
        """Return the printer's status and a log detail (starting with "; " when OK)."""
        try:
            paper = _ask(link, QUERY_PAPER, self.status_timeout)
            if paper is None:
                if self.strict_status:
                    return PrinterStatus.OFFLINE, f"{self._name} did not answer DLE EOT 4"
                return PrinterStatus.OK, "; no status reply, printed without paper check"
            if paper & _PAPER_OUT:
                return PrinterStatus.OUT_OF_PAPER, f"{self._name} reports paper out"
            online = _ask(link, QUERY_PRINTER, self.status_timeout)
            if online is not None and online & _OFFLINE:
                cause = _ask(link, QUERY_OFFLINE_CAUSE, self.status_timeout) or 0
                if cause & _STOPPED_BY_PAPER_END:
                    return PrinterStatus.OUT_OF_PAPER, f"{self._name} stopped at paper end"
                reason = (
                    "cover open"
                    if cause & _COVER_OPEN
                    else "error"
                    if cause & _ERROR
                    else "offline"
                )
                return PrinterStatus.ERROR, f"{self._name} reports {reason}"
        except OSError as exc:
            return PrinterStatus.OFFLINE, f"status query to {self._name} failed: {exc!r}"
        near_end = "; paper near end" if paper & _PAPER_NEAR_END else ""
        return PrinterStatus.OK, near_end


# --- network ------------------------------------------------------------------------------


class _SocketLink(_Link):
    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.timeout = timeout
        self.sock = socket.create_connection((host, port), timeout=timeout)
        # Status queries are 3 bytes: without this, Nagle + delayed ACK can add 40-200 ms.
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def write(self, data: bytes) -> None:
        self.sock.settimeout(self.timeout)  # since Python 3.5 this bounds the whole sendall
        self.sock.sendall(data)

    def read(self, timeout: float) -> bytes:
        self.sock.settimeout(max(timeout, 0.001))
        try:
            data = self.sock.recv(64)
        except TimeoutError:
            return b""
        if not data:
            raise ConnectionResetError("printer closed the connection")
        return data

    def drain(self) -> None:
        self.sock.setblocking(False)
        try:
            while self.sock.recv(256):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        finally:
            self.sock.settimeout(self.timeout)

    def close(self) -> None:
        # Half-close, then read until the printer closes (or briefly): closing with unread
        # input would send a TCP reset, and some printers drop unprinted data on a reset.
        try:
            self.sock.shutdown(socket.SHUT_WR)
            deadline = time.monotonic() + min(1.0, self.timeout)
            while (remaining := deadline - time.monotonic()) > 0:
                self.sock.settimeout(remaining)
                if not self.sock.recv(256):
                    break
        except OSError:
            pass
        finally:
            self.sock.close()


class EscposNetworkPrinter(_EscposStreamPrinter):
    """ESC/POS printer on a raw TCP port (usually 9100; Epson, Star in ESC/POS mode, clones).

    ``timeout`` bounds connecting and sending; ``status_timeout`` (default ``min(1, timeout)``)
    bounds each status answer. See the module docstring for ``strict_status``.
    """

    def __init__(
        self,
        host: str,
        port: int = 9100,
        timeout: float = 3.0,
        codepage: str = "cp858",
        *,
        qr_native: bool = True,
        status_timeout: float | None = None,
        strict_status: bool = False,
    ) -> None:
        super().__init__(
            codepage=codepage,
            qr_native=qr_native,
            timeout=timeout,
            status_timeout=status_timeout,
            strict_status=strict_status,
        )
        self.host = host
        self.port = port

    @property
    def _name(self) -> str:
        return f"{self.host}:{self.port}"

    def _open(self) -> _Link:
        return _SocketLink(self.host, self.port, self.timeout)


# --- serial -------------------------------------------------------------------------------


class _SerialLink(_Link):
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


class EscposSerialPrinter(_EscposStreamPrinter):
    """ESC/POS printer on a serial port (``/dev/ttyUSB0``, ``COM3``), through pyserial.

    ``baudrate`` and flow control must match the printer's settings: ``dsrdtr=True`` is the
    Epson default (DTR/DSR), ``rtscts=True`` for RTS/CTS. Needs pyserial
    (``python-escpos[serial]``); without it every call reports ERROR.
    """

    def __init__(
        self,
        device: str,
        baudrate: int = 9600,
        timeout: float = 3.0,
        codepage: str = "cp858",
        *,
        qr_native: bool = True,
        dsrdtr: bool = True,
        rtscts: bool = False,
        status_timeout: float | None = None,
        strict_status: bool = False,
    ) -> None:
        super().__init__(
            codepage=codepage,
            qr_native=qr_native,
            timeout=timeout,
            status_timeout=status_timeout,
            strict_status=strict_status,
        )
        self.device = device
        self.baudrate = baudrate
        self.dsrdtr = dsrdtr
        self.rtscts = rtscts

    @property
    def _name(self) -> str:
        return self.device

    def _open(self) -> _Link:
        try:
            import serial  # optional dependency: python-escpos[serial]
        except ImportError as exc:
            raise _Problem(
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
            raise _Problem(PrinterStatus.OFFLINE, f"cannot open {self.device}: {exc!r}") from exc
        return _SerialLink(port)


# --- USB ----------------------------------------------------------------------------------


class _UsbLink(_Link):
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


class EscposUsbPrinter(_EscposStreamPrinter):
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
        timeout: float = 3.0,
        codepage: str = "cp858",
        *,
        qr_native: bool = True,
        in_ep: int = 0x82,
        out_ep: int = 0x01,
        status_timeout: float | None = None,
        strict_status: bool = False,
    ) -> None:
        super().__init__(
            codepage=codepage,
            qr_native=qr_native,
            timeout=timeout,
            status_timeout=status_timeout,
            strict_status=strict_status,
        )
        self.vendor_id = vendor_id
        self.product_id = product_id
        self.in_ep = in_ep
        self.out_ep = out_ep

    @property
    def _name(self) -> str:
        return f"usb {self.vendor_id:04x}:{self.product_id:04x}"

    def _open(self) -> _Link:
        from escpos.exceptions import DeviceNotFoundError
        from escpos.printer import Usb

        # Checked before building Usb(): without pyusb its close() (called from __del__) raises.
        if not Usb.is_usable():
            raise _Problem(PrinterStatus.ERROR, "USB printing needs pyusb (python-escpos[usb])")
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
            raise _Problem(PrinterStatus.OFFLINE, f"{self._name} not found: {exc}") from exc
        return _UsbLink(printer, self.timeout)


# --- file / device node -------------------------------------------------------------------

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
                raise _Problem(PrinterStatus.OFFLINE, f"{self.path} does not exist (unplugged?)")
            flags |= getattr(os, "O_NONBLOCK", 0)
        else:
            flags |= os.O_CREAT | os.O_APPEND
        try:
            return os.open(self.path, flags, 0o644)
        except FileNotFoundError as exc:
            raise _Problem(PrinterStatus.OFFLINE, f"cannot open {self.path}: {exc!r}") from exc
        except OSError as exc:
            raise _Problem(PrinterStatus.ERROR, f"cannot open {self.path}: {exc!r}") from exc

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
                    raise _Problem(
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
        except _Problem as problem:
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
        except _Problem as problem:
            return problem.status
        except Exception:
            log.exception("checking %s failed", self.path)
            return PrinterStatus.ERROR


# --- PDF ----------------------------------------------------------------------------------


class PdfFilePrinter:
    """Write each ticket as a PDF into ``folder`` (created when missing).

    File names are ``<yyyymmdd-HHMMSS>-<number>.pdf`` from ``printed_at``, with a suffix when a
    name is taken. Files are written to a temporary name first and then renamed, so a program
    watching the folder never picks up half a PDF.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self._lock = threading.Lock()

    def _target(self, slip: TicketSlip) -> Path:
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in slip.number)[:40]
        stem = f"{slip.printed_at:%Y%m%d-%H%M%S}-{safe or 'ticket'}"
        candidate, n = self.folder / f"{stem}.pdf", 1
        while candidate.exists():
            n += 1
            candidate = self.folder / f"{stem}-{n}.pdf"
        return candidate

    def print_ticket(self, slip: TicketSlip) -> PrintResult:
        """Write the PDF; returns the path in ``detail``. Never raises."""
        try:
            data = render_pdf(slip)
            with self._lock:
                self.folder.mkdir(parents=True, exist_ok=True)
                target = self._target(slip)
                fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".ticket-", suffix=".tmp")
                try:
                    with os.fdopen(fd, "wb") as file:
                        file.write(data)
                    os.replace(tmp, target)
                except BaseException:
                    with contextlib.suppress(OSError):
                        os.unlink(tmp)
                    raise
        except Exception as exc:
            log.exception("ticket %s: PDF not written to %s", slip.number, self.folder)
            return PrintResult(False, PrinterStatus.ERROR, f"{self.folder}: {exc!r}")
        return PrintResult(True, PrinterStatus.OK, str(target))

    def check(self) -> PrinterStatus:
        """OK when the folder exists (or can be created) and is writable."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return PrinterStatus.ERROR
        return PrinterStatus.OK if os.access(self.folder, os.W_OK) else PrinterStatus.ERROR


# --- none ---------------------------------------------------------------------------------


class NullPrinter:
    """No printer configured: every print "fails" as OFFLINE, so the kiosk shows the ticket."""

    def print_ticket(self, slip: TicketSlip) -> PrintResult:
        return PrintResult(False, PrinterStatus.OFFLINE, "no printer configured")

    def check(self) -> PrinterStatus:
        return PrinterStatus.OFFLINE


# --- factory ------------------------------------------------------------------------------


def make_printer(settings: PrinterSettings) -> TicketPrinter:
    """Build the adapter ``settings`` describe.

    Raises ValueError for incomplete settings (no host, no device...), an unknown kind or code
    page, and for kind ``"system"``: that adapter needs Qt and is built by the bootstrap from
    ``kiosk/ui/common/system_printer.py``.
    """
    s = settings

    def need(value: object, field: str) -> None:
        if value is None or value == "":
            raise ValueError(f"printer kind {s.kind!r} needs PrinterSettings.{field}")

    match s.kind:
        case "none":
            return NullPrinter()
        case "network":
            need(s.host, "host")
            return EscposNetworkPrinter(
                s.host, s.port, s.timeout, s.codepage, qr_native=s.qr_native
            )
        case "usb":
            need(s.usb_vendor_id, "usb_vendor_id")
            need(s.usb_product_id, "usb_product_id")
            assert s.usb_vendor_id is not None and s.usb_product_id is not None
            return EscposUsbPrinter(
                s.usb_vendor_id, s.usb_product_id, s.timeout, s.codepage, qr_native=s.qr_native
            )
        case "serial":
            need(s.serial_device, "serial_device")
            return EscposSerialPrinter(
                s.serial_device, s.baudrate, s.timeout, s.codepage, qr_native=s.qr_native
            )
        case "file":
            need(s.path, "path")
            return EscposFilePrinter(
                s.path, codepage=s.codepage, qr_native=s.qr_native, timeout=s.timeout
            )
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
