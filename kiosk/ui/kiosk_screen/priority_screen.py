"""Priority question: does the resident need to go first? Every answer looks the same.

Asked only when ``settings.kiosk.ask_priority`` is on. The resident's own word is enough: staff
can always change it at the counter.

No answer is pushed: "Nee" is not bigger, not green, has no check mark (a tick reads as "already
chosen") and no "most people choose this". The four answers are alike buttons of one size, one
under the other standing up and two by two lying down, "Nee" first (it is the shortest way on,
for keys and read-aloud too).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.core.model import PriorityReason, Service
from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.kiosk_screen import wording
from kiosk.ui.kiosk_screen.screen_base import KioskPage
from kiosk.ui.kiosk_screen.widgets import MARGIN, BigButton, label

#: Every answer: the same icon and height. As high as ``HEIGHT`` when there is room (lower lying
#: down: two rows under the question), down to ``MIN_H`` where there is less (the low layout):
#: all four answers always show together, so no answer hides on a next page.
ICON = 80
HEIGHT = {False: 200, True: 170}
MIN_H = 112


class PriorityScreen(KioskPage):
    """Emits ``chosen(PriorityReason | None)``; None means "no priority"."""

    chosen = Signal(object)

    def __init__(self, landscape: bool, parent: QWidget | None = None) -> None:
        super().__init__(landscape, parent=parent)
        page = self.page
        page.setContentsMargins(MARGIN, 40, MARGIN, 32)  # as high lying down: four answers
        self.add_chosen_service()
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
            "clock", self.tr("Nee, ik wacht gewoon"), icon_size=ICON, min_height=MIN_H
        )
        self.no_button.clicked.connect(lambda: self.chosen.emit(None))
        choices = [
            (PriorityReason.ELDERLY, "elderly", self.tr("Ja, ik ben 65 jaar of ouder")),
            (PriorityReason.DISABILITY, "accessible", self.tr("Ja, ik heb een beperking")),
            (PriorityReason.PREGNANCY, "pregnancy", self.tr("Ja, ik ben zwanger")),
        ]
        self.reason_buttons: dict[PriorityReason, BigButton] = {}
        for reason, icon, text in choices:
            button = BigButton(icon, text, icon_size=ICON, min_height=MIN_H)
            button.clicked.connect(lambda _=False, r=reason: self.chosen.emit(r))
            self.reason_buttons[reason] = button

        answers = QGridLayout()
        answers.setSpacing(24)
        columns = 2 if landscape else 1
        for i, button in enumerate(self.answers):
            button.setMaximumHeight(HEIGHT[landscape])
            answers.addWidget(button, i // columns, i % columns)
        for column in range(columns):
            answers.setColumnStretch(column, 1)
        page.addLayout(answers, 10)  # the answers take the room first, up to their height
        page.addStretch(1)

    @property
    def answers(self) -> list[BigButton]:
        """The four answers, "Nee" first."""
        return [self.no_button, *self.reason_buttons.values()]

    def set_service(self, service: Service) -> None:
        self.service_icon.setPixmap(svg_pixmap(service.icon, 48))
        self.service_name.setText(
            self.tr("Je koos: {service}").format(service=wording.service_text(service).name)
        )

    def spoken_parts(self) -> list[str]:
        """Read-aloud: what was chosen, the question, then the answers."""
        return [
            self.service_name.text(),
            self.tr("Heb je voorrang nodig?"),
            self.tr("Met voorrang ben je sneller aan de beurt. Kies wat voor jou past."),
            *(b.accessibleName() for b in self.answers),
        ]
