"""Appointments: who is expected when, and the pure rules around them.

An appointment is booked for a service at a branch, at a time and for a length, and planned on
one counter that serves the service (that counter's calendar shows it). It keeps only what is
needed to greet and reach the resident: a first and family name, one way to reach them (phone
or e-mail, optional) and, optional, a birth date so the resident can check in by name.

The server finds residents who give their name by ``match_key``, a hash of the family name and
birth date (see ``match_key``); a kiosk asks the server, it never holds names or match keys.
A kiosk finds the code on the letter by ``code_key``, a keyed hash of the reference, so that it
can check residents in while the network is down. Only a counter with a signed-in clerk, and the
server, hold names and contact details.

Times are aware UTC datetimes, like everywhere in the core.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta


class AppointmentState(enum.StrEnum):
    """BOOKED until the resident checks in (CHECKED_IN: a ticket is in the queue), then the ticket
    carries the visit. NO_SHOW: staff marked that nobody came. CANCELLED: by staff or resident."""

    BOOKED = "booked"
    CHECKED_IN = "checked_in"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


OPEN_STATES = frozenset({AppointmentState.BOOKED, AppointmentState.CHECKED_IN})


class AppointmentSource(enum.StrEnum):
    COUNTER = "counter"  # booked by staff at a counter console
    IMPORT = "import"  # from an external booking system (iCalendar or JSON)


@dataclass(frozen=True, slots=True)
class Appointment:
    """One booked visit. ``reference`` is the short code on the confirmation slip and in its QR
    code; ``external_uid`` is the booking system's own id for an imported appointment, so that a
    second import updates instead of duplicating."""

    id: str
    branch_id: str
    service_id: str
    counter_id: str | None
    starts_at: datetime
    minutes: int
    first_name: str
    family_name: str
    contact: str
    birth_date: date | None
    reference: str
    state: AppointmentState
    created_at: datetime
    source: AppointmentSource = AppointmentSource.COUNTER
    external_uid: str | None = None
    match_key: str | None = None
    ticket_id: str | None = None
    checked_in_at: datetime | None = None
    no_show_at: datetime | None = None
    cancelled_at: datetime | None = None
    version: int = 1

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.family_name}".strip()


@dataclass(frozen=True, slots=True)
class CheckInRules:
    """When a resident may check in, set by the municipality (admin), with these defaults.

    opens_before_min: check-in opens this many minutes before the slot (earlier: "come back at").
    late_after_min: up to this many minutes after the slot start the appointment still counts;
        later, the kiosk offers a walk-in ticket instead (the clerk's next slot may be taken).
    """

    opens_before_min: int = 30
    late_after_min: int = 15


class CheckInVerdict(enum.StrEnum):
    OK = "ok"
    NOT_FOUND = "not_found"  # no appointment with that code (or name and birth date)
    TOO_EARLY = "too_early"
    TOO_LATE = "too_late"  # offer a walk-in ticket, kindly
    OTHER_DAY = "other_day"
    OTHER_BRANCH = "other_branch"
    ALREADY = "already"  # already checked in: show the same ticket again
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"  # marked no-show earlier today: treat like too late


def check_in_verdict(
    appt: Appointment,
    branch_id: str,
    now: datetime,
    local_day: date,
    rules: CheckInRules,
    appt_local_day: date,
) -> CheckInVerdict:
    """May the resident of ``appt`` check in at ``branch_id`` at ``now``?

    ``local_day``/``appt_local_day``: today and the appointment's day in the municipality's zone
    (the caller converts; the core has no zone database of its own to guess with)."""
    if appt.state is AppointmentState.CANCELLED:
        return CheckInVerdict.CANCELLED
    if appt.state is AppointmentState.CHECKED_IN:
        return CheckInVerdict.ALREADY
    if appt_local_day != local_day:
        return CheckInVerdict.OTHER_DAY
    if appt.branch_id != branch_id:
        return CheckInVerdict.OTHER_BRANCH
    if appt.state is AppointmentState.NO_SHOW:
        return CheckInVerdict.NO_SHOW
    if now < appt.starts_at - timedelta(minutes=rules.opens_before_min):
        return CheckInVerdict.TOO_EARLY
    if now > appt.starts_at + timedelta(minutes=rules.late_after_min):
        return CheckInVerdict.TOO_LATE
    return CheckInVerdict.OK


class DayStatus(enum.StrEnum):
    """How an appointment of today looks to the counter."""

    DUE = "due"  # booked, its start time has not come yet
    CHECKED_IN = "checked_in"
    LATE = "late"  # booked, past its start, not checked in (maybe still within the limit)
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


def day_status(appt: Appointment, now: datetime) -> DayStatus:
    if appt.state is AppointmentState.CANCELLED:
        return DayStatus.CANCELLED
    if appt.state is AppointmentState.NO_SHOW:
        return DayStatus.NO_SHOW
    if appt.state is AppointmentState.CHECKED_IN:
        return DayStatus.CHECKED_IN
    return DayStatus.LATE if now > appt.starts_at else DayStatus.DUE


# --- reference codes and look-up keys ------------------------------------------------------

#: No 0/O, 1/I/L, 5/S, 2/Z, 8/B: a reference read out over the phone or typed by an elderly
#: resident on a keypad must not be mistaken.
REFERENCE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
REFERENCE_LENGTH = 6


def new_reference() -> str:
    """A short code like "K7QD4X": 25^6 = 244 million codes, so guessing one is hopeless, and
    six characters fit a keypad and a phone call."""
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


#: What the confirmation QR code holds: a prefix so the kiosk can tell an appointment code from
#: any other barcode a scanner might read (a library card, a product).
QR_PREFIX = "KIOSK-APPT:"


def qr_payload(reference: str) -> str:
    return f"{QR_PREFIX}{reference}"


def normalize_reference(text: str) -> str | None:
    """The reference in typed or scanned text, or None when there is none.

    Accepts the QR payload, the bare code, lower case, spaces and dashes ("k7q-d4x"). A
    character outside the alphabet is refused, never guessed at: a wrong guess could check in
    someone else's appointment."""
    t = text.strip()
    if t.upper().startswith(QR_PREFIX):
        t = t[len(QR_PREFIX) :]
    t = "".join(ch for ch in t.upper() if ch not in " -_.")
    if len(t) != REFERENCE_LENGTH or any(ch not in REFERENCE_ALPHABET for ch in t):
        return None
    return t


def normalize_name(name: str) -> str:
    """Family names as a resident may type them: case, accents, spaces, hyphens and apostrophes
    do not matter ("Van den Broeck", "van den broeck", "Vandenbroeck" all match; "Dupré" matches
    "Dupre")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if ch.isalpha() and not unicodedata.combining(ch))


def match_key(family_name: str, birth_date: date) -> str:
    """The key the server finds an appointment by: a hash of the normalised family name and the
    birth date.

    Pitfall: it is a pseudonym, not anonymity: common names times a century of birth dates are a
    few million hashes, a second of work. So it never leaves the server (the kiosk asks the
    server instead). Empty names give no key."""
    norm = normalize_name(family_name)
    digest = hashlib.sha256(f"kiosk-appt|{norm}|{birth_date.isoformat()}".encode())
    return digest.hexdigest()


def key_for(family_name: str, birth_date: date | None) -> str | None:
    if birth_date is None or not normalize_name(family_name):
        return None
    return match_key(family_name, birth_date)


#: How a keyed code starts, so that it is never taken for a reference (no reference has "#").
CODE_KEY_PREFIX = "#"
#: 11 base32 characters after the prefix: 55 bits, so two of a replica's appointments never
#: share one, and the whole fits the reference column (12 characters).
CODE_KEY_LENGTH = 11


def code_key(secret: str, reference: str) -> str:
    """What a kiosk's replica holds instead of the reference: an HMAC of it under the
    municipality's check-in secret, which the kiosk keeps in the OS keyring, never in its
    database. The kiosk keys a typed or scanned code the same way and looks it up, also while
    offline. Without the secret, the replica's values say nothing and cannot be tried out."""
    digest = hmac.new(secret.encode(), f"kiosk-code|{reference}".encode(), hashlib.sha256)
    text = base64.b32encode(digest.digest()).decode().rstrip("=")
    return CODE_KEY_PREFIX + text[:CODE_KEY_LENGTH]
