"""The domain in plain data: municipality, branches, counters, services and tickets.

Everything here is a frozen dataclass or an enum from the standard library, so the same objects
serve the terminals, the server and the tests. Ids are UUID strings made by whoever creates the
record (a kiosk, a counter, the server), which is what lets records sync without renumbering.
Times are timezone-aware UTC datetimes; turning them into local time is the UI's job.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from kiosk.core.service_texts import MUNICIPALITY_LANGUAGE, ServiceText, pick


def new_id() -> str:
    """A fresh record id (UUID4 text). Made on the device that creates the record."""
    return str(uuid.uuid4())


class BranchKind(enum.StrEnum):
    TOWN_HALL = "town_hall"
    LIBRARY = "library"


class CounterKind(enum.StrEnum):
    DESK = "desk"
    VOLUNTEER_DESK = "volunteer_desk"


class DeviceRole(enum.StrEnum):
    KIOSK = "kiosk"
    COUNTER = "counter"
    DISPLAY = "display"
    VOLUNTEER = "volunteer"


class StaffRole(enum.StrEnum):
    """What a person may do: serve at a counter, help as a library volunteer, see the figures,
    or manage the system."""

    COUNTER_STAFF = "counter_staff"
    VOLUNTEER = "volunteer"
    MANAGER = "manager"
    ADMIN = "admin"


class TicketState(enum.StrEnum):
    """Where a ticket is in its life.

    WAITING and TRANSFERRED both mean "in a queue": TRANSFERRED tickets wait in the queue of the
    service (or counter) they were sent to, with their original arrival time. PARKED tickets stay
    with the counter that parked them until that counter resumes them.
    """

    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    TRANSFERRED = "transferred"
    PARKED = "parked"
    CANCELLED = "cancelled"


WAITING_STATES = frozenset({TicketState.WAITING, TicketState.TRANSFERRED})
#: States in which a ticket is with a counter (at most one counter, see the queue invariants).
AT_COUNTER_STATES = frozenset({TicketState.CALLED, TicketState.SERVING, TicketState.PARKED})
#: States in which the counter is busy with the ticket right now (a parked ticket frees the desk).
ACTIVE_STATES = frozenset({TicketState.CALLED, TicketState.SERVING})
FINAL_STATES = frozenset({TicketState.DONE, TicketState.CANCELLED})


class PriorityReason(enum.StrEnum):
    """Why a resident goes first: asked at the kiosk or set by staff."""

    ELDERLY = "elderly"
    DISABILITY = "disability"
    PREGNANCY = "pregnancy"
    STAFF = "staff"


class Outcome(enum.StrEnum):
    """How a visit ended, chosen by the clerk when finishing a ticket."""

    HELPED = "helped"
    FOLLOW_UP = "follow_up"
    REFERRED = "referred"
    NOT_POSSIBLE = "not_possible"


class TicketOrigin(enum.StrEnum):
    KIOSK = "kiosk"
    COUNTER = "counter"
    APPOINTMENT = "appointment"


@dataclass(frozen=True, slots=True)
class Municipality:
    """``timezone``: the IANA name of the municipality's wall clock (no default: it is the
    municipality's own, set with its catalogue). ``phone`` and ``website``: where residents make
    an appointment (kiosk, slips)."""

    id: str
    name: str
    timezone: str
    phone: str = ""
    website: str = ""


@dataclass(frozen=True, slots=True)
class Branch:
    id: str
    municipality_id: str
    code: str
    name: str
    kind: BranchKind
    address: str = ""


@dataclass(frozen=True, slots=True)
class Service:
    """A thing a resident can come for, e.g. "Identiteitskaart".

    ``letter`` prefixes ticket numbers (A001). ``name``, ``description`` and ``bring`` are the
    municipality's own texts in its language (Dutch in the demo); the UI shows them as data.
    ``icon`` names a file in resources/icons without extension. ``needs_appointment``: no
    walk-in tickets; the kiosk says how to make an appointment instead. ``texts``: the same
    texts in other languages (kiosk.core.service_texts); screens show ``in_language(lang)``.
    """

    id: str
    code: str
    letter: str
    name: str
    description: str
    bring: str
    expected_minutes: int
    icon: str = "question"
    sort_order: int = 0
    needs_appointment: bool = False
    texts: tuple[ServiceText, ...] = ()

    def in_language(self, lang: str) -> ServiceText:
        """Name, description and what to bring in ``lang``, Dutch where there is no
        translation (the rules: kiosk.core.service_texts.pick)."""
        own = ServiceText(MUNICIPALITY_LANGUAGE, self.name, self.description, self.bring)
        return pick(own, self.texts, lang)


@dataclass(frozen=True, slots=True)
class CounterSkill:
    """A service a counter serves, with a weight: 1.0 for its main work, lower for help-out work."""

    service_id: str
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class Counter:
    id: str
    branch_id: str
    number: int
    name: str
    kind: CounterKind
    skills: tuple[CounterSkill, ...] = ()

    def serves(self, service_id: str) -> bool:
        return any(s.service_id == service_id for s in self.skills)

    def weight(self, service_id: str) -> float:
        for s in self.skills:
            if s.service_id == service_id:
                return s.weight
        return 0.0


@dataclass(frozen=True, slots=True)
class Device:
    id: str
    branch_id: str
    role: DeviceRole
    name: str
    counter_id: str | None = None


@dataclass(frozen=True, slots=True)
class Staff:
    """A person who signs in at a counter or the admin screens. No password here: only the
    storage sees its hash."""

    id: str
    username: str
    display_name: str
    role: StaffRole
    active: bool = True


@dataclass(frozen=True, slots=True)
class Ticket:
    """One visit in the queue.

    ``arrived_at`` is when the resident first got in line; a transfer or re-activation keeps it,
    so a resident sent to another desk does not lose their place. ``issued_at`` never changes.
    ``token`` is the unguessable part of the public status link (no personal data in it).
    ``appointment_id``/``due_at``: a checked-in appointment's ticket and the time it is due;
    once due it goes ahead of walk-ins (see kiosk.core.queueing).
    """

    id: str
    branch_id: str
    service_id: str
    day: date
    letter: str
    number: int
    state: TicketState
    issued_at: datetime
    arrived_at: datetime
    token: str
    origin: TicketOrigin = TicketOrigin.KIOSK
    priority: PriorityReason | None = None
    counter_id: str | None = None
    target_counter_id: str | None = None
    called_at: datetime | None = None
    serving_at: datetime | None = None
    done_at: datetime | None = None
    no_show_at: datetime | None = None
    transferred_at: datetime | None = None
    parked_at: datetime | None = None
    cancelled_at: datetime | None = None
    recalls: int = 0
    last_called_at: datetime | None = None
    outcome: Outcome | None = None
    printed: bool = False
    appointment_id: str | None = None
    due_at: datetime | None = None
    version: int = 1

    @property
    def display_number(self) -> str:
        return format_ticket_number(self.letter, self.number)

    @property
    def is_waiting(self) -> bool:
        return self.state in WAITING_STATES


def format_ticket_number(letter: str, number: int) -> str:
    """A001 .. A999, then A1000: numbers never wrap, so they never repeat within a day."""
    return f"{letter}{number:03d}"


@dataclass(frozen=True, slots=True)
class Call:
    """One announcement on the waiting-room display: a call or a recall of a ticket to a counter.

    ``seq`` orders calls made in the same second; the display shows and speaks them in this order.
    """

    id: str
    branch_id: str
    ticket_id: str
    ticket_number: str
    counter_id: str
    counter_number: int
    counter_name: str
    service_id: str
    at: datetime
    recall: bool = False
    seq: int = 0


@dataclass(frozen=True, slots=True)
class PrinterAlert:
    """A kiosk's printer problem that staff must see (out of paper, offline)."""

    id: str
    branch_id: str
    device_id: str
    device_name: str
    problem: str
    at: datetime
    resolved_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class HelpRequest:
    """A resident at a kiosk asked for a person: a clerk or the volunteer comes ("Ik kom").

    ``answered_by`` is the name of the counter whose clerk answered (no person's name: the kiosk
    shows only that someone is coming). ``withdrawn_at``: the resident tapped "Ik heb geen hulp
    meer nodig" before anyone answered, so nobody walks over for nothing."""

    id: str
    branch_id: str
    device_id: str
    device_name: str
    asked_at: datetime
    answered_at: datetime | None = None
    answered_by: str = ""
    withdrawn_at: datetime | None = None

    @property
    def open(self) -> bool:
        return self.answered_at is None and self.withdrawn_at is None


