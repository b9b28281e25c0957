"""Requests that the API description allows but whose data is wrong: a NUL character, a text
longer than its column, a time without offset, an object where a text belongs. A NUL character
is refused with 422 on every route (PostgreSQL cannot store one); a bad push item is rejected on
its own and the push answered. Never a 500: a terminal takes a 5xx for "server down" and would
send its outbox again and again.

Found by fuzzing (test_schemathesis.py) and by hand around what it found: most of these
answered 500 (the NUL and length cases on PostgreSQL only) before 7f35d71.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
import requests

from kiosk.core.model import DeviceRole, StaffRole, Ticket
from kiosk.services import devices, staff, tickets
from kiosk.services.context import ServiceContext
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id
from tests.server.conftest import ServerLog

CLERK = ("an.peeters", "correct horse battery staple")
C1 = counter_id("gemeentehuis", 1)
AT = "2026-11-30T08:00:00+00:00"
REFUSED = "422"  # the whole request, for its NUL character
REJECTED = "rejected"  # the push answered, its item rejected


@dataclass(frozen=True)
class Bad:
    name: str
    caller: str | None  # "kiosk", "counter" (with the clerk signed in) or None: public
    method: str
    path: str
    body: Callable[[Ticket], Any] | None
    expect: str  # REFUSED or REJECTED

    def __str__(self) -> str:
        return self.name


def nul(
    name: str, caller: str | None, method: str, path: str, body: Callable[[Ticket], Any] | None
) -> Bad:
    return Bad(name, caller, method, path, body, REFUSED)


def bad_item(name: str, kind: str, payload: Callable[[Ticket], dict[str, Any]]) -> Bad:
    def body(t: Ticket) -> Any:
        return {"items": [{"id": "item-1", "kind": kind, "payload": payload(t)}]}

    return Bad(name, "kiosk", "POST", "/api/v1/sync/push", body, REJECTED)


def ticket_row(**changed: Any) -> dict[str, Any]:
    row = {"id": "3b1f8c52-0000-4000-8000-000000000001", "branch_id": TOWN_HALL}
    return {**row, "state": "waiting", **changed}


EID = service_id("eid")
ACTIONS = f"/api/v1/counters/{C1}/actions"

BAD = (
    # NUL characters, wherever a text would reach the database.
    nul("status page, NUL in token", None, "GET", "/t/a%00b", None),
    nul("status JSON, NUL in token", None, "GET", "/api/v1/tickets/a%00b/status", None),
    nul("feed, NUL in query", "kiosk", "GET", "/api/v1/sync/feed?after=0&wait=0&x=%00", None),
    nul(
        "issue, NUL in service_id",
        "kiosk",
        "POST",
        "/api/v1/tickets",
        lambda t: {"service_id": "e\x00"},
    ),
    nul(
        "issue, NUL in ticket_id",
        "kiosk",
        "POST",
        "/api/v1/tickets",
        lambda t: {"service_id": EID, "ticket_id": "t\x00"},
    ),
    nul(
        "enroll, NUL in code",
        None,
        "POST",
        "/api/v1/devices/enroll",
        lambda t: {"code": "ABCDE-\x00GHJK"},
    ),
    nul(
        "counter action, NUL in counter_id",
        "counter",
        "POST",
        "/api/v1/counters/c%00/actions",
        lambda t: {"action": "open"},
    ),
    nul(
        "counter action, NUL in ticket_id",
        "counter",
        "POST",
        ACTIONS,
        lambda t: {"action": "call", "ticket_id": "t\x00"},
    ),
    nul(
        "transfer, NUL in service_id",
        "counter",
        "POST",
        ACTIONS,
        lambda t: {"action": "transfer", "ticket_id": t.id, "service_id": "s\x00"},
    ),
    nul(
        "sign-in, NUL in username",
        "counter",
        "POST",
        "/api/v1/staff/sign-in",
        lambda t: {"username": "an\x00", "password": CLERK[1]},
    ),
    nul(
        "push, NUL in an item's payload",
        "kiosk",
        "POST",
        "/api/v1/sync/push",
        lambda t: {
            "items": [{"id": "i", "kind": "ticket_printed", "payload": {"ticket_id": "\x00"}}]
        },
    ),
    # Texts longer than their column: SQLite would keep them, PostgreSQL refuses them.
    bad_item(
        "push printer_problem, id longer than 36",
        "printer_problem",
        lambda t: {"id": "a" * 37, "problem": "paper_out", "at": AT},
    ),
    bad_item(
        "push printer_problem, problem longer than 40",
        "printer_problem",
        lambda t: {"id": "alert-1", "problem": "p" * 41, "at": AT},
    ),
    # Wrong types and forms.
    bad_item(
        "push printer_problem, time without offset",
        "printer_problem",
        lambda t: {"id": "alert-1", "problem": "paper_out", "at": "2026-11-30T09:00:00"},
    ),
    bad_item("push printer_ok, time a number", "printer_ok", lambda t: {"at": 5}),
    bad_item(
        "push ticket_printed, ticket_id an object",
        "ticket_printed",
        lambda t: {"ticket_id": {"id": t.id}},
    ),
    bad_item("push ticket, token a number", "ticket", lambda t: ticket_row(token=5)),
    bad_item("push ticket, id an object", "ticket", lambda t: ticket_row(id={"x": 1})),
)


def headers_of(ctx: ServiceContext, base: str, caller: str | None) -> dict[str, str]:
    if caller is None:
        return {}
    role = DeviceRole(caller)
    counter = 1 if role is DeviceRole.COUNTER else None
    added = devices.add_device(ctx, "gemeentehuis", role, caller, counter).value
    headers = {"Authorization": f"Bearer {devices.enroll_device(ctx, added.code).value.token}"}
    if role is DeviceRole.COUNTER:
        staff.add_staff(ctx, CLERK[0], "An Peeters", StaffRole.COUNTER_STAFF, CLERK[1])
        signed_in = requests.post(
            f"{base}/api/v1/staff/sign-in",
            json={"username": CLERK[0], "password": CLERK[1]},
            headers=headers,
            timeout=10,
        )
        assert signed_in.status_code == 200, signed_in.text
        headers["X-Staff-Session"] = signed_in.json()["session"]
    return headers


@pytest.mark.parametrize("bad", BAD, ids=str)
def test_bad_data_gets_a_clear_answer_never_a_server_error(
    ctx: ServiceContext,
    base: str,
    bad: Bad,
    server_log: ServerLog,
) -> None:
    headers = headers_of(ctx, base, bad.caller)
    ticket = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value.ticket
    body = bad.body(ticket) if bad.body is not None else None
    if bad.path.startswith("/api/v1/counters/"):  # an open counter, so the action is tried
        opened = requests.post(
            f"{base}/api/v1/counters/{C1}/actions",
            json={"action": "open"},
            headers=headers,
            timeout=10,
        )
        assert opened.status_code == 200, opened.text

    answer = requests.request(bad.method, base + bad.path, json=body, headers=headers, timeout=10)
    server_log.wait_after(answer.status_code)

    if bad.expect == REFUSED:
        assert answer.status_code == 422, f"{answer.status_code} {answer.text[:200]}"
    else:
        assert answer.status_code == 200, f"{answer.status_code} {answer.text[:200]}"
        [result] = answer.json()["results"]
        assert result["status"] == "rejected", result
