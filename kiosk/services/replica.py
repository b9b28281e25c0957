"""A terminal's side of sync: keep the local replica in step with the server.

The sync agent (kiosk/sync/agent.py) does the talking; these use cases do the storing. Rows
from the server are stored as they come (the server is right about everything it sent);
the replica's own writes wait in the outbox until the server took them. Each use case logs
local changes, so the screens redraw exactly as they do for their own writes. Which tables the
replica mirrors, and what change a stored row makes, is storage's (kiosk/storage/replica_store.py).

Personal data stays only as long as it is needed: appointments before today are dropped
(``drop_past``, at start, once a day and with every snapshot), and a counter forgets residents'
names and contact details when its clerk signs out (``forget_personal``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from kiosk.core.changes import Change, ChangeKind
from kiosk.services.context import Done, ServiceContext, Tx
from kiosk.services.counter_work import Called
from kiosk.storage import (
    call_store,
    catalogue_store,
    help_store,
    replica_store,
    sync_store,
    ticket_store,
)
from kiosk.storage.sync_store import NumberBlock, OutboxItem
from kiosk.sync.protocol import FeedChange

CURSOR_KEY = "cursor"


def saved_cursor(ctx: ServiceContext) -> int | None:
    """The server's feed position this replica reached; None before the first snapshot."""
    with ctx.db.read() as conn:
        value = sync_store.get_state(conn, CURSOR_KEY)
    return None if value is None else int(value)


def apply_snapshot(
    ctx: ServiceContext, branch_id: str, rows: Mapping[str, list[dict[str, Any]]], cursor: int
) -> Done[int]:
    """Store a full snapshot of the branch and the cursor to go on from. Returns rows stored."""
    with ctx.db.write() as conn:
        stored = replica_store.replace_snapshot(conn, branch_id, rows)
        _drop_past(ctx, conn, branch_id)  # the snapshot has yesterday's: tickets need them
        sync_store.set_state(conn, CURSOR_KEY, str(cursor))
        ctx.forget_cached()
        changes = ctx.commit_changes(
            conn,
            [
                Change(ChangeKind.CATALOGUE, branch_id, branch_id),
                *(Change(ChangeKind.COUNTER, c, branch_id) for c in stored.counter_ids),
                Change(ChangeKind.TICKET, "*", branch_id),
                Change(ChangeKind.CALL, "*", branch_id),
                Change(ChangeKind.APPOINTMENT, "*", branch_id),
                Change(ChangeKind.HELP, "*", branch_id),
            ],
        )
    return Done(stored.rows, changes)


@dataclass(frozen=True, slots=True)
class FeedApplied:
    #: A catalogue change came by: the terminal should read a fresh snapshot.
    needs_snapshot: bool
    stored: int


def apply_feed(
    ctx: ServiceContext, branch_id: str, entries: Sequence[FeedChange], cursor: int
) -> Done[FeedApplied]:
    """Store a feed page (entries in order, each with its row) and move the cursor."""
    changes: list[Change] = []
    needs_snapshot = False
    with ctx.db.write() as conn:
        for e in entries:
            if e.record is None:
                needs_snapshot = True
                continue
            if e.row is None:  # gone on the server since: nothing to store
                continue
            kind = replica_store.apply_feed_change(conn, e.record, e.row)
            changes.append(Change(kind, e.id, branch_id))
        if any(c.kind is ChangeKind.APPOINTMENT for c in changes):
            _drop_past(ctx, conn, branch_id)  # yesterday's no-show, marked this morning
        sync_store.set_state(conn, CURSOR_KEY, str(cursor))
        logged = ctx.commit_changes(conn, changes)
    _forget_pace_if_desks_moved(ctx, changes)
    return Done(FeedApplied(needs_snapshot, len(changes)), logged)


def apply_rows(
    ctx: ServiceContext, branch_id: str, rows: Mapping[str, list[dict[str, Any]]]
) -> Done[int]:
    """Store rows the server sent back with an answer (a counter's call), at once, without
    waiting for the feed to bring them."""
    with ctx.db.write() as conn:
        stored = replica_store.store_answer(conn, rows)
        changes = [Change(s.kind, s.id, branch_id) for s in stored]
        logged = ctx.commit_changes(conn, changes)
    _forget_pace_if_desks_moved(ctx, changes)
    return Done(len(changes), logged)


