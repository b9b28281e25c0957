"""Who may call what: every endpoint of the server's OpenAPI description is called without a
token, with an unknown and a revoked one, and as each kind of terminal of the town hall and of
another branch (the library of Zoersel), against a real server on loopback, about things of the
town hall. 401 means "who are you?", 403 "known, but not allowed"; an allowed call, with a
valid body, succeeds. Another branch's terminal gets 403 wherever the call is about a counter
or an appointment of the town hall, and no answer to it holds a town-hall resident's name or
booking reference.

A new endpoint makes ``test_the_table_names_every_endpoint_of_the_api`` fail until it is added
to ``ENDPOINTS`` with who may call it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import requests

from kiosk.core.appointments import Appointment, AppointmentState, new_reference
from kiosk.core.model import DeviceRole, TicketState
from kiosk.core.ports import FakeClock
from kiosk.services import appointments, calendar_feeds, tickets
from kiosk.services.context import ServiceContext
from kiosk.storage import appointment_store as astore
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id
from tests.server.town_hall import (
    ELSEWHERE,
    NO_TOKEN,
    RESIDENT,
    REVOKED,
    STAFFED,
    UNKNOWN,
    TownHall,
    enroll,
    json_of,
    lease,
    make_town,
    role_of,
)

#: Who may call an endpoint: ``PUBLIC`` (anyone, no token needed) or a set of device roles.
PUBLIC: frozenset[DeviceRole] | None = None
EVERY_DEVICE = frozenset(DeviceRole)
ISSUING = frozenset({DeviceRole.KIOSK, DeviceRole.VOLUNTEER})
COUNTER = frozenset({DeviceRole.COUNTER})
KIOSK = frozenset({DeviceRole.KIOSK})

#: The callers, in the order they call: the town hall's terminals by their role, the other
#: branch's as "<role> elsewhere". The revoked token is a counter's, so its 401 can only come
#: from the revocation (a counter that is not revoked gets 403 where counters may not call).
CALLERS = (
    NO_TOKEN,
    UNKNOWN,
    REVOKED,
    *(role.value for role in DeviceRole),
    *(role.value + ELSEWHERE for role in DeviceRole),
)


@pytest.fixture
def town(ctx: ServiceContext, base: str, clock: FakeClock) -> TownHall:
    return make_town(ctx, base, clock)


#: (path with its parameters and query filled in, JSON body or None)
Request = tuple[str, dict[str, Any] | None]


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str  # as the OpenAPI description names it
    allowed: frozenset[DeviceRole] | None
    request: Callable[[TownHall], Request]
    signed_in: bool = False  # a counter's action: with the clerk's staff session
    branch_bound: bool = False  # about a town hall's counter or appointment: 403 elsewhere
    in_spec: bool = True  # /openapi.json and the docs pages are not in the description

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


def _printer_fine(t: TownHall) -> Request:
    at = t.ctx.clock.now().isoformat()
    item = {"id": str(uuid.uuid4()), "kind": "printer_ok", "payload": {"at": at}}
    return "/api/v1/sync/push", {"items": [item]}


def _open_counter_1(t: TownHall) -> Request:
    return f"/api/v1/counters/{counter_id('gemeentehuis', 1)}/actions", {"action": "open"}


def _get(path: str) -> Callable[[TownHall], Request]:
    return lambda t: (path, None)


def _booking(t: TownHall) -> Request:
    slot = appointments.free_slots(t.ctx, service_id("passport"), [TOWN_HALL], limit=1)[0]
    body = {
        "service_id": service_id("passport"),
        "branch_id": TOWN_HALL,
        "starts_at": slot.starts_at.isoformat(),
        "first_name": "Jan",
        "family_name": "Peeters",
    }
    return "/api/v1/appointments", body


def _booked(t: TownHall, *, past: bool = False) -> str:
    """A new appointment of the town hall for RESIDENT (one that already started, with
    ``past``); its reference joins what another branch must never see."""
    if past:
        a = Appointment(
            id=str(uuid.uuid4()),
            branch_id=TOWN_HALL,
            service_id=service_id("passport"),
            counter_id=None,
            starts_at=t.ctx.clock.now() - timedelta(minutes=30),
            minutes=15,
            first_name=RESIDENT.first_name,
            family_name=RESIDENT.family_name,
            contact=RESIDENT.contact,
            birth_date=None,
            reference=new_reference(),
            state=AppointmentState.BOOKED,
            created_at=t.ctx.clock.now(),
        )
        with t.ctx.db.write() as conn:
            astore.insert_appointment(conn, a)
    else:
        slot = appointments.free_slots(t.ctx, service_id("passport"), [TOWN_HALL], limit=1)[0]
        passport = service_id("passport")
        a = appointments.book(t.ctx, passport, TOWN_HALL, slot.starts_at, RESIDENT).value
    t.personal.add(a.reference)
    return a.id


def _move(t: TownHall) -> Request:
    a = _booked(t)
    later = appointments.free_slots(t.ctx, service_id("passport"), [TOWN_HALL], limit=3)[-1]
    return f"/api/v1/appointments/{a}/move", {"starts_at": later.starts_at.isoformat()}


def _day(t: TownHall) -> Request:
    """The day list of a day with one of RESIDENT's appointments."""
    with t.ctx.db.read() as conn:
        a = astore.appointment(conn, _booked(t))
    day = a.starts_at.astimezone(ZoneInfo("Europe/Brussels")).date()
    return f"/api/v1/appointments/day?branch_id={TOWN_HALL}&day={day.isoformat()}", None


