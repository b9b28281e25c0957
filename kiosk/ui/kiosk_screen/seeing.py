"""Seeing less: "Grotere letters" and "Meer contrast", one touch from every screen.

The two toggles belong to the window (next to the help button, in the bottom bar lying down and
in a strip right above it standing up), so they are at the same place on every screen and never
need another feature to be reached. Both are plain on/off switches: one touch on, one touch off,
no hidden middle step a resident who sees little has to count.

- Bigger text doubles every text size of the kiosk's style sheets (200 %), but stops at
  ``BIG_CAP_PX``: text that is already that large (the ticket number, the keys) stays as it is.
  The screens reflow: every screen sits in a scroll area that only scrolls when it cannot fit,
  labels wrap, buttons grow in height (their maximum heights are lifted). The scroll bar is
  48 px wide: a tap above or below its handle turns a page (a tap, no swipe needed).
- More contrast rewrites the colours of the same style sheets: light colours become white, dark
  ones black, every border black and the focus ring a dark blue (>= 7:1 on white). Colour is
  never the only cue anyway: states also differ by text, icon and border pattern.

Both go back to normal when the kiosk returns to the start after a resident (the ticket is
done, or nobody touched the kiosk for ``reset_after_s`` seconds, also on the start screen).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from kiosk.ui.common.theme import Colours
from kiosk.ui.kiosk_screen.widgets import MARGIN, BarButton

#: Bigger text: every text size times two, but never past this (in px).
BIG_SCALE = 2.0
BIG_CAP_PX = 56
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
QScrollArea#pageScroll {{ background: {Colours.BACKGROUND}; border: none; }}
QWidget#pageViewport {{ background: {Colours.BACKGROUND}; }}
QWidget#accessRow {{ background: {Colours.CARD}; }}
QPushButton#access {{ background: {Colours.CARD}; border: 3px solid {Colours.NAVY};
  border-radius: 16px; padding: 0px; }}
QPushButton#access:checked {{ background: #E3EAF3; border: 5px double {Colours.NAVY}; }}
QPushButton#access QLabel#barText {{ color: {Colours.NAVY}; font-size: 24px; }}
QPushButton#access:focus {{ border: 6px solid {Colours.FOCUS}; }}
QScrollArea#pageScroll QScrollBar:vertical {{ width: 48px; background: #E3EAF3;
  border-left: 2px solid {Colours.NAVY}; margin: 0px; }}
QScrollArea#pageScroll QScrollBar::handle:vertical {{ background: {Colours.NAVY};
  min-height: 96px; border-radius: 10px; margin: 6px; }}
QScrollArea#pageScroll QScrollBar::add-line:vertical,
QScrollArea#pageScroll QScrollBar::sub-line:vertical {{ height: 0px; }}
"""


#: Bigger text in the bottom bar and on the toggles: less than double, so help, the way back
#: and both toggles still fit side by side (lying down) or in two rows (standing up).
BAR_BIG_QSS = f"""
QLabel#barText {{ font-size: 44px; }}
QLabel#barNote {{ font-size: 36px; }}
QPushButton#access QLabel#barText {{ font-size: 36px; color: {Colours.NAVY}; }}
"""


def bigger_px(px: int) -> int:
    """The size of a text of ``px`` pixels with bigger text on."""
    if px >= BIG_CAP_PX:
        return px
    return min(round(px * BIG_SCALE), BIG_CAP_PX)


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


class PageScroll(QScrollArea):
    """A screen in a scroll area: it only scrolls when the screen cannot fit (bigger text)."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setObjectName("pageScroll")
        self.page = page
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setObjectName("pageViewport")
        self.setWidget(page)
        # Never wider than the screen (no sideways scrolling): an explicit minimum width wins
        # over the layout's, so the scroll area gives the page exactly the viewport's width.
        page.setMinimumWidth(1)
        # The window never grows for a screen: the scroll area takes whatever room is left.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)


def wrap(page: QWidget) -> PageScroll:
    return PageScroll(page)


def scroll_of(page: QWidget) -> QWidget:
    """The PageScroll that holds ``page`` (the stack's own child)."""
    widget: QWidget | None = page
    while widget is not None and not isinstance(widget, PageScroll):
        widget = widget.parentWidget()
    return widget if widget is not None else page


def unwrap(widget: QWidget | None) -> QWidget | None:
    return widget.page if isinstance(widget, PageScroll) else widget


class AccessToggle(BarButton):
    """An on/off switch with an icon and a text; on, it shows a check mark and a double border."""

    def __init__(self, text: str, icon: str) -> None:
        super().__init__("access", text, icon, white=False)
        # Narrower edges than help's: three toggles share one strip standing up, and French
        # ("Plus de contraste") did not fit with help's margins (test_kiosk_every_language).
        lay = self.layout()
        assert lay is not None
        lay.setContentsMargins(20, 0, 24, 0)
        lay.setSpacing(12)
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
        self._quiet = False  # set_modes: one restyle for both toggles
        self.big_button.toggled.connect(lambda _on: self._quiet or self.apply())
        self.contrast_button.toggled.connect(lambda _on: self._quiet or self.apply())
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(1, reset_after_s) * 1000)
        self._idle.timeout.connect(self.reset)
        # The window's own fixed sizes, given back when bigger text goes off.
        header = getattr(window, "header", None)
        bar = getattr(window, "bar", None)
        self._header_h = header.maximumHeight() if header is not None else 0
        self._help_w = bar.help.maximumWidth() if bar is not None else 0
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
        """Back to normal text and colours (the next resident starts fresh)."""
        self._idle.stop()
        if self.big or self.contrast:
            self.set_modes(False, False)

    def touched(self) -> None:
        if self.big or self.contrast:
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
        return host

    def strip(self) -> QWidget:
        """A strip with the toggles on the right, above the bottom bar (standing up)."""
        host = QWidget()
        host.setObjectName("accessRow")
        host.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(host)
        row.setContentsMargins(MARGIN, 12, MARGIN, 0)
        row.setSpacing(24)
        row.addStretch(1)
        row.addWidget(self.big_button)
        row.addWidget(self.contrast_button)
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
                self._grow_badge(widget, big)
        self._reflow(big)
        if big or contrast:
            self._idle.start()
        self.changed.emit()

    def _reflow(self, big: bool) -> None:
        """What a style sheet cannot do: fewer columns, a header and a help button that grow."""
        window = self._window
        start = getattr(window, "start", None)
        if start is not None and hasattr(start, "set_big_text"):
            start.set_big_text(big)
        header = getattr(window, "header", None)
        if header is not None:
            if big:
                header.setMinimumHeight(self._header_h)
                header.setMaximumHeight(QWIDGETSIZE_MAX)
            else:
                header.setFixedHeight(self._header_h)
            for lab in (header.branch, header.date):
                lab.setWordWrap(big)
            header.time.setMinimumWidth(0 if big else self._time_w)
        bar = getattr(window, "bar", None)
        if bar is not None:
            if big:
                bar.help.setMinimumWidth(self._help_w)
                bar.help.setMaximumWidth(QWIDGETSIZE_MAX)
                bar.setMinimumHeight(self._bar_h)  # a wrapped countdown lying down
                bar.setMaximumHeight(QWIDGETSIZE_MAX)
            else:
                bar.help.setFixedWidth(self._help_w)
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
    def _grow_badge(label: QLabel, big: bool) -> None:
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