def _forget_pace_if_desks_moved(ctx: ServiceContext, changes: Sequence[Change]) -> None:
    """A desk opened or closed (a clerk, or the server for a console gone silent): this
    terminal's waiting estimates use the new number of open counters at once, as the server's
    do, instead of the figure it cached a few seconds ago."""
    if any(c.kind is ChangeKind.COUNTER for c in changes):
        ctx.forget_cached()


# --- personal data --------------------------------------------------------------------------


def _drop_past(ctx: ServiceContext, conn: Tx, branch_id: str) -> int:
    today = ctx.local_day(conn, branch_id, ctx.clock.now())
    midnight = datetime.combine(today, time.min, tzinfo=ctx.zone(conn, branch_id))
    return replica_store.drop_appointments_before(conn, midnight)


def drop_past(ctx: ServiceContext, branch_id: str) -> Done[int]:
    """Delete the replica's appointments of days gone by (a terminal needs today's and later
    ones only). Returns how many went."""
    with ctx.db.write() as conn:
        gone = _drop_past(ctx, conn, branch_id)
        changes = [Change(ChangeKind.APPOINTMENT, "*", branch_id)] if gone else []
        return Done(gone, ctx.commit_changes(conn, changes))


def forget_personal(ctx: ServiceContext, branch_id: str) -> Done[int]:
    """Blank residents' names, contact details, birth dates and real references in the replica
    (the clerk signed out, or the terminal starts with nobody signed in). Returns how many
    appointments held any."""
    with ctx.db.write() as conn:
        forgot = replica_store.blank_personal(conn)
        changes = [Change(ChangeKind.APPOINTMENT, "*", branch_id)] if forgot else []
        return Done(forgot, ctx.commit_changes(conn, changes))


# --- numbers --------------------------------------------------------------------------------


def letters_of_branch(ctx: ServiceContext, branch_id: str) -> list[str]:
    with ctx.db.read() as conn:
        return sorted({s.letter for s in catalogue_store.services_of_branch(conn, branch_id)})


def local_today(ctx: ServiceContext, branch_id: str) -> date:
    with ctx.db.read() as conn:
        return ctx.local_day(conn, branch_id, ctx.clock.now())


def numbers_to_lease(
    ctx: ServiceContext, branch_id: str, days: Iterable[date], reserve: int
) -> list[tuple[date, str, int]]:
    """(day, letter, how many short of ``reserve``) for every letter of the branch."""
    letters = letters_of_branch(ctx, branch_id)
    out = []
    with ctx.db.read() as conn:
        for day in days:
            for letter in letters:
                short = reserve - sync_store.unused_numbers(conn, branch_id, day, letter)
                if short > 0:
                    out.append((day, letter, short))
    return out


def keep_lease(ctx: ServiceContext, block: NumberBlock) -> None:
    with ctx.db.write() as conn:
        sync_store.add_block(conn, block, ctx.clock.now())
        sync_store.forget_blocks_before(conn, block.day - timedelta(days=2))


# --- outbox ---------------------------------------------------------------------------------


def pending(ctx: ServiceContext, limit: int = 200) -> list[OutboxItem]:
    with ctx.db.read() as conn:
        return sync_store.outbox_items(conn, limit)


def delivered(ctx: ServiceContext, ids: Iterable[str]) -> None:
    with ctx.db.write() as conn:
        sync_store.drop_from_outbox(conn, ids)


def pending_count(ctx: ServiceContext) -> int:
    with ctx.db.read() as conn:
        return sync_store.outbox_size(conn)


def desk_result(ctx: ServiceContext, answer: Mapping[str, Any]) -> Any:
    """What a counter action returned on the server, read back from the replica (which just
    stored the rows of the answer)."""
    with ctx.db.read() as conn:
        kind = answer["result"]
        if kind == "called":
            finished = answer.get("finished_id")
            return Called(
                ticket=ticket_store.ticket(conn, answer["ticket_id"]),
                call=call_store.call_by_id(conn, answer["call_id"]),
                finished=ticket_store.ticket(conn, finished) if finished else None,
            )
        if kind == "ticket":
            return ticket_store.ticket(conn, answer["ticket_id"])
        if kind == "counter":
            return catalogue_store.counter(conn, answer["counter_id"])
        if kind == "help":
            return help_store.help_request(conn, answer["help_request_id"])
        return None
