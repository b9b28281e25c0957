"""Sync between a terminal's replica and the server: leased number blocks, the outbox of
writes waiting for the server, and small facts about the sync.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    Index,
    Integer,
    String,
    Table,
    Text,
)

from kiosk.storage.tables.base import ID, UTCDateTime, id_column, metadata

# Ticket numbers leased to a kiosk ahead of time, so it can keep issuing while the server is
# out of reach without ever giving a number the server or another kiosk gives. The server keeps
# every lease (to check pushed tickets); a terminal's replica also counts what it gave out.
number_blocks = Table(
    "number_blocks",
    metadata,
    id_column(),
    Column("branch_id", ID, nullable=False),
    Column("day", Date, nullable=False),
    Column("letter", String(2), nullable=False),
    Column("device_id", ID, nullable=False),
    Column("first", Integer, nullable=False),
    Column("last", Integer, nullable=False),
    # Replica only: the last number of this block given to a resident (None: none yet).
    Column("used", Integer, nullable=True),
    Column("leased_at", UTCDateTime, nullable=False),
    Index("ix_number_blocks_lookup", "branch_id", "day", "letter", "device_id"),
)

# A terminal's writes waiting to reach the server, oldest first (replica only).
outbox = Table(
    "outbox",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", ID, nullable=False, unique=True),
    Column("kind", String(30), nullable=False),
    Column("payload", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

# Small facts a replica keeps about its sync (the server's cursor, the last snapshot day).
sync_state = Table(
    "sync_state",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)
