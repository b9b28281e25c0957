"""Calling the next resident reads the line by index probes only: its cost must not grow with
the number of people waiting (issue 13). The plans are asked of the database itself."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from kiosk.services import counter_work, tickets
from kiosk.services.context import ServiceContext
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id


def _statements_of_call_next(ctx: ServiceContext) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def note(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "tickets" in statement:
            seen.append((statement, params))

    event.listen(ctx.db.engine, "before_cursor_execute", note)
    try:
        counter_work.call_next(ctx, counter_id("gemeentehuis", 1))
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", note)
    return seen


def _plan(ctx: ServiceContext, statement: str, params: Any) -> list[str]:
    with ctx.db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Asks whether an index CAN answer it: on a table this small a scan is cheaper.
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            rows = conn.exec_driver_sql("EXPLAIN " + statement, params)
            return [r[0] for r in rows]
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
        return [r[3] for r in rows]


def test_call_next_reads_the_line_through_indexes(ctx: ServiceContext) -> None:
    for _ in range(30):
        tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid"))
    statements = _statements_of_call_next(ctx)
    assert statements, "call_next read no tickets"
    due = 0
    for statement, params in statements:
        plan = "\n".join(_plan(ctx, statement, params))
        assert "Seq Scan on tickets" not in plan, (statement, plan)
        assert "SCAN tickets" not in plan, (statement, plan)  # SQLite: every row read
        if "due_at IS NOT NULL" in statement:  # the checked-in appointments: a few a day
            due += 1
            assert "ix_tickets_due" in plan, (statement, plan)
    assert due == 1
