"""The walk-in queue: ticket numbers, tickets, calls, printer alerts, help requests, and the
change log every write appends to.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
    text,
)

from kiosk.storage.tables.base import ID, UTCDateTime, foreign_id, id_column, metadata

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
    id_column(),
    foreign_id("branch_id", "branches"),
    foreign_id("service_id", "services"),
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


def _from_a_kiosk() -> tuple[Column[Any], Column[Any], Column[Any]]:
    """The branch and the kiosk a printer alert or a help request comes from, with the name
    the counters show for that kiosk."""
    return (
        Column("branch_id", ID, nullable=False),
        Column("device_id", ID, nullable=False),
        Column("device_name", String(120), nullable=False),
    )


printer_alerts = Table(
    "printer_alerts",
    metadata,
    id_column(),
    *_from_a_kiosk(),
    Column("problem", String(40), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("resolved_at", UTCDateTime, nullable=True),
)

# A resident at a kiosk asks for a person; a counter answers "Ik kom". Open while answered_at
# and withdrawn_at are empty (withdrawn: the resident no longer needed anyone). answered_by is
# the counter's name, never a person's.
help_requests = Table(
    "help_requests",
    metadata,
    id_column(),
    *_from_a_kiosk(),
    Column("asked_at", UTCDateTime, nullable=False),
    Column("answered_at", UTCDateTime, nullable=True),
    Column("answered_by", String(120), nullable=False, default=""),
    Column("withdrawn_at", UTCDateTime, nullable=True),
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
