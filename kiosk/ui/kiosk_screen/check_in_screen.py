"""The way in for a resident with an appointment: scan the letter, type the code, or find the
appointment by name and birth date.

The scanner itself works on every screen (see scanner.py); this screen only says to use it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QWidget

from kiosk.ui.kiosk_screen.screen_base import KioskPage, icon_beside
from kiosk.ui.kiosk_screen.widgets import BigButton, card, icon_label, label

CHECK_IN_QSS = """
QLabel#scanTitle { font-size: 40px; font-weight: 700; }
"""


class CheckInScreen(KioskPage):
    """Emits ``type_code`` or ``no_code`` for the two ways without the scanner."""

    type_code = Signal()
    no_code = Signal()

    def __init__(self, landscape: bool, parent: QWidget | None = None) -> None:
        super().__init__(landscape, CHECK_IN_QSS, parent)
        page = self.page
        page.addWidget(label(self.tr("Ik heb een afspraak"), "kioskTitle"))
        page.addWidget(
            label(self.tr("Zeg hier dat je er bent. Dan krijg je een ticket."), "kioskLead")
        )
        page.addSpacing(20 if landscape else 32)

        scan = card("kioskInfo")
        texts = (
            label(self.tr("Hou de code van je brief voor de scanner."), "scanTitle"),
            label(self.tr("Het is het vierkantje met zwarte blokjes op je brief."), "statusText"),
            label(self.tr("Dan krijg je meteen je ticket."), "statusText"),
        )
        scanner = icon_label("scan", 140 if landscape else 160)
        row = icon_beside(scanner, texts, (36, 12), top=True, on=scan)
        row.setContentsMargins(40, 36, 40, 36)
        page.addWidget(scan)
        page.addSpacing(20 if landscape else 36)

        page.addWidget(label(self.tr("Lukt het scannen niet?"), "bodyStrong"))
        page.addSpacing(8)
        self.code_button = BigButton(
            "keypad",
            self.tr("Typ je code"),
            self.tr("De 6 tekens naast het vierkantje op je brief."),
            icon_size=88,
            min_height=150 if landscape else 180,
        )
        self.code_button.clicked.connect(self.type_code.emit)
        self.name_button = BigButton(
            "person-search",
            self.tr("Ik heb geen code"),
            self.tr("Zoek je afspraak met je familienaam en geboortedatum."),
            icon_size=88,
            min_height=150 if landscape else 180,
        )
        self.name_button.clicked.connect(self.no_code.emit)
        direction = (
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
        choices = QBoxLayout(direction)
        choices.setSpacing(24)
        for button in (self.code_button, self.name_button):
            button.setMaximumHeight(230)
            choices.addWidget(button, 1)
        page.addLayout(choices)
        page.addStretch(1)
