"""The display's two live lists as Qt models: the latest calls and the waiting counts.

Neither holds anything about a resident: a call is a ticket number and a counter, a waiting
count is a service and a number.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt

from kiosk.core.model import Call, Service
from kiosk.ui.common import i18n

Index = QModelIndex | QPersistentModelIndex

#: Custom roles the delegates paint from.
CALL_ROLE = Qt.ItemDataRole.UserRole + 1
ANNOUNCING_ROLE = Qt.ItemDataRole.UserRole + 2
SERVICE_ROLE = Qt.ItemDataRole.UserRole + 3
COUNT_ROLE = Qt.ItemDataRole.UserRole + 4


def shown_name(service: Service) -> str:
    """The service's name in the display's language ([display] language; Dutch where the
    municipality wrote none)."""
    return service.in_language(i18n.current_language("display")).name


class RecentCallsModel(QAbstractListModel):
    """The latest calls, newest in row 0, at most ``limit`` rows, one row per ticket.

    New calls are inserted at the top one by one (row signals, so views keep their state);
    the oldest rows fall off the bottom. A call already shown (same id) is never added twice,
    and a ticket called again (a recall, or to another counter) leaves its earlier row: the
    list never shows one number twice, only where it was called last.
    """

    def __init__(self, limit: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._limit = max(1, limit)
        self._calls: list[Call] = []
        self._announcing: str | None = None

    # -- reading -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._calls)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._calls):
            return None
        call = self._calls[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if call.recall:
                return self.tr("{number} naar {counter} (nog eens)").format(
                    number=call.ticket_number, counter=call.counter_name
                )
            return self.tr("{number} naar {counter}").format(
                number=call.ticket_number, counter=call.counter_name
            )
        if role == CALL_ROLE:
            return call
        if role == ANNOUNCING_ROLE:
            return call.id == self._announcing
        return None

    def calls(self) -> list[Call]:
        """Shown calls, newest first."""
        return list(self._calls)

    # -- changing ------------------------------------------------------------------------

    def reset(self, calls_oldest_first: Iterable[Call]) -> None:
        newest_first: list[Call] = []
        for call in reversed(list(calls_oldest_first)):
            if all(c.ticket_id != call.ticket_id for c in newest_first):
                newest_first.append(call)
        self.beginResetModel()
        self._calls = newest_first[: self._limit]
        self.endResetModel()

    def add(self, calls_oldest_first: Iterable[Call]) -> None:
        """Put each new call on top, in order, so the newest ends in row 0."""
        known = {c.id for c in self._calls}
        for call in calls_oldest_first:
            if call.id in known:
                continue
            known.add(call.id)
            earlier = [i for i, c in enumerate(self._calls) if c.ticket_id == call.ticket_id]
            for row in reversed(earlier):  # the same ticket called before: only its newest call
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._calls[row]
                self.endRemoveRows()
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._calls.insert(0, call)
            self.endInsertRows()
            if len(self._calls) > self._limit:
                last = len(self._calls) - 1
                self.beginRemoveRows(QModelIndex(), self._limit, last)
                del self._calls[self._limit :]
                self.endRemoveRows()

    def set_announcing(self, call_id: str | None) -> None:
        """Mark the row being announced now (painted highlighted), or none."""
        if call_id == self._announcing:
            return
        self._announcing = call_id
        if self._calls:
            top, bottom = self.index(0), self.index(len(self._calls) - 1)
            self.dataChanged.emit(top, bottom, [ANNOUNCING_ROLE])


class WaitingModel(QAbstractListModel):
    """How many residents wait, per service offered at the branch (in the branch's order).

    The display lays the tiles out (``set_layout``, from legibility.plan_waiting): their order
    on the screen, their sizes, and pages that take turns (``next_page``) when not every
    service fits at a legible size; the model's rows are then the page's."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Service, int]] = []
        self._order: list[int] = []  # indexes into _rows, in the screen's order
        self._pages: list[tuple[int, int]] = []  # (first, count) in _order
        self._sizes: list[QSize] = []  # by place in _order
        self._page_at = 0
        self._plain()

    def _plain(self) -> None:
        self._order = list(range(len(self._rows)))
        self._pages = [(0, len(self._rows))]
        self._sizes = []
        self._page_at = 0

    def _shown(self) -> list[int]:
        """Places in ``_order`` of the rows on the page shown now."""
        first, count = self._pages[self._page_at]
        return list(range(first, min(first + count, len(self._order))))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = self._shown()
        if not index.isValid() or not 0 <= index.row() < len(shown):
            return None
        place = shown[index.row()]
        service, count = self._rows[self._order[place]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{service}: %n wachtenden", "", count).format(
                service=shown_name(service)
            )
        if role == Qt.ItemDataRole.SizeHintRole:
            return self._sizes[place] if place < len(self._sizes) else None
        if role == SERVICE_ROLE:
            return service
        if role == COUNT_ROLE:
            return count
        return None

    def counts(self) -> dict[str, int]:
        """Service name -> residents waiting, every service (on any page)."""
        return {shown_name(s): n for s, n in self._rows}

    def shown_counts(self) -> dict[str, int]:
        """The same, for the page on the screen now."""
        rows = [self._rows[self._order[place]] for place in self._shown()]
        return {shown_name(s): n for s, n in rows}

    def names(self) -> list[str]:
        return [shown_name(s) for s, _ in self._rows]

    def page(self) -> tuple[int, int]:
        """(this page, pages), counted from 1."""
        return self._page_at + 1, len(self._pages)

    def set_layout(
        self,
        order: Sequence[int],
        pages: Sequence[tuple[int, int]],
        sizes: Sequence[tuple[int, int]],
    ) -> None:
        """Show the rows in ``order`` (indexes), a page at a time (first, count in ``order``),
        each tile ``sizes[place]`` (width, height); from the first page."""
        if sorted(order) != list(range(len(self._rows))) or not pages:
            return  # made for other rows: the next plan will fit
        self.beginResetModel()
        self._order, self._pages = list(order), list(pages)
        self._sizes = [QSize(w, h) for w, h in sizes]
        self._page_at = 0
        self.endResetModel()

    def next_page(self) -> None:
        if len(self._pages) < 2:
            return
        self.beginResetModel()
        self._page_at = (self._page_at + 1) % len(self._pages)
        self.endResetModel()

    def set_rows(self, rows: Iterable[tuple[Service, int]]) -> None:
        new = list(rows)
        if [s.id for s, _ in new] == [s.id for s, _ in self._rows]:
            # Same services: only the numbers moved; keep the view, repaint the changed tiles.
            shown = self._shown()
            for i, (row_old, row_new) in enumerate(zip(self._rows, new, strict=True)):
                if row_old != row_new:
                    self._rows[i] = row_new
                    place = self._order.index(i)
                    if place in shown:
                        at = self.index(shown.index(place))
                        self.dataChanged.emit(at, at)
            return
        self.beginResetModel()
        self._rows = new
        self._plain()
        self.endResetModel()
