"""``kiosk demo``: a kiosk, a counter and a display of the demo town hall in one process, on
one SQLite file, with the central server in a thread for the tickets' status pages. Wiring
only, like kiosk.bootstrap, whose parts it uses; the windows and the event loop are Qt's, in
kiosk.ui.common.app_run.

The demo must work whenever a newcomer starts it: when the demo town hall is closed (an
evening, a Sunday, a holiday), its clock starts at the next opening instead, and the kiosk
wears a small "Demo" mark next to the date and time. Ctrl+C, SIGTERM and closing any of its
windows end the whole demo.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from kiosk.bootstrap import build_context, build_terminal, build_window
from kiosk.config import Settings
from kiosk.core.ports import Clock, ShiftedClock, SystemClock
from kiosk.printing.settings import PrinterSettings
from kiosk.server.settings import ServerSettings
from kiosk.services.context import ServiceContext

log = logging.getLogger(__name__)

ROLES = ("kiosk", "counter", "display")


def tickets_folder(database: Path) -> Path:
    """Where the demo's printed tickets and confirmation slips go (PDF files)."""
    return database.parent / "demo-tickets"


def run_demo(
    settings: Settings,
    database: Path,
    *,
    fresh: bool = True,
    at: datetime | None = None,
    keep_time: bool = False,
    machine_clock: Clock | None = None,
) -> int:
    """Run the demo until a window is closed or the process is told to stop.

    ``fresh``: start from a new database and an empty ticket folder. ``at``: the demo's clock
    starts then (without an offset: the municipality's wall-clock time). Without it the clock
    is the machine's (``machine_clock``, for tests), moved to the town hall's next opening
    when it is closed now, unless ``keep_time``. Printed tickets go to PDF files in
    ``tickets_folder(database)`` unless a printer is configured. A fresh demo books a few
    appointments and writes the first one's confirmation there too.
    """
    from kiosk.services.demo_day import book_demo_day, demo_start
    from kiosk.services.time_zone import municipality_zone, wall_time_utc
    from kiosk.storage.db import sqlite_url
    from kiosk.ui.common.app_run import fit_to_desktop, qt_app, run_windows

    tickets_dir = tickets_folder(database)
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        # The newest ticket must be easy to find: the last run's PDFs go.
        for old in tickets_dir.glob("*.pdf") if tickets_dir.is_dir() else ():
            old.unlink(missing_ok=True)
    printer = settings.printer
    if printer.kind == "none":
        printer = PrinterSettings(kind="pdf", path=str(tickets_dir))
    settings = replace(
        settings,
        database=sqlite_url(database),
        printer=printer,
        device=replace(settings.device, branch="gemeentehuis", counter=1),
        kiosk=replace(settings.kiosk, orientation="portrait"),
    )
    app = qt_app()
    base = machine_clock or SystemClock()
    ctx = build_context(settings, clock=base)
    moved = at is not None
    if at is not None:  # a wall-clock time (kiosk demo --at) is the municipality's
        ctx.clock = ShiftedClock(wall_time_utc(at, municipality_zone(ctx)), base)
    elif not keep_time:
        start = demo_start(ctx)
        if start is not None:
            ctx.clock = ShiftedClock(start, base)
            moved = True
            said = _said(start, ctx, settings)
            print(
                "kiosk demo: the demo town hall is closed now, so the demo's clock starts at "
                f"its next opening, {said} (use --now to keep the real time).",
                file=sys.stderr,
                flush=True,
            )
    if fresh:
        booked = book_demo_day(ctx, tickets_dir)
        if booked:
            log.info(
                "demo appointments: %d; confirmation of %s in %s",
                len(booked),
                booked[0].reference,
                tickets_dir,
            )
    from kiosk.serve import EmbeddedServer

    # The status pages count waits on the same clock as the kiosk.
    server = EmbeddedServer(
        ServerSettings(db=settings.database_url(), public_url=settings.status_base_url),
        ctx.clock,
    ).start()
    terminals = {r: build_terminal(ctx, settings, f"demo-{r}") for r in ROLES}
    made = {r: build_window(r, terminals[r], settings) for r in ROLES}
    if moved:
        made["kiosk"].header.mark_demo()
    windows = {r: fit_to_desktop(r, made[r], settings) for r in ROLES}

    def say_running() -> None:
        log.info("demo database: %s; printed tickets: %s", database, printer.path or printer.kind)
        where = f"printed tickets are PDF files in {printer.path}" if printer.kind == "pdf" else ""
        print(
            f"kiosk demo: running; {where or 'tickets go to the printer in the settings'}. "
            "Close a window or press Ctrl+C to stop.",
            file=sys.stderr,
            flush=True,
        )

    def close() -> None:
        for t in terminals.values():
            t.feed.stop()
            t.tasks.shutdown()
        server.stop()
        ctx.db.close()

    return run_windows(app, windows, on_shown=say_running, close=close)


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _said(moment: datetime, ctx: ServiceContext, settings: Settings) -> str:
    """'Monday 7 December 09:00' in the demo town hall's zone (its municipality's), for the
    console line (in English, like every console line, whatever locale Qt set for the process)."""
    from kiosk.services.catalogue import find_branch
    from kiosk.services.time_zone import branch_zone

    local = moment.astimezone(branch_zone(ctx, find_branch(ctx, settings.device.branch).id))
    return f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]} {local:%H:%M}"