def _find_by_name(t: TownHall) -> Request:
    return "/api/v1/check-in/find", {"family_name": "Peeters", "birth_date": "1950-04-02"}


def _calendar(t: TownHall) -> Request:
    return calendar_feeds.create_link(t.ctx, TOWN_HALL).path(), None


ENDPOINTS = (
    Endpoint("GET", "/healthz", PUBLIC, _get("/healthz")),
    Endpoint("GET", "/metrics", PUBLIC, _get("/metrics")),
    Endpoint("GET", "/t/{token}", PUBLIC, lambda t: (f"/t/{t.ticket.token}", None)),
    Endpoint(
        "GET",
        "/api/v1/tickets/{token}/status",
        PUBLIC,
        lambda t: (f"/api/v1/tickets/{t.ticket.token}/status", None),
    ),
    Endpoint(
        "POST",
        "/api/v1/devices/enroll",
        PUBLIC,
        lambda t: ("/api/v1/devices/enroll", {"code": t.new_code()}),
    ),
    Endpoint("GET", "/api/v1/devices/me", EVERY_DEVICE, _get("/api/v1/devices/me")),
    Endpoint("GET", "/api/v1/sync/snapshot", EVERY_DEVICE, _get("/api/v1/sync/snapshot")),
    Endpoint("GET", "/api/v1/sync/feed", EVERY_DEVICE, _get("/api/v1/sync/feed?after=0&wait=0")),
    Endpoint("POST", "/api/v1/sync/push", EVERY_DEVICE, _printer_fine),
    Endpoint("POST", "/api/v1/sync/numbers", ISSUING, lease),
    Endpoint("POST", "/api/v1/check-in/find", KIOSK, _find_by_name),
    Endpoint("GET", "/api/v1/check-in/secret", KIOSK, _get("/api/v1/check-in/secret")),
    Endpoint(
        "POST",
        "/api/v1/tickets",
        ISSUING,
        lambda t: ("/api/v1/tickets", {"service_id": service_id("eid")}),
    ),
    Endpoint(
        "POST",
        "/api/v1/counters/{counter_id}/actions",
        STAFFED,
        _open_counter_1,
        signed_in=True,
        branch_bound=True,
    ),
    Endpoint(
        "POST", "/api/v1/staff/sign-in", STAFFED, lambda t: ("/api/v1/staff/sign-in", t.clerk())
    ),
    Endpoint("POST", "/api/v1/staff/sign-out", STAFFED, _get("/api/v1/staff/sign-out")),
    # Free slots name nobody: a volunteer desk may look them up, at any branch.
    Endpoint(
        "GET",
        "/api/v1/appointments/slots",
        STAFFED,
        _get(f"/api/v1/appointments/slots?service_id={service_id('passport')}"),
    ),
    # A counter books at any branch; the other appointment endpoints are its own branch's.
    Endpoint("POST", "/api/v1/appointments", COUNTER, _booking, signed_in=True),
    Endpoint(
        "POST",
        "/api/v1/appointments/{appointment_id}/move",
        COUNTER,
        _move,
        signed_in=True,
        branch_bound=True,
    ),
    Endpoint(
        "POST",
        "/api/v1/appointments/{appointment_id}/cancel",
        COUNTER,
        lambda t: (f"/api/v1/appointments/{_booked(t)}/cancel", None),
        signed_in=True,
        branch_bound=True,
    ),
    Endpoint(
        "POST",
        "/api/v1/appointments/{appointment_id}/no-show",
        COUNTER,
        lambda t: (f"/api/v1/appointments/{_booked(t, past=True)}/no-show", None),
        signed_in=True,
        branch_bound=True,
    ),
    Endpoint(
        "GET",
        "/api/v1/appointments/{appointment_id}/confirmation",
        COUNTER,
        lambda t: (f"/api/v1/appointments/{_booked(t)}/confirmation", None),
        signed_in=True,
        branch_bound=True,
    ),
    Endpoint("GET", "/api/v1/appointments/day", COUNTER, _day, signed_in=True, branch_bound=True),
    # Counts per service, no names: the whole municipality's figures.
    Endpoint(
        "GET",
        "/api/v1/appointments/no-shows",
        COUNTER,
        _get("/api/v1/appointments/no-shows?first=2026-11-01&last=2026-12-01"),
        signed_in=True,
    ),
    Endpoint("GET", "/calendars/{token}.ics", PUBLIC, _calendar),
    Endpoint("GET", "/openapi.json", PUBLIC, _get("/openapi.json"), in_spec=False),
    Endpoint("GET", "/docs", PUBLIC, _get("/docs"), in_spec=False),
    Endpoint("GET", "/redoc", PUBLIC, _get("/redoc"), in_spec=False),
)


