"""The change log: sequence numbers in the order changes were given and committed, and on
PostgreSQL a NOTIFY with the last one, so every server process wakes its readers."""

from __future__ import annotations

import secrets
import threading

import pytest
from sqlalchemy import text

from kiosk.core.changes import Change, ChangeKind
from kiosk.services.context import ServiceContext
from kiosk.storage import change_log_store


def _changes(*ids: str) -> list[Change]:
    return [Change(ChangeKind.TICKET, i, "branch") for i in ids]


def test_numbers_follow_the_order_given(ctx: ServiceContext) -> None:
    with ctx.db.write() as conn:
        logged = change_log_store.log_changes(conn, _changes("a", "b", "c"))
    assert [c.entity_id for c in logged] == ["a", "b", "c"]
    seqs = [c.seq for c in logged]
    assert seqs == sorted(seqs) and len(set(seqs)) == 3
    with ctx.db.read() as conn:
        read = change_log_store.changes_after(conn, seqs[0] - 1)
    assert [(c.entity_id, c.seq) for c in read] == [(c.entity_id, c.seq) for c in logged]


def test_a_later_writer_waits_and_gets_the_higher_number(ctx: ServiceContext) -> None:
    """Two writers at once: the second waits for the first's commit, so sequence order is
    commit order and a reader whose cursor passed a number never misses an earlier one."""
    if ctx.db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time by itself")
    second: list[Change] = []
    started = threading.Event()

    def write_second() -> None:
        started.set()
        with ctx.db.write() as conn:
            second.extend(change_log_store.log_changes(conn, _changes("second")))

    with ctx.db.write() as conn:
        (first,) = change_log_store.log_changes(conn, _changes("first"))
        other = threading.Thread(target=write_second)
        other.start()
        started.wait()
        other.join(timeout=0.5)
        assert other.is_alive()  # it waits for this transaction to end
    other.join(timeout=10)
    assert second and second[0].seq > first.seq


def test_the_last_number_is_announced_at_commit(ctx: ServiceContext) -> None:
    if ctx.db.engine.dialect.name != "postgresql":
        pytest.skip("only PostgreSQL announces (LISTEN/NOTIFY)")
    # The channel is the database's, shared with every other test's schema: numbers of our own
    # that no other test reaches tell our announcements from theirs.
    with ctx.db.write() as conn:
        conn.execute(
            text("SELECT setval(pg_get_serial_sequence('change_log', 'seq'), :start)"),
            {"start": 10**9 + secrets.randbelow(10**9)},
        )
    listener = ctx.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        listener.execute(text(f"LISTEN {change_log_store.CHANGE_CHANNEL}"))
        with ctx.db.write() as conn:
            logged = change_log_store.log_changes(conn, _changes("x", "y"))
        raw = listener.connection.driver_connection
        assert raw is not None
        ours = {str(c.seq) for c in logged}
        heard: list[str] = []
        for note in raw.notifies(timeout=5):
            if note.payload in ours:
                heard.append(note.payload)
                break
        assert heard == [str(logged[-1].seq)]  # the last number, and only once a write
    finally:
        listener.close()
