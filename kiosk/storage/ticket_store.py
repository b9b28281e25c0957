"""Tickets and the lines they wait in, over the use case's transaction (none of these commits).

Writes to a ticket check its ``version`` (optimistic locking): when two counters race for one
ticket, the loser gets ConcurrentChange and calls the next one instead.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, bindparam, func, insert, select, text, union_all, update
from sqlalchemy.sql import Select

from kiosk.core.model import AT_COUNTER_STATES, Counter, Ticket, TicketState
from kiosk.storage import tables as tb
from kiosk.storage.errors import ConcurrentChange
from kiosk.storage.prepared import Prepared
from kiosk.storage.row_mapper import one_row
from kiosk.storage.rows import ticket_from_row, ticket_values
from kiosk.storage.unit_of_work import Tx

# Hot statements are built once with bind parameters: building a statement and its cache key
# costs more than running it on SQLite, and these run for every ticket and every call.
_T = tb.tickets.c
_INSERT_TICKET: Prepared | None = None  # built on first use: needs the full column list
_SAVE_TICKET = update(tb.tickets).where(
    _T.id == bindparam("b_id"), _T.version == bindparam("b_version")
)
_SELECT_TICKET = select(tb.tickets).where(_T.id == bindparam("id"))
_LINE: dict[int, Any] = {}  # line_heads' statement per number of services


def _head_probes(n_services: int) -> list[Select[Any]]:
    """The heads of 2 x n lines: LIMIT 1 index probes (each walks ix_tickets_line)."""
    parts = []
    for i in range(n_services):
        for prio in (True, False):
            probe = (
                select(tb.tickets)
                .where(
                    _T.branch_id == bindparam("branch_id"),
                    _T.day == bindparam("day"),
                    _T.in_line.is_(True),
                    _T.service_id == bindparam(f"s{i}"),
                    _T.is_priority.is_(prio),
                    _T.target_counter_id.is_(None),
                    _T.due_at.is_(None),
                )
                .order_by(_T.arrived_at, _T.number)
                .limit(1)
                .subquery()
            )
            parts.append(select(probe))
    return parts


# Every appointment ticket in line today (a few dozen at most; the partial ix_tickets_due).
# Pitfall: a database uses a partial index only when the query repeats its condition word for
# word: "in_line IS true" (PostgreSQL) or "in_line = 1" (SQLite) made both scan the whole line,
# so call-next cost grew with the line (6 ms a call at 50,000 waiting on PostgreSQL).
_DUE = select(tb.tickets).where(
    _T.branch_id == bindparam("branch_id"),
    _T.day == bindparam("day"),
    _T.due_at.is_not(None),
    text("tickets.in_line"),
)
_TARGETED = select(tb.tickets).where(
    _T.target_counter_id == bindparam("counter_id"),
    _T.day == bindparam("day"),
    _T.in_line.is_(True),
)
_AT_COUNTER = (
    select(tb.tickets)
    .where(
        _T.counter_id == bindparam("counter_id"),
        _T.state.in_([s.value for s in AT_COUNTER_STATES]),
    )
    .order_by(_T.called_at)
)
_COUNT_LINE_STMT = select(func.count()).where(
    _T.branch_id == bindparam("branch_id"),
    _T.day == bindparam("day"),
    _T.in_line.is_(True),
    _T.service_id == bindparam("service_id"),
)
_COUNT_LINE = Prepared(_COUNT_LINE_STMT)
_COUNT_LINE_PRIO = Prepared(_COUNT_LINE_STMT.where(_T.is_priority.is_(True)))
_COUNT_LINE_AGED = Prepared(
    _COUNT_LINE_STMT.where(_T.is_priority.is_(False), _T.arrived_at <= bindparam("before"))
)
_RECENT_VISITS = (
    select(_T.serving_at, _T.done_at)
    .where(
        _T.branch_id == bindparam("branch_id"),
        _T.service_id == bindparam("service_id"),
        _T.state == TicketState.DONE.value,
        _T.done_at >= bindparam("since"),
    )
    .order_by(_T.done_at.desc())
    .limit(bindparam("limit"))
)


def insert_ticket(conn: Tx, t: Ticket) -> None:
    global _INSERT_TICKET
    values = ticket_values(t)
    if _INSERT_TICKET is None:
        _INSERT_TICKET = Prepared(insert(tb.tickets), list(values))
    _INSERT_TICKET.first(conn, values)


def save_ticket(conn: Tx, before: Ticket, after: Ticket) -> None:
    """Store ``after`` if the row still has ``before``'s version; else ConcurrentChange."""
    params = ticket_values(after)
    del params["id"]
    params["b_id"] = before.id
    params["b_version"] = before.version
    res = conn.execute(_SAVE_TICKET, params)
    if res.rowcount != 1:
        raise ConcurrentChange(before.id)


def ticket(conn: Tx, ticket_id: str) -> Ticket:
    return ticket_from_row(one_row(conn, _SELECT_TICKET, "ticket", ticket_id, {"id": ticket_id}))


def ticket_by_token(conn: Tx, token: str) -> Ticket:
    q = select(tb.tickets).where(tb.tickets.c.token == token)
    return ticket_from_row(one_row(conn, q, "ticket", token))


