"""Look and feel shared by every role: bundled font, colours, base style sheet.

Colours are chosen for contrast on rendered pixels (text >= 4.5:1 on its background).
Role packages add their own rules on top with ``widget.setStyleSheet`` for their own object
names; this base sheet only styles plain widgets and the shared object names below.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.paths import resources_dir

log = logging.getLogger(__name__)

FONT_FAMILY = "Noto Sans"


class Colours:
    NAVY = "#1F3A5F"  # header, primary text on light
    NAVY_DARK = "#142842"
    BACKGROUND = "#F3F5F8"
    CARD = "#FFFFFF"
    TEXT = "#1A1F26"
    MUTED = "#4A5563"  # secondary text: 7.4:1 on white
    ACCENT = "#0B6B3A"  # go / confirm: 6.6:1 with white text
    ACCENT_DARK = "#08522C"
    WARNING_BG = "#FFF4D6"
    WARNING_TEXT = "#6B4A00"
    DANGER = "#A4161A"  # 7.3:1 with white text
    BORDER = "#C9D1DC"
    #: The outline of a control a resident taps: >= 3:1 on the background and on white
    #: (WCAG 1.4.11); BORDER is for frames that are no control.
    EDGE = "#6E7B8E"
    FOCUS = "#E8A317"  # focus ring, >= 3:1 against white and navy
    HIGHLIGHT = "#FFD34E"  # the newest call on the display


_fonts_loaded = False


def load_fonts() -> list[str]:
    """Register the bundled fonts with Qt (once). Returns the family names found."""
    global _fonts_loaded
    families: list[str] = []
    if _fonts_loaded:
        return families
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        fid = QFontDatabase.addApplicationFont(str(path))
        if fid < 0:
            log.warning("could not load font %s", path)
            continue
        families += QFontDatabase.applicationFontFamilies(fid)
    _fonts_loaded = True
    return families


BASE_QSS = f"""
QWidget {{ color: {Colours.TEXT}; }}
QMainWindow, QWidget#screen {{ background: {Colours.BACKGROUND}; }}
QLabel#title {{ font-size: 34px; font-weight: 700; color: {Colours.NAVY}; }}
QLabel#subtitle {{ font-size: 22px; color: {Colours.MUTED}; }}
QFrame#card {{ background: {Colours.CARD}; border: 1px solid {Colours.BORDER};
  border-radius: 16px; }}
QFrame#header {{ background: {Colours.NAVY}; }}
QFrame#header QLabel {{ color: white; }}
QPushButton {{ font-size: 18px; padding: 10px 18px; border-radius: 10px;
  background: {Colours.CARD}; color: {Colours.NAVY}; border: 2px solid {Colours.NAVY}; }}
QPushButton:focus {{ border: 4px solid {Colours.FOCUS}; }}
QPushButton:disabled {{ color: #6B7480; border-color: #9AA3AE; background: #ECEFF3; }}
QPushButton#primary {{ background: {Colours.ACCENT}; color: white; border: 2px solid
  {Colours.ACCENT_DARK}; font-weight: 700; }}
QPushButton#primary:pressed {{ background: {Colours.ACCENT_DARK}; }}
QPushButton#danger {{ background: {Colours.DANGER}; color: white; border: 2px solid #7A1013; }}
QFrame#alert {{ background: {Colours.WARNING_BG}; border: 2px solid {Colours.WARNING_TEXT};
  border-radius: 10px; }}
QFrame#alert QLabel {{ color: {Colours.WARNING_TEXT}; font-weight: 600; }}
"""


def apply_theme(app: QApplication, point_size: int = 14) -> None:
    load_fonts()
    font = QFont(FONT_FAMILY)
    font.setPointSize(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
    app.setStyleSheet(BASE_QSS)
