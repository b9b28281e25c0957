"""Building blocks shared by the kiosk's screens: style sheet, header, bottom bar, big buttons.

Sizes are for a 1080x1920 / 1920x1080 touchscreen read standing up, by people who may not see
well: body text >= 24 px, buttons >= 96 px high, the focus ring thick and amber.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.ports import Clock
from kiosk.ui.common.assistive import QuietLabel, decorative
from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.common.theme import Colours
from kiosk.ui.kiosk_screen import locale_format

#: Height of every touch target in the bottom bar (help, back) and of the choice buttons.
TOUCH_H = 104
BAR_H = 148
#: Buttons take focus from the keyboard (Tab) but not from a tap: on a touchscreen a focus ring
#: left on the last tapped button would only puzzle the next resident.
TOUCH_FOCUS = Qt.FocusPolicy.TabFocus
MARGIN = 48
#: The focus ring on light buttons (white, grey): the amber ring is only 2.2:1 on white, this
#: dark orange 6.3:1 on white and 5.7:1 on the page. Dark buttons (navy, green) keep the amber.
FOCUS_ON_LIGHT = "#9A4A00"

C = Colours
KIOSK_QSS = f"""
QWidget#kioskWindow {{ background: {C.BACKGROUND}; }}
QStackedWidget, QWidget#kioskPage {{ background: {C.BACKGROUND}; }}
QFrame#kioskHeader {{ background: {C.NAVY}; }}
QFrame#kioskHeader QLabel {{ color: white; background: transparent; }}
QLabel#branchName {{ font-size: 34px; font-weight: 700; }}
QLabel#headerDate {{ font-size: 24px; }}
QLabel#headerTime {{ font-size: 40px; font-weight: 700; }}
QLabel#kioskTitle {{ font-size: 56px; font-weight: 700; color: {C.NAVY}; }}
QLabel#kioskLead {{ font-size: 28px; color: {C.MUTED}; }}
QLabel#body {{ font-size: 28px; color: {C.TEXT}; }}
QLabel#bodyStrong {{ font-size: 30px; font-weight: 700; color: {C.NAVY}; }}
QFrame#bottomBar {{ background: {C.CARD}; border-top: 2px solid {C.BORDER}; }}
QPushButton#help, QPushButton#back, QPushButton#done {{ border-radius: 16px; padding: 0px;
  min-height: {TOUCH_H}px; max-height: {TOUCH_H}px; }}
QLabel#barText {{ font-size: 30px; font-weight: 700; background: transparent; }}
QLabel#barNote {{ font-size: 26px; color: {C.MUTED}; }}
QPushButton#help {{ background: {C.NAVY}; border: 3px solid {C.NAVY_DARK}; }}
QPushButton#help QLabel#barText {{ color: white; }}
QPushButton#help:pressed {{ background: {C.NAVY_DARK}; }}
QPushButton#back {{ background: {C.CARD}; border: 3px solid {C.NAVY}; }}
QPushButton#back QLabel#barText {{ color: {C.NAVY}; }}
QPushButton#back:pressed {{ background: #E3EAF3; }}
QPushButton#done {{ background: {C.ACCENT}; border: 3px solid {C.ACCENT_DARK}; }}
QPushButton#done QLabel#barText {{ color: white; }}
QPushButton#done:pressed {{ background: {C.ACCENT_DARK}; }}
QPushButton#help:disabled {{ background: #ECEFF3; border-color: #9AA3AE; }}
QPushButton#help QLabel#barText:disabled {{ color: #4A5563; }}
QPushButton#help:focus, QPushButton#back:focus, QPushButton#done:focus,
QPushButton#retry:focus {{ border: 6px solid {C.FOCUS}; }}
QPushButton#bigChoice {{ background: {C.CARD}; border: 3px solid {C.EDGE};
  border-radius: 20px; padding: 0px; }}
