"""The server's side of sync: snapshots, feed pages, number leases, counters' requests.

Rules (see README, "Sync"):
- Pushes from terminals are kiosk.services.sync_push. A pushed ticket must carry a number from
  a block leased to the pushing device for that branch, day and letter: a kiosk can never take
  a number another kiosk or the server gives.
- The server is the only place a ticket is called: counters act through it, so two counters
  calling one ticket cannot both win (the loser is told; ``call_next`` moves on by itself).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import (
    Call,
    Device,
    DeviceRole,
    Ticket,
)
from kiosk.services.check_in import code_keyer
from kiosk.services.context import ServiceContext, Tx
from kiosk.services.counter_work import Called
from kiosk.storage import catalogue_store, change_log_store, sync_store, ticket_store
from kiosk.storage.sync_store import NumberBlock
from kiosk.storage.wire import Audience, rows_for_audience

log = logging.getLogger(__name__)

#: Roles that hand out tickets and so may lease numbers and push tickets.
ISSUING_ROLES = frozenset({DeviceRole.KIOSK, DeviceRole.VOLUNTEER})
MAX_LEASE = 1000


class LeaseRefused(Exception):
    log_message = "number lease refused"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def lease_numbers(
    ctx: ServiceContext, device: Device, day: date, letter: str, count: int
) -> NumberBlock:
    """Reserve ``count`` numbers for a kiosk. Only for today and the next few days, and only
    letters of services its branch offers."""
    if device.role not in ISSUING_ROLES:
        raise LeaseRefused("role")
    if not 1 <= count <= MAX_LEASE:
        raise LeaseRefused("count")
    with ctx.db.write() as conn:
        today = ctx.local_day(conn, device.branch_id, ctx.clock.now())
        if not today - timedelta(days=1) <= day <= today + timedelta(days=2):
            raise LeaseRefused("day")
        letters = {s.letter for s in catalogue_store.services_of_branch(conn, device.branch_id)}
        if letter not in letters:
            raise LeaseRefused("letter")
        return sync_store.lease_numbers(
            conn, device.branch_id, day, letter, device.id, count, ctx.clock.now()
        )


@dataclass(frozen=True, slots=True)
class Snapshot:
    cursor: int
    rows: dict[str, list[dict[str, Any]]]
    day: date


def snapshot(ctx: ServiceContext, branch_id: str, audience: Audience) -> Snapshot:
    """Everything a terminal of the branch mirrors, as ``audience`` may hold it, with the feed
    cursor to go on from."""
    with ctx.db.read() as conn:
        cursor = change_log_store.last_change_seq(conn)
        today = ctx.local_day(conn, branch_id, ctx.clock.now())
        # Yesterday too: a ticket taken just before midnight is still on a counter's screen.
        rows = sync_store.snapshot_rows(conn, branch_id, today - timedelta(days=1))
    return Snapshot(cursor, rows_for_audience(rows, audience, code_keyer(ctx, audience)), today)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    seq: int
    kind: ChangeKind
    entity_id: str
    branch_id: str
    table: str | None
    row: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class FeedPage:
    cursor: int
    entries: list[FeedEntry]
    #: The terminal's cursor is beyond anything this server wrote (its database was replaced):
    #: the terminal must start again from a snapshot.
    reset: bool = False


def read_feed(ctx: ServiceContext, after: int, branch_id: str | None, limit: int = 500) -> FeedPage:
    """Changes after ``after``, each with the row it names as it is now.

    The cursor is the newest sequence number read, even when none of it concerns the branch,
    so the next read starts past it."""
    with ctx.db.read() as conn:
        head = change_log_store.last_change_seq(conn)
        changes = sync_store.feed_changes(conn, after, branch_id, limit)
        rows = sync_store.rows_of(conn, changes)
    entries = []
    for ch in changes:
        table = sync_store.table_of(ch.kind)
        row = rows.get(table, {}).get(ch.entity_id) if table else None
        entries.append(FeedEntry(ch.seq, ch.kind, ch.entity_id, ch.branch_id, table, row))
    if after > head:
        return FeedPage(head, [], reset=True)
    cursor = entries[-1].seq if len(entries) == limit else head
    return FeedPage(cursor, entries)


class OtherBranch(Exception):
    log_message = "a terminal reached into another branch"


def check_desk_request(
    ctx: ServiceContext, device: Device, counter_id: str, ticket_id: str | None
) -> None:
    """Raise NotFound for an unknown counter or ticket, OtherBranch when either belongs to
    another branch than the terminal's. A counter's branch never changes: it is remembered."""
    branch = ctx.cached_only(("counter-branch", counter_id))
    if branch is None or ticket_id is not None:
        with ctx.db.read() as conn:
            branch = catalogue_store.counter(conn, counter_id).branch_id
            ctx.cached(("counter-branch", counter_id), lambda: branch)
            if (
                ticket_id is not None
                and ticket_store.ticket(conn, ticket_id).branch_id != device.branch_id
            ):
                raise OtherBranch(ticket_id)
    if branch != device.branch_id:
        raise OtherBranch(counter_id)


def rows_of_result(
    ctx: ServiceContext, value: Any, changes: Sequence[Change]
) -> dict[str, list[dict[str, Any]]]:
    """The rows a counter action changed, for its answer: built from the action's own result
    when that holds all of them (a call, a ticket), else read back."""
    tickets: list[Ticket] = []
    calls: list[Call] = []
    if isinstance(value, Called):
        tickets = [value.ticket] + ([value.finished] if value.finished else [])
        calls = [value.call]
    elif isinstance(value, Ticket):
        tickets = [value]
    named = {(ChangeKind.TICKET, t.id) for t in tickets} | {(ChangeKind.CALL, c.id) for c in calls}
    if not tickets or any((c.kind, c.entity_id) not in named for c in changes):
        return rows_for(ctx, changes)
    return sync_store.records_of(tickets, calls)


def rows_for(ctx: ServiceContext, changes: Sequence[Change]) -> dict[str, list[dict[str, Any]]]:
    """The current rows ``changes`` name, per table (for an answer to a signed-in clerk)."""
    with ctx.db.read() as conn:
        found = sync_store.rows_of(conn, changes)
    rows = {table: list(rows.values()) for table, rows in found.items()}
    return rows_for_audience(rows, Audience.STAFF)


def audited(
    ctx: ServiceContext, device: Device, staff_id: str | None, action: str, detail: Any
) -> ServiceContext:
    """A copy of ``ctx`` whose writes also note who did what where (the audit log, read by
    managers), in the same transaction: an action is never stored without its audit line."""

    def note(conn: Tx, changes: list[Change]) -> None:
        tickets = [c.entity_id for c in changes if c.kind is ChangeKind.TICKET]
        sync_store.add_audit(
            conn,
            at=ctx.clock.now(),
            branch_id=device.branch_id,
            device_id=device.id,
            staff_id=staff_id,
            action=action,
            ticket_id=tickets[0] if tickets else None,
            detail=repr(detail)[:500],
        )

    return replace(ctx, after_write=note)
