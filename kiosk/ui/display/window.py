"""The waiting-room display: clock, the call being announced, the latest calls, who waits.

How calls reach the screen (the part other queue systems get wrong): the display never asks
"what is the newest call?" but "which calls came after the last one I saw?" (a cursor on
Call.seq). So three counters calling in the same second give three calls, all listed at once
and all announced, in order; none overwrites another. At start-up the cursor starts after the
calls already made, so old calls are shown but not announced again.

The big panel follows the announcer (``started``): with several calls queued it walks through
them one by one and ends on the newest. When the database cannot be read, the screen keeps what
it shows and tries again on the next change or the 5-second safety poll.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QDate, QElapsedTimer, QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import Call
from kiosk.services.display import DisplayBoard, calls_since, display_board
from kiosk.ui.common import i18n
from kiosk.ui.common.reader import DebouncedReader
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.display.announcer import Announcer
from kiosk.ui.display.arrangement import arrange, window_style
from kiosk.ui.display.call_panel import CallPanel
from kiosk.ui.display.lists import FitListView, RecentCallDelegate
from kiosk.ui.display.models import RecentCallsModel, WaitingModel
from kiosk.ui.display.waiting_card import WaitingCard

log = logging.getLogger(__name__)

#: The big panel stays yellow at least this long after a call starts, even if announced faster.
HIGHLIGHT_MIN_MS = 6_000
SAFETY_POLL_MS = 5_000
DEBOUNCE_MS = 50
#: A call that reaches the display later than this (seconds) is listed but not announced.
STALE_CALL_S = 120
#: calls_since returns at most this many calls per read; a full page means: read on.
PAGE = 50


def display_locale() -> QLocale:
    """The display's language as a QLocale (the [display] language setting)."""
    return i18n.qt_locale(i18n.current_language("display"))


def time_text(when: datetime, zone: ZoneInfo) -> str:
    """``when`` as the wall-clock time in ``zone`` (the municipality's) in the display's
    language, e.g. "10:42"."""
    local = when.astimezone(zone)
    return display_locale().toString(
        QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
    )


