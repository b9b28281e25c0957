"""What the queue screen reads in one background step. Runs on the db lane, never on the GUI.

Everything comes from the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.core.model import PrinterAlert, Service, Ticket
from kiosk.services.catalogue import BranchCatalogue, branch_catalogue, list_branches
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


@dataclass(frozen=True, slots=True)
class Catalogues:
    """Every branch with its services and counters, the counter's own branch first: what the
    appointment views need to offer "any branch" and to name branches and counters."""

    branches: tuple[BranchCatalogue, ...]

    def branch_names(self) -> dict[str, str]:
        return {c.branch.id: c.branch.name for c in self.branches}

    def counter_names(self) -> dict[str, str]:
        return {k.id: k.name for c in self.branches for k in c.counters}

    def services(self) -> list[Service]:
        """The own branch's services in its order, then those only other branches offer."""
        seen: dict[str, Service] = {}
        for c in self.branches:
            for s in c.services:
                seen.setdefault(s.id, s)
        return list(seen.values())

    def offering(self, service_id: str) -> list[str]:
        """Branches (own first) with a counter that serves ``service_id``."""
        return [
            c.branch.id
            for c in self.branches
            if c.service(service_id) is not None and any(k.serves(service_id) for k in c.counters)
        ]


def read_catalogues(ctx: ServiceContext, own_branch_id: str) -> Catalogues:
    found = [branch_catalogue(ctx, b.id) for b in list_branches(ctx)]
    found.sort(key=lambda c: c.branch.id != own_branch_id)  # stable: the own branch first
    return Catalogues(tuple(found))
