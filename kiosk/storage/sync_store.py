"""Storage for sync: number leases, the outbox, replica state, feed pages and the audit log.

Server side: ``lease_numbers``, ``lease_time``, ``note_issuer``, ``issuer_of``,
``feed_changes``, ``rows_of``, ``snapshot_rows``, ``add_audit``. Replica side:
``take_leased_number``, ``unused_numbers``, ``add_block``, the outbox functions and
``get_state``/``set_state``. None of them commits.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import DBAPIError, IntegrityError, StatementError

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import Call, Ticket, new_id
from kiosk.storage import number_store
from kiosk.storage import tables as tb
from kiosk.storage.rows import call_values, ticket_values
from kiosk.storage.wire import encode_row

#: A value the database cannot take (wrong type, out of range, taken): the push is refused.
VALUE_ERRORS: tuple[type[Exception], ...] = (StatementError,)


def is_conflict(exc: BaseException) -> bool:
    """Whether the database refused a row because another one has its number or token."""
    return isinstance(exc, IntegrityError)


def error_kind(exc: BaseException) -> str:
    """The kind of a database error, for the log: never its text (that holds the row)."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return f"{type(exc).__name__}/{type(exc.orig).__name__}"
    return type(exc).__name__


# --- number leases ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NumberBlock:
    id: str
    branch_id: str
    day: date
    letter: str
    device_id: str
    first: int
    last: int


def lease_numbers(
    conn: Connection,
    branch_id: str,
    day: date,
    letter: str,
    device_id: str,
    count: int,
    now: datetime,
) -> NumberBlock:
    """Reserve ``count`` numbers of (branch, day, letter) for one device (server side).

    Takes them from the same counter as tickets issued on the server, so a leased number is
    never given by anyone else."""
    last = number_store.take_numbers(conn, branch_id, day, letter, count)
    block = NumberBlock(new_id(), branch_id, day, letter, device_id, last - count + 1, last)
    conn.execute(
        insert(tb.number_blocks).values(
            id=block.id,
            branch_id=branch_id,
            day=day,
            letter=letter,
            device_id=device_id,
            first=block.first,
            last=block.last,
            leased_at=now,
        )
    )
    return block


def lease_time(
    conn: Connection, device_id: str, branch_id: str, day: date, letter: str, number: int
) -> datetime | None:
    """When the block holding ``number`` was leased to the device; None: it never was."""
    b = tb.number_blocks.c
    found = conn.execute(
        select(b.leased_at)
        .where(
            b.device_id == device_id,
            b.branch_id == branch_id,
            b.day == day,
            b.letter == letter,
            b.first <= number,
            b.last >= number,
        )
        .limit(1)
    ).first()
    return None if found is None else found.leased_at


def insert_pushed_ticket(conn: Connection, t: Ticket) -> None:
    """Store a ticket a terminal pushed. Not ticket_store's fast path (on SQLite that runs on
    the driver): a number or token someone has is refused as SQLAlchemy's IntegrityError on
    every database, so the push answers it as a conflict."""
    conn.execute(insert(tb.tickets).values(**ticket_values(t)))


def note_issuer(conn: Connection, ticket_id: str, device_id: str) -> None:
    """Remember which terminal made a ticket (server side): only it may mark it printed."""
    conn.execute(insert(tb.ticket_issuers).values(ticket_id=ticket_id, device_id=device_id))


def issuer_of(conn: Connection, ticket_id: str) -> str | None:
    """The terminal that made the ticket; None for one the server made itself."""
    i = tb.ticket_issuers.c
    found = conn.execute(select(i.device_id).where(i.ticket_id == ticket_id)).scalar_one_or_none()
    return None if found is None else str(found)


def alert_known(conn: Connection, alert_id: str) -> bool:
    """Whether a printer alert with this id was stored, open or closed (a pushed one again)."""
    a = tb.printer_alerts.c
    return conn.execute(select(a.id).where(a.id == alert_id)).first() is not None


def add_block(conn: Connection, block: NumberBlock, now: datetime) -> None:
    """Keep a lease in a replica (``used`` starts empty)."""
    conn.execute(
        insert(tb.number_blocks).values(
            id=block.id,
            branch_id=block.branch_id,
            day=block.day,
            letter=block.letter,
            device_id=block.device_id,
            first=block.first,
            last=block.last,
            leased_at=now,
        )
    )


def _open_blocks(conn: Connection, branch_id: str, day: date, letter: str) -> Any:
    b = tb.number_blocks.c
    return (
        select(tb.number_blocks)
        .where(
            b.branch_id == branch_id,
            b.day == day,
            b.letter == letter,
            or_(b.used.is_(None), b.used < b.last),
        )
        .order_by(b.first)
    )


