"""Parts of the low layout (reach_layout.py): its style, the page buttons, and how to find a
screen's heading, its controls and the part of a control that shows."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kiosk.ui.common.theme import Colours
from kiosk.ui.kiosk_screen.widgets import TOUCH_FOCUS, TOUCH_H, icon_label, label

REACH_QSS = f"""
QWidget#reachCalm {{ background: {Colours.BACKGROUND}; }}
QLabel#reachNote {{ font-size: 28px; color: {Colours.MUTED}; }}
QWidget#reachRow {{ background: {Colours.CARD}; }}
QPushButton#pager {{ background: {Colours.CARD}; border: 3px solid {Colours.NAVY};
  border-radius: 16px; padding: 0px; }}
QPushButton#pager QLabel {{ background: transparent; }}
QLabel#pagerText {{ font-size: 24px; font-weight: 700; color: {Colours.NAVY}; }}
QPushButton#pager:pressed {{ background: #E3EAF3; }}
QPushButton#pager:disabled {{ background: #ECEFF3; border-color: #9AA3AE; }}
QPushButton#pager QLabel#pagerText:disabled {{ color: #4A5563; }}
QPushButton#pager:focus {{ border: 6px solid #9A4A00; }}
"""


class PageButton(QPushButton):
    """A page button: an arrow above a short word, as tall as the bar's buttons."""

    def __init__(self, text: str, icon: str) -> None:
        super().__init__()
        self.setObjectName("pager")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(TOUCH_FOCUS)
        self.setAccessibleName(text)
        self.setMinimumSize(116, TOUCH_H)
        lay = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        lay.setContentsMargins(14, 10, 14, 8)
        lay.setSpacing(2)
        self._lay = lay
        self._icon = icon_label(icon, 44)
        lay.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignCenter)
        self._text = label(text, "pagerText", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self._text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        lay.addWidget(self._text)

    def text(self) -> str:  # the visible text lives in a label
        return self._text.text()

    def set_wide(self, wide: bool) -> None:
        """Arrow beside the word (a row with room, bigger text) or above it (in the bar)."""
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        self._lay.setDirection(direction)
        self._lay.setSpacing(16 if wide else 2)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self._lay.sizeHint().expandedTo(self.minimumSize())

    minimumSizeHint = sizeHint


def heading_of(page: QWidget) -> tuple[QLabel | None, QLabel | None]:
    """A screen's title (its first visible "kioskTitle" label) and its lead (the "kioskLead"
    label right after the title in the same layout, if any): every screen builds them alike."""
    titles = [lab for lab in page.findChildren(QLabel, "kioskTitle") if lab.isVisibleTo(page)]
    if not titles or not titles[0].text():
        return None, None
    title = titles[0]
    holder = _layout_holding(page.layout(), title)
    if holder is not None:
        index = holder.indexOf(title)
        following = holder.itemAt(index + 1) if index + 1 < holder.count() else None
        lead = following.widget() if following is not None else None
        if isinstance(lead, QLabel) and lead.objectName() == "kioskLead" and lead.text():
            return title, lead
    return title, None


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        found = _layout_holding(item.layout() if item is not None else None, widget)
        if found is not None:
            return found
    return None


def controls_of(root: QWidget) -> list[QWidget]:
    """The things a resident touches under ``root``: buttons and text fields."""
    found = root.findChildren(QAbstractButton) + root.findChildren(QLineEdit)
    return [w for w in found if w.isVisibleTo(root)]


def visible_rect_in(widget: QWidget, window: QWidget) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the part of ``widget`` that shows in ``window``: clipped
    by every parent (a scrolled page shows only what its viewport shows). None: none shows."""
    pos = widget.mapTo(window, QPoint(0, 0))
    left, top = pos.x(), pos.y()
    right, bottom = left + widget.width(), top + widget.height()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        p = parent.mapTo(window, QPoint(0, 0))
        left, top = max(left, p.x()), max(top, p.y())
        right = min(right, p.x() + parent.width())
        bottom = min(bottom, p.y() + parent.height())
        parent = parent.parentWidget()
    if right <= left or bottom <= top:
        return None
    return left, top, right, bottom
