"""Appointments from an external booking system's calendar (iCalendar or JSON) in. The staff
calendar feed out is kiosk.services.calendar_feeds.

Import, :func:`parse_ics` / :func:`parse_json` -> ``(appointments, problems)``. They never raise:
a wrong item becomes an :class:`ImportProblem` (the others still come through); a file that is
not ICS/JSON at all gives one. ``ImportProblem.item`` is the item's UID, else its 1-based
position ``"#3"``, or ``"file"``. Limits: :data:`MAX_BYTES` per file, :data:`MAX_ITEMS` items
(the rest are not read; one TOO_LARGE problem says so, and the caller must treat the file as
incomplete). Texts are trimmed and whitespace collapsed; a text over its cap (names 80, contact
120, codes 64, UID 255) refuses the item (TOO_LONG): a cut name or UID would be a wrong one. A UID
seen again in the same file is a DUPLICATE (the first counts). Every item needs all required
fields, even a cancelled one, and at least a first or a family name.

ICS (UTF-8; recurring events, RRULE/RDATE/RECURRENCE-ID, are UNSUPPORTED)::

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
*floating* time (neither) is read as Europe/Brussels wall time, summer time included. A date
without a time, an unknown TZID, a wall time skipped by the spring change, or an end that is
not after the start is BAD_TIME; a length over 24 hours is BAD_VALUE.
Example::

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

JSON (any other ``format`` is NOT_A_CALENDAR; unknown keys are ignored)::

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

import enum
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import icalendar

JSON_FORMAT = "kiosk-appointments/1"
#: Where floating iCalendar times are read: the municipalities are all in Belgium.
LOCAL_ZONE = ZoneInfo("Europe/Brussels")
MAX_ITEMS = 10_000
MAX_BYTES = 16 * 1024 * 1024
NAME_MAX, CONTACT_MAX, CODE_MAX, UID_MAX = 80, 120, 64, 255
MAX_MINUTES = 24 * 60  # 1 minute to 24 hours


# --- import: results -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportedAppointment:
    """One appointment as the booking system sent it; codes are not yet mapped to our ids."""

    external_uid: str
    service_code: str
    branch_code: str
    starts_at: datetime  # aware, UTC
    minutes: int
    first_name: str
    family_name: str
    contact: str
    birth_date: date | None
    cancelled: bool


class ImportProblemKind(enum.StrEnum):
    NOT_A_CALENDAR = "not_a_calendar"  # the whole file: not ICS/JSON, not UTF-8, wrong format
    TOO_LARGE = "too_large"  # the file is over MAX_BYTES, or has over MAX_ITEMS items
    MISSING_FIELD = "missing_field"
    BAD_TIME = "bad_time"  # unreadable, date only, unknown zone, ends before it starts
    NAIVE_TIME = "naive_time"  # JSON start without offset
    BAD_VALUE = "bad_value"  # wrong type, bad birth date or minutes, unreadable item
    TOO_LONG = "too_long"  # a text over its cap
    DUPLICATE = "duplicate"  # the same UID again in this file
    UNSUPPORTED = "unsupported"  # recurring events


@dataclass(frozen=True, slots=True)
class ImportProblem:
    item: str  # the UID, "#<1-based position>" or "file"
    problem: ImportProblemKind
    detail: str


class _Bad(Exception):
    """Internal: ``_Bad(kind, detail)`` refuses one item; :func:`_collect` reports it."""


ImportResult = tuple[list[ImportedAppointment], list[ImportProblem]]
_T = TypeVar("_T")
_K = ImportProblemKind


def _file_problem(kind: ImportProblemKind, detail: str) -> ImportResult:
    return [], [ImportProblem("file", kind, detail)]


def _collect(
    entries: Sequence[_T],
    label_of: Callable[[_T], str],
    read: Callable[[_T], ImportedAppointment],
) -> ImportResult:
    items: list[ImportedAppointment] = []
    problems: list[ImportProblem] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries[:MAX_ITEMS], 1):
        label = f"#{index}"
        try:
            label = label_of(entry)[:UID_MAX] or label
            item = read(entry)
        except _Bad as bad:
            problems.append(ImportProblem(label, *bad.args))
            continue
        except Exception as exc:  # hostile input must never stop the rest of the import
            problems.append(ImportProblem(label, _K.BAD_VALUE, f"unreadable: {exc}"[:200]))
            continue
        if item.external_uid in seen:
            problems.append(ImportProblem(label, _K.DUPLICATE, "this UID came earlier in the file"))
            continue
        seen.add(item.external_uid)
        items.append(item)
    if len(entries) > MAX_ITEMS:
        detail = f"{len(entries)} items; only the first {MAX_ITEMS} were read"
        problems.append(ImportProblem(f"#{MAX_ITEMS + 1}", _K.TOO_LARGE, detail))
    return items, problems


def _text(value: object, what: str, cap: int, *, required: bool = True) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise _Bad(_K.BAD_VALUE, f"{what} is not text")
    # Collapse whitespace (line breaks in a name) and drop control characters.
    text = "".join(ch for ch in " ".join(value.split()) if ch.isprintable())
    if required and not text:
        raise _Bad(_K.MISSING_FIELD, f"{what} is missing")
    if len(text) > cap:
        raise _Bad(_K.TOO_LONG, f"{what} is longer than {cap} characters")
    return text


def _appointment(raw: Mapping[str, Any], starts_at: datetime, minutes: int) -> ImportedAppointment:
    """The checks both formats share. ``raw`` has the JSON keys (the ICS reader fills them)."""
    if not 1 <= minutes <= MAX_MINUTES:
        raise _Bad(_K.BAD_VALUE, f"the length is not between 1 and {MAX_MINUTES} minutes")
    first_name = _text(raw.get("first_name"), "first name", NAME_MAX, required=False)
    family_name = _text(raw.get("family_name"), "family name", NAME_MAX, required=False)
    if not (first_name or family_name):
        raise _Bad(_K.MISSING_FIELD, "name is missing")
    birth_text = _text(raw.get("birth_date"), "birth date", 10, required=False)
    birth_date = None
    if birth_text:
        # fromisoformat alone would also take "19500402"; the format promises YYYY-MM-DD.
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", birth_text):
            raise _Bad(_K.BAD_VALUE, "birth date is not YYYY-MM-DD")
        try:
            birth_date = date.fromisoformat(birth_text)
        except ValueError:
            raise _Bad(_K.BAD_VALUE, "birth date does not exist") from None
        if birth_date > starts_at.date():
            raise _Bad(_K.BAD_VALUE, "birth date is after the appointment")
    cancelled = raw.get("cancelled", False)
    if not isinstance(cancelled, bool):
        raise _Bad(_K.BAD_VALUE, "cancelled is not true or false")
    return ImportedAppointment(
        external_uid=_text(raw.get("uid"), "uid", UID_MAX),
        service_code=_text(raw.get("service"), "service", CODE_MAX),
        branch_code=_text(raw.get("branch"), "branch", CODE_MAX),
        starts_at=starts_at.astimezone(UTC),
        minutes=minutes,
        first_name=first_name,
        family_name=family_name,
        contact=_text(raw.get("contact"), "contact", CONTACT_MAX, required=False),
        birth_date=birth_date,
        cancelled=cancelled,
    )


# --- import: iCalendar -----------------------------------------------------------------------


def _one(event: icalendar.Component, name: str, *, text: bool = False) -> Any:
    value = event.get(name)
    if isinstance(value, list):  # icalendar gives a list when a property appears twice
        raise _Bad(_K.BAD_VALUE, f"{name} appears more than once")
    if text and value is not None:
        # icalendar leaves X- properties raw, but RFC 5545 makes them TEXT: undo \, \; \\ \n.
        return re.sub(r"\\([\\;,nN])", lambda m: {"n": "\n", "N": "\n"}.get(m[1], m[1]), value)
    return value


def _ics_time(event: icalendar.Component, name: str) -> datetime:
    prop = _one(event, name)
    if prop is None:
        raise _Bad(_K.MISSING_FIELD, f"{name} is missing")
    value = prop.dt
    if not isinstance(value, datetime):
        raise _Bad(_K.BAD_TIME, f"{name} is a day without a time")
    if value.tzinfo is not None:
        return value.astimezone(UTC)
    if "TZID" in prop.params:
        raise _Bad(_K.BAD_TIME, f"{name} has an unknown time zone {prop.params['TZID']!r}")
    # Floating time: Brussels wall time. fold=0 takes the first of an hour that repeats in
    # autumn; a time that does not exist in spring (02:30 on the switch day) is refused.
    in_utc = value.replace(tzinfo=LOCAL_ZONE).astimezone(UTC)
    if in_utc.astimezone(LOCAL_ZONE).replace(tzinfo=None) != value:
        raise _Bad(_K.BAD_TIME, f"{name} does not exist in Brussels (summer time change)")
    return in_utc


def _split_name(full: str) -> tuple[str, str]:
    if "," in full:  # "Peeters, Jan", as directories write it
        family, first = full.split(",", 1)
        return first, family
    first, _, family = " ".join(full.split()).partition(" ")
    return first, family


_READ = {"UID", "DTSTART", "DTEND", "DURATION", "CATEGORIES", "LOCATION", "ATTENDEE", "SUMMARY"}
_READ |= {"STATUS", "RRULE", "RDATE", "RECURRENCE-ID"}


def _read_event(event: icalendar.Component, cancel_all: bool) -> ImportedAppointment:
    # icalendar keeps unparsable values as "broken" and lists them; one we do not read (a bad
    # GEO, say) must not refuse the appointment.
    for name, _message in event.errors:
        if name in _READ:
            kind = _K.BAD_TIME if name in {"DTSTART", "DTEND", "DURATION"} else _K.BAD_VALUE
            raise _Bad(kind, f"{name} is unreadable")
    if any(name in event for name in ("RRULE", "RDATE", "RECURRENCE-ID")):
        raise _Bad(_K.UNSUPPORTED, "recurring events are not imported")
    starts_at = _ics_time(event, "DTSTART")
    if "DTEND" in event:
        length = _ics_time(event, "DTEND") - starts_at
    elif "DURATION" in event:
        length = _one(event, "DURATION").dt
    else:
        raise _Bad(_K.MISSING_FIELD, "DTEND or DURATION is missing")
    if not isinstance(length, timedelta) or length <= timedelta(0):
        raise _Bad(_K.BAD_TIME, "does not end after it starts")
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
    return _appointment(raw, starts_at, math.ceil(length.total_seconds() / 60))


def parse_ics(data: bytes) -> ImportResult:
    """Appointments and problems from an iCalendar file (mapping in the module docstring).

    Pitfall: icalendar parses about 0.5 MB a second (10,000 events take ~5 s): call it from a
    worker thread, never from the UI or an event loop."""
    if len(data) > MAX_BYTES:
        return _file_problem(_K.TOO_LARGE, f"the file is larger than {MAX_BYTES} bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _file_problem(_K.NOT_A_CALENDAR, "the file is not UTF-8 text")
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        return _file_problem(_K.NOT_A_CALENDAR, "the file does not start with BEGIN:VCALENDAR")
    try:
        cal = icalendar.Calendar.from_ical(text)
        events = [c for c in cal.subcomponents if c.name == "VEVENT"]
        cancel_all = str(cal.get("METHOD", "")).upper() == "CANCEL"
    except Exception as exc:  # the parser's errors are not all ValueError
        return _file_problem(_K.NOT_A_CALENDAR, f"not a readable calendar: {exc}"[:200])
    return _collect(
        events, lambda e: str(e.get("UID", "")).strip(), lambda e: _read_event(e, cancel_all)
    )


# --- import: JSON ----------------------------------------------------------------------------


def _read_item(item: object) -> ImportedAppointment:
    if not isinstance(item, dict):
        raise _Bad(_K.BAD_VALUE, "item is not an object")
    start = item.get("start")
    if not isinstance(start, str) or not start.strip():
        raise _Bad(_K.MISSING_FIELD if start is None else _K.BAD_TIME, "start is missing or odd")
    try:
        starts_at = datetime.fromisoformat(start.strip())  # takes "Z" too (3.11+)
    except ValueError:
        raise _Bad(_K.BAD_TIME, "start is not an ISO 8601 time") from None
    if starts_at.tzinfo is None:
        raise _Bad(_K.NAIVE_TIME, "start has no UTC offset")
    minutes = item.get("minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        kind = _K.MISSING_FIELD if minutes is None else _K.BAD_VALUE
        raise _Bad(kind, "minutes is missing or not a whole number")
    return _appointment(item, starts_at, minutes)


def parse_json(data: bytes) -> ImportResult:
    """Appointments and problems from a ``kiosk-appointments/1`` JSON file (see the docstring)."""
    if len(data) > MAX_BYTES:
        return _file_problem(_K.TOO_LARGE, f"the file is larger than {MAX_BYTES} bytes")
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return _file_problem(_K.NOT_A_CALENDAR, "the file is not JSON")
    if not isinstance(doc, dict) or doc.get("format") != JSON_FORMAT:
        return _file_problem(_K.NOT_A_CALENDAR, f'"format" is not "{JSON_FORMAT}"')
    entries = doc.get("appointments")
    if not isinstance(entries, list):
        return _file_problem(_K.NOT_A_CALENDAR, '"appointments" is not a list')
    return _collect(
        entries,
        lambda e: e["uid"].strip() if isinstance(e, dict) and isinstance(e.get("uid"), str) else "",
        _read_item,
    )
