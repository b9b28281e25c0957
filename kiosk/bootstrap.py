"""The one place that knows every concrete part and wires them together. No logic of its own.

cli.py parses arguments and calls into here; here we open the database, build the service
context, the Qt application, the task lanes, the change feed and the windows of each role.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from kiosk.config import Settings
from kiosk.core.ports import Clock, FakeClock, ShiftedClock, SystemClock
from kiosk.paths import resources_dir
from kiosk.printing.settings import PrinterSettings
from kiosk.server.settings import ServerSettings

# The database, printing and services stack is imported where it is used, not here: a terminal
# paints its start-up page first (see run_role), and these imports take a second on a kiosk PC.
if TYPE_CHECKING:
    from kiosk.core.model import Branch
    from kiosk.printing.printers import TicketPrinter
    from kiosk.services.context import ServiceContext

log = logging.getLogger(__name__)

#: How long a terminal that could not start shows why before it exits (a supervisor such as
#: systemd or the Windows task scheduler then starts it again).
STARTUP_FAILURE_EXIT_MS = 15_000

#: Monday 30 November 2026, 09:40 in Brussels.
SCREENSHOT_TIME = datetime(2026, 11, 30, 8, 40, tzinfo=UTC)


def build_context(
    settings: Settings, *, seed_if_empty: bool = True, clock: Clock | None = None
) -> ServiceContext:
    """Database opened and migrated; the demo catalogue put in when the database is empty."""
    from kiosk.services.context import Database, ServiceContext
    from kiosk.storage.db import Checkpointer, open_database
    from kiosk.storage.demo import seed_demo

    engine = open_database(settings.database_url())
    checkpointer = Checkpointer(engine).start()  # stopped by ServiceContext.db.close()
    if seed_if_empty:
        with engine.begin() as conn:
            if seed_demo(conn):
                log.info("empty database: demo catalogue of Zoersel added")
    return ServiceContext(
        Database(engine, checkpointer),
        clock or SystemClock(),
        rules=settings.queue,
        status_base_url=settings.status_base_url,
    )


class StartupProblem(Exception):
    """A terminal cannot start; the message says why in plain words (shown on its screen)."""


def build_synced(
    settings: Settings, clock: Clock | None = None
) -> tuple[ServiceContext, Branch, Any]:
    """A terminal that syncs with the server: its replica, opened and (once) filled from the
    server, and its running sync agent. Runs off the GUI thread: it may wait for the server."""
    from kiosk.services import catalogue
    from kiosk.services.errors import ServerUnreachable
    from kiosk.sync.agent import SyncAgent, SyncOptions
    from kiosk.sync.credentials import load_device_token
    from kiosk.sync.link import ServerLink, ServerRefused

    sync = settings.sync
    token = load_device_token(sync.server, sync.device_id)
    if token is None:
        raise StartupProblem(
            "This terminal has no device token in the keyring. Enroll it again with "
            "'kiosk enroll --server URL --code CODE'."
        )
    ctx = build_context(
        replace(settings, status_base_url=sync.public_url or sync.server),
        seed_if_empty=False,
        clock=clock,
    )
    ctx.replica_device_id = sync.device_id
    link = ServerLink(sync.server, token, ca_file=sync.ca_file)
    try:
        branch_id = str(link.me()["branch_id"])
    except ServerUnreachable:
        try:  # offline: go on with what the replica knows
            branch_id = catalogue.find_branch(ctx, settings.device.branch).id
        except Exception:
            ctx.db.close()
            raise StartupProblem(
                f"The server {sync.server} cannot be reached, and this terminal has never "
                "been in touch with it. Check the network; it tries again by itself."
            ) from None
    except ServerRefused:
        ctx.db.close()
        raise StartupProblem(
            "The server does not accept this terminal any more (it was switched off). Enroll it "
            "again with a new code."
        ) from None
    if sync.role == "kiosk":  # to check codes in offline, after a restart too
        from kiosk.sync.remote_check_in import KeyringSecret, keep_secret

        keep_secret(link, KeyringSecret(sync.server, sync.device_id))
    agent = SyncAgent(
        ctx,
        link,
        branch_id,
        issues_tickets=sync.role in ("kiosk", "volunteer"),
        options=SyncOptions(numbers_ahead=sync.numbers_ahead),
    ).start()
    if not agent.wait_synced(30):
        agent.stop()
        ctx.db.close()
        raise StartupProblem(f"The server {sync.server} did not send the queue in time.")
    branch = next(b for b in catalogue.list_branches(ctx) if b.id == branch_id)
    return ctx, branch, agent


def attach_agent(terminal: Any, agent: Any) -> None:
    """Let the terminal's screens hear the sync agent (link state, stored changes), and let the
    agent hear the terminal's own writes (push them now)."""
    from kiosk.sync.agent import LinkState

    link = terminal.link
    link.arrived.connect(terminal.feed.publish)
    agent.on_changes = link.report_changes
    agent.on_state = lambda state: link.report_online(
        state is not LinkState.OFFLINE, agent.last_contact
    )
    link.report_online(agent.state is not LinkState.OFFLINE, agent.last_contact)
    terminal.feed.changed.connect(lambda _changes: agent.push_soon())


