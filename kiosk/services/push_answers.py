"""What a push answers for each item, and reading a pushed payload (kiosk.services.sync_push)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.core.changes import Change
from kiosk.services.context import ServiceContext
from kiosk.sync.protocol import PushStatus, read_text, read_time

__all__ = ["DUPLICATE", "Applied", "PushStatus", "Refusal", "refused", "stored"]


class Refusal(enum.StrEnum):
    """Why an item was rejected (or must come later): the ``reason`` of its push result."""

    KIND = "kind"  # no such kind of item
    INVALID = "invalid"  # a value of the wrong type or form
    CONFLICT = "conflict"  # the database refused it: a number or token someone has
    ROLE = "role"  # not for this kind of terminal
    BRANCH = "branch"  # another branch's
    STATE = "state"  # a kiosk's ticket is new and waiting
    COUNTER_FIELDS = "counter_fields"  # a counter, a call, a visit: what only counters do
    ORIGIN = "origin"  # a kiosk's ticket comes from the kiosk, or from an appointment's check-in
    PRIORITY = "priority"  # only a reason a resident may give: 65+, a disability, pregnancy
    TOKEN = "token"  # the status-page token: 22-64 characters of A-Z a-z 0-9 _ -, unused
    SERVICE = "service"  # a service the branch does not offer
    LETTER = "letter"  # the number's letter is not its service's
    NUMBER = "number"  # a number not leased to this kiosk
    DAY = "day"  # the ticket's day has not begun on the server
    DUE_WITHOUT_APPOINTMENT = "due_at without appointment"
    APPOINTMENT_ELSEWHERE = "appointment elsewhere"
    DUE_AT = "due_at"  # not the appointment's start
    ISSUER = "issuer"  # another terminal's ticket or call for help
    PROBLEM = "problem"  # not a problem a ticket printer reports
    TICKET_LATER = "ticket not here yet"
    APPOINTMENT_LATER = "appointment not here yet"


@dataclass(frozen=True, slots=True)
class Applied:
    status: PushStatus
    reason: str = ""
    changes: tuple[Change, ...] = ()


def refused(reason: Refusal) -> Applied:
    return Applied(PushStatus.REJECTED, reason)


def stored(*changes: Change) -> Applied:
    return Applied(PushStatus.STORED, "", changes)


DUPLICATE = Applied(PushStatus.DUPLICATE)


def text(payload: dict[str, Any], key: str, max_length: int) -> str:
    return read_text(payload[key], key, max_length)


def moment(payload: dict[str, Any], key: str) -> datetime:
    return read_time(payload[key], key)


def not_after_now(ctx: ServiceContext, at: datetime) -> datetime:
    """``at``, or the server's now if that is earlier: a terminal's record cannot have come
    into being after it reached the server (a terminal's clock ahead gets the server's time)."""
    return min(at, ctx.clock.now())
