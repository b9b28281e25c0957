"""The display's two lists: latest calls (rows) and waiting counts (tiles), painted to fit.

Both views share their viewport out exactly (no scrolling on a TV), and the delegates size
their text from the cell they get.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kiosk.core.model import Call, Service
from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.common.theme import FONT_FAMILY, Colours
from kiosk.ui.display.models import (
    ANNOUNCING_ROLE,
    CALL_ROLE,
    COUNT_ROLE,
    SERVICE_ROLE,
    shown_name,
)
from kiosk.ui.display.painting import arrow_pixmap, draw_pill, fitted_font

Index = QModelIndex | QPersistentModelIndex


class FitListView(QListView):
    """A list whose items share the viewport exactly: ``rows`` x ``columns`` cells, no scrolling.

    The item size follows the viewport on every resize, so the delegates can size their text
    from the cell they are given.
    """

    def __init__(self, rows: int, columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows, self._columns = max(1, rows), max(1, columns)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setUniformItemSizes(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QListView { background: transparent; border: none; }")

    def set_grid(self, rows: int, columns: int) -> None:
        self._rows, self._columns = max(1, rows), max(1, columns)
        if columns > 1:
            self.setFlow(QListView.Flow.LeftToRight)
            self.setWrapping(True)
        else:
            self.setFlow(QListView.Flow.TopToBottom)
            self.setWrapping(False)
        self._fit()

    def cell(self) -> QSize:
        vp = self.viewport().size()
        # Qt wraps a row when the next item would touch the right edge: keep 2 px to spare.
        width = (vp.width() - 2) // self._columns if self._columns > 1 else vp.width()
        return QSize(max(1, width), max(1, vp.height() // self._rows))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.setGridSize(self.cell())
        self.doItemsLayout()
        self.viewport().update()


class RecentCallDelegate(QStyledItemDelegate):
    """One row of the latest calls: number, (recall badge), arrow, counter."""

    def __init__(self, view: FitListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return self._view.cell()

    def paint(self, p: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        call: Call | None = index.data(CALL_ROLE)
        if call is None:
            return
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(option.rect).adjusted(0, 3, 0, -3)
        h = r.height()
        if index.data(ANNOUNCING_ROLE):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(Colours.HIGHLIGHT))
            p.drawRoundedRect(r, h * 0.16, h * 0.16)
        elif index.row() < index.model().rowCount() - 1:
            p.setPen(QPen(QColor(Colours.BORDER), 1))
            p.drawLine(int(r.left()), int(r.bottom() + 3), int(r.right()), int(r.bottom() + 3))
        pad = h * 0.25
        ink = QColor(Colours.NAVY_DARK)
        # Number in the left column.
        col = r.width() * 0.44
        num_font = fitted_font(call.ticket_number, h * 0.55, col - pad, QFont.Weight.Bold)
        p.setFont(num_font)
        p.setPen(ink)
        num_rect = QRectF(r.left() + pad, r.top(), col - pad, h)
        p.drawText(
            num_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, call.ticket_number
        )
        # Arrow, then the counter in the right column.
        icon = int(h * 0.42)
        ax = r.left() + col
        p.drawPixmap(int(ax), int(r.center().y() - icon / 2), arrow_pixmap(icon))
        tx = ax + icon + h * 0.25
        free = r.right() - pad - tx
        text_h = h * 0.45
        badge_w = 0.0
        if call.recall:
            badge = self.tr("Nog eens")
            bf = fitted_font(badge, h * 0.22, free, QFont.Weight.Bold)
            badge_w = QFontMetrics(bf).horizontalAdvance(badge) + 1.2 * h * 0.22
            draw_pill(
                p, r.right() - pad - badge_w, r.center().y(), badge, h * 0.22, "white", Colours.NAVY
            )
            free -= badge_w + h * 0.15
        p.setFont(fitted_font(call.counter_name, text_h, free, QFont.Weight.DemiBold))
        p.setPen(ink)
        p.drawText(
            QRectF(tx, r.top(), free, h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            call.counter_name,
        )
        p.restore()


class WaitingTileDelegate(QStyledItemDelegate):
    """One tile of the waiting counts: service icon, service name, how many wait.

    All tiles use one text size for the names (the size the longest name allows), so the row
    reads as one calm block instead of names of every size.
    """

    def __init__(self, view: FitListView) -> None:
        super().__init__(view)
        self._view = view
        self._name_px: dict[tuple[int, int, int, tuple[str, ...]], int] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return self._view.cell()

    def paint(self, p: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        service: Service | None = index.data(SERVICE_ROLE)
        count: int = index.data(COUNT_ROLE) or 0
        if service is None:
            return
        model = index.model()
        names = tuple(
            shown_name(model.index(i, 0).data(SERVICE_ROLE)) for i in range(model.rowCount())
        )
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = min(option.rect.width(), option.rect.height()) * 0.06
        r = QRectF(option.rect).adjusted(gap / 2, gap / 2, -gap / 2, -gap / 2)
        p.setPen(QPen(QColor(Colours.BORDER), 1))
        p.setBrush(QColor(Colours.BACKGROUND))
        p.drawRoundedRect(r, 12, 12)
        if r.width() / max(1.0, r.height()) > 2.2:
            self._paint_wide(p, r, service, count, names)
        else:
            self._paint_tall(p, r, service, count, names)
        p.restore()

    def _count(self, p: QPainter, rect: QRectF, count: int, font: QFont) -> None:
        p.setFont(font)
        # A zero is quieter, so the eye goes to where people wait.
        p.setPen(QColor(Colours.NAVY if count else Colours.MUTED))
        p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(count))

    def _paint_wide(
        self, p: QPainter, r: QRectF, service: Service, count: int, names: tuple[str, ...]
    ) -> None:
        h = r.height()
        pad = h * 0.15
        icon = int(h * 0.38)
        p.drawPixmap(
            int(r.left() + pad), int(r.center().y() - icon / 2), svg_pixmap(service.icon, icon)
        )
        num = str(count)
        num_font = fitted_font(num, h * 0.42, r.width() * 0.3, QFont.Weight.Bold)
        # Room for two digits at least, so every name gets the same space.
        num_w = QFontMetrics(num_font).horizontalAdvance(max(num, "88", key=len))
        self._count(p, QRectF(r.right() - pad - num_w, r.top(), num_w, h), count, num_font)
        tx = r.left() + pad + icon + pad * 0.7
        name_rect = QRectF(
            tx, r.top() + h * 0.08, r.right() - pad - num_w - pad * 0.5 - tx, h * 0.84
        )
        self._name(p, name_rect, shown_name(service), h * 0.22, names)

    def _paint_tall(
        self, p: QPainter, r: QRectF, service: Service, count: int, names: tuple[str, ...]
    ) -> None:
        h, w = r.height(), r.width()
        pad = min(w, h) * 0.1
        icon = int(min(h * 0.34, w * 0.3))
        p.drawPixmap(int(r.left() + pad), int(r.top() + pad), svg_pixmap(service.icon, icon))
        num_font = fitted_font(str(count), h * 0.36, w * 0.5, QFont.Weight.Bold)
        self._count(p, QRectF(r.left(), r.top() + pad * 0.5, w - pad, icon + pad), count, num_font)
        top = r.top() + pad + icon + pad * 0.5
        name_rect = QRectF(r.left() + pad, top, w - 2 * pad, r.bottom() - pad * 0.6 - top)
        self._name(p, name_rect, shown_name(service), min(h * 0.2, w * 0.11), names, top=True)

    _FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap

    def _fits(self, rect: QRect, name: str, font: QFont) -> bool:
        fm = QFontMetrics(font)
        used = fm.boundingRect(rect, int(self._FLAGS), name)
        longest = max((fm.horizontalAdvance(word) for word in name.split()), default=0)
        return used.height() <= rect.height() and longest <= rect.width()

    def _name(
        self,
        p: QPainter,
        rect: QRectF,
        name: str,
        px: float,
        names: tuple[str, ...],
        top: bool = False,
    ) -> None:
        """The service name on at most two lines, at the size every name on the board fits."""
        box = rect.toRect()
        font = QFont(FONT_FAMILY)
        font.setWeight(QFont.Weight.DemiBold)
        key = (box.width(), box.height(), int(px), names)
        size = self._name_px.get(key)
        if size is None:
            size = max(8, int(px))
            while size > 8:
                font.setPixelSize(size)
                if all(self._fits(box, n, font) for n in names or (name,)):
                    break
                size -= 1
            if len(self._name_px) > 32:
                self._name_px.clear()  # old window sizes; keep the cache small
            self._name_px[key] = size
        font.setPixelSize(size)
        p.setFont(font)
        p.setPen(QColor(Colours.TEXT))
        flags = self._FLAGS
        if top:  # under an icon: one-line and two-line names start at the same height
            flags = (
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            )
        p.drawText(box, int(flags), name)
