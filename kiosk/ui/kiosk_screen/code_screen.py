"""Typing the appointment code: only the characters a code can hold, laid out large.

The code shows in two groups of three boxes, as on the letter ("K7Q D4X"). OK works once all
six are typed; ``submitted(code)`` hands the code to the window, which checks in with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.appointments import REFERENCE_ALPHABET, REFERENCE_LENGTH
from kiosk.ui.kiosk_screen.keypad import KEYPAD_QSS, KeyGrid, SlotRow, action_button
from kiosk.ui.kiosk_screen.widgets import MARGIN, label


class CodeScreen(QWidget):
    submitted = Signal(str)

    def __init__(self, landscape: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPage")
        self.setStyleSheet(KEYPAD_QSS)
        self._code = ""

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
        self.delete = action_button(self.tr("Wissen"), icon="backspace")
        self.delete.clicked.connect(self._delete)
        self.ok = action_button(self.tr("OK"), ok=True)
        self.ok.clicked.connect(self._ok)
        actions = QHBoxLayout()
        actions.setSpacing(24)
        actions.addWidget(self.delete, 1)
        actions.addWidget(self.ok, 1)

        page = QVBoxLayout(self)
        page.setContentsMargins(MARGIN, 28 if landscape else 40, MARGIN, 32)
        page.setSpacing(12)
        if landscape:
            columns = QHBoxLayout()
            columns.setSpacing(48)
            left = QVBoxLayout()
            left.setSpacing(12)
            for w in (title, lead):
                left.addWidget(w)
            left.addSpacing(24)
            left.addWidget(self.slots)
            left.addSpacing(24)
            left.addLayout(actions)
            left.addStretch(1)
            left.addWidget(hint)
            columns.addLayout(left, 1)
            columns.addWidget(self.keypad, 1)
            page.addLayout(columns, 1)
        else:
            for w in (title, lead):
                page.addWidget(w)
            page.addSpacing(28)
            page.addWidget(self.slots)
            page.addSpacing(28)
            page.addWidget(self.keypad)
            page.addSpacing(12)
            page.addWidget(hint)
            page.addSpacing(12)
            page.addLayout(actions)
            page.addStretch(1)
        hint.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.clear()

    @property
    def code(self) -> str:
        return self._code

    def clear(self) -> None:
        self._set("")

    def _set(self, code: str) -> None:
        self._code = code
        self.slots.set_text(code)
        self.ok.setEnabled(len(code) == REFERENCE_LENGTH)
        self.delete.setEnabled(bool(code))
        # The code is read out in groups: "K 7 Q, D 4 X".
        self.slots.setAccessibleName(self.tr("Je code: {code}").format(code=" ".join(code)))

    def _key(self, ch: str) -> None:
        if len(self._code) < REFERENCE_LENGTH:
            self._set(self._code + ch)

    def _delete(self) -> None:
        self._set(self._code[:-1])

    def _ok(self) -> None:
        if len(self._code) == REFERENCE_LENGTH:
            self.submitted.emit(self._code)

    def spoken_parts(self) -> list[str]:
        """Read-aloud: the task, what is typed so far (a code is no private data), the keys."""
        parts = [
            self.tr("Typ je code"),
            self.tr("Je code staat op je brief, naast het vierkantje. Het zijn 6 tekens."),
        ]
        if self._code:
            parts.append(self.slots.accessibleName())
        parts.append(self.tr("Typ de letters en cijfers. Druk dan op Enter."))
        return parts
