"""The server's side of sync: snapshots, feed pages, pushes from terminals, number leases.

Rules (see README, "Sync"):
- A push is a list of outbox items, applied in order. Each has a natural id (a ticket's id, an
  alert's id, a help request's id) or is idempotent by nature (printed, printer fine again), so
  an item pushed twice is stored once, and a batch retried after a lost answer changes nothing
  the second time.
- A pushed ticket must carry a number from a block leased to the pushing device for that
  branch, day and letter: a kiosk can never take a number another kiosk or the server gives.
- The server is the only place a ticket is called: counters act through it, so two counters
  calling one ticket cannot both win (the loser is told; ``call_next`` moves on by itself).
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import StatementError

from kiosk.core.appointments import Appointment, AppointmentState
from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import (
    Call,
    Device,
    DeviceRole,
    HelpRequest,
    PrinterAlert,
    Ticket,
    TicketState,
)
from kiosk.services.check_in import code_keyer
from kiosk.services.context import Done, ServiceContext
from kiosk.services.counter_work import Called
from kiosk.storage import appointment_store as astore
from kiosk.storage import help_store, sync_store
from kiosk.storage import queue_store as store
from kiosk.storage import tables as tb
from kiosk.storage.errors import NotFound
from kiosk.storage.rows import call_values, ticket_values
from kiosk.storage.sync_store import NumberBlock
from kiosk.storage.wire import Audience, decode_row, encode_row, rows_for_audience

log = logging.getLogger(__name__)

#: Roles that hand out tickets and so may lease numbers and push tickets.
ISSUING_ROLES = frozenset({DeviceRole.KIOSK, DeviceRole.VOLUNTEER})
MAX_LEASE = 1000


class PushStatus(enum.StrEnum):
    STORED = "stored"
    DUPLICATE = "duplicate"  # pushed before: nothing changed
    REJECTED = "rejected"  # can never be stored (the terminal logs it and drops it)
    #: Needs a record that has not arrived yet (pushes came out of order): send it again.
    LATER = "later"


@dataclass(frozen=True, slots=True)
class PushResult:
    id: str
    status: PushStatus
    reason: str = ""


@dataclass(frozen=True, slots=True)
class PushItem:
    id: str
    kind: str
    payload: dict[str, Any]


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
        letters = {s.letter for s in store.services_of_branch(conn, device.branch_id)}
        if letter not in letters:
            raise LeaseRefused("letter")
        return sync_store.lease_numbers(
            conn, device.branch_id, day, letter, device.id, count, ctx.clock.now()
        )


def accept_pushes(
    ctx: ServiceContext, device: Device, items: Sequence[PushItem]
) -> Done[list[PushResult]]:
    """Store a terminal's outbox items in order, in one transaction; each item on its own
    savepoint, so one bad item does not cost the others."""
    results: list[PushResult] = []
    changes: list[Change] = []
    with ctx.db.write() as conn:
        for item in items:
            savepoint = conn.begin_nested()
            try:
                status, reason, changed = _apply(ctx, conn, device, item)
            except (KeyError, ValueError, TypeError, StatementError, NotFound) as exc:
                savepoint.rollback()
                log.error("push %s (%s) from %s refused: %r", item.id, item.kind, device.id, exc)
                results.append(PushResult(item.id, PushStatus.REJECTED, "invalid"))
                continue
            savepoint.commit()
            results.append(PushResult(item.id, status, reason))
            changes += changed
        logged = ctx.commit_changes(conn, changes)
    return Done(results, logged)


def _apply(
    ctx: ServiceContext, conn: Connection, device: Device, item: PushItem
) -> tuple[PushStatus, str, list[Change]]:
    branch = device.branch_id
    if item.kind == "ticket":
        if device.role not in ISSUING_ROLES:
            return PushStatus.REJECTED, "role", []
        row = decode_row(tb.tickets, item.payload)
        if row["branch_id"] != branch:
            return PushStatus.REJECTED, "branch", []
        if conn.execute(select(tb.tickets.c.id).where(tb.tickets.c.id == row["id"])).first():
            return PushStatus.DUPLICATE, "", []
        if row["state"] != TicketState.WAITING.value or str(row["token"]).startswith("~"):
            return PushStatus.REJECTED, "state", []
        appointment = None
        if row.get("appointment_id") is not None:
            status, reason, appointment = _appointment_for(conn, row, branch)
            if status is not PushStatus.STORED:
                return status, reason, []
        elif row.get("due_at") is not None:
            return PushStatus.REJECTED, "due_at without appointment", []
        elif store.offered_service(conn, branch, row["service_id"]) is None:
            return PushStatus.REJECTED, "service", []
        covered = sync_store.lease_covers(
            conn, device.id, branch, row["day"], row["letter"], row["number"]
        )
        if not covered:
            return PushStatus.REJECTED, "number", []
        conn.execute(insert(tb.tickets).values(**row))
        changes = [Change(ChangeKind.TICKET, row["id"], branch)]
        if appointment is not None:
            checked = replace(
                appointment,
                state=AppointmentState.CHECKED_IN,
                checked_in_at=row["issued_at"],
                ticket_id=row["id"],
                version=appointment.version + 1,
            )
            astore.save_appointment(conn, appointment, checked)
            changes.append(Change(ChangeKind.APPOINTMENT, appointment.id, branch))
        return PushStatus.STORED, "", changes
    if item.kind == "ticket_printed":
        try:
            before = store.ticket(conn, _text(item.payload, "ticket_id", 36))
        except NotFound:
            return PushStatus.LATER, "ticket not here yet", []
        if before.branch_id != branch:
            return PushStatus.REJECTED, "branch", []
        if before.printed:
            return PushStatus.DUPLICATE, "", []
        store.save_ticket(conn, before, replace(before, printed=True, version=before.version + 1))
        return PushStatus.STORED, "", [Change(ChangeKind.TICKET, before.id, branch)]
    if item.kind == "printer_problem":
        alert_id = _text(item.payload, "id", 36)
        exists = select(tb.printer_alerts.c.id).where(tb.printer_alerts.c.id == alert_id)
        if conn.execute(exists).first():
            return PushStatus.DUPLICATE, "", []
        store.insert_alert(
            conn,
            PrinterAlert(
                id=alert_id,
                branch_id=branch,
                device_id=device.id,
                device_name=device.name,
                problem=_text(item.payload, "problem", 40),
                at=_moment(item.payload, "at"),
            ),
        )
        return PushStatus.STORED, "", [Change(ChangeKind.PRINTER_ALERT, alert_id, branch)]
    if item.kind == "printer_ok":
        ids = store.resolve_alerts(conn, device.id, _moment(item.payload, "at"))
        return PushStatus.STORED, "", [Change(ChangeKind.PRINTER_ALERT, i, branch) for i in ids]
    if item.kind == "help_request":
        if device.role not in ISSUING_ROLES:
            return PushStatus.REJECTED, "role", []
        help_id = _text(item.payload, "id", 36)
        exists = select(tb.help_requests.c.id).where(tb.help_requests.c.id == help_id)
        if conn.execute(exists).first():
            return PushStatus.DUPLICATE, "", []
        help_store.insert_help(
            conn,
            HelpRequest(
                id=help_id,
                branch_id=branch,
                device_id=device.id,
                device_name=device.name[:120],
                asked_at=_moment(item.payload, "at"),
            ),
        )
        return PushStatus.STORED, "", [Change(ChangeKind.HELP, help_id, branch)]
    return PushStatus.REJECTED, "kind", []


def _appointment_for(
    conn: Connection, row: dict[str, Any], branch: str
) -> tuple[PushStatus, str, Appointment | None]:
    """The appointment a kiosk checked in with a pushed ticket, if the ticket may be stored:
    same branch and service, due at the appointment's start. The appointment is returned to be
    marked checked in only while BOOKED; if it was cancelled or checked in meanwhile, the
    ticket is stored anyway (the resident is here and must be served) and None returned."""
    try:
        a = astore.appointment(conn, row["appointment_id"])
    except NotFound:
        return PushStatus.LATER, "appointment not here yet", None
    if a.branch_id != branch or a.service_id != row["service_id"]:
        return PushStatus.REJECTED, "appointment elsewhere", None
    if row.get("due_at") != a.starts_at:
        return PushStatus.REJECTED, "due_at", None
    if a.state is not AppointmentState.BOOKED:
        return PushStatus.STORED, "", None  # the ticket is kept; the appointment stays as is
    return PushStatus.STORED, "", a


def _text(payload: dict[str, Any], key: str, max_length: int) -> str:
    value = payload[key]
    if not isinstance(value, str) or not 0 < len(value) <= max_length or "\x00" in value:
        raise ValueError(f"{key}: expected text of at most {max_length} characters")
    return value


def _moment(payload: dict[str, Any], key: str) -> datetime:
    value = payload[key]
    if not isinstance(value, str):
        raise ValueError(f"{key}: expected an ISO 8601 time")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError(f"{key}: time without offset")
    return moment


@dataclass(frozen=True, slots=True)
class Snapshot:
    cursor: int
    rows: dict[str, list[dict[str, Any]]]
    day: date


def snapshot(ctx: ServiceContext, branch_id: str, audience: Audience) -> Snapshot:
    """Everything a terminal of the branch mirrors, as ``audience`` may hold it, with the feed
    cursor to go on from."""
    with ctx.db.read() as conn:
        cursor = store.last_change_seq(conn)
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
        head = store.last_change_seq(conn)
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
            branch = store.counter(conn, counter_id).branch_id
            ctx.cached(("counter-branch", counter_id), lambda: branch)
            if (
                ticket_id is not None
                and store.ticket(conn, ticket_id).branch_id != device.branch_id
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
    return {
        "tickets": [encode_row(tb.tickets, ticket_values(t)) for t in tickets],
        "calls": [encode_row(tb.calls, call_values(c)) for c in calls],
    }


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

    def note(conn: Connection, changes: list[Change]) -> None:
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