def build_printer(printer: PrinterSettings) -> TicketPrinter:
    from kiosk.printing.printers import make_printer

    if printer.kind == "system":
        from kiosk.ui.common.system_printer import SystemQueuePrinter

        return SystemQueuePrinter(printer.system_queue)
    return make_printer(printer)


def _qt_app(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.common import qt_messages
    from kiosk.ui.common.theme import apply_theme

    qt_messages.install()
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("kiosk")
    apply_theme(app)
    _install_excepthook()
    return app


def _install_excepthook() -> None:
    """An error in a slot is logged, never shown to a resident as a traceback; the app goes on."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        logging.getLogger("kiosk.unhandled").error("unhandled error", exc_info=(kind, exc, tb))

    sys.excepthook = hook


def build_terminal(  # type: ignore[no-untyped-def]
    ctx: ServiceContext, settings: Settings, device_name: str, branch: Branch | None = None
):
    """The terminal of one role. ``branch`` may be read beforehand off the GUI thread; without
    it, it is read here."""
    from kiosk.services import catalogue
    from kiosk.ui.common.feed import ChangeFeed
    from kiosk.ui.common.tasks import TaskRunner
    from kiosk.ui.common.terminal import Terminal

    tasks = TaskRunner()
    feed = ChangeFeed(
        tasks,
        lambda seq: catalogue.changes_after(ctx, seq),
        lambda: catalogue.last_change(ctx),
    )
    if branch is None:
        branch = catalogue.find_branch(ctx, settings.device.branch)
    return Terminal(
        ctx=ctx,
        tasks=tasks,
        feed=feed,
        settings=settings,
        branch=branch,
        device_id=f"{branch.code}:{device_name}",
        device_name=device_name,
    )


def build_announcer(settings: Settings):  # type: ignore[no-untyped-def]
    from kiosk.ui.display.announcer import SpeechAnnouncer

    d = settings.display
    return SpeechAnnouncer(
        language=d.language,
        chime_path=resources_dir() / "sounds" / "chime.wav",
        speech_enabled=d.speech,
        chime_enabled=d.chime,
    )


def build_window(role: str, terminal, settings: Settings, printer: TicketPrinter | None = None):  # type: ignore[no-untyped-def]
    if role == "kiosk":
        from kiosk.ui.kiosk_screen.read_aloud import ReadAloud, TtsVoice
        from kiosk.ui.kiosk_screen.window import KioskWindow

        k = settings.kiosk
        read_aloud = ReadAloud(TtsVoice(), headset=k.headset, speech_key=k.speech_key)
        return KioskWindow(
            terminal,
            printer or build_printer(settings.printer),
            k.orientation,
            read_aloud=read_aloud,
        )
    if role in ("counter", "display"):
        from kiosk.ui.common.i18n import use_language

        # The console's and the display's own language (the kiosk starts in Dutch).
        own = settings.counter.language if role == "counter" else settings.display.language
        use_language(role, own)
    if role == "counter":
        from kiosk.ui.counter.window import CounterWindow

        return CounterWindow(terminal, settings.device.counter)
    if role == "display":
        from kiosk.ui.display.window import DisplayWindow

        return DisplayWindow(terminal, build_announcer(settings))
    raise ValueError(f"unknown role {role!r}")


def run_role(
    role: str,
    settings: Settings,
    *,
    windowed: bool = False,
    on_window: Callable[[Any], None] | None = None,
    clock: Clock | None = None,
) -> int:
    """Run one role full screen (or in a window) until closed, or until Ctrl+C or SIGTERM.

    The window paints its start-up page first; the database and the screens are built once that
    page is on screen. ``on_window`` sees the top-level window before it is shown (benchmarks).
    ``clock``: for demos and tests (``kiosk run --at``); the system clock by default.
    """
    from PySide6.QtCore import Qt, QTimer

    from kiosk.ui.common.boot import TerminalWindow
    from kiosk.ui.common.stop_signals import StopOnSignals

    app = _qt_app()
    host = TerminalWindow(role_title(role))
    built: dict[str, Any] = {}

    def fail(exc: BaseException) -> None:  # the screen says it plainly; console and log say what
        log.error("the %s could not start", role, exc_info=exc)
        print(f"kiosk: the {role} could not start: {exc}", file=sys.stderr)
        host.show_problem(str(exc))
        QTimer.singleShot(STARTUP_FAILURE_EXIT_MS, lambda: app.exit(1))

    def open_database() -> tuple[ServiceContext, Branch, Any]:
        # Off the GUI thread: migrating and seeding are writes, a database another terminal
        # holds locked may keep us waiting, and a synced terminal may wait for the server.
        from kiosk.services import catalogue

        if settings.sync.server:
            return build_synced(settings, clock)
        ctx = build_context(settings, clock=clock)
        return ctx, catalogue.find_branch(ctx, settings.device.branch), None

    def build() -> None:
        future = start_pool.submit(open_database)
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
            ctx, branch, agent = future.result()
            built["agent"] = agent
            try:
                terminal = build_terminal(ctx, settings, settings.device.name, branch)
                if agent is not None:
                    _use_server(terminal, agent, settings)
                window = build_window(role, terminal, settings)
            except Exception as error:
                fail(error)
                return
            host.install(fit_to_desktop(role, window, settings) if windowed else window)
            built["terminal"] = terminal

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
        host.showFullScreen()
    stop = StopOnSignals(app)
    code = app.exec()
    start_pool.shutdown(wait=False)
    if built.get("agent") is not None:
        built["agent"].stop()
    if "terminal" in built:
        built["terminal"].feed.stop()
        built["terminal"].tasks.shutdown()
        built["terminal"].ctx.db.close()
    stop.release()
    return stop.exit_code if stop.exit_code is not None else int(code)


def _use_server(terminal: Any, agent: Any, settings: Settings) -> None:
    """A synced terminal: counter actions, bookings and searches by name go to the server, the
    device id is the enrolled one."""
    from kiosk.sync.remote_appointments import RemoteAppointmentBook
    from kiosk.sync.remote_check_in import KeyringSecret, RemoteCheckIn
    from kiosk.sync.remote_desk import RemoteDesk

    sync = settings.sync
    terminal.check_in = RemoteCheckIn(
        terminal.ctx, agent.link, KeyringSecret(sync.server, sync.device_id)
    )
    desk = RemoteDesk(terminal.ctx, agent.link, terminal.branch.id)
    terminal.desk = desk
    terminal.appointments = RemoteAppointmentBook(
        terminal.ctx, agent.link, desk, terminal.branch.id
    )
    terminal.device_id = settings.sync.device_id
    attach_agent(terminal, agent)


def build_server_app(settings: ServerSettings, clock: Clock | None = None):  # type: ignore[no-untyped-def]
    """The FastAPI app on the configured database (migrated; demo catalogue if empty).

    ``clock``: the demo's own clock; else the system clock, moved by ``clock_offset_s``."""
    from kiosk.server.app import create_app

    if clock is None and settings.clock_offset_s:
        clock = ShiftedClock.by(timedelta(seconds=settings.clock_offset_s))
    ctx = build_context(
        Settings(database=settings.database_url(), status_base_url=settings.public_base()),
        clock=clock,
    )
    return create_app(ctx, settings)


def run_server(settings: ServerSettings) -> int:
    """Serve until stopped (kiosk/serve.py runs the processes)."""
    from kiosk.serve import run_server as serve

    return serve(settings)


def role_title(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    titles = {
        "kiosk": QCoreApplication.translate("Terminal", "Kiosk"),
        "counter": QCoreApplication.translate("Terminal", "Loket"),
        "display": QCoreApplication.translate("Terminal", "Wachtzaal"),
    }
    return titles[role]


def fit_to_desktop(role: str, window, settings: Settings):  # type: ignore[no-untyped-def]
    """The kiosk is designed for its big touch screen; in a desktop window it is shown scaled."""
    if role != "kiosk":
        return window
    from PySide6.QtCore import QSize

    from kiosk.ui.common.scaled_host import ScaledHost

    portrait = settings.kiosk.orientation == "portrait"
    return ScaledHost(window, QSize(1080, 1920) if portrait else QSize(1920, 1080))


def _window_size(role: str, settings: Settings) -> tuple[int, int]:
    if role == "kiosk":
        return (600, 1000) if settings.kiosk.orientation == "portrait" else (1280, 720)
    if role == "display":
        return (1280, 720)
    return (1440, 900)


def render_screenshots(out: Path, languages: Iterable[str] | None = None) -> list[Path]:
    """Every screen of every role as PNG, offscreen, each role on its own fresh demo database.

    ``languages`` (default: all) limits the languages: each role is shot in those it speaks
    (i18n.ROLE_LANGUAGES; Dutch has the plain file names, the others ``-fr`` and so on)."""
    from kiosk.storage.db import sqlite_url
    from kiosk.ui.common import i18n
    from kiosk.ui.common.idle import wait_idle
    from kiosk.ui.counter.screenshots import render_screenshots as counter_shots
    from kiosk.ui.display.screenshots import render_screenshots as display_shots
    from kiosk.ui.kiosk_screen.screenshots import MODES as KIOSK_MODES
    from kiosk.ui.kiosk_screen.screenshots import render_screenshots as kiosk_shots

    out.mkdir(parents=True, exist_ok=True)
    _qt_app()
    written: list[Path] = []
    wanted = tuple(i18n.LANGUAGES if languages is None else languages)
    dutch = i18n.SOURCE_LANGUAGE in wanted

    def other(role: str) -> list[str]:
        return [lang for lang in i18n.ROLE_LANGUAGES[role] if lang in wanted]

    def named(role: str, lang: str) -> str:
        return role if lang == i18n.SOURCE_LANGUAGE else f"{role}-{lang}"

    with tempfile.TemporaryDirectory(prefix="kiosk-shots-") as tmp:
        jobs = [
            *(
                (f"kiosk-{o}", lambda t, o=o: kiosk_shots(t, out, o, tuple(KIOSK_MODES)))
                for o in (("portrait", "landscape") if dutch else ())
            ),
            # Every other language, standing up, in the normal look: kiosk-start-fr-1080x1920.png
            *(
                (f"kiosk-{lang}", lambda t, lang=lang: kiosk_shots(t, out, modes=(), language=lang))
                for lang in other("kiosk")
            ),
            # The counter and the display in each language: counter-queue-fr-1920x1080.png
            *(
                (named("counter", lang), lambda t, lang=lang: counter_shots(t, out, language=lang))
                for lang in ([i18n.SOURCE_LANGUAGE] if dutch else []) + other("counter")
            ),
            *(
                (named("display", lang), lambda t, lang=lang: display_shots(t, out, language=lang))
                for lang in ([i18n.SOURCE_LANGUAGE] if dutch else []) + other("display")
            ),
        ]
        for name, job in jobs:
            settings = Settings(database=sqlite_url(Path(tmp) / f"{name}.sqlite3"))
            ctx = build_context(settings)
            # A fixed Monday morning: the same pictures on every run, with realistic waits.
            ctx.clock = FakeClock(SCREENSHOT_TIME)
            terminal = build_terminal(ctx, settings, f"screenshots-{name}")
            wait_idle(terminal.tasks)
            written += job(terminal)
            terminal.feed.stop()
            wait_idle(terminal.tasks)
            terminal.tasks.shutdown()
            ctx.db.close()
    return written
