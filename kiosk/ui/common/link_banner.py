"""A band above a synced terminal's screen for what only staff or the administrator can fix:
the terminal speaks another sync protocol than its server, or its clock is off.

The kiosk says only "Deze kiosk moet bijgewerkt worden" (a resident can do nothing about a
clock); the counter says both, with what to do. A display shows neither: the waiting room
cannot act on it (the log has it). Hidden while there is nothing to say.

The words come from the role (``BannerWords``): each role's texts are in its own catalogue, so a
counter in French says them in French. The kiosk's are here (kiosk/ui/common is in the kiosk's
catalogue); the counter's are in kiosk/ui/counter/link_words.py.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui.common.link_status import LinkStatus

_CTX = "LinkBanner"
LINK_BANNER_QSS = (
    "QLabel#linkBanner { background: #FFF4CE; color: #3D2B00; border-bottom: 3px solid #8A6100;"
    " font-size: 22px; font-weight: 700; padding: 10px 18px; }"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class BannerWords(Protocol):
    """What a role's band says, translated when asked (the language may have changed)."""

    def outdated(self) -> str:
        """The terminal and its server speak another protocol version."""

    def clock_off(self, minutes: int, ahead: bool) -> str:
        """The terminal's clock is ``minutes`` ahead of (or behind) the server's; "": say
        nothing about it."""


class KioskWords:
    """A resident's words: that the kiosk must be updated, nothing about a clock."""

    def outdated(self) -> str:
        return _tr("Deze kiosk moet bijgewerkt worden.")

    def clock_off(self, minutes: int, ahead: bool) -> str:
        return ""


class LinkBanner(QLabel):
    """The band, in ``words``: the kiosk's or the counter's."""

    def __init__(
        self, status: LinkStatus, words: BannerWords, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linkBanner")
        self.setStyleSheet(LINK_BANNER_QSS)
        self.setWordWrap(True)
        self._status = status
        self._words = words
        status.outdated.connect(self._redraw)
        status.clock_off.connect(self._redraw)
        self._redraw()

    def _redraw(self, *_news: object) -> None:
        lines = []
        if self._status.is_outdated:
            lines.append(self._words.outdated())
        off_s = self._status.clock_off_s
        if off_s:
            clock = self._words.clock_off(max(1, round(abs(off_s) / 60)), off_s > 0)
            if clock:
                lines.append(clock)
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._redraw()  # the role's language was switched: its words in the new one
        super().changeEvent(event)


class BannerFrame(QWidget):
    """A role's screen with the band above it; closing it closes the screen (its timers)."""

    def __init__(self, screen: QWidget, banner: LinkBanner) -> None:
        super().__init__()
        self.setWindowTitle(screen.windowTitle())
        self.screen_widget = screen
        self.link_banner = banner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(banner)
        layout.addWidget(screen, 1)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.screen_widget.close()
        super().closeEvent(event)


def with_link_banner(screen: QWidget, status: LinkStatus, words: BannerWords | None) -> QWidget:
    """``screen`` with the band above it in the role's ``words`` (kiosks, counters, volunteer
    desks), or as it is (displays: None)."""
    if words is None:
        return screen
    return BannerFrame(screen, LinkBanner(status, words))
