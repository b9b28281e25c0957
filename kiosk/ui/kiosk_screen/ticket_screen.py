"""Ticket screen: the number, the wait, a QR code to follow the turn on a phone, what to bring,
and what the printer did.

Contract: ``show_ticket()`` starts a visible countdown of ``seconds``; at zero ``expired`` is
emitted (the window goes back to the start). A printer failure keeps the screen twice as long,
so the resident has time to note the number; number and QR code always stay on screen.
Printer news for another ticket than the one shown is ignored.

The countdown is on screen all the time, with a button "Ik heb meer tijd nodig" that starts it
again, as often as needed. The window's ResetWarning watches it (``remaining_ms``) and adds a
tone and, in read-aloud mode, the spoken warning when its last seconds begin; it shows no
overlay here (``own_warning``): the number must stay readable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.model import TicketOrigin
from kiosk.printing.printers import PrinterStatus
from kiosk.services.tickets import IssuedTicket
from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.common.theme import Colours
from kiosk.ui.kiosk_screen import check_in_wording, wording
from kiosk.ui.kiosk_screen.more_time_button import MoreTimeButton
from kiosk.ui.kiosk_screen.qr import qr_pixmap
from kiosk.ui.kiosk_screen.reset_warning import press_for_more_time
from kiosk.ui.kiosk_screen.widgets import (
    FOCUS_ON_LIGHT,
    MARGIN,
    card,
    icon_label,
    label,
)

TICKET_QSS = f"""
QLabel#ticketNumber {{ font-weight: 700; color: {Colours.NAVY}; }}
QLabel#ticketService {{ font-size: 40px; font-weight: 700; color: {Colours.TEXT}; }}
QLabel#badge {{ background: {Colours.NAVY}; color: white; border-radius: 12px;
  font-size: 26px; font-weight: 700; padding: 4px 18px; }}
QLabel#countdown {{ font-size: 28px; color: {Colours.MUTED}; }}
QFrame#rule {{ background: {Colours.BORDER}; border: none; }}
QPushButton#moreTime {{ background: {Colours.CARD}; border: 3px solid {Colours.EDGE};
  border-radius: 16px; padding: 0px; }}
