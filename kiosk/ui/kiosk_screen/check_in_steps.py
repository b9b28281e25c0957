"""The check-in path of the kiosk window: its screens, the steps between them, the scanner.

Three ways in, all ending in the same answer:
- a scan of the letter's QR code, on any screen (``ScanReader``);
- "Typ je code": the code on the keypad;
- "Ik heb geen code": family name, then birth date; one match checks in at once, several are
  offered by service and time, none gets a plain message and a way to try again. A synced
  kiosk asks the server who it is; offline it says so plainly (ask at the desk, or type the
  code), never "not found".

The answer: OK or ALREADY show and print the ticket like a walk-in ticket (the window's ticket
screen and TicketFlow's printing); TOO_LATE (and NO_SHOW) offer a walk-in ticket for the same
service with one big button; anything else is a message with a way back. Every message also
offers "Roep iemand", and "Neem een ticket" (a walk-in ticket instead) unless the resident is
early for the appointment or already offered a ticket. Database trouble shows the window's usual
failure screen, whose retry repeats the check-in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from kiosk.core.appointments import CheckInVerdict
from kiosk.services.check_in import Booked, CheckInResult
from kiosk.ui.kiosk_screen import check_in_wording
from kiosk.ui.kiosk_screen.birth_screen import BirthScreen
from kiosk.ui.kiosk_screen.check_in_flow import CheckInFlow
from kiosk.ui.kiosk_screen.check_in_screen import CheckInScreen
from kiosk.ui.kiosk_screen.choose_screen import ChooseScreen
from kiosk.ui.kiosk_screen.code_screen import CodeScreen
from kiosk.ui.kiosk_screen.flow import NEED_BUILDING
from kiosk.ui.kiosk_screen.hours_wording import Message, local
from kiosk.ui.kiosk_screen.message_screen import MessageScreen
from kiosk.ui.kiosk_screen.name_screen import NameScreen
from kiosk.ui.kiosk_screen.scanner import ScanReader

if TYPE_CHECKING:
    from kiosk.ui.kiosk_screen.window import KioskWindow

_CTX = "KioskWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class CheckInSteps(QObject):
    def __init__(self, window: KioskWindow, landscape: bool) -> None:
        super().__init__(window)
        self._w = window
        terminal = window.terminal
        self.flow = CheckInFlow(terminal, self)
        self.scanner = ScanReader(parent=self)
        self.menu = CheckInScreen(landscape)
        self.code = CodeScreen(landscape)
        self.name = NameScreen(landscape)
        self.birth = BirthScreen(
            landscape, lambda: local(terminal.ctx.clock.now(), terminal.zone).date()
        )
        self.choose = ChooseScreen(landscape)
        self.answer = MessageScreen(landscape)
        self._screens: tuple[QWidget, ...] = (
            self.menu,
            self.code,
            self.name,
            self.birth,
            self.choose,
            self.answer,
        )
        for screen in self._screens:
            window.add_screen(screen)
        self._result: CheckInResult | None = None

        self.menu.type_code.connect(lambda: self._step(self.menu, self._to_code))
        self.menu.no_code.connect(lambda: self._step(self.menu, self._to_name))
        self.code.submitted.connect(
            lambda code: self._step(self.code, lambda: self.flow.by_code(code))
        )
        self.name.entered.connect(lambda _name: self._step(self.name, self._to_birth))
        self.birth.entered.connect(
            lambda born: self._step(self.birth, lambda: self.flow.by_name(self.name.name, born))
        )
        self.choose.chosen.connect(lambda a: self._step(self.choose, lambda: self.flow.choose(a)))
        self.answer.action.connect(self._action)
        self.scanner.scanned.connect(self._scanned)
        self.flow.working.connect(self._working)
        self.flow.answered.connect(self._answered)
        self.flow.found.connect(self._found)
        self.flow.unavailable.connect(
            lambda by_name: self._tell(check_in_wording.needs_server(by_name))
        )
        self.flow.failed.connect(self._w.show_failure)

    # --- what the window asks -----------------------------------------------------------------

    def begin(self) -> None:
        """The resident says they have an appointment."""
        if self._w.busy or not self._w.tap_ok():
            return
        self._w.show_screen(self.menu)

    def owns(self, screen: QWidget) -> bool:
        return screen in self._screens

    def previous(self, screen: QWidget) -> QWidget | None:
        """Where "Terug" leads from a check-in step (None: to the start)."""
        if screen in (self.code, self.name):
            return self.menu
        if screen is self.birth:
            return self.name
        return None

    @property
    def home_text(self) -> str:
        """In the language shown now (the resident may have chosen another one)."""
        return _tr("Naar het begin")

    def back_text(self, screen: QWidget) -> str | None:
        """The bar's back button on a check-in screen (None: not one of these screens)."""
        if screen is self.answer or screen is self.choose:
            return self.home_text
        return _tr("Terug") if screen in self._screens else None

    def forget(self) -> None:
        """Back at the start: nothing typed stays for the next resident to see."""
        self.flow.forget()
        self._result = None
        self.code.clear()
        self.name.clear()
        self.birth.clear()

    def retry(self) -> bool:
        """The failure screen's retry, when a check-in failed; False when it was a ticket."""
        return self.flow.retry()

    # --- steps --------------------------------------------------------------------------------

    def _step(self, screen: QWidget, go: Callable[[], object]) -> None:
        if self._w.current is screen and self._w.tap_ok() and not self._w.busy:
            go()

    def _to_code(self) -> None:
        self.code.clear()
        self._w.show_screen(self.code)

    def _to_name(self) -> None:
        self.name.clear()
        self.birth.clear()
        self._w.show_screen(self.name)

    def _to_birth(self) -> None:
        self._w.show_screen(self.birth)

    def _scanned(self, text: str) -> None:
        if self._w.busy:
            return  # a ticket or check-in is on its way; the resident will see it
        self._w.ticket.stop()
        self.flow.by_code(text)

    def _working(self) -> None:
        self._w.flow.forget()  # a retry now means this check-in, not an older ticket
        self._w.issue.set_busy(checking_in=True)
        self._w.show_screen(self._w.issue)

    def _found(self, found: list[Booked]) -> None:
        if len(found) == 1:
            self.flow.choose(found[0].appointment_id)
        elif found:
            self.choose.show_choices(found, self._w.terminal.zone)
            self._w.show_screen(self.choose)
        else:
            self._tell(check_in_wording.no_match())

    def _answered(self, result: CheckInResult) -> None:
        self._result = result
        v = result.verdict
        if v in (CheckInVerdict.OK, CheckInVerdict.ALREADY) and result.ticket is not None:
            self._w.show_ticket(result.ticket, again=v is CheckInVerdict.ALREADY)
            self._w.flow.print_ticket(result.ticket)
            return
        message = check_in_wording.answer(
            result, self._w.terminal.ctx.clock.now(), self._w.terminal.zone
        )
        # Too early: wait for the appointment; too late: a walk-in ticket is offered already.
        early = v is CheckInVerdict.TOO_EARLY and result.booked is not None
        self._tell(message, ticket=not early and message.action != check_in_wording.WALK_IN)

    def _tell(self, message: Message, ticket: bool = True) -> None:
        self.answer.show_message(message, ticket)
        self._w.show_screen(self.answer)

    def _action(self, action: str) -> None:
        if self._w.current is not self.answer or not self._w.tap_ok() or self._w.busy:
            return
        if action == check_in_wording.WALK_IN:
            booked = self._result.booked if self._result is not None else None
            if booked is not None:
                self._w.flow.issue(booked.service, None, NEED_BUILDING)
        elif action == check_in_wording.TYPE_CODE:
            self._to_code()
        elif action == check_in_wording.TRY_NAME:
            self._w.show_screen(self.name)  # what was typed stays, to correct it
