"""A new ticket on PostgreSQL in one statement: its number, its row, the terminal that asked
for it and its change-log entry (with the NOTIFY that wakes every server process).

Why one statement: the ticket number's row is locked from the moment the number is taken until
the commit, so every kiosk of the branch waits that long for its own number. Taken as four
statements (number, ticket, issuer, change log) the lock was held for four round trips to the
database; now for one, and the commit. The change log's own lock (change_log_store) is taken
after the number's, as before, and its numbers still follow commit order.

Data-modifying CTEs all run, to the end, once; what one returns is what the next reads, which
orders them: the number, then the ticket that carries it, then its issuer and its change.
SQLite takes the statements one by one (kiosk.services.tickets): it has one writer at a time
and no round trips.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, String, bindparam, cast, func, insert, select, true
from sqlalchemy.sql import Select

from kiosk.core.changes import ChangeKind
from kiosk.core.model import Ticket
from kiosk.storage import change_log_store, number_store
from kiosk.storage import tables as tb
from kiosk.storage.rows import ticket_values
from kiosk.storage.unit_of_work import Tx


@dataclass(frozen=True, slots=True)
class Numbered:
    number: int  # the ticket's number, taken in the statement
    seq: int  # its change-log entry


def in_one_statement(conn: Tx) -> bool:
    """Whether this database takes a new ticket in one statement (PostgreSQL)."""
    return conn.dialect.name == "postgresql"


def insert_numbered_ticket(conn: Tx, ticket: Ticket, issuer: str | None) -> Numbered:
    """Take the next number of the ticket's (branch, day, letter), store ``ticket`` with it
    (its own ``number`` is ignored), note ``issuer`` as the terminal that made it, and log the
    ticket's change. PostgreSQL only (``in_one_statement``)."""
    params = {f"t_{k}": v for k, v in ticket_values(ticket).items() if k != "number"}
    params["kind"] = ChangeKind.TICKET.value
    if issuer is not None:
        params["issuer"] = issuer
    number_taken, seq, _ = conn.execute(_statement(issuer is not None), params).one()
    return Numbered(int(number_taken), int(seq))


_STATEMENTS: dict[bool, Select[Any]] = {}


def _statement(with_issuer: bool) -> Select[Any]:
    """Built once: building it per ticket cost more than running it."""
    found = _STATEMENTS.get(with_issuer)
    if found is not None:
        return found
    number = number_store.number_upsert("postgresql", 1, prefix="t_").cte("number")
    values: dict[str, Any] = {c.key: bindparam(f"t_{c.key}", type_=c.type) for c in tb.tickets.c}
    values["number"] = select(number.c.last).scalar_subquery()
    made = (
        insert(tb.tickets)
        .values(values)
        .returning(tb.tickets.c.id, tb.tickets.c.number)
        .cte("made")
    )
    locked = (
        select(func.pg_advisory_xact_lock(change_log_store.CHANGE_LOG_LOCK).label("held"))
        .select_from(made)
        .cte("locked")
    )
    entry = (
        insert(tb.change_log)
        .from_select(
            ["kind", "entity_id", "branch_id"],
            select(bindparam("kind", type_=String), made.c.id, bindparam("t_branch_id"))
            .select_from(made)
            .join(locked, true()),
        )
        .returning(tb.change_log.c.seq)
        .cte("entry")
    )
    notify = func.pg_notify(change_log_store.CHANGE_CHANNEL, cast(entry.c.seq, String))
    stmt = (
        select(cast(made.c.number, Integer), entry.c.seq, notify)
        .select_from(made)
        .join(entry, true())
    )
    if with_issuer:
        noted = insert(tb.ticket_issuers).from_select(
            ["ticket_id", "device_id"], select(made.c.id, bindparam("issuer", type_=String))
        )
        stmt = stmt.add_cte(noted.cte("noted"))
    _STATEMENTS[with_issuer] = stmt
    return stmt
