"""What the clerk's steps on the queue screen do: call, recall, no-show, park, transfer,
finish, priority, resume and reactivate, each as a use case on the terminal's db lane.

``QueueSteps`` is mixed into QueueScreen (kiosk.ui.counter.queue_screen), which owns the
widgets used here. One step at a time: a double press must not call two residents. A refusal
comes back as one plain sentence in the message bar; a lost sign-in emits ``signed_out``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kiosk.core.model import PriorityReason, Ticket
from kiosk.services import counter_work as work
from kiosk.services import desk
from kiosk.services.context import Done
from kiosk.services.desk import DeskAction as A
from kiosk.services.errors import SignedOut
from kiosk.ui.counter import actions as act
from kiosk.ui.counter.transfer_dialog import TransferDialog
from kiosk.ui.counter.words import error_message, outcome_word, service_name

if TYPE_CHECKING:
    from kiosk.ui.counter.queue_screen import QueueScreen

    _Base = QueueScreen
else:
    _Base = object


class QueueSteps(_Base):
    # -- writing -----------------------------------------------------------------------------
    def _write(
        self, fn: Callable[[], Done[Any]], then: Callable[[Any], None] | None = None
    ) -> None:
        """Run a use case on the db lane; announce its changes; show a refusal in words."""
        if self._busy:
            return  # one step at a time: a double press must not call two residents
        self._busy = True

        def done(result: Done[Any]) -> None:
            self._busy = False
            self._t.announce(result.changes)
            if self._alive and then is not None:
                then(result.value)

        def failed(exc: BaseException) -> None:
            self._busy = False
            if self._alive and isinstance(exc, SignedOut):
                self.signed_out.emit()
            elif self._alive:
                self.message.show_message(error_message(exc, self._rules))
                self.reader.request("queue")

        self._t.tasks.run(fn, done, failed)

    def _info(self, text: str) -> None:
        self.message.show_message(text, error=False)

    def _active(self) -> Ticket | None:
        return self.view.active if self.view is not None else None

    def _on_action(self, name: str) -> None:
        d, cid = self._t.desk, self.counter.id
        if name == act.NEXT:
            outcome = self.current.outcome()
            self._write(lambda: desk.call_next(d, cid, outcome), self._after_next)
            return
        active = self._active()
        if active is None:
            return
        tid, number = active.id, active.display_number
        if name == act.RECALL:
            self._write(lambda: desk.on_ticket(d, cid, A.RECALL, tid))
        elif name == act.SERVE:
            self._write(lambda: desk.on_ticket(d, cid, A.START, tid))
        elif name == act.NO_SHOW:
            minutes = round(self._rules.reactivation_window_s / 60)
            text = self.tr(
                "{number} staat bij 'Niet gekomen'. Terug in de rij kan tot %n min.", "", minutes
            )
            self._write(
                lambda: desk.on_ticket(d, cid, A.NO_SHOW, tid),
                lambda _t: self._info(text.format(number=number)),
            )
        elif name == act.TRANSFER:
            self._open_transfer(active)
        elif name == act.PARK:
            text = self.tr("{number} staat even apart. Je kan iemand anders oproepen.")
            self._write(
                lambda: desk.on_ticket(d, cid, A.PARK, tid),
                lambda _t: self._info(text.format(number=number)),
            )
        elif name == act.FINISH:
            outcome = self.current.outcome()
            text = self.tr("{number} is klaar: {outcome}.").format(
                number=number, outcome=outcome_word(outcome)
            )
            self._write(
                lambda: desk.on_ticket(d, cid, A.FINISH, tid, outcome=outcome),
                lambda _t: self._info(text),
            )

    def _after_next(self, called: work.Called | None) -> None:
        if called is None:
            self._info(self.tr("Er wacht niemand voor je loket."))
        else:
            self.message.clear()

    def _call_selected(self) -> None:
        tid = self.waiting.selected_ticket_id()
        if tid is None:
            self.message.show_message(self.tr("Kies eerst een nummer in de wachtrij."))
            return
        self._call_ticket(tid)

    def _call_ticket(self, ticket_id: str) -> None:
        d, cid = self._t.desk, self.counter.id
        self._write(
            lambda: desk.on_ticket(d, cid, A.CALL, ticket_id), lambda _c: self.message.clear()
        )

    def _update_priority(self, *_: object) -> None:
        tid = self.waiting.selected_ticket_id()
        row = self.waiting_model.row_of(tid) if tid else -1
        self.priority.set_ticket(self.waiting_model.ticket_at(row) if row >= 0 else None)

    def _set_priority(self, reason: PriorityReason | None) -> None:
        tid = self.waiting.selected_ticket_id()
        if tid is None:
            return
        d, cid = self._t.desk, self.counter.id
        self._write(
            lambda: desk.on_ticket(d, cid, A.PRIORITY, tid, priority=reason),
            lambda _t: self.message.clear(),
        )

    def _resume(self, ticket_id: str) -> None:
        d, cid = self._t.desk, self.counter.id
        self._write(
            lambda: desk.on_ticket(d, cid, A.RESUME, ticket_id), lambda _t: self.message.clear()
        )

    def _reactivate(self, ticket_id: str) -> None:
        text = self.tr("{number} staat terug in de rij, op de oude plaats.")
        d, cid = self._t.desk, self.counter.id
        self._write(
            lambda: desk.on_ticket(d, cid, A.REACTIVATE, ticket_id),
            lambda t: self._info(text.format(number=t.display_number)),
        )

    def _open_transfer(self, active: Ticket) -> None:
        dlg = TransferDialog(self._cat, self.counter, active, self._compact, self)
        dlg.chosen.connect(lambda sid, target: self._transfer(active, sid, target or None))
        dlg.finished.connect(self._transfer_closed)
        self.transfer_dialog = dlg
        dlg.resize(dlg.sizeHint().boundedTo(self.window().size()))
        dlg.open()

    def _transfer_closed(self) -> None:
        if self.transfer_dialog is not None:
            self.transfer_dialog.deleteLater()
        self.transfer_dialog = None

    def _transfer(self, ticket: Ticket, service_id: str, target: str | None) -> None:
        d, cid = self._t.desk, self.counter.id
        svc = self._services.get(service_id)
        text = self.tr("{number} gaat nu naar {service}.").format(
            number=ticket.display_number, service=service_name(svc)
        )
        self._write(
            lambda: desk.on_ticket(
                d, cid, A.TRANSFER, ticket.id, service_id=service_id, target_counter_id=target
            ),
            lambda _t: self._info(text),
        )
