"""More than one appointment today for the same family name and birth date (a family, twins):
the resident picks theirs by service and time. No names on screen: the kiosk is public.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.services.check_in import Booked
from kiosk.ui.common.theme import Colours
from kiosk.ui.kiosk_screen import wording
from kiosk.ui.kiosk_screen.hours_wording import clock_text
from kiosk.ui.kiosk_screen.screen_base import KioskPage
from kiosk.ui.kiosk_screen.widgets import BigButton, label

# The time is what tells two appointments apart: as large as the service's name.
CHOOSE_QSS = f"""
QLabel#choiceText {{ font-size: 30px; font-weight: 700; color: {Colours.NAVY}; }}
"""

MAX_SHOWN = 6


class ChooseScreen(KioskPage):
    """Emits ``chosen(appointment_id)``."""

    chosen = Signal(str)

    def __init__(self, landscape: bool, parent: QWidget | None = None) -> None:
        super().__init__(landscape, CHOOSE_QSS, parent)
        self._landscape = landscape
        page = self.page
        page.addWidget(label(self.tr("Welke afspraak is van jou?"), "kioskTitle"))
        page.addWidget(
            label(
                self.tr("We vonden meer dan één afspraak voor vandaag. Kies de jouwe."), "kioskLead"
            )
        )
        page.addSpacing(20 if landscape else 32)
        # One column standing up; two lying down, where the screen is low.
        self._list = QGridLayout()
        self._list.setSpacing(20)
        page.addLayout(self._list)
        page.addStretch(1)
        self.buttons: list[BigButton] = []

    def show_choices(self, found: list[Booked], zone: ZoneInfo) -> None:
        for button in self.buttons:
            button.hide()
            # Deleted now, not with deleteLater: a button waiting for its deferred deletion
            # while Python's collector ran could crash the kiosk when Qt finally deleted it
            # (Shiboken releaseWrapper from ~QBoxLayout, found in the screenshot walks).
            # Safe here: never called from one of these buttons' own clicks.
            shiboken6.delete(button)
        self.buttons = []
        columns = 2 if self._landscape else 1
        ordered = sorted(found, key=lambda b: (b.starts_at, b.service.sort_order))
        for i, b in enumerate(ordered[:MAX_SHOWN]):
            time = clock_text(b.starts_at, zone)
            name = wording.service_text(b.service).name
            button = BigButton(
                b.service.icon,
                name,
                self.tr("Om {time}").format(time=time),
                icon_size=72 if self._landscape else 88,
                min_height=112 if self._landscape else 150,
            )
            button.setMaximumHeight(180)
            button.setAccessibleName(self.tr("{service} om {time}").format(service=name, time=time))
            button.clicked.connect(lambda _=False, a=b.appointment_id: self.chosen.emit(a))
            self._list.addWidget(button, i // columns, i % columns)
            button.show()
            self.buttons.append(button)
