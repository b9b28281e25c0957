"""Contrast measured on rendered pixels (WCAG 2.2 relative luminance), for the UI tests.

For a text widget (a QLabel or a QPushButton with text) the part of a window grab it covers is
counted colour by colour: the background is the most common colour, the text colour the common
colour farthest from it (anti-aliased edge pixels lie between the two and are each rare).
A QSS background without a border rule can render as a gradient: only pixels count, never the
style sheet.
"""

from __future__ import annotations

from array import array
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget

#: A colour is "common" when it covers this share of the widget's pixels (and >= MIN_PIXELS).
COMMON_SHARE = 0.002
MIN_PIXELS = 12


def luminance(rgb: int) -> float:
    def lin(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def ratio(a: int, b: int) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@dataclass(frozen=True)
class Measured:
    name: str
    text: str
    background: int
    foreground: int
    ratio: float

    def __str__(self) -> str:
        return (
            f"{self.name} {self.text[:40]!r}: #{self.foreground & 0xFFFFFF:06X} on "
            f"#{self.background & 0xFFFFFF:06X} = {self.ratio:.2f}:1"
        )


def dominant_pair(image: QImage, rect: QRect) -> tuple[int, int, float] | None:
    """(background, foreground, ratio) of ``rect`` in ``image``; None without a second colour."""
    rect = rect.intersected(image.rect())
    if rect.width() < 2 or rect.height() < 2:
        return None
    part = image.copy(rect).convertToFormat(QImage.Format.Format_RGB32)
    pixels = array("I", bytes(part.constBits()))
    counts = Counter(p & 0xFFFFFF for p in pixels)
    (background, _), *rest = counts.most_common()
    floor = max(MIN_PIXELS, COMMON_SHARE * len(pixels))
    common = [c for c, n in rest if n >= floor]
    if not common:
        return None
    foreground = max(common, key=lambda c: ratio(c, background))
    return background, foreground, ratio(background, foreground)


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text() if widget.pixmap().isNull() else ""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return ""


def measure_window(window: QWidget, image: QImage) -> list[Measured]:
    """Every visible, enabled text widget of ``window`` as rendered in ``image``."""
    found: list[Measured] = []
    for widget in window.findChildren(QWidget):
        text = _text(widget).strip()
        if not text or not widget.isVisible() or not widget.isEnabled():
            continue  # disabled controls are exempt (WCAG 1.4.3)
        region = widget.visibleRegion().boundingRect()
        if region.isEmpty():
            continue
        rect = QRect(widget.mapTo(window, region.topLeft()), region.size())
        if isinstance(widget, QPushButton):  # leave out the border and the rounded corners
            rect = rect.adjusted(10, 10, -10, -10)
        if widget.mapTo(window, QPoint(0, 0)).x() < 0:
            continue
        pair = dominant_pair(image, rect)
        if pair is not None:
            name = widget.objectName() or type(widget).__name__
            found.append(Measured(name, text, *pair))
    return found


# --- non-text contrast: a button's edge against what surrounds it (WCAG 1.4.11) -------------

#: How far from a button's edge the two bands lie (px): the band just inside (its border, or
#: its fill where it has no border) and the band outside it, past the anti-aliased pixel.
EDGE_IN = (1, 4)
EDGE_OUT = (2, 5)


def _band_colours(image: QImage, rect: QRect) -> Counter[int]:
    rect = rect.intersected(image.rect())
    if rect.width() < 1 or rect.height() < 1:
        return Counter()
    part = image.copy(rect).convertToFormat(QImage.Format.Format_RGB32)
    return Counter(p & 0xFFFFFF for p in array("I", bytes(part.constBits())))


def _side_bands(r: QRect) -> list[tuple[QRect, QRect]]:
    """(inside, outside) bands of each side of ``r``, along the middle half of the side (the
    rounded corners left out)."""
    (i0, i1), (o0, o1) = EDGE_IN, EDGE_OUT
    w4, h4 = r.width() // 4, r.height() // 4
    x, y, w, h = r.x() + w4, r.y() + h4, r.width() - 2 * w4, r.height() - 2 * h4
    return [
        (QRect(x, r.top() + i0, w, i1 - i0), QRect(x, r.top() - o1, w, o1 - o0)),
        (QRect(x, r.bottom() - i1 + 1, w, i1 - i0), QRect(x, r.bottom() + o0 + 1, w, o1 - o0)),
        (QRect(r.left() + i0, y, i1 - i0, h), QRect(r.left() - o1, y, o1 - o0, h)),
        (QRect(r.right() - i1 + 1, y, i1 - i0, h), QRect(r.right() + o0 + 1, y, o1 - o0, h)),
    ]


def edge_contrast(image: QImage, rect: QRect) -> tuple[int, int, float] | None:
    """(surroundings, edge, ratio) of a control at ``rect``: per side, the surroundings' most
    common colour against the inside band's colour that stands out most from it (the border,
    or the fill); the weakest side counts. None when no side has pixels on both sides."""
    worst: tuple[int, int, float] | None = None
    for inside, outside in _side_bands(rect):
        out_counts, in_counts = _band_colours(image, outside), _band_colours(image, inside)
        if not out_counts or not in_counts:
            continue
        around = out_counts.most_common(1)[0][0]
        floor = max(2, 0.2 * sum(in_counts.values()))
        common = [c for c, n in in_counts.items() if n >= floor] or [in_counts.most_common(1)[0][0]]
        edge = max(common, key=lambda c: ratio(c, around))
        side = (around, edge, ratio(around, edge))
        if worst is None or side[2] < worst[2]:
            worst = side
    return worst


def measure_button_edges(window: QWidget, image: QImage) -> list[Measured]:
    """Every visible, enabled button of ``window`` wholly on screen: its edge as rendered."""
    found: list[Measured] = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or not button.isEnabled():
            continue
        if button.visibleRegion().boundingRect() != button.rect():
            continue  # partly scrolled away: the cut is no edge
        rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        pair = edge_contrast(image, rect)
        if pair is not None:
            name = button.accessibleName() or button.text() or button.objectName()
            found.append(Measured("edge", name, *pair))
    return found
