"""The display's two live lists as Qt models: the latest calls and the waiting counts.

Neither holds anything about a resident: a call is a ticket number and a counter, a waiting
count is a service and a number.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

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
    """The latest calls, newest in row 0, at most ``limit`` rows.

    New calls are inserted at the top one by one (row signals, so views keep their state);
    the oldest rows fall off the bottom. A call already shown (same id) is never added twice.
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
        newest_first = list(reversed(list(calls_oldest_first)))[: self._limit]
        self.beginResetModel()
        self._calls = newest_first
        self.endResetModel()

    def add(self, calls_oldest_first: Iterable[Call]) -> None:
        """Put each new call on top, in order, so the newest ends in row 0."""
        known = {c.id for c in self._calls}
        for call in calls_oldest_first:
            if call.id in known:
                continue
            known.add(call.id)
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
    """How many residents wait, per service offered at the branch (in the branch's order)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Service, int]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        service, count = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{service}: %n wachtenden", "", count).format(
                service=shown_name(service)
            )
        if role == SERVICE_ROLE:
            return service
        if role == COUNT_ROLE:
            return count
        return None

    def counts(self) -> dict[str, int]:
        """Service name -> residents waiting."""
        return {shown_name(s): n for s, n in self._rows}

    def set_rows(self, rows: Iterable[tuple[Service, int]]) -> None:
        new = list(rows)
        if [s.id for s, _ in new] == [s.id for s, _ in self._rows]:
            # Same services: only the numbers moved; keep the view, repaint the changed tiles.
            for i, (row_old, row_new) in enumerate(zip(self._rows, new, strict=True)):
                if row_old != row_new:
                    self._rows[i] = row_new
                    self.dataChanged.emit(self.index(i), self.index(i))
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()
