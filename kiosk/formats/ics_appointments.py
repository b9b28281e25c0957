"""Appointments from a booking system's iCalendar file (UTF-8). What comes out, the limits and
the checks shared with the JSON format: kiosk.formats.appointment_file.

Recurring events (RRULE/RDATE/RECURRENCE-ID) are UNSUPPORTED. The mapping::

    UID -> external_uid               CATEGORIES (first) -> service_code
    DTSTART -> starts_at              LOCATION -> branch_code
    DTEND or DURATION -> minutes (seconds round up; 1 minute to 24 hours)
    X-KIOSK-FIRST-NAME, X-KIOSK-FAMILY-NAME -> names; if neither is there, the CN of the first
        ATTENDEE that has one, else SUMMARY, is split: "Family, First" at the comma, else the
        first word is the first name (so a SUMMARY must hold just the name)
    X-KIOSK-CONTACT -> contact, else the first ATTENDEE's mailto: address, else ""
    X-KIOSK-BIRTH-DATE (YYYY-MM-DD) -> birth_date
    STATUS:CANCELLED, or any event of a METHOD:CANCEL calendar -> cancelled

DTSTART/DTEND take a TZID (IANA or Windows name, or a VTIMEZONE in the file) or UTC ("Z"). A
*floating* time (neither) is read as wall time in the zone the caller gives (the
municipality's), summer time included. A date without a time, an unknown TZID, a wall time
skipped by the spring change, or an end that is not after the start is BAD_TIME; a length over
24 hours is BAD_VALUE. Example::

    BEGIN:VEVENT
    UID:b-20261201-0042@booking.example
    DTSTART;TZID=Europe/Brussels:20261201T103000
    DURATION:PT15M
    CATEGORIES:passport
    LOCATION:gemeentehuis
    X-KIOSK-FIRST-NAME:Jan
    X-KIOSK-FAMILY-NAME:Van den Broeck
    X-KIOSK-CONTACT:jan@example.org
    X-KIOSK-BIRTH-DATE:1950-04-02
    END:VEVENT
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar

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

_K = ImportProblemKind


def _one(event: icalendar.Component, name: str, *, text: bool = False) -> Any:
    value = event.get(name)
    if isinstance(value, list):  # icalendar gives a list when a property appears twice
        raise BadItem(_K.BAD_VALUE, f"{name} appears more than once")
    if text and value is not None:
        # icalendar leaves X- properties raw, but RFC 5545 makes them TEXT: undo \, \; \\ \n.
        return re.sub(r"\\([\\;,nN])", lambda m: {"n": "\n", "N": "\n"}.get(m[1], m[1]), value)
    return value


def _ics_time(event: icalendar.Component, name: str, zone: ZoneInfo) -> datetime:
    prop = _one(event, name)
    if prop is None:
        raise BadItem(_K.MISSING_FIELD, f"{name} is missing")
    value = prop.dt
    if not isinstance(value, datetime):
        raise BadItem(_K.BAD_TIME, f"{name} is a day without a time")
    if value.tzinfo is not None:
        return value.astimezone(UTC)
    if "TZID" in prop.params:
        raise BadItem(_K.BAD_TIME, f"{name} has an unknown time zone {prop.params['TZID']!r}")
    # Floating time: the municipality's wall time. fold=0 takes the first of an hour that
    # repeats in autumn; a time that does not exist in spring (02:30 on the switch day) is
    # refused.
    in_utc = value.replace(tzinfo=zone).astimezone(UTC)
    if in_utc.astimezone(zone).replace(tzinfo=None) != value:
        raise BadItem(_K.BAD_TIME, f"{name} does not exist in {zone.key} (summer time change)")
    return in_utc


def _split_name(full: str) -> tuple[str, str]:
    if "," in full:  # "Peeters, Jan", as directories write it
        family, first = full.split(",", 1)
        return first, family
    first, _, family = " ".join(full.split()).partition(" ")
    return first, family


_READ = {"UID", "DTSTART", "DTEND", "DURATION", "CATEGORIES", "LOCATION", "ATTENDEE", "SUMMARY"}
_READ |= {"STATUS", "RRULE", "RDATE", "RECURRENCE-ID"}


def _read_event(
    event: icalendar.Component, cancel_all: bool, zone: ZoneInfo
) -> ImportedAppointment:
    # icalendar keeps unparsable values as "broken" and lists them; one we do not read (a bad
    # GEO, say) must not refuse the appointment.
    for name, _message in event.errors:
        if name in _READ:
            kind = _K.BAD_TIME if name in {"DTSTART", "DTEND", "DURATION"} else _K.BAD_VALUE
            raise BadItem(kind, f"{name} is unreadable")
    if any(name in event for name in ("RRULE", "RDATE", "RECURRENCE-ID")):
        raise BadItem(_K.UNSUPPORTED, "recurring events are not imported")
    starts_at = _ics_time(event, "DTSTART", zone)
    if "DTEND" in event:
        length = _ics_time(event, "DTEND", zone) - starts_at
    elif "DURATION" in event:
        length = _one(event, "DURATION").dt
    else:
        raise BadItem(_K.MISSING_FIELD, "DTEND or DURATION is missing")
    if not isinstance(length, timedelta) or length <= timedelta(0):
        raise BadItem(_K.BAD_TIME, "does not end after it starts")
    categories = _one(event, "CATEGORIES")
    attendees = event.get("ATTENDEE") or []
    attendees = attendees if isinstance(attendees, list) else [attendees]
    raw: dict[str, Any] = {
        "uid": _one(event, "UID"),
        "service": str(categories.cats[0]) if categories and categories.cats else None,
        "branch": _one(event, "LOCATION"),
        "first_name": _one(event, "X-KIOSK-FIRST-NAME", text=True),
        "family_name": _one(event, "X-KIOSK-FAMILY-NAME", text=True),
        "contact": _one(event, "X-KIOSK-CONTACT", text=True),
        "birth_date": _one(event, "X-KIOSK-BIRTH-DATE", text=True),
        "cancelled": cancel_all or str(_one(event, "STATUS") or "").upper() == "CANCELLED",
    }
    if raw["first_name"] is None and raw["family_name"] is None:
        cn = next((str(a.params["CN"]) for a in attendees if a.params.get("CN")), None)
        name = cn if cn is not None else str(_one(event, "SUMMARY") or "")
        raw["first_name"], raw["family_name"] = _split_name(name)
    if raw["contact"] is None:
        mailto = next((str(a) for a in attendees if str(a).lower().startswith("mailto:")), "")
        raw["contact"] = mailto[len("mailto:") :]
    # Seconds round up: a slot of 14 min 30 s still needs its 15th minute.
    return appointment(raw, starts_at, math.ceil(length.total_seconds() / 60))


def parse_ics(data: bytes, zone: ZoneInfo) -> ImportResult:
    """Appointments and problems from an iCalendar file (mapping in the module docstring);
    floating times are wall times in ``zone``, the municipality's.

    Pitfall: icalendar parses about 0.5 MB a second (10,000 events take ~5 s): call it from a
    worker thread, never from the UI or an event loop."""
    if len(data) > MAX_BYTES:
        return too_large()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return file_problem(_K.NOT_A_CALENDAR, "the file is not UTF-8 text")
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        return file_problem(_K.NOT_A_CALENDAR, "the file does not start with BEGIN:VCALENDAR")
    try:
        cal = icalendar.Calendar.from_ical(text)
        events = [c for c in cal.subcomponents if c.name == "VEVENT"]
        cancel_all = str(cal.get("METHOD", "")).upper() == "CANCEL"
    except Exception as exc:  # the parser's errors are not all ValueError
        return file_problem(_K.NOT_A_CALENDAR, f"not a readable calendar: {exc}"[:200])
    return collect(
        events, lambda e: str(e.get("UID", "")).strip(), lambda e: _read_event(e, cancel_all, zone)
    )
