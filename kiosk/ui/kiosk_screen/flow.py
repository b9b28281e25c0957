"""Taking a ticket, off the GUI thread: store it (db lane), then print it (device lane).

Contract:
- ``issue()`` is ignored while a ticket is being made: a double tap never gives two tickets.
  The ticket id is made here, before the first try, and reused by ``retry()``: if a first try
  did reach the database but its answer got lost, the retry gets that same ticket back.
- The ticket is stored before anything is printed, so a printer problem never loses it.
- After printing: success marks the ticket printed and closes this kiosk's printer alerts;
  failure raises an alert for the counters (``report_printer_problem``). These database effects
  happen even if the resident already left the ticket screen.
- Signals carry the ticket id so a screen can ignore news about an older ticket.
- Before a first try the service is looked at again (``availability.look``): when it stopped
  giving tickets since the start screen was drawn (closing time, the queue too long to finish),
  no ticket is made and ``not_open(ServiceNow, BranchNow)`` says why. A retry skips this look:
  the first try may have been stored.
- ``print_ticket`` prints a ticket made elsewhere (a check-in) the same way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from kiosk.core.model import PrinterAlert, PriorityReason, Service, TicketOrigin, new_id
from kiosk.printing.printers import NullPrinter, PrinterStatus, PrintResult, TicketPrinter
from kiosk.printing.slip import TicketSlip
from kiosk.services import printer_alerts, tickets
from kiosk.services.context import Done
from kiosk.services.opening import Availability, BranchNow, ServiceNow
from kiosk.services.printer_alerts import PrinterProblem
from kiosk.services.tickets import IssuedTicket
from kiosk.ui.common import i18n
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.kiosk_screen import availability, locale_format, wording
from kiosk.ui.kiosk_screen.hours_wording import local

log = logging.getLogger(__name__)

_PROBLEMS = {
    PrinterStatus.OUT_OF_PAPER: PrinterProblem.OUT_OF_PAPER,
    PrinterStatus.OFFLINE: PrinterProblem.OFFLINE,
}


#: What must be open for a ticket: the service itself (a walk-in), or only the building (a
#: resident too late for an appointment gets a walk-in ticket for an appointment-only service).
NEED_SERVICE = "service"
NEED_BUILDING = "building"


@dataclass(frozen=True, slots=True)
class _Request:
    service: Service
    priority: PriorityReason | None
    ticket_id: str
    need: str = NEED_SERVICE


@dataclass(frozen=True, slots=True)
class _Refused:
    service_now: ServiceNow
    branch_now: BranchNow


def _refusal(look: BranchNow, service: Service, need: str) -> _Refused | None:
    """Why no ticket can be given now, or None when it can."""
    here = next((s for s in look.services if s.service.id == service.id), None)
    if need == NEED_BUILDING:
        if look.open_now:
            return None
        return _Refused(ServiceNow(service, Availability.LATER, look.opens_next), look)
    if here is not None and here.availability is Availability.OPEN:
        return None
    return _Refused(here or ServiceNow(service, Availability.NOWHERE), look)


class TicketFlow(QObject):
    issuing = Signal()
    issued = Signal(object)  # IssuedTicket
    issue_failed = Signal()
    not_open = Signal(object, object)  # ServiceNow, BranchNow
    printed = Signal(str)  # ticket id
    print_failed = Signal(str, object)  # ticket id, PrinterStatus
    staff_told = Signal(str, bool)  # ticket id, whether the alert was stored
    #: This kiosk has no printer (``[printer] kind = "none"``): the screen is the ticket. Not a
    #: fault: no apology to the resident and no alert for the counters.
    paperless = Signal(str)  # ticket id

    def __init__(
        self, terminal: Terminal, printer: TicketPrinter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._terminal = terminal
        self._printer = printer
        self._request: _Request | None = None
        self._busy = False

    def use_printer(self, printer: TicketPrinter) -> None:
        """Print the next tickets on ``printer`` (a NullPrinter: this kiosk has none)."""
        self._printer = printer

    @property
    def busy(self) -> bool:
        return self._busy

    def issue(
        self, service: Service, priority: PriorityReason | None, need: str = NEED_SERVICE
    ) -> bool:
        """Start making a ticket. Returns False (and does nothing) when one is being made."""
        if self._busy:
            return False
        self._request = _Request(service, priority, new_id(), need)
        return self._start()

    def retry(self) -> bool:
        """Try the failed request again, with the same ticket id."""
        if self._busy or self._request is None:
            return False
        return self._start(retry=True)

    def forget(self) -> None:
        """The resident gave up after a failure: the next choice is a new request."""
        if not self._busy:
            self._request = None

    def _start(self, retry: bool = False) -> bool:
        req = self._request
        assert req is not None
        self._busy = True
        t = self._terminal
        branch_id = t.branch.id

        def work() -> Done[IssuedTicket] | _Refused:
            if not retry:
                refused = _refusal(availability.look(t.ctx, branch_id), req.service, req.need)
                if refused is not None:
                    return refused
            try:
                done = tickets.issue_ticket(
                    t.ctx,
                    branch_id,
                    req.service.id,
                    priority=req.priority,
                    ticket_id=req.ticket_id,
                    late_for_appointment=req.need == NEED_BUILDING,
                )
            except tickets.OutsideWalkInHours:
                # The hours ended between the look and the ticket: say when it opens again.
                refused = _refusal(availability.look(t.ctx, branch_id), req.service, req.need)
                if refused is None:
                    raise
                return refused
            if retry:
                # If the first try was stored after all, issue_ticket returns that ticket
                # without a line count: read where it stands now.
                status = tickets.ticket_status(t.ctx, done.value.ticket.token)
                fresh = replace(
                    done.value, people_ahead=status.people_ahead, wait_minutes=status.wait_minutes
                )
                done = Done(fresh, done.changes)
            return done

        self.issuing.emit()
        t.tasks.run(work, self._issued, self._failed)
        return True

    def _issued(self, done: Done[IssuedTicket] | _Refused) -> None:
        self._busy = False
        self._request = None
        if isinstance(done, _Refused):
            self.not_open.emit(done.service_now, done.branch_now)
            return
        self._terminal.announce(done.changes)
        issued: IssuedTicket = done.value
        self.issued.emit(issued)
        self.print_ticket(issued)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        log.error("could not issue a ticket: %s", getattr(exc, "log_message", repr(exc)))
        self.issue_failed.emit()

    # --- printing ---------------------------------------------------------------------------

    def slip(self, issued: IssuedTicket) -> TicketSlip:
        """The paper ticket, with texts translated here (the printer never builds sentences).

        In the language the ticket was taken in, carrying the same slip in Dutch when that is
        another language: the printer prints the Dutch one when its code page or font cannot
        print the resident's language (Arabic), so the paper never shows question marks."""
        printed_at = self._terminal.ctx.clock.now().astimezone(self._terminal.zone)
        slip = self._slip(issued, printed_at, dutch=False)
        if wording.kiosk_language() != i18n.SOURCE_LANGUAGE:
            slip = replace(slip, dutch=self._slip(issued, printed_at, dutch=True))
        return slip

    def _slip(self, issued: IssuedTicket, printed_at: datetime, *, dutch: bool) -> TicketSlip:
        t = issued.ticket
        # Dates, times and counts in the resident's language, with digits the printer has.
        paper = i18n.qt_locale(i18n.SOURCE_LANGUAGE) if dutch else locale_format.paper_locale()
        service_name = issued.service.name  # the municipality's own name is Dutch
        slip = TicketSlip(
            number=t.display_number,
            # In the language the ticket was taken in; the printer falls back to the Dutch
            # slip (``dutch``) when its code page cannot print it (Arabic).
            service_name=service_name if dutch else wording.service_text(issued.service).name,
            branch_name=self._terminal.branch.name,
            printed_at=printed_at,
            printed_at_text=locale_format.paper_date_time(printed_at, paper),
            people_ahead_text=locale_format.number(issued.people_ahead, paper),
            wait_text=wording.wait_short(issued.people_ahead, issued.wait_minutes, dutch=dutch),
            status_url=issued.status_url,
            labels=wording.slip_labels(dutch=dutch),
            priority_text=wording.priority_name(t.priority, dutch=dutch),
        )
        if t.origin is TicketOrigin.APPOINTMENT and t.due_at is not None:
            # An appointment's ticket: its time instead of the line, and a badge that says so.
            slip = replace(
                slip,
                people_ahead_text=locale_format.clock(
                    local(t.due_at, self._terminal.zone).time(), paper
                ),
                wait_text=wording.appointment_wait_short(dutch=dutch),
                labels=wording.appointment_slip_labels(dutch=dutch),
                priority_text=wording.appointment_badge(dutch=dutch),
            )
        return slip

    def print_ticket(self, issued: IssuedTicket) -> None:
        """Print ``issued`` (device lane); ``printed``/``print_failed`` tell how it went."""
        ticket_id = issued.ticket.id
        if isinstance(self._printer, NullPrinter):
            self.paperless.emit(ticket_id)
            return
        slip = self.slip(issued)
        printer = self._printer
        self._terminal.tasks.run(
            lambda: printer.print_ticket(slip),
            lambda result: self._print_done(ticket_id, result),
            lambda exc: self._print_done(
                ticket_id, PrintResult(False, PrinterStatus.ERROR, repr(exc))
            ),
            lane="device",
        )

    def _print_done(self, ticket_id: str, result: PrintResult) -> None:
        t = self._terminal
        branch_id = t.branch.id
        if result.ok:
            self.printed.emit(ticket_id)
            t.tasks.run(
                lambda: tickets.mark_printed(t.ctx, ticket_id),
                lambda done: t.announce(done.changes),
                lambda exc: log.warning("could not mark %s printed: %r", ticket_id, exc),
            )
            t.tasks.run(
                lambda: printer_alerts.clear_printer_problem(t.ctx, branch_id, t.device_id),
                lambda done: t.announce(done.changes),
                lambda exc: log.warning("could not clear printer alerts: %r", exc),
            )
            return
        log.warning("ticket not printed (%s): %s", result.status, result.detail)
        status = result.status if result.status is not PrinterStatus.OK else PrinterStatus.ERROR
        self.print_failed.emit(ticket_id, status)
        problem = _PROBLEMS.get(status, PrinterProblem.ERROR)
        t.tasks.run(
            lambda: printer_alerts.report_printer_problem(
                t.ctx, branch_id, t.device_id, t.device_name, problem
            ),
            lambda done: self._reported(ticket_id, done),
            lambda exc: self._report_failed(ticket_id, exc),
        )

    def _reported(self, ticket_id: str, done: Done[PrinterAlert | None]) -> None:
        self._terminal.announce(done.changes)
        self.staff_told.emit(ticket_id, True)

    def _report_failed(self, ticket_id: str, exc: BaseException) -> None:
        log.error("could not report the printer problem: %r", exc)
        self.staff_told.emit(ticket_id, False)
