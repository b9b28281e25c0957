"""Counter leases (kiosk/core/counter_lease.py): which console has a counter open, until when.

A table of the machine where counters are opened (one machine, or the server): it is not
synced to terminals, whose replicas keep counting ``counters.is_open`` as they did.
"""

from __future__ import annotations

from sqlalchemy import Column, String, Table

from kiosk.storage.tables.base import UTCDateTime, foreign_id, metadata

counter_leases = Table(
    "counter_leases",
    metadata,
    foreign_id("counter_id", "counters", primary_key=True),
    Column("holder_id", String(80), nullable=False),
    Column("holder_name", String(200), nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
)
