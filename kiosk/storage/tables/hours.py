"""Opening hours: weekly hours, changed days and recurring extra sessions.

Times of day are minutes after midnight, local time (9:30 = 570): plain whole numbers travel
and compare the same on SQLite and PostgreSQL. kiosk.core.hours holds the rules.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Integer,
    String,
    Table,
)

from kiosk.storage.tables.base import foreign_id, id_column, metadata, opening_period

opening_hours = Table(
    "opening_hours",
    metadata,
    id_column(),
    foreign_id("branch_id", "branches"),
    # None: the branch's own hours; set: this service's own hours at the branch.
    foreign_id("service_id", "services", nullable=True),
    Column("weekday", Integer, nullable=False),  # 0 = Monday
    *opening_period(),
)

day_changes = Table(
    "day_changes",
    metadata,
    id_column(),
    Column("day", Date, nullable=False, index=True),
    Column("closed", Boolean, nullable=False),
    foreign_id("branch_id", "branches", nullable=True),  # None: every branch
    foreign_id("service_id", "services", nullable=True),  # None: every service
    *opening_period(nullable=True),
    Column("reason", String(200), nullable=False, default=""),
)

extra_sessions = Table(
    "extra_sessions",
    metadata,
    id_column(),
    foreign_id("branch_id", "branches"),
    Column("first_day", Date, nullable=False),
    Column("every_weeks", Integer, nullable=False, default=1),
    Column("last_day", Date, nullable=True),
    *opening_period(),
    Column("name", String(120), nullable=False, default=""),
)

session_services = Table(
    "session_services",
    metadata,
    foreign_id("session_id", "extra_sessions", primary_key=True),
    foreign_id("service_id", "services", primary_key=True),
)
