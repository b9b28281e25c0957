"""Ticket screen: the number, the wait, a QR code to follow the turn on a phone, what to bring,
and what the printer did.

Contract: ``show_ticket()`` starts a visible countdown of ``seconds``; at zero ``expired`` is
emitted (the window goes back to the start). A printer failure keeps the screen twice as long,
so the resident has time to note the number; number and QR code always stay on screen.
Printer news for another ticket than the one shown is ignored.

The countdown is on screen all the time, with a button "Ik heb meer tijd nodig" that starts it
again, as often as needed. Both sit with the QR code in the screen's fixed bottom
(ticket_parts.TicketFooter), which no look moves off the screen; the cards above it (the
printer's news, the number, the wait, what to bring) are shown a page at a time when they do
not fit (page_view.py), and in the low layout the number and the printer's news go up
(``read_only_top``). The window's ResetWarning watches the countdown (``remaining_ms``) and
adds a tone and, in read-aloud mode, the spoken warning when its last seconds begin; it shows
no overlay here (``own_warning``): the number must stay readable.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.model import TicketOrigin
from kiosk.printing.printers import PrinterStatus
from kiosk.services.tickets import IssuedTicket
from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.common.theme import Colours
from kiosk.ui.kiosk_screen import check_in_wording, wording
from kiosk.ui.kiosk_screen.page_view import PageView
from kiosk.ui.kiosk_screen.reset_warning import press_for_more_time
from kiosk.ui.kiosk_screen.ticket_parts import (
    BringCard,
    NumberCard,
    StatusCard,
    TicketFooter,
    WaitCard,
)
from kiosk.ui.kiosk_screen.widgets import FOCUS_ON_LIGHT, MARGIN

TICKET_QSS = f"""
QLabel#ticketNumber {{ font-weight: 700; color: {Colours.NAVY}; }}
QLabel#ticketService {{ font-size: 40px; font-weight: 700; color: {Colours.TEXT}; }}
QLabel#badge {{ background: {Colours.NAVY}; color: white; border-radius: 12px;
  font-size: 26px; font-weight: 700; padding: 4px 18px; }}
QLabel#countdown {{ color: {Colours.TEXT}; }}
QLabel#footerTitle {{ font-weight: 700; color: {Colours.NAVY}; }}
QLabel#footerText {{ color: {Colours.TEXT}; }}
QPushButton#moreTime {{ background: {Colours.CARD}; border: 3px solid {Colours.EDGE};
  border-radius: 16px; padding: 0px; }}
