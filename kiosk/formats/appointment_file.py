"""What a booking system's appointment file becomes, whatever its format, and the checks both
formats (kiosk.formats.ics_appointments, kiosk.formats.json_appointments) share.

A reader returns ``(appointments, problems)`` and never raises: a wrong item becomes an
:class:`ImportProblem` (the others still come through); a file that is not ICS/JSON at all
gives one. ``ImportProblem.item`` is the item's UID, else its 1-based position ``"#3"``, or
``"file"``. Limits: :data:`MAX_BYTES` per file, :data:`MAX_ITEMS` items (the rest are not
read; one TOO_LARGE problem says so, and the caller must treat the file as incomplete). Texts
are trimmed and whitespace collapsed; a text over its cap (names 80, contact 120, codes 64, UID
255) refuses the item (TOO_LONG): a cut name or UID would be a wrong one. A UID seen again in
the same file is a DUPLICATE (the first counts). Every item needs all required fields, even a
cancelled one, and at least a first or a family name.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeVar

MAX_ITEMS = 10_000
MAX_BYTES = 16 * 1024 * 1024
NAME_MAX, CONTACT_MAX, CODE_MAX, UID_MAX = 80, 120, 64, 255
MAX_MINUTES = 24 * 60  # 1 minute to 24 hours


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


class BadItem(Exception):
    """``BadItem(kind, detail)`` refuses one item; :func:`collect` reports it. Never leaves the
    readers."""


ImportResult = tuple[list[ImportedAppointment], list[ImportProblem]]
_T = TypeVar("_T")
_K = ImportProblemKind


def file_problem(kind: ImportProblemKind, detail: str) -> ImportResult:
    return [], [ImportProblem("file", kind, detail)]


def too_large() -> ImportResult:
    return file_problem(_K.TOO_LARGE, f"the file is larger than {MAX_BYTES} bytes")


def collect(
    entries: Sequence[_T],
    label_of: Callable[[_T], str],
    read: Callable[[_T], ImportedAppointment],
) -> ImportResult:
    """Every entry ``read``, at most MAX_ITEMS; a refused or repeated one becomes a problem."""
    items: list[ImportedAppointment] = []
    problems: list[ImportProblem] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries[:MAX_ITEMS], 1):
        label = f"#{index}"
        try:
            label = label_of(entry)[:UID_MAX] or label
            item = read(entry)
        except BadItem as bad:
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


def clean_text(value: object, what: str, cap: int, *, required: bool = True) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise BadItem(_K.BAD_VALUE, f"{what} is not text")
    # Collapse whitespace (line breaks in a name) and drop control characters.
    text = "".join(ch for ch in " ".join(value.split()) if ch.isprintable())
    if required and not text:
        raise BadItem(_K.MISSING_FIELD, f"{what} is missing")
    if len(text) > cap:
        raise BadItem(_K.TOO_LONG, f"{what} is longer than {cap} characters")
    return text


def appointment(raw: Mapping[str, Any], starts_at: datetime, minutes: int) -> ImportedAppointment:
    """The checks both formats share. ``raw`` has the JSON keys (the ICS reader fills them)."""
    if not 1 <= minutes <= MAX_MINUTES:
        raise BadItem(_K.BAD_VALUE, f"the length is not between 1 and {MAX_MINUTES} minutes")
    first_name = clean_text(raw.get("first_name"), "first name", NAME_MAX, required=False)
    family_name = clean_text(raw.get("family_name"), "family name", NAME_MAX, required=False)
    if not (first_name or family_name):
        raise BadItem(_K.MISSING_FIELD, "name is missing")
    birth_text = clean_text(raw.get("birth_date"), "birth date", 10, required=False)
    birth_date = None
    if birth_text:
        # fromisoformat alone would also take "19500402"; the format promises YYYY-MM-DD.
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", birth_text):
            raise BadItem(_K.BAD_VALUE, "birth date is not YYYY-MM-DD")
        try:
            birth_date = date.fromisoformat(birth_text)
        except ValueError:
            raise BadItem(_K.BAD_VALUE, "birth date does not exist") from None
        if birth_date > starts_at.date():
            raise BadItem(_K.BAD_VALUE, "birth date is after the appointment")
    cancelled = raw.get("cancelled", False)
    if not isinstance(cancelled, bool):
        raise BadItem(_K.BAD_VALUE, "cancelled is not true or false")
    return ImportedAppointment(
        external_uid=clean_text(raw.get("uid"), "uid", UID_MAX),
        service_code=clean_text(raw.get("service"), "service", CODE_MAX),
        branch_code=clean_text(raw.get("branch"), "branch", CODE_MAX),
        starts_at=starts_at.astimezone(UTC),
        minutes=minutes,
        first_name=first_name,
        family_name=family_name,
        contact=clean_text(raw.get("contact"), "contact", CONTACT_MAX, required=False),
        birth_date=birth_date,
        cancelled=cancelled,
    )
