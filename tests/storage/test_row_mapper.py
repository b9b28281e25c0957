"""RowMapper: a core dataclass to its row and back, driven by the dataclass's fields."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import pytest

from kiosk.core.model import (
    Outcome,
    PriorityReason,
    Ticket,
    TicketOrigin,
    TicketState,
)
from kiosk.storage.row_mapper import RowMapper, optional
from kiosk.storage.rows import ticket_from_row, ticket_values

NOW = datetime(2024, 3, 4, 9, 30, tzinfo=UTC)


def _ticket(**changes: object) -> Ticket:
    base = Ticket("t1", "b1", "s1", date(2024, 3, 4), "A", 7, TicketState.WAITING, NOW, NOW, "x")
    return replace(base, **changes)  # type: ignore[arg-type]


class _Row:
    def __init__(self, values: dict[str, object]) -> None:
        self._mapping = values


def test_a_ticket_comes_back_as_it_went_in() -> None:
    t = _ticket(
        origin=TicketOrigin.KIOSK,
        priority=PriorityReason.ELDERLY,
        outcome=Outcome.HELPED,
        printed=True,
    )
    values = ticket_values(t)
    # Enums are stored as their plain text, and the line columns are derived.
    assert type(values["state"]) is str and type(values["priority"]) is str
    assert values["is_priority"] is True and values["in_line"] is True
    assert ticket_from_row(_Row(values)) == t  # type: ignore[arg-type]


def test_empty_optional_columns_and_sqlite_booleans_read_as_the_dataclass_has_them() -> None:
    values = ticket_values(_ticket())
    values.update(priority="", outcome=None, printed=0)
    t = ticket_from_row(_Row(values))  # type: ignore[arg-type]
    assert t.priority is None and t.outcome is None and t.printed is False


def test_fields_without_a_column_are_given_by_the_caller() -> None:
    @dataclass(frozen=True)
    class Desk:
        name: str
        skills: tuple[str, ...] = ()

    desks = RowMapper(Desk, not_stored=("skills",))
    assert desks.values(Desk("one", ("a",))) == {"name": "one"}
    assert desks.from_values({"name": "one"}, skills=("a",)) == Desk("one", ("a",))


def test_a_misspelt_field_is_refused_at_once() -> None:
    with pytest.raises(ValueError, match="prority"):
        RowMapper(Ticket, read={"prority": optional(PriorityReason)})


def test_fields_without_a_column_must_come_last() -> None:
    # The stored fields are handed to the dataclass by position.
    with pytest.raises(ValueError, match="must come last"):
        RowMapper(Ticket, not_stored=("token",))
