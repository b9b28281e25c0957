"""The town hall of the role walk (test_roles.py) and of test_ticket_tokens.py: its terminals,
and another branch's, enrolled on a running server, and what valid requests need."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import requests

from kiosk.core.model import DeviceRole, StaffRole, Ticket
from kiosk.core.ports import FakeClock
from kiosk.services import appointments, devices, staff, tickets
from kiosk.services.context import ServiceContext
from kiosk.storage.demo import TOWN_HALL, service_id

#: The clerk who signs in at the counter and volunteer terminals.
CLERK = ("an.peeters", "correct horse battery staple")
#: The residents of the town hall's appointments (those a caller books itself are "Peeters").
RESIDENT = appointments.Resident("Jan", "Vermeiren", "0470 99 88 77")
#: Tuesday 1 December 2026, 15:00 in Brussels: the town hall and the library of Zoersel are
#: both open, so a call of either branch's terminal can succeed.
TUESDAY_3PM = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)
STAFFED = frozenset({DeviceRole.COUNTER, DeviceRole.VOLUNTEER})

#: Callers without a (valid) token; the terminals are named by their role, the other branch's
#: as "<role> elsewhere".
NO_TOKEN, UNKNOWN, REVOKED = "no token", "unknown token", "revoked token"
ELSEWHERE = " elsewhere"
OTHER_BRANCH = "bib-zoersel"


def role_of(caller: str) -> DeviceRole:
    return DeviceRole(caller.removesuffix(ELSEWHERE))


def json_of(answer: requests.Response) -> Any:
    assert answer.status_code == 200, answer.text
    return answer.json()


def enroll(ctx: ServiceContext, branch: str, role: DeviceRole, counter: int | None = None) -> str:
    """A new device of ``branch``, enrolled: its token."""
    added = devices.add_device(ctx, branch, role, f"{role.value} {counter or ''}", counter).value
    return devices.enroll_device(ctx, added.code).value.token


@dataclass
class TownHall:
    """The town hall's terminals on a running server, and what valid requests need."""

    ctx: ServiceContext
    base: str
    ticket: Ticket  # waiting for an eID
    tokens: dict[str, str]  # caller -> device token
    #: What another branch's terminal must never see: residents' names, booking references.
    personal: set[str] = field(default_factory=lambda: set(RESIDENT.family_name.split()))
    sessions: dict[str, str] = field(default_factory=dict)  # caller -> staff session
    has_clerk: bool = False
    screens: int = 0  # display terminals added for enrollment codes

    def headers(self, caller: str, *, signed_in: bool = False) -> dict[str, str]:
        """What ``caller`` sends; ``signed_in``: with the clerk's staff session too, at a
        counter's or volunteer's terminal (a counter's console signs its clerk in first)."""
        token = self.tokens.get(caller)
        out = {"Authorization": f"Bearer {token}"} if token else {}
        staffed = token and caller not in (UNKNOWN, REVOKED) and role_of(caller) in STAFFED
        if signed_in and staffed:
            if caller not in self.sessions:
                self.sessions[caller] = self.sign_in(out)
            out["X-Staff-Session"] = self.sessions[caller]
        return out

    def clerk(self) -> dict[str, str]:
        """The clerk's name and password (the account is made when first needed: hashing a
        password takes a tenth of a second on purpose)."""
        if not self.has_clerk:
            staff.add_staff(self.ctx, CLERK[0], "An Peeters", StaffRole.COUNTER_STAFF, CLERK[1])
            self.has_clerk = True
        return {"username": CLERK[0], "password": CLERK[1]}

    def sign_in(self, headers: dict[str, str]) -> str:
        url = f"{self.base}/api/v1/staff/sign-in"
        answer = requests.post(url, json=self.clerk(), headers=headers, timeout=10)
        return str(json_of(answer)["session"])

    def new_code(self) -> str:
        # A name of its own each time: a name an enrolled screen has is refused.
        self.screens += 1
        name = f"Scherm {self.screens}"
        return devices.add_device(self.ctx, "gemeentehuis", DeviceRole.DISPLAY, name).value.code


def lease(t: TownHall) -> tuple[str, dict[str, Any]]:
    """A kiosk's request for numbers of the waiting ticket's day and letter."""
    day, letter = t.ticket.day.isoformat(), t.ticket.letter
    return "/api/v1/sync/numbers", {"day": day, "letter": letter, "count": 5}


def make_town(ctx: ServiceContext, base: str, clock: FakeClock) -> TownHall:
    """Every kind of terminal of the town hall and of OTHER_BRANCH, enrolled; a revoked one;
    an eID ticket waiting; the clock at TUESDAY_3PM."""
    clock.set(TUESDAY_3PM)
    revoked = devices.add_device(ctx, "gemeentehuis", DeviceRole.COUNTER, "Loket (oud)", 2).value
    tokens = {
        UNKNOWN: secrets.token_urlsafe(32),
        REVOKED: devices.enroll_device(ctx, revoked.code).value.token,
        **{
            role.value + where: enroll(ctx, branch, role, 1 if role == "counter" else None)
            for role in DeviceRole
            for branch, where in (("gemeentehuis", ""), (OTHER_BRANCH, ELSEWHERE))
        },
    }
    devices.revoke_device(ctx, revoked.device.id)
    ticket = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value.ticket
    return TownHall(ctx, base, ticket, tokens)
