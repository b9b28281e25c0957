"""Coloured pills in table cells: a status ("Te laat") or a mark ("Afspraak 10:30").

A model gives ``PILL_ROLE`` = a ``Pill`` (colours) for a cell; the ``PillDelegate`` then draws
the cell's text in a rounded, coloured badge. Cells without it are drawn as usual. The colour
never stands alone: the word is always in the badge (and in the accessible text).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kiosk.core.appointments import DayStatus
from kiosk.ui.common.theme import Colours as C

PILL_ROLE = Qt.ItemDataRole.UserRole + 7

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Pill:
    background: str
    text: str
    border: str


#: Text colours >= 4.5:1 on their backgrounds.
EXPECTED = Pill("#E6EEF8", C.NAVY, C.NAVY)
CHECKED_IN = Pill("#E2F3E8", C.ACCENT_DARK, C.ACCENT)
LATE = Pill(C.WARNING_BG, C.WARNING_TEXT, C.WARNING_TEXT)
NO_SHOW = Pill("#FBE9EA", "#7A1013", C.DANGER)
CANCELLED = Pill("#ECEFF3", "#56606C", "#AAB3BE")
APPOINTMENT = Pill("#E6EEF8", C.NAVY, C.NAVY)

STATUS_PILLS: dict[DayStatus, Pill] = {
    DayStatus.DUE: EXPECTED,
    DayStatus.CHECKED_IN: CHECKED_IN,
    DayStatus.LATE: LATE,
    DayStatus.NO_SHOW: NO_SHOW,
    DayStatus.CANCELLED: CANCELLED,
}

PAD_X, PAD_Y, MARGIN = 10, 3, 4


class PillDelegate(QStyledItemDelegate):
    def _font(self, option: QStyleOptionViewItem) -> QFont:
        f = QFont(option.font)
        f.setBold(True)
        return f

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        pill = index.data(PILL_ROLE)
        if not isinstance(pill, Pill):
            super().paint(painter, option, index)
            return
        # The row's background and selection first, without text, then the badge on top.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = self._font(option)
        fm = QFontMetrics(font)
        height = min(option.rect.height() - 2 * MARGIN, fm.height() + 2 * PAD_Y + 4)
        natural = fm.horizontalAdvance(text) + 2 * PAD_X + 2
        room = option.rect.width() - 2 * MARGIN
        width = min(room, natural)
        if natural > room:  # a narrow column: cut the text, never the badge's edge
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, width - 2 * PAD_X)
        rect = QRectF(
            option.rect.left() + MARGIN,
            option.rect.center().y() - height / 2 + 1,
            width,
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(pill.border), 1.5))
        painter.setBrush(QColor(pill.background))
        painter.drawRoundedRect(rect, 7, 7)
        painter.setFont(font)
        painter.setPen(QColor(pill.text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        if not isinstance(index.data(PILL_ROLE), Pill):
            return size
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = QFontMetrics(self._font(option)).horizontalAdvance(text) + 2 * (PAD_X + MARGIN)
        return QSize(max(size.width(), width + 6), size.height())
