"""The Qt side of running terminals: the process's QApplication, its event loop, Ctrl+C and
SIGTERM, the start-up window of ``kiosk run`` and the windows of ``kiosk demo``.

Why here: Qt lives in kiosk/ui only. The runners (kiosk.terminal_run, kiosk.demo,
kiosk.screenshots) decide which parts to build, with kiosk.bootstrap, and hand them to these
functions; they never import PySide6 themselves (an import-linter contract says so).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType
from typing import Protocol, TypeAlias

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import Settings
from kiosk.ui.common.link_status import LinkStatus

log = logging.getLogger(__name__)

#: A role's top-level window, as the wiring (kiosk.bootstrap) names it without naming Qt.
Window: TypeAlias = QWidget


def qt_app(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication (made once): Qt's messages in our log, our theme, and an
    error in a slot logged, never shown to a resident as a traceback."""
    from kiosk.ui.common import qt_messages
    from kiosk.ui.common.theme import apply_theme

    qt_messages.install()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("kiosk")
    apply_theme(app)

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        logging.getLogger("kiosk.unhandled").error("unhandled error", exc_info=(kind, exc, tb))

    sys.excepthook = hook  # the app goes on after an error in a slot
    return app


class TerminalStart(Protocol):
    """What ``kiosk run`` builds for one role (kiosk.terminal_run), called in this order."""

    def open(self, status: LinkStatus) -> None:
        """Off the GUI thread: the database, and for a synced terminal its server link, which
        reports to ``status``."""

    def window(self, status: LinkStatus) -> Window:
        """On the GUI thread, once ``open`` has returned: the role's screen."""

    def close(self) -> None:
        """After the event loop: stop whatever ``open`` and ``window`` started."""


def run_terminal(
    role: str,
    settings: Settings,
    start: TerminalStart,
    *,
    give_up_ms: int,
    windowed: bool = False,
    on_window: Callable[[QWidget], None] | None = None,
) -> int:
    """One role's window until closed, Ctrl+C or SIGTERM; the exit code. The start-up page
    paints first and ``start`` builds the screen after it. A screen that cannot start says why
    (in Dutch and ``role``'s own language) and the program exits with 1 after ``give_up_ms``.
    ``on_window`` sees the top-level window before it is shown."""
    from kiosk.ui.common.boot import TerminalWindow
    from kiosk.ui.common.startup_problem import startup_problem_text
    from kiosk.ui.common.stop_signals import StopOnSignals

    app = qt_app()
    host = TerminalWindow(role_title(role))
    status = LinkStatus()  # made here, on the GUI thread, before the agent reports to it

    def fail(exc: BaseException) -> None:  # the screen says it plainly; console and log say what
        log.error("the %s could not start", role, exc_info=exc)
        print(f"kiosk: the {role} could not start: {exc}", file=sys.stderr)
        host.show_problem(startup_problem_text(exc, _own_language(role, settings)))
        QTimer.singleShot(give_up_ms, lambda: app.exit(1))

    def build() -> None:
        # Off the GUI thread: migrating and seeding are writes, a database another terminal
        # holds locked may keep us waiting, and a synced terminal may wait for the server.
        future = start_pool.submit(start.open, status)
        poll = QTimer(host)
        poll.setInterval(20)

        def check() -> None:
            if not future.done():
                return
            poll.stop()
            exc = future.exception()
            if exc is not None:
                fail(exc)
                return
            try:
                window = start.window(status)
            except Exception as error:
                fail(error)
                return
            host.install(fit_to_desktop(role, window, settings) if windowed else window)

        poll.timeout.connect(check)
        poll.start()

    start_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-start")
    host.ready.connect(build, Qt.ConnectionType.SingleShotConnection)
    if on_window is not None:
        on_window(host)
    if windowed:
        host.resize(*_window_size(role, settings))
        host.show()
    else:
        host.show_full_screen()  # the whole screen, also without a window manager
    stop = StopOnSignals(app)
    code = app.exec()
    start_pool.shutdown(wait=False)
    start.close()
    stop.release()
    return stop.exit_code if stop.exit_code is not None else int(code)


def run_windows(
    app: QApplication,
    windows: Mapping[str, QWidget],
    *,
    on_shown: Callable[[], None],
    close: Callable[[], None],
) -> int:
    """``kiosk demo``'s windows (by role), each whole on the screen, until one is closed,
    Ctrl+C or SIGTERM; the exit code. ``on_shown`` once they are up; ``close`` after the loop,
    before Ctrl+C is ours no more (a second one while closing down is no traceback either)."""
    from kiosk.ui.common.demo_windows import show_placed
    from kiosk.ui.common.stop_signals import StopOnSignals

    stop = StopOnSignals(app)
    for role, window in windows.items():
        window.setWindowTitle(role_title(role))
        stop.quit_when_closed(window)
    # Each window whole on the screen, frames and minimum sizes counted.
    show_placed(windows, app.primaryScreen())
    on_shown()
    code = app.exec()
    for window in windows.values():
        window.hide()
    close()
    stop.release()
    return stop.exit_code if stop.exit_code is not None else int(code)


def _own_language(role: str, settings: Settings) -> str:
    """The language a terminal speaks before anyone chose one: the counter's and the display's
    own (settings), the kiosk's first on its language row."""
    if role == "counter":
        return settings.counter.language
    if role == "display":
        return settings.display.language
    return settings.kiosk.languages[0] if settings.kiosk.languages else "nl"


def role_title(role: str) -> str:
    titles = {
        "kiosk": QCoreApplication.translate("Terminal", "Kiosk"),
        "counter": QCoreApplication.translate("Terminal", "Loket"),
        "display": QCoreApplication.translate("Terminal", "Wachtzaal"),
    }
    return titles[role]


def fit_to_desktop(role: str, window: QWidget, settings: Settings) -> QWidget:
    """The kiosk is designed for its big touch screen; in a desktop window it is shown scaled."""
    if role != "kiosk":
        return window
    from kiosk.ui.common.scaled_host import ScaledHost

    portrait = settings.kiosk.orientation == "portrait"
    return ScaledHost(window, QSize(1080, 1920) if portrait else QSize(1920, 1080))


def _window_size(role: str, settings: Settings) -> tuple[int, int]:
    if role == "kiosk":
        return (600, 1000) if settings.kiosk.orientation == "portrait" else (1280, 720)
    if role == "display":
        return (1280, 720)
    return (1440, 900)
