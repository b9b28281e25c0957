"""The kiosk's "Roep iemand": ask for a person, then tell the resident how the call goes.

"Roep iemand" is one tap from every screen: the bottom bar's right-hand button, and a button on
every screen that says something went wrong or cannot be done here. It asks for help
(kiosk.services.help_requests, on the db lane; on a synced kiosk the request goes to the server
through the outbox) and shows the help screen with the call's state (help_screen.py):

- "We roepen iemand." while nobody answered. The kiosk waits for the resident: no "Ben je er
  nog?", no return to the start, and bigger text or the low layout stay on. The way out is
  "Ik heb geen hulp meer nodig", on the card: it withdraws the request.
- "Er komt iemand naar je toe." once a counter answered "Ik kom" (the change feed brings
  ChangeKind.HELP). The kiosk still waits ``ANSWERED_WAIT_S``, the walk from a counter to the
  kiosk; after that the usual idle time runs again, so that a kiosk left behind by a resident
  who went along with the clerk returns to the start for the next one.
- "Er kon niemand komen." when nobody answered before the request lapsed (core.help_rules,
  15 minutes): the counters no longer show it; the usual idle time runs again.
- "Dat lukte niet." when the request could not be made.

"Ik heb geen hulp meer nodig" withdraws the request (help_requests.withdraw_help, on the db lane
like the request; on a synced kiosk it travels through the outbox too): it leaves every
counter's banner, so no clerk walks over for nothing. A clerk who answered first still comes.
Going back to the start forgets the call (``forget``): the next resident starts afresh, and a
call still waiting is withdrawn the same way, as nobody at the kiosk waits for it any more.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.core import help_rules
from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import HelpRequest
from kiosk.services import help_requests
from kiosk.services.context import Done
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.kiosk_screen.help_screen import CallState, HelpScreen

if TYPE_CHECKING:
    from kiosk.ui.kiosk_screen.window import KioskWindow

#: After "Ik kom" the kiosk waits this long before its idle time runs again: long enough for a
#: clerk to finish a sentence and walk over, short enough not to hold the kiosk from the next
#: resident when the first went along with the clerk.
ANSWERED_WAIT_S = 180


class HelpCall(QObject):
    """The resident's call for a person, and the help screen that shows it."""

    #: The call's state changed (``state``, ``holds``).
    changed = Signal()

    def __init__(self, window: KioskWindow, terminal: Terminal, screen: HelpScreen) -> None:
        super().__init__(window)
        self._w = window
        self._t = terminal
        self.screen = screen
        self._asking = False
        #: None: no call (or a call this kiosk no longer follows).
        self.state: CallState | None = None
        #: The request of the resident now at the kiosk.
        self.request: HelpRequest | None = None
        #: The screen the resident called from: "Terug" and "Ik heb geen hulp meer nodig"
        #: lead back to it.
        self.came_from: QWidget | None = None
        self._lapse = QTimer(self)
        self._lapse.setSingleShot(True)
        self._lapse.timeout.connect(self.check_lapse)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.setInterval(ANSWERED_WAIT_S * 1000)
        self._wait.timeout.connect(self.wait_over)
        # While the kiosk waits, bigger text and the low layout must not reset by themselves.
        reset_ms = max(1, terminal.settings.kiosk.reset_after_s) * 1000
        self._keep = QTimer(self)
        self._keep.setInterval(max(500, reset_ms // 2))
        self._keep.timeout.connect(self._keep_looks)
        screen.cancel.connect(self._cancel)
        terminal.feed.changed.connect(self._on_changes)

    def stop(self) -> None:
        for timer in (self._lapse, self._wait, self._keep):
            timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self._t.feed.changed.disconnect(self._on_changes)

    @property
    def waiting(self) -> bool:
        """Asked, and nobody answered yet."""
        return self.state is CallState.WAITING

    @property
    def holds(self) -> bool:
        """The kiosk waits for the resident: it must not go back to the start by itself."""
        return self.waiting or (self.state is CallState.ANSWERED and self._wait.isActive())

    # --- what the resident does ------------------------------------------------------------

    def call(self) -> None:
        """ "Roep iemand": ask (once: a call that runs is not asked again) and show the help
        screen with the call's state."""
        w = self._w
        if w.busy or not w.tap_ok():
            return
        if w.current is not self.screen:
            self.came_from = w.current
        if not self.holds:
            self._ask()
        w.show_screen(self.screen)

    def _cancel(self) -> None:
        if self._w.current is self.screen and self._w.tap_ok():
            self.forget()
            self._w.go_back()

    def forget(self) -> None:
        """A new resident (or the call is no longer wanted): no call, no request. A request
        nobody answered yet is withdrawn (one still being asked, once it is made: ``_asked``)."""
        if self.waiting and self.request is not None:
            self._withdraw(self.request)
        self.request = None
        self._asking = False
        self._set(None)

    # --- the request -------------------------------------------------------------------------

    def _ask(self) -> None:
        self.request = None  # an older call (answered, lapsed) is not this one
        self._set(CallState.WAITING)
        if self._asking:
            return
        self._asking = True
        t = self._t

        def ask() -> Done[HelpRequest]:
            return help_requests.ask_for_help(t.ctx, t.branch.id, t.device_id, t.device_name)

        t.tasks.run(ask, self._asked, self._failed)

    def _asked(self, done: Done[HelpRequest]) -> None:
        if not self._asking:  # forgotten meanwhile: the resident left
            mine = self.request
            if mine is None or mine.id != done.value.id:  # not the call asked again since
                self._withdraw(done.value)
            return
        self._asking = False
        self._t.announce(done.changes)
        self._take(done.value)

    def _failed(self, _exc: BaseException) -> None:
        if self._asking:
            self._asking = False
            self._set(CallState.FAILED)

    def _withdraw(self, request: HelpRequest) -> None:
        """Take the request off every counter's banner. A failure is let go: the request
        lapses by itself (core.help_rules)."""
        ctx, rid = self._t.ctx, request.id
        self._t.tasks.run(
            lambda: help_requests.withdraw_help(ctx, rid),
            lambda done: self._t.announce(done.changes),
            lambda _e: None,
        )

    def _take(self, request: HelpRequest) -> None:
        self.request = request
        if request.answered_at is not None:
            self._set(CallState.ANSWERED)
            return
        if request.withdrawn_at is not None:
            # Withdrawn by a tap before (the feed brought it late): this resident still waits.
            self._ask()
            return
        self._set(CallState.WAITING)
        self.check_lapse()

    def check_lapse(self) -> None:
        """Nobody answered in time: say so (and look again when that time comes)."""
        request = self.request
        if request is None or not self.waiting:
            return
        left = help_rules.lapses_at(request.asked_at) - self._t.ctx.clock.now()
        if left.total_seconds() <= 0:
            self._set(CallState.LAPSED)
        else:
            self._lapse.start(int(left.total_seconds() * 1000) + 1)

    def wait_over(self) -> None:
        """The walk to the kiosk took long enough: the usual idle time may run again."""
        self._wait.stop()
        self._keep.stop()
        self.changed.emit()

    def _on_changes(self, changes: list[Change]) -> None:
        request = self.request
        if request is None or not self.waiting:
            return
        if not any(c.kind == ChangeKind.HELP and c.entity_id in (request.id, "*") for c in changes):
            return
        ctx, rid = self._t.ctx, request.id

        def refreshed(found: HelpRequest | None) -> None:
            mine = self.request
            if found is not None and mine is not None and found.id == mine.id and self.waiting:
                self._take(found)

        self._t.tasks.run(lambda: help_requests.help_request(ctx, rid), refreshed, lambda _e: None)

    # --- the screen and the window -----------------------------------------------------------

    def _set(self, state: CallState | None) -> None:
        if state is not CallState.WAITING:
            self._lapse.stop()
        if state is CallState.ANSWERED and self.state is not CallState.ANSWERED:
            self._wait.start()
        elif state is not CallState.ANSWERED:
            self._wait.stop()
        changed = state is not self.state
        self.state = state
        self.screen.show_call(state or CallState.WAITING)
        if self.holds:
            self._keep.start()
            self._keep_looks()
        else:
            self._keep.stop()
        if changed:
            self.changed.emit()

    def _keep_looks(self) -> None:
        self._w.seeing.touched()
        self._w.reach.touched()
