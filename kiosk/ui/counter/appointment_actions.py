"""The action row under today's appointments: what the clerk can do with the selected one,
and one line that says why a button is not available now.

``show_for(entry, online, busy)`` decides from the appointment's status only: "Niet gekomen"
once its time has passed (Te laat), moving, cancelling and the confirmation while it is
booked (Verwacht or Te laat). The page connects the buttons to the work.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.appointments import DayStatus
from kiosk.services.appointments import DayEntry
from kiosk.ui.counter.appointment_words import time_text

BOOKED = (DayStatus.DUE, DayStatus.LATE)


def _button(text: str) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName("listButton")
    b.setAccessibleName(text)
    b.setMinimumHeight(48)
    return b


class AppointmentActions(QWidget):
    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone  # the terminal's: times in its words are on its wall clock
        self.no_show_button = _button(self.tr("Niet gekomen"))
        self.move_button = _button(self.tr("Verplaatsen"))
        self.cancel_button = _button(self.tr("Annuleren"))
        self.print_button = _button(self.tr("Bevestiging afdrukken"))
        self.save_button = _button(self.tr("Bevestiging opslaan als PDF"))
        self.hint_label = QLabel()
        self.hint_label.setObjectName("emptyText")
        self.hint_label.setWordWrap(True)
        row = QHBoxLayout()
        row.setSpacing(12)
        for b in (self.no_show_button, self.move_button, self.cancel_button):
            row.addWidget(b)
        row.addSpacing(20)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(self.hint_label)
        lay.addLayout(row)

    def show_for(self, e: DayEntry | None, online: bool, busy: bool) -> None:
        booked = e is not None and e.status in BOOKED and online and not busy
        for b in (self.move_button, self.cancel_button, self.print_button, self.save_button):
            b.setEnabled(booked)
        self.no_show_button.setEnabled(booked and e is not None and e.status is DayStatus.LATE)
        self.hint_label.setText(self._hint(e, online))

    def _hint(self, e: DayEntry | None, online: bool) -> str:
        if not online:
            return self.tr("Geen verbinding met de server: afspraken maken of wijzigen kan niet.")
        if e is None:
            return self.tr("Kies een afspraak in de lijst. Dan kan je ze wijzigen of afdrukken.")
        a = e.appointment
        if e.status is DayStatus.DUE:
            return self.tr("'Niet gekomen' kan vanaf {time}.").format(
                time=time_text(a.starts_at, self._zone)
            )
        if e.status is DayStatus.LATE:
            return self.tr("{name} is er nog niet. Afspraak om {time}.").format(
                name=a.full_name, time=time_text(a.starts_at, self._zone)
            )
        if e.status is DayStatus.CHECKED_IN:
            return self.tr("{name} is aangemeld en staat in de wachtrij.").format(name=a.full_name)
        if e.status is DayStatus.NO_SHOW:
            return self.tr("Deze afspraak staat bij 'Niet gekomen'.")
        return self.tr("Deze afspraak is geannuleerd.")
