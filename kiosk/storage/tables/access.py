"""Who and what may work with the system: devices (terminals) and their enrollment codes,
staff accounts and their sessions, which terminal asked for a ticket, and the audit log of
what staff and administrators did.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Index,
    String,
    Table,
    Text,
)

from kiosk.storage.tables.base import ID, UTCDateTime, foreign_id, id_column, metadata

devices = Table(
    "devices",
    metadata,
    id_column(),
    foreign_id("branch_id", "branches"),
    Column("role", String(20), nullable=False),
    Column("name", String(120), nullable=False),
    foreign_id("counter_id", "counters", nullable=True),
    # Only a hash of the device's token is kept: a stolen database opens no terminal.
    Column("token_hash", String(64), nullable=True, unique=True),
    Column("enrolled_at", UTCDateTime, nullable=True),
    Column("revoked_at", UTCDateTime, nullable=True),
)

staff = Table(
    "staff",
    metadata,
    id_column(),
    Column("username", String(80), nullable=False, unique=True),
    Column("display_name", String(120), nullable=False),
    Column("role", String(20), nullable=False),
    # Argon2id (memory-hard) in PHC format, e.g. "$argon2id$v=19$m=65536,t=3,p=4$..."
    Column("password_hash", String(200), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("disabled_at", UTCDateTime, nullable=True),
)

enrollment_codes = Table(
    "enrollment_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    foreign_id("device_id", "devices"),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("used_at", UTCDateTime, nullable=True),
)

# What staff (and the terminals acting for them) did, for the manager and for disputes; and
# what administrators did with ``kiosk admin`` (``actor``: their OS user; the device or branch
# the command was about, if any).
audit_log = Table(
    "audit_log",
    metadata,
    id_column(),
    Column("at", UTCDateTime, nullable=False),
    Column("branch_id", ID, nullable=True),
    Column("device_id", ID, nullable=True),
    Column("staff_id", ID, nullable=True),
    Column("actor", String(80), nullable=True),
    Column("action", String(40), nullable=False),
    Column("ticket_id", ID, nullable=True),
    Column("detail", Text, nullable=False, default=""),
    Index("ix_audit_log_at", "at"),
)

# Who is signed in at which terminal. Only a hash of the session token is kept; a session ends
# on sign-out, or when unused for too long (the console also signs out on idle).
staff_sessions = Table(
    "staff_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    foreign_id("staff_id", "staff"),
    Column("device_id", ID, nullable=False),
    Column("started_at", UTCDateTime, nullable=False),
    Column("last_seen_at", UTCDateTime, nullable=False),
    Column("ended_at", UTCDateTime, nullable=True),
)

# Which terminal asked the server for a ticket (POST /api/v1/tickets), so that a retry with the
# same ticket id gets the ticket (and its status-page token) back only at that terminal.
ticket_issuers = Table(
    "ticket_issuers",
    metadata,
    Column("ticket_id", ID, primary_key=True),
    Column("device_id", ID, nullable=False),
)
