"""The moment between choosing and getting a ticket: "Even geduld", or a plain failure message
with a retry when the ticket could not be made (database down, ...), and "Roep iemand" for a
resident who does not want to try again alone. Never a traceback."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.kiosk_screen.screen_base import KioskPage
from kiosk.ui.kiosk_screen.widgets import (
    TOUCH_FOCUS,
    TOUCH_H,
    BigButton,
    card,
    icon_label,
    label,
)


class IssueScreen(KioskPage):
    """Shows ``set_busy()`` or ``set_failed()``; emits ``retry`` when the resident tries again,
    ``call_person`` for "Roep iemand"."""

    retry = Signal()
    call_person = Signal()

    def __init__(self, landscape: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(landscape, parent=parent)
        self.page.setSpacing(-1)  # the style's spacing: the card sits between two stretches
        self._icon_size = 96 if landscape else 128
        page = self.page
        page.addStretch(2)

        box = card()
        box.setMaximumWidth(1300 if landscape else 1100)
        inner = QVBoxLayout(box)
        pad = 40 if landscape else 56
        inner.setContentsMargins(pad, pad, pad, pad)
        inner.setSpacing(24)
        self.icon = icon_label("clock", self._icon_size)
        inner.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        self.title = label("", "kioskTitle", align=Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(self.title)
        self.text = label("", "kioskLead", align=Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(self.text)
        self.retry_button = QPushButton(self.tr("Probeer opnieuw"))
        self.retry_button.setObjectName("retry")
        self.retry_button.setFocusPolicy(TOUCH_FOCUS)
        self.retry_button.setAccessibleName(self.tr("Probeer opnieuw"))
        self.retry_button.setMinimumWidth(420)
        self.retry_button.clicked.connect(self.retry.emit)
        self.call = BigButton("people", self.tr("Roep iemand"), icon_size=56, min_height=TOUCH_H)
        self.call.setMinimumWidth(420)
        self.call.clicked.connect(self.call_person.emit)
        inner.addSpacing(12)
        # Standing up one above the other: side by side they do not fit with bigger text.
        # Lying down side by side: the height is short there.
        buttons = QBoxLayout(
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
        buttons.setSpacing(24)
        if landscape:  # together in the middle
            buttons.addStretch(1)
        for button in (self.retry_button, self.call):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        if landscape:
            buttons.addStretch(1)
        inner.addLayout(buttons)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box, 100)
        centred.addStretch(1)
        page.addLayout(centred)
        page.addStretch(3)
        self.set_busy()

    def set_busy(self, checking_in: bool = False) -> None:
        """``checking_in``: the kiosk looks up an appointment rather than making a ticket."""
        self.icon.setPixmap(svg_pixmap("clock", self._icon_size))
        self.title.setText(self.tr("Even geduld"))
        self.text.setText(
            self.tr("We zoeken je afspraak.") if checking_in else self.tr("We maken je ticket.")
        )
        self.retry_button.hide()
        self.call.hide()

    def set_failed(self) -> None:
        self.icon.setPixmap(svg_pixmap("warning", self._icon_size))
        self.title.setText(self.tr("Er ging iets mis."))
        self.text.setText(self.tr("Probeer opnieuw of vraag hulp aan de balie."))
        self.retry_button.show()
        self.call.show()

    @property
    def failed(self) -> bool:
        return self.retry_button.isVisibleTo(self)
