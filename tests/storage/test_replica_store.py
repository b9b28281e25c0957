"""The replica's storage (issue 12 point 1): a terminal's use cases hand it the records as they
came and get back the changes made, without knowing which tables a replica mirrors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from kiosk.core.changes import ChangeKind
from kiosk.core.model import Ticket, TicketState
from kiosk.storage import replica_store, sync_store
from kiosk.storage import tables as tb
from kiosk.storage.db import open_database, sqlite_url
from kiosk.storage.demo import TOWN_HALL, seed_demo
from kiosk.storage.rows import ticket_values
from kiosk.storage.wire import encode_row

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture
def snapshot(tmp_path: Path) -> dict[str, list[dict[str, Any]]]:
    """What the demo server sends a terminal of the town hall."""
    server = open_database(sqlite_url(tmp_path / "server.sqlite3"))
    with server.begin() as conn:
        seed_demo(conn)
        rows = sync_store.snapshot_rows(conn, TOWN_HALL, date(2026, 11, 29))
    server.dispose()
    return rows


@pytest.fixture
def replica(tmp_path: Path) -> Iterator[Engine]:
    engine = open_database(sqlite_url(tmp_path / "replica.sqlite3"))
    yield engine
    engine.dispose()


def _count(engine: Engine, table: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _ticket_record(service_id: str, token: str) -> dict[str, Any]:
    t = Ticket(
        "t1", TOWN_HALL, service_id, NOW.date(), "A", 7, TicketState.WAITING, NOW, NOW, token
    )
    return encode_row(tb.tickets, ticket_values(t), keep_token=True)


def test_a_snapshot_stores_every_record_and_names_the_branchs_counters(
    replica: Engine, snapshot: dict[str, list[dict[str, Any]]]
) -> None:
    with replica.begin() as conn:
        stored = replica_store.replace_snapshot(conn, TOWN_HALL, snapshot)
    assert stored.rows == sum(len(rows) for rows in snapshot.values())
    assert stored.counter_ids == tuple(c["id"] for c in snapshot["counters"])
    assert _count(replica, tb.counters) == len(snapshot["counters"])


def test_a_snapshot_replaces_what_it_holds_whole(
    replica: Engine, snapshot: dict[str, list[dict[str, Any]]]
) -> None:
    """A service text or a counter skill gone on the server goes from the replica too."""
    with replica.begin() as conn:
        replica_store.replace_snapshot(conn, TOWN_HALL, snapshot)
    fewer = {
        **snapshot,
        "service_texts": snapshot["service_texts"][1:],
        "counter_skills": snapshot["counter_skills"][1:],
    }
    with replica.begin() as conn:
        replica_store.replace_snapshot(conn, TOWN_HALL, fewer)
    assert _count(replica, tb.service_texts) == len(snapshot["service_texts"]) - 1
    assert _count(replica, tb.counter_skills) == len(snapshot["counter_skills"]) - 1


def test_a_feed_change_is_stored_and_says_what_changed(
    replica: Engine, snapshot: dict[str, list[dict[str, Any]]]
) -> None:
    with replica.begin() as conn:
        replica_store.replace_snapshot(conn, TOWN_HALL, snapshot)
        service_id = snapshot["services"][0]["id"]
        kind = replica_store.apply_feed_change(conn, "tickets", _ticket_record(service_id, "x"))
    assert kind is ChangeKind.TICKET
    assert _count(replica, tb.tickets) == 1


def test_the_feed_never_brings_the_catalogue_row_by_row(
    replica: Engine, snapshot: dict[str, list[dict[str, Any]]]
) -> None:
    """The catalogue comes with a snapshot only; an entry of it is refused as it was before."""
    with pytest.raises(KeyError), replica.begin() as conn:
        replica_store.apply_feed_change(conn, "services", snapshot["services"][0])
    with pytest.raises(KeyError), replica.begin() as conn:
        replica_store.apply_feed_change(conn, "no_such_record", {})


def test_an_answer_is_stored_parents_first_and_keeps_a_kiosks_real_token(
    replica: Engine, snapshot: dict[str, list[dict[str, Any]]]
) -> None:
    service_id = snapshot["services"][0]["id"]
    with replica.begin() as conn:
        replica_store.replace_snapshot(conn, TOWN_HALL, snapshot)
        replica_store.apply_feed_change(conn, "tickets", _ticket_record(service_id, "real"))
    answer = {
        "tickets": [{**_ticket_record(service_id, "real"), "token": None}],
        "counters": snapshot["counters"][:1],
        "branches": snapshot["branches"][:1],  # stored, but no change of its own on screen
    }
    with replica.begin() as conn:
        stored = replica_store.store_answer(conn, answer)
    assert stored == [
        replica_store.RowStored(ChangeKind.COUNTER, snapshot["counters"][0]["id"]),
        replica_store.RowStored(ChangeKind.TICKET, "t1"),
    ]
    with replica.connect() as conn:
        assert conn.execute(select(tb.tickets.c.token)).scalar_one() == "real"
