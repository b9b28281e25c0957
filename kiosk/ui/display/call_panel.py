"""The big "now calling" panel: ticket number, an arrow and the counter, sized to fit."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from kiosk.core.model import Call
from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.common.theme import Colours
from kiosk.ui.display.painting import arrow_pixmap, draw_pill, fitted_font


class CallPanel(QWidget):
    """The newest call, large: ticket number, an arrow and the counter.

    Yellow (Colours.HIGHLIGHT) while the call is being announced, white afterwards. Without any
    call yet it welcomes residents and tells them what to do.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._call: Call | None = None
        self._highlighted = False
        self.setMinimumSize(320, 200)
        self._update_accessible()

    @property
    def call(self) -> Call | None:
        return self._call

    @property
    def highlighted(self) -> bool:
        return self._highlighted

    def show_call(self, call: Call | None, highlighted: bool = False) -> None:
        self._call = call
        self._highlighted = highlighted and call is not None
        self._update_accessible()
        self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self._highlighted:
            self._highlighted = on and self._call is not None
            self.update()

    def texts(self) -> list[str]:
        """Every text the panel shows right now (for tests and for screen readers)."""
        c = self._call
        if c is None:
            return [self.tr("Welkom!"), self.tr("Neem een ticket aan de kiosk."), self._hint()]
        out = [self.tr("Nu aan de beurt"), c.ticket_number, c.counter_name]
        if c.recall:
            out.append(self.tr("Nog eens"))
        return out

    def _hint(self) -> str:
        return self.tr("Wacht tot je nummer hier komt.")

    def _update_accessible(self) -> None:
        self.setAccessibleName(" ".join(self.texts()))

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = min(r.width(), r.height()) * 0.04
        bg = Colours.HIGHLIGHT if self._highlighted else Colours.CARD
        border = Colours.FOCUS if self._highlighted else Colours.BORDER
        p.setPen(QPen(QColor(border), 2))
        p.setBrush(QColor(bg))
        p.drawRoundedRect(r, radius, radius)
        if self._call is None:
            self._paint_welcome(p, r)
        else:
            self._paint_call(p, r, self._call)
        p.end()

    def _paint_call(self, p: QPainter, r: QRectF, call: Call) -> None:
        pad = min(r.width(), r.height()) * 0.07
        inner = r.adjusted(pad, pad * 0.8, -pad, -pad * 0.8)
        h, w = inner.height(), inner.width()
        ink = QColor(Colours.NAVY_DARK if self._highlighted else Colours.NAVY)
        # Caption and, for a recall, a badge on the same line.
        cap_px = h * 0.075
        caption = self.tr("Nu aan de beurt")
        p.setFont(fitted_font(caption, cap_px, w * 0.6, QFont.Weight.DemiBold))
        p.setPen(QColor(Colours.TEXT if self._highlighted else Colours.MUTED))
        cap_rect = QRectF(inner.left(), inner.top(), w, cap_px * 1.5)
        p.drawText(cap_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, caption)
        if call.recall:
            badge = self.tr("Nog eens")
            font = fitted_font(badge, cap_px, w, QFont.Weight.Bold)
            bw = QFontMetrics(font).horizontalAdvance(badge) + 1.2 * cap_px
            draw_pill(
                p, inner.right() - bw, cap_rect.center().y(), badge, cap_px, "white", Colours.NAVY
            )
        # The number, as large as the space allows.
        num_rect = QRectF(inner.left(), inner.top() + h * 0.14, w, h * 0.52)
        p.setFont(fitted_font(call.ticket_number, num_rect.height() * 0.95, w, QFont.Weight.Bold))
        p.setPen(ink)
        p.drawText(num_rect, Qt.AlignmentFlag.AlignCenter, call.ticket_number)
        # Arrow and counter, centred together under the number.
        row = QRectF(inner.left(), inner.top() + h * 0.70, w, h * 0.30)
        icon = int(row.height() * 0.8)
        gap = icon * 0.3
        font = fitted_font(
            call.counter_name, row.height() * 0.78, w - icon - gap, QFont.Weight.Bold
        )
        text_w = QFontMetrics(font).horizontalAdvance(call.counter_name)
        x = row.center().x() - (icon + gap + text_w) / 2
        p.drawPixmap(int(x), int(row.center().y() - icon / 2), arrow_pixmap(icon))
        p.setFont(font)
        p.drawText(
            QRectF(x + icon + gap, row.top(), text_w + 4, row.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            call.counter_name,
        )

    def _paint_welcome(self, p: QPainter, r: QRectF) -> None:
        pad = min(r.width(), r.height()) * 0.08
        inner = r.adjusted(pad, pad, -pad, -pad)
        h, w = inner.height(), inner.width()
        icon = int(h * 0.24)
        p.drawPixmap(
            int(inner.center().x() - icon / 2), int(inner.top()), svg_pixmap("printer", icon)
        )
        # (text, size, weight, colour, vertical centre as a share of the height)
        lines = [
            (self.tr("Welkom!"), 0.19, QFont.Weight.Bold, Colours.NAVY, 0.44),
            (self.tr("Neem een ticket aan de kiosk."), 0.09, QFont.Weight.DemiBold, Colours.TEXT,
             0.70),
            (self._hint(), 0.07, QFont.Weight.Normal, Colours.MUTED, 0.88),
        ]  # fmt: skip
        for text, size, weight, colour, centre in lines:
            px = h * size
            p.setFont(fitted_font(text, px, w, weight))
            p.setPen(QColor(colour))
            box = QRectF(inner.left(), inner.top() + h * centre - px, w, px * 2)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
