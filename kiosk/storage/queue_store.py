"""Queries and writes for the walk-in queue, over one SQLAlchemy Connection (one transaction).

The use cases in kiosk/services own the transaction; these functions never commit. Writes to a
ticket check its ``version`` (optimistic locking): when two counters race for one ticket, the
loser gets ConcurrentChange and calls the next one instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import Connection, and_, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from kiosk.core.changes import Change
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
from kiosk.storage import tables as tb
from kiosk.storage.errors import ConcurrentChange, NotFound
from kiosk.storage.rows import (
    alert_from_row,
    branch_from_row,
    call_from_row,
    counter_from_row,
    service_from_row,
    ticket_from_row,
    ticket_values,
)

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


def services_of_branch(conn: Connection, branch_id: str) -> list[Service]:
    q = (
        select(tb.services)
        .join(tb.branch_services, tb.branch_services.c.service_id == tb.services.c.id)
        .where(tb.branch_services.c.branch_id == branch_id)
        .order_by(tb.services.c.sort_order, tb.services.c.name)
    )
    return [service_from_row(r) for r in conn.execute(q)]


def service(conn: Connection, service_id: str) -> Service:
    r = conn.execute(select(tb.services).where(tb.services.c.id == service_id)).first()
    if r is None:
        raise NotFound("service", service_id)
    return service_from_row(r)


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
    r = conn.execute(select(tb.counters).where(tb.counters.c.id == counter_id)).first()
    if r is None:
        raise NotFound("counter", counter_id)
    skills = tuple(
        CounterSkill(s._mapping["service_id"], s._mapping["weight"])
        for s in conn.execute(
            select(tb.counter_skills).where(tb.counter_skills.c.counter_id == counter_id)
        )
    )
    return counter_from_row(r, skills)


def set_counter_open(conn: Connection, counter_id: str, is_open: bool) -> None:
    conn.execute(update(tb.counters).where(tb.counters.c.id == counter_id).values(is_open=is_open))


def open_counters_for(conn: Connection, branch_id: str, service_id: str) -> int:
    q = (
        select(func.count())
        .select_from(tb.counters)
        .join(tb.counter_skills, tb.counter_skills.c.counter_id == tb.counters.c.id)
        .where(
            tb.counters.c.branch_id == branch_id,
            tb.counters.c.is_open.is_(True),
            tb.counter_skills.c.service_id == service_id,
        )
    )
    return int(conn.execute(q).scalar_one())


# --- numbers ------------------------------------------------------------------------------


def take_number(conn: Connection, branch_id: str, day: date, letter: str) -> int:
    """Next ticket number for (branch, day, letter), reserved in this transaction."""
    values = {"branch_id": branch_id, "day": day, "letter": letter, "last": 1}
    dialect = conn.dialect.name
    mod = sqlite if dialect == "sqlite" else postgresql
    stmt = mod.insert(tb.ticket_numbers).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=["branch_id", "day", "letter"],
        set_={"last": tb.ticket_numbers.c.last + 1},
    ).returning(tb.ticket_numbers.c.last)
    return int(conn.execute(stmt).scalar_one())


# --- tickets ------------------------------------------------------------------------------


def insert_ticket(conn: Connection, t: Ticket) -> None:
    conn.execute(insert(tb.tickets).values(**ticket_values(t)))


def save_ticket(conn: Connection, before: Ticket, after: Ticket) -> None:
    """Store ``after`` if the row still has ``before``'s version; else ConcurrentChange."""
    res = conn.execute(
        update(tb.tickets)
        .where(tb.tickets.c.id == before.id, tb.tickets.c.version == before.version)
        .values(**ticket_values(after))
    )
    if res.rowcount != 1:
        raise ConcurrentChange(before.id)


def ticket(conn: Connection, ticket_id: str) -> Ticket:
    r = conn.execute(select(tb.tickets).where(tb.tickets.c.id == ticket_id)).first()
    if r is None:
        raise NotFound("ticket", ticket_id)
    return ticket_from_row(r)


def ticket_by_token(conn: Connection, token: str) -> Ticket:
    r = conn.execute(select(tb.tickets).where(tb.tickets.c.token == token)).first()
    if r is None:
        raise NotFound("ticket", token)
    return ticket_from_row(r)


