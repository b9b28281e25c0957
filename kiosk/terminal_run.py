"""``kiosk run``: one role full screen (or in a window) until closed, Ctrl+C or SIGTERM.

The window paints its start-up page first; the database and the screens are built (by
kiosk.bootstrap) once that page is on screen. A terminal that cannot start says why on its
screen, in Dutch and its own language, with what to do; then it exits, so that a supervisor
(systemd, the Windows task scheduler) starts it again.

This module says which parts a role gets and in which order they stop; the window, the event
loop and the signals are Qt's and live in kiosk.ui.common.app_run.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk import bootstrap
from kiosk.config import Settings
from kiosk.core.ports import Clock

if TYPE_CHECKING:
    from kiosk.core.model import Branch
    from kiosk.services.context import ServiceContext
    from kiosk.sync.agent import SyncAgent
    from kiosk.ui.common.app_run import Window
    from kiosk.ui.common.link_banner import BannerWords
    from kiosk.ui.common.link_status import LinkStatus
    from kiosk.ui.common.terminal import Terminal

#: How long a terminal that could not start shows why before it exits (a supervisor such as
#: systemd or the Windows task scheduler then starts it again).
STARTUP_FAILURE_EXIT_MS = 15_000


def run_role(
    role: str,
    settings: Settings,
    *,
    windowed: bool = False,
    on_window: Callable[[Window], None] | None = None,
    clock: Clock | None = None,
) -> int:
    """Run one role until closed. ``on_window`` sees the top-level window before it is shown
    (benchmarks). ``clock``: for demos and tests (``kiosk run --at``); the system clock by
    default."""
    from kiosk.ui.common.app_run import run_terminal

    return run_terminal(
        role,
        settings,
        _RoleParts(role, settings, clock),
        give_up_ms=STARTUP_FAILURE_EXIT_MS,
        windowed=windowed,
        on_window=on_window,
    )


class _RoleParts:
    """One role's parts, built by kiosk.bootstrap in the order the window asks for them (see
    kiosk.ui.common.app_run.TerminalStart)."""

    def __init__(self, role: str, settings: Settings, clock: Clock | None) -> None:
        self._role = role
        self._settings = settings
        self._clock = clock
        self._opened: tuple[ServiceContext, Branch, SyncAgent | None] | None = None
        self._terminal: Terminal | None = None

    def open(self, status: LinkStatus) -> None:
        from kiosk.services import catalogue

        settings = self._settings
        if settings.sync.server:
            self._opened = bootstrap.build_synced(settings, self._clock, status)
            return
        ctx = bootstrap.build_context(settings, clock=self._clock)
        self._opened = ctx, catalogue.find_branch(ctx, settings.device.branch), None

    def window(self, status: LinkStatus) -> Window:
        from kiosk.ui.common.link_banner import with_link_banner

        assert self._opened is not None, "window() before open()"
        ctx, branch, agent = self._opened
        settings = self._settings
        made = bootstrap.build_terminal(
            ctx, settings, settings.device.name, branch, agent=agent, status=status
        )
        window = with_link_banner(
            bootstrap.build_window(self._role, made, settings), status, _link_words(self._role)
        )
        self._terminal = made
        return window

    def close(self) -> None:
        agent = self._opened[2] if self._opened is not None else None
        if agent is not None:
            agent.stop()
        made = self._terminal
        if made is not None:
            made.feed.stop()
            made.tasks.shutdown()
            made.ctx.db.close()


def _link_words(role: str) -> BannerWords | None:
    """What the band above a synced terminal's screen says, in the role's own catalogue: the
    kiosk's for residents, the counter's (a volunteer desk is a counter console) for staff; a
    display has no band."""
    if role == "kiosk":
        from kiosk.ui.common.link_banner import KioskWords

        return KioskWords()
    if role in ("counter", "volunteer"):
        from kiosk.ui.counter.link_words import CounterWords

        return CounterWords()
    return None
