"""The clerk gives a waiting resident priority, or takes it away, from the waiting list.

Why at the counter too: not everyone answers the kiosk's question (a resident who did not see
it, a companion who asks at the desk). The reasons are the kiosk's, plus the clerk's own call.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from kiosk.core.model import PriorityReason, Ticket
from kiosk.ui.counter.words import priority_word


class PriorityButton(QPushButton):
    """A button with a menu of reasons; ``chosen`` carries a PriorityReason, or None to take
    priority away. Enabled while a waiting ticket is selected."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Voorrang…"))
        self.setAccessibleName(self.tr("Voorrang geven"))
        self.setToolTip(self.tr("Geef de gekozen persoon voorrang, of neem die weg."))
        self.setObjectName("listButton")
        self.setMinimumHeight(48)
        self._menu = QMenu(self)
        self._actions: dict[PriorityReason, QAction] = {}
        for reason in (
            PriorityReason.ELDERLY,
            PriorityReason.DISABILITY,
            PriorityReason.PREGNANCY,
            PriorityReason.STAFF,
        ):
            action = self._menu.addAction(priority_word(reason))
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, r=reason: self.chosen.emit(r))
            self._actions[reason] = action
        self._menu.addSeparator()
        self._remove = self._menu.addAction(self.tr("Geen voorrang"))
        self._remove.triggered.connect(lambda _=False: self.chosen.emit(None))
        self.setMenu(self._menu)
        self.set_ticket(None)

    def set_ticket(self, ticket: Ticket | None) -> None:
        """Show the choices for ``ticket`` (the selected waiting ticket, or None)."""
        self.setEnabled(ticket is not None)
        for reason, action in self._actions.items():
            action.setChecked(ticket is not None and ticket.priority == reason)
        self._remove.setEnabled(ticket is not None and ticket.priority is not None)
