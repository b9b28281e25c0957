"""The start screen's row of languages: one touch, each language named in itself, no flags.

The language shown now is marked by more than colour: a check mark, a filled button and a
thicker border; for assistive technology the button is checked. The names never go through
translation (a French resident looks for "Français", whatever the screen's language now).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from kiosk.ui.common import i18n
from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.common.theme import Colours as C
from kiosk.ui.kiosk_screen.widgets import TOUCH_FOCUS

LANGUAGE_QSS = f"""
QPushButton#language {{ background: {C.CARD}; color: {C.NAVY}; border: 2px solid {C.BORDER};
  border-radius: 14px; font-size: 24px; font-weight: 600; padding: 0px 12px;
  min-height: 52px; }}
QPushButton#language:checked {{ background: {C.NAVY}; color: white; font-weight: 700;
  border: 4px solid {C.NAVY_DARK}; }}
QPushButton#language:pressed {{ background: #E3EAF3; }}
QPushButton#language:focus {{ border: 6px solid {C.FOCUS}; }}
"""


class LanguageRow(QWidget):
    """Emits ``chosen(code)`` ("nl", "fr", ...) when a language is tapped."""

    chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...] = i18n.LANGUAGES, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("languageRow")
        self.setStyleSheet(LANGUAGE_QSS)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        self.buttons: dict[str, QPushButton] = {}
        for code in languages:
            if code not in i18n.NATIVE_NAMES:
                continue
            button = QPushButton(i18n.NATIVE_NAMES[code])
            button.setObjectName("language")
            button.setCheckable(True)
            button.setFocusPolicy(TOUCH_FOCUS)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setIconSize(QSize(28, 28))
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(i18n.NATIVE_NAMES[code])
            # The text is in its own language whatever the screen's: tell a screen reader.
            button.setLocale(i18n.qt_locale(code))
            button.clicked.connect(lambda _=False, c=code: self._tapped(c))
            row.addWidget(button)
            self.buttons[code] = button
        row.addStretch(1)
        self.mark(i18n.current_language("kiosk"))

    def _tapped(self, code: str) -> None:
        self.mark(i18n.current_language("kiosk"))  # a tap must not untick the current one
        self.chosen.emit(code)

    def mark(self, current: str) -> None:
        """Check the button of ``current``, with a check mark."""
        for code, button in self.buttons.items():
            on = code == current
            button.setChecked(on)
            button.setIcon(QIcon(svg_pixmap("check", 28, white=True)) if on else QIcon())
            # Room for the mark and the bold text on every button: marking one must not
            # cut its name off.
            button.setMinimumWidth(button.sizeHint().width() + (0 if on else 28 + 4) + 8)
