"""Table rows as JSON-safe dicts, and back: what the server sends and a replica stores.

A row travels as a record of the protocol (kiosk.sync.records): ``{field: value}`` for the
record's own fields, each read from (and stored in) its column through ``COLUMN_OF``, so a
column renamed here changes no message. Dates and times travel as ISO 8601 text (times in UTC,
with offset); decoding goes by the column's type, never by guessing from the text.

Pitfall: a ticket's ``token`` opens its public status page. It is never sent to a terminal (the
kiosk that made the ticket printed it already); replicas store a placeholder instead, which is
unique like the column requires and opens nothing. An appointment's ``reference`` (the check-in
code) is the same kind of secret: a terminal gets it, keyed, or a placeholder (see ``Audience``).

Storing decoded rows in a terminal's replica is kiosk/storage/replica_store.py.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, Table

from kiosk.storage import tables as tb
from kiosk.storage.tables import UTCDateTime
from kiosk.sync.records import RECORD_FIELDS


class Audience(enum.StrEnum):
    """Who a snapshot, a feed page or an answer is for; what each may hold of an appointment.

    No terminal gets a match key (a fast hash of name and birth date: a few million guesses
    give the name back) or the booking system's id."""

    #: A counter with a signed-in clerk: names, contact, birth date, reference.
    STAFF = "staff"
    #: A kiosk: nothing personal; the reference only keyed (``core.appointments.code_key``).
    KIOSK = "kiosk"
    #: A display, a volunteer desk, a counter nobody is signed in at: nothing personal, no
    #: reference.
    SHIELDED = "shielded"


#: What every terminal gets instead of these columns.
NEVER_SENT: dict[str, dict[str, Any]] = {"appointments": {"match_key": None, "external_uid": None}}
#: Personal data: the value a terminal without a signed-in clerk gets instead.
PERSONAL: dict[str, dict[str, Any]] = {
    "appointments": {
        "first_name": "",
        "family_name": "",
        "contact": "",
        "birth_date": None,
        **NEVER_SENT["appointments"],
    },
}


def for_audience(
    table_name: str,
    row: dict[str, Any] | None,
    audience: Audience,
    code_key: Callable[[str], str] | None = None,
) -> dict[str, Any] | None:
    """``row`` (wire form) as ``audience`` may hold it. ``code_key`` keys a reference for a
    kiosk (without it a kiosk gets no reference at all)."""
    if row is None or table_name not in PERSONAL:
        return row
    if audience is Audience.STAFF:
        return {**row, **NEVER_SENT[table_name]}
    out = {**row, **PERSONAL[table_name], "reference": None}
    reference = row.get("reference")
    if audience is Audience.KIOSK and code_key is not None and reference:
        out["reference"] = code_key(reference)
    return out


def rows_for_audience(
    rows: Mapping[str, list[dict[str, Any]]],
    audience: Audience,
    code_key: Callable[[str], str] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Every row of a snapshot or an answer (``{table: [row]}``) as ``audience`` may hold it."""
    return {
        table: [for_audience(table, r, audience, code_key) or r for r in found]
        for table, found in rows.items()
    }


HIDDEN_TOKEN_PREFIX = "~"

#: A record's field whose column has another name: ``{table: {field: column}}``. Renaming a
#: column of a replicated table means one entry here, and no protocol change.
COLUMN_OF: dict[str, dict[str, str]] = {}


def _columns(table: Table) -> dict[str, str]:
    """``{field: column}`` of the record ``table`` travels as."""
    renamed = COLUMN_OF.get(table.name, {})
    return {field: renamed.get(field, field) for field in RECORD_FIELDS[table.name]}


def _encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def encode_row(table: Table, row: Mapping[Any, Any], *, keep_token: bool = False) -> dict[str, Any]:
    """``keep_token`` only for the kiosk pushing its own new ticket to the server."""
    columns = _columns(table)
    out = {field: _encode_value(row[column]) for field, column in columns.items()}
    if table.name == tb.tickets.name and not keep_token:
        out["token"] = None
    return out


def decode_row(table: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """The row for ``table`` from its wire form. Raises ValueError on a bad row (a value of
    the wrong type or too long, a time without offset, a missing required value), so that a
    bad push is refused before it reaches the database."""
    if not isinstance(data, Mapping):
        raise ValueError(f"{table.name}: a row must be an object")
    out: dict[str, Any] = {}
    for field, column in _columns(table).items():
        c = table.c[column]
        value = data.get(field)
        if value is None:
            hidden_token = (table is tb.tickets and c.name == "token") or (
                table is tb.appointments and c.name == "reference"
            )  # placeholder below
            if not (c.nullable or c.default is not None or c.primary_key or hidden_token):
                raise ValueError(f"{table.name}.{field}: missing")
        else:
            value = _decode_value(table, c, value)
        out[c.name] = value
    if table is tb.tickets and not out.get("token"):
        out["token"] = HIDDEN_TOKEN_PREFIX + str(out["id"])
    if table is tb.appointments and not out.get("reference"):
        out["reference"] = HIDDEN_TOKEN_PREFIX + str(out["id"])  # unique, like the column
    return out


def _decode_value(table: Table, c: Any, value: Any) -> Any:
    where = f"{table.name}.{c.name}"
    if isinstance(c.type, UTCDateTime | Date):
        if not isinstance(value, str):
            raise ValueError(f"{where}: expected ISO 8601 text")
        if isinstance(c.type, Date):
            return date.fromisoformat(value)
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError(f"{where}: time without offset")
        return moment
    python_type = c.type.python_type
    if python_type is bool:
        if not isinstance(value, bool):
            raise ValueError(f"{where}: expected true or false")
    elif python_type is int:
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**31 - 1:
            raise ValueError(f"{where}: expected a whole number")
    elif python_type is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{where}: expected a number")
    elif python_type is str:
        length = getattr(c.type, "length", None)
        if not isinstance(value, str) or (length is not None and len(value) > length):
            raise ValueError(f"{where}: expected text of at most {length} characters")
        if "\x00" in value:
            raise ValueError(f"{where}: text with a NUL character")
    return value
