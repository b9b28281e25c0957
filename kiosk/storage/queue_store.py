"""The queue's storage functions under their old single name, for modules not yet moved to the
per-thing modules (issue 12 point 1): catalogue_store, number_store, ticket_store, call_store,
alert_store and change_log_store. New code imports those; this module only re-exports them and
goes once nothing imports it any more.
"""

from __future__ import annotations

from kiosk.storage.alert_store import insert_alert, open_alerts, resolve_alerts
from kiosk.storage.call_store import call_by_id, calls_after, insert_call, latest_calls
from kiosk.storage.catalogue_store import (
    all_services,
    branch,
    branch_by_code,
    branches,
    counter,
    counters_of_branch,
    municipality_timezone,
    offered_service,
    open_counters_for,
    service,
    services_of_branch,
    set_counter_open,
)
from kiosk.storage.change_log_store import (
    CHANGE_CHANNEL,
    CHANGE_LOG_LOCK,
    changes_after,
    last_change_seq,
    log_changes,
)
from kiosk.storage.number_store import take_number, take_numbers
from kiosk.storage.ticket_store import (
    count_in_line,
    insert_ticket,
    line_heads,
    no_shows_of_day,
    recent_visits,
    save_ticket,
    state_counts,
    ticket,
    ticket_by_token,
    tickets_at_counter,
    tickets_of_day,
    waiting_counts,
    waiting_of_service,
    waiting_tickets,
)

__all__ = [
    "CHANGE_CHANNEL",
    "CHANGE_LOG_LOCK",
    "all_services",
    "branch",
    "branch_by_code",
    "branches",
    "call_by_id",
    "calls_after",
    "changes_after",
    "count_in_line",
    "counter",
    "counters_of_branch",
    "insert_alert",
    "insert_call",
    "insert_ticket",
    "last_change_seq",
    "latest_calls",
    "line_heads",
    "log_changes",
    "municipality_timezone",
    "no_shows_of_day",
    "offered_service",
    "open_alerts",
    "open_counters_for",
    "recent_visits",
    "resolve_alerts",
    "save_ticket",
    "service",
    "services_of_branch",
    "set_counter_open",
    "state_counts",
    "take_number",
    "take_numbers",
    "ticket",
    "ticket_by_token",
    "tickets_at_counter",
    "tickets_of_day",
    "waiting_counts",
    "waiting_of_service",
    "waiting_tickets",
]
