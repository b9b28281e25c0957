"""Where the pages of a screen that does not fit end and begin (page_view.py).

A page never ends in the middle of a button, a text field, a text or a picture (not inside a
button: the button is the thing) or a card that fits a page: it ends right above the first
one it would cut, and the next page begins just above that one, with no sliver of what came
before. Side by side (two columns) the end moves up until it cuts nothing on either side.

A thing taller than a page (a card, or a text of many lines with bigger text) starts at the
top of a page and is cut between the things inside it; a text taller than a page is given to
the rule as its lines (``text_lines``), so it is cut between two lines, never through one.
No page is empty or shows only the edges of cards: the top of a screen that holds nothing
whole is skipped, and what is left after the last thing (the bottom edge of a tall card) gets
no page of its own.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractButton, QFrame, QLabel, QLineEdit, QWidget

#: Room left above the first thing of a page that is not the first.
PAGE_GAP = 16

Span = tuple[int, int]


def _inside_button(widget: QWidget, page: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractButton):
            return True
        parent = parent.parentWidget()
    return False


def _in_other_view(widget: QWidget, page: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if parent.objectName() == "pageView":
            return True
        parent = parent.parentWidget()
    return False


def whole_things(page: QWidget) -> list[QWidget]:
    """What a page must never cut: buttons, text fields, texts and pictures (not inside a
    button: the button is the thing) and cards (named frames)."""
    found: list[QWidget] = []
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(page) or _in_other_view(w, page):
            continue
        if isinstance(w, QAbstractButton | QLineEdit):
            found.append(w)
        elif isinstance(w, QLabel):
            if (w.text() or not w.pixmap().isNull()) and not _inside_button(w, page):
                found.append(w)
        elif isinstance(w, QFrame) and w.objectName() and not _inside_button(w, page):
            found.append(w)
    return found


def text_lines(label: QLabel) -> list[Span]:
    """The lines of a wrapped text, (top, bottom) within the label: where a text taller than
    a page may be cut. Laid out as the label lays it out (its font, width and alignment)."""
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), 0)
    width = room.width() - max(0, label.indent())
    if not label.text() or width <= 0:
        return [(0, label.height())]
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[tuple[float, float]] = []
    y = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        lines.append((y, line.height()))
        y += line.height()
    layout.endLayout()
    top = room.top()
    spare = max(0, room.height() - label.margin() - round(y))
    if label.alignment() & Qt.AlignmentFlag.AlignVCenter:
        top += spare // 2
    elif label.alignment() & Qt.AlignmentFlag.AlignBottom:
        top += spare
    return [(top + int(y0), top + ceil(y0 + h)) for y0, h in lines] or [(0, label.height())]


def _fits(span: Span, view_h: int) -> bool:
    """Whole on a page that starts ``PAGE_GAP`` above it."""
    return span[1] - span[0] <= view_h - PAGE_GAP


def _whole_between(spans: list[Span], start: int, end: int) -> bool:
    return any(start <= t and b <= end for t, b in spans)


def _clear_end(spans: list[Span], start: int, end: int, view_h: int) -> int:
    """``end`` moved up until it cuts nothing that starts on the page and fits a page: side
    by side (two columns) the cut above one thing may run through another one next to it.
    A thing taller than a page is not waited for: it is cut between the things inside it."""
    while True:
        through = [t for t, b in spans if t < end < b and t >= start and _fits((t, b), view_h)]
        if not through:
            return end
        end = min(through)


def _tall_start(spans: list[Span], start: int, end: int, view_h: int) -> int:
    """``end`` moved up to the top of a thing taller than a page that begins below things
    shown whole on this page: it starts at the top of the next page, where most of it shows."""
    for t in sorted(t for t, b in spans if start < t < end and not _fits((t, b), view_h)):
        if _whole_between(spans, start, t):
            return t
    return end


def _content_left(spans: list[Span], end: int, view_h: int) -> bool:
    """Whether anything after ``end`` still has to be shown: a thing that fits a page, or a
    tall one with nothing inside it (its rest). The bottom edge of a tall card is not."""
    for t, b in spans:
        if b <= end:
            continue
        if _fits((t, b), view_h):
            return True
        inside = [(ti, bi) for ti, bi in spans if t <= ti and bi <= b and (ti, bi) != (t, b)]
        if not inside:
            return True
    return False


def page_starts(spans: list[Span], height: int, view_h: int) -> list[Span]:
    """(start, end) of each page of a screen ``height`` high in a view ``view_h`` high, where
    ``spans`` (top, bottom) are the things no page may cut (see the module's docstring)."""
    if height <= view_h or view_h <= 2 * PAGE_GAP:
        return [(0, max(height, view_h))]
    pages: list[Span] = []
    start = 0
    while start + view_h < height:
        edge = start + view_h
        end = _clear_end(spans, start, edge, view_h)
        end = _tall_start(spans, start, end, view_h)
        if not _whole_between(spans, start, end):
            # Nothing whole above the end: what the page holds starts lower (the top is only
            # a margin or the edges of cards). The page begins just above it instead.
            first = min((t for t, b in spans if t >= start and _fits((t, b), view_h)), default=0)
            if first - PAGE_GAP > start:
                start = first - PAGE_GAP
                continue
            end = edge  # nothing can be whole here (two columns that never both end): cut
        if not _content_left(spans, end, view_h):
            break  # what is left are the edges of cards: no page for them
        before = [b for t, b in spans if end - PAGE_GAP < b <= end]
        following = max([end - PAGE_GAP, *before])
        if following <= start:  # nothing fits whole: cut, but move on
            end, following = edge, edge - PAGE_GAP
        pages.append((start, end))
        start = following
    pages.append((start, start + view_h))
    return pages
