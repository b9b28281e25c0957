"""A new ticket on PostgreSQL: its number, row, issuer and change in one statement, so the
number's row stays locked (every kiosk of the branch waiting) for one round trip only."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, select

from kiosk.services import tickets
from kiosk.services.context import ServiceContext
from kiosk.storage import change_log_store, sync_store
from kiosk.storage import tables as tb
from kiosk.storage.demo import TOWN_HALL, service_id


@pytest.fixture
def pg(ctx: ServiceContext) -> ServiceContext:
    if ctx.db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite takes a ticket statement by statement (one writer, no round trips)")
    return ctx


def test_the_number_is_taken_in_the_statement_that_logs_the_ticket(pg: ServiceContext) -> None:
    seen: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    event.listen(pg.db.engine, "before_cursor_execute", note)
    try:
        issued = tickets.issue_ticket(pg, TOWN_HALL, service_id("eid"), issued_by="kiosk-1")
    finally:
        event.remove(pg.db.engine, "before_cursor_execute", note)
    [taking] = [s for s in seen if "ticket_numbers" in s]
    assert "INSERT INTO tickets" in taking and "INSERT INTO change_log" in taking
    assert "ticket_issuers" in taking and "pg_notify" in taking
    [change] = issued.changes
    with pg.db.read() as conn:
        logged = change_log_store.changes_after(conn, change.seq - 1)
        assert [(c.entity_id, c.seq) for c in logged] == [(issued.value.ticket.id, change.seq)]
        assert sync_store.issuer_of(conn, issued.value.ticket.id) == "kiosk-1"
        stored = conn.execute(
            select(tb.tickets.c.number).where(tb.tickets.c.id == issued.value.ticket.id)
        ).scalar_one()
    assert stored == issued.value.ticket.number == 1


def test_numbers_go_on_per_letter_and_a_retry_gets_the_same_ticket(pg: ServiceContext) -> None:
    first = tickets.issue_ticket(pg, TOWN_HALL, service_id("eid"), ticket_id="t-1").value
    again = tickets.issue_ticket(pg, TOWN_HALL, service_id("eid"), ticket_id="t-1").value
    second = tickets.issue_ticket(pg, TOWN_HALL, service_id("eid")).value
    other = tickets.issue_ticket(pg, TOWN_HALL, service_id("passport")).value
    assert [first.ticket.display_number, second.ticket.display_number] == ["A001", "A002"]
    assert again.ticket == first.ticket
    assert other.ticket.display_number == "P001" and second.people_ahead == 1
