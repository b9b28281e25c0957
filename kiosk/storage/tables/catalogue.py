"""The catalogue: the municipality, its branches, services (with their texts in other
languages) and counters (with the services each serves).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from kiosk.storage.tables.base import foreign_id, id_column, metadata

municipalities = Table(
    "municipalities",
    metadata,
    id_column(),
    Column("name", String(200), nullable=False),
    Column("timezone", String(64), nullable=False),  # the municipality's own: no default
    # Check-in rules for appointments (kiosk.core.appointments.CheckInRules); an admin sets them.
    Column("checkin_opens_before_min", Integer, nullable=False, default=30, server_default="30"),
    Column("checkin_late_after_min", Integer, nullable=False, default=15, server_default="15"),
    # How residents reach the municipality for an appointment (shown by the kiosk and printed).
    Column("phone", String(40), nullable=False, default="", server_default=""),
    Column("website", String(200), nullable=False, default="", server_default=""),
)

branches = Table(
    "branches",
    metadata,
    id_column(),
    foreign_id("municipality_id", "municipalities"),
    Column("code", String(40), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("address", String(300), nullable=False, default=""),
)

services = Table(
    "services",
    metadata,
    id_column(),
    Column("code", String(40), nullable=False, unique=True),
    Column("letter", String(2), nullable=False),
    Column("name", String(120), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("bring", Text, nullable=False, default=""),
    Column("expected_minutes", Integer, nullable=False, default=10),
    Column("icon", String(40), nullable=False, default="question"),
    Column("sort_order", Integer, nullable=False, default=0),
    # Only with an appointment: the kiosk says how to get one instead of giving a ticket.
    Column("needs_appointment", Boolean, nullable=False, default=False, server_default="0"),
)

# The services' texts in other languages (kiosk.core.service_texts): one row per service and
# language; the services row holds the municipality's own (Dutch) texts.
service_texts = Table(
    "service_texts",
    metadata,
    foreign_id("service_id", "services", primary_key=True),
    Column("lang", String(8), primary_key=True),
    Column("name", String(120), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("bring", Text, nullable=False, default=""),
)

branch_services = Table(
    "branch_services",
    metadata,
    foreign_id("branch_id", "branches", primary_key=True),
    foreign_id("service_id", "services", primary_key=True),
)

counters = Table(
    "counters",
    metadata,
    id_column(),
    foreign_id("branch_id", "branches"),
    Column("number", Integer, nullable=False),
    Column("name", String(120), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("is_open", Boolean, nullable=False, default=False),
    UniqueConstraint("branch_id", "number", name="uq_counters_branch_number"),
)

counter_skills = Table(
    "counter_skills",
    metadata,
    foreign_id("counter_id", "counters", primary_key=True),
    foreign_id("service_id", "services", primary_key=True),
    Column("weight", Float, nullable=False, default=1.0),
)
