"""A screen that explains something in plain words: why a service gives no ticket here now and
when and where it can (the info screen), or how a check-in went when there is no ticket.

It shows a ``Message`` (see hours_wording): the service chosen, a big title, sentences, maybe a
building (name and address), and maybe one big button; ``action(name)`` says which was tapped.
Under it the ways on, so that no resident is left at a dead end: "Roep iemand" always, and
"Neem een ticket" (the start, to choose) where that makes sense. The way back is in the window's
bottom bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.common.theme import Colours
from kiosk.ui.kiosk_screen import wording
from kiosk.ui.kiosk_screen.hours_wording import Message
from kiosk.ui.kiosk_screen.screen_base import KioskPage, icon_beside
from kiosk.ui.kiosk_screen.widgets import BigButton, card, icon_label, label

#: The ways on, as ``action`` names them: "Roep iemand" and "Neem een ticket".
CALL_PERSON = "call_person"
TAKE_TICKET = "take_ticket"

MESSAGE_QSS = f"""
QLabel#messageText {{ font-size: 32px; color: {Colours.TEXT}; }}
QLabel#placeName {{ font-size: 36px; font-weight: 700; }}
QLabel#placeAddress {{ font-size: 28px; }}
"""


class MessageScreen(KioskPage):
    """Emits ``action(str)`` with the message's action name when its button is tapped."""

    action = Signal(str)

    def __init__(self, landscape: bool, parent: QWidget | None = None) -> None:
        super().__init__(landscape, MESSAGE_QSS, parent)
        self._landscape = landscape
        self._message: Message | None = None
        page = self.page
        self.add_chosen_service()
        page.addSpacing(8 if landscape else 16)

        head = QHBoxLayout()
        head.setSpacing(32)
        self.icon = icon_label("clock", 96 if landscape else 112)
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        self.title = label("", "kioskTitle")
        head.addWidget(self.title, 1)
        page.addLayout(head)
        page.addSpacing(12 if landscape else 24)

        box = card()
        inner = QVBoxLayout(box)
        # Lying down the height is short: with bigger text the buttons must still fit under it.
        inner.setContentsMargins(44, 24 if landscape else 32, 44, 28 if landscape else 36)
        inner.setSpacing(18)
        # A fixed set of labels, filled per message: no widgets made or dropped while shown.
        self.lines = [label("", "messageText") for _ in range(4)]
        for lab in self.lines:
            lab.hide()
            inner.addWidget(lab)
        self.place = card("kioskInfo")
        self.place_name = label("", "placeName")
        self.place_address = label("", "placeAddress")
        place_texts = (self.place_name, self.place_address)
        place_row = icon_beside(icon_label("home", 64), place_texts, (24, 4), on=self.place)
        place_row.setContentsMargins(28, 20, 28, 20)
        inner.addWidget(self.place)
        self.after = [label("", "messageText") for _ in range(2)]
        for lab in self.after:
            lab.hide()
            inner.addWidget(lab)
        self.place.hide()
        page.addWidget(box)
        page.addSpacing(8 if landscape else 28)

        self.button = BigButton("check", "", primary=True, icon_size=80, min_height=132)
        self.button.setMaximumHeight(170)
        self.button.clicked.connect(self._tapped)
        self.call = BigButton("people", self.tr("Roep iemand"), icon_size=64, min_height=120)
        self.call.clicked.connect(lambda: self.action.emit(CALL_PERSON))
        self.take_ticket = BigButton(
            "ticket", self.tr("Neem een ticket"), icon_size=64, min_height=120
        )
        self.take_ticket.clicked.connect(lambda: self.action.emit(TAKE_TICKET))
        ways = QHBoxLayout()
        ways.setSpacing(24)
        if landscape:  # all in one row: the height is short lying down
            ways.addWidget(self.button, 1)
        else:
            page.addWidget(self.button)
            page.addSpacing(8)
        for button in (self.call, self.take_ticket):
            button.setMaximumHeight(150)
            ways.addWidget(button, 1)
        page.addLayout(ways)
        page.addStretch(1)

    def show_message(self, message: Message, ticket: bool = True) -> None:
        """``message``, with "Neem een ticket" when ``ticket`` (and "Roep iemand")."""
        self._message = message
        self.take_ticket.setVisible(ticket)
        svc = message.service
        self.service_icon.setVisible(svc is not None)
        self.service_name.setVisible(svc is not None)
        if svc is not None:
            self.service_icon.setPixmap(svg_pixmap(svc.icon, 48))
            self.service_name.setText(
                self.tr("Je koos: {service}").format(service=wording.service_text(svc).name)
            )
        self.icon.setPixmap(svg_pixmap(message.icon, 96 if self._landscape else 112))
        self.title.setText(message.title)
        self._fill(self.lines, message.lines)
        self._fill(self.after, message.after)
        self.place.setVisible(message.place is not None)
        if message.place is not None:
            name, address = message.place
            self.place_name.setText(name)
            self.place_address.setText(address)
            self.place_address.setVisible(bool(address))
        self.button.setVisible(message.action is not None)
        if message.action is not None:
            self.button.set_content(message.action_icon, message.action_text)

    @property
    def message(self) -> Message | None:
        return self._message

    @staticmethod
    def _fill(labels: list[QLabel], texts: tuple[str, ...]) -> None:
        assert len(texts) <= len(labels), texts
        for i, lab in enumerate(labels):
            text = texts[i] if i < len(texts) else ""
            lab.setText(text)
            lab.setVisible(bool(text))

    def _tapped(self) -> None:
        if self._message is not None and self._message.action is not None:
            self.action.emit(self._message.action)
