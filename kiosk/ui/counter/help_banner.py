"""The counter's help banner: a resident at a kiosk asked for a person.

One line per open request ("Iemand aan de kiosk vraagt hulp", the kiosk's name and the time)
with a button "Ik kom". The first clerk who taps it answers the request (on the server for a
synced terminal, see DeskAction.ANSWER_HELP); the banner then disappears at every counter of
the branch, because each one redraws from the change feed (ChangeKind.HELP). A request the
resident withdrew ("Ik heb geen hulp meer nodig" at the kiosk) goes away the same way: no clerk
walks over for nothing. Hidden when no one asks. The banner reads and writes on the terminal's
db lane, like the rest of the console.

A request nobody answers lapses after a while (kiosk.core.help_rules): the resident has gone.
No change comes through the feed for that (a lapse is a rule of time, not a write), so the
banner looks again by itself when the first of its requests lapses.
"""

from __future__ import annotations

import contextlib
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core import help_rules
from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import HelpRequest
from kiosk.services import desk, help_requests
from kiosk.services.context import Done
from kiosk.services.errors import SignedOut
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.counter.widgets import icon_label
from kiosk.ui.counter.words import error_message, local_time_text

HELP_BANNER_QSS = """
QFrame#helpBanner { background: #E6EEF8; border: 3px solid #1F4E8C; border-radius: 12px; }
QFrame#helpBanner QLabel { color: #14233A; font-size: 21px; font-weight: 700; }
QFrame#helpBanner QPushButton { font-size: 20px; font-weight: 700; min-height: 44px;
  padding: 4px 22px; }
"""


class HelpBanner(QFrame):
    """Open help requests of the terminal's branch, each with "Ik kom" for ``counter_id``.
    Call ``start()`` once shown and ``stop()`` before dropping it."""

    #: A refusal or a failure, in words (the queue screen shows it in its message bar).
    said = Signal(str)
    signed_out = Signal()

    def __init__(self, terminal: Terminal, counter_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpBanner")
        self.setStyleSheet(HELP_BANNER_QSS)
        self._t = terminal
        self._counter_id = counter_id
        self._alive = False
        self._busy = False
        self.requests: tuple[HelpRequest, ...] = ()
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(18, 10, 18, 10)
        self._rows.setSpacing(8)
        self.buttons: list[QPushButton] = []
        #: Looks again when the oldest request shown lapses.
        self.lapse_timer = QTimer(self)
        self.lapse_timer.setSingleShot(True)
        self.lapse_timer.timeout.connect(self.refresh)
        self.hide()

    # -- life cycle --------------------------------------------------------------------------
    def start(self) -> None:
        if self._alive:
            return
        self._alive = True
        self._t.feed.changed.connect(self._on_changes)
        self.refresh()

    def stop(self) -> None:
        if not self._alive:
            return
        self._alive = False
        self.lapse_timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self._t.feed.changed.disconnect(self._on_changes)

    def refresh(self) -> None:
        ctx, branch = self._t.ctx, self._t.branch.id
        self._t.tasks.run(
            lambda: tuple(help_requests.open_requests(ctx, branch)), self._show, self._failed
        )

    def _on_changes(self, changes: list[Change]) -> None:
        branch = self._t.branch.id
        if any(c.kind == ChangeKind.HELP and c.branch_id == branch for c in changes):
            self.refresh()

    # -- showing -----------------------------------------------------------------------------
    def _show(self, found: tuple[HelpRequest, ...]) -> None:
        if not self._alive:
            return
        self.requests = found
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        for h in found:
            self._rows.addWidget(self._row(h))
        self.setAccessibleName(self.text())
        self.setVisible(bool(found))
        self.lapse_timer.stop()
        if found:
            first = min(help_rules.lapses_at(h.asked_at) for h in found)
            wait_ms = (first - self._t.ctx.clock.now()).total_seconds() * 1000
            self.lapse_timer.start(max(1000, int(wait_ms) + 1000))

    def _row(self, h: HelpRequest) -> QWidget:
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)
        lay.addWidget(icon_label("people", 40))
        text = QLabel(sentence(h, self._t.zone))
        text.setWordWrap(True)
        lay.addWidget(text, 1)
        button = QPushButton(self.tr("Ik kom"))
        button.setAccessibleName(self.tr("Ik kom naar {device}").format(device=h.device_name))
        button.clicked.connect(lambda _=False, rid=h.id: self.answer(rid))
        button.setEnabled(not self._busy)
        lay.addWidget(button)
        self.buttons.append(button)
        return row

    def text(self) -> str:
        if self.isHidden():
            return ""
        return "\n".join(sentence(h, self._t.zone) for h in self.requests)

    # -- "Ik kom" ----------------------------------------------------------------------------
    def answer(self, request_id: str) -> None:
        if self._busy or self._t.desk is None:
            return
        self._busy = True
        for b in self.buttons:
            b.setEnabled(False)
        d, cid = self._t.desk, self._counter_id

        def call() -> Done[HelpRequest | None]:
            return desk.come_to_help(d, cid, request_id)

        self._t.tasks.run(call, self._answered, self._failed)

    def _answered(self, done: Done[HelpRequest | None]) -> None:
        self._busy = False
        self._t.announce(done.changes)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        for b in self.buttons:
            b.setEnabled(True)
        if not self._alive:
            return
        if isinstance(exc, SignedOut):
            self.signed_out.emit()
        else:
            self.said.emit(error_message(exc, self._t.ctx.rules))


def sentence(h: HelpRequest, zone: ZoneInfo) -> str:
    """What the banner says about one request."""
    text = QCoreApplication.translate(
        "HelpBanner", "Iemand aan de kiosk vraagt hulp: {device}, sinds {time}."
    )
    return text.format(device=h.device_name, time=local_time_text(h.asked_at, zone))
