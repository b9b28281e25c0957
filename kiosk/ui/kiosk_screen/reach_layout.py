"""The low layout, "Alles lager": every control within reach from a wheelchair.

A kiosk screen standing up is taller than a seated resident can reach: with the default
settings (32 inch, lower edge 850 mm above the floor) only the lower 1002 of the 1920 design
rows lie 380-1220 mm above the floor (kiosk/core/reach.py works that out from the settings
``kiosk.screen_diagonal_in`` and ``kiosk.screen_bottom_mm``). One touch on "Alles lager" (next to
"Grotere letters" and "Meer contrast", so always within reach itself) moves the whole screen down:
a calm area under the header fills the rows out of reach and holds no control, only the
screen's title and lead (moved up when they fit there: words need no reach) and a short note;
the screen, the toggles and the bottom bar sit in the band within reach. A screen that no
longer fits there gets two big buttons, "Vorige" and "Meer", that turn a page with one tap each
(no swipe or drag needed; the scroll bar of bigger text keeps working too). A page starts at the
first control the previous page cut off, so every button shows whole on some page.

The "Ben je er nog?" warning moves into the band as well. Like bigger text, the low layout goes
back to normal after every resident (the ticket is done, or nobody touched the kiosk for
``reset_after_s``). When everything under the header already lies within reach (a kiosk mounted
low, or lying down) the toggle is not shown: there is nothing to move.

Standing up, the toggle shares the strip above the bottom bar with the other two, and the page
buttons sit in the bottom bar between the way back and help. With bigger text (or lying down)
there is no room for that: the toggle and the page buttons get a row of their own right above.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import KioskSettings
from kiosk.core.reach import Band, ScreenReach
from kiosk.ui.kiosk_screen.reach_parts import REACH_QSS, PageButton, controls_of, heading_of
from kiosk.ui.kiosk_screen.seeing import AccessToggle, SeeingModes
from kiosk.ui.kiosk_screen.widgets import MARGIN, icon_label, label

#: Room left between a page's top and the control a new page starts with.
PAGE_GAP = 16


def reach_of(settings: KioskSettings, orientation: str) -> ScreenReach:
    return ScreenReach.for_orientation(
        orientation, settings.screen_diagonal_in, settings.screen_bottom_mm
    )


class ReachLayout(QObject):
    """The low layout of a kiosk window: the toggle, the calm area, the page buttons."""

    changed = Signal()

    def __init__(self, window: QWidget, settings: KioskSettings, orientation: str) -> None:
        super().__init__(window)
        self._window = window
        self.reach = reach_of(settings, orientation)
        self.band: Band | None = self.reach.band()
        self.button = AccessToggle(self.tr("Alles lager"), "reach-low")
        self.button.setAccessibleDescription(
            self.tr("Alle knoppen komen lager. Zo kan je ze ook vanuit een rolstoel aanraken.")
        )
        self.button.toggled.connect(lambda _on: self.apply())

        # The rows out of reach: calm, no control, a short note at the bottom.
        self.calm = QWidget()
        self.calm.setObjectName("reachCalm")
        self.calm.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.calm.setStyleSheet(REACH_QSS)
        calm = QVBoxLayout(self.calm)
        calm.setContentsMargins(MARGIN, 0, MARGIN, 32)
        calm.setSpacing(12)
        calm.addStretch(1)
        # The screen's title and first line, moved up here: words need no reach, and the
        # screen's controls get their room in the band.
        self.title = label("", "kioskTitle")
        self.lead = label("", "kioskLead")
        calm.addWidget(self.title)
        calm.addWidget(self.lead)
        calm.addSpacing(40)
        note_row = QHBoxLayout()
        note_row.setSpacing(20)
        note_row.addStretch(1)
        note_row.addWidget(icon_label("reach-low", 48))
        self.note = label(self.tr("Alle knoppen staan nu lager."), "reachNote", wrap=False)
        note_row.addWidget(self.note)
        note_row.addStretch(1)
        calm.addLayout(note_row)
        self.calm.hide()

        # A row above the toggles, with bigger text: the toggle (three toggles are too wide for
        # the strip or the bar then) and the page buttons; lying down always the page buttons.
        self.row = QWidget()
        self.row.setObjectName("reachRow")
        self.row.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.row.setStyleSheet(REACH_QSS)
        self._row = QHBoxLayout(self.row)
        self._row.setContentsMargins(MARGIN, 12, MARGIN, 0)
        self._row.setSpacing(24)
        self._row.addStretch(1)
        self.row.hide()

        # The page buttons. Standing up they sit in the bottom bar, between the way back and
        # help, where the bar has room: a row of their own would take the height the screen is
        # short of.
        self.pages = QWidget()
        self.pages.setObjectName("reachPages")
        self.pages.setStyleSheet(REACH_QSS)
        pages = QHBoxLayout(self.pages)
        pages.setContentsMargins(0, 0, 0, 0)
        pages.setSpacing(16)
        self.up = PageButton(self.tr("Vorige"), "arrow-up")
        self.down = PageButton(self.tr("Meer"), "arrow-down")
        self.up.setAccessibleDescription(self.tr("Toon het vorige deel van dit scherm."))
        self.down.setAccessibleDescription(self.tr("Toon de rest van dit scherm."))
        self.up.clicked.connect(lambda: self.turn_page(down=False))
        self.down.clicked.connect(lambda: self.turn_page(down=True))
        pages.addWidget(self.up)
        pages.addWidget(self.down)
        self.pages.hide()

        self._strip: QBoxLayout | None = None
        self._bar: QBoxLayout | None = None
        self._help: QWidget | None = None
        self._stack: QStackedWidget | None = None
        self._header: QWidget | None = None
        self._scroll: QScrollArea | None = None
        self._big = False
        #: The current screen's title and lead, hidden there while they show in the calm area.
        self._moved: list[QLabel] = []
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(1, settings.reset_after_s) * 1000)
        self._idle.timeout.connect(self.reset)

    # --- building it into the window ---------------------------------------------------------

    @property
    def needed(self) -> bool:
        """Some rows under the header lie above reach: the low layout has something to do."""
        header_h = self._header.minimumHeight() if self._header is not None else 0
        return self.band is not None and self.band.top > header_h

    def install(
        self,
        layout: QBoxLayout,
        header: QWidget,
        stack: QStackedWidget,
        toggles: QWidget,
        seeing: SeeingModes,
        bar: QWidget,
    ) -> None:
        """Put the calm area under ``header``, the row above ``toggles`` (standing up) or
        above the bottom ``bar``, the toggle next to the other two in ``toggles``, and the page
        buttons in the bar."""
        self._header, self._stack = header, stack
        bar_row = bar.layout()
        assert isinstance(bar_row, QBoxLayout)
        self._bar = bar_row
        self._help = getattr(bar, "help", None)
        layout.insertWidget(layout.indexOf(header) + 1, self.calm)
        above = layout.indexOf(toggles)
        if above < 0:  # lying down the toggles are inside the bottom bar: the last item
            above = layout.count() - 1
        layout.insertWidget(above, self.row)
        strip = toggles.layout()
        assert isinstance(strip, QBoxLayout)
        self._strip = strip
        strip.insertWidget(0, self.button)
        self.button.setVisible(self.needed)
        stack.currentChanged.connect(self._screen_changed)
        self._screen_changed(stack.currentIndex())
        seeing.changed.connect(lambda: self.set_big_text(seeing.big))

    def use_reach(self, reach: ScreenReach) -> None:
        """The screen as mounted at another height or size (the tests try several on one
        window; the settings give it at start)."""
        self.reach, self.band = reach, reach.band()
        self.apply()

    # --- on and off --------------------------------------------------------------------------

    @property
    def low(self) -> bool:
        return self.button.isChecked()

    def set_low(self, low: bool) -> None:
        self.button.setChecked(low and self.needed)
        self.apply()

    def reset(self) -> None:
        """Back to the normal layout (the next resident starts fresh)."""
        self._idle.stop()
        if self.low:
            self.set_low(False)

    def touched(self) -> None:
        if self.low:
            self._idle.start()

    def set_big_text(self, big: bool) -> None:
        """Bigger text on or off: standing up, the toggle moves to its own row and back."""
        if big != self._big:
            self._big = big
            self._place_toggle()

    def apply(self) -> None:
        low = self.low and self.band is not None
        self.calm.setVisible(low)
        if low and self.band is not None:
            # The header may grow with bigger text: then the screen simply starts lower.
            header_h = self._header.minimumHeight() if self._header is not None else 0
            self.calm.setFixedHeight(max(0, self.band.top - header_h))
        self._place_toggle()
        self._move_warning(low)
        self.screen_shown()
        if low:
            self._idle.start()
            self._to_top()
        else:
            self._idle.stop()
        self._update_pager()
        self.changed.emit()

    def screen_shown(self) -> None:
        """A screen was shown (or shown again with new words): in the low layout its title and
        lead go up to the calm area; otherwise they stay where the screen put them."""
        for lab in self._moved:
            lab.show()
        self._moved = []
        page = self._scroll.widget() if self._scroll is not None else None
        low = self.low and self.band is not None and page is not None
        title, lead = heading_of(page) if low and page is not None else (None, None)
        self.title.setVisible(title is not None)
        self.lead.setVisible(lead is not None)
        for copy, original in ((self.title, title), (self.lead, lead)):
            if original is not None:
                copy.setText(original.text())
        calm = self.calm.layout()
        room = self.calm.maximumHeight()
        width = self._window.width()
        needed = calm.totalHeightForWidth(width) if calm is not None else 0
        if needed < 0 and calm is not None:  # -1: nothing in it wraps
            needed = calm.totalSizeHint().height()
        if title is not None and needed > room:
            # Too little room above the band (lying down, mounted high): the words stay put.
            self.title.hide()
            self.lead.hide()
            return
        for original in (title, lead):
            if original is not None:
                original.hide()
                self._moved.append(original)

    def _place_toggle(self) -> None:
        # Bigger text: three toggles are too wide for the strip (or, lying down, the bar).
        in_row = self._big and self._strip is not None
        wanted = self._row if in_row else self._strip
        if wanted is not None and wanted.indexOf(self.button) < 0:
            wanted.insertWidget(0, self.button)
        self.button.setVisible(self.needed)
        # The page buttons: in the bar standing up with the usual text, else in the row.
        if self._is_strip() and not self._big and self._bar is not None:
            if self._bar.indexOf(self.pages) < 0:
                help_at = self._bar.indexOf(self._help) if self._help is not None else -1
                self._bar.insertWidget(help_at if help_at >= 0 else self._bar.count(), self.pages)
        elif self._row.indexOf(self.pages) < 0:
            self._row.addWidget(self.pages)
        wide = self._row.indexOf(self.pages) >= 0
        self.up.set_wide(wide)
        self.down.set_wide(wide)
        self._update_pager()

    def _is_strip(self) -> bool:
        """Standing up the toggles have a strip of their own (lying down: the bottom bar)."""
        return self.reach.height_px > self.reach.width_px

    def _move_warning(self, low: bool) -> None:
        """The "Ben je er nog?" card, with its button, below the band's top."""
        warning = getattr(self._window, "reset_warning", None)
        lay = warning.layout() if warning is not None else None
        if lay is None:
            return
        margins = lay.contentsMargins()
        kept = warning.property("reachTop")
        if kept is None:
            kept = margins.top()
            warning.setProperty("reachTop", kept)
        top = self.band.top if low and self.band is not None else int(kept)
        top = max(int(kept), top)
        lay.setContentsMargins(margins.left(), top, margins.right(), margins.bottom())

    # --- pages ---------------------------------------------------------------------------------

    def _screen_changed(self, _index: int) -> None:
        if self._scroll is not None:
            self._scroll.verticalScrollBar().rangeChanged.disconnect(self._range_changed)
            self._scroll.verticalScrollBar().valueChanged.disconnect(self._value_changed)
        current = self._stack.currentWidget() if self._stack is not None else None
        self._scroll = current if isinstance(current, QScrollArea) else None
        if self._scroll is not None:
            bar = self._scroll.verticalScrollBar()
            bar.rangeChanged.connect(self._range_changed)
            bar.valueChanged.connect(self._value_changed)
            if self.low:
                self._to_top()  # a new screen starts at its first page
        self._update_pager()

    def _range_changed(self, _low: int, _high: int) -> None:
        self._update_pager()

    def _value_changed(self, _value: int) -> None:
        self._update_pager()

    def _to_top(self) -> None:
        if self._scroll is not None:
            self._scroll.verticalScrollBar().setValue(0)

    def _update_pager(self) -> None:
        bar = self._scroll.verticalScrollBar() if self._scroll is not None else None
        paging = self.low and bar is not None and bar.maximum() > 0
        self.pages.setVisible(paging)
        toggle_here = self._row.indexOf(self.button) >= 0 and self.needed
        self.row.setVisible(toggle_here or (paging and self._row.indexOf(self.pages) >= 0))
        if bar is not None:
            self.up.setEnabled(bar.value() > bar.minimum())
            self.down.setEnabled(bar.value() < bar.maximum())

    def turn_page(self, down: bool) -> None:
        """One page further (or back): the next page starts at the first control the current
        one cut off, so that control shows whole (the last page ends where the screen ends)."""
        scroll = self._scroll
        if scroll is None:
            return
        bar = scroll.verticalScrollBar()
        page = scroll.widget()
        view_h = scroll.viewport().height()
        value = bar.value()
        spans = []
        for w in controls_of(page):
            top = w.mapTo(page, QPoint(0, 0)).y()
            spans.append((top, top + w.height()))
        if down:
            edge = value + view_h
            cut = [top for top, bottom in spans if top < edge < bottom and top > value + PAGE_GAP]
            target = (min(cut) if cut else edge) - PAGE_GAP
            if target <= value:
                target = value + max(1, view_h - PAGE_GAP)
        else:
            target = value - view_h + PAGE_GAP
            cut = [top for top, bottom in spans if top < target + PAGE_GAP < bottom]
            if cut:
                target = min(cut) - PAGE_GAP
        # The last page ends at the screen's end: its first row may have shown already.
        bar.setValue(max(bar.minimum(), min(bar.maximum(), target)))
