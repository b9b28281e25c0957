"""The kiosk window: header, one screen at a time, and a bottom bar with help and a way back.

Rules this window enforces for every screen:
- No dead ends: every screen but the start has a way back in the bottom bar, and any screen
  other than the start and the ticket (which has its own countdown) returns to the start after
  ``settings.kiosk.reset_after_s`` seconds without a touch. Going to the start forgets what the
  resident typed (a code, a name, a birth date): the next resident must not see it. Screens that
  say something went wrong or cannot be done offer a way on: "Roep iemand", and where it makes
  sense "Neem een ticket" (the start, for the same resident: ``to_services``).
- "Roep iemand" sits at the same place on every screen, one tap away (it is part of the window,
  not of a screen). While a call for a person is open the kiosk waits: no reset (help_call.py).
- A tap within ``tap_guard_ms`` of a screen change is ignored: the second tap of a double tap
  must not land on whatever button the next screen has at that spot.
- A barcode scan of an appointment letter checks in from any screen (see scanner.py), unless a
  ticket or a check-in is being made right now. Its steps live in check_in_steps.py; this
  module is the walk-in path.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.model import PriorityReason, Service
from kiosk.printing.printers import PrinterStatus, TicketPrinter
from kiosk.services.opening import Availability, BranchNow, ServiceNow
from kiosk.services.tickets import IssuedTicket
from kiosk.ui.common import i18n
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.kiosk_screen import hours_wording
from kiosk.ui.kiosk_screen.check_in_steps import CheckInSteps
from kiosk.ui.kiosk_screen.flow import TicketFlow
from kiosk.ui.kiosk_screen.help_call import HelpCall
from kiosk.ui.kiosk_screen.help_screen import HelpScreen
from kiosk.ui.kiosk_screen.issue_screen import IssueScreen
from kiosk.ui.kiosk_screen.key_control import KeyControl
from kiosk.ui.kiosk_screen.message_screen import CALL_PERSON, TAKE_TICKET, MessageScreen
from kiosk.ui.kiosk_screen.priority_screen import PriorityScreen
from kiosk.ui.kiosk_screen.reach_layout import ReachLayout
from kiosk.ui.kiosk_screen.read_aloud import ReadAloud
from kiosk.ui.kiosk_screen.reset_warning import ResetWarning
from kiosk.ui.kiosk_screen.seeing import SEEING_QSS, SeeingModes, scroll_of, unwrap, wrap
from kiosk.ui.kiosk_screen.start_screen import StartScreen
from kiosk.ui.kiosk_screen.ticket_screen import TicketScreen
from kiosk.ui.kiosk_screen.touch_watcher import TouchWatcher
from kiosk.ui.kiosk_screen.widgets import KIOSK_QSS, BottomBar, Header

ORIENTATIONS = ("portrait", "landscape")


class KioskWindow(QWidget):
    """Self-service kiosk: walk-in tickets and check-in. The caller sizes it (full screen or
    resize). ``orientation`` ("portrait" 1080x1920 or "landscape" 1920x1080) picks the layouts.
    """

    def __init__(
        self,
        terminal: Terminal,
        printer: TicketPrinter,
        orientation: str = "portrait",
        parent: QWidget | None = None,
        read_aloud: ReadAloud | None = None,
    ) -> None:
        super().__init__(parent)
        if orientation not in ORIENTATIONS:
            raise ValueError(f"orientation must be one of {ORIENTATIONS}, not {orientation!r}")
        self.setObjectName("kioskWindow")
        self.setStyleSheet(KIOSK_QSS + SEEING_QSS)
        self.setWindowTitle(self.tr("Ticket nemen"))
        self.terminal = terminal
        self.orientation = orientation
        self.tap_guard_ms = 300
        landscape = orientation == "landscape"
        settings = terminal.settings.kiosk

        self.flow = TicketFlow(terminal, printer, self)
        self.header = Header(terminal.branch.name, terminal.ctx.clock, terminal.zone)
        self.stack = QStackedWidget()
        self.start = StartScreen(terminal, landscape)
        self.priority = PriorityScreen(landscape)
        self.issue = IssueScreen(landscape)
        self.ticket = TicketScreen(landscape)
        self.help = HelpScreen(landscape)
        self.info = MessageScreen(landscape)
        for screen in (self.start, self.priority, self.issue, self.ticket, self.help, self.info):
            self.stack.addWidget(wrap(screen))  # paged when it cannot fit (big text)
        self.bar = BottomBar()
        self.bar.help.set_content(self.tr("Roep iemand"), "people", white=True)

        layout = QVBoxLayout(self)
        # The caller sizes the window (full screen). A screen that would need more room must
        # never make the window taller than the screen and push the help button off it: the
        # layout does not set the window's minimum size. (The tests check that every screen
        # fits, in both orientations.)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        # Bigger text and more contrast: next to help, at the same place on every screen.
        self.seeing = SeeingModes(self, settings.reset_after_s)
        toggles = self.seeing.row() if landscape else self.seeing.strip()
        if landscape:
            bar_row = self.bar.layout()
            bar_row.insertWidget(bar_row.indexOf(self.bar.help), toggles)
        else:
            layout.addWidget(toggles)
        layout.addWidget(self.bar)
        # "Alles lager": every control within reach from a wheelchair (reach_layout.py).
        self.reach = ReachLayout(self, settings, orientation)
        self.reach.install(layout, self.header, self.stack, toggles, self.seeing, self.bar)

        self._service: Service | None = None
        self._shown = QElapsedTimer()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        # Precise: a coarse timer may end 5% late, so "Ben je er nog?" came a poll late.
        self._idle.setTimerType(Qt.TimerType.PreciseTimer)
        self._idle.setInterval(max(1, settings.reset_after_s) * 1000)
        for reset in (self.go_start, self.seeing.reset, self.reach.reset):
            self._idle.timeout.connect(reset)
        #: "Ben je er nog?" with a tone, the last warn_before_reset_s of the idle time.
        self.reset_warning = ResetWarning(self, self._idle, settings.warn_before_reset_s)
        self.reset_warning.watch(self.ticket)  # its countdown too: tone, speech, more time
        #: The check-in screens, their flow and the scanner.
        self.check_in = CheckInSteps(self, landscape)
        #: "Roep iemand": a clerk or the volunteer comes to the kiosk; the help screen says so.
        self.help_call = HelpCall(self, terminal, self.help)
        self.help_call.changed.connect(self._call_changed)

        self.start.service_chosen.connect(self._service_chosen)
        self.start.language_chosen.connect(self._language_chosen)
        self.start.appointment.connect(self.check_in.begin)
        for screen in (self.info, self.check_in.answer):
            screen.action.connect(self._way_on)
        self.issue.call_person.connect(self.help_call.call)
        self.priority.chosen.connect(self._priority_chosen)
        self.issue.retry.connect(self._retry)
        self.ticket.expired.connect(self._ticket_expired)
        self.ticket.countdown_changed.connect(self._countdown_changed)
        self.bar.back.clicked.connect(self._back)
        self.bar.help.clicked.connect(self.help_call.call)
        self.flow.issuing.connect(self._issuing)
        self.flow.issued.connect(self.show_ticket)
        self.flow.issue_failed.connect(self.show_failure)
        self.flow.not_open.connect(self.show_info)
        self.flow.printed.connect(self.ticket.set_printed)
        self.flow.print_failed.connect(self._print_failed)
        self.flow.paperless.connect(self._paperless)
        self.flow.staff_told.connect(self.ticket.set_staff_told)

        QCoreApplication.instance().installEventFilter(TouchWatcher(self, self))
        #: Read-aloud mode (off until the speech key) and the keys; see key_control.py.
        self.read_aloud = read_aloud or ReadAloud(
            None, headset=settings.headset, speech_key=settings.speech_key, parent=self
        )
        self.keys = KeyControl(self, self.read_aloud)
        # A session that ends by itself ends read-aloud too: the next resident may see.
        for ended in (self._idle.timeout, self.ticket.expired):
            ended.connect(self.read_aloud.turn_off)
        QCoreApplication.instance().installEventFilter(self.keys)
        self._show(self.start)

    # --- languages --------------------------------------------------------------------------
    def _language_chosen(self, lang: str) -> None:
        if self.current is self.start and self.tap_ok() and not self.busy:
            i18n.use_language("kiosk", lang, self)
            self._show(self.start)  # another language than Dutch: back to Dutch after a while

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text again in the language now loaded: texts set once (by ``i18n``), the
        start screen's words about now, the date, and the bottom bar's way back."""
        i18n.retranslate_tree(self, i18n.catalogue_contexts("kiosk"))
        self.header.refresh()
        self.start.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing stops every timer and the feed subscription: the window is done for good."""
        self._idle.stop()
        self.reset_warning.stop()
        self.help_call.stop()
        self.ticket.stop()
        self.header.stop()
        self.start.stop()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys no screen used (there are no text fields): maybe the barcode scanner."""
        if self.check_in.scanner.feed(event):
            event.accept()
            return
        super().keyPressEvent(event)

    # --- navigation -------------------------------------------------------------------------
    @property
    def current(self) -> QWidget:
        return unwrap(self.stack.currentWidget())

    @property
    def busy(self) -> bool:
        """A ticket or a check-in is being made: it must be shown, never dropped."""
        return self.flow.busy or self.check_in.flow.busy

    def add_screen(self, screen: QWidget) -> None:
        self.stack.addWidget(wrap(screen))

    def go_start(self) -> None:
        """Back to the start screen, forgetting the resident's choices."""
        if self.busy:
            return
        if self.current is self.ticket:  # the resident is done: the usual looks and layout
            self.seeing.reset()
            self.reach.reset()
        self.ticket.forget()
        self.flow.forget()
        self.check_in.forget()
        self.help_call.forget()
        self._service = None
        if i18n.current_language("kiosk") != i18n.SOURCE_LANGUAGE:
            # The next resident finds the kiosk in Dutch again.
            i18n.use_language("kiosk", i18n.SOURCE_LANGUAGE, self)
        self._show(self.start)

    def to_services(self) -> None:
        """ "Neem een ticket": the start with its services, for the same resident (the language
        and the looks stay; what was typed goes)."""
        if not self.busy:
            self.flow.forget()
            self.check_in.forget()
            self._service = None
            self._show(self.start)

    def touched(self) -> None:
        """Any touch or key on the window: the resident is still there."""
        if self._idle.isActive():
            self._idle.start()
        self.seeing.touched()
        self.reach.touched()

    def show_screen(self, screen: QWidget) -> None:
        self._show(screen)

    def _show(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(scroll_of(screen))
        self._shown.start()
        if self.seeing.big or self.seeing.contrast:
            self.seeing.apply()  # widgets made since the last switch
        busy = screen is self.issue and not self.issue.failed
        back = self.check_in.back_text(screen)
        if screen is self.start or busy or (screen is self.help and self.help_call.waiting):
            self.bar.set_back(None)  # waiting for a person: "Ik heb geen hulp meer nodig"
        elif screen is self.ticket:
            self.bar.set_back(self.tr("Klaar"), icon="check", done=True)
        elif screen is self.issue:
            self.bar.set_back(self.tr("Naar het begin"), icon="home")
        elif back is not None:
            self.bar.set_back(back, icon="home" if back == self.check_in.home_text else "back")
        else:
            self.bar.set_back(self.tr("Terug"))
        self._countdown_changed(self.ticket.countdown_text)
        # While the ticket is being made nothing may lead away from it (it takes a moment).
        self.bar.help.setEnabled(not busy)
        self._time_idle(screen, busy)
        self.keys.screen_shown(screen)
        self.reach.screen_shown()

    def _time_idle(self, screen: QWidget, busy: bool, restart: bool = True) -> None:
        foreign_start = (
            screen is self.start and i18n.current_language("kiosk") != i18n.SOURCE_LANGUAGE
        )
        quiet = (screen in (self.start, self.ticket) or busy) and not foreign_start
        if quiet or self.help_call.holds:  # a resident waits for a person: never "gone"
            self._idle.stop()
        elif restart or not self._idle.isActive():
            self._idle.start()

    def _call_changed(self) -> None:
        """The bar, the idle time and read-aloud follow the call (forgotten: whoever forgot
        it moves on)."""
        if self.help_call.state is None:
            return
        if self.current is self.help:
            self._show(self.help)
        else:
            self._time_idle(self.current, self.busy, restart=False)

    def tap_ok(self) -> bool:
        return not self._shown.isValid() or self._shown.elapsed() >= self.tap_guard_ms

    def _back(self) -> None:
        if self.tap_ok():
            self.go_back()

    def go_back(self) -> None:
        """Where "Terug" leads: from help to where the resident called from, if it is still
        there; from a check-in step to the one before; else to the start."""
        if self.current is self.help and self.help_call.came_from is not None:
            target, self.help_call.came_from = self.help_call.came_from, None
            still_there = (
                target in (self.priority, self.info)
                or self.check_in.owns(target)
                or (target is self.ticket and self.ticket.running)
                or (target is self.issue and self.issue.failed)
            )
            if still_there:
                self._show(target)
                return
        previous = self.check_in.previous(self.current)
        if previous is not None:
            self._show(previous)
            return
        self.go_start()

    # --- taking a ticket --------------------------------------------------------------------
    def _service_chosen(self, sn: ServiceNow) -> None:
        if self.current is not self.start or not self.tap_ok() or self.busy:
            return
        if sn.availability is not Availability.OPEN:
            now = self.start.branch_now
            if now is not None:
                self.show_info(sn, now)
            return
        service = sn.service
        if self.terminal.settings.kiosk.ask_priority:
            self._service = service
            self.priority.set_service(service)
            self._show(self.priority)
        else:
            self.flow.issue(service, None)

    def show_info(self, sn: ServiceNow, now: BranchNow) -> None:
        """Why this service gives no ticket here now, and when and where it can."""
        self._service = None
        self.info.show_message(
            hours_wording.service_info(sn, now, self.terminal.ctx.clock.now(), self.terminal.zone)
        )
        self._show(self.info)

    def _way_on(self, action: str) -> None:
        """A message screen's buttons: "Roep iemand", "Neem een ticket", "Ik heb al een
        afspraak" (the info screen; the check-in's answers handle their own)."""
        if action == CALL_PERSON:
            self.help_call.call()
        elif self.current in (self.info, self.check_in.answer) and self.tap_ok():
            if action == TAKE_TICKET:
                self.to_services()
            elif action == "check_in" and self.current is self.info:
                self.check_in.begin()

    def _priority_chosen(self, reason: PriorityReason | None) -> None:
        if self.current is not self.priority or not self.tap_ok() or self._service is None:
            return
        self.flow.issue(self._service, reason)

    def _retry(self) -> None:
        # The failed request is the check-in's when it has one, else the ticket's.
        if self.current is self.issue and self.tap_ok() and not self.check_in.retry():
            self.flow.retry()

    def _issuing(self) -> None:
        self.check_in.flow.forget()  # a retry now means this ticket, not an older check-in
        self.issue.set_busy()
        self._show(self.issue)

    def show_ticket(self, issued: IssuedTicket, again: bool = False) -> None:
        self._service = None
        self.ticket.show_ticket(
            issued, self.terminal.settings.kiosk.ticket_screen_s, self.terminal.zone, again
        )
        self._show(self.ticket)

    def show_failure(self) -> None:
        self.issue.set_failed()
        self._show(self.issue)

    def _print_failed(self, ticket_id: str, status: PrinterStatus) -> None:
        # Twice the usual time: the resident has to write the number down or take a photo.
        seconds = 2 * self.terminal.settings.kiosk.ticket_screen_s
        self.ticket.set_print_failed(ticket_id, status, seconds)

    def _paperless(self, ticket_id: str) -> None:
        # No printer here: the resident notes the number or takes a photo, so the longer time.
        seconds = 2 * self.terminal.settings.kiosk.ticket_screen_s
        self.ticket.set_paperless(ticket_id, seconds)

    def _countdown_changed(self, text: str) -> None:
        # The ticket screen shows the countdown itself, in its fixed bottom with "Ik heb meer
        # tijd nodig" (ticket_footer.py), in both orientations: not in the bar as well.
        self.bar.note.setText("")

    def _ticket_expired(self) -> None:
        if self.current is self.ticket:
            self.go_start()