def take_leased_number(conn: Connection, branch_id: str, day: date, letter: str) -> int | None:
    """The next unused leased number (replica side), or None when every lease is used up."""
    row = conn.execute(_open_blocks(conn, branch_id, day, letter).limit(1)).mappings().first()
    if row is None:
        return None
    number = row["first"] if row["used"] is None else row["used"] + 1
    conn.execute(
        update(tb.number_blocks).where(tb.number_blocks.c.id == row["id"]).values(used=number)
    )
    return int(number)


def unused_numbers(conn: Connection, branch_id: str, day: date, letter: str) -> int:
    rows = conn.execute(_open_blocks(conn, branch_id, day, letter)).mappings()
    return sum(r["last"] - (r["first"] - 1 if r["used"] is None else r["used"]) for r in rows)


def forget_blocks_before(conn: Connection, day: date) -> None:
    conn.execute(delete(tb.number_blocks).where(tb.number_blocks.c.day < day))


# --- outbox (replica) -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutboxItem:
    seq: int
    id: str
    kind: str
    payload: dict[str, Any]


def add_to_outbox(conn: Connection, kind: str, payload: dict[str, Any], now: datetime) -> str:
    item_id = new_id()
    conn.execute(
        insert(tb.outbox).values(
            id=item_id, kind=kind, payload=json.dumps(payload, sort_keys=True), created_at=now
        )
    )
    return item_id


def outbox_items(conn: Connection, limit: int = 200) -> list[OutboxItem]:
    o = tb.outbox.c
    rows = conn.execute(select(tb.outbox).order_by(o.seq).limit(limit)).mappings()
    return [OutboxItem(r["seq"], r["id"], r["kind"], json.loads(r["payload"])) for r in rows]


def drop_from_outbox(conn: Connection, ids: Iterable[str]) -> None:
    ids = list(ids)
    if ids:
        conn.execute(delete(tb.outbox).where(tb.outbox.c.id.in_(ids)))


def outbox_size(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(tb.outbox)).scalar_one())


def get_state(conn: Connection, key: str) -> str | None:
    value = conn.execute(
        select(tb.sync_state.c.value).where(tb.sync_state.c.key == key)
    ).scalar_one_or_none()
    return None if value is None else str(value)


def set_state(conn: Connection, key: str, value: str) -> None:
    stmt = sqlite.insert(tb.sync_state).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def kept_secret(conn: Connection, key: str, new_value: str) -> str:
    """The server's value under ``key``, storing ``new_value`` first if there is none. Server
    processes that race each store theirs; one wins, and all return the winner's."""
    found = get_state(conn, key)
    if found is not None:
        return found
    try:
        with conn.begin_nested():
            conn.execute(insert(tb.sync_state).values(key=key, value=new_value))
    except IntegrityError:
        pass  # another process was first
    stored = get_state(conn, key)
    assert stored is not None
    return stored


# --- feed pages (server) --------------------------------------------------------------------

_KIND_TABLE = {
    ChangeKind.TICKET: tb.tickets,
    ChangeKind.CALL: tb.calls,
    ChangeKind.COUNTER: tb.counters,
    ChangeKind.PRINTER_ALERT: tb.printer_alerts,
    ChangeKind.APPOINTMENT: tb.appointments,
    ChangeKind.HELP: tb.help_requests,
}


def table_of(kind: ChangeKind) -> str | None:
    """The table whose row a change of ``kind`` names (None: the catalogue as a whole)."""
    table = _KIND_TABLE.get(kind)
    return None if table is None else table.name


def feed_changes(
    conn: Connection, after_seq: int, branch_id: str | None = None, limit: int = 500
) -> Sequence[Change]:
    """Changes after ``after_seq``, oldest first, of one branch (or all)."""
    c = tb.change_log.c
    where = [c.seq > after_seq]
    if branch_id is not None:
        where.append(c.branch_id == branch_id)
    rows = conn.execute(select(tb.change_log).where(and_(*where)).order_by(c.seq).limit(limit))
    return [Change(ChangeKind(r.kind), r.entity_id, r.branch_id, int(r.seq)) for r in rows]


