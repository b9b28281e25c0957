"""The parts of the ticket screen (ticket_screen.py): its cards and its fixed bottom.

- ``NumberCard``: "Je nummer", the number, the service (and a badge: priority, appointment),
  the service on a ``ServiceLine``;
- ``WaitCard``: how many people are ahead and how long the wait is (or the appointment's time);
- ``BringCard``: what to bring;
- ``StatusCard``: what the printer did ("Neem je ticket.");
- ``TicketFooter``: the QR code to follow the turn on a phone, the countdown and "Ik heb meer
  tijd nodig". It never leaves the screen: in every look (bigger text, the low layout) it stays
  at the bottom of the ticket screen, right above the toggles and the bar, and the cards take
  the room that is left, a page at a time when they must (page_view.py). With bigger text its
  words are a little less big than the cards' (like the bar's), and the line under "Volg je
  beurt op je gsm" goes: the code, the countdown and its button keep their room.

Their words are the ticket screen's (translation context "TicketScreen").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.kiosk_screen.more_time_button import MoreTimeButton
from kiosk.ui.kiosk_screen.qr import qr_pixmap
from kiosk.ui.kiosk_screen.screen_base import icon_beside
from kiosk.ui.kiosk_screen.widgets import icon_label, label

#: The QR code's side (px), standing up and lying down: 11 and 9 cm on a 32 inch screen; with
#: bigger text 9 cm standing up too (a phone's camera needs no bigger code, the words more room).
QR_PX = {False: 300, True: 240}
QR_BIG_PX = 240
#: Lying down the footer is a column at the right this wide, or as wide as its button.
COLUMN_W = 440
#: The ticket number's size (px), standing up and lying down.
NUMBER_PX = {False: 260, True: 150}

#: The footer's text sizes (its own style sheet; seeing.py leaves it, ``set_big_text`` swaps).
FOOTER_QSS = """
QLabel#footerTitle { font-size: 30px; }
QLabel#footerText { font-size: 26px; }
QLabel#countdown { font-size: 26px; }
QPushButton#moreTime QLabel#barText { font-size: 24px; }
"""
FOOTER_BIG_QSS = """
QLabel#footerTitle { font-size: 40px; }
QLabel#countdown { font-size: 40px; }
QPushButton#moreTime QLabel#barText { font-size: 36px; }
"""


_CTX = "TicketScreen"  # build/catalogues.py files the texts of ``_tr`` here


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class NumberLabel(QLabel):
    """The ticket number, as high as its letters and digits (plus a little room), not as a
    line of text: a font's line leaves room for accents above and tails below that a ticket
    number never has, a third of its height at 260 px. The card stays compact, so in the low
    layout the number still goes up with the printer's news. Its text is centred on its
    letters' height (``fitsInk``: the layout checks measure its letters, not a line)."""

    def __init__(self, px: int) -> None:
        super().__init__()
        self.setObjectName("ticketNumber")
        self.setProperty("fitsInk", True)
        self.setStyleSheet(f"font-size: {px}px;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _pad(self) -> int:
        return round(self.fontMetrics().capHeight() * 0.12)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = fm.horizontalAdvance(self.text() or "A000")
        return QSize(width, round(fm.capHeight()) + 2 * self._pad())

    minimumSizeHint = sizeHint

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        fm = self.fontMetrics()
        baseline = (self.height() + round(fm.capHeight())) // 2
        x = (self.width() - fm.horizontalAdvance(self.text())) // 2
        painter.drawText(x, baseline, self.text())
        painter.end()


class _Card(QFrame):
    """A white card with its contents in a column; lying down (cards side by side, as high as
    the highest of them) the column stands in the middle. ``_done()`` ends the column."""

    def __init__(self, landscape: bool, margins: tuple[int, int, int, int], spacing: int) -> None:
        super().__init__()
        self.setObjectName("kioskCard")
        self._landscape = landscape
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(*margins)
        self.column.setSpacing(spacing)
        if landscape:
            self.column.addStretch(1)

    def _done(self) -> None:
        if self._landscape:
            self.column.addStretch(1)


class ServiceLine(QWidget):
    """The service's icon and name and its badge ("Voorrang", "Afspraak"): side by side and
    centred when they fit; otherwise the badge goes on a line of its own under the name, and a
    name too long for the card (bigger text, "Permis de conduire") wraps. Placed by hand: a
    row of a box layout cannot send the badge to the next line, and it cut a long name."""

    GAP = 18
    LINE_GAP = 8

    def __init__(self) -> None:
        super().__init__()
        self.icon = icon_label("question", 56)
        self.name = label("", "ticketService")
        self.badge = label("", "badge", wrap=False)
        for part in (self.icon, self.name, self.badge):
            part.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _name_w(self) -> int:
        """The name on one line (its label's margins and a little rounding included)."""
        margins = self.name.contentsMargins()
        text_w = int(self.name.fontMetrics().horizontalAdvance(self.name.text()))
        return text_w + int(margins.left() + margins.right()) + 4

    def _badge(self) -> QSize | None:
        return self.badge.sizeHint() if self.badge.isVisibleTo(self) else None

    def _plan(self, width: int) -> tuple[list[tuple[QWidget, QRect]], int]:
        """Where the icon, the name and the badge go at ``width``, and the height they take."""
        icon, gap = self.icon.width(), self.GAP
        badge = self._badge()
        name_w = self._name_w()
        one_line = icon + gap + name_w + (gap + badge.width() if badge else 0)
        if one_line <= width:
            name_h = self.name.heightForWidth(name_w)
            height = max(icon, name_h, badge.height() if badge else 0)
            x = (width - one_line) // 2
            spots = [
                (self.icon, QRect(x, (height - icon) // 2, icon, icon)),
                (self.name, QRect(x + icon + gap, (height - name_h) // 2, name_w, name_h)),
            ]
            if badge:
                left = x + icon + gap + name_w + gap
                spots.append(
                    (self.badge, QRect(left, (height - badge.height()) // 2, *badge.toTuple()))
                )
            return spots, height
        name_w = min(name_w, max(1, width - icon - gap))
        name_h = self.name.heightForWidth(name_w)
        line_h = max(icon, name_h)
        x = (width - icon - gap - name_w) // 2
        # A name on two lines: the icon beside its first line.
        first = min(line_h, self.name.fontMetrics().height())
        spots = [
            (self.icon, QRect(x, max(0, (first - icon) // 2), icon, icon)),
            (self.name, QRect(x + icon + gap, (line_h - name_h) // 2, name_w, name_h)),
        ]
        height = line_h
        if badge:
            badge_w = min(badge.width(), width)
            top = line_h + self.LINE_GAP
            spots.append((self.badge, QRect((width - badge_w) // 2, top, badge_w, badge.height())))
            height = top + badge.height()
        return spots, height

    def arrange(self, new_words: bool = True) -> None:
        """Place the parts at the present width; ``new_words`` (or a new size of letters):
        the card asks again how high the line is."""
        if new_words:
            self.updateGeometry()
        spots, _height = self._plan(self.width())
        for part, spot in spots:
            part.setGeometry(QStyle.visualRect(self.layoutDirection(), self.rect(), spot))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._plan(width)[1]

    def sizeHint(self) -> QSize:
        badge = self._badge()
        width = self.icon.width() + self.GAP + self._name_w()
        width += self.GAP + badge.width() if badge else 0
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # Narrower than the name's longest word never; the rest of the name wraps.
        fm = self.name.fontMetrics()
        word = max((fm.horizontalAdvance(w) for w in self.name.text().split()), default=0)
        badge = self._badge()
        width = max(self.icon.width() + self.GAP + word + 4, badge.width() if badge else 0)
        return QSize(width, self.heightForWidth(width))

    def event(self, event: QEvent) -> bool:
        # A part's words or size changed (LayoutRequest), or the line was resized or shown.
        kind = event.type()
        if kind in (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Show):
            self.arrange(new_words=kind == QEvent.Type.LayoutRequest)
        return super().event(event)


class NumberCard(_Card):
    """The number card: "Je nummer", the number, and the service with its icon and a badge."""

    def __init__(self, landscape: bool) -> None:
        super().__init__(landscape, (40, 20 if landscape else 24, 40, 24 if landscape else 28), 4)
        lay = self.column
        lay.addWidget(label(_tr("Je nummer"), "kioskLead", align=Qt.AlignmentFlag.AlignHCenter))
        # The size differs per orientation, so it is set here rather than in TICKET_QSS.
        self.number = NumberLabel(NUMBER_PX[landscape])
        lay.addWidget(self.number)
        self.service_line = ServiceLine()
        self.service_icon = self.service_line.icon
        self.service, self.badge = self.service_line.name, self.service_line.badge
        lay.addWidget(self.service_line)
        self._done()


class WaitCard(_Card):
    """The people ahead and the wait (or the appointment's time), after a line that says the
    ticket is shown again (``again``) when it is."""

    def __init__(self, landscape: bool) -> None:
        super().__init__(landscape, (40, 24, 40, 28), 12)
        self.again = label("", "bodyStrong")
        self.again.hide()
        self.column.addWidget(self.again)
        self.people = label("", "body")
        self.wait = label("", "body")
        self.line_icons: list[QLabel] = []
        for icon, text in (("people", self.people), ("clock", self.wait)):
            row = QHBoxLayout()
            row.setSpacing(20)
            self.line_icons.append(icon_label(icon, 48))
            row.addWidget(self.line_icons[-1], 0, Qt.AlignmentFlag.AlignVCenter)
            row.addWidget(text, 1)
            self.column.addLayout(row)
        self._done()

    def set_icons(self, icons: tuple[str, str]) -> None:
        for lab, icon in zip(self.line_icons, icons, strict=True):
            lab.setPixmap(svg_pixmap(icon, 48))


class BringCard(_Card):
    """What to bring to the counter."""

    def __init__(self, landscape: bool) -> None:
        super().__init__(landscape, (40, 24, 40, 28), 10)
        self.column.addWidget(label(_tr("Breng dit mee"), "bodyStrong"))
        self.bring = label("", "body")
        self.column.addWidget(self.bring)
        self._done()


class StatusCard(QFrame):
    """What the printer did, with an icon; its look (``kioskInfo``, ``kioskOk``,
    ``kioskAlert``) is set by the ticket screen."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("kioskInfo")
        self.icon = icon_label("printer", 72)
        self.title = label("", "statusTitle")
        self.text = label("", "statusText")
        self.staff = label("", "statusText")
        # Together at the top when the card is higher (lying down).
        texts = (self.title, self.text, self.staff)
        row = icon_beside(self.icon, texts, (28, 6), top=True, on=self)
        row.setContentsMargins(32, 20, 32, 20)


class TicketFooter(QFrame):
    """The QR code, its title and line, the countdown and the button for more time: a row at
    the bottom standing up, a column at the right lying down (the screen is low: the cards
    keep its height; the countdown and its button are at the column's bottom)."""

    _row: QBoxLayout

    def __init__(self, landscape: bool) -> None:
        super().__init__()
        self.setObjectName("kioskCard")
        self.setProperty("seeingKeep", True)
        self.setStyleSheet(FOOTER_QSS)
        self._landscape = landscape
        self._big = False
        self._url = ""
        self.qr = QLabel()
        self.qr.setObjectName("qrCode")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setStyleSheet("background: white;")
        self.qr.setAccessibleName(_tr("QR-code van je ticket"))
        side = QR_PX[landscape]
        self.qr.setFixedSize(side, side)

        follow_texts = QVBoxLayout()
        follow_texts.setSpacing(8)
        self.follow = label(_tr("Volg je beurt op je gsm"), "footerTitle")
        follow_texts.addWidget(self.follow)
        self.scan = label(_tr("Scan de code. Dan zie je wanneer het je beurt is."), "footerText")
        follow_texts.addWidget(self.scan)

        self.countdown = label("", "countdown")
        self.more = MoreTimeButton(_tr("Ik heb meer tijd nodig"))
        time_texts = QVBoxLayout()
        time_texts.setSpacing(12)
        time_texts.addWidget(self.countdown)
        time_texts.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        if landscape:  # a column at the right: the code on top, the time at the bottom
            self._row = QVBoxLayout(self)
            self._row.setContentsMargins(28, 28, 28, 28)
            self._row.setSpacing(20)
            self._row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
            self._row.addLayout(follow_texts)
            self._row.addStretch(1)
            self._row.addLayout(time_texts)
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        else:  # a row at the bottom: the code, and a column of words next to it
            self._row = QHBoxLayout(self)
            self._row.setContentsMargins(28, 20, 32, 20)
            self._row.setSpacing(32)
            self._row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignVCenter)
            column = QVBoxLayout()
            column.setSpacing(16)
            column.addStretch(1)
            column.addLayout(follow_texts)
            column.addLayout(time_texts)
            column.addStretch(1)
            self._row.addLayout(column, 1)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self._landscape:
            return hint
        # Lying down: as wide as the code or the button needs, at least ``COLUMN_W``.
        margins = self._row.contentsMargins()
        inner = max(self.qr.width(), self.more.sizeHint().width())
        return QSize(max(COLUMN_W, inner + margins.left() + margins.right()), hint.height())

    def set_big_text(self, big: bool) -> None:
        """Bigger text (see the module's docstring)."""
        self._big = big
        self.setStyleSheet(FOOTER_BIG_QSS if big else FOOTER_QSS)
        self.scan.setVisible(not big)
        self.set_link(self._url)

    def set_link(self, url: str) -> None:
        self._url = url
        if not url:
            self.qr.clear()
            return
        # Whole pixels a module: at least the side asked for, a little more when it must.
        side = QR_BIG_PX if self._big else QR_PX[self._landscape]
        pixmap = qr_pixmap(url, side)
        self.qr.setFixedSize(pixmap.size())
        self.qr.setPixmap(pixmap)

    def clear(self) -> None:
        self.set_link("")
        self.countdown.setText("")
