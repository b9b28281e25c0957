"""The counter console's window: sign in (when staff accounts are on a server), choose a
counter, then work the queue at it.

Sign-out: the clerk's button, or ``counter.sign_out_after_s`` without a key press or click
(never while a resident is at the desk), or the server saying the session ended. Each closes
the desk first and comes back to the sign-in screen.

``CounterWindow(terminal, counter_number=None)``: with a number it opens that counter straight
away; without one (or with a number the branch does not have) it first shows the choice. Opening
a counter marks the desk open (``open_counter``) under this console's lease, which it renews
while open (lease_keeper.py); switching or closing the window marks it closed again, so
waiting-time estimates only count desks that really work. A counter another console holds is
refused with that console's name. Closing with a resident at the desk asks first
(close_dialog.py): finish the visit or put them back in line, or keep the console open.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from kiosk.core.model import Counter, Staff
from kiosk.services.catalogue import BranchCatalogue, branch_catalogue
from kiosk.services.context import Done
from kiosk.services.desk import DeskAction, on_ticket, open_counter
from kiosk.services.errors import SignedOut
from kiosk.ui.common.idle_watch import IdleWatch
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.common.theme import load_fonts
from kiosk.ui.counter.choose_screen import ChooseScreen
from kiosk.ui.counter.close_dialog import CloseAsker, CloseChoice, ask_before_closing
from kiosk.ui.counter.lease_keeper import LeaseKeeper
from kiosk.ui.counter.queue_screen import QueueScreen
from kiosk.ui.counter.sign_in_screen import SignInScreen
from kiosk.ui.counter.style import counter_qss
from kiosk.ui.counter.words import error_message, sign_in_refusal

log = logging.getLogger(__name__)

RETRY_MS = 5000
#: Below this width or height the window switches to its compact look.
COMPACT_BELOW = (1700, 960)


class CounterWindow(QMainWindow):
    def __init__(
        self,
        terminal: Terminal,
        counter_number: int | None = None,
        parent: QWidget | None = None,
        ask_close: CloseAsker = ask_before_closing,
    ) -> None:
        super().__init__(parent)
        load_fonts()
        self._t = terminal
        self._ask_close = ask_close
        self._closing = False  # the question before closing was answered: close now
        self.lease = LeaseKeeper(terminal, self)
        self.lease.lost.connect(self._lease_lost)
        self._wanted = counter_number
        self._opening = False
        self.catalogue: BranchCatalogue | None = None
        self.counter: Counter | None = None
        self.queue_screen: QueueScreen | None = None
        self.setObjectName("counterRoot")
        self.compact: bool | None = None
        self.setWindowTitle(self.tr("Loket - {branch}").format(branch=terminal.branch.name))
        self.setMinimumSize(1280, 720)
        self.stack = QStackedWidget()
        self.choose_screen = ChooseScreen()
        self.choose_screen.chosen.connect(self.choose_counter)
        self.stack.addWidget(self.choose_screen)
        self.sign_in_screen = SignInScreen(terminal.branch.name)
        self.sign_in_screen.submitted.connect(self._sign_in)
        self.stack.addWidget(self.sign_in_screen)
        self.setCentralWidget(self.stack)
        self.staff: Staff | None = None
        assert terminal.desk is not None
        self._desk = terminal.desk
        self._idle = IdleWatch(terminal.settings.counter.sign_out_after_s, self)
        self._idle.idle.connect(self._idle_sign_out)
        if self._desk.needs_sign_in:
            self.stack.setCurrentWidget(self.sign_in_screen)
            self.sign_in_screen.reset()
        self._apply_density()
        self._load_catalogue()

    # -- screen size -------------------------------------------------------------------------
    def _apply_density(self) -> None:
        """Full size from about 1920x1080; a compact look below (e.g. a 1366x768 laptop)."""
        compact = self.height() < COMPACT_BELOW[1] or self.width() < COMPACT_BELOW[0]
        if compact == self.compact:
            return
        self.compact = compact
        self.setStyleSheet(counter_qss(compact))
        self.choose_screen.set_compact(compact)
        if self.queue_screen is not None:
            self.queue_screen.set_compact(compact)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_density()

    # -- catalogue ---------------------------------------------------------------------------
    def _load_catalogue(self) -> None:
        ctx, branch = self._t.ctx, self._t.branch.id
        self._t.tasks.run(
            lambda: branch_catalogue(ctx, branch), self._on_catalogue, self._on_catalogue_failed
        )

    def _on_catalogue(self, catalogue: BranchCatalogue) -> None:
        self.catalogue = catalogue
        self.choose_screen.set_catalogue(catalogue)
        self._open_wanted()

    def _open_wanted(self) -> None:
        """Open the counter named at start-up, once the catalogue is here and someone signed in."""
        catalogue = self.catalogue
        if catalogue is None or (self._desk.needs_sign_in and self.staff is None):
            return
        wanted, self._wanted = self._wanted, None
        if wanted is None:
            return
        counter = next((c for c in catalogue.counters if c.number == wanted), None)
        if counter is None:
            self.choose_screen.message.show_message(
                self.tr("Loket {n} bestaat hier niet. Kies je loket.").format(n=wanted)
            )
            return
        self.choose_counter(counter.id)

    def _on_catalogue_failed(self, exc: BaseException) -> None:
        self.choose_screen.message.show_message(error_message(exc, self._t.ctx.rules))
        QTimer.singleShot(RETRY_MS, self._load_catalogue)

    # -- opening and switching ---------------------------------------------------------------
    def choose_counter(self, counter_id: str) -> None:
        """Open the desk ``counter_id`` and show its queue."""
        if self._opening or self.catalogue is None:
            return
        self._opening = True
        desk, holder, length = self._desk, self.lease.holder(), self.lease.lease_s
        self._t.tasks.run(
            lambda: open_counter(desk, counter_id, holder=holder, lease_s=length),
            self._on_opened,
            self._on_open_failed,
        )

    def _on_opened(self, done: Done[Counter]) -> None:
        self._opening = False
        self._t.announce(done.changes)
        assert self.catalogue is not None
        self.counter = done.value
        self.lease.start(done.value.id)
        screen = QueueScreen(self._t, self.catalogue, done.value)
        screen.switch_requested.connect(self.switch_counter)
        screen.set_compact(bool(self.compact))
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        self.queue_screen = screen
        screen.signed_out.connect(
            lambda: self.sign_out(self.tr("Je bent afgemeld. Meld je opnieuw aan."))
        )
        screen.header.set_staff(self.staff.display_name if self.staff else None)
        screen.header.sign_out_requested.connect(lambda: self.sign_out())
        self.setWindowTitle(
            self.tr("{counter} - {branch}").format(
                counter=done.value.name, branch=self._t.branch.name
            )
        )
        screen.start()

    def _on_open_failed(self, exc: BaseException) -> None:
        self._opening = False
        if isinstance(exc, SignedOut):
            self.sign_out(error_message(exc, self._t.ctx.rules))
            return
        self.choose_screen.message.show_message(error_message(exc, self._t.ctx.rules))

    # -- signing in and out ------------------------------------------------------------------
    def _sign_in(self, username: str, password: str) -> None:
        desk = self._desk
        self._t.tasks.run(
            lambda: desk.sign_in(username, password),
            self._signed_in,
            lambda exc: self.sign_in_screen.refused(sign_in_refusal(exc)),
        )

    def _signed_in(self, person: Staff) -> None:
        self.staff = person
        self.lease.set_staff(person.display_name)
        self.sign_in_screen.reset()
        self.stack.setCurrentWidget(self.choose_screen)
        self._idle.start()
        self._open_wanted()

    def sign_out(self, note: str | None = None) -> None:
        """Close the desk, end the session, and wait for the next clerk."""
        if not self._desk.needs_sign_in:
            return
        counter, desk, term, holder = self.counter, self._desk, self._t, self.lease.holder()
        self._wanted = counter.number if counter is not None else self._wanted
        self.staff = None
        self.lease.set_staff(None)
        self._idle.stop()
        self._drop_queue_screen()
        self.stack.setCurrentWidget(self.sign_in_screen)
        self.sign_in_screen.reset(note)

        def close_and_sign_out() -> None:
            if counter is not None:
                with contextlib.suppress(Exception):  # signed out or offline: it closes later
                    closed = open_counter(desk, counter.id, is_open=False, holder=holder)
                    term.announce(closed.changes)
            desk.sign_out()

        term.tasks.run(close_and_sign_out, lambda _r: None, lambda exc: log.warning("%r", exc))

    def _idle_sign_out(self) -> None:
        if self.staff is None:
            return
        if self.queue_screen is not None and self.queue_screen.has_active():
            self._idle.start()  # a resident is at the desk: not now
            return
        self.sign_out(self.tr("Je bent afgemeld omdat je een tijd niets deed."))

    def switch_counter(self) -> None:
        """Close this desk and go back to the counter choice (not while someone is at it)."""
        screen, counter = self.queue_screen, self.counter
        if screen is None or counter is None:
            return
        if screen.has_active():
            assert screen.view is not None and screen.view.active is not None
            screen.message.show_message(
                self.tr("Rond eerst {number} af, of zet het even apart.").format(
                    number=screen.view.active.display_number
                )
            )
            return
        term, desk, holder = self._t, self._desk, self.lease.holder()
        self._t.tasks.run(
            lambda: open_counter(desk, counter.id, is_open=False, holder=holder),
            self._on_closed,
            lambda exc: screen.message.show_message(error_message(exc, term.ctx.rules)),
        )

    def _on_closed(self, done: Done[Counter]) -> None:
        self._t.announce(done.changes)
        self._drop_queue_screen()
        self.stack.setCurrentWidget(self.choose_screen)
        self.setWindowTitle(self.tr("Loket - {branch}").format(branch=self._t.branch.name))

    def _lease_lost(self, holder_name: str) -> None:
        """Another console took this counter (this one was silent too long): leave it."""
        self._drop_queue_screen()
        self.stack.setCurrentWidget(self.choose_screen)
        self.choose_screen.message.show_message(
            self.tr("Je loket is nu open bij {holder}. Kies je loket opnieuw.").format(
                holder=holder_name
            )
        )

    def _drop_queue_screen(self) -> None:
        self.lease.stop()
        if self.queue_screen is not None:
            self.queue_screen.stop()
            self.stack.removeWidget(self.queue_screen)
            self.queue_screen.deleteLater()
        self.queue_screen = None
        self.counter = None

    def closeEvent(self, event: QCloseEvent) -> None:
        counter, screen, term = self.counter, self.queue_screen, self._t
        desk, holder = self._desk, self.lease.holder()
        active = screen.view.active if screen is not None and screen.view is not None else None
        if counter is not None and active is not None and not self._closing:
            # A ticket left "at the desk" could never be called again: ask, then finish or
            # park it and close; or stay open.
            event.ignore()
            self._ask_close(self, active.display_number, self._close_answered)
            return
        self._idle.stop()
        # The desk closes with the window; fire and forget (the task runner finishes it, after
        # the step asked for above: one lane, in order).
        if counter is not None:
            term.tasks.run(
                lambda: open_counter(desk, counter.id, is_open=False, holder=holder),
                lambda done: term.announce(done.changes),
                lambda exc: log.warning("could not close counter: %s", exc),
            )
        self._drop_queue_screen()
        super().closeEvent(event)

    def _close_answered(self, choice: CloseChoice) -> None:
        counter, screen, term, desk = self.counter, self.queue_screen, self._t, self._desk
        active = screen.view.active if screen is not None and screen.view is not None else None
        if choice is CloseChoice.STAY or counter is None or active is None:
            return
        step = DeskAction.FINISH if choice is CloseChoice.FINISH else DeskAction.PARK
        term.tasks.run(
            lambda: on_ticket(desk, counter.id, step, active.id),
            lambda done: term.announce(done.changes),
            lambda exc: log.warning("could not %s %s: %s", step, active.id, exc),
        )
        self._closing = True
        QTimer.singleShot(0, self.close)  # after this close event, which was refused
