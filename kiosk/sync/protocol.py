"""The sync protocol: every message between a terminal and its server, as types both sides share.

A message is made from domain objects and read back into them, never from table rows: the
field names below are the protocol's, pinned by tests/sync/test_protocol.py, so a column can be
renamed without any terminal noticing. Standard library and kiosk.core only (the server, the
terminal's link and the use cases on both sides import it).

Versions: every request carries ``Kiosk-Protocol: PROTOCOL_VERSION``. A request without it
speaks version 1 (the messages before the header, whose shapes version 2 kept). 3 adds a
withdrawn call for help (push ``help_withdrawn``, the help record's ``withdrawn_at``): a
terminal of 1 or 2 neither sends nor reads it, and its counters keep such a call as before.
The server answers a version it does not speak with 426 (the terminal is too old) or 409 (too
new) and a ``ProtocolRefusal`` body; the terminal then says "Deze kiosk moet bijgewerkt
worden". Every answer carries the server's time (``Kiosk-Server-Time``): a terminal sees by it
that its clock is off.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, date, datetime
from typing import Any

from kiosk.core.model import PriorityReason, Ticket, TicketOrigin, TicketState

#: The version this code speaks; bump it when a message changes shape.
PROTOCOL_VERSION = 3
#: The oldest version the server still understands (1: no header, same shapes as 2).
OLDEST_PROTOCOL = 1
PROTOCOL_HEADER = "Kiosk-Protocol"
#: The server's time on every answer (ISO 8601, UTC), to the millisecond: HTTP's Date header
#: has whole seconds and is not there in every setup.
SERVER_TIME_HEADER = "Kiosk-Server-Time"
#: Path prefix of the requests that must speak a version the server knows.
API_PREFIX = "/api/v1/"


class OutboxKind(enum.StrEnum):
    """What a terminal's outbox item is, and so how the server reads its payload."""

    TICKET = "ticket"
    TICKET_PRINTED = "ticket_printed"
    PRINTER_PROBLEM = "printer_problem"
    PRINTER_OK = "printer_ok"
    HELP_REQUEST = "help_request"
    HELP_WITHDRAWN = "help_withdrawn"  # protocol 3


class PushStatus(enum.StrEnum):
    STORED = "stored"
    DUPLICATE = "duplicate"  # pushed before: nothing changed
    REJECTED = "rejected"  # can never be stored (the terminal logs it and drops it)
    #: Needs a record that has not arrived yet (pushes came out of order): send it again.
    LATER = "later"


class MismatchCode(enum.StrEnum):
    TOO_OLD = "protocol_too_old"  # the terminal must be updated
    TOO_NEW = "protocol_too_new"  # the server must be updated


def read_time(value: Any, name: str) -> datetime:
    if not isinstance(value, str):
        raise ValueError(f"{name}: expected an ISO 8601 time")
    found = datetime.fromisoformat(value)
    if found.tzinfo is None:
        raise ValueError(f"{name}: time without offset")
    return found


def read_text(value: Any, name: str, max_length: int) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= max_length or "\x00" in value:
        raise ValueError(f"{name}: expected text of at most {max_length} characters")
    return value


