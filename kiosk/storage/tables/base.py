"""What every table module shares: the one ``metadata`` (with the naming convention the
migrations rely on), the UTC datetime type, the id type and the columns that hold ids."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, DateTime, ForeignKey, Integer, MetaData, String
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


def id_column() -> Column[Any]:
    """A record's own ``id``: a UUID as text, made by the terminal that creates the record, so
    that a record made offline keeps its id when it reaches the server."""
    return Column("id", ID, primary_key=True)


def foreign_id(
    name: str, table: str, *, nullable: bool = False, primary_key: bool = False
) -> Column[Any]:
    """A column ``name`` that holds the id of a row of ``table`` (a foreign key to it)."""
    return Column(name, ID, ForeignKey(f"{table}.id"), nullable=nullable, primary_key=primary_key)


def opening_period(*, nullable: bool = False) -> tuple[Column[Any], Column[Any]]:
    """``opens_min`` and ``closes_min``: minutes after midnight, local time (9:30 = 570). Plain
    whole numbers travel and compare the same on SQLite and PostgreSQL."""
    return (
        Column("opens_min", Integer, nullable=nullable),
        Column("closes_min", Integer, nullable=nullable),
    )
