"""The moment between choosing and getting a ticket: "Even geduld", or a plain failure message
with a retry when the ticket could not be made (database down, ...). Never a traceback."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.kiosk_screen.widgets import MARGIN, TOUCH_FOCUS, card, icon_label, label


class IssueScreen(QWidget):
    """Shows ``set_busy()`` or ``set_failed()``; emits ``retry`` when the resident tries again."""

    retry = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPage")
        page = QVBoxLayout(self)
        page.setContentsMargins(MARGIN, 40, MARGIN, 32)
        page.addStretch(2)

        box = card()
        box.setMaximumWidth(1100)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(56, 56, 56, 56)
        inner.setSpacing(24)
        self.icon = icon_label("clock", 128)
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
        inner.addSpacing(12)
        inner.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box, 100)
        centred.addStretch(1)
        page.addLayout(centred)
        page.addStretch(3)
        self.set_busy()

    def set_busy(self, checking_in: bool = False) -> None:
        """``checking_in``: the kiosk looks up an appointment rather than making a ticket."""
        self.icon.setPixmap(svg_pixmap("clock", 128))
        self.title.setText(self.tr("Even geduld"))
        self.text.setText(
            self.tr("We zoeken je afspraak.") if checking_in else self.tr("We maken je ticket.")
        )
        self.retry_button.hide()

    def set_failed(self) -> None:
        self.icon.setPixmap(svg_pixmap("warning", 128))
        self.title.setText(self.tr("Er ging iets mis."))
        self.text.setText(self.tr("Probeer opnieuw of vraag hulp aan de balie."))
        self.retry_button.show()

    @property
    def failed(self) -> bool:
        return self.retry_button.isVisibleTo(self)
