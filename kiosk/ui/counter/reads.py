"""What the queue screen reads in one background step. Runs on the db lane, never on the GUI.

There is no service for "today's no-shows" yet, so ``no_shows_today`` reads them through the
storage functions inside a read-only transaction (``ctx.db.read()``). Everything else comes from
the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.core.model import PrinterAlert, Ticket, TicketState
from kiosk.services.context import ServiceContext
from kiosk.services.counter_work import CounterView, counter_view
from kiosk.services.printer_alerts import open_printer_alerts
from kiosk.storage import queue_store as store

#: The no-show list shows this many, newest first: older ones cannot come back anyway.
NO_SHOW_LIMIT = 20


def no_shows_today(ctx: ServiceContext, branch_id: str) -> tuple[Ticket, ...]:
    """The branch's no-show tickets of the local day, newest first (read only)."""
    with ctx.db.read() as conn:
        day = ctx.local_day(conn, branch_id, ctx.clock.now())
        gone = [
            t
            for t in store.tickets_of_day(conn, branch_id, day)
            if t.state == TicketState.NO_SHOW and t.no_show_at is not None
        ]
    gone.sort(key=lambda t: t.no_show_at or t.issued_at, reverse=True)
    return tuple(gone[:NO_SHOW_LIMIT])


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One consistent-enough picture for the queue screen, read together."""

    view: CounterView | None  # None: not read this time (only the alerts changed)
    no_shows: tuple[Ticket, ...] | None
    alerts: tuple[PrinterAlert, ...] | None  # None: not read this time
    now: datetime


def read_snapshot(
    ctx: ServiceContext, branch_id: str, counter_id: str, *, queue: bool, alerts: bool
) -> Snapshot:
    """Read what changed: the queue part, the printer alerts, or both."""
    view = counter_view(ctx, counter_id) if queue else None
    gone = no_shows_today(ctx, branch_id) if queue else None
    found = tuple(open_printer_alerts(ctx, branch_id)) if alerts else None
    return Snapshot(view, gone, found, ctx.clock.now())
