"""The queue screen: the clerk's working view for one open counter.

It shows the resident at the desk, the actions, the waiting line in call order, parked visits,
today's no-shows and printer alerts. Every read and write runs on the terminal's db lane; the
screen redraws from the change feed (debounced), plus a 15 s timer for the waiting minutes and
a 1 s tick for the clock and the recall countdown (which use the terminal's clock).

The header's tabs (or F9) switch to the "Afspraken" page (kiosk.ui.counter.appointments_page);
the queue's keys only work while the queue is on screen.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import Counter
from kiosk.services import counter_work as work
from kiosk.services.catalogue import BranchCatalogue
from kiosk.ui.common.reader import DebouncedReader
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.counter.actions import ActionBar
from kiosk.ui.counter.appointments_page import AppointmentsPage
from kiosk.ui.counter.badges import PillDelegate
from kiosk.ui.counter.current_panel import CurrentPanel
from kiosk.ui.counter.header import APPOINTMENTS, QUEUE, HeaderBar
from kiosk.ui.counter.help_banner import HelpBanner
from kiosk.ui.counter.lists import ListCard
from kiosk.ui.counter.models import NoShowModel, ParkedModel, WaitingModel
from kiosk.ui.counter.priority_menu import PriorityButton
from kiosk.ui.counter.queue_steps import QueueSteps
from kiosk.ui.counter.reads import Snapshot, read_snapshot
from kiosk.ui.counter.transfer_dialog import TransferDialog
from kiosk.ui.counter.widgets import MessageBar, OfflineBanner, PrinterBanner
from kiosk.ui.counter.words import error_message

log = logging.getLogger(__name__)

_QUEUE_KINDS = frozenset({ChangeKind.TICKET, ChangeKind.CALL, ChangeKind.COUNTER})
DEBOUNCE_MS = 50
MINUTE_REFRESH_MS = 15_000


class QueueScreen(QueueSteps, QWidget):
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
        self.view: work.CounterView | None = None
        self.transfer_dialog: TransferDialog | None = None

        self.header = HeaderBar(counter, catalogue.branch.name, terminal.zone)
        self.header.switch_requested.connect(self.switch_requested)
        self.banner = PrinterBanner()
        self.help_banner = HelpBanner(terminal, counter.id)
        self.offline = OfflineBanner()
        self.message = MessageBar()
        self.current = CurrentPanel(terminal.zone)
        self.actions = ActionBar(terminal.ctx.clock.now, self._rules)
        self.actions.triggered.connect(self._on_action)
        self.actions.blocked.connect(self.message.show_message)

        self.waiting_model = WaitingModel(self._services, counter.id, terminal.zone, self)
        self.waiting = ListCard(
            self.tr("Wachtrij voor je loket"),
            self.waiting_model,
            self.tr("Roep deze op (F8)"),
            self.tr("Niemand wacht voor je loket."),
            row_height=54,
        )
        self.waiting.chosen.connect(self._call_ticket)
        self.waiting.view.setItemDelegateForColumn(
            WaitingModel.PRIORITY, PillDelegate(self.waiting.view)
        )
        self.priority = PriorityButton()
        self.waiting.title_row.insertWidget(self.waiting.title_row.count() - 1, self.priority)
        self.priority.chosen.connect(self._set_priority)
        self.waiting.view.selectionModel().selectionChanged.connect(self._update_priority)
        self.waiting_model.modelReset.connect(self._update_priority)
        self.parked_model = ParkedModel(self._services, terminal.zone, self)
        self.parked = ListCard(
            self.tr("Even apart"),
            self.parked_model,
            self.tr("Verder helpen"),
            self.tr("Niemand staat apart."),
            select_first=True,
        )
        self.parked.chosen.connect(self._resume)
        self.no_show_model = NoShowModel(self._services, self._rules, terminal.zone, self)
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
        queue_page = QWidget()
        self._body = body = QHBoxLayout(queue_page)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(left, 3)
        body.addWidget(self.waiting, 2)
        self.appointments = AppointmentsPage(terminal, counter)
        self.appointments.said.connect(self.message.show_message)
        self.appointments.signed_out.connect(self.signed_out)
        self.help_banner.said.connect(self.message.show_message)
        self.help_banner.signed_out.connect(self.signed_out)
        self.pages = QStackedWidget()
        self.pages.addWidget(queue_page)
        self.pages.addWidget(self.appointments)
        self.header.page_requested.connect(self.show_page)
        self._content = content = QVBoxLayout()
        content.addWidget(self.offline)
        content.addWidget(self.banner)
        content.addWidget(self.help_banner)
        content.addWidget(self.message)
        content.addWidget(self.pages, 1)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self.header)
        root.addLayout(content, 1)

        # On the waiting list: hidden with the queue page, so F8 then calls nobody.
        f8 = QShortcut(QKeySequence("F8"), self.waiting)
        f8.setContext(Qt.ShortcutContext.WindowShortcut)
        f8.activated.connect(self._call_selected)
        f9 = QShortcut(QKeySequence("F9"), self)
        f9.setContext(Qt.ShortcutContext.WindowShortcut)
        f9.activated.connect(lambda: self.show_page(1 - self.pages.currentIndex()))
        self.reader = DebouncedReader(
            terminal.tasks, self._read_for, self._on_snapshot, self._on_read_failed, DEBOUNCE_MS
        )
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(1000)
        self._tick_timer.timeout.connect(self.tick)
        self._minute_timer = QTimer(self)
        self._minute_timer.setInterval(MINUTE_REFRESH_MS)
        self._minute_timer.timeout.connect(lambda: self.reader.request("queue"))
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
        for card in (self.waiting, self.parked, self.no_shows, self.appointments):
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
        self.reader.request("queue", "alerts")
        self.appointments.start()
        self.help_banner.start()

    def show_page(self, page: int) -> None:
        """QUEUE or APPOINTMENTS; the header's tabs follow."""
        self.pages.setCurrentIndex(APPOINTMENTS if page == APPOINTMENTS else QUEUE)
        self.header.set_page(self.pages.currentIndex())
        if page == QUEUE:
            self.setFocus()  # Space means "Volgende" again

    def stop(self) -> None:
        """Stop listening; late background results are ignored from now on."""
        if not self._alive:
            return
        self._alive = False
        self.reader.stop()
        self.appointments.stop()
        self.help_banner.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self._t.feed.changed.disconnect(self._on_changes)
        with contextlib.suppress(RuntimeError, TypeError):
            self._t.link.changed.disconnect(self._on_link)
        for timer in (self._tick_timer, self._minute_timer):
            timer.stop()

    def refresh(self) -> None:
        """Read everything again soon (the 15 s timer does this for the waiting minutes)."""
        self.reader.request("queue", "alerts")

    def has_active(self) -> bool:
        return self.view is not None and self.view.active is not None

    def _on_link(self, online: bool) -> None:
        """Offline: say so, and grey out what needs the server (every step of the queue)."""
        self.offline.setVisible(not online)
        for part in (self.actions, self.waiting, self.parked, self.no_shows, self.priority):
            part.setEnabled(online)
        self.appointments.set_online(online)
        if online:
            self.refresh()

    # -- reading -----------------------------------------------------------------------------
    def _on_changes(self, changes: list[Change]) -> None:
        mine = [c for c in changes if c.branch_id == self._t.branch.id]
        parts = ["queue"] if any(c.kind in _QUEUE_KINDS for c in mine) else []
        if any(c.kind == ChangeKind.PRINTER_ALERT for c in mine):
            parts.append("alerts")
        self.reader.request(*parts)

    def _read_for(self, parts: frozenset[str]) -> Callable[[], Snapshot]:
        ctx, branch, cid = self._t.ctx, self._t.branch.id, self.counter.id
        queue, alerts = "queue" in parts, "alerts" in parts
        return lambda: read_snapshot(ctx, branch, cid, queue=queue, alerts=alerts)

    def _on_snapshot(self, snap: Snapshot) -> None:
        if snap.view is not None:
            self._show_view(snap.view, snap)
        if snap.alerts is not None:
            self.banner.set_alerts(snap.alerts)

    def _on_read_failed(self, exc: BaseException) -> None:
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
