"""Appointments, and the secret calendar links staff calendars read them by."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    Index,
    Integer,
    String,
    Table,
)

from kiosk.storage.tables.base import ID, UTCDateTime, foreign_id, id_column, metadata

appointments = Table(
    "appointments",
    metadata,
    id_column(),
    foreign_id("branch_id", "branches"),
    foreign_id("service_id", "services"),
    Column("counter_id", ID, nullable=True),
    Column("starts_at", UTCDateTime, nullable=False),
    Column("minutes", Integer, nullable=False),
    # Personal data: only what is needed to greet and reach the resident. Terminals get these
    # blank unless a clerk is signed in there (wire.Audience), and never match_key: the kiosk
    # asks the server to find a resident by name.
    Column("first_name", String(80), nullable=False, default=""),
    Column("family_name", String(80), nullable=False, default=""),
    Column("contact", String(120), nullable=False, default=""),
    Column("birth_date", Date, nullable=True),
    Column("match_key", String(64), nullable=True, index=True),
    Column("reference", String(12), nullable=False, unique=True),
    Column("state", String(20), nullable=False),
    Column("source", String(20), nullable=False, default="counter"),
    Column("external_uid", String(200), nullable=True, unique=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("ticket_id", ID, nullable=True),
    Column("checked_in_at", UTCDateTime, nullable=True),
    Column("no_show_at", UTCDateTime, nullable=True),
    Column("cancelled_at", UTCDateTime, nullable=True),
    Column("version", Integer, nullable=False, default=1),
    Index("ix_appointments_branch_start", "branch_id", "starts_at"),
)

# Secret calendar links for staff calendars (a calendar program cannot send a token header):
# only a hash is kept; ``counter_id`` None is the whole branch.
calendar_feeds = Table(
    "calendar_feeds",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("id", ID, nullable=False, unique=True),  # what an admin lists and revokes by
    foreign_id("branch_id", "branches"),
    foreign_id("counter_id", "counters", nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime, nullable=True),
)
