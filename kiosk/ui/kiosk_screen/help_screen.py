"""Help: "Roep iemand" calls a clerk or the volunteer to the kiosk (see help_call.py: the request
reaches every counter's banner), and this screen says how that call goes.

The call's state is a card across the whole width, at the top: an icon, a big title and a line
that says what to do. While we wait for someone it also has "Ik heb geen hulp meer nodig". Under
the card: how to take a ticket, in a few steps, to read while waiting.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.common.theme import Colours
from kiosk.ui.kiosk_screen.screen_base import KioskPage, icon_beside
from kiosk.ui.kiosk_screen.widgets import BigButton, card, icon_label, label

HELP_QSS = f"""
QLabel#stepNumber {{ background: {Colours.NAVY}; color: white; border-radius: 36px;
  font-size: 34px; font-weight: 700; }}
QLabel#step {{ font-size: 32px; color: {Colours.TEXT}; }}
QLabel#callTitle {{ font-size: 52px; font-weight: 700; }}
QLabel#callText {{ font-size: 34px; }}
"""

CALL_ICON = 128


class CallState(Enum):
    """How the resident's call for a person goes (help_call.py decides)."""

    #: Asked (or being asked): nobody answered yet. The kiosk waits.
    WAITING = "waiting"
    #: A clerk tapped "Ik kom".
    ANSWERED = "answered"
    #: Nobody answered in time (core.help_rules): the counters no longer show it.
    LAPSED = "lapsed"
    #: The call could not be made (the database or the server is out of reach).
    FAILED = "failed"


#: The card's style sheet name and icon per state.
_LOOK = {
    CallState.WAITING: ("kioskInfo", "people"),
    CallState.ANSWERED: ("kioskOk", "check"),
    CallState.LAPSED: ("kioskAlert", "warning"),
    CallState.FAILED: ("kioskAlert", "warning"),
}


class HelpScreen(KioskPage):
    #: "Ik heb geen hulp meer nodig": the resident does not want the call any more.
    cancel = Signal()

    def __init__(self, landscape: bool, parent: QWidget | None = None) -> None:
        super().__init__(landscape, HELP_QSS, parent)
        self.state = CallState.WAITING
        page = self.page

        self.card = card("kioskInfo")
        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(40, 40, 40, 40)
        inner.setSpacing(32)
        self.icon = icon_label("people", CALL_ICON)
        self.title = label("", "callTitle")
        self.text = label("", "callText")
        head = icon_beside(self.icon, (self.title, self.text), (32, 12))
        inner.addLayout(head)
        self.cancel_button = BigButton(
            "check", self.tr("Ik heb geen hulp meer nodig"), icon_size=64, min_height=116
        )
        self.cancel_button.setMaximumHeight(150)
        self.cancel_button.clicked.connect(self.cancel)
        if landscape:  # next to the words: the page has little height lying down
            self.cancel_button.setMinimumWidth(600)  # its words on one line
            self.cancel_button.setMaximumWidth(700)
            head.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            inner.addWidget(self.cancel_button)
        page.addWidget(self.card)
        page.addSpacing(20 if landscape else 36)

        page.addWidget(label(self.tr("Zo neem je een ticket"), "bodyStrong"))
        steps = [
            self.tr("Tik op waarvoor je komt."),
            self.tr("Zeg of je voorrang nodig hebt."),
            self.tr("Neem je ticket uit de printer."),
            self.tr("Ga zitten in de wachtzaal. Kijk naar het scherm."),
            self.tr("Zie je je nummer op het scherm? Ga dan naar het loket dat erbij staat."),
        ]
        steps_card = card()
        grid = QGridLayout(steps_card)
        grid.setContentsMargins(40, 32, 40, 32)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(22 if landscape else 32)
        # Lying down in two columns (1-3, 4-5): the card with the call needs the height.
        per_column = 3 if landscape else len(steps)
        for i, text in enumerate(steps):
            row, column = i % per_column, 2 * (i // per_column)
            number = QLabel(str(i + 1))
            number.setObjectName("stepNumber")
            number.setFixedSize(72, 72)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, row, column, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label(text, "step"), row, column + 1)
            grid.setColumnStretch(column + 1, 1)
        page.addWidget(steps_card)
        page.addStretch(1)
        self.show_call(CallState.WAITING)

    def show_call(self, state: CallState) -> None:
        """The card for ``state``; "Ik heb geen hulp meer nodig" only while we wait."""
        self.state = state
        look, icon = _LOOK[state]
        if self.card.objectName() != look:
            self.card.setObjectName(look)
            for widget in (self.card, *self.card.findChildren(QLabel)):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.icon.setPixmap(svg_pixmap(icon, CALL_ICON))
        title, text = self._words(state)
        self.title.setText(title)
        self.text.setText(text)
        self.card.setAccessibleName(f"{title} {text}")
        self.cancel_button.setVisible(state is CallState.WAITING)

    def _words(self, state: CallState) -> tuple[str, str]:
        if state is CallState.ANSWERED:
            return self.tr("Er komt iemand naar je toe."), self.tr("Blijf even hier staan.")
        if state is CallState.LAPSED:
            return self.tr("Er kon niemand komen."), self.tr("Vraag het aan de balie.")
        if state is CallState.FAILED:
            return (
                self.tr("Dat lukte niet."),
                self.tr("Vraag het aan de balie of aan een medewerker."),
            )
        return self.tr("We roepen iemand."), self.tr("Blijf even hier staan.")

    def spoken_parts(self) -> list[str]:
        """Read-aloud: the call's state first, then what to do."""
        parts = [self.title.text(), self.text.text()]
        if self.cancel_button.isVisibleTo(self):
            parts.append(self.cancel_button.accessibleName())
        return parts