class DisplayWindow(QMainWindow):
    """The TV in the waiting room. Reads only; never shows anything about a resident."""

    def __init__(self, terminal: Terminal, announcer: Announcer) -> None:
        super().__init__()
        self._t = terminal
        self._announcer = announcer
        self._branch_id = terminal.branch.id
        self._alive = True
        self._cursor: int | None = None  # Call.seq of the last call seen; None: board not read
        self._day: date | None = None
        self._scale = 0.0
        self._portrait: bool | None = None
        self.recent = RecentCallsModel(terminal.settings.display.recent_calls, self)
        self.waiting = WaitingModel(self)
        self.setWindowTitle(self.tr("Wachtzaal - {branch}").format(branch=terminal.branch.name))
        self._build()
        self._wire()
        self._tick()
        self._calls.read_now("calls")  # the board first: the cursor is not known yet

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        screen = QWidget(objectName="screen")
        self.setCentralWidget(screen)
        root = QVBoxLayout(screen)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        # The header runs edge to edge; the body below keeps a margin all round.
        body = QWidget()
        self._grid = QGridLayout(body)

        self._header = QFrame(objectName="header")
        hl = QHBoxLayout(self._header)
        self._branch = QLabel(self._t.branch.name, objectName="branchName")
        self._clock = QLabel(objectName="clock")
        self._date = QLabel(objectName="date")
        self._clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._date.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        when = QVBoxLayout()
        when.setSpacing(0)
        when.addWidget(self._clock)
        when.addWidget(self._date)
        # Shown only while the server is out of reach: the screen then shows the last known
        # state, and says so, rather than pretend the queue stands still.
        # A strip the width of the screen, under the header.
        self._offline = QLabel(objectName="offlineMark")
        self._offline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._offline.setWordWrap(True)
        self._offline.hide()
        hl.addWidget(self._branch, 1)
        hl.addLayout(when)
        root.addWidget(self._header)
        root.addWidget(self._offline)
        root.addWidget(body, 1)

        self.panel = CallPanel()

        self._recent_card, recent_body = self._card(self.tr("Laatste oproepen"))
        self._recent_view = FitListView(self._t.settings.display.recent_calls)
        self._recent_view.setObjectName("recentCalls")
        self._recent_view.setAccessibleName(self.tr("Laatste oproepen"))
        self._recent_view.setItemDelegate(RecentCallDelegate(self._recent_view))
        self._recent_view.setModel(self.recent)
        self._no_calls = QLabel(self.tr("Nog geen oproepen."), objectName="noCalls")
        self._no_calls.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._recent_stack = QStackedLayout()
        self._recent_stack.addWidget(self._no_calls)
        self._recent_stack.addWidget(self._recent_view)
        recent_body.addLayout(self._recent_stack, 1)

        # Sized for the back of the room (the [display] screen and distance settings).
        self._waiting_card = WaitingCard(self.waiting, self._t.settings.display)
        self._place(portrait=False)

    def _card(self, title: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame(objectName="card")
        lay = QVBoxLayout(card)
        label = QLabel(title, objectName="cardTitle")
        lay.addWidget(label)
        return card, lay

    def _place(self, portrait: bool) -> None:
        """Landscape: call and latest calls side by side, waiting below. Portrait: stacked.
        The waiting counts get the room their legible text needs for the demo's nine services
        on two pages at the default screen and distance (waiting_card.py)."""
        if portrait == self._portrait:
            return
        self._portrait = portrait
        arrange(self._grid, (self.panel, self._recent_card, self._waiting_card), portrait)

    def resizeEvent(self, event: QResizeEvent) -> None:
        w, h = max(1, event.size().width()), max(1, event.size().height())
        portrait = h > w
        scale = min(w / 1080, h / 1920) if portrait else min(w / 1920, h / 1080)
        self._place(portrait)
        self._waiting_card.set_screen(w, h)
        if abs(scale - self._scale) > 0.01:
            self._scale = scale
            self._restyle(scale)
        super().resizeEvent(event)

    def _restyle(self, s: float) -> None:
        """Pixel sizes follow the screen: the same window on a 720p or 1080p TV."""

        def px(v: float) -> int:
            return max(6, round(v * s))

        m = px(28)
        self._grid.setContentsMargins(m, m, m, m)
        self._grid.setSpacing(m)
        self._header.layout().setContentsMargins(px(44), px(16), px(44), px(16))
        for card in (self._recent_card, self._waiting_card):
            card.layout().setContentsMargins(px(28), px(20), px(28), px(22))
            card.layout().setSpacing(px(10))
        self.setStyleSheet(window_style(px))

    # -- wiring --------------------------------------------------------------------------

    def _wire(self) -> None:
        self._t.feed.changed.connect(self._on_changes)
        self._t.link.changed.connect(self._on_link)
        self._announcer.started.connect(self._on_started)
        self._announcer.finished.connect(self._on_finished)
        self.recent.rowsInserted.connect(self._show_list_or_hint)
        self.recent.modelReset.connect(self._show_list_or_hint)
        self._clock_timer = QTimer(self, interval=1000, timeout=self._tick)
        self._clock_timer.start()
        self._poll_timer = QTimer(self, interval=SAFETY_POLL_MS, timeout=self._safety_poll)
        self._poll_timer.start()
        # One read of each kind at a time, one more when changes came meanwhile. Calls are read
        # at once (someone waits for their number); the counts after a short debounce.
        tasks = self._t.tasks
        self._calls = DebouncedReader(
            tasks, self._calls_read_for, self._calls_read, self._calls_failed, 0, self
        )
        self._counts = DebouncedReader(
            tasks, self._counts_read_for, self._counts_read, self._counts_failed, DEBOUNCE_MS, self
        )
        self._unhighlight = QTimer(self, singleShot=True, timeout=self._end_highlight)
        self._highlight_clock = QElapsedTimer()

    def _on_link(self, online: bool) -> None:
        if online:
            self._offline.hide()
            self._counts.read_now("counts")
            return
        seen = self._t.link.last_contact
        if seen is None:
            text = self.tr("Geen verbinding met de server. Dit is de laatste stand die we kennen.")
        else:
            text = self.tr("Geen verbinding met de server. Dit is de stand van {time}.").format(
                time=time_text(seen, self._t.zone)
            )
        self._offline.setText(text)
        self._offline.setAccessibleName(text)
        self._offline.show()

    def offline_shown(self) -> bool:
        return not self._offline.isHidden()

    def _show_list_or_hint(self) -> None:
        self._recent_stack.setCurrentIndex(1 if self.recent.rowCount() else 0)

    def _usable(self) -> bool:
        """False once the window is closed or deleted (late background results are dropped)."""
        return self._alive and shiboken6.isValid(self)

    # -- clock ---------------------------------------------------------------------------

    def _tick(self) -> None:
        now = self._t.ctx.clock.now().astimezone(self._t.zone)
        self._clock.setText(time_text(now, self._t.zone))
        locale = display_locale()
        #: A QDate format: dddd weekday, d day, MMMM month, yyyy year.
        day_format = self.tr("dddd d MMMM yyyy")
        self._date.setText(locale.toString(QDate(now.year, now.month, now.day), day_format))
        today = now.date()
        if self._day is not None and today != self._day and self._announcer.idle():
            # A new day: yesterday's calls mean nothing to today's residents.
            self.recent.reset([])
            self.panel.show_call(None)
        self._day = today

    def _today(self, calls: Iterable[Call]) -> list[Call]:
        zone = self._t.zone
        today = self._t.ctx.clock.now().astimezone(zone).date()
        return [c for c in calls if c.at.astimezone(zone).date() == today]

    # -- reading -------------------------------------------------------------------------

    def _calls_read_for(self, _parts: frozenset[str]) -> Callable[[], Any]:
        """Every call after the cursor; the whole board while there is no cursor yet (at
        start-up, or when the database was down then)."""
        ctx, branch, cursor = self._t.ctx, self._branch_id, self._cursor
        if cursor is None:
            n = self._t.settings.display.recent_calls
            return lambda: display_board(ctx, branch, n)
        return lambda: calls_since(ctx, branch, cursor)

    def _calls_read(self, result: DisplayBoard | list[Call]) -> None:
        if not self._usable():
            return
        if isinstance(result, DisplayBoard):
            self._board_read(result)
            return
        calls = [c for c in sorted(result, key=lambda c: c.seq) if c.seq > (self._cursor or 0)]
        if calls:
            self._cursor = calls[-1].seq
            self.recent.add(calls)  # all visible at once...
            # ...and each one announced, in call order; except calls that reach us late (the
            # link was down): nobody is waiting for those words any more.
            now = self._t.ctx.clock.now()
            fresh = [c for c in calls if (now - c.at).total_seconds() <= STALE_CALL_S]
            for call in fresh:
                self._announcer.announce(call)
            if not fresh and self._announcer.idle():
                self.panel.show_call(calls[-1], highlighted=False)
        if len(result) >= PAGE:
            self._calls.request("calls")  # a full page: read on

    def _board_read(self, board: DisplayBoard) -> None:
        self._cursor = board.last_seq
        calls = self._today(board.recent_calls)
        self.recent.reset(calls)  # shown, not announced: these were called before we started
        if calls and self._announcer.idle():
            self.panel.show_call(calls[-1], highlighted=False)
        self.waiting.set_rows(board.waiting)

    def _calls_failed(self, exc: BaseException) -> None:
        if self._usable():
            log.warning("calls not read (%s); keeping the screen, trying again later", exc)

    def _counts_read_for(self, _parts: frozenset[str]) -> Callable[[], Any]:
        ctx, branch = self._t.ctx, self._branch_id
        return lambda: display_board(ctx, branch, 1).waiting

    def _counts_read(self, rows: tuple) -> None:  # type: ignore[type-arg]
        if self._usable():
            self.waiting.set_rows(rows)

    def _counts_failed(self, exc: BaseException) -> None:
        if self._usable():
            log.warning("waiting counts not read (%s); trying again later", exc)

    def _on_changes(self, changes: list[Change]) -> None:
        mine = [c for c in changes if c.branch_id == self._branch_id]
        kinds = {c.kind for c in mine}
        if kinds & {ChangeKind.CALL, ChangeKind.TICKET}:
            self._calls.request("calls")
        if kinds & {ChangeKind.TICKET, ChangeKind.CATALOGUE}:
            self._counts.request("counts")

    def _safety_poll(self) -> None:
        self._read_calls()
        if self._cursor is not None:
            self._counts.read_now("counts")

    def _read_calls(self) -> None:
        """Read the calls after the cursor now (the board while there is none)."""
        self._calls.read_now("calls")

    # -- announcing ----------------------------------------------------------------------

    def _on_started(self, call: Call) -> None:
        if not self._usable() or call.branch_id != self._branch_id:
            return
        self._unhighlight.stop()
        self._highlight_clock.start()
        self.panel.show_call(call, highlighted=True)
        self.recent.set_announcing(call.id)

    def _on_finished(self, call: Call) -> None:
        if not self._usable() or self.panel.call is not call:
            return
        left = HIGHLIGHT_MIN_MS - self._highlight_clock.elapsed()
        self._unhighlight.start(max(0, int(left)))

    def _end_highlight(self) -> None:
        self.panel.set_highlighted(False)
        self.recent.set_announcing(None)

    # -- for tests and screenshots -------------------------------------------------------

    def visible_texts(self) -> list[str]:
        """Every text on the screen now: header, big panel, the lists' rows, card titles."""
        out = [lbl.text() for lbl in self.findChildren(QLabel) if lbl.isVisibleTo(self)]
        out += self.panel.texts()
        for call in self.recent.calls():
            out += [call.ticket_number, call.counter_name]
            if call.recall:
                out.append(self.tr("Nog eens"))
        for name, count in self.waiting.shown_counts().items():
            out += [name, str(count)]
        return out

    def settled(self) -> bool:
        """No read running or scheduled and nothing left to announce."""
        return (
            self._cursor is not None
            and not (self._calls.busy or self._counts.busy)
            and self._announcer.idle()
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._alive = False
        self._waiting_card.stop()
        for timer in (self._clock_timer, self._poll_timer):
            timer.stop()
        self._calls.stop()
        self._counts.stop()
        super().closeEvent(event)
