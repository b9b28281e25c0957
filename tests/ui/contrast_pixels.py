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
