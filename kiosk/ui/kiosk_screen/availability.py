"""What the kiosk can do right now: ``opening.branch_now`` fed with a wait per service.

Qt-free, and it reads the database: call ``look`` on the db lane only (``terminal.tasks``).

The expected wait per service (it decides OPEN versus CLOSING) is estimated here from what the
waiting-room display reads (how many wait per service) and the catalogue (expected visit length,
counters that serve the service), with the queue's own formula. A stand-in: the use cases do not
offer "the expected wait per service at a branch" yet.
"""

from __future__ import annotations

from kiosk.core import estimate
from kiosk.services import catalogue, display, opening
from kiosk.services.context import ServiceContext
from kiosk.services.opening import BranchNow


def expected_waits(ctx: ServiceContext, branch_id: str) -> dict[str, int]:
    """Minutes a resident taking a ticket now would wait, per service id (absent: no line)."""
    board = display.display_board(ctx, branch_id, recent=1)
    counters = catalogue.branch_catalogue(ctx, branch_id).counters
    waits: dict[str, int] = {}
    for svc, waiting in board.waiting:
        if waiting <= 0:
            continue
        serving = sum(1 for c in counters if c.serves(svc.id))
        waits[svc.id] = estimate.estimate_wait_minutes(
            waiting, svc.expected_minutes * 60.0, serving
        )
    return waits


def look(ctx: ServiceContext, branch_id: str) -> BranchNow:
    """Every service of the municipality, and what this branch can do for it now."""
    return opening.branch_now(ctx, branch_id, expected_waits(ctx, branch_id))
