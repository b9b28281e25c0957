"""Seeing less: "Grotere letters", "Meer contrast" and "Lees voor", one touch from every screen.

The two toggles belong to the window (next to the help button, in the bottom bar lying down and
in a strip right above it standing up), so they are at the same place on every screen and never
need another feature to be reached. Both are plain on/off switches: one touch on, one touch off,
no hidden middle step a resident who sees little has to count.

- Bigger text doubles the kiosk's body text (24 px becomes 48), and makes larger text a little
  less larger (``bigger_px``): a title stays clearly bigger than the line under it, and text
  that is large already (the ticket number, the keys) stays as it is. The screens reflow:
  labels wrap, buttons grow in height (their maximum heights are lifted), and a screen that
  no longer fits is shown a page at a time (page_view.py: "Vorige", "1/4", "Meer"; never a
  scroll bar).
- More contrast rewrites the colours of the same style sheets: light colours become white, dark
  ones black, every border black and the focus ring a dark blue (>= 7:1 on white). Colour is
  never the only cue anyway: states also differ by text, icon and border pattern.

Both go back to normal when the kiosk returns to the start after a resident (the ticket is
done, or nobody touched the kiosk for ``reset_after_s`` seconds, also on the start screen).

"Lees voor" turns read-aloud on and off (read_aloud.py keeps it and the mode in step: the
speech key turns it on too, and shows it checked). It goes off with the other two.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.ui.common.theme import Colours
from kiosk.ui.kiosk_screen.page_view import PageView, view_of
from kiosk.ui.kiosk_screen.widgets import MARGIN, BarButton

#: Bigger text: a size becomes the smaller of twice itself and ``BIG_BASE_PX`` plus half of
#: itself (see ``bigger_px``).
BIG_SCALE = 2.0
BIG_BASE_PX = 40
#: The focus ring in high contrast: dark blue, 12.6:1 on white.
HC_FOCUS = "#0000A0"
HC_LIGHT = "#FFFFFF"
HC_DARK = "#000000"
QWIDGETSIZE_MAX = (1 << 24) - 1
#: Height of the two toggles.
ACCESS_H = 80

_FONT_RE = re.compile(r"font-size:\s*(\d+)px")
_DECL_RE = re.compile(r"(?P<prop>[a-z-]+)\s*:\s*(?P<value>[^;{}]+)")
_BLOCK_RE = re.compile(r"\{[^{}]*\}")
_COLOUR_RE = re.compile(r"#[0-9A-Fa-f]{6}\b|\bwhite\b|\bblack\b")

SEEING_QSS = f"""
QWidget#pageView, QWidget#pageArea, QWidget#pageViewport {{ background: {Colours.BACKGROUND}; }}
QWidget#accessRow {{ background: {Colours.CARD}; }}
QPushButton#access {{ background: {Colours.CARD}; border: 3px solid {Colours.NAVY};
  border-radius: 16px; padding: 0px; }}