QPushButton#bigChoice:pressed {{ background: #E3EAF3; border-color: {C.NAVY}; }}
QPushButton#bigChoice:focus, QPushButton#bigChoicePrimary:focus {{
  border: 6px solid {C.FOCUS}; }}
QPushButton#bigChoicePrimary {{ background: {C.ACCENT}; border: 3px solid {C.ACCENT_DARK};
  border-radius: 20px; padding: 0px; }}
QPushButton#bigChoicePrimary:pressed {{ background: {C.ACCENT_DARK}; }}
QPushButton#bigChoice QLabel, QPushButton#bigChoicePrimary QLabel {{ background: transparent; }}
QLabel#choiceTitle {{ font-size: 32px; font-weight: 700; color: {C.NAVY}; }}
QLabel#choiceText {{ font-size: 23px; color: {C.MUTED}; }}
QPushButton#bigChoicePrimary QLabel#choiceTitle {{ color: white; font-size: 36px; }}
QPushButton#bigChoicePrimary QLabel#choiceText {{ color: white; }}
QPushButton#retry {{ background: {C.ACCENT}; color: white; border: 3px solid {C.ACCENT_DARK};
  font-size: 30px; font-weight: 700; border-radius: 16px; padding: 0px 48px;
  min-height: {TOUCH_H}px; }}
QFrame#kioskCard {{ background: {C.CARD}; border: 2px solid {C.BORDER}; border-radius: 24px; }}
QFrame#kioskCard QLabel {{ background: transparent; }}
QFrame#kioskAlert {{ background: {C.WARNING_BG}; border: 3px solid {C.WARNING_TEXT};
  border-radius: 20px; }}
QFrame#kioskAlert QLabel {{ color: {C.WARNING_TEXT}; background: transparent; }}
QFrame#kioskOk {{ background: #E3F2E9; border: 3px solid {C.ACCENT}; border-radius: 20px; }}
QFrame#kioskOk QLabel {{ color: {C.ACCENT_DARK}; background: transparent; }}
QFrame#kioskInfo {{ background: #E7EDF5; border: 3px solid #B7C4D6; border-radius: 20px; }}
QFrame#kioskInfo QLabel {{ color: {C.NAVY}; background: transparent; }}
QLabel#statusTitle {{ font-size: 32px; font-weight: 700; }}
QLabel#statusText {{ font-size: 26px; }}
QPushButton#back:focus, QPushButton#bigChoice:focus {{ border: 8px solid {FOCUS_ON_LIGHT}; }}
"""


def label(text: str, name: str, *, wrap: bool = True, align: Qt.AlignmentFlag | None = None):
    """A QLabel with an object name from the style sheet (wrapping by default)."""
    lab = QLabel(text)
    lab.setObjectName(name)
    lab.setWordWrap(wrap)
    if align is not None:
        lab.setAlignment(align)
    return lab


def icon_label(icon: str, size: int, white: bool = False) -> QLabel:
    """An icon beside a text: decorative, so a screen reader does not say "image" for it."""
    lab = QLabel()
    lab.setPixmap(svg_pixmap(icon, size, white))
    lab.setFixedSize(size, size)
    lab.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    decorative(lab)
    return lab


def card(name: str = "kioskCard") -> QFrame:
    frame = QFrame()
    frame.setObjectName(name)
    return frame


class BigButton(QPushButton):
    """A large touch target: an icon, a title and (optionally) a line of explanation.

    The labels ignore the mouse, so a tap anywhere on the button is a tap on the button. The
    accessible name is the title; the explanation becomes the accessible description.
    """

    def __init__(
        self,
        icon: str,
        title: str,
        text: str = "",
        *,
        primary: bool = False,
        icon_size: int = 88,
        min_height: int = 160,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bigChoicePrimary" if primary else "bigChoice")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(TOUCH_FOCUS)
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)
        if text:
            self.setAccessibleDescription(text)
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 20, 28, 20)
        row.setSpacing(28)
        self._icon_size = icon_size
        self._white = primary
        self.icon = icon_label(icon, icon_size, white=primary)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        texts = QVBoxLayout()
        texts.setSpacing(6)
        texts.addStretch(1)
        self.title_label = label(title, "choiceTitle")
        texts.addWidget(self.title_label)
        self.text_label = label(text, "choiceText")
        self.text_label.setVisible(bool(text))
        texts.addWidget(self.text_label)
        texts.addStretch(1)
        for lab in (self.title_label, self.text_label):
            lab.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addLayout(texts, 1)

    def set_content(self, icon: str, title: str, text: str = "", white: bool | None = None) -> None:
        """New icon and texts (and name) for the same button; ``white``: the icon's colour."""
        if white is not None:
            self._white = white
        self.icon.setPixmap(svg_pixmap(icon, self._icon_size, self._white))
        self.title_label.setText(title)
        self.text_label.setText(text)
        self.text_label.setVisible(bool(text))
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)

    def restyle(self, name: str) -> None:
        """Switch to another look of the style sheet (``bigChoice``, ``bigChoiceOff``, ...)."""
        if self.objectName() == name:
            return
        self.setObjectName(name)
        for widget in (self, *self.findChildren(QLabel)):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def minimumSizeHint(self) -> QSize:
        # QPushButton ignores its layout when sizing. Width from the layout; height from
        # minimumHeight only: a wrapped label's own minimum assumes a very narrow column and
        # would make the window taller than the screen.
        lay = self.layout()
        width = lay.minimumSize().width() if lay is not None else 0
        return QSize(width, self.minimumHeight())

    def sizeHint(self) -> QSize:
        lay = self.layout()
        hint = lay.sizeHint() if lay is not None else super().sizeHint()
        return hint.expandedTo(QSize(0, self.minimumHeight()))