def rows_of(conn: Connection, changes: Sequence[Change]) -> dict[str, dict[str, dict[str, Any]]]:
    """The current rows the changes name, encoded: ``{table: {entity id: row}}``.

    Catalogue changes carry no rows: a terminal that sees one reads a fresh snapshot."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    wanted: dict[ChangeKind, set[str]] = {}
    for ch in changes:
        if ch.kind in _KIND_TABLE:
            wanted.setdefault(ch.kind, set()).add(ch.entity_id)
    for kind, ids in wanted.items():
        table = _KIND_TABLE[kind]
        found = out.setdefault(table.name, {})
        for chunk in _chunks(sorted(ids), 500):
            for r in conn.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                found[r["id"]] = encode_row(table, r)
    return out


def records_of(tickets: Sequence[Ticket], calls: Sequence[Call]) -> dict[str, list[dict[str, Any]]]:
    """Tickets and calls as a counter's answer carries them (tickets without their token)."""
    return {
        tb.tickets.name: [encode_row(tb.tickets, ticket_values(t)) for t in tickets],
        tb.calls.name: [encode_row(tb.calls, call_values(c)) for c in calls],
    }


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def snapshot_rows(
    conn: Connection, branch_id: str, since_day: date, recent_calls: int = 200
) -> dict[str, list[dict[str, Any]]]:
    """What a terminal of ``branch_id`` mirrors: the catalogue with every branch's opening
    hours, its branch's tickets and appointments from ``since_day`` on, its newest calls and
    its open printer alerts and help requests. Personal data is in it: shape it for the terminal
    (wire.rows_for_audience)."""
    branch = conn.execute(select(tb.branches).where(tb.branches.c.id == branch_id)).mappings().one()
    counters = list(
        conn.execute(select(tb.counters).where(tb.counters.c.branch_id == branch_id)).mappings()
    )
    counter_ids = [c["id"] for c in counters]
    t, k, p = tb.tickets.c, tb.calls.c, tb.printer_alerts.c
    queries = {
        tb.municipalities: select(tb.municipalities).where(
            tb.municipalities.c.id == branch["municipality_id"]
        ),
        tb.branches: select(tb.branches),
        tb.services: select(tb.services),
        tb.service_texts: select(tb.service_texts),
        tb.branch_services: select(tb.branch_services),
        tb.opening_hours: select(tb.opening_hours),
        tb.day_changes: select(tb.day_changes).where(
            tb.day_changes.c.day >= since_day - timedelta(days=7)
        ),
        tb.extra_sessions: select(tb.extra_sessions),
        tb.session_services: select(tb.session_services),
        # From the start of since_day in UTC terms, a few hours early: cheap and enough.
        tb.appointments: select(tb.appointments).where(
            tb.appointments.c.branch_id == branch_id,
            tb.appointments.c.starts_at
            >= datetime.combine(since_day, datetime.min.time(), tzinfo=UTC) - timedelta(hours=14),
        ),
        tb.counter_skills: select(tb.counter_skills).where(
            tb.counter_skills.c.counter_id.in_(counter_ids)
        ),
        tb.tickets: select(tb.tickets).where(t.branch_id == branch_id, t.day >= since_day),
        tb.calls: select(tb.calls)
        .where(k.branch_id == branch_id)
        .order_by(k.seq.desc())
        .limit(recent_calls),
        tb.printer_alerts: select(tb.printer_alerts).where(
            p.branch_id == branch_id, p.resolved_at.is_(None)
        ),
        # Unanswered ones lapse within minutes (core.help_rules) and are never closed by a
        # write: without a bound on the day the snapshot would carry every one ever asked.
        tb.help_requests: select(tb.help_requests).where(
            tb.help_requests.c.branch_id == branch_id,
            tb.help_requests.c.answered_at.is_(None),
            tb.help_requests.c.asked_at
            >= datetime.combine(since_day, datetime.min.time(), tzinfo=UTC) - timedelta(hours=14),
        ),
    }
    out: dict[str, list[dict[str, Any]]] = {
        "counters": [encode_row(tb.counters, c) for c in counters]
    }
    for table, query in queries.items():
        out[table.name] = [encode_row(table, r) for r in conn.execute(query).mappings()]
    return out


# --- audit ----------------------------------------------------------------------------------


def add_audit(
    conn: Connection,
    *,
    at: datetime,
    branch_id: str | None,
    device_id: str | None,
    action: str,
    staff_id: str | None = None,
    ticket_id: str | None = None,
    detail: str = "",
    actor: str | None = None,
) -> None:
    """``actor``: who ran an admin command (their OS user); a clerk is ``staff_id``."""
    conn.execute(
        insert(tb.audit_log).values(
            id=new_id(),
            at=at,
            branch_id=branch_id,
            device_id=device_id,
            staff_id=staff_id,
            actor=actor,
            action=action,
            ticket_id=ticket_id,
            detail=detail,
        )
    )
