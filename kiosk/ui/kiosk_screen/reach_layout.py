"""The low layout, "Alles lager": every control within reach from a wheelchair.

A kiosk screen standing up is taller than a seated resident can reach: with the default
settings (32 inch, lower edge 850 mm above the floor) only the lower 1002 of the 1920 design
rows lie 380-1220 mm above the floor (kiosk/core/reach.py works that out from the settings
``kiosk.screen_diagonal_in`` and ``kiosk.screen_bottom_mm``). One touch on "Alles lager" (next to
"Grotere letters" and "Meer contrast", so always within reach itself) moves every control down:
the rows out of reach hold no control, only what is there to read. The screen's read-only top
goes up there (its title and lead, the ticket's number, the notice that the town hall is
closed: words need no reach), with a short note that the buttons are lower now; the rest of
the screen, the toggles and the bottom bar sit in the band within reach. A screen that no
longer fits there is shown a page at a time, with "Vorige", "1/4" and "Meer" under it
(page_view.py; no scroll bar, no half button).

The "Ben je er nog?" warning moves into the band as well. Like bigger text, the low layout goes
back to normal after every resident (the ticket is done, or nobody touched the kiosk for
``reset_after_s``). When everything under the header already lies within reach (a kiosk mounted
low, or lying down) the toggle is not shown: there is nothing to move.

Standing up, the toggle shares the strip above the bottom bar with the other toggles; when
they are too wide together for the strip (bigger text, longer words) it gets a row of its own
right above. Lying down the toggles sit in the bar; with bigger text they all go to that row.
The row, when it shows, also holds the page buttons of a screen that does not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import KioskSettings
from kiosk.core.reach import Band, ScreenReach
from kiosk.ui.kiosk_screen.page_view import Pager, PageView
from kiosk.ui.kiosk_screen.reach_parts import REACH_QSS, Lifted, read_only_top, row_width
from kiosk.ui.kiosk_screen.seeing import AccessToggle, SeeingModes
from kiosk.ui.kiosk_screen.widgets import MARGIN, icon_label, label

#: The calm area's margins and the room between what it shows.
CALM_TOP = 24
CALM_BOTTOM = 24
CALM_SPACING = 20
#: The note's icon (px) and the room between it and its words.
NOTE_ICON = 56
NOTE_GAP = 20
#: Qt's "no maximum" for a widget's size (QWIDGETSIZE_MAX).
QWIDGETSIZE_MAX = 16777215


def reach_of(settings: KioskSettings, orientation: str) -> ScreenReach:
    return ScreenReach.for_orientation(
        orientation, settings.screen_diagonal_in, settings.screen_bottom_mm
    )


class ReachLayout(QObject):
    """The low layout of a kiosk window: the toggle, the calm area and what goes up there."""

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

        # The rows out of reach: no control; the screen's read-only top, and a short note.
        self.calm = QWidget()
        self.calm.setObjectName("reachCalm")
        self.calm.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.calm.setStyleSheet(REACH_QSS)
        self._calm = calm = QVBoxLayout(self.calm)
        calm.setContentsMargins(MARGIN, CALM_TOP, MARGIN, CALM_BOTTOM)
        calm.setSpacing(CALM_SPACING)
        #: What the current screen lent to the calm area (its title, lead, number, ...).
        self.lifted = Lifted(self.calm)
        calm.addWidget(self.lifted.holder)
        # What went up may grow there (the printer's news comes later): weigh it again.
        self.lifted.holder.installEventFilter(self)
        self._room = 0
        calm.addStretch(1)
        self.note = QWidget()
        note_row = QHBoxLayout(self.note)
        note_row.setContentsMargins(0, 0, 0, 0)
        note_row.setSpacing(NOTE_GAP)
        note_row.addStretch(1)
        note_row.addWidget(icon_label("reach-low", NOTE_ICON))
        # On one line where it fits; wrapped where not (bigger text, longer words: _fit_note).
        self.note_text = label(self.tr("Alle knoppen staan nu lager."), "reachNote", wrap=False)
        note_row.addWidget(self.note_text)
        note_row.addStretch(1)
        calm.addWidget(self.note)
        self.note.installEventFilter(self)
        calm.addStretch(1)
        self.calm.hide()

        # A row above the toggles, for what does not fit where it belongs (bigger text, longer
        # words): "Alles lager" when the strip is too narrow for all the toggles standing up;
        # lying down all the toggles, when the bar is.
        self.row = QWidget()
        self.row.setObjectName("reachRow")
        self.row.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.row.setStyleSheet(REACH_QSS)
        self._row = QHBoxLayout(self.row)
        self._row.setContentsMargins(MARGIN, 12, MARGIN, 0)
        self._row.setSpacing(24)
        self._row.addStretch(1)
        # While the row is there, the screens' page buttons are in it too: a screen that does
        # not fit keeps the height a row of its own would take.
        self.pager = Pager(shared=True)
        self.pager.up.clicked.connect(lambda: self._turn(-1))
        self.pager.down.clicked.connect(lambda: self._turn(1))
        self.pager.hide()
        self._row.addWidget(self.pager)
        self._watched: set[int] = set()
        self.row.hide()

        self._strip: QBoxLayout | None = None
        #: Lying down: the bar the toggles sit in, and its row.
        self._bar: QWidget | None = None
        self._bar_row: QBoxLayout | None = None
        self._stack: QStackedWidget | None = None
        self._header: QWidget | None = None
        self._big = False
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
        above the bottom ``bar``, and the toggle next to the other two in ``toggles``."""
        self._header, self._stack = header, stack
        layout.insertWidget(layout.indexOf(header) + 1, self.calm)
        above = layout.indexOf(toggles)
        if above < 0:  # lying down the toggles are inside the bottom bar: the last item
            above = layout.indexOf(bar)
            bar_row = bar.layout()
            assert isinstance(bar_row, QBoxLayout)
            self._bar, self._bar_row = bar, bar_row
        layout.insertWidget(above, self.row)
        strip = toggles.layout()
        assert isinstance(strip, QBoxLayout)
        self._strip = strip
        strip.insertWidget(0, self.button)
        self.button.setVisible(self.needed)
        seeing.changed.connect(lambda: self.set_big_text(seeing.big))
        self._window.installEventFilter(self)
        toggles.installEventFilter(self)  # another language: other widths

    def use_reach(self, reach: ScreenReach) -> None:
        """The screen as mounted at another height or size (the tests try several on one
        window; the settings give it at start)."""
        self.reach, self.band = reach, reach.band()
        self.apply()

    @property
    def view(self) -> PageView | None:
        """The current screen's PageView (its pages, "Vorige" and "Meer")."""
        current = self._stack.currentWidget() if self._stack is not None else None
        return current if isinstance(current, PageView) else None

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
        """Bigger text on or off: the toggle moves to its own row and back, and what went up
        is weighed again (it grew)."""
        if big != self._big:
            self._big = big
            self._place_toggle()
        self.lifted.restyle()
        self.screen_shown()

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
        else:
            self._idle.stop()
        self.changed.emit()

    def screen_shown(self) -> None:
        """A screen was shown (or shown again with new words): in the low layout its read-only
        top goes up to the calm area, as much of it as fits there; otherwise it stays put."""
        self._place_toggle()  # the words may be new (another language): do they still fit?
        self.lifted.give_back()
        view = self.view
        self._share_pager()  # screens added since, and this screen's pages
        if not (self.low and self.band is not None and view is not None):
            return
        room = self.calm.maximumHeight() - CALM_TOP - CALM_BOTTOM
        width = self._window.width() - 2 * MARGIN
        used = self.lifted.take(read_only_top(view.page), room, width, CALM_SPACING)
        self._room = room
        # A step's number in its circle, in the size its text has now (up here or back).
        for lab in self.lifted.holder.findChildren(QLabel) + view.page.findChildren(QLabel):
            SeeingModes.grow_badge(lab, self._big)
        # The note, where there is room left for it: it says why the top is quiet. In the
        # middle of the room under what went up; at the top when nothing did.
        note_h = self._fit_note(width)
        self.note.setVisible(used + CALM_SPACING + note_h <= room)
        self._calm.setStretch(self._calm.indexOf(self.lifted.holder) + 1, 1 if used else 0)
        view.first_page()

    def _fit_note(self, width: int) -> int:
        """The note on one line when it fits in ``width``, wrapped under itself when not (a
        line cut at the screen's edge says nothing): the height it takes."""
        text = self.note_text
        beside = NOTE_ICON + NOTE_GAP
        wrap = self._note_wraps(width)
        if wrap != text.wordWrap():
            text.setWordWrap(wrap)
        if wrap:
            text.setFixedWidth(max(1, width - beside))
            return max(NOTE_ICON, text.heightForWidth(width - beside))
        text.setMinimumWidth(0)
        text.setMaximumWidth(QWIDGETSIZE_MAX)
        return max(NOTE_ICON, text.sizeHint().height())

    def _note_wraps(self, width: int) -> bool:
        text = self.note_text
        text.ensurePolished()
        need = NOTE_ICON + NOTE_GAP + text.fontMetrics().horizontalAdvance(text.text()) + 4
        return need > width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self._place_toggle()  # the toggles fit where they are at this width?
        elif event.type() == QEvent.Type.LanguageChange and self._is_toggles(watched):
            # Other words, other widths: weighed once the toggles have their new sizes.
            QTimer.singleShot(0, self._place_toggle)
        elif watched is self.lifted.holder and event.type() == QEvent.Type.LayoutRequest:
            holder = self.lifted.holder
            if self.lifted.widgets and holder.heightForWidth(holder.width()) > self._room:
                QTimer.singleShot(0, self.screen_shown)
        elif watched is self.note and event.type() == QEvent.Type.LayoutRequest:
            # New words (another language): one line still, or two now? Weighed again.
            wraps = self._note_wraps(self._window.width() - 2 * MARGIN)
            if self.calm.isVisible() and wraps != self.note_text.wordWrap():
                QTimer.singleShot(0, self.screen_shown)
        return False

    def _is_toggles(self, watched: QObject) -> bool:
        return self._strip is not None and watched is self._strip.parentWidget()

    def _place_toggle(self) -> None:
        # With the other toggles, unless they are too wide together for the strip (bigger text,
        # a language with longer words; lying down: the bar): then in a row of its own right
        # above. Weighed without moving it, so a new screen moves nothing that fits.
        strip = self._strip
        if strip is None:
            return
        self._place_toggles_in_bar()
        host = strip.parentWidget()
        strip.invalidate()
        width = strip.minimumSize().width()
        if strip.indexOf(self.button) < 0:
            width += self.button.minimumSizeHint().width() + strip.spacing()
        fits = not self.needed or host is None or width <= host.width()
        place = strip if fits else self._row
        if place.indexOf(self.button) < 0:
            place.insertWidget(0, self.button)
        self.button.setVisible(self.needed)
        in_row = self._row.indexOf(self.button) >= 0 and self.needed
        self.row.setVisible(in_row or self._row.indexOf(host) >= 0)
        self._share_pager()

    def _place_toggles_in_bar(self) -> None:
        """Lying down the toggles sit in the bar, between the way back and help; with bigger
        text, or when the bar cannot hold them (longer words), they all go to the row right
        above it. By the look, not by the screen: they stay put from screen to screen."""
        bar, bar_row, strip = self._bar, self._bar_row, self._strip
        host = strip.parentWidget() if strip is not None else None
        if bar is None or bar_row is None or host is None:
            return
        need = row_width(bar_row)
        in_bar = bar_row.indexOf(host) >= 0
        if not in_bar:
            need += host.minimumSizeHint().width() + bar_row.spacing()
        fits = need <= bar.width() and not self._big
        if fits and not in_bar:
            help_button = getattr(bar, "help", None)
            at = bar_row.indexOf(help_button) if help_button is not None else -1
            bar_row.insertWidget(at if at >= 0 else bar_row.count(), host)
        elif not fits and in_bar:
            self._row.insertWidget(0, host)

    # --- the shared page buttons ---------------------------------------------------------

    def _share_pager(self) -> None:
        """Every screen turns its pages with the row's buttons while the row shows, else with
        its own (page_view.py)."""
        shared = self.pager if self.row.isVisibleTo(self._window) else None
        if shared is not None:  # next to what the row holds already (longer words: not)
            need = row_width(self._row)
            if self.pager.isHidden():
                for part in (self.pager, *self.pager.findChildren(QWidget)):
                    part.ensurePolished()
                need += self.pager.minimumSizeHint().width() + self._row.spacing()
            if need > self._window.width():
                shared = None
        for view in self._window.findChildren(PageView):
            if id(view) not in self._watched:
                self._watched.add(id(view))
                view.changed.connect(self._update_pager)
            view.use_pager(shared)
        self._update_pager()

    def _active(self) -> PageView | None:
        """The view on screen whose pages the row's buttons turn."""
        if self.row.isHidden():
            return None
        for view in self._window.findChildren(PageView):
            if view.shared is self.pager and view.paged and view.isVisible():
                return view
        return None

    def _update_pager(self) -> None:
        view = self._active()
        self.pager.setVisible(view is not None)
        if view is not None:
            self.pager.show_page(view.index, view.count)

    def _turn(self, step: int) -> None:
        view = self._active()
        if view is not None:
            view.turn(step)

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
