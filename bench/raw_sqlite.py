"""The embedded path's baseline for bench/queue_bench.py: the same work in raw SQLite.

What a ticket issue and a call-next must at least cost on the kiosk's embedded database, measured
in the same run as ours so that the bench can print ratios (machines differ 2-3x). The stdlib's
sqlite3 on a file with the same settings as kiosk/storage/db.py (WAL, synchronous=NORMAL), one
committed transaction per step, no ORM, no Python around it:

- an issue: take the next number on the service's number row (UPDATE ... RETURNING), insert the
  ticket, append a change to the change log, commit;
- a call-next: one probe of the line's index (the oldest waiting ticket), mark it called, append a
  change, commit.

What ours does beyond this (the wait estimate, people ahead, opening hours, the counter's skills
and the visit at the desk, the outbox on a synced kiosk) is what the ratio prices.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from pathlib import Path

SCHEMA = """
CREATE TABLE numbers (line TEXT PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE tickets (
    id TEXT PRIMARY KEY, line TEXT NOT NULL, number INTEGER NOT NULL, state TEXT NOT NULL,
    in_line INTEGER NOT NULL, issued_at REAL NOT NULL, called_at REAL
);
CREATE INDEX tickets_waiting ON tickets (line, issued_at) WHERE in_line = 1;
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, entity_id TEXT NOT NULL
);
"""
LINES = ("A", "P", "D", "W", "H", "V")


def open_raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)  # we say BEGIN and COMMIT ourselves
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(SCHEMA)
    conn.executemany("INSERT INTO numbers VALUES (?, 0)", [(line,) for line in LINES])
    return conn


def issue(conn: sqlite3.Connection, line: str) -> None:
    conn.execute("BEGIN IMMEDIATE")
    (number,) = conn.execute(
        "UPDATE numbers SET last = last + 1 WHERE line = ? RETURNING last", (line,)
    ).fetchone()
    ticket_id = str(uuid.uuid4())
    conn.execute(
        "INSERT INTO tickets VALUES (?, ?, ?, 'waiting', 1, ?, NULL)",
        (ticket_id, line, number, time.time()),
    )
    conn.execute("INSERT INTO change_log (kind, entity_id) VALUES ('ticket', ?)", (ticket_id,))
    conn.execute("COMMIT")


def call_next(conn: sqlite3.Connection, line: str) -> None:
    conn.execute("BEGIN IMMEDIATE")
    row = conn.execute(
        "SELECT id FROM tickets WHERE line = ? AND in_line = 1 ORDER BY issued_at LIMIT 1",
        (line,),
    ).fetchone()
    if row is not None:
        conn.execute(
            "UPDATE tickets SET state = 'called', in_line = 0, called_at = ? WHERE id = ?",
            (time.time(), row[0]),
        )
        conn.execute("INSERT INTO change_log (kind, entity_id) VALUES ('call', ?)", (row[0],))
    conn.execute("COMMIT")


def issues_per_s(folder: Path, n: int) -> float:
    conn = open_raw(folder / "raw-issues.sqlite3")
    t0 = time.perf_counter()
    for i in range(n):
        issue(conn, LINES[i % len(LINES)])
    rate = n / (time.perf_counter() - t0)
    conn.close()
    return rate


def call_next_ms(folder: Path, waiting: int, calls: int = 1000) -> list[float]:
    """Latencies of ``calls`` call-nexts with at least ``waiting`` tickets in line throughout."""
    conn = open_raw(folder / "raw-calls.sqlite3")
    for i in range(waiting + calls):
        issue(conn, LINES[i % len(LINES)])
    lat = []
    for i in range(calls):
        t0 = time.perf_counter()
        call_next(conn, LINES[i % len(LINES)])
        lat.append((time.perf_counter() - t0) * 1000)
    conn.close()
    return lat