def line_heads(conn: Connection, counter: Counter) -> list[Ticket]:
    """Heads of every line ``counter`` may call from: per service and priority class, the
    first arrived (one index probe each), plus tickets sent to this very counter."""
    t = tb.tickets.c
    found: list[Ticket] = []
    for skill in counter.skills:
        for prio in (True, False):
            r = conn.execute(
                select(tb.tickets)
                .where(
                    t.branch_id == counter.branch_id,
                    t.in_line.is_(True),
                    t.service_id == skill.service_id,
                    t.is_priority.is_(prio),
                    t.target_counter_id.is_(None),
                )
                .order_by(t.arrived_at, t.number)
                .limit(1)
            ).first()
            if r is not None:
                found.append(ticket_from_row(r))
    targeted = conn.execute(
        select(tb.tickets).where(t.target_counter_id == counter.id, t.in_line.is_(True))
    )
    found.extend(ticket_from_row(r) for r in targeted)
    return found


def waiting_tickets(conn: Connection, branch_id: str) -> list[Ticket]:
    """Every ticket in line in the branch, first arrived first."""
    t = tb.tickets.c
    rows = conn.execute(
        select(tb.tickets)
        .where(t.branch_id == branch_id, t.in_line.is_(True))
        .order_by(t.arrived_at, t.number)
    )
    return [ticket_from_row(r) for r in rows]


def waiting_of_service(conn: Connection, branch_id: str, service_id: str) -> list[Ticket]:
    t = tb.tickets.c
    rows = conn.execute(
        select(tb.tickets).where(
            t.branch_id == branch_id, t.in_line.is_(True), t.service_id == service_id
        )
    )
    return [ticket_from_row(r) for r in rows]


def tickets_at_counter(conn: Connection, counter_id: str) -> list[Ticket]:
    """Tickets with this counter: called, being served or parked."""
    t = tb.tickets.c
    rows = conn.execute(
        select(tb.tickets)
        .where(t.counter_id == counter_id, t.state.in_([s.value for s in AT_COUNTER_STATES]))
        .order_by(t.called_at)
    )
    return [ticket_from_row(r) for r in rows]


def tickets_of_day(conn: Connection, branch_id: str, day: date) -> list[Ticket]:
    t = tb.tickets.c
    rows = conn.execute(select(tb.tickets).where(t.branch_id == branch_id, t.day == day))
    return [ticket_from_row(r) for r in rows]


def waiting_counts(conn: Connection, branch_id: str) -> dict[str, int]:
    t = tb.tickets.c
    rows = conn.execute(
        select(t.service_id, func.count())
        .where(t.branch_id == branch_id, t.in_line.is_(True))
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
    t = tb.tickets.c
    rows = conn.execute(
        select(t.serving_at, t.done_at)
        .where(
            t.branch_id == branch_id,
            t.service_id == service_id,
            t.state == TicketState.DONE.value,
            t.done_at >= since,
        )
        .order_by(t.done_at.desc())
        .limit(limit)
    )
    return [(r[0], r[1]) for r in rows if r[0] is not None and r[1] is not None]


# --- calls, alerts, change log ---------------------------------------------------------------


def insert_call(conn: Connection, c: Call) -> int:
    values = {
        "id": c.id,
        "branch_id": c.branch_id,
        "ticket_id": c.ticket_id,
        "ticket_number": c.ticket_number,
        "counter_id": c.counter_id,
        "counter_number": c.counter_number,
        "counter_name": c.counter_name,
        "service_id": c.service_id,
        "at": c.at,
        "recall": c.recall,
    }
    return int(
        conn.execute(insert(tb.calls).values(**values).returning(tb.calls.c.seq)).scalar_one()
    )


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


def log_changes(conn: Connection, changes: Iterable[Change]) -> list[Change]:
    """Append to the change log; returns the changes with their sequence numbers."""
    out: list[Change] = []
    for ch in changes:
        seq = conn.execute(
            insert(tb.change_log)
            .values(kind=ch.kind.value, entity_id=ch.entity_id, branch_id=ch.branch_id)
            .returning(tb.change_log.c.seq)
        ).scalar_one()
        out.append(Change(ch.kind, ch.entity_id, ch.branch_id, int(seq)))
    return out


def changes_after(conn: Connection, after_seq: int, limit: int = 500) -> Sequence[Change]:
    from kiosk.core.changes import ChangeKind

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
    conn: Connection, branch_id: str, service_id: str, *, priority_only: bool = False
) -> int:
    """How many wait in a service's line (only the priority ones when ``priority_only``)."""
    t = tb.tickets.c
    conds = [t.branch_id == branch_id, t.in_line.is_(True), t.service_id == service_id]
    if priority_only:
        conds.append(t.is_priority.is_(True))
    return int(conn.execute(select(func.count()).where(*conds)).scalar_one())
