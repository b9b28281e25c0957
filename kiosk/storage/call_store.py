"""Calls: each time a counter calls a ticket (again), for the waiting-room display. The
display reads them by sequence number (its cursor), so no call is ever skipped. None of these
functions commits.
"""

from __future__ import annotations

from sqlalchemy import insert, select

from kiosk.core.model import Call
from kiosk.storage import tables as tb
from kiosk.storage.errors import NotFound
from kiosk.storage.rows import call_from_row, call_values
from kiosk.storage.unit_of_work import Tx


def insert_call(conn: Tx, c: Call) -> int:
    """Store a call; returns its sequence number (the display's cursor)."""
    values = call_values(c)
    del values["seq"]  # given by the database
    return int(
        conn.execute(insert(tb.calls).values(**values).returning(tb.calls.c.seq)).scalar_one()
    )


def call_by_id(conn: Tx, call_id: str) -> Call:
    r = conn.execute(select(tb.calls).where(tb.calls.c.id == call_id)).first()
    if r is None:
        raise NotFound("call", call_id)
    return call_from_row(r)


def calls_after(conn: Tx, branch_id: str, after_seq: int, limit: int = 50) -> list[Call]:
    c = tb.calls.c
    rows = conn.execute(
        select(tb.calls)
        .where(c.branch_id == branch_id, c.seq > after_seq)
        .order_by(c.seq)
        .limit(limit)
    )
    return [call_from_row(r) for r in rows]


def latest_calls(conn: Tx, branch_id: str, limit: int) -> list[Call]:
    """The newest ``limit`` calls, oldest first."""
    c = tb.calls.c
    rows = conn.execute(
        select(tb.calls).where(c.branch_id == branch_id).order_by(c.seq.desc()).limit(limit)
    ).all()
    return [call_from_row(r) for r in reversed(rows)]
