"""Priority question: does the resident need to go first? "No" is the big default answer.

Asked only when ``settings.kiosk.ask_priority`` is on. The resident's own word is enough: staff
can always change it at the counter.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.model import PriorityReason, Service
from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.kiosk_screen import wording
from kiosk.ui.kiosk_screen.widgets import MARGIN, BigButton, icon_label, label


class PriorityScreen(QWidget):
    """Emits ``chosen(PriorityReason | None)``; None means "no priority"."""

    chosen = Signal(object)

    def __init__(self, landscape: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPage")
        page = QVBoxLayout(self)
        page.setContentsMargins(MARGIN, 40, MARGIN, 32)
        page.setSpacing(12)

        # What the resident chose a moment ago, so they know they are on the right track.
        chosen_row = QHBoxLayout()
        chosen_row.setSpacing(16)
        self.service_icon = icon_label("question", 48)
        chosen_row.addWidget(self.service_icon)
        self.service_name = label("", "bodyStrong", wrap=False)
        chosen_row.addWidget(self.service_name, 1)
        page.addLayout(chosen_row)
        page.addSpacing(12)

        page.addWidget(label(self.tr("Heb je voorrang nodig?"), "kioskTitle"))
        page.addWidget(
            label(
                self.tr("Met voorrang ben je sneller aan de beurt. Kies wat voor jou past."),
                "kioskLead",
            )
        )
        page.addSpacing(28)

        self.no_button = BigButton(
            "check",
            self.tr("Nee, ik wacht gewoon"),
            self.tr("Dit kiezen de meeste mensen."),
            primary=True,
            icon_size=96,
            min_height=200,
        )
        self.no_button.setMaximumHeight(300)
        self.no_button.clicked.connect(lambda: self.chosen.emit(None))
        page.addWidget(self.no_button, 4)
        page.addSpacing(16)

        choices = [
            (PriorityReason.ELDERLY, "elderly", self.tr("Ja, ik ben 65 jaar of ouder")),
            (PriorityReason.DISABILITY, "accessible", self.tr("Ja, ik heb een beperking")),
            (PriorityReason.PREGNANCY, "pregnancy", self.tr("Ja, ik ben zwanger")),
        ]
        direction = (
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
        row = QBoxLayout(direction)
        row.setSpacing(24)
        self.reason_buttons: dict[PriorityReason, BigButton] = {}
        for reason, icon, text in choices:
            button = BigButton(icon, text, icon_size=80, min_height=150)
            button.setMaximumHeight(240)
            button.clicked.connect(lambda _=False, r=reason: self.chosen.emit(r))
            row.addWidget(button, 1)
            self.reason_buttons[reason] = button
        page.addLayout(row, 9 if not landscape else 3)
        page.addStretch(1)

    def set_service(self, service: Service) -> None:
        self.service_icon.setPixmap(svg_pixmap(service.icon, 48))
        self.service_name.setText(
            self.tr("Je koos: {service}").format(service=wording.service_text(service).name)
        )

    def spoken_parts(self) -> list[str]:
        """Read-aloud: what was chosen, the question, then the answers."""
        parts = [
            self.service_name.text(),
            self.tr("Heb je voorrang nodig?"),
            self.tr("Met voorrang ben je sneller aan de beurt. Kies wat voor jou past."),
            self.no_button.accessibleName(),
        ]
        parts += [b.accessibleName() for b in self.reason_buttons.values()]
        return parts
