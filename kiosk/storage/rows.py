"""Mapping between table rows and the core's dataclasses."""

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


def ticket_from_row(r: Row[Any]) -> Ticket:
    m = r._mapping
    return Ticket(
        id=m["id"],
        branch_id=m["branch_id"],
        service_id=m["service_id"],
        day=m["day"],
        letter=m["letter"],
        number=m["number"],
        state=TicketState(m["state"]),
        issued_at=m["issued_at"],
        arrived_at=m["arrived_at"],
        token=m["token"],
        origin=TicketOrigin(m["origin"]),
        priority=PriorityReason(m["priority"]) if m["priority"] else None,
        counter_id=m["counter_id"],
        target_counter_id=m["target_counter_id"],
        called_at=m["called_at"],
        serving_at=m["serving_at"],
        done_at=m["done_at"],
        no_show_at=m["no_show_at"],
        transferred_at=m["transferred_at"],
        parked_at=m["parked_at"],
        cancelled_at=m["cancelled_at"],
        recalls=m["recalls"],
        last_called_at=m["last_called_at"],
        outcome=Outcome(m["outcome"]) if m["outcome"] else None,
        printed=bool(m["printed"]),
        appointment_id=m["appointment_id"],
        due_at=m["due_at"],
        version=m["version"],
    )


def ticket_values(t: Ticket) -> dict[str, Any]:
    return {
        "id": t.id,
        "branch_id": t.branch_id,
        "service_id": t.service_id,
        "day": t.day,
        "letter": t.letter,
        "number": t.number,
        "state": t.state.value,
        "origin": t.origin.value,
        "priority": t.priority.value if t.priority else None,
        "is_priority": t.priority is not None,
        "in_line": t.state in WAITING_STATES,
        "token": t.token,
        "counter_id": t.counter_id,
        "target_counter_id": t.target_counter_id,
        "issued_at": t.issued_at,
        "arrived_at": t.arrived_at,
        "called_at": t.called_at,
        "serving_at": t.serving_at,
        "done_at": t.done_at,
        "no_show_at": t.no_show_at,
        "transferred_at": t.transferred_at,
        "parked_at": t.parked_at,
        "cancelled_at": t.cancelled_at,
        "last_called_at": t.last_called_at,
        "recalls": t.recalls,
        "outcome": t.outcome.value if t.outcome else None,
        "printed": t.printed,
        "appointment_id": t.appointment_id,
        "due_at": t.due_at,
        "version": t.version,
    }


def branch_from_row(r: Row[Any]) -> Branch:
    return branch_from_values(r._mapping)


def branch_from_values(m: Mapping[Any, Any]) -> Branch:
    return Branch(
        id=m["id"],
        municipality_id=m["municipality_id"],
        code=m["code"],
        name=m["name"],
        kind=BranchKind(m["kind"]),
        address=m["address"],
    )


def service_from_row(r: Row[Any]) -> Service:
    return service_from_values(r._mapping)


def service_from_values(m: Mapping[Any, Any]) -> Service:
    return Service(
        id=m["id"],
        code=m["code"],
        letter=m["letter"],
        name=m["name"],
        description=m["description"],
        bring=m["bring"],
        expected_minutes=m["expected_minutes"],
        icon=m["icon"],
        sort_order=m["sort_order"],
        needs_appointment=bool(m["needs_appointment"]),
    )


def counter_from_row(r: Row[Any], skills: tuple[CounterSkill, ...]) -> Counter:
    m = r._mapping
    return Counter(
        id=m["id"],
        branch_id=m["branch_id"],
        number=m["number"],
        name=m["name"],
        kind=CounterKind(m["kind"]),
        skills=skills,
    )


def call_from_row(r: Row[Any]) -> Call:
    m = r._mapping
    return Call(
        id=m["id"],
        branch_id=m["branch_id"],
        ticket_id=m["ticket_id"],
        ticket_number=m["ticket_number"],
        counter_id=m["counter_id"],
        counter_number=m["counter_number"],
        counter_name=m["counter_name"],
        service_id=m["service_id"],
        at=m["at"],
        recall=bool(m["recall"]),
        seq=m["seq"],
    )


def alert_from_row(r: Row[Any]) -> PrinterAlert:
    m = r._mapping
    return PrinterAlert(
        id=m["id"],
        branch_id=m["branch_id"],
        device_id=m["device_id"],
        device_name=m["device_name"],
        problem=m["problem"],
        at=m["at"],
        resolved_at=m["resolved_at"],
    )


def call_values(c: Call) -> dict[str, Any]:
    return {
        "seq": c.seq,
        "id": c.id,
        "branch_id": c.branch_id,
        "ticket_id": c.ticket_id,
        "ticket_number": c.ticket_number,
        "counter_id": c.counter_id,
        "counter_number": c.counter_number,
        "counter_name": c.counter_name,
        "service_id": c.service_id,
        "at": c.at,
        "recall": c.recall,
    }


def branch_values(b: Branch) -> dict[str, Any]:
    return {
        "id": b.id,
        "municipality_id": b.municipality_id,
        "code": b.code,
        "name": b.name,
        "kind": b.kind.value,
        "address": b.address,
    }


def service_values(s: Service) -> dict[str, Any]:
    return {
        "id": s.id,
        "code": s.code,
        "letter": s.letter,
        "name": s.name,
        "description": s.description,
        "bring": s.bring,
        "expected_minutes": s.expected_minutes,
        "icon": s.icon,
        "sort_order": s.sort_order,
        "needs_appointment": s.needs_appointment,
    }
