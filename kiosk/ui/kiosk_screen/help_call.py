"""The kiosk's "Roep iemand": ask for a person, then tell the resident what happens.

Tapping the help screen's button asks for help (kiosk.services.help_requests, on the db lane;
on a synced kiosk the request goes to the server through the outbox). The screen then says
"We roepen iemand. Blijf even hier staan." Once a counter answered "Ik kom" (the change feed
brings ChangeKind.HELP), it says "Er komt iemand naar je toe." Going back to the start forgets
all of it (``forget``): the next resident sees the button again.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import HelpRequest
from kiosk.services import help_requests
from kiosk.services.context import Done
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.kiosk_screen.help_screen import HelpScreen


class HelpCall(QObject):
    def __init__(
        self, terminal: Terminal, screen: HelpScreen, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._t = terminal
        self._screen = screen
        self._asking = False
        #: The open (or answered) request of the resident now at the kiosk.
        self.request: HelpRequest | None = None
        screen.call_person.connect(self.ask)
        terminal.feed.changed.connect(self._on_changes)

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self._t.feed.changed.disconnect(self._on_changes)

    def ask(self) -> None:
        if self._asking or self.request is not None:
            return
        self._asking = True
        t = self._t

        def call() -> Done[HelpRequest]:
            return help_requests.ask_for_help(t.ctx, t.branch.id, t.device_id, t.device_name)

        self._t.tasks.run(call, self._asked, self._failed)

    def forget(self) -> None:
        """A new resident: the button again, no request of the last one."""
        self.request = None
        self._asking = False
        self._screen.set_call_state("")

    def _asked(self, done: Done[HelpRequest]) -> None:
        if not self._asking:  # forgotten meanwhile: the resident left
            return
        self._asking = False
        self._t.announce(done.changes)
        self._show(done.value)

    def _failed(self, exc: BaseException) -> None:
        self._asking = False
        self._screen.set_call_state(
            self.tr("Dat lukte niet. Vraag het aan de balie of aan een medewerker.")
        )

    def _show(self, request: HelpRequest | None) -> None:
        if request is None:
            return
        self.request = request
        if request.open:
            self._screen.set_call_state(self.tr("We roepen iemand. Blijf even hier staan."))
        else:
            self._screen.set_call_state(self.tr("Er komt iemand naar je toe."))

    def _on_changes(self, changes: list[Change]) -> None:
        request = self.request
        if request is None or not request.open:
            return
        if not any(c.kind == ChangeKind.HELP and c.entity_id in (request.id, "*") for c in changes):
            return
        ctx, rid = self._t.ctx, request.id

        def refreshed(found: HelpRequest | None) -> None:
            if self.request is not None and found is not None and found.id == self.request.id:
                self._show(found)

        self._t.tasks.run(lambda: help_requests.help_request(ctx, rid), refreshed, lambda _e: None)
