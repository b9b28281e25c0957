"""The tables, shared by the terminals (SQLite) and the server (PostgreSQL).

SQLAlchemy Core tables, not ORM classes: the domain objects are the frozen dataclasses in
kiosk.core.model and kiosk/storage/rows.py maps between the two. Ids are client-made UUID text.
Every change to this file needs an Alembic revision in kiosk/storage/migrations/versions; a test
compares the migrated schema with this metadata.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC; SQLite hands back naive ones, which we mark as UTC again.

    Pitfall: a naive datetime going in is a bug in the caller (whose local time?), so it raises.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


ID = String(36)

municipalities = Table(
    "municipalities",
    metadata,
    Column("id", ID, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("timezone", String(64), nullable=False, default="Europe/Brussels"),
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
    Column("id", ID, primary_key=True),
    Column("municipality_id", ID, ForeignKey("municipalities.id"), nullable=False),
    Column("code", String(40), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("address", String(300), nullable=False, default=""),
)

services = Table(
    "services",
    metadata,
    Column("id", ID, primary_key=True),
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
    Column("service_id", ID, ForeignKey("services.id"), primary_key=True),
    Column("lang", String(8), primary_key=True),
    Column("name", String(120), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("bring", Text, nullable=False, default=""),
)

branch_services = Table(
    "branch_services",
    metadata,
    Column("branch_id", ID, ForeignKey("branches.id"), primary_key=True),
    Column("service_id", ID, ForeignKey("services.id"), primary_key=True),
)

counters = Table(
    "counters",
    metadata,
    Column("id", ID, primary_key=True),
    Column("branch_id", ID, ForeignKey("branches.id"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("name", String(120), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("is_open", Boolean, nullable=False, default=False),
    UniqueConstraint("branch_id", "number", name="uq_counters_branch_number"),
)

counter_skills = Table(
    "counter_skills",
    metadata,
    Column("counter_id", ID, ForeignKey("counters.id"), primary_key=True),
    Column("service_id", ID, ForeignKey("services.id"), primary_key=True),
    Column("weight", Float, nullable=False, default=1.0),
)

devices = Table(
    "devices",
    metadata,
    Column("id", ID, primary_key=True),
    Column("branch_id", ID, ForeignKey("branches.id"), nullable=False),
    Column("role", String(20), nullable=False),
    Column("name", String(120), nullable=False),
    Column("counter_id", ID, ForeignKey("counters.id"), nullable=True),
    # Only a hash of the device's token is kept: a stolen database opens no terminal.
    Column("token_hash", String(64), nullable=True, unique=True),
    Column("enrolled_at", UTCDateTime, nullable=True),
    Column("revoked_at", UTCDateTime, nullable=True),
)

staff = Table(
    "staff",
    metadata,
    Column("id", ID, primary_key=True),
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
    Column("device_id", ID, ForeignKey("devices.id"), nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("used_at", UTCDateTime, nullable=True),
)

ticket_numbers = Table(
    "ticket_numbers",
    metadata,
    Column("branch_id", ID, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("letter", String(2), primary_key=True),
    Column("last", Integer, nullable=False),
)

tickets = Table(
    "tickets",
    metadata,
    Column("id", ID, primary_key=True),
    Column("branch_id", ID, ForeignKey("branches.id"), nullable=False),
    Column("service_id", ID, ForeignKey("services.id"), nullable=False),
    Column("day", Date, nullable=False),
    Column("letter", String(2), nullable=False),
    Column("number", Integer, nullable=False),
    Column("state", String(20), nullable=False),
    Column("origin", String(20), nullable=False),
    Column("priority", String(20), nullable=True),
    Column("is_priority", Boolean, nullable=False, default=False),
    # True while the ticket waits in a line (WAITING or TRANSFERRED): one indexed column instead
    # of an IN over two states, so fetching the head of a line is a single index probe.
    Column("in_line", Boolean, nullable=False, default=False),
    Column("token", String(64), nullable=False, unique=True),
    Column("counter_id", ID, nullable=True),
    Column("target_counter_id", ID, nullable=True),
    Column("issued_at", UTCDateTime, nullable=False),
    Column("arrived_at", UTCDateTime, nullable=False),
    Column("called_at", UTCDateTime),
    Column("serving_at", UTCDateTime),
    Column("done_at", UTCDateTime),
    Column("no_show_at", UTCDateTime),
    Column("transferred_at", UTCDateTime),
    Column("parked_at", UTCDateTime),
    Column("cancelled_at", UTCDateTime),
    Column("last_called_at", UTCDateTime),
    Column("recalls", Integer, nullable=False, default=0),
    Column("outcome", String(20), nullable=True),
    Column("printed", Boolean, nullable=False, default=False),
    # A checked-in appointment: which one, and when it is due (it goes ahead of walk-ins then).
    Column("appointment_id", ID, nullable=True),
    Column("due_at", UTCDateTime, nullable=True),
    Column("version", Integer, nullable=False, default=1),
    UniqueConstraint("branch_id", "day", "letter", "number", name="uq_tickets_number"),
    # The queue heads: one index walk per (service, priority) line.
    Index(
        "ix_tickets_line",
        "branch_id",
        "day",
        "in_line",
        "service_id",
        "is_priority",
        "arrived_at",
        "number",
    ),
    # Partial: most tickets have no target or no counter, and an index entry they do not get is
    # a page the kiosk does not write for every ticket.
    Index(
        "ix_tickets_target",
        "target_counter_id",
        sqlite_where=text("target_counter_id IS NOT NULL"),
        postgresql_where=text("target_counter_id IS NOT NULL"),
    ),
    Index(
        "ix_tickets_counter",
        "counter_id",
        "state",
        sqlite_where=text("counter_id IS NOT NULL"),
        postgresql_where=text("counter_id IS NOT NULL"),
    ),
    Index("ix_tickets_day", "branch_id", "day", "state"),
    # Appointment tickets in line: few per day, all fetched for call-next (see line_heads).
    Index(
        "ix_tickets_due",
        "branch_id",
        "day",
        "due_at",
        sqlite_where=text("due_at IS NOT NULL AND in_line"),
        postgresql_where=text("due_at IS NOT NULL AND in_line"),
    ),
)

calls = Table(
    "calls",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", ID, nullable=False, unique=True),
    Column("branch_id", ID, nullable=False),
    Column("ticket_id", ID, nullable=False),
    Column("ticket_number", String(10), nullable=False),
    Column("counter_id", ID, nullable=False),
    Column("counter_number", Integer, nullable=False),
    Column("counter_name", String(120), nullable=False),
    Column("service_id", ID, nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("recall", Boolean, nullable=False, default=False),
    Index("ix_calls_branch_seq", "branch_id", "seq"),
)

printer_alerts = Table(
    "printer_alerts",
    metadata,
    Column("id", ID, primary_key=True),
    Column("branch_id", ID, nullable=False),
    Column("device_id", ID, nullable=False),
    Column("device_name", String(120), nullable=False),
    Column("problem", String(40), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("resolved_at", UTCDateTime, nullable=True),
)

# A resident at a kiosk asks for a person; a counter answers "Ik kom". Open while answered_at
# is empty. answered_by is the counter's name, never a person's.
help_requests = Table(
    "help_requests",
    metadata,
    Column("id", ID, primary_key=True),
    Column("branch_id", ID, nullable=False),
    Column("device_id", ID, nullable=False),
    Column("device_name", String(120), nullable=False),
    Column("asked_at", UTCDateTime, nullable=False),
    Column("answered_at", UTCDateTime, nullable=True),
    Column("answered_by", String(120), nullable=False, default=""),
    Index("ix_help_requests_branch_answered", "branch_id", "answered_at"),
)

change_log = Table(
    "change_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),
    Column("entity_id", ID, nullable=False),
    Column("branch_id", ID, nullable=False),
    # A terminal reads only its own branch's feed.
    Index("ix_change_log_branch_seq", "branch_id", "seq"),
)

# --- sync -----------------------------------------------------------------------------------

# Ticket numbers leased to a kiosk ahead of time, so it can keep issuing while the server is
# out of reach without ever giving a number the server or another kiosk gives. The server keeps
# every lease (to check pushed tickets); a terminal's replica also counts what it gave out.
number_blocks = Table(
    "number_blocks",
    metadata,
    Column("id", ID, primary_key=True),
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

# What staff (and the terminals acting for them) did, for the manager and for disputes; and
# what administrators did with ``kiosk admin`` (``actor``: their OS user; the device or branch
# the command was about, if any).
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", ID, primary_key=True),
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
    Column("staff_id", ID, ForeignKey("staff.id"), nullable=False),
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


# --- opening hours and appointments ---------------------------------------------------------
# Times of day are minutes after midnight, local time (9:30 = 570): plain whole numbers travel
# and compare the same on SQLite and PostgreSQL. kiosk.core.hours holds the rules.

opening_hours = Table(
    "opening_hours",
    metadata,
    Column("id", ID, primary_key=True),
    Column("branch_id", ID, ForeignKey("branches.id"), nullable=False),
    # None: the branch's own hours; set: this service's own hours at the branch.
    Column("service_id", ID, ForeignKey("services.id"), nullable=True),
    Column("weekday", Integer, nullable=False),  # 0 = Monday
    Column("opens_min", Integer, nullable=False),
    Column("closes_min", Integer, nullable=False),
)

day_changes = Table(
    "day_changes",
    metadata,
    Column("id", ID, primary_key=True),
    Column("day", Date, nullable=False, index=True),
    Column("closed", Boolean, nullable=False),
    Column("branch_id", ID, ForeignKey("branches.id"), nullable=True),  # None: every branch
    Column("service_id", ID, ForeignKey("services.id"), nullable=True),  # None: every service
    Column("opens_min", Integer, nullable=True),
    Column("closes_min", Integer, nullable=True),
    Column("reason", String(200), nullable=False, default=""),
)

extra_sessions = Table(
    "extra_sessions",
    metadata,
    Column("id", ID, primary_key=True),
    Column("branch_id", ID, ForeignKey("branches.id"), nullable=False),
    Column("first_day", Date, nullable=False),
    Column("every_weeks", Integer, nullable=False, default=1),
    Column("last_day", Date, nullable=True),
    Column("opens_min", Integer, nullable=False),
    Column("closes_min", Integer, nullable=False),
    Column("name", String(120), nullable=False, default=""),
)

session_services = Table(
    "session_services",
    metadata,
    Column("session_id", ID, ForeignKey("extra_sessions.id"), primary_key=True),
    Column("service_id", ID, ForeignKey("services.id"), primary_key=True),
)

appointments = Table(
    "appointments",
    metadata,
    Column("id", ID, primary_key=True),
    Column("branch_id", ID, ForeignKey("branches.id"), nullable=False),
    Column("service_id", ID, ForeignKey("services.id"), nullable=False),
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
    Column("branch_id", ID, ForeignKey("branches.id"), nullable=False),
    Column("counter_id", ID, ForeignKey("counters.id"), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime, nullable=True),
)
