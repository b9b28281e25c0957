"""The clerk's big action buttons with their keys (F1..F7, Space for "Volgende").

The bar decides only what is *allowed now* from the active ticket, the clock and the rules, and
shows why a button is disabled. It emits ``triggered(name)``; the queue screen does the work.
A key pressed for a disabled action emits ``blocked(sentence)`` instead, so the clerk learns why.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QGridLayout, QWidget

from kiosk.core.model import QueueRules, Ticket, TicketState
from kiosk.core.queueing import can_mark_no_show
from kiosk.ui.counter.widgets import ActionButton

NEXT = "next"
RECALL = "recall"
SERVE = "serve"
NO_SHOW = "no_show"
TRANSFER = "transfer"
PARK = "park"
FINISH = "finish"


def recall_wait_s(t: Ticket, now: datetime, rules: QueueRules) -> int:
    """Whole seconds before ``t`` may be recalled (0: now)."""
    last = t.last_called_at or t.called_at
    if last is None:
        return 0
    left = rules.recall_min_interval_s - (now - last).total_seconds()
    return max(0, math.ceil(left))


class ActionBar(QWidget):
    triggered = Signal(str)
    blocked = Signal(str)

    def __init__(
        self, now: Callable[[], datetime], rules: QueueRules, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._rules = rules
        self._active: Ticket | None = None
        specs = [
            (NEXT, self.tr("Volgende"), self.tr("F1 · spatie"), "F1"),
            (RECALL, self.tr("Opnieuw oproepen"), "F2", "F2"),
            (SERVE, self.tr("Staat aan mijn loket"), "F3", "F3"),
            (NO_SHOW, self.tr("Niet gekomen"), "F4", "F4"),
            (TRANSFER, self.tr("Doorsturen"), "F5", "F5"),
            (PARK, self.tr("Even apart"), "F6", "F6"),
            (FINISH, self.tr("Klaar"), "F7", "F7"),
        ]
        self.buttons: dict[str, ActionButton] = {}
        self._why: dict[str, str] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(14)
        for i, (name, title, key_text, key) in enumerate(specs):
            b = ActionButton(title, key_text, primary=name == NEXT)
            b.clicked.connect(lambda _=False, n=name: self.triggered.emit(n))
            self.buttons[name] = b
            if name == NEXT:
                grid.addWidget(b, 0, 0, 2, 1)
            else:
                grid.addWidget(b, (i - 1) // 3, 1 + (i - 1) % 3)
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(lambda n=name: self.press(n))
        # "Volgende" stacks its text, so it needs less width than the titles beside it.
        for col in range(4):
            grid.setColumnStretch(col, 7 if col == 0 else 9)
        self._grid = grid
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        space.setContext(Qt.ShortcutContext.WindowShortcut)
        space.activated.connect(self._space)

    def set_compact(self, compact: bool) -> None:
        self._grid.setSpacing(10 if compact else 14)
        for b in self.buttons.values():
            b.set_compact(compact)

    def press(self, name: str) -> None:
        """What a key does: click the button, or say why it cannot be used now."""
        self.update_state(self._active)  # the clock moved on since the last tick
        b = self.buttons[name]
        if b.isEnabled():
            b.click()
        else:
            self.blocked.emit(
                self.tr("{action} kan nu niet: {why}").format(
                    action=b.title(), why=self._why.get(name, "")
                )
            )

    def _space(self) -> None:
        # A button reached with Tab keeps its usual Space behaviour; elsewhere Space = Volgende.
        focus = QApplication.focusWidget()
        if (
            isinstance(focus, QAbstractButton)
            and focus.isEnabled()
            and focus.window() is self.window()
        ):
            focus.click()
            return
        self.press(NEXT)

    def _set(self, name: str, enabled: bool, hint: str, why: str = "") -> None:
        b = self.buttons[name]
        b.setEnabled(enabled)
        b.set_hint(hint)
        self._why[name] = why or hint

    def update_state(self, active: Ticket | None) -> None:
        """Enable what is allowed now for the ``active`` ticket; say why the rest is not."""
        self._active = active
        now, rules = self._now(), self._rules
        nobody = self.tr("er is niemand aan je loket.")
        if active is None:
            self._set(NEXT, True, self.tr("Roep de volgende persoon op."))
            for name in (RECALL, SERVE, NO_SHOW, TRANSFER, PARK, FINISH):
                self._set(name, False, self.tr("Niemand aan je loket"), nobody)
            return
        number = active.display_number
        self._set(
            NEXT, True, self.tr("Rondt {number} af en roept de volgende op.").format(number=number)
        )
        called = active.state == TicketState.CALLED
        here = self.tr("Al aan je loket")
        here_why = self.tr("{number} is al aan je loket.").format(number=number)
        wait = recall_wait_s(active, now, rules) if called else 0
        if not called:
            self._set(RECALL, False, here, here_why)
        elif wait > 0:
            self._set(
                RECALL,
                False,
                self.tr("Kan over %n s", "", wait),
                self.tr("wacht nog %n seconden.", "", wait),
            )
        else:
            self._set(RECALL, True, self.tr("Roep {number} nog eens om.").format(number=number))
        self._set(
            SERVE, called, self.tr("De persoon staat aan je loket.") if called else here, here_why
        )
        if can_mark_no_show(active, rules):
            self._set(
                NO_SHOW,
                True,
                self.tr("Na %n keer oproepen niet gekomen.", "", active.recalls + 1),
            )
        elif not called:
            self._set(NO_SHOW, False, here, here_why)
        else:
            more = rules.recalls_before_no_show - active.recalls
            self._set(
                NO_SHOW,
                False,
                self.tr("Eerst nog %n keer opnieuw oproepen", "", more),
                self.tr("roep eerst nog %n keer opnieuw op.", "", more),
            )
        self._set(TRANSFER, True, self.tr("Naar een andere dienst of ander loket."))
        self._set(PARK, True, self.tr("De persoon komt zo terug."))
        self._set(FINISH, True, self.tr("Rondt {number} af.").format(number=number))
