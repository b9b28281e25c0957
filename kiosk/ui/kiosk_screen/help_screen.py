"""Help: how to take a ticket, in a few steps, and who to ask; "Roep iemand" calls a clerk or
the volunteer to the kiosk (see help_call.py: the request reaches every counter's banner)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.common.theme import Colours
from kiosk.ui.kiosk_screen.widgets import MARGIN, BigButton, card, icon_label, label

HELP_QSS = f"""
QLabel#stepNumber {{ background: {Colours.NAVY}; color: white; border-radius: 36px;
  font-size: 34px; font-weight: 700; }}
QLabel#step {{ font-size: 32px; color: {Colours.TEXT}; }}
"""


class HelpScreen(QWidget):
    #: The resident tapped "Roep iemand".
    call_person = Signal()

    def __init__(self, landscape: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPage")
        self.setStyleSheet(HELP_QSS)
        page = QVBoxLayout(self)
        page.setContentsMargins(MARGIN, 28 if landscape else 40, MARGIN, 32)
        page.setSpacing(12)
        page.addWidget(label(self.tr("Zo neem je een ticket"), "kioskTitle"))
        page.addWidget(label(self.tr("Het gaat in een paar stappen."), "kioskLead"))
        page.addSpacing(20 if landscape else 28)

        steps = [
            self.tr("Tik op waarvoor je komt."),
            self.tr("Zeg of je voorrang nodig hebt."),
            self.tr("Neem je ticket uit de printer."),
            self.tr("Ga zitten in de wachtzaal. Kijk naar het scherm."),
            self.tr("Zie je je nummer? Ga dan naar het loket op het scherm."),
        ]
        steps_card = card()
        grid = QGridLayout(steps_card)
        grid.setContentsMargins(40, 36, 40, 36)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(22 if landscape else 40)
        for i, text in enumerate(steps):
            number = QLabel(str(i + 1))
            number.setObjectName("stepNumber")
            number.setFixedSize(72, 72)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, i, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label(text, "step"), i, 1)
        grid.setColumnStretch(1, 1)

        ask = card("kioskInfo")
        ask_lay = QVBoxLayout(ask)
        ask_lay.setContentsMargins(40, 36, 40, 36)
        ask_lay.setSpacing(16)
        head = QHBoxLayout()
        head.setSpacing(24)
        head.addWidget(icon_label("people", 80))
        head.addWidget(label(self.tr("Lukt het niet?"), "statusTitle"), 1)
        ask_lay.addLayout(head)
        ask_lay.addWidget(label(self.tr("Vraag het aan een medewerker."), "step"))
        ask_lay.addWidget(label(self.tr("Of aan de vrijwilliger aan de balie."), "step"))
        ask_lay.addWidget(label(self.tr("Zij helpen je graag."), "step"))
        self.call = BigButton("people", self.tr("Roep iemand"), primary=True, min_height=130)
        self.call.clicked.connect(self.call_person)
        ask_lay.addWidget(self.call)
        self.call_status = label("", "statusTitle")
        self.call_status.hide()
        ask_lay.addWidget(self.call_status)
        ask_lay.addStretch(1)

        direction = (
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
        body = QBoxLayout(direction)
        body.setSpacing(32)
        body.addWidget(steps_card, 3)
        body.addWidget(ask, 2)
        page.addLayout(body)
        page.addStretch(1)

    def set_call_state(self, text: str) -> None:
        """Empty: the button to call someone; else what happens now, instead of the button."""
        self.call.setVisible(not text)
        self.call_status.setText(text)
        self.call_status.setVisible(bool(text))
        self.call_status.setAccessibleName(text)
