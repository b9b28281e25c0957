"""The start screen's row of languages: one touch, each language named in itself, no flags.

The language shown now is marked by more than colour: a check mark, a filled button and a
thicker border. For assistive technology the row is one choice, "Taal": each language is a radio
button, checked when it is the language shown now, whose one action ("Press") switches to it,
as a tap does (common/assistive.py; Qt's own "Toggle" of a checkable button only ticked it). The
names never go through translation (a French resident looks for "Français", whatever the
screen's language now).

With bigger text (200 %, seeing.py) the five names no longer fit on one line of a standing
screen: the row flows onto a second line instead of squeezing its buttons, so no name is ever
cut off and every button keeps its full size (one tap, no sideways scrolling).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QIcon
from PySide6.QtWidgets import QLayout, QLayoutItem, QPushButton, QSizePolicy, QWidget

from kiosk.ui.common import i18n
from kiosk.ui.common.assistive import as_radio
from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.common.theme import Colours as C
from kiosk.ui.kiosk_screen.widgets import TOUCH_FOCUS

#: The border, and the thicker one of the language shown now (a cue besides colour).
BORDER = 2
CHECKED_BORDER = 4

LANGUAGE_QSS = f"""
QPushButton#language {{ background: {C.CARD}; color: {C.NAVY}; border: {BORDER}px solid {C.EDGE};
  border-radius: 14px; font-size: 24px; font-weight: 600; padding: 0px 12px;
  min-height: 52px; }}
QPushButton#language:checked {{ background: {C.NAVY}; color: white; font-weight: 700;
  border: {CHECKED_BORDER}px solid {C.NAVY_DARK}; }}
QPushButton#language:pressed {{ background: #E3EAF3; }}
QPushButton#language:focus {{ border: 6px solid {C.FOCUS}; }}
"""
#: What the style sheet puts around a name: 12 px of padding on each side, and the widest
#: border (the 6 px focus ring); plus the gap Qt leaves between the check mark and the name.
PADDING_X = 12
BORDER_MAX = 6
ICON_GAP = 4
#: Room between two buttons, across and from one line to the next.
SPACING = 14


class FlowLayout(QLayout):
    """Items side by side, onto the next line when the width runs out (a word-wrapped row).

    Every item keeps its own size hint: a name is never squeezed. Right to left (Arabic) the
    lines start at the right, like the rest of the screen.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = SPACING) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        # One line when there is room for it.
        hints = [item.sizeHint() for item in self._items if not item.isEmpty()]
        width = sum(h.width() for h in hints) + self.spacing() * max(0, len(hints) - 1)
        return QSize(width, max((h.height() for h in hints), default=0))

    def minimumSize(self) -> QSize:
        # As narrow as the widest button: the others go to the next lines.
        hints = [item.sizeHint() for item in self._items if not item.isEmpty()]
        return QSize(
            max((h.width() for h in hints), default=0), max((h.height() for h in hints), default=0)
        )

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); the height the lines take."""
        left, top, right, bottom = self.getContentsMargins()
        area = rect.adjusted(left, top, -right, -bottom)
        gap = self.spacing()
        mirrored = self.parentWidget() is not None and self.parentWidget().isRightToLeft()
        x, y, line_h = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x > area.x() and x + width > area.x() + area.width():
                x, y, line_h = area.x(), y + line_h + gap, 0  # next line
            if move:
                place = QRect(QPoint(x, y), QSize(width, hint.height()))
                if mirrored:
                    place.moveRight(area.x() + area.right() - x)
                item.setGeometry(place)
            x += width + gap
            line_h = max(line_h, hint.height())
        return y + line_h - rect.y() + bottom


class LanguageButton(QPushButton):
    """One language: wide enough for its name in bold with the check mark, at any text size."""

    def __init__(self, code: str) -> None:
        super().__init__(i18n.NATIVE_NAMES[code])
        self.setObjectName("language")
        self.setCheckable(True)
        self.setFocusPolicy(TOUCH_FOCUS)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(i18n.NATIVE_NAMES[code])
        # The text is in its own language whatever the screen's: tell a screen reader.
        self.setLocale(i18n.qt_locale(code))
        as_radio(self)
        self._marked = False

    def icon_px(self) -> int:
        """The check mark grows with the text (28 px next to 24 px text)."""
        return max(28, round(QFontInfo(self.font()).pixelSize() * 7 / 6))

    def set_marked(self, on: bool) -> None:
        self._marked = on
        self.setChecked(on)
        self._show_mark()

    def _show_mark(self) -> None:
        px = self.icon_px()
        self.setIconSize(QSize(px, px))
        self.setIcon(QIcon(svg_pixmap("check", px, white=True)) if self._marked else QIcon())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Bigger text restyles the button: a sharp check mark of the new size, a new width.
        if event.type() == QEvent.Type.FontChange:
            self._show_mark()
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        # Every button keeps room for the mark and the bold text of the checked state (the
        # style sheet's font weight for :checked is not in the widget's font), so marking
        # another language never cuts a name off or shifts the row.
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.Bold)
        text_w = QFontMetrics(bold).horizontalAdvance(self.text())
        width = text_w + self.icon_px() + ICON_GAP + 2 * (PADDING_X + BORDER_MAX)
        height = super().sizeHint().height()
        if self.isChecked():  # as high as the others: its thicker border is drawn inside
            height -= 2 * (CHECKED_BORDER - BORDER)
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class LanguageRow(QWidget):
    """Emits ``chosen(code)`` ("nl", "fr", ...) when a language is tapped."""

    chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...] = i18n.LANGUAGES, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("languageRow")
        self.setAccessibleName(self.tr("Taal"))
        self.setStyleSheet(LANGUAGE_QSS)
        flow = FlowLayout(self)
        self.buttons: dict[str, QPushButton] = {}
        for code in languages:
            if code not in i18n.NATIVE_NAMES:
                continue
            button = LanguageButton(code)
            button.clicked.connect(lambda _=False, c=code: self._tapped(c))
            flow.addWidget(button)
            self.buttons[code] = button
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.mark(i18n.current_language("kiosk"))

    def _tapped(self, code: str) -> None:
        self.mark(i18n.current_language("kiosk"))  # a tap must not untick the current one
        self.chosen.emit(code)

    def mark(self, current: str) -> None:
        """Check the button of ``current``, with a check mark."""
        for code, button in self.buttons.items():
            assert isinstance(button, LanguageButton)
            button.set_marked(code == current)
