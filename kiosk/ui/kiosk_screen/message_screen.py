"""A screen that explains something in plain words: why a service gives no ticket here now and
when and where it can (the info screen), or how a check-in went when there is no ticket.

It shows a ``Message`` (see hours_wording): the service chosen, a big title, sentences, maybe a
building (name and address), and maybe one big button; ``action(name)`` says which was tapped.
The way back is in the window's bottom bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.common.theme import Colours
from kiosk.ui.kiosk_screen import wording
from kiosk.ui.kiosk_screen.hours_wording import Message
from kiosk.ui.kiosk_screen.widgets import MARGIN, BigButton, card, icon_label, label

MESSAGE_QSS = f"""
QLabel#messageText {{ font-size: 32px; color: {Colours.TEXT}; }}
QLabel#placeName {{ font-size: 36px; font-weight: 700; }}
QLabel#placeAddress {{ font-size: 28px; }}
"""


class MessageScreen(QWidget):
    """Emits ``action(str)`` with the message's action name when its button is tapped."""

    action = Signal(str)

    def __init__(self, landscape: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPage")
        self.setStyleSheet(MESSAGE_QSS)
        self._landscape = landscape
        self._message: Message | None = None
        page = QVBoxLayout(self)
        page.setContentsMargins(MARGIN, 28 if landscape else 40, MARGIN, 32)
        page.setSpacing(12)

        chosen = QHBoxLayout()
        chosen.setSpacing(16)
        self.service_icon = icon_label("question", 48)
        chosen.addWidget(self.service_icon)
        self.service_name = label("", "bodyStrong", wrap=False)
        chosen.addWidget(self.service_name, 1)
        page.addLayout(chosen)
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
        inner.setContentsMargins(44, 32, 44, 36)
        inner.setSpacing(18)
        # A fixed set of labels, filled per message: no widgets made or dropped while shown.
        self.lines = [label("", "messageText") for _ in range(4)]
        for lab in self.lines:
            lab.hide()
            inner.addWidget(lab)
        self.place = card("kioskInfo")
        place_row = QHBoxLayout(self.place)
        place_row.setContentsMargins(28, 20, 28, 20)
        place_row.setSpacing(24)
        place_row.addWidget(icon_label("home", 64), 0, Qt.AlignmentFlag.AlignVCenter)
        place_texts = QVBoxLayout()
        place_texts.setSpacing(4)
        self.place_name = label("", "placeName")
        self.place_address = label("", "placeAddress")
        place_texts.addWidget(self.place_name)
        place_texts.addWidget(self.place_address)
        place_row.addLayout(place_texts, 1)
        inner.addWidget(self.place)
        self.after = [label("", "messageText") for _ in range(2)]
        for lab in self.after:
            lab.hide()
            inner.addWidget(lab)
        self.place.hide()
        page.addWidget(box)
        page.addSpacing(16 if landscape else 28)

        self.button = BigButton("check", "", primary=True, icon_size=80, min_height=132)
        self.button.setMaximumHeight(170)
        self.button.clicked.connect(self._tapped)
        if landscape:
            row = QHBoxLayout()
            row.addWidget(self.button, 1)
            row.addStretch(1)
            page.addLayout(row)
        else:
            page.addWidget(self.button)
        page.addStretch(1)

    def show_message(self, message: Message) -> None:
        self._message = message
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
