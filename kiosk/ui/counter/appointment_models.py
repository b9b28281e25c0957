"""Qt models of the appointment views: today's list, the free slots, the no-show figures.

Like the ticket models: a model shows what it was last given, in that order. ``DayModel`` keeps
its rows (dataChanged only) when the same appointments come back in the same order, so the
clerk's selection survives the minute refresh; otherwise it resets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from kiosk.core.appointments import DayStatus
from kiosk.core.model import Service
from kiosk.core.slots import Slot
from kiosk.services.appointments import DayEntry, NoShowFigure
from kiosk.ui.common.icons import svg_icon
from kiosk.ui.common.theme import Colours as C
from kiosk.ui.counter.appointment_words import day_heading, local, status_word, time_text
from kiosk.ui.counter.badges import PILL_ROLE, STATUS_PILLS
from kiosk.ui.counter.words import service_name

ID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _bold() -> QFont:
    f = QFont()
    f.setBold(True)
    return f


class DayModel(QAbstractTableModel):
    """Today's appointments: time, resident, service, status (a word in a colour), counter
    and how to reach the resident."""

    TIME, NAME, SERVICE, STATUS, COUNTER, CONTACT = range(6)

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone  # the terminal's: times on its wall clock
        self._entries: list[DayEntry] = []
        self._services: Mapping[str, Service] = {}
        self._counters: Mapping[str, str] = {}
        self._bold = _bold()

    def headers(self) -> list[str]:
        return [
            self.tr("Tijd"),
            self.tr("Naam"),
            self.tr("Dienst"),
            self.tr("Status"),
            self.tr("Loket"),
            self.tr("Telefoon of e-mail"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def cell(self, e: DayEntry, column: int) -> str:
        a = e.appointment
        if column == self.TIME:
            return time_text(a.starts_at, self._zone)
        if column == self.NAME:
            return a.full_name
        if column == self.SERVICE:
            return self.service_name(e)
        if column == self.COUNTER:
            return self._counters.get(a.counter_id or "", "")
        if column == self.CONTACT:
            return a.contact
        return status_word(e.status, e.ticket_number)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        e = self.entry_at(index.row()) if index.isValid() else None
        if e is None:
            return None
        col = index.column()
        if role in _TEXT_ROLES:
            return self.cell(e, col)
        if role == Qt.ItemDataRole.DecorationRole and col == self.SERVICE:
            svc = self._services.get(e.appointment.service_id)
            return svg_icon(svc.icon, 28) if svc else None
        if role == Qt.ItemDataRole.FontRole and col == self.TIME:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and e.status is DayStatus.CANCELLED:
            return QColor("#56606C")
        if role == PILL_ROLE and col == self.STATUS:
            return STATUS_PILLS[e.status]
        if role == ID_ROLE:
            return e.appointment.id
        return None

    def service_name(self, e: DayEntry) -> str:
        """The entry's service in the console's language (the entry's own name is Dutch)."""
        svc = self._services.get(e.appointment.service_id)
        return service_name(svc) if svc is not None else e.service_name

    def set_entries(
        self,
        entries: Sequence[DayEntry],
        services: Mapping[str, Service],
        counters: Mapping[str, str],
    ) -> None:
        self._services, self._counters = services, counters
        if [e.appointment.id for e in entries] == [e.appointment.id for e in self._entries]:
            self._entries = list(entries)
            if self._entries:
                last = self.index(len(self._entries) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[DayEntry]:
        return list(self._entries)

    def entry_at(self, row: int) -> DayEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, appointment_id: str) -> int:
        ids = [e.appointment.id for e in self._entries]
        return ids.index(appointment_id) if appointment_id in ids else -1


class SlotModel(QAbstractListModel):
    """Free slots under a heading per day ("Morgen, dinsdag 1 december"); headings cannot be
    chosen. A slot row reads "09:15 · Gemeentehuis Zoersel, Loket 1"."""

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone  # the terminal's: days and times on its wall clock
        self._rows: list[date | Slot] = []
        self._branches: Mapping[str, str] = {}
        self._counters: Mapping[str, str] = {}
        self._now: datetime | None = None
        self._bold = _bold()

    def set_slots(
        self,
        slots: Sequence[Slot],
        branches: Mapping[str, str],
        counters: Mapping[str, str],
        now: datetime,
    ) -> None:
        self.beginResetModel()
        self._branches, self._counters, self._now = branches, counters, now
        self._rows = []
        for s in slots:
            day = local(s.starts_at, self._zone).date()
            if day not in self._rows:
                self._rows.append(day)
            self._rows.append(s)
        self.endResetModel()

    def slots(self) -> list[Slot]:
        return [r for r in self._rows if isinstance(r, Slot)]

    def slot_at(self, row: int) -> Slot | None:
        r = self._rows[row] if 0 <= row < len(self._rows) else None
        return r if isinstance(r, Slot) else None

    def row_of(self, slot: Slot) -> int:
        return self._rows.index(slot) if slot in self._rows else -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if self.slot_at(index.row()) is None:
            return Qt.ItemFlag.ItemIsEnabled  # a heading: seen, not chosen
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if isinstance(r, date):
            if role in _TEXT_ROLES and self._now is not None:
                return day_heading(r, self._now, self._zone)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(C.NAVY)
            return None
        if role in _TEXT_ROLES:
            return self.tr("{time} · {branch}, {counter}").format(
                time=time_text(r.starts_at, self._zone),
                branch=self._branches.get(r.branch_id, ""),
                counter=self._counters.get(r.counter_id, ""),
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return svg_icon("clock", 24)
        return None


class FigureModel(QAbstractTableModel):
    """No-shows per service: service, no-shows, appointments, share."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._figures: list[NoShowFigure] = []

    def set_figures(self, figures: Sequence[NoShowFigure]) -> None:
        self.beginResetModel()
        self._figures = list(figures)
        self.endResetModel()

    def figures(self) -> list[NoShowFigure]:
        return list(self._figures)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._figures)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Dienst"),
                self.tr("Niet gekomen"),
                self.tr("Afspraken"),
                self.tr("Aandeel"),
            ][section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return _RIGHT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._figures):
            return None
        f, col = self._figures[index.row()], index.column()
        if role in _TEXT_ROLES:
            if col == 0:
                return f.service_name
            if col == 1:
                return str(f.no_shows)
            if col == 2:
                return str(f.due)
            return self.tr("{share} %").format(share=round(f.share * 100))
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return _RIGHT
        return None
