"""Drawing helpers shared by the display's painted parts.

A TV is read from across the room, and the same window must fit 1920x1080, 1280x720 and a
portrait 1080x1920 screen: text is sized from the space it gets, and shrunk rather than clipped.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap, QTransform

from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.common.theme import FONT_FAMILY


def fitted_font(text: str, px: float, width: float, weight: QFont.Weight) -> QFont:
    """Noto Sans at ``px`` pixels, made smaller until ``text`` fits in ``width``."""
    font = QFont(FONT_FAMILY)
    font.setWeight(weight)
    size = max(8, int(px))
    font.setPixelSize(size)
    if width <= 0:
        return font
    measured = QFontMetrics(font).horizontalAdvance(text)
    if measured > width:
        font.setPixelSize(max(8, int(size * width / measured)))
    return font


def arrow_pixmap(size: int) -> QPixmap:
    """An arrow pointing right ("go to"): the bundled "back" arrow, turned around."""
    return svg_pixmap("back", max(8, size)).transformed(QTransform().rotate(180))


def draw_pill(p: QPainter, x: float, cy: float, text: str, px: float, fg: str, bg: str) -> float:
    """A rounded label ("Nog eens") with its left edge at ``x``; returns its width."""
    font = QFont(FONT_FAMILY)
    font.setWeight(QFont.Weight.Bold)
    font.setPixelSize(max(8, int(px)))
    fm = QFontMetrics(font)
    pad = px * 0.6
    w = fm.horizontalAdvance(text) + 2 * pad
    h = fm.height() + px * 0.3
    rect = QRectF(x, cy - h / 2, w, h)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(bg))
    p.drawRoundedRect(rect, h / 2, h / 2)
    p.setFont(font)
    p.setPen(QColor(fg))
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    return w
