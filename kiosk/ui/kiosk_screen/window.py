"""The kiosk window: header, one screen at a time, and a bottom bar with help and a way back.

Rules this window enforces for every screen:
- No dead ends: every screen but the start has a way back in the bottom bar, and any screen
  other than the start and the ticket (which has its own countdown) returns to the start after
  ``settings.kiosk.reset_after_s`` seconds without a touch.
- Help sits at the same place on every screen (it is part of the window, not of a screen).
- A tap within ``tap_guard_ms`` of a screen change is ignored: the second tap of a double tap
  must not land on whatever button the next screen has at that spot.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.model import PriorityReason, Service
from kiosk.printing.printers import PrinterStatus, TicketPrinter
from kiosk.services.tickets import IssuedTicket
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.kiosk_screen.flow import TicketFlow
from kiosk.ui.kiosk_screen.help_screen import HelpScreen
from kiosk.ui.kiosk_screen.issue_screen import IssueScreen
from kiosk.ui.kiosk_screen.priority_screen import PriorityScreen
from kiosk.ui.kiosk_screen.start_screen import StartScreen
from kiosk.ui.kiosk_screen.ticket_screen import TicketScreen
from kiosk.ui.kiosk_screen.widgets import KIOSK_QSS, BottomBar, Header

ORIENTATIONS = ("portrait", "landscape")
_TOUCH_EVENTS = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress}
)


class _TouchWatcher(QObject):
    """Application-wide event filter: tells the window about any touch or key on it."""

    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in _TOUCH_EVENTS and isinstance(obj, QWidget):
            w = self._window
            if obj is w or w.isAncestorOf(obj):
                w.touched()
        return False


class KioskWindow(QWidget):
    """Self-service kiosk for walk-in tickets. The caller sizes it (full screen or resize).

    ``orientation`` ("portrait" 1080x1920 or "landscape" 1920x1080) picks the layouts.
    """

    def __init__(
        self,
        terminal: Terminal,
        printer: TicketPrinter,
        orientation: str = "portrait",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if orientation not in ORIENTATIONS:
            raise ValueError(f"orientation must be one of {ORIENTATIONS}, not {orientation!r}")
        self.setObjectName("kioskWindow")
        self.setStyleSheet(KIOSK_QSS)
        self.setWindowTitle(self.tr("Ticket nemen"))
        self.terminal = terminal
        self.orientation = orientation
        self.tap_guard_ms = 300
        landscape = orientation == "landscape"
        settings = terminal.settings.kiosk

        self.flow = TicketFlow(terminal, printer, self)
        self.header = Header(terminal.branch.name, terminal.ctx.clock)
        self.stack = QStackedWidget()
        self.start = StartScreen(terminal, landscape)
        self.priority = PriorityScreen(landscape)
        self.issue = IssueScreen()
        self.ticket = TicketScreen(landscape)
        self.help = HelpScreen(landscape)
        for screen in (self.start, self.priority, self.issue, self.ticket, self.help):
            self.stack.addWidget(screen)
        self.bar = BottomBar()
        self.bar.help.set_content(self.tr("Hulp nodig?"), "help", white=True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.bar)

        self._service: Service | None = None
        self._help_return: QWidget | None = None
        self._shown = QElapsedTimer()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(1, settings.reset_after_s) * 1000)
        self._idle.timeout.connect(self.go_start)

        self.start.service_chosen.connect(self._service_chosen)
        self.priority.chosen.connect(self._priority_chosen)
        self.issue.retry.connect(self._retry)
        self.ticket.expired.connect(self._ticket_expired)
        self.ticket.countdown_changed.connect(self._countdown_changed)
        self.bar.back.clicked.connect(self._back)
        self.bar.help.clicked.connect(self._show_help)
        self.flow.issuing.connect(self._issuing)
        self.flow.issued.connect(self._issued)
        self.flow.issue_failed.connect(self._issue_failed)
        self.flow.printed.connect(self.ticket.set_printed)
        self.flow.print_failed.connect(self._print_failed)
        self.flow.staff_told.connect(self.ticket.set_staff_told)

        QCoreApplication.instance().installEventFilter(_TouchWatcher(self))
        self._show(self.start)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing stops every timer and the feed subscription: the window is done for good."""
        self._idle.stop()
        self.ticket.stop()
        self.header.stop()
        self.start.stop()
        super().closeEvent(event)

    # --- navigation -------------------------------------------------------------------------

    @property
    def current(self) -> QWidget:
        return self.stack.currentWidget()

    def go_start(self) -> None:
        """Back to the start screen, forgetting the resident's choices."""
        if self.flow.busy:
            return  # a ticket is being made: it must be shown, never dropped
        self.ticket.stop()
        self.flow.forget()
        self._service = None
        self._help_return = None
        self._show(self.start)

    def touched(self) -> None:
        """Any touch or key on the window: the resident is still there."""
        if self._idle.isActive():
            self._idle.start()

    def _show(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        self._shown.start()
        busy = screen is self.issue and not self.issue.failed
        if screen is self.start or busy:
            self.bar.set_back(None)
        elif screen is self.ticket:
            self.bar.set_back(self.tr("Klaar"), icon="check", done=True)
        elif screen is self.issue:
            self.bar.set_back(self.tr("Naar het begin"), icon="home")
        else:
            self.bar.set_back(self.tr("Terug"))
        self._countdown_changed(self.ticket.countdown_text)
        # While the ticket is being made nothing may lead away from it (it takes a moment).
        self.bar.help.setEnabled(not busy)
        if screen in (self.priority, self.help) or (screen is self.issue and not busy):
            self._idle.start()
        else:
            self._idle.stop()

    def _tap_ok(self) -> bool:
        return not self._shown.isValid() or self._shown.elapsed() >= self.tap_guard_ms

    def _back(self) -> None:
        if not self._tap_ok():
            return
        if self.current is self.help and self._help_return is not None:
            target, self._help_return = self._help_return, None
            still_there = (
                target is self.priority
                or (target is self.ticket and self.ticket.running)
                or (target is self.issue and self.issue.failed)
            )
            if still_there:
                self._show(target)
                return
        self.go_start()

    def _show_help(self) -> None:
        if self.current is self.help or self.flow.busy:
            return
        self._help_return = self.current
        self._show(self.help)

    # --- taking a ticket --------------------------------------------------------------------

    def _service_chosen(self, service: Service) -> None:
        if self.current is not self.start or not self._tap_ok() or self.flow.busy:
            return
        if self.terminal.settings.kiosk.ask_priority:
            self._service = service
            self.priority.set_service(service)
            self._show(self.priority)
        else:
            self.flow.issue(service, None)

    def _priority_chosen(self, reason: PriorityReason | None) -> None:
        if self.current is not self.priority or not self._tap_ok() or self._service is None:
            return
        self.flow.issue(self._service, reason)

    def _retry(self) -> None:
        if self.current is self.issue and self._tap_ok():
            self.flow.retry()

    def _issuing(self) -> None:
        self.issue.set_busy()
        self._show(self.issue)

    def _issued(self, issued: IssuedTicket) -> None:
        self._service = None
        self._help_return = None
        self.ticket.show_ticket(issued, self.terminal.settings.kiosk.ticket_screen_s)
        self._show(self.ticket)

    def _issue_failed(self) -> None:
        self.issue.set_failed()
        self._show(self.issue)

    def _print_failed(self, ticket_id: str, status: PrinterStatus) -> None:
        # Twice the usual time: the resident has to write the number down or take a photo.
        seconds = 2 * self.terminal.settings.kiosk.ticket_screen_s
        self.ticket.set_print_failed(ticket_id, status, seconds)

    def _countdown_changed(self, text: str) -> None:
        # Lying down the countdown sits in the bar, next to "Klaar"; standing up the bar is
        # too narrow for it and the ticket screen shows it itself.
        show = self.current is self.ticket and self.orientation == "landscape"
        self.bar.note.setText(text if show else "")

    def _ticket_expired(self) -> None:
        if self.current is self.ticket:
            self.go_start()
