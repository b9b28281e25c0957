"""A card holding one live ticket list (waiting, parked or no-shows) and its one action.

Contract: ``set_tickets`` updates the model and keeps the clerk's selected ticket selected when it
is still there. ``chosen(ticket_id)`` fires from the button, or a double-click / Enter on a row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.core.model import Ticket
from kiosk.ui.counter.models import TICKET_ID_ROLE, TicketTableModel
from kiosk.ui.counter.widgets import Card, make_table, selected_row


class ListCard(Card):
    chosen = Signal(str)

    def __init__(
        self,
        title: str,
        model: TicketTableModel,
        button_text: str,
        empty_text: str,
        row_height: int = 48,
        select_first: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.model = model
        self._row_height = row_height
        self._select_first = select_first
        self.view = make_table(model, row_height)
        self.view.setAccessibleName(title)
        # "activated" is a double-click or Enter on a row (one signal, so one call).
        self.view.activated.connect(self._activated)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName("emptyText")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.button = QPushButton(button_text)
        self.button.setObjectName("listButton")
        self.button.setMinimumHeight(48)
        self.button.setAccessibleName(button_text)
        self.button.clicked.connect(self._button_clicked)
        # The action sits in the title row: the list keeps every pixel of height for rows.
        self.title_row.addWidget(self.button)
        self.body.addWidget(self.view, 1)
        self.body.addWidget(self.empty_label, 1)
        self.view.selectionModel().selectionChanged.connect(self._update_button)
        model.modelReset.connect(self._update_button)
        self._update_empty()
        self._update_button()

    def set_compact(self, compact: bool) -> None:
        super().set_compact(compact)
        rows = self.view.verticalHeader()
        rows.setDefaultSectionSize(round(self._row_height * 0.8) if compact else self._row_height)
        self.view.setIconSize(QSize(20, 20) if compact else QSize(26, 26))
        self.button.setMinimumHeight(40 if compact else 48)

    def set_tickets(self, tickets: Sequence[Ticket], now: datetime) -> None:
        keep = self.selected_ticket_id()
        self.model.set_tickets(tickets, now)
        if keep is not None:
            row = self.model.row_of(keep)
            if row >= 0 and selected_row(self.view) != row:
                self.view.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        if self._select_first and self.selected_ticket_id() is None and self.model.rowCount():
            # Short lists with one action: the first row is ready, the button works at once.
            self.view.selectRow(0)
        n = self.model.rowCount()
        self.count_label.setText(str(n) if n else "")
        self._update_empty()
        self._update_button()

    def selected_ticket_id(self) -> str | None:
        row = selected_row(self.view)
        t = self.model.ticket_at(row)
        return t.id if t else None

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.view.setVisible(not empty)
        self.empty_label.setVisible(empty)

    def _update_button(self, *_: object) -> None:
        self.button.setEnabled(self.selected_ticket_id() is not None)

    def _button_clicked(self) -> None:
        tid = self.selected_ticket_id()
        if tid is not None:
            self.chosen.emit(tid)

    def _activated(self, index: QModelIndex) -> None:
        tid = index.data(TICKET_ID_ROLE)
        if tid:
            self.chosen.emit(str(tid))
