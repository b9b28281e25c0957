"""The queue screen: the clerk's working view for one open counter.

It shows the resident at the desk, the actions, the waiting line in call order, parked visits,
today's no-shows and printer alerts. Every read and write runs on the terminal's db lane; the
screen redraws from the change feed (debounced), plus a 15 s timer for the waiting minutes and
a 1 s tick for the clock and the recall countdown (which use the terminal's clock).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import Counter, PriorityReason, Ticket
from kiosk.services import counter_work as work
from kiosk.services import desk
from kiosk.services.catalogue import BranchCatalogue
from kiosk.services.context import Done
from kiosk.services.desk import DeskAction as A
from kiosk.services.errors import SignedOut
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.counter import actions as act
from kiosk.ui.counter.actions import ActionBar
from kiosk.ui.counter.current_panel import CurrentPanel
from kiosk.ui.counter.header import HeaderBar
from kiosk.ui.counter.lists import ListCard
from kiosk.ui.counter.models import NoShowModel, ParkedModel, WaitingModel
from kiosk.ui.counter.priority_menu import PriorityButton
from kiosk.ui.counter.reads import Snapshot, read_snapshot
from kiosk.ui.counter.transfer_dialog import TransferDialog
from kiosk.ui.counter.widgets import MessageBar, OfflineBanner, PrinterBanner
from kiosk.ui.counter.words import error_message, outcome_word

log = logging.getLogger(__name__)

_QUEUE_KINDS = frozenset({ChangeKind.TICKET, ChangeKind.CALL, ChangeKind.COUNTER})
DEBOUNCE_MS = 50
MINUTE_REFRESH_MS = 15_000


class QueueScreen(QWidget):
    """Works for ``counter`` (already opened). Call ``start()`` once shown, ``stop()`` before
    dropping it; ``switch_requested`` asks the window for the counter choice, ``signed_out``
    for the sign-in screen."""

    switch_requested = Signal()
    #: The server says nobody is signed in here (any more): the window asks for a sign-in.
    signed_out = Signal()

    def __init__(
        self,
        terminal: Terminal,
        catalogue: BranchCatalogue,
        counter: Counter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._t = terminal
        self._cat = catalogue
        self.counter = counter
        self._rules = terminal.ctx.rules
        self._services = {s.id: s for s in catalogue.services}
        self._alive = True
        self._busy = False
        self._reading = False
        self._need_queue = False
        self._need_alerts = False
        self.view: work.CounterView | None = None
        self.transfer_dialog: TransferDialog | None = None

        self.header = HeaderBar(counter, catalogue.branch.name)
        self.header.switch_requested.connect(self.switch_requested)
        self.banner = PrinterBanner()
        self.offline = OfflineBanner()
        self.message = MessageBar()
        self.current = CurrentPanel()
        self.actions = ActionBar(terminal.ctx.clock.now, self._rules)
        self.actions.triggered.connect(self._on_action)
        self.actions.blocked.connect(self.message.show_message)

        self.waiting_model = WaitingModel(self._services, counter.id, self)
        self.waiting = ListCard(
            self.tr("Wachtrij voor jouw loket"),
            self.waiting_model,
            self.tr("Roep deze op (F8)"),
            self.tr("Niemand wacht voor jouw loket."),
            row_height=54,
        )
        self.waiting.chosen.connect(self._call_ticket)
        self.priority = PriorityButton()
        self.waiting.title_row.insertWidget(self.waiting.title_row.count() - 1, self.priority)
        self.priority.chosen.connect(self._set_priority)
        self.waiting.view.selectionModel().selectionChanged.connect(self._update_priority)
        self.waiting_model.modelReset.connect(self._update_priority)
        self.parked_model = ParkedModel(self._services, self)
        self.parked = ListCard(
            self.tr("Even apart"),
            self.parked_model,
            self.tr("Verder helpen"),
            self.tr("Niemand staat apart."),
            select_first=True,
        )
        self.parked.chosen.connect(self._resume)
        self.no_show_model = NoShowModel(self._services, self._rules, self)
        self.no_shows = ListCard(
            self.tr("Niet gekomen vandaag"),
            self.no_show_model,
            self.tr("Terug in de rij"),
            self.tr("Vandaag nog niemand."),
            select_first=True,
        )
        self.no_shows.chosen.connect(self._reactivate)

        self._lower = lower = QHBoxLayout()
        lower.addWidget(self.parked, 4)  # three columns
        lower.addWidget(self.no_shows, 5)  # four columns
        self._left = left = QVBoxLayout()
        left.addWidget(self.current, 5)
        left.addWidget(self.actions, 3)
        left.addLayout(lower, 4)
        self._body = body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.waiting, 2)
        self._content = content = QVBoxLayout()
        content.addWidget(self.offline)
        content.addWidget(self.banner)
        content.addWidget(self.message)
        content.addLayout(body, 1)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self.header)
        root.addLayout(content, 1)

        f8 = QShortcut(QKeySequence("F8"), self)
        f8.setContext(Qt.ShortcutContext.WindowShortcut)
        f8.activated.connect(self._call_selected)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._reload)
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(1000)
        self._tick_timer.timeout.connect(self.tick)
        self._minute_timer = QTimer(self)
        self._minute_timer.setInterval(MINUTE_REFRESH_MS)
        self._minute_timer.timeout.connect(lambda: self._request(queue=True))
        self.current.set_ticket(None, None, None, 0)
        self.actions.update_state(None)
        self.set_compact(False)
        # Mouse clicks must not leave the focus on a button: Space means "Volgende" unless the
        # clerk went to a button with Tab on purpose.
        for b in self.findChildren(QAbstractButton):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def set_compact(self, compact: bool) -> None:
        """Tighter spacing for small screens (1366x768); the window decides."""
        self._compact = compact
        self._content.setContentsMargins(*((14, 10, 14, 12) if compact else (28, 20, 28, 24)))
        self._content.setSpacing(10 if compact else 16)
        for lay in (self._body, self._left, self._lower):
            lay.setSpacing(12 if compact else 20)
        # Full size: the panels share the height 5:3:4. Compact: the resident panel and the
        # buttons take what they need, the two short lists get the rest.
        for i, (full, small) in enumerate(((5, 0), (3, 0), (4, 1))):
            self._left.setStretch(i, small if compact else full)
        self._body.setStretch(0, 11 if compact else 5)
        self._body.setStretch(1, 9 if compact else 4)
        self.header.set_compact(compact)
        self.current.set_compact(compact)
        self.actions.set_compact(compact)
        for card in (self.waiting, self.parked, self.no_shows):
            card.set_compact(compact)

    # -- life cycle --------------------------------------------------------------------------
    def start(self) -> None:
        self._t.feed.changed.connect(self._on_changes)
        self._t.link.changed.connect(self._on_link)
        self._on_link(self._t.link.online)
        self._tick_timer.start()
        self._minute_timer.start()
        self.tick()
        self.setFocus()
        self._request(queue=True, alerts=True)

    def stop(self) -> None:
        """Stop listening; late background results are ignored from now on."""
        if not self._alive:
            return
        self._alive = False
        with contextlib.suppress(RuntimeError, TypeError):
            self._t.feed.changed.disconnect(self._on_changes)
        with contextlib.suppress(RuntimeError, TypeError):
            self._t.link.changed.disconnect(self._on_link)
        for timer in (self._debounce, self._tick_timer, self._minute_timer):
            timer.stop()

    def refresh(self) -> None:
        """Read everything again soon (the 15 s timer does this for the waiting minutes)."""
        self._request(queue=True, alerts=True)

    def has_active(self) -> bool:
        return self.view is not None and self.view.active is not None

    def _on_link(self, online: bool) -> None:
        """Offline: say so, and grey out what needs the server (every step of the queue)."""
        self.offline.setVisible(not online)
        for part in (self.actions, self.waiting, self.parked, self.no_shows, self.priority):
            part.setEnabled(online)
        if online:
            self._request(queue=True, alerts=True)

    # -- reading -----------------------------------------------------------------------------
    def _on_changes(self, changes: list[Change]) -> None:
        mine = [c for c in changes if c.branch_id == self._t.branch.id]
        queue = any(c.kind in _QUEUE_KINDS for c in mine)
        alerts = any(c.kind == ChangeKind.PRINTER_ALERT for c in mine)
        if queue or alerts:
            self._request(queue=queue, alerts=alerts)

    def _request(self, queue: bool = False, alerts: bool = False) -> None:
        """Ask for a reload soon; a burst of requests gives one read."""
        self._need_queue |= queue
        self._need_alerts |= alerts
        if self._alive:
            self._debounce.start()

    def _reload(self) -> None:
        if not self._alive or self._reading:
            return  # a read in flight re-runs this when it returns
        queue, alerts = self._need_queue, self._need_alerts
        self._need_queue = self._need_alerts = False
        if not (queue or alerts):
            return
        self._reading = True
        ctx, branch, cid = self._t.ctx, self._t.branch.id, self.counter.id
        self._t.tasks.run(
            lambda: read_snapshot(ctx, branch, cid, queue=queue, alerts=alerts),
            self._on_snapshot,
            self._on_read_failed,
        )

    def _on_snapshot(self, snap: Snapshot) -> None:
        self._reading = False
        if not self._alive:
            return
        if snap.view is not None:
            self._show_view(snap.view, snap)
        if snap.alerts is not None:
            self.banner.set_alerts(snap.alerts)
        if self._need_queue or self._need_alerts:
            self._debounce.start()

    def _on_read_failed(self, exc: BaseException) -> None:
        self._reading = False
        if self._alive:
            self.message.show_message(error_message(exc, self._rules))

    def _show_view(self, view: work.CounterView, snap: Snapshot) -> None:
        self.view = view
        now = snap.now
        self.header.set_counts(view)
        active = view.active
        svc = self._services.get(active.service_id) if active else None
        self.current.set_ticket(active, svc, now, len(view.waiting))
        self.waiting.set_tickets(view.waiting, now)
        self.parked.set_tickets(view.parked, now)
        self.no_shows.set_tickets(snap.no_shows or (), now)
        self.actions.update_state(active)

    def tick(self) -> None:
        """Update the clock and the recall countdown now (a timer does this every second)."""
        now = self._t.ctx.clock.now()
        self.header.tick(now)
        if self.view is not None:
            self.actions.update_state(self.view.active)

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
                self._request(queue=True)

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
            text = self.tr("{number} staat bij 'Niet gekomen'. Terug in de rij kan tot {n} min.")
            self._write(
                lambda: desk.on_ticket(d, cid, A.NO_SHOW, tid),
                lambda _t: self._info(text.format(number=number, n=minutes)),
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
            self._info(self.tr("Er wacht niemand voor jouw loket."))
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
        text = self.tr("{number} is doorgestuurd naar {service}.").format(
            number=ticket.display_number, service=svc.name if svc else "?"
        )
        self._write(
            lambda: desk.on_ticket(
                d, cid, A.TRANSFER, ticket.id, service_id=service_id, target_counter_id=target
            ),
            lambda _t: self._info(text),
        )