class BarButton(QPushButton):
    """A bottom-bar button (help, back, done): icon and text side by side, 104 px high.

    Built from labels (not QPushButton's own icon and text) to control the gap between them.
    The text is also the accessible name. Disabled, the icon turns from white to navy so it stays
    visible on the grey background.
    """

    def __init__(self, name: str, text: str, icon: str, white: bool) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(TOUCH_FOCUS)
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 0, 36, 0)
        row.setSpacing(16)
        row.addStretch(1)
        self._icon = icon_label(icon, 48, white)
        row.addWidget(self._icon)
        self._text = label("", "barText", wrap=False)
        self._text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(self._text)
        row.addStretch(1)
        self._icon_name, self._white = icon, white
        self.set_content(text, icon, white)

    def set_content(self, text: str, icon: str, white: bool) -> None:
        self._icon_name, self._white = icon, white
        self._text.setText(text)
        self.setAccessibleName(text)
        self._paint_icon()

    def text(self) -> str:  # the visible text lives in a label
        return self._text.text()

    def _paint_icon(self) -> None:
        self._icon.setPixmap(svg_pixmap(self._icon_name, 48, self._white and self.isEnabled()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.EnabledChange:
            self._paint_icon()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        lay = self.layout()
        assert lay is not None
        return QSize(lay.sizeHint().width(), TOUCH_H)

    minimumSizeHint = sizeHint


class Header(QFrame):
    """Navy band with the branch's name and the date and time (from the terminal clock) in the
    municipality's time zone."""

    def __init__(
        self, branch_name: str, clock: Clock, zone: ZoneInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHeader")
        self.setFixedHeight(128)
        self._clock = clock
        self._zone = zone
        row = QHBoxLayout(self)
        row.setContentsMargins(MARGIN, 0, MARGIN, 0)
        row.setSpacing(20)
        self.home = icon_label("home", 56, white=True)
        row.addWidget(self.home)
        #: A "Demo" tag in place of the house when the demo moved its clock (kiosk demo):
        #: whoever tries the demo sees that the day and time are the demo's, not today's. It
        #: is for them, not for residents: its own small style, which bigger text and more
        #: contrast leave alone (navy on yellow is 9:1), in the house's place so the header
        #: keeps its room.
        self.demo = label(self.tr("Demo"), "demoMark", wrap=False)
        self.demo.setStyleSheet(
            f"QLabel#demoMark {{ background: #FFD54F; color: {Colours.NAVY}; font-size: 18px;"
            " font-weight: 700; border-radius: 8px; padding: 4px 6px; }"
        )
        self.demo.setProperty("seeingKeep", True)
        self.demo.setVisible(False)
        row.addWidget(self.demo, 0, Qt.AlignmentFlag.AlignVCenter)
        self.branch = label(branch_name, "branchName", wrap=False)
        row.addWidget(self.branch)
        row.addStretch(1)
        self.date = label("", "headerDate", wrap=False)
        row.addWidget(self.date)
        self.time = label("", "headerTime", wrap=False)
        self.time.setMinimumWidth(130)
        self.time.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.time)
        # Their sizes are the window's (bigger text too); ``fit`` may make them smaller.
        for lab in (self.branch, self.date, self.time):
            lab.setProperty("seeingKeep", True)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def fit(self) -> None:
        """One line, always: when the texts (bigger text, a long name, a long date) do not fit
        side by side, they all get smaller alike until they do. A header that wraps pushes
        every screen down and cuts the name in two."""
        texts = (self.branch, self.date, self.time)
        for lab in texts:
            if lab.styleSheet():
                lab.setStyleSheet("")
            lab.ensurePolished()
        lay = self.layout()
        assert lay is not None
        lay.invalidate()
        need = lay.minimumSize().width()
        room = self.width()
        if need <= room or room <= 0:
            return
        fixed = need - sum(lab.minimumSizeHint().width() for lab in texts)
        scale = max(0.5, (room - fixed) / max(1, need - fixed))
        for lab in texts:
            px = lab.font().pixelSize()
            if px > 0:
                lab.setStyleSheet(f"font-size: {int(px * scale)}px;")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def stop(self) -> None:
        self._timer.stop()

    def mark_demo(self) -> None:
        self.home.setVisible(False)
        self.demo.setVisible(True)

    def refresh(self) -> None:
        now = self._clock.now().astimezone(self._zone)
        # Both in the kiosk's language, whatever the machine's own locale is.
        time, date = locale_format.clock(now.time()), locale_format.day_date(now.date())
        if (time, date) != (self.time.text(), self.date.text()):
            self.time.setText(time)
            self.date.setText(date)
            self.fit()


class BottomBar(QFrame):
    """The strip at the bottom of every screen: a way back on the left, help ("Roep iemand")
    on the right.

    It belongs to the window, not to a screen, so the help button never moves. Its words are
    short in every language: the way back and help must fit side by side standing up, also with
    bigger text (there is no room for a third button).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bottomBar")
        self.setFixedHeight(BAR_H)
        row = QHBoxLayout(self)
        row.setContentsMargins(MARGIN, 0, MARGIN, 0)
        row.setSpacing(24)
        self.back = BarButton("back", "", "back", white=False)
        self.back.setMinimumWidth(300)
        row.addWidget(self.back, 0, Qt.AlignmentFlag.AlignVCenter)
        # Hidden while empty (a screen reader met an empty label here), its room kept.
        self.note = QuietLabel()
        self.note.setObjectName("barNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.note, 1)
        self.help = BarButton("help", "", "help", white=True)
        self.help.setMinimumWidth(340)  # wider when a language needs it ("Jemanden rufen")
        row.addWidget(self.help, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_back(self, text: str | None, icon: str = "back", done: bool = False) -> None:
        """Show the left button with ``text`` (None hides it); ``done`` makes it green."""
        self.back.setVisible(text is not None)
        if text is None:
            return
        self.back.setObjectName("done" if done else "back")
        self.back.set_content(text, icon, white=done)
        # Object name changed: make the style sheet look again (button and its label).
        for widget in (self.back, *self.back.findChildren(QLabel)):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
