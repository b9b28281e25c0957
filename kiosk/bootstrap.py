"""The one place that knows every concrete part and wires them together: typed ``build_*``
functions, no logic of their own, every part handed its dependencies through its constructor.

kiosk.cli calls into here, and so do the runners that use these parts: kiosk.terminal_run
(``kiosk run``), kiosk.demo and kiosk.screenshots; kiosk.serve runs the server app built here.
The QApplication and the event loop are the screens' own (kiosk.ui.common.app_run): no Qt here.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from kiosk.config import Settings
from kiosk.core.ports import Clock, ShiftedClock, SystemClock
from kiosk.paths import resources_dir
from kiosk.printing.settings import PrinterSettings
from kiosk.server.settings import ServerSettings
from kiosk.sync.startup import StartupFault, StartupProblem

# The database, printing, services and Qt stack is imported where it is used, not here: a
# terminal paints its start-up page first (see kiosk.terminal_run), and these imports take a
# second on a kiosk PC.
if TYPE_CHECKING:
    from fastapi import FastAPI

    from kiosk.core.model import Branch
    from kiosk.printing.printers import TicketPrinter
    from kiosk.services.context import ServiceContext
    from kiosk.sync.agent import SyncAgent
    from kiosk.ui.common.app_run import Window
    from kiosk.ui.common.link_status import LinkStatus
    from kiosk.ui.common.terminal import Terminal
    from kiosk.ui.display.announcer import SpeechAnnouncer

log = logging.getLogger(__name__)

__all__ = [
    "StartupProblem",
    "build_announcer",
    "build_context",
    "build_printer",
    "build_server_app",
    "build_synced",
    "build_terminal",
    "build_window",
]


def build_context(
    settings: Settings,
    *,
    seed_if_empty: bool = True,
    clock: Clock | None = None,
    replica_device_id: str | None = None,
) -> ServiceContext:
    """Database opened and migrated; the demo catalogue put in when the database is empty.
    ``replica_device_id``: a synced terminal's enrolled id (its database is then a replica)."""
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
        replica_device_id=replica_device_id,
    )


def build_synced(
    settings: Settings, clock: Clock | None = None, status: LinkStatus | None = None
) -> tuple[ServiceContext, Branch, SyncAgent]:
    """A terminal that syncs with the server: its replica, opened and (once) filled from the
    server, and its running sync agent, which reports to ``status`` (the screens' view of the
    link; made on the GUI thread). Runs off the GUI thread: it may wait for the server."""
    from kiosk.services import catalogue
    from kiosk.services.errors import ServerUnreachable
    from kiosk.sync.agent import LinkState, SyncAgent, SyncOptions
    from kiosk.sync.credentials import load_device_token
    from kiosk.sync.link import ClockWatch, ProtocolMismatch, ServerLink, ServerRefused

    sync = settings.sync
    token = load_device_token(sync.server, sync.device_id)
    if token is None:
        raise StartupProblem(StartupFault.NO_TOKEN, sync.server)
    ctx = build_context(
        replace(settings, status_base_url=sync.public_url or sync.server),
        seed_if_empty=False,
        clock=clock,
        replica_device_id=sync.device_id,
    )
    link = ServerLink(
        sync.server,
        token,
        ca_file=sync.ca_file,
        clock_watch=ClockWatch(ctx.clock.now, sync.clock_allowance_s),
    )
    try:
        branch_id = str(link.me()["branch_id"])
    except (ServerUnreachable, ProtocolMismatch) as exc:
        # Offline, or a server of another protocol version (the agent then reports OUTDATED
        # and the screens say so): go on with what the replica knows.
        try:
            branch_id = catalogue.find_branch(ctx, settings.device.branch).id
        except Exception:
            ctx.db.close()
            outdated = isinstance(exc, ProtocolMismatch)
            fault = StartupFault.OUTDATED if outdated else StartupFault.UNKNOWN_SERVER
            raise StartupProblem(fault, sync.server) from None
    except ServerRefused:
        ctx.db.close()
        raise StartupProblem(StartupFault.REVOKED, sync.server) from None
    if sync.role == "kiosk":  # to check codes in offline, after a restart too
        from kiosk.sync.remote_check_in import KeyringSecret, keep_secret

        keep_secret(link, KeyringSecret(sync.server, sync.device_id))

    def report_state(state: LinkState) -> None:
        if status is not None:
            status.report_online(state is not LinkState.OFFLINE, agent.last_contact)
            status.report_outdated(state is LinkState.OUTDATED)

    agent = SyncAgent(
        ctx,
        link,
        branch_id,
        issues_tickets=sync.role in ("kiosk", "volunteer"),
        on_changes=status.report_changes if status is not None else lambda _changes: None,
        on_state=report_state,
        on_clock=status.report_clock if status is not None else lambda _off: None,
        options=SyncOptions(numbers_ahead=sync.numbers_ahead),
    )
    # Started only once ``agent`` is bound: its first state (a server that refuses at once)
    # may reach report_state before start() returns.
    agent.start()
    if not agent.wait_synced(30):
        agent.stop()
        ctx.db.close()
        raise StartupProblem(StartupFault.NO_QUEUE, sync.server)
    branch = next(b for b in catalogue.list_branches(ctx) if b.id == branch_id)
    return ctx, branch, agent


