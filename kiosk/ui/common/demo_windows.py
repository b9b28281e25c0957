"""Where ``kiosk demo`` puts its three windows: each one whole on the screen it opens on.

The kiosk (scaled, see scaled_host.py) stands on the left at the screen's full height; the
counter is above the display on the right. The sizes count the frames (title bar, borders) the
window manager puts around each window, and each window's minimum size: the counter's compact
look needs about 1180x560, and a window set smaller than its minimum grows past its place and
off the screen (the counter's "Ander loket kiezen", top right, was out of reach on a 1920x1080
screen). When the right column is too narrow for the counter, the kiosk gets narrower; when even
that is not enough (a small laptop screen), windows overlap rather than leave the screen.

``arrange`` is the arithmetic, on plain numbers; ``show_placed`` measures, applies it and shows
the windows, and applies it again once the window manager has framed them and the counter has
taken its compact look (its minimum depends on its size).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QWidget

#: x, y, width, height.
Box = tuple[int, int, int, int]
#: width, height.
Size = tuple[int, int]

#: A scaled kiosk narrower than this is too small to read or tap.
KIOSK_MIN_WIDTH = 320
#: The counter's share of the right column's height; the display gets the rest.
COUNTER_SHARE = 3 / 5
#: Once more after this long: a window manager frames new windows a moment after they show.
AGAIN_MS = 300


@dataclass(frozen=True, slots=True)
class Edges:
    """A window frame's thickness on each side."""

    left: int = 0
    top: int = 0
    right: int = 0
    bottom: int = 0


def arrange(
    area: Box, frame: Edges, kiosk_aspect: float, counter_min: Size, display_min: Size
) -> dict[str, Box]:
    """The windows' inner rectangles (what ``setGeometry`` takes) in ``area``, the screen's
    available part, so that each framed window lies inside it. ``kiosk_aspect``: the kiosk's
    design width over its height."""
    ax, ay, aw, ah = area
    fw, fh = frame.left + frame.right, frame.top + frame.bottom
    # The right column must take the counter and the display at their minimum, framed.
    right_need = min(aw, max(counter_min[0], display_min[0]) + fw)
    kiosk_w = min(round((ah - fh) * kiosk_aspect) + fw, aw - right_need)
    kiosk_w = min(aw, max(kiosk_w, KIOSK_MIN_WIDTH + fw))
    kiosk_h = min(ah, round((kiosk_w - fw) / kiosk_aspect) + fh)
    right_w = max(aw - kiosk_w, right_need)  # more than is left: over the kiosk's edge
    right_x = ax + aw - right_w
    counter_need, display_need = counter_min[1] + fh, display_min[1] + fh
    counter_h = min(ah, max(counter_need, min(round(ah * COUNTER_SHARE), ah - display_need)))
    display_h = min(ah, max(ah - counter_h, display_need))  # more: over the counter's edge

    def inner(x: int, y: int, w: int, h: int) -> Box:
        return (x + frame.left, y + frame.top, max(1, w - fw), max(1, h - fh))

    return {
        "kiosk": inner(ax, ay, kiosk_w, kiosk_h),
        "counter": inner(right_x, ay, right_w, counter_h),
        "display": inner(right_x, ay + ah - display_h, right_w, display_h),
    }


def _frame(windows: Mapping[str, QWidget]) -> Edges:
    """The thickest frame around any of the windows (none until they are shown)."""
    found = Edges()
    for w in windows.values():
        outer, inner = w.frameGeometry(), w.geometry()
        left, top = inner.left() - outer.left(), inner.top() - outer.top()
        right, bottom = outer.right() - inner.right(), outer.bottom() - inner.bottom()
        found = Edges(
            max(found.left, left),
            max(found.top, top),
            max(found.right, right),
            max(found.bottom, bottom),
        )
    return found


def _minimum(w: QWidget) -> Size:
    """The smallest a window can be: its layout's need, or what it was told, whichever is more."""
    need = w.minimumSizeHint().expandedTo(w.minimumSize())
    return need.width(), need.height()


def place(windows: Mapping[str, QWidget], screen: QScreen) -> None:
    """Put the kiosk, the counter and the display (``windows`` by role) on ``screen``."""
    a = screen.availableGeometry()
    kiosk = windows["kiosk"]
    design = getattr(kiosk, "design", None)  # a ScaledHost knows the size it shows
    aspect = design.width() / design.height() if design is not None else 9 / 16
    boxes = arrange(
        (a.x(), a.y(), a.width(), a.height()),
        _frame(windows),
        aspect,
        _minimum(windows["counter"]),
        _minimum(windows["display"]),
    )
    for role, (x, y, w, h) in boxes.items():
        windows[role].setGeometry(x, y, w, h)


def show_placed(windows: Mapping[str, QWidget], screen: QScreen) -> None:
    """Place and show the windows; place them again once they are up and framed. The demo's
    windows go by their layouts' minimum sizes only: a counter's own 1280x720 is for a
    console of its own, not for a corner of a shared screen."""
    for w in windows.values():
        w.setMinimumSize(0, 0)
    place(windows, screen)
    for w in windows.values():
        w.show()
    QApplication.processEvents()  # the counter takes its compact look at its new size
    place(windows, screen)
    QTimer.singleShot(AGAIN_MS, lambda: place(windows, screen))
