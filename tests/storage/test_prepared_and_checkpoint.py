"""The SQLite fast path writes rows exactly as the normal path; the checkpointer works."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from kiosk.core.model import PriorityReason, TicketState
from kiosk.services import tickets
from kiosk.storage import ticket_store as store
from kiosk.storage.db import Checkpointer
from kiosk.storage.demo import TOWN_HALL, service_id


def test_fast_path_ticket_reads_back_identical(ctx) -> None:
    issued = tickets.issue_ticket(
        ctx, TOWN_HALL, service_id("eid"), priority=PriorityReason.DISABILITY
    ).value.ticket
    with ctx.db.read() as conn:
        back = store.ticket(conn, issued.id)
        assert store.count_in_line(conn, TOWN_HALL, service_id("eid"), issued.day) == 1
        day = issued.day
        assert store.count_in_line(conn, TOWN_HALL, service_id("eid"), day, priority_only=True) == 1
    assert back == issued
    assert back.issued_at.tzinfo is not None and back.state == TicketState.WAITING


def test_normal_update_after_fast_insert(ctx) -> None:
    issued = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value.ticket
    with ctx.db.write() as conn:
        store.save_ticket(conn, issued, replace(issued, printed=True, version=2))
    with ctx.db.read() as conn:
        assert store.ticket(conn, issued.id).printed is True


@pytest.mark.sqlite_only
def test_checkpointer_moves_the_log_into_the_database(ctx, db_path) -> None:
    """Pages written go to the -wal file first; only a checkpoint copies them into the database
    file. The automatic limit is far away, so the file only grows if the checkpointer ran."""
    for _ in range(200):
        tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid"))
    before = db_path.stat().st_size
    time.sleep(0.3)
    assert db_path.stat().st_size == before  # nothing moves by itself
    cp = Checkpointer(ctx.db.engine, interval_s=0.05).start()
    try:
        deadline = time.monotonic() + 5
        while db_path.stat().st_size == before and time.monotonic() < deadline:
            time.sleep(0.05)
        assert db_path.stat().st_size > before
    finally:
        cp.stop()