@dataclass(frozen=True, slots=True)
class QueueRules:
    """Tunable rules of the queue engine, with the defaults a town hall starts with.

    priority_boost_s: how much earlier a priority ticket counts as having arrived. One hour means
        "first" in practice, yet a normal ticket that has waited an hour longer still goes ahead:
        this is the aging that keeps a stream of priority tickets from starving everyone else.
    appointment_boost_s: from its due time, a checked-in appointment counts as having waited
        this much longer: more than the priority boost, so "with an appointment you are served
        fast" holds even against priority walk-ins; a walk-in that waited this much longer
        still goes first (aging again).
    recall_min_interval_s: a counter cannot recall the same ticket faster than this (the resident
        needs time to walk up; repeated calls only confuse the waiting room).
    recalls_before_no_show: calls (after the first) before "no-show" is allowed.
    reactivation_window_s: a no-show ticket can be put back in line within this time.
    """

    priority_boost_s: float = 3600.0
    appointment_boost_s: float = 7200.0
    recall_min_interval_s: float = 20.0
    recalls_before_no_show: int = 2
    reactivation_window_s: float = 30 * 60.0


@dataclass(slots=True)
class Counts:
    """Today's numbers for a counter or a branch."""

    waiting: int = 0
    served: int = 0
    no_show: int = 0
    transferred: int = 0
    per_service_waiting: dict[str, int] = field(default_factory=dict)