def build_printer(printer: PrinterSettings) -> TicketPrinter:
    from kiosk.printing.printers import make_printer

    if printer.kind == "system":
        from kiosk.ui.common.system_printer import SystemQueuePrinter

        return SystemQueuePrinter(printer.system_queue)
    return make_printer(printer)


def build_terminal(
    ctx: ServiceContext,
    settings: Settings,
    device_name: str,
    branch: Branch | None = None,
    *,
    agent: SyncAgent | None = None,
    status: LinkStatus | None = None,
) -> Terminal:
    """The terminal of one role. ``branch`` may be read beforehand off the GUI thread; without
    it, it is read here. With ``agent`` (a synced terminal, see build_synced, whose ``status``
    it reports to) counter actions, bookings and searches by name go to the server and the
    device id is the enrolled one."""
    from kiosk.services import catalogue
    from kiosk.ui.common.feed import ChangeFeed
    from kiosk.ui.common.link_status import LinkStatus
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
    status = status or LinkStatus()
    if agent is None:
        return Terminal(
            ctx=ctx,
            tasks=tasks,
            feed=feed,
            settings=settings,
            branch=branch,
            device_id=f"{branch.code}:{device_name}",
            device_name=device_name,
            link=status,
        )
    from kiosk.sync.agent import LinkState
    from kiosk.sync.remote_appointments import RemoteAppointmentBook
    from kiosk.sync.remote_check_in import KeyringSecret, RemoteCheckIn
    from kiosk.sync.remote_desk import RemoteDesk

    sync = settings.sync
    desk = RemoteDesk(ctx, agent.link, branch.id)
    terminal = Terminal(
        ctx=ctx,
        tasks=tasks,
        feed=feed,
        settings=settings,
        branch=branch,
        device_id=sync.device_id,
        device_name=device_name,
        desk=desk,
        link=status,
        appointments=RemoteAppointmentBook(ctx, agent.link, desk, branch.id),
        check_in=RemoteCheckIn(ctx, agent.link, KeyringSecret(sync.server, sync.device_id)),
    )
    # The screens hear what the agent stored; the agent hears the terminal's own writes (and
    # pushes them now).
    status.arrived.connect(feed.publish)
    status.report_online(agent.state is not LinkState.OFFLINE, agent.last_contact)
    feed.changed.connect(lambda _changes: agent.push_soon())
    return terminal


def build_announcer(settings: Settings) -> SpeechAnnouncer:
    from kiosk.ui.display.announcer import SpeechAnnouncer

    d = settings.display
    return SpeechAnnouncer(
        language=d.language,
        chime_path=resources_dir() / "sounds" / "chime.wav",
        speech_enabled=d.speech,
        chime_enabled=d.chime,
    )


def build_window(
    role: str, terminal: Terminal, settings: Settings, printer: TicketPrinter | None = None
) -> Window:
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


def build_server_app(settings: ServerSettings, clock: Clock | None = None) -> FastAPI:
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