def line_heads(conn: Tx, counter: Counter, day: date) -> list[Ticket]:
    """Heads of every line ``counter`` may call from on ``day``: per service and priority
    class, the first arrived, plus tickets sent to this very counter, plus every checked-in
    appointment of a service it serves (see queueing.queue_heads). One statement: the line
    heads, the appointments and the tickets sent here (each part an index probe).

    Pitfall: lines are per day. A ticket left waiting at closing time is not called tomorrow
    (its number is given out again tomorrow)."""
    params: dict[str, Any] = {"branch_id": counter.branch_id, "day": day, "counter_id": counter.id}
    for i, skill in enumerate(counter.skills):
        params[f"s{i}"] = skill.service_id
    heads: list[Ticket] = []
    due: list[Ticket] = []
    sent_here: dict[str, Ticket] = {}  # an appointment sent here comes in two parts
    for t in map(ticket_from_row, conn.execute(_line_statement(len(counter.skills)), params)):
        if t.target_counter_id == counter.id:
            sent_here[t.id] = t
        elif t.target_counter_id is not None:
            continue  # an appointment sent to another counter
        elif t.due_at is None:
            heads.append(t)
        elif counter.serves(t.service_id):
            due.append(t)
    return heads + due + list(sent_here.values())


def _line_statement(n_services: int) -> Any:
    found = _LINE.get(n_services)
    if found is None:
        parts: list[Any] = [_TARGETED]
        if n_services:
            parts[:0] = [*_head_probes(n_services), _DUE]
        found = _LINE[n_services] = union_all(*parts)
    return found


def waiting_tickets(conn: Tx, branch_id: str, day: date) -> list[Ticket]:
    """Every ticket in line in the branch on ``day``, first arrived first."""
    t = tb.tickets.c
    rows = conn.execute(
        select(tb.tickets)
        .where(t.branch_id == branch_id, t.day == day, t.in_line.is_(True))
        .order_by(t.arrived_at, t.number)
    )
    return [ticket_from_row(r) for r in rows]


def waiting_of_service(conn: Tx, branch_id: str, service_id: str, day: date) -> list[Ticket]:
    t = tb.tickets.c
    rows = conn.execute(
        select(tb.tickets).where(
            t.branch_id == branch_id,
            t.day == day,
            t.in_line.is_(True),
            t.service_id == service_id,
        )
    )
    return [ticket_from_row(r) for r in rows]


def tickets_at_counter(conn: Tx, counter_id: str) -> list[Ticket]:
    """Tickets with this counter: called, being served or parked."""
    return [ticket_from_row(r) for r in conn.execute(_AT_COUNTER, {"counter_id": counter_id})]


def tickets_of_day(conn: Tx, branch_id: str, day: date) -> list[Ticket]:
    t = tb.tickets.c
    rows = conn.execute(select(tb.tickets).where(t.branch_id == branch_id, t.day == day))
    return [ticket_from_row(r) for r in rows]


def waiting_counts(conn: Tx, branch_id: str, day: date) -> dict[str, int]:
    t = tb.tickets.c
    rows = conn.execute(
        select(t.service_id, func.count())
        .where(t.branch_id == branch_id, t.day == day, t.in_line.is_(True))
        .group_by(t.service_id)
    )
    return {r[0]: int(r[1]) for r in rows}


def state_counts(
    conn: Tx, branch_id: str, day: date, counter_id: str | None = None
) -> dict[TicketState, int]:
    t = tb.tickets.c
    conds = [t.branch_id == branch_id, t.day == day]
    if counter_id is not None:
        conds.append(t.counter_id == counter_id)
    rows = conn.execute(select(t.state, func.count()).where(and_(*conds)).group_by(t.state))
    return {TicketState(r[0]): int(r[1]) for r in rows}


def recent_visits(
    conn: Tx, branch_id: str, service_id: str, since: datetime, limit: int = 10
) -> list[tuple[datetime, datetime]]:
    """(serving_at, done_at) of the latest finished visits for a service since ``since``."""
    params = {"branch_id": branch_id, "service_id": service_id, "since": since, "limit": limit}
    rows = conn.execute(_RECENT_VISITS, params)
    return [(r[0], r[1]) for r in rows if r[0] is not None and r[1] is not None]


def count_in_line(
    conn: Tx,
    branch_id: str,
    service_id: str,
    day: date,
    *,
    priority_only: bool = False,
    normal_arrived_before: datetime | None = None,
) -> int:
    """How many wait in a service's line on ``day``: everyone, only the priority ones
    (``priority_only``), or only the normal ones that arrived before ``normal_arrived_before``."""
    params: dict[str, Any] = {"branch_id": branch_id, "service_id": service_id, "day": day}
    if normal_arrived_before is not None:
        stmt, params["before"] = _COUNT_LINE_AGED, normal_arrived_before
    else:
        stmt = _COUNT_LINE_PRIO if priority_only else _COUNT_LINE
    row = stmt.first(conn, params)
    return int(row[0]) if row is not None else 0


def no_shows_of_day(conn: Tx, branch_id: str, day: date, limit: int) -> list[Ticket]:
    """The branch's no-show tickets of ``day``, newest first."""
    rows = conn.execute(
        select(tb.tickets)
        .where(
            _T.branch_id == branch_id,
            _T.day == day,
            _T.state == TicketState.NO_SHOW.value,
        )
        .order_by(_T.no_show_at.desc())
        .limit(limit)
    )
    return [ticket_from_row(r) for r in rows]
