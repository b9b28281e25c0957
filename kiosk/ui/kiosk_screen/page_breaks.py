"""Where the pages of a screen that does not fit end and begin (page_view.py).

A page never ends in the middle of a button, a text field, a text or a picture (not inside a
button: the button is the thing) or a card: it ends right above the first one it would cut,
and the next page begins just above that one, with no sliver of what came before. Side by
side (two columns) the end moves up until it cuts nothing on either side. Only a thing taller
than a whole page is cut, between the things inside it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QFrame, QLabel, QLineEdit, QWidget

#: Room left above the first thing of a page that is not the first.
PAGE_GAP = 16


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


def _whole_between(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start <= t and b <= end for t, b in spans)


def _clear_end(spans: list[tuple[int, int]], start: int, end: int, view_h: int) -> int:
    """``end`` moved up until it cuts nothing that starts on the page and fits a page: side
    by side (two columns) the cut above one thing may run through another one next to it."""
    while True:
        through = [t for t, b in spans if t < end < b and t > start and b - t <= view_h]
        if not through:
            return end
        end = min(through)


def page_starts(spans: list[tuple[int, int]], height: int, view_h: int) -> list[tuple[int, int]]:
    """(start, end) of each page of a screen ``height`` high in a view ``view_h`` high, where
    ``spans`` (top, bottom) are the things no page may cut. A page ends above the first thing
    it would cut; the next begins just above that thing (no sliver of what came before)."""
    if height <= view_h or view_h <= 2 * PAGE_GAP:
        return [(0, max(height, view_h))]
    pages: list[tuple[int, int]] = []
    start = 0
    while start + view_h < height:
        edge = start + view_h
        cut = [t for t, b in spans if t < edge < b and t > start]
        end = min(cut) if cut else edge
        if not _whole_between(spans, start, end):
            # Nothing whole before the cut: a thing taller than a page starts here. It cannot
            # be whole anywhere: cut it between the things inside it.
            cut = [t for t, b in spans if t < edge < b and t > start and b - t <= view_h]
            end = min(cut) if cut else edge
            if cut and not _whole_between(spans, start, end) and end - PAGE_GAP > start:
                start = end - PAGE_GAP  # it fits a page of its own: no empty page before it
                continue
        end = _clear_end(spans, start, end, view_h)
        before = [b for t, b in spans if b <= end and b > end - PAGE_GAP]
        following = max([end - PAGE_GAP, *before])
        if following <= start:  # nothing fits whole: cut, but move on
            end, following = edge, edge - PAGE_GAP
        pages.append((start, end))
        start = following
    pages.append((start, start + view_h))
    return pages
