"""Ticket numbers: one counter per (branch, local day, letter), moved on in the caller's
transaction. On PostgreSQL the upsert holds the row's lock until commit, so every kiosk of the
branch waits for it: the use case takes its number as late as it can.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.dialects import postgresql, sqlite

from kiosk.storage import tables as tb
from kiosk.storage.prepared import Prepared
from kiosk.storage.unit_of_work import Tx

_TAKE_NUMBER: dict[str, Prepared] = {}


def number_upsert(dialect: str, count: int, prefix: str = "") -> Any:
    """Move the (branch, day, letter) counter on by ``count``, returning its new last value.
    Its parameters are ``branch_id``, ``day`` and ``letter``, after ``prefix`` (a statement that
    holds this one gives them its own names: kiosk/storage/issuing_store.py)."""
    mod = sqlite if dialect == "sqlite" else postgresql
    return (
        mod.insert(tb.ticket_numbers)
        .values(
            branch_id=bindparam(f"{prefix}branch_id"),
            day=bindparam(f"{prefix}day"),
            letter=bindparam(f"{prefix}letter"),
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
        stmt = _TAKE_NUMBER[dialect] = Prepared(number_upsert(dialect, 1))
    return stmt


def take_number(conn: Tx, branch_id: str, day: date, letter: str) -> int:
    """Next ticket number for (branch, day, letter), reserved in this transaction."""
    stmt = _take_number_statement(conn.dialect.name)
    params = {"branch_id": branch_id, "day": day, "letter": letter}
    row = stmt.first(conn, params)
    assert row is not None
    return int(row[0])


def take_numbers(conn: Tx, branch_id: str, day: date, letter: str, count: int) -> int:
    """Reserve ``count`` numbers at once (a kiosk's lease); returns the last of them."""
    params = {"branch_id": branch_id, "day": day, "letter": letter}
    return int(conn.execute(number_upsert(conn.dialect.name, count), params).scalar_one())
