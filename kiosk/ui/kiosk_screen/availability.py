"""What the kiosk can do right now: ``opening.branch_now`` fed with the expected wait per
service (``tickets.expected_waits``: the queue's real pace and open counters).

Qt-free, and it reads the database: call ``look`` on the db lane only (``terminal.tasks``).
"""

from __future__ import annotations

from kiosk.services import opening
from kiosk.services.context import ServiceContext
from kiosk.services.opening import BranchNow
from kiosk.services.tickets import expected_waits


def look(ctx: ServiceContext, branch_id: str) -> BranchNow:
    """Every service of the municipality, and what this branch can do for it now."""
    return opening.branch_now(ctx, branch_id, expected_waits(ctx, branch_id))