def _whole(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**31 - 1:
        raise ValueError(f"{name}: expected a whole number")
    return value


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


# --- push (terminal -> server) ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TicketPush:
    """A ticket a kiosk made: what only the kiosk knows (the server derives the rest).

    ``token`` is the status-page token the kiosk printed in the QR code: this message is the
    only one that carries it, once, from the kiosk to the server."""

    id: str
    branch_id: str
    service_id: str
    day: date
    letter: str
    number: int
    state: str
    origin: str
    priority: str | None
    is_priority: bool | None
    token: str
    issued_at: datetime
    arrived_at: datetime
    printed: bool
    appointment_id: str | None
    due_at: datetime | None

    @classmethod
    def of(cls, t: Ticket) -> TicketPush:
        return cls(
            id=t.id,
            branch_id=t.branch_id,
            service_id=t.service_id,
            day=t.day,
            letter=t.letter,
            number=t.number,
            state=t.state.value,
            origin=t.origin.value,
            priority=t.priority.value if t.priority else None,
            is_priority=t.priority is not None,
            token=t.token,
            issued_at=t.issued_at,
            arrived_at=t.arrived_at,
            printed=t.printed,
            appointment_id=t.appointment_id,
            due_at=t.due_at,
        )

    def to_json(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["day"] = self.day.isoformat()
        for name in ("issued_at", "arrived_at", "due_at"):
            moment = out[name]
            out[name] = None if moment is None else iso(moment)
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TicketPush:
        """Raises KeyError or ValueError on a message that is not a ticket push."""
        if not isinstance(data, Mapping):
            raise ValueError("ticket: expected an object")
        priority, is_priority = data.get("priority"), data.get("is_priority")
        if priority is not None:
            read_text(priority, "priority", 20)
        if is_priority is not None and not isinstance(is_priority, bool):
            raise ValueError("is_priority: expected true or false")
        appointment_id, due_at = data.get("appointment_id"), data.get("due_at")
        printed = data.get("printed", False)
        if not isinstance(printed, bool):
            raise ValueError("printed: expected true or false")
        day = data["day"]
        if not isinstance(day, str):
            raise ValueError("day: expected an ISO 8601 date")
        return cls(
            id=read_text(data["id"], "id", 36),
            branch_id=read_text(data["branch_id"], "branch_id", 36),
            service_id=read_text(data["service_id"], "service_id", 36),
            day=date.fromisoformat(day),
            letter=read_text(data["letter"], "letter", 2),
            number=_whole(data["number"], "number"),
            state=read_text(data["state"], "state", 20),
            origin=read_text(data["origin"], "origin", 20),
            priority=priority,
            is_priority=is_priority,
            # None: a ticket without a status page, which the server refuses as such.
            token="" if data.get("token") is None else read_text(data["token"], "token", 64),
            issued_at=read_time(data["issued_at"], "issued_at"),
            arrived_at=read_time(data["arrived_at"], "arrived_at"),
            printed=printed,
            appointment_id=None if appointment_id is None else read_text(appointment_id, "id", 36),
            due_at=None if due_at is None else read_time(due_at, "due_at"),
        )

    def ticket(self, issued_at: datetime, arrived_at: datetime) -> Ticket:
        """The new, waiting ticket this push asks for, at the times the server allows."""
        return Ticket(
            id=self.id,
            branch_id=self.branch_id,
            service_id=self.service_id,
            day=self.day,
            letter=self.letter,
            number=self.number,
            state=TicketState.WAITING,
            issued_at=issued_at,
            arrived_at=arrived_at,
            token=self.token,
            origin=TicketOrigin(self.origin),
            priority=PriorityReason(self.priority) if self.priority is not None else None,
            printed=self.printed,
            appointment_id=self.appointment_id,
            due_at=self.due_at,
        )


#: What a terminal of protocol 1 sent along with a ticket, which only counters fill: a push
#: that has any of them is refused (a kiosk never does what a counter does).
COUNTER_FIELDS = (
    *("counter_id", "target_counter_id", "called_at", "serving_at", "done_at", "no_show_at"),
    *("transferred_at", "parked_at", "cancelled_at", "last_called_at", "outcome"),
)


@dataclass(frozen=True, slots=True)
class TicketPrinted:
    ticket_id: str


@dataclass(frozen=True, slots=True)
class PrinterProblemPush:
    id: str
    problem: str
    at: datetime


@dataclass(frozen=True, slots=True)
class PrinterOkPush:
    at: datetime


@dataclass(frozen=True, slots=True)
class HelpRequestPush:
    id: str
    at: datetime


#: The resident no longer needs anyone: the kiosk withdraws its request ``id`` (protocol 3).
@dataclass(frozen=True, slots=True)
class HelpWithdrawnPush:
    id: str
    at: datetime


#: Every push a use case can hand to the unit of work, with its outbox kind.
HelpPush = HelpRequestPush | HelpWithdrawnPush
PushMessage = TicketPush | TicketPrinted | PrinterProblemPush | PrinterOkPush | HelpPush
KIND_OF: dict[type, OutboxKind] = {
    TicketPush: OutboxKind.TICKET,
    TicketPrinted: OutboxKind.TICKET_PRINTED,
    PrinterProblemPush: OutboxKind.PRINTER_PROBLEM,
    PrinterOkPush: OutboxKind.PRINTER_OK,
    HelpRequestPush: OutboxKind.HELP_REQUEST,
    HelpWithdrawnPush: OutboxKind.HELP_WITHDRAWN,
}


def outbox_entry(message: PushMessage) -> tuple[OutboxKind, dict[str, Any]]:
    """The outbox kind and JSON payload of ``message``."""
    if isinstance(message, TicketPush):
        return OutboxKind.TICKET, message.to_json()
    payload = {k: iso(v) if isinstance(v, datetime) else v for k, v in asdict(message).items()}
    return KIND_OF[type(message)], payload


@dataclass(frozen=True, slots=True)
class PushItem:
    """One outbox item on its way: its own id (the server answers by it), kind and payload."""

    id: str
    kind: OutboxKind
    payload: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind.value, "payload": self.payload}


@dataclass(frozen=True, slots=True)
class PushResult:
    id: str
    status: PushStatus
    reason: str = ""

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PushResult:
        return cls(str(data["id"]), PushStatus(data["status"]), str(data.get("reason", "")))


# --- pull (server -> terminal) ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FeedChange:
    """One change of the feed, with its record as it is now (``record``: its kind's name,
    see kiosk.storage.wire.RECORDS; None: the catalogue changed, read a fresh snapshot)."""

    seq: int
    kind: str
    id: str
    record: str | None
    row: dict[str, Any] | None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FeedChange:
        return cls(int(data["seq"]), str(data["kind"]), str(data["id"]), data["table"], data["row"])

    def to_json(self) -> dict[str, Any]:  # the record's kind is "table" on the wire (version 1)
        seq, kind, id_, record, row = self.seq, self.kind, self.id, self.record, self.row
        return {"seq": seq, "kind": kind, "id": id_, "table": record, "row": row}


@dataclass(frozen=True, slots=True)
class FeedPage:
    cursor: int
    reset: bool
    changes: list[FeedChange] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FeedPage:
        changes = [FeedChange.from_json(c) for c in data["changes"]]
        return cls(int(data["cursor"]), bool(data["reset"]), changes)

    def to_json(self) -> dict[str, Any]:
        changes = [c.to_json() for c in self.changes]
        return {"cursor": self.cursor, "reset": self.reset, "changes": changes}


@dataclass(frozen=True, slots=True)
class Snapshot:
    cursor: int
    day: date
    #: Records per kind (``wire.RECORDS``), each as ``{field: value}``.
    rows: dict[str, list[dict[str, Any]]]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Snapshot:
        return cls(int(data["cursor"]), date.fromisoformat(data["day"]), dict(data["rows"]))


# --- enrollment and versions --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Enrollment:
    """What a terminal gets for its one-time code."""

    device_id: str
    token: str
    branch_id: str
    branch_code: str
    role: str
    name: str
    counter_number: int | None
    public_url: str

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Enrollment:
        counter = data.get("counter_number")
        return cls(
            device_id=str(data["device_id"]),
            token=str(data["token"]),
            branch_id=str(data["branch_id"]),
            branch_code=str(data["branch_code"]),
            role=str(data["role"]),
            name=str(data["name"]),
            counter_number=None if counter is None else int(counter),
            public_url=str(data.get("public_url", "")),
        )


@dataclass(frozen=True, slots=True)
class ProtocolRefusal:
    """The body of a 426 or 409: the versions do not match."""

    code: MismatchCode
    server_protocol: int
    oldest_protocol: int
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"detail": {**asdict(self), "code": self.code.value}}


def version_refusal(asked: int) -> ProtocolRefusal | None:
    """Why the server cannot answer a request of protocol ``asked``; None: it can."""
    if OLDEST_PROTOCOL <= asked <= PROTOCOL_VERSION:
        return None
    too_old = asked < OLDEST_PROTOCOL
    needs = f"{OLDEST_PROTOCOL} to {PROTOCOL_VERSION}" if too_old else f"up to {PROTOCOL_VERSION}"
    return ProtocolRefusal(
        MismatchCode.TOO_OLD if too_old else MismatchCode.TOO_NEW,
        PROTOCOL_VERSION,
        OLDEST_PROTOCOL,
        f"This terminal speaks sync protocol {asked}; the server speaks {needs}. "
        f"Update the {'terminal' if too_old else 'server'}.",
    )


#: HTTP status of a version refusal: 426 Upgrade Required when the terminal must be updated,
#: 409 Conflict when the server is the old one.
REFUSAL_STATUS = {MismatchCode.TOO_OLD: 426, MismatchCode.TOO_NEW: 409}
