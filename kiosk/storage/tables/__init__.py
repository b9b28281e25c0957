"""The tables, shared by the terminals (SQLite) and the server (PostgreSQL).

SQLAlchemy Core tables, not ORM classes: the domain objects are the frozen dataclasses in
kiosk.core.model and kiosk/storage/rows.py maps between the two. Ids are client-made UUID text.
One module per group, all on the one ``metadata`` of base.py; this package re-exports every
table, so ``from kiosk.storage import tables as tb`` sees them all. Every change to a table
needs an Alembic revision in kiosk/storage/migrations/versions; a test compares the migrated
schema with this metadata.
"""

from __future__ import annotations

from kiosk.storage.tables.access import (
    audit_log,
    devices,
    enrollment_codes,
    staff,
    staff_sessions,
    ticket_issuers,
)
from kiosk.storage.tables.appointments import appointments, calendar_feeds
from kiosk.storage.tables.base import ID, NAMING, UTCDateTime, metadata
from kiosk.storage.tables.catalogue import (
    branch_services,
    branches,
    counter_skills,
    counters,
    municipalities,
    service_texts,
    services,
)
from kiosk.storage.tables.hours import day_changes, extra_sessions, opening_hours, session_services
from kiosk.storage.tables.leases import counter_leases
from kiosk.storage.tables.queue import (
    calls,
    change_log,
    help_requests,
    printer_alerts,
    ticket_numbers,
    tickets,
)
from kiosk.storage.tables.sync import number_blocks, outbox, sync_state

__all__ = [
    "ID",
    "NAMING",
    "UTCDateTime",
    "appointments",
    "audit_log",
    "branch_services",
    "branches",
    "calendar_feeds",
    "calls",
    "change_log",
    "counter_leases",
    "counter_skills",
    "counters",
    "day_changes",
    "devices",
    "enrollment_codes",
    "extra_sessions",
    "help_requests",
    "metadata",
    "municipalities",
    "number_blocks",
    "opening_hours",
    "outbox",
    "printer_alerts",
    "service_texts",
    "services",
    "session_services",
    "staff",
    "staff_sessions",
    "sync_state",
    "ticket_issuers",
    "ticket_numbers",
    "tickets",
]
