"""Screens on pages, never a scroll bar: ``PageView``.

Every kiosk screen sits in a PageView (the window wraps each one, see seeing.wrap). A screen
that fits (the usual look) fills it, and nothing else shows. One that does not fit (bigger
text, the low layout of reach_layout.py, a long list) is cut into pages: a row under it shows
"Vorige", where the resident is ("1/4") and "Meer", one tap a page. There is no scroll bar in
any look: a resident with a tremor or poor eyesight cannot drag a thin bar, and on a touch
screen there is no wheel.

A page never ends in the middle of a button, a text or a card: it ends right above the first
one that would be cut (the rest of that page stays empty), and the next page starts with it
(page_breaks.py). Only a thing taller than a whole page is cut: a card between the texts
inside it, a text between its lines; it starts at the top of a page. No page is empty.
Tab (or a screen reader) moving to an option on another page turns to that page. Where a row
under the screen is there anyway (reach_layout.py), the page buttons share it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.common.theme import Colours
from kiosk.ui.kiosk_screen.page_breaks import PAGE_GAP, page_starts, text_lines, whole_things
from kiosk.ui.kiosk_screen.widgets import MARGIN, TOUCH_FOCUS, TOUCH_H, icon_label, label

#: The page buttons are at least this wide (px).
PAGE_BUTTON_W = 180

PAGER_QSS = f"""
QWidget#pager {{ background: {Colours.CARD}; border-top: 2px solid {Colours.BORDER}; }}
QWidget#pagerShared {{ background: transparent; }}
QPushButton#pageButton {{ background: {Colours.CARD}; border: 3px solid {Colours.NAVY};
  border-radius: 16px; padding: 0px; }}
QPushButton#pageButton QLabel {{ background: transparent; }}
QLabel#pageButtonText {{ font-size: 26px; font-weight: 700; color: {Colours.NAVY}; }}
QPushButton#pageButton:pressed {{ background: #E3EAF3; }}
QPushButton#pageButton:disabled {{ background: #ECEFF3; border-color: #9AA3AE; }}
QPushButton#pageButton QLabel#pageButtonText:disabled {{ color: #4A5563; }}
QPushButton#pageButton:focus {{ border: 6px solid #9A4A00; }}
QLabel#pageNumber {{ font-size: 30px; font-weight: 700; color: {Colours.NAVY};
  background: transparent; }}
