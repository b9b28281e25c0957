"""Qt table models of the counter console: the waiting list, the parked visits, today's no-shows.

Contract: a model shows the tickets it was last given, in that order; ``set_tickets`` replaces
them. When the same tickets come back in the same order (a timer tick) only the cells change
(dataChanged), so the clerk's selection stays; otherwise the model resets. ``TICKET_ID_ROLE``
gives the ticket id of a row, for the buttons that act on the selected row.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from kiosk.core.model import QueueRules, Service, Ticket, TicketOrigin, TicketState
from kiosk.ui.common.icons import svg_icon
from kiosk.ui.counter.badges import APPOINTMENT, PILL_ROLE
from kiosk.ui.counter.words import (
    PRIORITY_ICONS,
    local_time_text,
    minutes_between,
    priority_word,
    service_name,
)

TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class TicketTableModel(QAbstractTableModel):
    """Shared plumbing: rows are tickets, columns are defined by the subclass."""

    def __init__(
        self, services: dict[str, Service], zone: ZoneInfo, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._zone = zone  # the terminal's: times are shown on its wall clock
        self._tickets: list[Ticket] = []
        self._now: datetime | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    # -- to override ---------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, t: Ticket, column: int) -> str:
        raise NotImplementedError

    def icon_name(self, t: Ticket, column: int) -> str | None:
        return None

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tickets)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._tickets):
            return None
        t = self._tickets[index.row()]
        col = index.column()
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole text where a small screen cuts it short
        ):
            return self.cell(t, col)
        if role == Qt.ItemDataRole.DecorationRole:
            name = self.icon_name(t, col)
            return svg_icon(name, 28) if name else None
        if role == Qt.ItemDataRole.FontRole and col == 0:
            return self._bold
        if role == TICKET_ID_ROLE:
            return t.id
        return None

    # -- updates -------------------------------------------------------------------------
    def set_tickets(self, tickets: Sequence[Ticket], now: datetime) -> None:
        same_rows = [t.id for t in tickets] == [t.id for t in self._tickets]
        if same_rows:
            self._tickets = list(tickets)
            self._now = now
            if self._tickets:
                last = self.index(len(self._tickets) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._tickets = list(tickets)
        self._now = now
        self.endResetModel()

    def tickets(self) -> list[Ticket]:
        return list(self._tickets)

    def ticket_at(self, row: int) -> Ticket | None:
        return self._tickets[row] if 0 <= row < len(self._tickets) else None

    def row_of(self, ticket_id: str) -> int:
        return next((i for i, t in enumerate(self._tickets) if t.id == ticket_id), -1)

    def service_name(self, t: Ticket) -> str:
        # In the console's language ([counter] language; Dutch where there is no text).
        return service_name(self._services.get(t.service_id))

    def service_icon(self, t: Ticket) -> str | None:
        svc = self._services.get(t.service_id)
        return svc.icon if svc else None


def is_appointment(t: Ticket) -> bool:
    return t.origin == TicketOrigin.APPOINTMENT and t.due_at is not None


class WaitingModel(TicketTableModel):
    """The tickets this counter may call, in the order it would call them. A checked-in
    appointment shows "Afspraak 10:30" as a badge in the priority column (it goes ahead of
    walk-ins at its time, like a priority)."""

    NUMBER, SERVICE, MINUTES, PRIORITY, TRANSFERRED = range(5)

    def __init__(
        self,
        services: dict[str, Service],
        counter_id: str,
        zone: ZoneInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, zone, parent)
        self._counter_id = counter_id

    def headers(self) -> list[str]:
        return [
            self.tr("Nummer"),
            self.tr("Dienst"),
            self.tr("Wacht"),
            self.tr("Voorrang"),
            self.tr("Doorgestuurd"),
        ]

    def cell(self, t: Ticket, column: int) -> str:
        if column == self.NUMBER:
            return t.display_number
        if column == self.SERVICE:
            return self.service_name(t)
        if column == self.MINUTES:
            if self._now is None:
                return ""
            return self.tr("%n min", "", minutes_between(t.arrived_at, self._now))
        if column == self.PRIORITY:
            words = [priority_word(t.priority)] if t.priority else []
            if is_appointment(t):
                assert t.due_at is not None
                badge = self.tr("Afspraak {time}").format(
                    time=local_time_text(t.due_at, self._zone)
                )
                words.insert(0, badge)
            return " · ".join(words)
        if column == self.TRANSFERRED:
            if t.target_counter_id == self._counter_id:
                return self.tr("Naar jou")
            return self.tr("Doorgestuurd") if t.state == TicketState.TRANSFERRED else ""
        return ""

    def icon_name(self, t: Ticket, column: int) -> str | None:
        if column == self.SERVICE:
            return self.service_icon(t)
        if column == self.PRIORITY and t.priority and not is_appointment(t):
            return PRIORITY_ICONS[t.priority]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PILL_ROLE:
            t = self.ticket_at(index.row())
            is_badge = index.column() == self.PRIORITY and t is not None and is_appointment(t)
            return APPOINTMENT if is_badge else None
        return super().data(index, role)


class ParkedModel(TicketTableModel):
    """Visits this counter put aside for a moment (they stay with this counter)."""

    def headers(self) -> list[str]:
        return [self.tr("Nummer"), self.tr("Dienst"), self.tr("Apart sinds")]

    def cell(self, t: Ticket, column: int) -> str:
        if column == 0:
            return t.display_number
        if column == 1:
            return self.service_name(t)
        return local_time_text(t.parked_at, self._zone) if t.parked_at else ""


class NoShowModel(TicketTableModel):
    """Today's no-shows, newest first, with how long they can still come back."""

    def __init__(
        self,
        services: dict[str, Service],
        rules: QueueRules,
        zone: ZoneInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, zone, parent)
        self._rules = rules

    def headers(self) -> list[str]:
        return [self.tr("Nummer"), self.tr("Dienst"), self.tr("Om"), self.tr("Terug kan nog")]

    def minutes_left(self, t: Ticket) -> int:
        """Whole minutes the ticket can still go back in line (0 or less: too late)."""
        if t.no_show_at is None or self._now is None:
            return 0
        left_s = self._rules.reactivation_window_s - (self._now - t.no_show_at).total_seconds()
        # Round up: with 20 seconds left the ticket can still come back, so say "1 min".
        return math.ceil(left_s / 60) if left_s > 0 else 0

    def cell(self, t: Ticket, column: int) -> str:
        if column == 0:
            return t.display_number
        if column == 1:
            return self.service_name(t)
        if column == 2:
            return local_time_text(t.no_show_at, self._zone) if t.no_show_at else ""
        left = self.minutes_left(t)
        if left <= 0:
            return self.tr("Te laat")
        return self.tr("Nog %n min", "", left)