QPushButton#access:checked {{ background: #E3EAF3; border: 5px double {Colours.NAVY}; }}
QPushButton#access QLabel#barText {{ color: {Colours.NAVY}; font-size: 24px; }}
QPushButton#access:focus {{ border: 6px solid {Colours.FOCUS}; }}
"""


#: Bigger text in the bottom bar and on the toggles: less than double, so the way back and
#: help share the bar, and the toggles a strip (standing up; lying down a row above the bar).
#: What does not fit there goes a row higher (reach_layout.py).
BAR_BIG_QSS = f"""
QLabel#barText {{ font-size: 44px; }}
QLabel#barNote {{ font-size: 36px; }}
QPushButton#access QLabel#barText {{ font-size: 32px; color: {Colours.NAVY}; }}
"""


def bigger_px(px: int) -> int:
    """The size of a text of ``px`` pixels with bigger text on: twice as large up to 26 px
    (the body text), then ever less more, so that sizes keep their order (a 56 px title over a
    28 px lead: 68 over 54, where doubling with a cap made both 56); never smaller than
    ``px``, so large text (the ticket number, 160 px and more) stays as it is."""
    return max(px, min(round(px * BIG_SCALE), round(BIG_BASE_PX + px / 2)))


def _luminance(name: str) -> float:
    if name == "white":
        return 1.0
    if name == "black":
        return 0.0
    channels = [int(name[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast_colour(colour: str, prop: str) -> str:
    if colour.upper() == Colours.FOCUS.upper():
        return HC_FOCUS
    if prop.startswith("border"):
        return HC_DARK
    return HC_LIGHT if _luminance(colour) > 0.3 else HC_DARK


def _contrast_decl(match: re.Match[str]) -> str:
    prop = match.group("prop")
    value = _COLOUR_RE.sub(lambda m: _contrast_colour(m.group(0), prop), match.group("value"))
    return match.group(0)[: match.start("value") - match.start()] + value


def _contrast_block(match: re.Match[str]) -> str:
    return _DECL_RE.sub(_contrast_decl, match.group(0))


def transform(qss: str, big: bool, contrast: bool) -> str:
    """``qss`` with bigger text and/or more contrast."""
    if big:
        qss = _FONT_RE.sub(lambda m: f"font-size: {bigger_px(int(m.group(1)))}px", qss)
    if contrast:
        if "{" in qss:
            qss = _BLOCK_RE.sub(_contrast_block, qss)
        else:  # a widget's own sheet: declarations only
            qss = _DECL_RE.sub(_contrast_decl, qss)
    return qss


def wrap(page: QWidget) -> PageView:
    """A screen in its PageView (page_view.py): the window shows these, one at a time."""
    return PageView(page)


def scroll_of(page: QWidget) -> QWidget:
    """The PageView that holds ``page`` (the stack's own child)."""
    view = view_of(page)
    return view if view is not None else page


def unwrap(widget: QWidget | None) -> QWidget | None:
    return widget.page if isinstance(widget, PageView) else widget


class AccessToggle(BarButton):
    """An on/off switch with an icon and a text; on, it shows a check mark and a double border."""

    def __init__(self, text: str, icon: str) -> None:
        super().__init__("access", text, icon, white=False)
        # Narrower edges than help's: four toggles share one strip standing up (in Dutch; a
        # language with longer words puts "Alles lager" a row higher, reach_layout.py).
        lay = self.layout()
        assert lay is not None
        lay.setContentsMargins(12, 0, 16, 0)
        lay.setSpacing(8)
        self._off_icon = icon
        self.setCheckable(True)
        self.toggled.connect(self._show_state)

    def _show_state(self, on: bool) -> None:
        self.set_content(self.text(), "check" if on else self._off_icon, white=False)

    def sizeHint(self) -> QSize:
        # Lower than help (80 px is still far above the 48 px a touch target needs), so the
        # strip standing up leaves the screens their room; taller when the text is bigger.
        lay = self.layout()
        assert lay is not None
        hint = lay.sizeHint()
        return QSize(hint.width(), max(ACCESS_H, hint.height() + 16))

    minimumSizeHint = sizeHint


class SeeingModes(QObject):
    """The two toggles of a window and what they do to it."""

    changed = Signal()

    def __init__(self, window: QWidget, reset_after_s: int) -> None:
        super().__init__(window)
        self._window = window
        self.big_button = AccessToggle(self.tr("Grotere letters"), "text-size")
        self.contrast_button = AccessToggle(self.tr("Meer contrast"), "contrast")
        #: Read-aloud on and off (read_aloud.py follows it; the speech key turns it on too).
        self.speech_button = AccessToggle(self.tr("Lees voor"), "speaker")
        self._quiet = False  # set_modes: one restyle for both toggles
        self.big_button.toggled.connect(lambda _on: self._quiet or self.apply())
        self.contrast_button.toggled.connect(lambda _on: self._quiet or self.apply())
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(1, reset_after_s) * 1000)
        self._idle.timeout.connect(self.reset)
        self.speech_button.toggled.connect(lambda on: on and self._idle.start())
        # The window's own fixed sizes, given back when bigger text goes off.
        header = getattr(window, "header", None)
        bar = getattr(window, "bar", None)
        self._header_h = header.maximumHeight() if header is not None else 0
        self._help_w = bar.help.minimumWidth() if bar is not None else 0
        self._bar_h = bar.maximumHeight() if bar is not None else 0
        self._time_w = header.time.minimumWidth() if header is not None else 0

    @property
    def big(self) -> bool:
        return self.big_button.isChecked()

    @property
    def contrast(self) -> bool:
        return self.contrast_button.isChecked()

    def set_modes(self, big: bool, contrast: bool) -> None:
        """Both looks at once, restyled once.

        Why ``_quiet``: each toggle's ``toggled`` restyles the whole window, and a restyle is
        Qt re-polishing every widget (a good part of a second on a slow kiosk PC); switching
        both toggles and then applying did it three times (the reset after every resident too).
        The toggles still get ``toggled``, so their own check mark follows.
        """
        self._quiet = True
        try:
            self.big_button.setChecked(big)
            self.contrast_button.setChecked(contrast)
        finally:
            self._quiet = False
        self.apply()

    def reset(self) -> None:
        """Back to normal text and colours, read-aloud off (the next resident starts fresh)."""
        self._idle.stop()
        self.speech_button.setChecked(False)
        if self.big or self.contrast:
            self.set_modes(False, False)

    def touched(self) -> None:
        if self.big or self.contrast or self.speech_button.isChecked():
            self._idle.start()

    def row(self) -> QWidget:
        """The two toggles side by side (the window places them next to help)."""
        host = QWidget()
        host.setObjectName("accessRow")
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        row.addWidget(self.big_button)
        row.addWidget(self.contrast_button)
        row.addWidget(self.speech_button)
        return host

    def strip(self) -> QWidget:
        """A strip with the toggles on the right, above the bottom bar (standing up)."""
        host = QWidget()
        host.setObjectName("accessRow")
        host.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(host)
        row.setContentsMargins(MARGIN, 12, MARGIN, 0)
        row.setSpacing(16)
        row.addStretch(1)
        row.addWidget(self.big_button)
        row.addWidget(self.contrast_button)
        row.addWidget(self.speech_button)
        return host

    def apply(self) -> None:
        """Restyle every widget of the window for the current modes (also new widgets)."""
        big, contrast = self.big, self.contrast
        window = self._window
        for widget in (window, *window.findChildren(QWidget)):
            self._restyle(widget, big, contrast)
        for widget in window.findChildren(QWidget):
            if isinstance(widget, QPushButton):
                self._lift_limits(widget, big)
            elif isinstance(widget, QLabel):
                self.grow_badge(widget, big)
        self._reflow(big)
        if big or contrast:
            self._idle.start()
        self.changed.emit()

    def _reflow(self, big: bool) -> None:
        """What a style sheet cannot do: fewer columns, a header and a help button that grow."""
        window = self._window
        for view in window.findChildren(PageView):  # screens that lay out anew (fewer columns)
            screen = view.page
            if hasattr(screen, "set_big_text"):
                screen.set_big_text(big)
        header = getattr(window, "header", None)
        if header is not None:
            if big:
                header.setMinimumHeight(self._header_h)
                header.setMaximumHeight(QWIDGETSIZE_MAX)
            else:
                header.setFixedHeight(self._header_h)
            header.time.setMinimumWidth(0 if big else self._time_w)
            header.fit()  # one line, whatever the look
        bar = getattr(window, "bar", None)
        if bar is not None:
            # Help keeps its least width (the same place in every look); the bar may grow in
            # height with bigger text and has its own height back without.
            bar.help.setMinimumWidth(self._help_w)
            if big:
                bar.setMinimumHeight(self._bar_h)
                bar.setMaximumHeight(QWIDGETSIZE_MAX)
            else:
                bar.setFixedHeight(self._bar_h)

    def _restyle(self, widget: QWidget, big: bool, contrast: bool) -> None:
        if widget.property("seeingKeep"):  # not for residents (the demo's tag): left alone
            return
        original = widget.property("seeingQss")
        if original is None:
            original = widget.styleSheet()
            if not original:
                return
            widget.setProperty("seeingQss", original)
        wanted = transform(original, big, contrast)
        if contrast and widget is self._window:
            wanted = f"QWidget {{ color: {HC_DARK}; }}\n" + wanted
        if big and widget is self._window:
            wanted += transform(BAR_BIG_QSS, False, contrast)
        if widget.styleSheet() != wanted:
            widget.setStyleSheet(wanted)

    @staticmethod
    def grow_badge(label: QLabel, big: bool) -> None:
        """A fixed-size label with text (a step number in a circle) grows with its text."""
        kept = label.property("seeingSize")
        if kept is None:
            if not label.text() or label.minimumSize() != label.maximumSize():
                return
            fixed = label.minimumSize()
            kept = fixed.width() if fixed.width() == fixed.height() else None
            if kept is None:
                return
            label.setProperty("seeingSize", kept)
        side = int(kept)
        if big:
            label.ensurePolished()
            fm = label.fontMetrics()
            side = max(side, fm.height() + 12, fm.horizontalAdvance(label.text()) + 24)
        label.setFixedSize(side, side)

    @staticmethod
    def _lift_limits(widget: QWidget, big: bool) -> None:
        """Bigger text: buttons may grow in height (their usual cap is lifted)."""
        if not isinstance(widget, QPushButton) or isinstance(widget, BarButton):
            return
        kept = widget.property("seeingMaxH")
        if kept is None:
            if widget.maximumHeight() >= QWIDGETSIZE_MAX:
                return
            kept = widget.maximumHeight()
            widget.setProperty("seeingMaxH", kept)
        widget.setMaximumHeight(QWIDGETSIZE_MAX if big else int(kept))
