"""Typing the appointment code: only the characters a code can hold, laid out large.

The code shows in two groups of three boxes, as on the letter ("K7Q D4X"). OK works once all
six are typed; ``submitted(code)`` hands the code to the window, which checks in with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from kiosk.core.appointments import REFERENCE_ALPHABET, REFERENCE_LENGTH
from kiosk.ui.kiosk_screen.keypad import KeyGrid, SlotRow
from kiosk.ui.kiosk_screen.screen_base import STRETCH, KeypadScreen, stack
from kiosk.ui.kiosk_screen.widgets import label


class CodeScreen(KeypadScreen):
    submitted = Signal(str)

    def __init__(self, landscape: bool, parent: QWidget | None = None) -> None:
        super().__init__(landscape, parent=parent)

        title = label(self.tr("Typ je code"), "kioskTitle")
        lead = label(
            self.tr("Je code staat op je brief, naast het vierkantje. Het zijn 6 tekens."),
            "kioskLead",
        )
        hint = label(
            self.tr("Niet alle letters staan hier. De andere heb je niet nodig."), "kioskLead"
        )
        self.slots = SlotRow([3, 3])
        keys = [(ch, ch, ch, 1) for ch in REFERENCE_ALPHABET]
        self.keypad = KeyGrid(keys, 5, 118 if landscape else 172)
        self.keypad.pressed.connect(self._key)
        self.ok, actions = self.make_actions(self.tr("OK"))
        if landscape:
            left = (title, lead, 24, self.slots, 24, actions, STRETCH, hint)
            self.keys_beside(left, self.keypad, (1, 1))
        else:
            parts = (title, lead, 28, self.slots, 28, self.keypad, 12, hint, 12, actions, STRETCH)
            stack(self.page, parts)
        hint.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.clear()

    @property
    def code(self) -> str:
        return self._typed

    def _show(self, code: str) -> None:
        self.slots.set_text(code)
        self.ok.setEnabled(len(code) == REFERENCE_LENGTH)
        # The code is read out in groups: "K 7 Q, D 4 X".
        self.slots.setAccessibleName(self.tr("Je code: {code}").format(code=" ".join(code)))

    def _key(self, ch: str) -> None:
        if len(self._typed) < REFERENCE_LENGTH:
            self._set(self._typed + ch)

    def _go(self) -> None:
        if len(self._typed) == REFERENCE_LENGTH:
            self.submitted.emit(self._typed)

    def spoken_parts(self) -> list[str]:
        """Read-aloud: the task, what is typed so far (a code is no private data), the keys."""
        parts = [
            self.tr("Typ je code"),
            self.tr("Je code staat op je brief, naast het vierkantje. Het zijn 6 tekens."),
        ]
        if self._typed:
            parts.append(self.slots.accessibleName())
        parts.append(self.tr("Typ de letters en cijfers. Druk dan op Enter."))
        return parts
