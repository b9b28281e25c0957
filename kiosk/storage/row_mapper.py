"""One mapping between a core dataclass and its table row, read from the dataclass's fields.

Each stored dataclass (a ticket, a call, an appointment, a help request...) has a column of the
same name for each of its fields. Written out field by field, every mapping was two long lists
(row to dataclass, dataclass to row) to keep in step with the dataclass by hand; a RowMapper
reads the field list once and is told only what is not stored as it is:

- ``read``: how a column's value becomes the field's (an enum from its text, a bool from
  SQLite's 0/1). Going in, an enum is stored as its text; every other value as it is.
- ``not_stored``: fields without a column (a counter's skills, a service's translations); the
  caller passes them to ``from_values`` itself. They come last in the dataclass.

``one_row`` finds the one row a caller asks for by its key, or raises NotFound.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Mapping
from dataclasses import fields
from operator import attrgetter, itemgetter
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import Row
from sqlalchemy.sql import Executable

from kiosk.storage.errors import NotFound
from kiosk.storage.unit_of_work import Tx

T = TypeVar("T")

#: How a column's value becomes the field's value.
ReadAs = Callable[[Any], Any]


def optional(read_as: ReadAs) -> ReadAs:
    """``read_as`` for a column that may be empty: an empty column (NULL or "") reads as None."""
    return lambda value: read_as(value) if value else None


def _all_at_once(getter: Any, names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """``getter(*names)``, also giving a tuple for a single name (the getters give the bare
    value then)."""
    if len(names) == 1:
        one = getter(names[0])
        return lambda obj: (one(obj),)
    return cast(Callable[[Any], tuple[Any, ...]], getter(*names))


class RowMapper(Generic[T]):
    """Row to dataclass and back for one dataclass (see the module's docstring)."""

    def __init__(
        self,
        cls: type[T],
        *,
        read: Mapping[str, ReadAs] | None = None,
        not_stored: Collection[str] = (),
    ) -> None:
        read = read or {}
        every = fields(cls)  # type: ignore[arg-type]
        names = [f.name for f in every]
        unknown = (set(read) | set(not_stored)) - set(names)
        if unknown:
            raise ValueError(f"{cls.__name__} has no field {sorted(unknown)}")
        stored = [n for n in names if n not in not_stored]
        if names[: len(stored)] != stored or any(f.kw_only for f in every):
            # The stored fields are given by position (see from_values).
            raise ValueError(f"{cls.__name__}: fields without a column must come last")
        self._cls = cls
        self._names = tuple(stored)
        #: (position, name, how to read it) of the fields not stored as they are.
        self._read = tuple((stored.index(n), n, read_as) for n, read_as in read.items())
        # A ticket is mapped for every ticket read or written: the getters take all the
        # fields at once, and the dataclass gets them by position, which together cost less
        # than one look-up and one keyword per field.
        self._get_items = _all_at_once(itemgetter, self._names)
        self._get_fields = _all_at_once(attrgetter, self._names)

    def from_values(self, m: Mapping[Any, Any], **not_stored: Any) -> T:
        """From a row's mapping, or from a decoded wire row (kiosk.storage.wire.decode_row)."""
        values = list(self._get_items(m))
        for i, _name, read_as in self._read:
            values[i] = read_as(values[i])
        return self._cls(*values, **not_stored)

    def from_row(self, r: Row[Any], **not_stored: Any) -> T:
        return self.from_values(r._mapping, **not_stored)

    def values(self, obj: T) -> dict[str, Any]:
        """The row's values, by column name (the enums named in ``read`` as their text)."""
        values = dict(zip(self._names, self._get_fields(obj), strict=True))
        for _i, name, _read_as in self._read:
            value = values[name]
            if isinstance(value, enum.Enum):
                values[name] = value.value
        return values


def one_row(
    conn: Tx,
    statement: Executable,
    what: str,
    key: str,
    params: Mapping[str, Any] | None = None,
) -> Row[Any]:
    """The first row ``statement`` finds: a record asked for by its id, code or token, which
    every caller needs to exist. NotFound(``what``, ``key``) when there is none, so each store
    says the same thing for a missing branch, ticket or appointment."""
    row = conn.execute(statement, params).first()
    if row is None:
        raise NotFound(what, key)
    return row
