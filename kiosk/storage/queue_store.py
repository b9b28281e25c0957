"""Queries and writes for the walk-in queue, over one SQLAlchemy Connection (one transaction).

The use cases in kiosk/services own the transaction; these functions never commit. Writes to a
ticket check its ``version`` (optimistic locking): when two counters race for one ticket, the
loser gets ConcurrentChange and calls the next one instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    and_,
    bindparam,
    func,
    insert,
    select,
    text,
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql import Select

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import (
    AT_COUNTER_STATES,
    Branch,
    Call,
    Counter,
    CounterSkill,
    PrinterAlert,
    Service,
    Ticket,
    TicketState,
)
from kiosk.storage import service_text_store as text_store
from kiosk.storage import tables as tb
from kiosk.storage.errors import ConcurrentChange, NotFound
from kiosk.storage.prepared import Prepared
from kiosk.storage.rows import (
    alert_from_row,
    branch_from_row,
    call_from_row,
    call_values,
    counter_from_row,
    service_from_row,
    ticket_from_row,
    ticket_values,
)

# Hot statements are built once with bind parameters: building a statement and its cache key
# costs more than running it on SQLite, and these run for every ticket and every call.
_T = tb.tickets.c
_INSERT_TICKET: Prepared | None = None  # built on first use: needs the full column list
_SAVE_TICKET = update(tb.tickets).where(
    _T.id == bindparam("b_id"), _T.version == bindparam("b_version")
)
_SELECT_TICKET = select(tb.tickets).where(_T.id == bindparam("id"))
_HEADS: dict[int, Select[Any]] = {}


def _heads_statement(n_services: int) -> Select[Any]:
    """One statement for the heads of 2 x n lines: a UNION ALL of LIMIT 1 index probes
    (each probe walks ix_tickets_line), built once per number of services."""
    found = _HEADS.get(n_services)
    if found is not None:
        return found
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
    stmt: Select[Any] = union_all(*parts)  # type: ignore[assignment]
    _HEADS[n_services] = stmt
    return stmt


# Every appointment ticket in line today (a few dozen at most; the partial ix_tickets_due).
_DUE = select(tb.tickets).where(
    _T.branch_id == bindparam("branch_id"),
    _T.day == bindparam("day"),
    _T.due_at.is_not(None),
    _T.in_line.is_(True),
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
_OPEN_COUNTERS = (
    select(func.count())
    .select_from(tb.counters)
    .join(tb.counter_skills, tb.counter_skills.c.counter_id == tb.counters.c.id)
    .where(
        tb.counters.c.branch_id == bindparam("branch_id"),
        tb.counters.c.is_open.is_(True),
        tb.counter_skills.c.service_id == bindparam("service_id"),
    )
)
_OFFERED = (
    select(tb.services)
    .join(tb.branch_services, tb.branch_services.c.service_id == tb.services.c.id)
    .where(
        tb.branch_services.c.branch_id == bindparam("branch_id"),
        tb.services.c.id == bindparam("service_id"),
    )
)
_COUNTER = select(tb.counters).where(tb.counters.c.id == bindparam("id"))
_SKILLS = select(tb.counter_skills).where(tb.counter_skills.c.counter_id == bindparam("id"))
_LOG_CHANGE = Prepared(
    insert(tb.change_log).returning(tb.change_log.c.seq), ["kind", "entity_id", "branch_id"]
)
_INSERT_CALL = insert(tb.calls).returning(tb.calls.c.seq)
_TAKE_NUMBER: dict[str, Prepared] = {}

# --- catalogue ----------------------------------------------------------------------------


def branches(conn: Connection) -> list[Branch]:
    rows = conn.execute(select(tb.branches).order_by(tb.branches.c.name))
    return [branch_from_row(r) for r in rows]


def branch(conn: Connection, branch_id: str) -> Branch:
    r = conn.execute(select(tb.branches).where(tb.branches.c.id == branch_id)).first()
    if r is None:
        raise NotFound("branch", branch_id)
    return branch_from_row(r)


def branch_by_code(conn: Connection, code: str) -> Branch:
    r = conn.execute(select(tb.branches).where(tb.branches.c.code == code)).first()
    if r is None:
        raise NotFound("branch", code)
    return branch_from_row(r)


def municipality_timezone(conn: Connection, branch_id: str) -> str:
    q = (
        select(tb.municipalities.c.timezone)
        .join(tb.branches, tb.branches.c.municipality_id == tb.municipalities.c.id)
        .where(tb.branches.c.id == branch_id)
    )
    tz = conn.execute(q).scalar_one_or_none()
    if tz is None:
        raise NotFound("branch", branch_id)
    return str(tz)


def all_services(conn: Connection) -> list[Service]:
    q = select(tb.services).order_by(tb.services.c.sort_order, tb.services.c.name)
    return text_store.with_texts(conn, [service_from_row(r) for r in conn.execute(q)], every=True)


def services_of_branch(conn: Connection, branch_id: str) -> list[Service]:
    q = (
        select(tb.services)
        .join(tb.branch_services, tb.branch_services.c.service_id == tb.services.c.id)
        .where(tb.branch_services.c.branch_id == branch_id)
        .order_by(tb.services.c.sort_order, tb.services.c.name)
    )
    return text_store.with_texts(conn, [service_from_row(r) for r in conn.execute(q)])


def offered_service(conn: Connection, branch_id: str, service_id: str) -> Service | None:
    """The service if ``branch_id`` offers it, else None."""
    r = conn.execute(_OFFERED, {"branch_id": branch_id, "service_id": service_id}).first()
    return text_store.with_texts(conn, [service_from_row(r)])[0] if r is not None else None


def service(conn: Connection, service_id: str) -> Service:
    r = conn.execute(select(tb.services).where(tb.services.c.id == service_id)).first()
    if r is None:
        raise NotFound("service", service_id)
    return text_store.with_texts(conn, [service_from_row(r)])[0]


def counters_of_branch(conn: Connection, branch_id: str) -> list[Counter]:
    rows = conn.execute(
        select(tb.counters)
        .where(tb.counters.c.branch_id == branch_id)
        .order_by(tb.counters.c.number)
    ).all()
    ids = [r._mapping["id"] for r in rows]
    skills: dict[str, list[CounterSkill]] = {i: [] for i in ids}
    for s in conn.execute(select(tb.counter_skills).where(tb.counter_skills.c.counter_id.in_(ids))):
        m = s._mapping
        skills[m["counter_id"]].append(CounterSkill(m["service_id"], m["weight"]))
    return [counter_from_row(r, tuple(skills[r._mapping["id"]])) for r in rows]


def counter(conn: Connection, counter_id: str) -> Counter:
    r = conn.execute(_COUNTER, {"id": counter_id}).first()
    if r is None:
        raise NotFound("counter", counter_id)
    skills = tuple(
        CounterSkill(m["service_id"], m["weight"])
        for m in conn.execute(_SKILLS, {"id": counter_id}).mappings()
    )
    return counter_from_row(r, skills)


def set_counter_open(conn: Connection, counter_id: str, is_open: bool) -> None:
    conn.execute(update(tb.counters).where(tb.counters.c.id == counter_id).values(is_open=is_open))


def open_counters_for(conn: Connection, branch_id: str, service_id: str) -> int:
    params = {"branch_id": branch_id, "service_id": service_id}
    return int(conn.execute(_OPEN_COUNTERS, params).scalar_one())


# --- numbers ------------------------------------------------------------------------------


def _number_upsert(dialect: str, count: int) -> Any:
    """Move the (branch, day, letter) counter on by ``count``, returning its new last value."""
    mod = sqlite if dialect == "sqlite" else postgresql
    return (
        mod.insert(tb.ticket_numbers)
        .values(
            branch_id=bindparam("branch_id"),
            day=bindparam("day"),
            letter=bindparam("letter"),
            last=count,
        )
        .on_conflict_do_update(
            index_elements=["branch_id", "day", "letter"],
            set_={"last": tb.ticket_numbers.c.last + count},
        )
        .returning(tb.ticket_numbers.c.last)
    )


def _take_number_statement(dialect: str) -> Prepared:
    stmt = _TAKE_NUMBER.get(dialect)
    if stmt is None:
        stmt = _TAKE_NUMBER[dialect] = Prepared(_number_upsert(dialect, 1))
    return stmt


def take_number(conn: Connection, branch_id: str, day: date, letter: str) -> int:
    """Next ticket number for (branch, day, letter), reserved in this transaction."""
    stmt = _take_number_statement(conn.dialect.name)
    params = {"branch_id": branch_id, "day": day, "letter": letter}
    row = stmt.first(conn, params)
    assert row is not None
    return int(row[0])


def take_numbers(conn: Connection, branch_id: str, day: date, letter: str, count: int) -> int:
    """Reserve ``count`` numbers at once (a kiosk's lease); returns the last of them."""
    params = {"branch_id": branch_id, "day": day, "letter": letter}
    return int(conn.execute(_number_upsert(conn.dialect.name, count), params).scalar_one())


# --- tickets ------------------------------------------------------------------------------


def insert_ticket(conn: Connection, t: Ticket) -> None:
    global _INSERT_TICKET
    values = ticket_values(t)
    if _INSERT_TICKET is None:
        _INSERT_TICKET = Prepared(insert(tb.tickets), list(values))
    _INSERT_TICKET.first(conn, values)


def save_ticket(conn: Connection, before: Ticket, after: Ticket) -> None:
    """Store ``after`` if the row still has ``before``'s version; else ConcurrentChange."""
    params = ticket_values(after)
    del params["id"]
    params["b_id"] = before.id
    params["b_version"] = before.version
    res = conn.execute(_SAVE_TICKET, params)
    if res.rowcount != 1:
        raise ConcurrentChange(before.id)


def ticket(conn: Connection, ticket_id: str) -> Ticket:
    r = conn.execute(_SELECT_TICKET, {"id": ticket_id}).first()
    if r is None:
        raise NotFound("ticket", ticket_id)
    return ticket_from_row(r)


def ticket_by_token(conn: Connection, token: str) -> Ticket:
    r = conn.execute(select(tb.tickets).where(tb.tickets.c.token == token)).first()
    if r is None:
        raise NotFound("ticket", token)
    return ticket_from_row(r)


def line_heads(conn: Connection, counter: Counter, day: date) -> list[Ticket]:
    """Heads of every line ``counter`` may call from on ``day``: per service and priority
    class, the first arrived, plus tickets sent to this very counter, plus every checked-in
    appointment of a service it serves (see queueing.queue_heads).

    Pitfall: lines are per day. A ticket left waiting at closing time is not called tomorrow
    (its number is given out again tomorrow)."""
    found: list[Ticket] = []
    if counter.skills:
        params: dict[str, Any] = {"branch_id": counter.branch_id, "day": day}
        for i, skill in enumerate(counter.skills):
            params[f"s{i}"] = skill.service_id
        found.extend(
            ticket_from_row(r) for r in conn.execute(_heads_statement(len(counter.skills)), params)
        )
        due = conn.execute(_DUE, {"branch_id": counter.branch_id, "day": day})
        found.extend(
            t
            for t in map(ticket_from_row, due)
            if t.target_counter_id is None and counter.serves(t.service_id)
        )
    targeted = conn.execute(_TARGETED, {"counter_id": counter.id, "day": day})
    found.extend(ticket_from_row(r) for r in targeted)
    return found


def waiting_tickets(conn: Connection, branch_id: str, day: date) -> list[Ticket]:
    """Every ticket in line in the branch on ``day``, first arrived first."""
    t = tb.tickets.c
    rows = conn.execute(
        select(tb.tickets)
        .where(t.branch_id == branch_id, t.day == day, t.in_line.is_(True))
        .order_by(t.arrived_at, t.number)
    )
    return [ticket_from_row(r) for r in rows]


def waiting_of_service(
    conn: Connection, branch_id: str, service_id: str, day: date
) -> list[Ticket]:
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


def tickets_at_counter(conn: Connection, counter_id: str) -> list[Ticket]:
    """Tickets with this counter: called, being served or parked."""
    return [ticket_from_row(r) for r in conn.execute(_AT_COUNTER, {"counter_id": counter_id})]


def tickets_of_day(conn: Connection, branch_id: str, day: date) -> list[Ticket]:
    t = tb.tickets.c
    rows = conn.execute(select(tb.tickets).where(t.branch_id == branch_id, t.day == day))
    return [ticket_from_row(r) for r in rows]


def waiting_counts(conn: Connection, branch_id: str, day: date) -> dict[str, int]:
    t = tb.tickets.c
    rows = conn.execute(
        select(t.service_id, func.count())
        .where(t.branch_id == branch_id, t.day == day, t.in_line.is_(True))
        .group_by(t.service_id)
    )
    return {r[0]: int(r[1]) for r in rows}


def state_counts(
    conn: Connection, branch_id: str, day: date, counter_id: str | None = None
) -> dict[TicketState, int]:
    t = tb.tickets.c
    conds = [t.branch_id == branch_id, t.day == day]
    if counter_id is not None:
        conds.append(t.counter_id == counter_id)
    rows = conn.execute(select(t.state, func.count()).where(and_(*conds)).group_by(t.state))
    return {TicketState(r[0]): int(r[1]) for r in rows}


def recent_visits(
    conn: Connection, branch_id: str, service_id: str, since: datetime, limit: int = 10
) -> list[tuple[datetime, datetime]]:
    """(serving_at, done_at) of the latest finished visits for a service since ``since``."""
    params = {"branch_id": branch_id, "service_id": service_id, "since": since, "limit": limit}
    rows = conn.execute(_RECENT_VISITS, params)
    return [(r[0], r[1]) for r in rows if r[0] is not None and r[1] is not None]


# --- calls, alerts, change log ---------------------------------------------------------------


def insert_call(conn: Connection, c: Call) -> int:
    """Store a call; returns its sequence number (the display's cursor)."""
    values = call_values(c)
    del values["seq"]  # given by the database
    return int(
        conn.execute(insert(tb.calls).values(**values).returning(tb.calls.c.seq)).scalar_one()
    )


def call_by_id(conn: Connection, call_id: str) -> Call:
    r = conn.execute(select(tb.calls).where(tb.calls.c.id == call_id)).first()
    if r is None:
        raise NotFound("call", call_id)
    return call_from_row(r)


def calls_after(conn: Connection, branch_id: str, after_seq: int, limit: int = 50) -> list[Call]:
    c = tb.calls.c
    rows = conn.execute(
        select(tb.calls)
        .where(c.branch_id == branch_id, c.seq > after_seq)
        .order_by(c.seq)
        .limit(limit)
    )
    return [call_from_row(r) for r in rows]


def latest_calls(conn: Connection, branch_id: str, limit: int) -> list[Call]:
    """The newest ``limit`` calls, oldest first."""
    c = tb.calls.c
    rows = conn.execute(
        select(tb.calls).where(c.branch_id == branch_id).order_by(c.seq.desc()).limit(limit)
    ).all()
    return [call_from_row(r) for r in reversed(rows)]


def insert_alert(conn: Connection, a: PrinterAlert) -> None:
    conn.execute(
        insert(tb.printer_alerts).values(
            id=a.id,
            branch_id=a.branch_id,
            device_id=a.device_id,
            device_name=a.device_name,
            problem=a.problem,
            at=a.at,
            resolved_at=a.resolved_at,
        )
    )


def open_alerts(conn: Connection, branch_id: str) -> list[PrinterAlert]:
    p = tb.printer_alerts.c
    rows = conn.execute(
        select(tb.printer_alerts)
        .where(p.branch_id == branch_id, p.resolved_at.is_(None))
        .order_by(p.at)
    )
    return [alert_from_row(r) for r in rows]


def resolve_alerts(conn: Connection, device_id: str, at: datetime) -> list[str]:
    p = tb.printer_alerts.c
    ids = list(
        conn.execute(
            select(p.id).where(p.device_id == device_id, p.resolved_at.is_(None))
        ).scalars()
    )
    if ids:
        conn.execute(update(tb.printer_alerts).where(p.id.in_(ids)).values(resolved_at=at))
    return ids


#: Taken by every PostgreSQL transaction that writes the change log, until it commits. Without
#: it, two transactions can take sequence numbers 10 and 11 and commit 11 first: a reader whose
#: cursor passed 11 would never see 10. With it, sequence order is commit order, as on SQLite
#: (one writer at a time). Taken last in a transaction, just before commit, so it is short.
CHANGE_LOG_LOCK = 7_417_001
#: The PostgreSQL channel that wakes every server process's long-polling readers.
CHANGE_CHANNEL = "kiosk_changes"
_PG_LOCK = text(f"SELECT pg_advisory_xact_lock({CHANGE_LOG_LOCK})")
_PG_NOTIFY = text(f"SELECT pg_notify('{CHANGE_CHANNEL}', :seq)")


def log_changes(conn: Connection, changes: Iterable[Change]) -> list[Change]:
    """Append to the change log; returns the changes with their sequence numbers.

    On PostgreSQL this also serialises change-log writers (see CHANGE_LOG_LOCK) and sends a
    NOTIFY, delivered when the transaction commits, to wake the feed readers of every process.
    """
    changes = list(changes)
    if not changes:
        return []
    pg = conn.dialect.name == "postgresql"
    if pg:
        conn.execute(_PG_LOCK)
    out: list[Change] = []
    for ch in changes:
        params = {"kind": ch.kind.value, "entity_id": ch.entity_id, "branch_id": ch.branch_id}
        row = _LOG_CHANGE.first(conn, params)
        assert row is not None
        out.append(Change(ch.kind, ch.entity_id, ch.branch_id, int(row[0])))
    if pg:
        conn.execute(_PG_NOTIFY, {"seq": str(out[-1].seq)})
    return out


def changes_after(conn: Connection, after_seq: int, limit: int = 500) -> Sequence[Change]:
    c = tb.change_log.c
    rows = conn.execute(select(tb.change_log).where(c.seq > after_seq).order_by(c.seq).limit(limit))
    return [
        Change(
            ChangeKind(r._mapping["kind"]),
            r._mapping["entity_id"],
            r._mapping["branch_id"],
            r._mapping["seq"],
        )
        for r in rows
    ]


def last_change_seq(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(tb.change_log.c.seq), 0))).scalar_one())


def count_in_line(
    conn: Connection,
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


def no_shows_of_day(conn: Connection, branch_id: str, day: date, limit: int) -> list[Ticket]:
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
