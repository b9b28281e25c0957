"""What the queue screen reads in one background step. Runs on the db lane, never on the GUI.

Everything comes from the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.core.model import PrinterAlert, Ticket
from kiosk.services.context import ServiceContext
from kiosk.services.counter_work import CounterView, counter_view, no_shows_today
from kiosk.services.printer_alerts import open_printer_alerts

#: The no-show list shows this many, newest first: older ones cannot come back anyway.
NO_SHOW_LIMIT = 20


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
    gone = tuple(no_shows_today(ctx, branch_id, NO_SHOW_LIMIT)) if queue else None
    found = tuple(open_printer_alerts(ctx, branch_id)) if alerts else None
    return Snapshot(view, gone, found, ctx.clock.now())
