"""The "at your desk" panel: the active ticket in large print, its details, and the outcome
the clerk picks for "Klaar" (default: helped)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.model import Outcome, Service, Ticket, TicketState
from kiosk.ui.common.icons import svg_icon, svg_pixmap
from kiosk.ui.counter.models import is_appointment
from kiosk.ui.counter.widgets import Card, repolish
from kiosk.ui.counter.words import (
    PRIORITY_ICONS,
    local_time_text,
    minutes_between,
    outcome_word,
    priority_sentence,
    recalls_text,
    service_name,
    state_word,
    waited_text,
)


def _detail(text: str = "") -> QLabel:
    lbl = QLabel(text)
    lbl.setObjectName("detail")
    return lbl


def _row(icon: QLabel, label: QLabel) -> QWidget:
    w = QWidget()
    lay = QHBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(10)
    lay.addWidget(icon)
    lay.addWidget(label, 1)
    return w


class CurrentPanel(Card):
    """Shows ``set_ticket``'s ticket, or an empty state that says what to do."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._zone = zone  # the terminal's: an appointment's time on its wall clock
        self.title_label.setText(self.tr("Aan je loket"))
        self._ticket_id: str | None = None

        # -- filled state ----------------------------------------------------------------
        box = QFrame()
        box.setObjectName("ticketBox")
        self._box = box
        caption = QLabel(self.tr("Nummer"))
        caption.setObjectName("bigCaption")
        self.number_label = QLabel("")
        self.number_label.setObjectName("bigNumber")
        box_lay = QVBoxLayout(box)
        box_lay.setContentsMargins(24, 12, 24, 12)
        box_lay.addWidget(caption, 0, Qt.AlignmentFlag.AlignHCenter)
        box_lay.addWidget(self.number_label, 1, Qt.AlignmentFlag.AlignCenter)

        self._service_icon = QLabel()
        self._icon_size = 40
        self.service_label = QLabel("")
        self.service_label.setObjectName("serviceName")
        self.state_label = QLabel("")
        self.state_label.setObjectName("pillCalled")
        self.recalls_label = _detail()
        state_row = QHBoxLayout()
        state_row.setSpacing(14)
        state_row.addWidget(self.state_label)
        state_row.addWidget(self.recalls_label, 1)
        self._priority_icon = QLabel()
        self._priority_icon.setFixedSize(28, 28)
        self.priority_label = _detail()
        self.priority_row = _row(self._priority_icon, self.priority_label)
        clock = QLabel()
        clock.setPixmap(svg_pixmap("clock", 28))
        self.waited_label = _detail()
        transfer_icon = QLabel()
        transfer_icon.setPixmap(svg_pixmap("people", 28))
        self.transferred_label = _detail(self.tr("Komt van een ander loket"))
        self.transferred_row = _row(transfer_icon, self.transferred_label)
        appointment_icon = QLabel()
        appointment_icon.setPixmap(svg_pixmap("clock", 28))
        self.appointment_label = _detail()
        self.appointment_row = _row(appointment_icon, self.appointment_label)

        self._details = details = QVBoxLayout()
        details.addWidget(_row(self._service_icon, self.service_label))
        details.addLayout(state_row)
        details.addWidget(self.appointment_row)
        details.addWidget(self.priority_row)
        details.addWidget(_row(clock, self.waited_label))
        details.addWidget(self.transferred_row)
        details.addStretch(1)

        filled = QWidget()
        filled_lay = QHBoxLayout(filled)
        filled_lay.setContentsMargins(0, 0, 0, 0)
        filled_lay.setSpacing(28)
        filled_lay.addWidget(box)
        filled_lay.addLayout(details, 1)

        # -- empty state -----------------------------------------------------------------
        empty = QWidget()
        empty_lay = QVBoxLayout(empty)
        empty_lay.setContentsMargins(8, 8, 8, 8)
        empty_lay.addStretch(1)
        self.empty_title = QLabel(self.tr("Niemand aan je loket"))
        self.empty_title.setObjectName("emptyBig")
        self.empty_text = _detail()
        self.empty_text.setWordWrap(True)
        empty_lay.addWidget(self.empty_title)
        empty_lay.addWidget(self.empty_text)
        empty_lay.addStretch(1)

        self._stack = QStackedLayout()
        self._stack.addWidget(empty)
        self._stack.addWidget(filled)
        self.body.addLayout(self._stack, 1)

        # -- outcome choice --------------------------------------------------------------
        self.outcome_row = QWidget()
        row = QHBoxLayout(self.outcome_row)
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(10)
        label = QLabel(self.tr("Afloop van dit bezoek:"))
        label.setObjectName("sectionLabel")
        row.addWidget(label)
        self._outcomes = QButtonGroup(self)
        self._outcomes.setExclusive(True)
        self.outcome_buttons: dict[Outcome, QPushButton] = {}
        for outcome in Outcome:
            b = QPushButton(outcome_word(outcome))
            b.setObjectName("outcome")
            b.setCheckable(True)
            b.setMinimumHeight(48)
            # The chosen outcome gets a check mark, so the choice is not shown by colour only.
            b.toggled.connect(
                lambda on, b=b: b.setIcon(svg_icon("check", 20, True) if on else QIcon())
            )
            self._outcomes.addButton(b)
            self.outcome_buttons[outcome] = b
            row.addWidget(b)
        row.addStretch(1)
        self.body.addWidget(self.outcome_row)
        self.set_compact(False)
        self.set_ticket(None, None, None, 0)

    def set_compact(self, compact: bool) -> None:
        super().set_compact(compact)
        self._box.setMinimumWidth(240 if compact else 330)
        self._details.setSpacing(2 if compact else 10)
        self._icon_size = 28 if compact else 40
        self._service_icon.setFixedSize(self._icon_size, self._icon_size)
        for b in self.outcome_buttons.values():
            b.setMinimumHeight(40 if compact else 48)

    def outcome(self) -> Outcome:
        for outcome, b in self.outcome_buttons.items():
            if b.isChecked():
                return outcome
        return Outcome.HELPED

    def set_outcome(self, outcome: Outcome) -> None:
        self.outcome_buttons[outcome].setChecked(True)

    def ticket_id(self) -> str | None:
        return self._ticket_id

    def set_ticket(
        self, t: Ticket | None, service: Service | None, now: datetime | None, waiting: int
    ) -> None:
        """Show ``t`` (the active ticket) or the empty state with ``waiting`` people."""
        if t is None or now is None:
            self._ticket_id = None
            self._stack.setCurrentIndex(0)
            self.outcome_row.hide()
            if waiting == 0:
                text = self.tr("Er wacht niemand voor je loket.")
            else:
                text = self.tr(
                    "Er wachten %n mensen. Druk op Volgende (F1 of spatie).", "", waiting
                )
            self.empty_text.setText(text)
            return
        if t.id != self._ticket_id:
            # A new resident: the outcome starts at "helped" again.
            self.set_outcome(Outcome.HELPED)
        self._ticket_id = t.id
        self._stack.setCurrentIndex(1)
        self.outcome_row.show()
        self.number_label.setText(t.display_number)
        self.number_label.setAccessibleName(t.display_number)
        self.service_label.setText(service_name(service))
        self._service_icon.setPixmap(
            svg_pixmap(service.icon if service else "question", self._icon_size)
        )
        serving = t.state == TicketState.SERVING
        repolish(self.state_label, "pillServing" if serving else "pillCalled")
        self.state_label.setText(state_word(t.state))
        self.recalls_label.setText(recalls_text(t.recalls))
        self.recalls_label.setVisible(not serving)
        if t.priority is not None:
            self._priority_icon.setPixmap(svg_pixmap(PRIORITY_ICONS[t.priority], 28))
            self.priority_label.setText(priority_sentence(t.priority))
        self.priority_row.setVisible(t.priority is not None)
        self.waited_label.setText(waited_text(minutes_between(t.arrived_at, t.called_at or now)))
        self.transferred_row.setVisible(t.transferred_at is not None)
        if is_appointment(t):
            assert t.due_at is not None
            self.appointment_label.setText(
                self.tr("Met afspraak om {time}").format(time=local_time_text(t.due_at, self._zone))
            )
        self.appointment_row.setVisible(is_appointment(t))
