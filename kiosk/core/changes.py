"""What a write changed. Every use case returns these; screens redraw from them.

A change names a kind of thing and its id, never a screen. The storage also writes each change
into the change log (a feed read by cursor), so screens in other processes, and later the sync,
see the same announcements in the same order.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ChangeKind(enum.StrEnum):
    TICKET = "ticket"
    CALL = "call"
    COUNTER = "counter"
    PRINTER_ALERT = "printer_alert"
    CATALOGUE = "catalogue"
    APPOINTMENT = "appointment"
    HELP = "help"


@dataclass(frozen=True, slots=True)
class Change:
    kind: ChangeKind
    entity_id: str
    branch_id: str
    seq: int = 0  # position in the change log; 0 until stored


def kinds(changes: tuple[Change, ...] | list[Change]) -> set[ChangeKind]:
    return {c.kind for c in changes}