QPushButton#moreTime QLabel#barText {{ color: {Colours.NAVY}; font-size: 24px; }}
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

        self.status = self._build_status()
        number_card = self._build_number_card(landscape)
        qr_card = self._build_qr_card(landscape)
        self.more = MoreTimeButton(self.tr("Ik heb meer tijd nodig"))
        self.more.clicked.connect(self.more_time)
        # Enter with nothing in focus presses it (key_control.py looks for ``ok``).
        self.ok = self.more
        more_row = QHBoxLayout()
        more_row.setSpacing(24)

        page = QVBoxLayout(self)
        page.setContentsMargins(MARGIN, 28 if landscape else 40, MARGIN, 28)
        page.setSpacing(24 if landscape else 28)
        # The printer news comes first: "Neem je ticket." is what the resident must do now.
        page.addWidget(self.status)
        if landscape:
            columns = QHBoxLayout()
            columns.setSpacing(32)
            columns.addWidget(number_card, 1)
            columns.addWidget(qr_card, 1)
            page.addLayout(columns, 1)
            # The countdown is in the bar, next to "Klaar"; the button fits in the status
            # card's free right end (below the cards the screen would have to scroll).
            self._status_row.addWidget(self.more, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            page.addWidget(number_card)
            page.addWidget(qr_card)
            page.addStretch(1)
            self.countdown = label("", "countdown")
            more_row.addWidget(self.countdown, 1)
            self.countdown_changed.connect(self.countdown.setText)
            more_row.addWidget(self.more)
            page.addLayout(more_row)

    # --- building ---------------------------------------------------------------------------

    def _build_number_card(self, landscape: bool) -> QFrame:
        box = card()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(48, 24 if landscape else 32, 48, 28 if landscape else 36)
        lay.setSpacing(0 if landscape else 4)
        if landscape:
            lay.addStretch(1)
        lay.addWidget(label(self.tr("Je nummer"), "kioskLead", align=Qt.AlignmentFlag.AlignHCenter))
        self.number = label("", "ticketNumber", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        # The size differs per orientation, so it is set here rather than in TICKET_QSS.
        self.number.setStyleSheet(f"font-size: {160 if landscape else 260}px;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        lay.addWidget(self.number)
        service_row = QHBoxLayout()
        service_row.setSpacing(18)
        service_row.addStretch(1)
        self.service_icon = icon_label("question", 56)
        service_row.addWidget(self.service_icon)
        self.service = label("", "ticketService", wrap=False)
        service_row.addWidget(self.service)
        self.badge = label("", "badge", wrap=False)
        service_row.addWidget(self.badge)
        service_row.addStretch(1)
        lay.addLayout(service_row)
        lay.addSpacing(16 if landscape else 24)
        rule = QFrame()
        rule.setObjectName("rule")
        rule.setFixedHeight(2)
        lay.addWidget(rule)
        lay.addSpacing(16 if landscape else 20)
        self.people = label("", "body")
        self.wait = label("", "body")
        self.again = label("", "bodyStrong")
        self.again.hide()
        lay.addWidget(self.again)
        self.line_icons: list[QLabel] = []
        for icon, text in (("people", self.people), ("clock", self.wait)):
            row = QHBoxLayout()
            row.setSpacing(20)
            self.line_icons.append(icon_label(icon, 48))
            row.addWidget(self.line_icons[-1], 0, Qt.AlignmentFlag.AlignVCenter)
            row.addWidget(text, 1)
            lay.addLayout(row)
        if landscape:
            lay.addStretch(1)
        return box

    def _build_qr_card(self, landscape: bool) -> QFrame:
        box = card()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(32 if landscape else 40, 32, 40, 32)
        lay.setSpacing(32 if landscape else 36)
        self.qr = QLabel()
        self.qr.setObjectName("qrCode")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setStyleSheet("background: white;")
        self.qr.setAccessibleName(self.tr("QR-code van je ticket"))
        lay.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignCenter)
        texts = QVBoxLayout()
        texts.setSpacing(10)
        texts.addStretch(1)
        texts.addWidget(label(self.tr("Volg je beurt op je gsm"), "bodyStrong"))
        texts.addWidget(label(self.tr("Scan de code. Dan zie je wanneer het je beurt is."), "body"))
        texts.addSpacing(20)
        texts.addWidget(label(self.tr("Breng dit mee"), "bodyStrong"))
        self.bring = label("", "body")
        texts.addWidget(self.bring)
        texts.addStretch(1)
        lay.addLayout(texts, 1)
        return box

    def _build_status(self) -> QFrame:
        box = card("kioskInfo")
        row = QHBoxLayout(box)
        row.setContentsMargins(32, 24, 32, 24)
        row.setSpacing(28)
        self._status_row = row
        self.status_icon = icon_label("printer", 72)
        row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(6)
        self.status_title = label("", "statusTitle")
        self.status_text = label("", "statusText")
        self.status_staff = label("", "statusText")
        for lab in (self.status_title, self.status_text, self.status_staff):
            texts.addWidget(lab)
        row.addLayout(texts, 1)
        return box

    # --- showing ----------------------------------------------------------------------------

    def show_ticket(self, issued: IssuedTicket, seconds: int, again: bool = False) -> None:
        """Show a fresh ticket, printing under way, and start the countdown. A ticket from an
        appointment shows the appointment's time instead of the line; ``again``: the resident
        had checked in already and gets the same ticket once more."""
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
        self.again.setText(check_in_wording.already_checked_in() if again else "")
        self.again.setVisible(again)
        if appointment and t.due_at is not None:
            self.people.setText(check_in_wording.appointment_at(t.due_at))
            self.wait.setText(check_in_wording.we_call_you())
            icons = ("calendar", "people")
        else:
            self.people.setText(wording.people_ahead_sentence(issued.people_ahead))
            self.wait.setText(wording.wait_sentence(issued.people_ahead, issued.wait_minutes))
            icons = ("people", "clock")
        for lab, icon in zip(self.line_icons, icons, strict=True):
            lab.setPixmap(svg_pixmap(icon, 48))
        self.qr.setPixmap(qr_pixmap(issued.status_url, 320 if self._landscape else 400))
        self.bring.setText(wording.service_text(issued.service).bring)
        self._set_status(
            "kioskInfo",
            "printer",
            self.tr("We drukken je ticket af."),
            self.tr("Even geduld."),
        )
        self.start_countdown(seconds)

    def set_printed(self, ticket_id: str) -> None:
        if ticket_id != self._ticket_id:
            return
        self._set_status(
            "kioskOk",
            "check",
            self.tr("Neem je ticket."),
            self.tr("Kijk naar het scherm in de wachtzaal."),
        )

    def set_print_failed(self, ticket_id: str, status: PrinterStatus, seconds: int) -> None:
        """The ticket did not come out: say so kindly and keep the screen longer."""
        if ticket_id != self._ticket_id:
            return
        self._set_status(
            "kioskAlert",
            "warning",
            wording.printer_problem_title(status),
            self.tr("Onthoud je nummer of maak een foto van dit scherm."),
        )
        self.start_countdown(seconds)

    def set_paperless(self, ticket_id: str, seconds: int) -> None:
        """This kiosk has no printer: the screen is the ticket. Said as the normal case."""
        if ticket_id != self._ticket_id:
            return
        self._set_status(
            "kioskInfo",
            "scan",
            self.tr("Je ticket staat op dit scherm."),
            self.tr("Onthoud je nummer of maak een foto. Scan de code om je beurt te volgen."),
        )
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
        self.qr.clear()

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
