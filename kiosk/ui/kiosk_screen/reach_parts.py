"""Parts of the low layout (reach_layout.py): its style, what of a screen may go up (its
read-only top) and how it goes there and back, a screen's controls and the part of a control
that shows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.common.theme import Colours

REACH_QSS = f"""
QWidget#reachCalm {{ background: {Colours.BACKGROUND}; }}
QLabel#reachNote {{ font-size: 30px; font-weight: 700; color: {Colours.NAVY}; }}
QWidget#reachRow {{ background: {Colours.CARD}; }}
"""


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


#: Cards (kiosk_screen/widgets.py's style names): one with no control in it is read-only.
CARDS = frozenset({"kioskCard", "kioskInfo", "kioskAlert", "kioskOk"})


def read_only_top(page: QWidget) -> list[QWidget]:
    """What of a screen may go up in the low layout, most wanted first: the screen's own
    ``read_only_top()`` (the ticket: its number, then the printer's news), else its title and
    lead, then every other text and card of its own with no control in it (a message, the
    steps to take a ticket), in their order. Only what shows now."""
    own = getattr(page, "read_only_top", None)
    if callable(own):
        found: list[QWidget] = own()
    else:
        found = [w for w in heading_of(page) if w is not None]
        found += [w for w in _read_only_blocks(page.layout()) if w not in found]
    return [w for w in found if w.isVisibleTo(page)]


def _read_only_blocks(layout: QLayout | None) -> list[QWidget]:
    """The texts and cards without controls that stand one above the other in ``layout``
    (not beside something: an icon and its text go together or not at all)."""
    found: list[QWidget] = []
    if layout is None:
        return found
    stacked = isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.TopToBottom,
        QBoxLayout.Direction.BottomToTop,
    )
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if item.layout() is not None:
            found += _read_only_blocks(item.layout())
            continue
        widget = item.widget()
        if widget is None or not stacked:
            continue
        text = isinstance(widget, QLabel) and bool(widget.text()) and widget.pixmap().isNull()
        card = widget.objectName() in CARDS and not controls_of(widget)
        if text or card:
            found.append(widget)
    return found


@dataclass
class _Place:
    """Where a lent widget lives in its screen: its layout, index, stretch and alignment."""

    widget: QWidget
    layout: QBoxLayout
    index: int
    stretch: int
    alignment: Qt.AlignmentFlag


class Lifted:
    """Widgets a screen lends to the calm area of the low layout, and gives back.

    The widgets themselves move (no copies: their texts, language and looks stay right), into
    ``holder``, which wears the screen's own style sheet so they keep their looks there."""

    def __init__(self, parent: QWidget) -> None:
        self.holder = QWidget(parent)
        self.holder.setObjectName("reachLifted")
        # Its style sheet is the screen's, already in the current look: seeing.py leaves it.
        self.holder.setProperty("seeingKeep", True)
        self._lay = QVBoxLayout(self.holder)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._screen: QWidget | None = None
        self._places: list[_Place] = []

    @property
    def widgets(self) -> list[QWidget]:
        return [p.widget for p in self._places]

    def take(self, wanted: list[QWidget], room: int, width: int, spacing: int) -> int:
        """Move as many of ``wanted`` (most wanted first) as fit in ``room`` px at ``width``;
        they show in the order they have on their screen. Returns the height they take."""
        self.give_back()
        chosen: list[_Place] = []
        used = 0
        for widget in wanted:
            place = _place_of(widget)
            if place is None:
                continue
            need = _height_for(widget, width) + (spacing if chosen else 0)
            if used + need > room:
                continue
            used += need
            chosen.append(place)
        if not chosen:
            return 0
        screen = chosen[0].widget.window()
        self._screen = _screen_of(chosen[0].widget)
        self._lay.setSpacing(spacing)
        self.restyle()
        chosen.sort(key=lambda p: p.widget.mapTo(screen, QPoint(0, 0)).y())
        for place in chosen:
            place.layout.removeWidget(place.widget)
        for place in chosen:
            self._lay.addWidget(place.widget, 0, place.alignment)
            place.widget.show()
        self._places = chosen
        self.holder.show()
        return used

    def give_back(self) -> None:
        """Every widget back where it was, in its own layout."""
        places, self._places = self._places, []
        for place in places:
            self._lay.removeWidget(place.widget)
        for place in sorted(places, key=lambda p: p.index):
            place.layout.insertWidget(place.index, place.widget, place.stretch, place.alignment)
            place.widget.show()
        self._screen = None
        self.holder.hide()

    def restyle(self) -> None:
        """The screen's style sheet as it is now (bigger text, more contrast)."""
        screen = self._screen
        sheet = screen.styleSheet() if screen is not None else ""
        if self.holder.styleSheet() != sheet:
            self.holder.setStyleSheet(sheet)


def _place_of(widget: QWidget) -> _Place | None:
    parent = widget.parentWidget()
    holder = _layout_holding(parent.layout() if parent is not None else None, widget)
    if not isinstance(holder, QBoxLayout):
        return None
    index = holder.indexOf(widget)
    item = holder.itemAt(index)
    alignment = item.alignment() if item is not None else Qt.AlignmentFlag(0)
    return _Place(widget, holder, index, holder.stretch(index), alignment)


def _screen_of(widget: QWidget) -> QWidget:
    """The kiosk screen (a "kioskPage") ``widget`` belongs to."""
    found = widget
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() == "kioskPage":
            found = parent
        parent = parent.parentWidget()
    return found


def _height_for(widget: QWidget, width: int) -> int:
    # Polished, children too: a look just switched (bigger text) shows in their sizes.
    for part in (widget, *widget.findChildren(QWidget)):
        part.ensurePolished()
    if widget.hasHeightForWidth():
        return widget.heightForWidth(width)
    return widget.sizeHint().height()


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


def row_width(row: QBoxLayout) -> int:
    """The least width a row of widgets needs for each to show all it has. Not the layout's
    own minimum: a widget with a minimum width of its own (help: 340 px) counts as that in
    it, even when its words need more."""
    width = 0
    shown = 0
    for i in range(row.count()):
        item = row.itemAt(i)
        if item is None or item.isEmpty():
            continue
        widget = item.widget()
        if widget is not None:
            for part in (widget, *widget.findChildren(QWidget)):
                part.ensurePolished()  # in the look it has now
            width += max(widget.minimumWidth(), widget.minimumSizeHint().width())
        else:
            width += item.minimumSize().width()
        shown += 1
    margins = row.contentsMargins()
    return width + row.spacing() * max(0, shown - 1) + margins.left() + margins.right()
