"""Appointments from a booking system's JSON file. What comes out, the limits and the checks
shared with iCalendar: kiosk.formats.appointment_file.

Any other ``format`` is NOT_A_CALENDAR; unknown keys are ignored::

    {"format": "kiosk-appointments/1", "appointments": [
      {"uid": "b-42", "service": "passport", "branch": "gemeentehuis",
       "start": "2026-12-01T10:30:00+01:00", "minutes": 15, "first_name": "Jan",
       "family_name": "Van den Broeck", "contact": "jan@example.org",
       "birth_date": "1950-04-02", "cancelled": false}]}

Required: ``uid``, ``service``, ``branch``, ``start`` (ISO 8601 *with* offset or ``Z``; without
one it is NAIVE_TIME, as JSON has no zone to fall back on) and ``minutes`` (an integer).
Optional: names (one of them is required), ``contact``, ``birth_date`` (or null), ``cancelled``.
"""

from __future__ import annotations

import json
from datetime import datetime

from kiosk.formats.appointment_file import (
    MAX_BYTES,
    BadItem,
    ImportedAppointment,
    ImportProblemKind,
    ImportResult,
    appointment,
    collect,
    file_problem,
    too_large,
)

JSON_FORMAT = "kiosk-appointments/1"
_K = ImportProblemKind


def _read_item(item: object) -> ImportedAppointment:
    if not isinstance(item, dict):
        raise BadItem(_K.BAD_VALUE, "item is not an object")
    start = item.get("start")
    if not isinstance(start, str) or not start.strip():
        raise BadItem(_K.MISSING_FIELD if start is None else _K.BAD_TIME, "start is missing or odd")
    try:
        starts_at = datetime.fromisoformat(start.strip())  # takes "Z" too (3.11+)
    except ValueError:
        raise BadItem(_K.BAD_TIME, "start is not an ISO 8601 time") from None
    if starts_at.tzinfo is None:
        raise BadItem(_K.NAIVE_TIME, "start has no UTC offset")
    minutes = item.get("minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        kind = _K.MISSING_FIELD if minutes is None else _K.BAD_VALUE
        raise BadItem(kind, "minutes is missing or not a whole number")
    return appointment(item, starts_at, minutes)


def parse_json(data: bytes) -> ImportResult:
    """Appointments and problems from a ``kiosk-appointments/1`` JSON file (see the docstring)."""
    if len(data) > MAX_BYTES:
        return too_large()
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return file_problem(_K.NOT_A_CALENDAR, "the file is not JSON")
    if not isinstance(doc, dict) or doc.get("format") != JSON_FORMAT:
        return file_problem(_K.NOT_A_CALENDAR, f'"format" is not "{JSON_FORMAT}"')
    entries = doc.get("appointments")
    if not isinstance(entries, list):
        return file_problem(_K.NOT_A_CALENDAR, '"appointments" is not a list')
    return collect(
        entries,
        lambda e: e["uid"].strip() if isinstance(e, dict) and isinstance(e.get("uid"), str) else "",
        _read_item,
    )
