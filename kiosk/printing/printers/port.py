"""The ticket printer port (:class:`TicketPrinter`): what every adapter promises.

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
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from kiosk.printing.slip import TicketSlip


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


class PrinterProblem(Exception):
    """A printer problem inside an adapter, turned into a PrintResult at its boundary (never
    raised to callers)."""

    def __init__(self, status: PrinterStatus, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