def expected(endpoint: Endpoint, caller: str) -> str:
    """What ``caller`` gets: "ok" (2xx: past the access check, and the call did its work),
    "401" or "403"."""
    if endpoint.allowed is PUBLIC:
        return "ok"
    if caller in (NO_TOKEN, UNKNOWN, REVOKED):
        return "401"
    if role_of(caller) not in endpoint.allowed:
        return "403"
    return "403" if endpoint.branch_bound and caller.endswith(ELSEWHERE) else "ok"


def test_the_table_names_every_endpoint_of_the_api(base: str) -> None:
    spec = json_of(requests.get(f"{base}/openapi.json", timeout=10))
    served = {f"{method.upper()} {path}" for path, ops in spec["paths"].items() for method in ops}
    tabled = {str(e) for e in ENDPOINTS if e.in_spec}
    assert served - tabled == set(), "add these to ENDPOINTS, with who may call them"
    assert tabled - served == set(), "these are no longer served: drop them from ENDPOINTS"


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=str)
def test_each_caller_gets_what_its_role_allows(town: TownHall, endpoint: Endpoint) -> None:
    wrong = []
    for caller in CALLERS:
        path, body = endpoint.request(town)
        headers = town.headers(caller, signed_in=endpoint.signed_in)
        answer = requests.request(
            endpoint.method, town.base + path, json=body, headers=headers, timeout=10
        )
        want = expected(endpoint, caller)
        got = "ok" if 200 <= answer.status_code < 300 else str(answer.status_code)
        if got != want:
            wrong.append(f"{caller}: {answer.status_code} {answer.text[:300]!r}, expected {want}")
        elif got == "401" and answer.headers.get("www-authenticate") != "Bearer":
            wrong.append(f"{caller}: 401 without 'WWW-Authenticate: Bearer'")
        if caller.endswith(ELSEWHERE) and (seen := {p for p in town.personal if p in answer.text}):
            wrong.append(f"{caller}: the answer shows {seen}, a town-hall resident's")
    assert wrong == [], f"{endpoint}:\n" + "\n".join(wrong)


def test_the_walk_sees_names_where_a_counter_of_the_branch_may(town: TownHall) -> None:
    """The walk's check for names would pass if no answer ever held one: the town hall's own
    counter sees the resident and the reference where another branch's gets 403."""
    for endpoint in ENDPOINTS:
        if endpoint.branch_bound and "appointment" in endpoint.path and endpoint.method == "GET":
            path, _body = endpoint.request(town)
            headers = town.headers("counter", signed_in=True)
            answer = json_of(requests.get(town.base + path, headers=headers, timeout=10))
            assert RESIDENT.family_name in str(answer), endpoint


def test_a_counter_of_another_branch_cannot_act_in_the_town_hall(
    town: TownHall, ctx: ServiceContext
) -> None:
    halle = {"Authorization": f"Bearer {enroll(ctx, 'bib-halle', DeviceRole.COUNTER, 1)}"}
    halle["X-Staff-Session"] = town.sign_in(halle)

    def act(counter: str, body: dict[str, Any]) -> requests.Response:
        url = f"{town.base}/api/v1/counters/{counter}/actions"
        return requests.post(url, json=body, headers=halle, timeout=10)

    own, theirs = counter_id("bib-halle", 1), counter_id("gemeentehuis", 1)
    assert act(own, {"action": "open"}).status_code == 200
    # A town-hall counter, even for an action that names no ticket.
    for body in ({"action": "open"}, {"action": "call_next"}, {"action": "close"}):
        answer = act(theirs, body)
        assert answer.status_code == 403, (body, answer.text)
    # A town-hall ticket, at its own counter.
    for action in ("call", "start", "finish", "no_show", "park", "priority", "reactivate"):
        answer = act(own, {"action": action, "ticket_id": town.ticket.id})
        assert answer.status_code == 403, (action, answer.text)

    # Nothing changed in the town hall.
    status = tickets.ticket_status(ctx, town.ticket.token)
    assert status.ticket.state is TicketState.WAITING and status.ticket.counter_id is None
    snapshot = requests.get(
        f"{town.base}/api/v1/sync/snapshot", headers=town.headers("display"), timeout=10
    )
    [counter] = [c for c in json_of(snapshot)["rows"]["counters"] if c["id"] == theirs]
    assert not counter["is_open"]
