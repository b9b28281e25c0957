"""Checking in without a code, step 1: the family name, on a big letter keyboard.

Letters A-Z in alphabetical order (easier to find for someone who does not type), a space, a
hyphen and an apostrophe: enough for "Van den Broeck", "Smet-Peeters", "D'Hondt". Accents are
not needed (the look-up ignores them). ``entered(name)`` goes to the birth date step.
"""

from __future__ import annotations

import string

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk.ui.kiosk_screen.keypad import KeyGrid
from kiosk.ui.kiosk_screen.screen_base import KeypadScreen
from kiosk.ui.kiosk_screen.widgets import MARGIN, card, label

MAX_LENGTH = 40
NAME_QSS = """
QLabel#typedName { font-size: 52px; font-weight: 700; color: #1F3A5F; }
"""


class NameScreen(KeypadScreen):
    entered = Signal(str)

    def __init__(self, landscape: bool, parent: QWidget | None = None) -> None:
        super().__init__(landscape, NAME_QSS, parent)
        page = self.page  # a little closer together than the other screens: many keys
        page.setContentsMargins(MARGIN, 24 if landscape else 40, MARGIN, 28)
        page.setSpacing(10 if landscape else 12)
        page.addWidget(label(self.tr("Wat is je familienaam?"), "kioskTitle"))
        page.addWidget(
            label(self.tr("Typ alleen je familienaam, zonder je voornaam."), "kioskLead")
        )
        page.addSpacing(8 if landscape else 20)

        shown = card()
        shown_row = QHBoxLayout(shown)
        shown_row.setContentsMargins(36, 12 if landscape else 20, 36, 12 if landscape else 20)
        self.typed = label("", "typedName", wrap=False)
        self.typed.setMinimumHeight(72)
        # A long name must not widen the screen: its end (where the typing happens) stays in
        # view, the start gives way to "…".
        self.typed.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        shown_row.addWidget(self.typed, 1)
        page.addWidget(shown)
        page.addSpacing(8 if landscape else 20)

        space = self.tr("Spatie")
        keys = [(ch, ch, ch, 1) for ch in string.ascii_uppercase]
        keys += [("'", "'", self.tr("Apostrof"), 1), ("-", "-", self.tr("Streepje"), 1)]
        # Lying down eleven keys a row: the last row then leaves the space key five columns,
        # room for its word in every language with bigger text ("Leerzeichen" needs 378 px;
        # with ten keys a row it had two columns, 354 px). Standing up it has a row of its own.
        columns = 11 if landscape else 7
        keys.append((" ", space, space, columns - len(keys) % columns))
        self.keyboard = KeyGrid(keys, columns, 100 if landscape else 150)
        self.keyboard.pressed.connect(self._key)
        page.addWidget(self.keyboard)
        page.addSpacing(8 if landscape else 20)

        self.next, actions = self.make_actions(self.tr("Verder"))
        page.addLayout(actions)
        page.addStretch(1)
        self.clear()

    @property
    def name(self) -> str:
        return self._typed

    def _show(self, name: str) -> None:
        self._show_typed()
        self.typed.setAccessibleName(self.tr("Je familienaam: {name}").format(name=name))
        self.next.setEnabled(any(ch.isalpha() for ch in name))

    def _show_typed(self) -> None:
        # A bar shows where the next letter comes; a typed space stays visible before it.
        text = self._typed + "|"
        room = self.typed.contentsRect().width()
        if room > 0:
            text = QFontMetrics(self.typed.font()).elidedText(
                text, Qt.TextElideMode.ElideLeft, room
            )
        self.typed.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_typed()

    def _key(self, ch: str) -> None:
        if len(self._typed) >= MAX_LENGTH:
            return
        if ch != " " or (self._typed and not self._typed.endswith(" ")):
            self._set(self._typed + ch)

    def _go(self) -> None:
        name = self._typed.strip()
        if any(ch.isalpha() for ch in name):
            self.entered.emit(name)

    @property
    def private_input(self) -> str:
        """Read-aloud says this for a typed letter without a headset (the name is private)."""
        return self.tr("Getypt")

    def spoken_parts(self) -> list[str]:
        """Read-aloud: the question, what to type, and the typed name: private, so only
        through a headset (otherwise "Je naam")."""
        from kiosk.ui.kiosk_screen.read_aloud import Private

        parts = [
            self.tr("Wat is je familienaam?"),
            self.tr("Typ alleen je familienaam, zonder je voornaam."),
        ]
        if self._typed:
            parts.append(Private(self._typed, self.tr("Je naam is getypt.")))
        parts.append(self.tr("Typ de letters. Druk dan op Enter."))
        return parts