"""


class PageButton(QPushButton):
    """A page button, "Vorige" or "Meer": an arrow beside a short word, as tall as the bar's
    buttons."""

    def __init__(self, text: str, icon: str) -> None:
        super().__init__()
        self.setObjectName("pageButton")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(TOUCH_FOCUS)
        self.setAccessibleName(text)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(20, 0, 24, 0)
        lay.setSpacing(14)
        lay.addStretch(1)
        lay.addWidget(icon_label(icon, 44))
        self._text = label(text, "pageButtonText", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self._text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        lay.addWidget(self._text)
        lay.addStretch(1)

    def text(self) -> str:  # the visible text lives in a label
        return self._text.text()

    def sizeHint(self) -> QSize:
        # Its least size is its words' (not a fixed minimum: that would squeeze them).
        lay = self.layout()
        assert lay is not None
        hint = lay.sizeHint()
        return QSize(max(PAGE_BUTTON_W, hint.width()), max(TOUCH_H, hint.height() + 16))

    minimumSizeHint = sizeHint


#: The words of "Alles lager" (reach_layout.py), where the page buttons were first. Named so,
#: ``i18n update`` files this module's ``_tr`` texts under it (a module without one is left out).
_CTX = "ReachLayout"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class Pager(QWidget):
    """The page buttons: "Vorige", where the resident is ("2/4") and "Meer". Under a screen that
    does not fit (a row of its own), or ``shared`` in the row of reach_layout.py when that row
    is there anyway."""

    def __init__(self, shared: bool = False) -> None:
        super().__init__()
        self.setObjectName("pagerShared" if shared else "pager")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(PAGER_QSS)
        row = QHBoxLayout(self)
        if shared:
            row.setContentsMargins(0, 0, 0, 0)
        else:
            row.setContentsMargins(MARGIN, 12, MARGIN, 12)
        row.setSpacing(24)
        self.up = PageButton(_tr("Vorige"), "arrow-up")
        self.down = PageButton(_tr("Meer"), "arrow-down")
        self.up.setAccessibleDescription(_tr("Toon het vorige deel van dit scherm."))
        self.down.setAccessibleDescription(_tr("Toon de rest van dit scherm."))
        self.number = label("", "pageNumber", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.number.setMinimumWidth(88)
        if not shared:
            row.addStretch(1)
        row.addWidget(self.up)
        row.addWidget(self.number)
        row.addWidget(self.down)
        if not shared:
            row.addStretch(1)

    def show_page(self, index: int, count: int) -> None:
        self.number.setText(_tr("{page}/{pages}").format(page=index + 1, pages=count))
        self.number.setAccessibleName(
            _tr("Deel {page} van {pages}").format(page=index + 1, pages=count)
        )
        self.up.setEnabled(index > 0)
        self.down.setEnabled(index < count - 1)


class PageView(QWidget):
    """A screen (``page``) shown whole or a page at a time; see the module's docstring.
    ``changed`` fires when the number of pages or the page shown changes."""

    changed = Signal()

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setObjectName("pageView")
        self.page = page
        # The window never grows for a screen: the view takes the room it is given.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._area = QWidget()
        self._area.setObjectName("pageArea")
        self._area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._clip = QWidget(self._area)
        self._clip.setObjectName("pageViewport")
        page.setParent(self._clip)
        self.pager = Pager()
        self.pager.hide()
        self.pager.up.clicked.connect(lambda: self.turn(-1))
        self.pager.down.clicked.connect(lambda: self.turn(1))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self._area, 1)
        lay.addWidget(self.pager)
        self._pages: list[tuple[int, int]] = [(0, 0)]
        self._index = 0
        self._busy = self._again = False
        #: A pager elsewhere (reach_layout.py's row) that turns this view's pages: then the
        #: view needs no row of its own, and its screen gets that room.
        self.shared: Pager | None = None
        self._area.installEventFilter(self)
        self._clip.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    # --- pages -----------------------------------------------------------------------------

    @property
    def count(self) -> int:
        return len(self._pages)

    @property
    def index(self) -> int:
        return self._index

    @property
    def paged(self) -> bool:
        return len(self._pages) > 1

    def use_pager(self, shared: Pager | None) -> None:
        """Turn pages with ``shared`` (driven by its owner) instead of an own row; None: own."""
        if shared is not self.shared:
            self.shared = shared
            self.relayout()

    def turn(self, step: int) -> None:
        self.show_page(self._index + step)

    def show_page(self, index: int) -> None:
        index = max(0, min(len(self._pages) - 1, index))
        if index != self._index:
            self._index = index
            self._place()
            self.changed.emit()

    def first_page(self) -> None:
        self.show_page(0)

    def page_of(self, widget: QWidget) -> int | None:
        """The page that shows ``widget`` whole (its first), if any."""
        top = widget.mapTo(self.page, QPoint(0, 0)).y()
        bottom = top + widget.height()
        for i, (start, end) in enumerate(self._pages):
            if start <= top and bottom <= end:
                return i
        return None

    # --- layout ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (watched is self._area and kind == QEvent.Type.Resize) or (
            watched is self._clip and kind == QEvent.Type.LayoutRequest
        ):
            self.relayout()
        return False

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        self._index = 0  # a screen shown again starts at its first page
        self.relayout()

    def _need(self, width: int) -> int:
        """The screen's height at ``width``. Not its minimum size: with texts that wrap, that
        is the height at the least width its layout allows, far higher than at this one."""
        page = self.page
        need = page.heightForWidth(width) if page.hasHeightForWidth() else -1
        if need < 0:
            need = max(page.sizeHint().height(), page.minimumSizeHint().height())
        return need

    def relayout(self) -> None:
        """Size the screen to the view's width and cut it into pages when it is too high."""
        if self._busy:  # asked again while at it (the view changed size): once more after
            self._again = True
            return
        self._busy = True
        try:
            for _ in range(3):
                self._again = False
                self._relayout()
                if not self._again:
                    break
        finally:
            self._busy = False

    def _relayout(self) -> None:
        # The view's own size: its area and its page buttons share it (the area's size may
        # lag behind while the buttons come or go).
        width, full = self.width(), self.height()
        need = self._need(width)
        before = (len(self._pages), self._index)
        if need <= full:
            self.pager.hide()
            self._pages = [(0, full)]
            self.page.setGeometry(0, 0, width, full)
        else:
            view_h = full
            if self.shared is None:
                if not self.pager.isVisible():
                    self.pager.show()
                self.pager.ensurePolished()
                view_h -= self.pager.sizeHint().height()
            else:
                self.pager.hide()
            self.page.setGeometry(0, 0, width, need)
            lay = self.page.layout()
            if lay is not None:
                lay.activate()  # the children where they are now, not at the last pass
            spans = []
            for w in whole_things(self.page):
                top = w.mapTo(self.page, QPoint(0, 0)).y()
                if isinstance(w, QLabel) and w.wordWrap() and w.height() > view_h - PAGE_GAP:
                    # A text taller than a page: cut between its lines (page_breaks.py).
                    spans += [(top + t, top + b) for t, b in text_lines(w)]
                else:
                    spans.append((top, top + w.height()))
            self._pages = page_starts(spans, need, view_h)
        self._index = min(self._index, len(self._pages) - 1)
        self._place()
        if (len(self._pages), self._index) != before:
            self.changed.emit()

    def _place(self) -> None:
        start, end = self._pages[self._index]
        width = self.width()
        self._clip.setGeometry(0, 0, width, min(self._area.height(), end - start))
        self.page.move(0, -start)
        self.pager.show_page(self._index, len(self._pages))

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.paged or not self.page.isAncestorOf(new):
            return
        start, end = self._pages[self._index]
        top = new.mapTo(self.page, QPoint(0, 0)).y()
        if start <= top and top + new.height() <= end:
            return
        index = self.page_of(new)
        if index is not None:
            self.show_page(index)


def view_of(widget: QWidget | None) -> PageView | None:
    """The PageView that holds ``widget`` (the nearest one)."""
    while widget is not None and not isinstance(widget, PageView):
        widget = widget.parentWidget()
    return widget
