"""What the waiting-room display reads: calls by sequence, and how many wait per service.

The display reads calls *by cursor* (``calls_since``): every call made after the last one it saw,
in order. That is what guarantees that three counters calling in the same second all appear and
are all announced, instead of the newest overwriting the others.
No names ever: a call carries a ticket number and a counter, nothing about the resident.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.model import Call, Service
from kiosk.services.context import ServiceContext
from kiosk.storage import call_store, catalogue_store, ticket_store


@dataclass(frozen=True, slots=True)
class DisplayBoard:
    recent_calls: tuple[Call, ...]  # oldest first
    waiting: tuple[tuple[Service, int], ...]  # per service offered at the branch
    last_seq: int


def display_board(ctx: ServiceContext, branch_id: str, recent: int = 7) -> DisplayBoard:
    with ctx.db.read() as conn:
        calls = call_store.latest_calls(conn, branch_id, recent)
        day = ctx.local_day(conn, branch_id, ctx.clock.now())
        counts = ticket_store.waiting_counts(conn, branch_id, day)
        services = catalogue_store.services_of_branch(conn, branch_id)
        return DisplayBoard(
            recent_calls=tuple(calls),
            waiting=tuple((s, counts.get(s.id, 0)) for s in services),
            last_seq=calls[-1].seq if calls else 0,
        )


def calls_since(ctx: ServiceContext, branch_id: str, after_seq: int) -> list[Call]:
    with ctx.db.read() as conn:
        return call_store.calls_after(conn, branch_id, after_seq)
