"""Text on the waiting-room display that the farthest seat can read.

The rule (a sign maker's rule of thumb): a letter can be read from up to 200 times its height,
so at 5 m a capital letter must be at least 25 mm high. Letter height is measured on a capital,
as the ADA 2010 Standards for Accessible Design do for signs (703.5.5: "based on the height of
the uppercase letter I"). The [display] settings give the screen's diagonal and that distance
(``screen_diagonal_in``, ``viewing_distance_m``); the window stands for the whole screen (full
screen on the TV; in a demo window everything shrinks with it), so a millimetre is a number of
window pixels.

``plan_waiting`` lays out the waiting counts at that size: as many columns as the names allow,
as many rows as fit, and pages that take turns (``WaitingPlan.per_page``) when not every service
fits on the screen at once. Only a card too small for even one tile at the legible size shrinks
its text (``legible`` False), rather than cut it off.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

from kiosk.ui.common.theme import FONT_FAMILY

MM_PER_INCH = 25.4
#: A capital letter at least 1/LEGIBLE_RATIO of the viewing distance high.
LEGIBLE_RATIO = 200
#: Names of services wrap to at most this many lines.
MAX_LINES = 2
#: Counts are bolder and a little bigger than the names: the eye goes to the numbers.
COUNT_SCALE = 1.1
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)


def min_cap_px(diagonal_in: float, distance_m: float, width_px: int, height_px: int) -> float:
    """The smallest capital letter, in pixels of a ``width_px`` x ``height_px`` window that
    fills a screen of ``diagonal_in`` inches, to be read from ``distance_m`` metres."""
    mm_per_px = diagonal_in * MM_PER_INCH / math.hypot(max(1, width_px), max(1, height_px))
    return distance_m * 1000 / LEGIBLE_RATIO / mm_per_px


def font_with_cap(cap_px: float, weight: QFont.Weight) -> QFont:
    """Noto Sans at the smallest pixel size whose capitals are at least ``cap_px`` high."""
    font = QFont(FONT_FAMILY)
    font.setWeight(weight)
    size = max(8, math.floor(cap_px / 0.8))  # capitals are under 0.8 of the size
    font.setPixelSize(size)
    while QFontMetrics(font).capHeight() < cap_px and size < 2000:
        size += 1
        font.setPixelSize(size)
    return font


@dataclass(frozen=True)
class WaitingPlan:
    """How the waiting counts are laid out: tiles in rows of different widths (each as wide as
    its name needs, a row stretched to the card's width), ``order`` the services' order on the
    screen (indexes into the names), ``pages`` the (first, count) of each page in that order,
    ``sizes`` each tile's (width, height) by place in ``order``. ``legible`` False when the text
    had to be made smaller than the rule."""

    name_font: QFont
    count_font: QFont
    order: tuple[int, ...]
    pages: tuple[tuple[int, int], ...]
    sizes: tuple[tuple[int, int], ...]
    legible: bool = True


@dataclass(frozen=True)
class TileParts:
    """The measures of one tile, from its fonts: padding, icon, the count's column, the gap."""

    pad: int
    icon: int
    count_w: int
    gap: int
    line: int
    count_h: int

    @classmethod
    def of(cls, name_font: QFont, count_font: QFont) -> TileParts:
        names, counts = QFontMetrics(name_font), QFontMetrics(count_font)
        cap = names.capHeight()
        return cls(
            pad=max(4, round(cap * 0.4)),
            icon=max(8, round(cap * 1.4)),
            count_w=counts.horizontalAdvance("88"),  # two digits' room: every name alike
            gap=max(3, round(cap * 0.25)),
            line=names.lineSpacing(),
            count_h=counts.height(),
        )

    @property
    def around(self) -> int:
        """Everything in a tile's width but its name."""
        return self.gap + 4 * self.pad + self.icon + self.count_w

    def text_width(self, tile_width: int) -> int:
        return tile_width - self.around

    def height(self, lines: int) -> int:
        return max(lines * self.line, self.count_h) + 2 * self.pad + self.gap


def name_lines(name: str, font: QFont, width: int) -> int | None:
    """How many lines ``name`` takes at ``width``; None when a word is wider than that."""
    fm = QFontMetrics(font)
    if width <= 0 or any(fm.horizontalAdvance(w) > width for w in name.split()):
        return None
    used = fm.boundingRect(QRect(0, 0, width, 100_000), _WRAP, name).height()
    return max(1, round(used / fm.lineSpacing()))


def plan_waiting(names: Sequence[str], width: int, height: int, cap_px: float) -> WaitingPlan:
    """The tiles for ``names`` in ``width`` x ``height`` with capitals of ``cap_px``: as few
    pages as the room allows. Smaller text only when not even one row fits."""
    legible = True
    while True:
        plan = _flow(names, width, height, cap_px, legible)
        if plan is not None:
            return plan
        if cap_px <= 6:  # a card a few pixels small: one tile a page, whatever it holds
            fonts = font_with_cap(cap_px, QFont.Weight.DemiBold), _count_font(cap_px)
            one = tuple((i, 1) for i in range(len(names)))
            size = ((max(1, width - 4), max(1, height)),) * len(names)
            return WaitingPlan(*fonts, tuple(range(len(names))), one, size, legible=False)
        cap_px *= 0.9
        legible = False


def _count_font(cap_px: float) -> QFont:
    return font_with_cap(cap_px * COUNT_SCALE, QFont.Weight.Bold)


def _rows(widths: Sequence[int], usable: int) -> list[list[int]]:
    """Tiles into rows: in the branch's order, unless putting the widest first, each into the
    first row with room, makes fewer rows (each row then in the branch's order)."""
    in_order: list[list[int]] = []
    for i, w in enumerate(widths):
        if in_order and sum(widths[j] for j in in_order[-1]) + w <= usable:
            in_order[-1].append(i)
        else:
            in_order.append([i])
    packed = _packed(widths, usable)
    return packed if len(packed) < len(in_order) else in_order


def _packed(widths: Sequence[int], usable: int) -> list[list[int]]:
    rows: list[list[int]] = []
    room: list[int] = []
    for i in sorted(range(len(widths)), key=lambda i: (-widths[i], i)):
        at = next((r for r, free in enumerate(room) if widths[i] <= free), None)
        if at is None:
            rows.append([i])
            room.append(usable - widths[i])
        else:
            rows[at].append(i)
            room[at] -= widths[i]
    return sorted((sorted(r) for r in rows), key=lambda r: r[0])


def _flow(
    names: Sequence[str], width: int, height: int, cap_px: float, legible: bool
) -> WaitingPlan | None:
    name_font = font_with_cap(cap_px, QFont.Weight.DemiBold)
    count_font = _count_font(cap_px)
    parts = TileParts.of(name_font, count_font)
    fm = QFontMetrics(name_font)
    usable = width - 4  # a list view wraps before an item touches its right edge
    natural = [min(usable, fm.horizontalAdvance(n) + parts.around + 2) for n in names]
    order: list[int] = []
    sizes: list[tuple[int, int]] = []
    heights: list[int] = []
    counts: list[int] = []
    for row in _rows(natural, usable):
        extra = usable - sum(natural[i] for i in row)
        widths = [natural[i] + extra // len(row) for i in row]
        lines = [
            name_lines(names[i], name_font, parts.text_width(w))
            for i, w in zip(row, widths, strict=True)
        ]
        if any(n is None or n > MAX_LINES for n in lines):
            return None
        h = parts.height(max(n for n in lines if n is not None))
        order += row
        sizes += [(w, h) for w in widths]
        heights.append(h)
        counts.append(len(row))
    page_rows = _pages(heights, height)
    if page_rows is None:
        return None
    pages: list[tuple[int, int]] = []
    first = 0
    for start, end in page_rows:
        n = sum(counts[start:end])
        pages.append((first, n))
        first += n
    return WaitingPlan(name_font, count_font, tuple(order), tuple(pages), tuple(sizes), legible)


def _pages(heights: Sequence[int], room: int) -> list[tuple[int, int]] | None:
    """Rows into as few pages as fit ``room`` (start, end rows), the rows spread evenly over
    them (3 + 3, not 5 + 1); None when a row alone is too high."""
    if any(h > room for h in heights):
        return None
    for count in range(1, len(heights) + 1):
        size = -(-len(heights) // count)  # rows a page, evenly
        spans = [(i, min(i + size, len(heights))) for i in range(0, len(heights), size)]
        if all(sum(heights[a:b]) <= room for a, b in spans):
            return spans
    return [(i, i + 1) for i in range(len(heights))]
