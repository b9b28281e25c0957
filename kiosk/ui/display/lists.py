"""The display's two lists: latest calls (rows) and waiting counts (tiles), painted to fit.

Both views share their viewport out exactly (no scrolling on a TV), and the delegates size
their text from the cell they get.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
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
from kiosk.ui.common.theme import Colours
from kiosk.ui.display.legibility import TileParts, WaitingPlan
from kiosk.ui.display.models import (
    ANNOUNCING_ROLE,
    CALL_ROLE,
    COUNT_ROLE,
    SERVICE_ROLE,
    shown_name,
)
from kiosk.ui.display.painting import arrow_pixmap, draw_pill, fitted_font

Index = QModelIndex | QPersistentModelIndex


def _for_a_tv(view: QListView) -> None:
    """Shown, never used: no scroll bars, no selection, focus or editing, no frame, clicks go
    through, the card's background shows."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFrameShape(QListView.Shape.NoFrame)
    view.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    view.viewport().setAutoFillBackground(False)
    view.setStyleSheet("QListView { background: transparent; border: none; }")


class FitListView(QListView):
    """A list whose items share the viewport exactly: ``rows`` x ``columns`` cells, no scrolling.

    The item size follows the viewport on every resize, so the delegates can size their text
    from the cell they are given.
    """

    def __init__(self, rows: int, columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows, self._columns = max(1, rows), max(1, columns)
        _for_a_tv(self)
        self.setUniformItemSizes(True)

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


class WaitingView(QListView):
    """The waiting counts' tiles, in rows as wide as the card (flow left to right, wrapping);
    ``plan`` (legibility.plan_waiting) says their sizes and text. No scrolling on a TV: a page
    never holds more than fits."""

    #: The view got another size: its tiles are laid out again.
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: WaitingPlan | None = None
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        _for_a_tv(self)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.resized.emit()


class WaitingTileDelegate(QStyledItemDelegate):
    """One tile of the waiting counts: service icon, service name, how many wait.

    The text sizes are the view's plan: every name at one size, the size the back of the
    waiting room can read (legibility.py), so the block reads calmly and from afar.
    """

    def __init__(self, view: WaitingView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = index.data(Qt.ItemDataRole.SizeHintRole)
        return size if isinstance(size, QSize) else QSize(1, 1)

    def paint(self, p: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        service: Service | None = index.data(SERVICE_ROLE)
        count: int = index.data(COUNT_ROLE) or 0
        plan = self._view.plan
        if service is None or plan is None:
            return
        parts = TileParts.of(plan.name_font, plan.count_font)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        g = parts.gap / 2
        r = QRectF(option.rect).adjusted(g, g, -g, -g)
        p.setPen(QPen(QColor(Colours.BORDER), 1))
        p.setBrush(QColor(Colours.BACKGROUND))
        p.drawRoundedRect(r, 12, 12)
        pad, icon = parts.pad, parts.icon
        p.drawPixmap(
            int(r.left() + pad), int(r.center().y() - icon / 2), svg_pixmap(service.icon, icon)
        )
        p.setFont(plan.count_font)
        # A zero is quieter, so the eye goes to where people wait.
        p.setPen(QColor(Colours.NAVY if count else Colours.MUTED))
        count_rect = QRectF(r.right() - pad - parts.count_w, r.top(), parts.count_w, r.height())
        p.drawText(
            count_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(count)
        )
        left = r.left() + 2 * pad + icon
        name_rect = QRectF(left, r.top(), count_rect.left() - pad - left, r.height())
        p.setFont(plan.name_font)
        p.setPen(QColor(Colours.TEXT))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        p.drawText(name_rect.toRect(), int(flags | Qt.TextFlag.TextWordWrap), shown_name(service))
        p.restore()
