"""What the ESC/POS adapters on a byte stream (network, serial, USB) share: asking the
printer for its state before each ticket.

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

import logging
import threading
import time
from abc import ABC, abstractmethod
from typing import TypedDict

from kiosk.printing.escpos_ticket import printable_text, render_escpos
from kiosk.printing.printers.port import PrinterProblem, PrinterStatus, PrintResult
from kiosk.printing.slip import TicketSlip

log = logging.getLogger(__name__)


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


class StatusLink(ABC):
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


def ask_status(link: StatusLink, query: bytes, timeout: float) -> int | None:
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


class EscposOptions(TypedDict, total=False):
    """How every ESC/POS adapter renders and how long it waits, whatever the cable: the
    settings hand the same three to each (see ``make_printer``)."""

    codepage: str
    qr_native: bool
    timeout: float


class EscposStreamOptions(EscposOptions, total=False):
    """What the adapters that ask for the printer's state take besides its address; each
    adapter's ``__init__`` passes them on unchanged, so they and their defaults live here."""

    status_timeout: float | None
    strict_status: bool


class EscposStreamPrinter(ABC):
    """Shared logic of the adapters that can ask the printer for its state before printing.

    ``timeout`` bounds connecting and sending; ``status_timeout`` (default ``min(1, timeout)``)
    bounds each status answer. See the module docstring for ``strict_status``.
    """

    def __init__(
        self,
        *,
        codepage: str = "cp858",
        qr_native: bool = True,
        timeout: float = 3.0,
        status_timeout: float | None = None,
        strict_status: bool = False,
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
    def _open(self) -> StatusLink:
        """Connect to the printer; raise PrinterProblem or OSError when it cannot be reached."""

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
                        raise PrinterProblem(status, detail)
                    try:
                        link.write(data)
                    except OSError as exc:
                        raise PrinterProblem(
                            PrinterStatus.OFFLINE, f"sending to {self._name} failed: {exc!r}"
                        ) from exc
                finally:
                    link.close()
            except PrinterProblem as problem:
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
            except PrinterProblem as problem:
                return problem.status
            except Exception:
                log.exception("checking %s failed", self._name)
                return PrinterStatus.ERROR

    def _connect(self) -> StatusLink:
        try:
            return self._open()
        except OSError as exc:
            raise PrinterProblem(
                PrinterStatus.OFFLINE, f"cannot reach {self._name}: {exc!r}"
            ) from exc

    def _status(self, link: StatusLink) -> tuple[PrinterStatus, str]:
        """Return the printer's status and a log detail (starting with "; " when OK)."""
        try:
            paper = ask_status(link, QUERY_PAPER, self.status_timeout)
            if paper is None:
                if self.strict_status:
                    return PrinterStatus.OFFLINE, f"{self._name} did not answer DLE EOT 4"
                return PrinterStatus.OK, "; no status reply, printed without paper check"
            if paper & _PAPER_OUT:
                return PrinterStatus.OUT_OF_PAPER, f"{self._name} reports paper out"
            online = ask_status(link, QUERY_PRINTER, self.status_timeout)
            if online is not None and online & _OFFLINE:
                cause = ask_status(link, QUERY_OFFLINE_CAUSE, self.status_timeout) or 0
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
