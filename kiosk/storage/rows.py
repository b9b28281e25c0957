"""Mapping between table rows and the core's dataclasses (kiosk.storage.row_mapper)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Row

from kiosk.core.model import (
    WAITING_STATES,
    Branch,
    BranchKind,
    Call,
    Counter,
    CounterKind,
    CounterSkill,
    Outcome,
    PrinterAlert,
    PriorityReason,
    Service,
    Ticket,
    TicketOrigin,
    TicketState,
)
from kiosk.storage.row_mapper import RowMapper, optional

TICKETS = RowMapper(
    Ticket,
    read={
        "state": TicketState,
        "origin": TicketOrigin,
        "priority": optional(PriorityReason),
        "outcome": optional(Outcome),
        "printed": bool,
    },
)
BRANCHES = RowMapper(Branch, read={"kind": BranchKind})
#: A service's translations are in their own table (service_text_store.with_texts).
SERVICES = RowMapper(Service, read={"needs_appointment": bool}, not_stored=("texts",))
#: A counter's skills are in their own table (counter_skills).
COUNTERS = RowMapper(Counter, read={"kind": CounterKind}, not_stored=("skills",))
CALLS = RowMapper(Call, read={"recall": bool})
ALERTS = RowMapper(PrinterAlert)


def ticket_from_row(r: Row[Any]) -> Ticket:
    return TICKETS.from_row(r)


def ticket_values(t: Ticket) -> dict[str, Any]:
    """The ticket's row, with the two columns the line indexes are built on."""
    values = TICKETS.values(t)
    values["is_priority"] = t.priority is not None
    values["in_line"] = t.state in WAITING_STATES
    return values


def branch_from_row(r: Row[Any]) -> Branch:
    return BRANCHES.from_row(r)


def branch_from_values(m: Mapping[Any, Any]) -> Branch:
    return BRANCHES.from_values(m)


def service_from_row(r: Row[Any]) -> Service:
    return SERVICES.from_row(r)


def service_from_values(m: Mapping[Any, Any]) -> Service:
    return SERVICES.from_values(m)


def counter_from_row(r: Row[Any], skills: tuple[CounterSkill, ...]) -> Counter:
    return COUNTERS.from_row(r, skills=skills)


def counter_values(c: Counter) -> dict[str, Any]:
    """Without ``is_open``: whether a counter is open is the console's to say, not the row's."""
    return COUNTERS.values(c)


def call_from_row(r: Row[Any]) -> Call:
    return CALLS.from_row(r)


def alert_from_row(r: Row[Any]) -> PrinterAlert:
    return ALERTS.from_row(r)


def call_values(c: Call) -> dict[str, Any]:
    return CALLS.values(c)


def branch_values(b: Branch) -> dict[str, Any]:
    return BRANCHES.values(b)


def service_values(s: Service) -> dict[str, Any]:
    return SERVICES.values(s)
