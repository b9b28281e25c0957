"""On-screen keys for the check-in screens: no system keyboard, no tiny fields.

``KeyGrid`` lays out big keys and emits ``pressed(key)``; ``SlotRow`` shows what was typed as
large boxes in groups (a code "K7Q D4X", a date "02 04 1950"), the next box to fill outlined.
``action_button`` makes the wide buttons beside the keys (delete, OK).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.common.assistive import decorative
from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.common.theme import Colours as C
from kiosk.ui.kiosk_screen.widgets import FOCUS_ON_LIGHT, TOUCH_FOCUS, TOUCH_H, label

KEYPAD_QSS = f"""
QPushButton#key {{ background: {C.CARD}; border: 3px solid {C.EDGE}; border-radius: 16px;
  font-size: 46px; font-weight: 700; color: {C.NAVY}; padding: 0px; }}
QPushButton#key:pressed {{ background: #E3EAF3; border-color: {C.NAVY}; }}
QPushButton#keyWord {{ background: {C.CARD}; border: 3px solid {C.NAVY}; border-radius: 16px;
  font-size: 30px; font-weight: 700; color: {C.NAVY}; padding: 0px 16px; }}
QPushButton#keyWord:pressed {{ background: #E3EAF3; }}
QPushButton#keyWord:disabled {{ border-color: {C.BORDER}; color: #6B7480; }}
QPushButton#keyOk {{ background: {C.ACCENT}; border: 3px solid {C.ACCENT_DARK};
  border-radius: 16px; font-size: 32px; font-weight: 700; color: white; padding: 0px 20px; }}
QPushButton#keyOk:pressed {{ background: {C.ACCENT_DARK}; }}
QPushButton#keyOk:disabled {{ background: #ECEFF3; border-color: #9AA3AE; color: #4A5563; }}
QPushButton#keyOk:focus {{ border: 6px solid {C.FOCUS}; }}
QPushButton#key:focus, QPushButton#keyWord:focus {{ border: 8px solid {FOCUS_ON_LIGHT}; }}
QLabel[slot="box"] {{ background: {C.CARD}; border: 3px solid {C.BORDER}; border-radius: 14px;
  font-size: 60px; font-weight: 700; color: {C.NAVY}; }}
QLabel[slot="next"] {{ background: {C.CARD}; border: 5px solid {C.NAVY}; border-radius: 14px;
  font-size: 60px; font-weight: 700; color: {C.NAVY}; }}
QLabel#slotCaption {{ font-size: 24px; color: {C.MUTED}; }}
QLabel#slotGap {{ font-size: 60px; font-weight: 700; color: {C.MUTED}; }}
"""


#: Room between an action button's icon and its word: QPushButton puts them edge to edge. It is
#: transparent room in the icon itself, on both sides (Arabic puts the icon right of the word),
#: so the button's text stays the translated text and follows a change of language.
ICON_GAP = 12


def _spaced_icon(name: str, size: int, white: bool) -> QIcon:
    pixmap = QPixmap(size + 2 * ICON_GAP, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.drawPixmap(ICON_GAP, 0, svg_pixmap(name, size, white))
    painter.end()
    return QIcon(pixmap)


def action_button(text: str, *, ok: bool = False, icon: str | None = None) -> QPushButton:
    """A wide button next to the keys: OK (green, ``ok``) or a word like "Wis 1 teken"."""
    button = QPushButton(text)
    button.setObjectName("keyOk" if ok else "keyWord")
    button.setAccessibleName(text)
    button.setFocusPolicy(TOUCH_FOCUS)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setMinimumHeight(TOUCH_H + 16)
    if icon is not None:
        button.setIcon(_spaced_icon(icon, 48, white=ok))
        button.setIconSize(QSize(48 + 2 * ICON_GAP, 48))
    return button


class ActionRow(QBoxLayout):
    """The buttons beside the keys (delete, OK) side by side, or one above the other when they
    do not fit side by side (bigger text, longer words): a button never gets less room than
    its words need."""

    def __init__(self) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight)
        self.setSpacing(24)

    def _side_by_side(self) -> int:
        shown = [self.itemAt(i) for i in range(self.count())]
        shown = [item for item in shown if item is not None and not item.isEmpty()]
        margins = self.contentsMargins()
        width = sum(item.minimumSize().width() for item in shown)
        return width + self.spacing() * max(0, len(shown) - 1) + margins.left() + margins.right()

    def setGeometry(self, rect: QRect) -> None:
        fits = self._side_by_side() <= rect.width()
        wanted = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if wanted != self.direction():
            self.setDirection(wanted)
        super().setGeometry(rect)


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
                # One box, one sign: the row is the field (named by its screen with what is
                # typed), so a screen reader does not stop at every box, empty or not.
                slot = decorative(label("", "", wrap=False, align=Qt.AlignmentFlag.AlignCenter))
                slot.setProperty("slot", "box")
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
            state = "next" if i == len(text) else "box"
            if slot.property("slot") != state:
                slot.setProperty("slot", state)
                slot.style().unpolish(slot)
                slot.style().polish(slot)
