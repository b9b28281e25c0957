"""On-screen keys for the check-in screens: no system keyboard, no tiny fields.

``KeyGrid`` lays out big keys and emits ``pressed(key)``; ``SlotRow`` shows what was typed as
large boxes in groups (a code "K7Q D4X", a date "02 04 1950"), the next box to fill outlined.
``action_button`` makes the wide buttons beside the keys (delete, OK).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.common.icons import svg_icon
from kiosk.ui.common.theme import Colours as C
from kiosk.ui.kiosk_screen.widgets import FOCUS_ON_LIGHT, TOUCH_FOCUS, TOUCH_H, label

KEYPAD_QSS = f"""
QPushButton#key {{ background: {C.CARD}; border: 3px solid {C.EDGE}; border-radius: 16px;
  font-size: 46px; font-weight: 700; color: {C.NAVY}; padding: 0px; }}
QPushButton#key:pressed {{ background: #E3EAF3; border-color: {C.NAVY}; }}
QPushButton#keyWord {{ background: {C.CARD}; border: 3px solid {C.NAVY}; border-radius: 16px;
  font-size: 30px; font-weight: 700; color: {C.NAVY}; padding: 0px 28px; }}
QPushButton#keyWord:pressed {{ background: #E3EAF3; }}
QPushButton#keyWord:disabled {{ border-color: {C.BORDER}; color: #6B7480; }}
QPushButton#keyOk {{ background: {C.ACCENT}; border: 3px solid {C.ACCENT_DARK};
  border-radius: 16px; font-size: 32px; font-weight: 700; color: white; padding: 0px 36px; }}
QPushButton#keyOk:pressed {{ background: {C.ACCENT_DARK}; }}
QPushButton#keyOk:disabled {{ background: #ECEFF3; border-color: #9AA3AE; color: #4A5563; }}
QPushButton#keyOk:focus {{ border: 6px solid {C.FOCUS}; }}
QPushButton#key:focus, QPushButton#keyWord:focus {{ border: 8px solid {FOCUS_ON_LIGHT}; }}
QLabel#slot {{ background: {C.CARD}; border: 3px solid {C.BORDER}; border-radius: 14px;
  font-size: 60px; font-weight: 700; color: {C.NAVY}; }}
QLabel#slotNext {{ background: {C.CARD}; border: 5px solid {C.NAVY}; border-radius: 14px;
  font-size: 60px; font-weight: 700; color: {C.NAVY}; }}
QLabel#slotCaption {{ font-size: 24px; color: {C.MUTED}; }}
QLabel#slotGap {{ font-size: 60px; font-weight: 700; color: {C.MUTED}; }}
"""


def action_button(text: str, *, ok: bool = False, icon: str | None = None) -> QPushButton:
    """A wide button next to the keys: OK (green, ``ok``) or a word like "Wissen"."""
    # A little room between the icon and the word (QPushButton puts them edge to edge).
    button = QPushButton(f"  {text}" if icon is not None else text)
    button.setObjectName("keyOk" if ok else "keyWord")
    button.setAccessibleName(text)
    button.setFocusPolicy(TOUCH_FOCUS)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setMinimumHeight(TOUCH_H + 16)
    if icon is not None:
        button.setIcon(svg_icon(icon, 48, white=ok))
        button.setIconSize(QSize(48, 48))
    return button


class KeyGrid(QWidget):
    """Big keys in rows of ``columns``. A key is (value, shown text, spoken name, width in
    columns). Emits ``pressed(value)``."""

    pressed = Signal(str)

    def __init__(
        self,
        keys: list[tuple[str, str, str, int]],
        columns: int,
        key_height: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(14)
        self.keys: dict[str, QPushButton] = {}
        row = col = 0
        for value, text, name, span in keys:
            if col + span > columns:
                row, col = row + 1, 0
            button = QPushButton(text)
            button.setObjectName("key")
            button.setAccessibleName(name)
            button.setFocusPolicy(TOUCH_FOCUS)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setMinimumHeight(key_height)
            button.setMinimumWidth(72)
            button.clicked.connect(lambda _=False, v=value: self.pressed.emit(v))
            grid.addWidget(button, row, col, 1, span)
            self.keys[value] = button
            col += span
        for c in range(columns):
            grid.setColumnStretch(c, 1)


class SlotRow(QWidget):
    """Boxes for ``groups`` of characters (e.g. [3, 3]), each group with an optional caption
    under it; ``set_text`` fills them from the left and outlines the next one."""

    def __init__(
        self,
        groups: list[int],
        captions: list[str] | None = None,
        box: QSize | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addStretch(1)
        self.slots: list[QLabel] = []
        for g, size in enumerate(groups):
            if g:
                row.addSpacing(36)
            column = QVBoxLayout()
            column.setSpacing(6)
            boxes = QHBoxLayout()
            boxes.setSpacing(10)
            for _ in range(size):
                slot = label("", "slot", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
                slot.setFixedSize(box or QSize(104, 124))
                boxes.addWidget(slot)
                self.slots.append(slot)
            column.addLayout(boxes)
            if captions:
                column.addWidget(
                    label(
                        captions[g], "slotCaption", wrap=False, align=Qt.AlignmentFlag.AlignCenter
                    )
                )
            row.addLayout(column)
        row.addStretch(1)
        self.set_text("")

    def set_text(self, text: str) -> None:
        for i, slot in enumerate(self.slots):
            slot.setText(text[i] if i < len(text) else "")
            name = "slotNext" if i == len(text) else "slot"
            if slot.objectName() != name:
                slot.setObjectName(name)
                slot.style().unpolish(slot)
                slot.style().polish(slot)