QPushButton#moreTime QLabel#barText {{ color: {Colours.NAVY}; }}
QPushButton#moreTime:pressed {{ background: #E3EAF3; border-color: {Colours.NAVY}; }}
QPushButton#moreTime:focus {{ border: 6px solid {FOCUS_ON_LIGHT}; }}
"""


class TicketScreen(QWidget):
    """Emits ``countdown_changed(text)`` every second and ``expired`` at zero."""

    expired = Signal()
    countdown_changed = Signal(str)
    #: ResetWarning: this screen shows its warning itself (see the module's docstring).
    own_warning = True

    def __init__(self, landscape: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPage")
        self.setStyleSheet(TICKET_QSS)
        self._ticket_id: str | None = None
        self._remaining = 0
        self._full = 0
        self._landscape = landscape
        self.countdown_text = ""
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

        self.footer = TicketFooter(landscape)
        self.qr, self.more, self.countdown = self.footer.qr, self.footer.more, self.footer.countdown
        self.more.clicked.connect(self.more_time)
        self.countdown_changed.connect(self.countdown.setText)
        # Enter with nothing in focus presses it (key_control.py looks for ``ok``).
        self.ok = self.more

        self.status = StatusCard()
        self.status_icon, self.status_title = self.status.icon, self.status.title
        self.status_text, self.status_staff = self.status.text, self.status.staff
        self.number_card = NumberCard(landscape)
        self.number, self.service = self.number_card.number, self.number_card.service
        self.service_icon, self.badge = self.number_card.service_icon, self.number_card.badge
        self.wait_card = WaitCard(landscape)
        self.again, self.people = self.wait_card.again, self.wait_card.people
        self.wait = self.wait_card.wait
        bring_card = BringCard(landscape)
        self.bring = bring_card.bring

        # What may go a page at a time. Standing up the printer's news comes first ("Neem je
        # ticket." is what the resident must do now), then the number, the wait, what to bring.
        content = QWidget()
        content.setObjectName("ticketContent")
        lay = QVBoxLayout(content)
        # Lying down the footer column at the right keeps the right margin.
        lay.setContentsMargins(MARGIN, 24 if landscape else 40, 0 if landscape else MARGIN, 0)
        lay.setSpacing(24)
        #: Lying down, the cards two by two (the screen is low); with bigger text one under
        #: the other (``set_big_text``): side by side each was taller than a page, and their
        #: texts never ended at the same height, so a page end had to cut one of them.
        self._pairs: list[QBoxLayout] = []
        if landscape:
            for pair in ((self.number_card, self.status), (self.wait_card, bring_card)):
                row = QHBoxLayout()
                self._pairs.append(row)
                row.setSpacing(24)
                for part in pair:
                    row.addWidget(part, 1)
                lay.addLayout(row)
        else:
            for part in (self.status, self.number_card, self.wait_card, bring_card):
                lay.addWidget(part)
        lay.addStretch(1)
        self.content = PageView(content)

        # The footer: at the bottom standing up, a column at the right lying down.
        if landscape:
            page: QBoxLayout = QHBoxLayout(self)
            page.setContentsMargins(0, 0, MARGIN, 24)
            page.addWidget(self.content, 1)
            footer_at: QBoxLayout = QVBoxLayout()
            footer_at.setContentsMargins(0, 24, 0, 0)
            footer_at.addWidget(self.footer, 1)
            page.addLayout(footer_at)
        else:
            page = QVBoxLayout(self)
            page.setContentsMargins(0, 0, 0, 24)
            page.addWidget(self.content, 1)
            footer_at = QHBoxLayout()
            footer_at.setContentsMargins(MARGIN, 0, MARGIN, 0)
            footer_at.addWidget(self.footer)
            page.addLayout(footer_at)
        page.setSpacing(24)

    def read_only_top(self) -> list[QWidget]:
        """The low layout: what may go up, most wanted first (reach_layout.py)."""
        return [self.number_card, self.status, self.wait_card]

    def set_big_text(self, big: bool) -> None:
        self.footer.set_big_text(big)
        for row in self._pairs:
            row.setDirection(
                QBoxLayout.Direction.TopToBottom if big else QBoxLayout.Direction.LeftToRight
            )

    # --- showing ----------------------------------------------------------------------------

    def show_ticket(
        self, issued: IssuedTicket, seconds: int, zone: ZoneInfo, again: bool = False
    ) -> None:
        """Show a fresh ticket, printing under way, and start the countdown. A ticket from an
        appointment shows the appointment's time instead of the line; ``again``: the resident
        had checked in already and gets the same ticket once more. ``zone``: the terminal's, for
        the appointment's time."""
        t = issued.ticket
        self._ticket_id = t.id
        self.number.setText(t.display_number)
        self.number.setAccessibleName(
            self.tr("Je nummer is {number}").format(number=t.display_number)
        )
        self.service.setText(wording.service_text(issued.service).name)
        self.service_icon.setPixmap(svg_pixmap(issued.service.icon, 56))
        appointment = t.origin is TicketOrigin.APPOINTMENT and t.due_at is not None
        badge = wording.appointment_badge() if appointment else wording.priority_name(t.priority)
        self.badge.setText(badge)
        self.badge.setVisible(bool(badge))
        self.number_card.service_line.arrange()  # now, not at the next event
        self.again.setText(check_in_wording.already_checked_in() if again else "")
        self.again.setVisible(again)
        if appointment and t.due_at is not None:
            self.people.setText(check_in_wording.appointment_at(t.due_at, zone))
            self.wait.setText(check_in_wording.we_call_you())
            icons = ("calendar", "people")
        else:
            self.people.setText(wording.people_ahead_sentence(issued.people_ahead))
            self.wait.setText(wording.wait_sentence(issued.people_ahead, issued.wait_minutes))
            icons = ("people", "clock")
        self.wait_card.set_icons(icons)
        self.footer.set_link(issued.status_url)
        self.bring.setText(wording.service_text(issued.service).bring)
        self._set_status(
            "kioskInfo",
            "printer",
            self.tr("We drukken je ticket af."),
            self.tr("Even geduld."),
        )
        self.start_countdown(seconds)

    def set_printed(self, ticket_id: str) -> None:
        self._news(
            ticket_id,
            ("kioskOk", "check"),
            self.tr("Neem je ticket."),
            self.tr("Kijk naar het scherm in de wachtzaal."),
        )

    def set_print_failed(self, ticket_id: str, status: PrinterStatus, seconds: int) -> None:
        """The ticket did not come out: say so kindly and keep the screen longer."""
        self._news(
            ticket_id,
            ("kioskAlert", "warning"),
            wording.printer_problem_title(status),
            self.tr("Onthoud je nummer of maak een foto van dit scherm."),
            seconds,
        )

    def set_paperless(self, ticket_id: str, seconds: int) -> None:
        """This kiosk has no printer: the screen is the ticket. Said as the normal case."""
        self._news(
            ticket_id,
            ("kioskInfo", "scan"),
            self.tr("Je ticket staat op dit scherm."),
            self.tr("Onthoud je nummer of maak een foto. Scan de code om je beurt te volgen."),
            seconds,
        )

    def _news(
        self,
        ticket_id: str,
        look: tuple[str, str],
        title: str,
        text: str,
        seconds: int | None = None,
    ) -> None:
        """The printer's news for the ticket on screen (news for another one is ignored):
        ``look`` is the card's frame and icon; ``seconds`` starts the countdown again."""
        if ticket_id != self._ticket_id:
            return
        self._set_status(*look, title, text)
        if seconds is not None:
            self.start_countdown(seconds)

    def set_staff_told(self, ticket_id: str, told: bool) -> None:
        if ticket_id != self._ticket_id:
            return
        self.status_staff.setText(
            self.tr("Een medewerker weet het al.")
            if told
            else self.tr("Zeg het aan een medewerker aan de balie.")
        )
        self.status_staff.show()

    def _set_status(self, frame: str, icon: str, title: str, text: str) -> None:
        self.status.setObjectName(frame)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        for lab in self.status.findChildren(QLabel):
            lab.style().unpolish(lab)
            lab.style().polish(lab)
        self.status_icon.setPixmap(svg_pixmap(icon, 72))
        self.status_title.setText(title)
        self.status_text.setText(text)
        self.status_staff.hide()

    # --- countdown --------------------------------------------------------------------------

    def start_countdown(self, seconds: int) -> None:
        self._remaining = self._full = max(1, seconds)
        self._set_countdown(wording.countdown_sentence(self._remaining))
        self._timer.start()

    def _set_countdown(self, text: str) -> None:
        self.countdown_text = text
        self.countdown_changed.emit(text)

    def stop(self) -> None:
        self._timer.stop()
        self._ticket_id = None
        self._set_countdown("")

    def forget(self) -> None:
        """Stop, and drop the last ticket's texts and QR code: the next resident must not find
        them, not even on this hidden screen."""
        self.stop()
        for lab in (self.number, self.service, self.badge, self.again, self.people, self.wait):
            lab.setText("")
        for lab in (self.bring, self.status_title, self.status_text, self.status_staff):
            lab.setText("")
        self.number.setAccessibleName("")
        self.footer.clear()

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self._timer.stop()
            self._set_countdown("")
            self.expired.emit()
            return
        self._set_countdown(wording.countdown_sentence(self._remaining))

    @property
    def ticket_id(self) -> str | None:
        return self._ticket_id

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def remaining_ms(self) -> int:
        """For ResetWarning: the time left, below zero when no countdown runs."""
        if not self._timer.isActive():
            return -1
        return (self._remaining - 1) * 1000 + max(0, self._timer.remainingTime())

    def more_time(self) -> None:
        """The full time again (the printer's longer time too), as often as needed."""
        if self._timer.isActive():
            self.start_countdown(self._full)

    def spoken_warning(self) -> list[str]:
        """Read-aloud, when the last seconds begin. Nothing when they begin as the ticket
        appears: then the ticket is being read, and it ends with the same words."""
        if self._full * 1000 - self.remaining_ms() < 1500:
            return []
        return [self.tr("Dit scherm sluit bijna."), self.countdown_text, press_for_more_time()]

    def spoken_parts(self) -> list[str]:
        """Read-aloud: the number sign by sign ("Je nummer is A 0 1 2."), the service, the
        wait, then what to do now (the printer's news) and what to bring."""
        from kiosk.ui.kiosk_screen.read_aloud import spelled

        parts = [
            self.tr("Je nummer is {number}.").format(number=spelled(self.number.text())),
            self.service.text(),
        ]
        for lab in (self.badge, self.again):
            if lab.isVisibleTo(self):
                parts.append(lab.text())
        parts += [self.people.text(), self.wait.text()]
        parts += [self.status_title.text(), self.status_text.text()]
        if self.status_staff.isVisibleTo(self):
            parts.append(self.status_staff.text())
        if self.bring.text():
            parts += [self.tr("Breng dit mee"), self.bring.text()]
        if self.running:  # the time limit, and how to get more time without seeing
            parts += [self.countdown_text, press_for_more_time()]
        return parts
