"""Who may call what: every endpoint of the server's OpenAPI description is called without a
token, with an unknown and a revoked one, and as each kind of terminal of the town hall, against
a real server on loopback. 401 means "who are you?", 403 "known, but not allowed"; an allowed
call, with a valid body, succeeds.

A new endpoint makes ``test_the_table_names_every_endpoint_of_the_api`` fail until it is added
to ``ENDPOINTS`` with who may call it.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
import requests

from kiosk.core.appointments import Appointment, AppointmentState, new_reference
from kiosk.core.model import DeviceRole, StaffRole, Ticket, TicketState
from kiosk.services import appointments, calendar_feeds, devices, staff, tickets
from kiosk.services.context import ServiceContext
from kiosk.services.errors import NotFound
from kiosk.storage import appointment_store as astore
from kiosk.storage import tables as tb
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id
from kiosk.storage.rows import ticket_values
from kiosk.storage.wire import encode_row

#: The clerk who signs in at the counter and volunteer terminals.
CLERK = ("an.peeters", "correct horse battery staple")

#: Who may call an endpoint: ``PUBLIC`` (anyone, no token needed) or a set of device roles.
PUBLIC: frozenset[DeviceRole] | None = None
EVERY_DEVICE = frozenset(DeviceRole)
ISSUING = frozenset({DeviceRole.KIOSK, DeviceRole.VOLUNTEER})
STAFFED = frozenset({DeviceRole.COUNTER, DeviceRole.VOLUNTEER})

#: The callers, in the order they call. The revoked token is a volunteer's: a role allowed
#: everywhere, so its 401 can only come from the revocation.
NO_TOKEN, UNKNOWN, REVOKED = "no token", "unknown token", "revoked token"
CALLERS = (NO_TOKEN, UNKNOWN, REVOKED, *(role.value for role in DeviceRole))


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
    sessions: dict[str, str] = field(default_factory=dict)  # caller -> staff session
    has_clerk: bool = False
    screens: int = 0  # display terminals added for enrollment codes

    def headers(self, caller: str, *, signed_in: bool = False) -> dict[str, str]:
        """What ``caller`` sends; ``signed_in``: with the clerk's staff session too, at a
        counter's or volunteer's terminal (a counter's console signs its clerk in first)."""
        token = self.tokens.get(caller)
        out = {"Authorization": f"Bearer {token}"} if token else {}
        if signed_in and caller in (DeviceRole.COUNTER, DeviceRole.VOLUNTEER):
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


@pytest.fixture
def town(ctx: ServiceContext, base: str) -> TownHall:
    revoked = devices.add_device(ctx, "gemeentehuis", DeviceRole.VOLUNTEER, "Onthaal (oud)").value
    tokens = {
        UNKNOWN: secrets.token_urlsafe(32),
        REVOKED: devices.enroll_device(ctx, revoked.code).value.token,
        **{
            role.value: enroll(ctx, "gemeentehuis", role, 1 if role == "counter" else None)
            for role in DeviceRole
        },
    }
    devices.revoke_device(ctx, revoked.device.id)
    ticket = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value.ticket
    return TownHall(ctx, base, ticket, tokens)


#: (path with its parameters and query filled in, JSON body or None)
Request = tuple[str, dict[str, Any] | None]


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str  # as the OpenAPI description names it
    allowed: frozenset[DeviceRole] | None
    request: Callable[[TownHall], Request]
    signed_in: bool = False  # a counter's action: with the clerk's staff session
    in_spec: bool = True  # /openapi.json and the docs pages are not in the description

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


def _lease(t: TownHall) -> Request:
    day, letter = t.ticket.day.isoformat(), t.ticket.letter
    return "/api/v1/sync/numbers", {"day": day, "letter": letter, "count": 5}


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
    """A new appointment of the town hall (one that already started, with ``past``)."""
    if past:
        a = Appointment(
            id=str(uuid.uuid4()),
            branch_id=TOWN_HALL,
            service_id=service_id("passport"),
            counter_id=None,
            starts_at=t.ctx.clock.now() - timedelta(minutes=30),
            minutes=15,
            first_name="Jan",
            family_name="Peeters",
            contact="",
            birth_date=None,
            reference=new_reference(),
            state=AppointmentState.BOOKED,
            created_at=t.ctx.clock.now(),
        )
        with t.ctx.db.write() as conn:
            astore.insert_appointment(conn, a)
        return a.id
    slot = appointments.free_slots(t.ctx, service_id("passport"), [TOWN_HALL], limit=1)[0]
    who = appointments.Resident("Jan", "Peeters")
    return appointments.book(t.ctx, service_id("passport"), TOWN_HALL, slot.starts_at, who).value.id


def _move(t: TownHall) -> Request:
    a = _booked(t)
    later = appointments.free_slots(t.ctx, service_id("passport"), [TOWN_HALL], limit=3)[-1]
    return f"/api/v1/appointments/{a}/move", {"starts_at": later.starts_at.isoformat()}


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
    Endpoint("POST", "/api/v1/sync/numbers", ISSUING, _lease),
    Endpoint(
        "POST",
        "/api/v1/tickets",
        ISSUING,
        lambda t: ("/api/v1/tickets", {"service_id": service_id("eid")}),
    ),
    Endpoint(
        "POST", "/api/v1/counters/{counter_id}/actions", STAFFED, _open_counter_1, signed_in=True
    ),
    Endpoint(
        "POST", "/api/v1/staff/sign-in", STAFFED, lambda t: ("/api/v1/staff/sign-in", t.clerk())
    ),
    Endpoint("POST", "/api/v1/staff/sign-out", STAFFED, _get("/api/v1/staff/sign-out")),
    Endpoint(
        "GET",
        "/api/v1/appointments/slots",
        STAFFED,
        _get(f"/api/v1/appointments/slots?service_id={service_id('passport')}"),
    ),
    Endpoint("POST", "/api/v1/appointments", STAFFED, _booking, signed_in=True),
    Endpoint("POST", "/api/v1/appointments/{appointment_id}/move", STAFFED, _move, signed_in=True),
    Endpoint(
        "POST",
        "/api/v1/appointments/{appointment_id}/cancel",
        STAFFED,
        lambda t: (f"/api/v1/appointments/{_booked(t)}/cancel", None),
        signed_in=True,
    ),
    Endpoint(
        "POST",
        "/api/v1/appointments/{appointment_id}/no-show",
        STAFFED,
        lambda t: (f"/api/v1/appointments/{_booked(t, past=True)}/no-show", None),
        signed_in=True,
    ),
    Endpoint(
        "GET",
        "/api/v1/appointments/{appointment_id}/confirmation",
        STAFFED,
        lambda t: (f"/api/v1/appointments/{_booked(t)}/confirmation", None),
        signed_in=True,
    ),
    Endpoint(
        "GET",
        "/api/v1/appointments/day",
        STAFFED,
        _get(f"/api/v1/appointments/day?branch_id={TOWN_HALL}&day=2026-11-30"),
        signed_in=True,
    ),
    Endpoint(
        "GET",
        "/api/v1/appointments/no-shows",
        STAFFED,
        _get("/api/v1/appointments/no-shows?first=2026-11-01&last=2026-11-30"),
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
    return "ok" if DeviceRole(caller) in endpoint.allowed else "403"


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
    assert wrong == [], f"{endpoint}:\n" + "\n".join(wrong)


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


def test_kiosks_and_displays_never_see_a_ticket_token(town: TownHall, ctx: ServiceContext) -> None:
    base = town.base
    readers = {who: town.headers(who) for who in ("kiosk", "display")}
    cursors = {
        who: json_of(requests.get(f"{base}/api/v1/sync/snapshot", headers=h, timeout=10))["cursor"]
        for who, h in readers.items()
    }
    # Tickets from the kiosk and from the server itself; one of them called at counter 1.
    issue = {"service_id": service_id("eid")}
    issued = [
        requests.post(f"{base}/api/v1/tickets", json=issue, headers=readers["kiosk"], timeout=10)
        for _ in range(2)
    ]
    more = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value.ticket
    url, _body = _open_counter_1(town)
    counter = town.headers("counter", signed_in=True)
    for action in ("open", "call_next"):
        json_of(requests.post(base + url, json={"action": action}, headers=counter, timeout=10))

    keys = {town.ticket.token, more.token}
    keys |= {json_of(i)["status_url"].rsplit("/", 1)[1] for i in issued}
    assert len(keys) == 4
    for who, headers in readers.items():
        answers = [
            requests.get(f"{base}/api/v1/sync/snapshot", headers=headers, timeout=10),
            # From the database (a cursor older than the server), then from its in-memory ring.
            requests.get(f"{base}/api/v1/sync/feed?after=0&wait=0", headers=headers, timeout=10),
            requests.get(
                f"{base}/api/v1/sync/feed?after={cursors[who]}&wait=5", headers=headers, timeout=10
            ),
        ]
        snapshot, *feeds = (json_of(a) for a in answers)
        rows = snapshot["rows"]["tickets"] + [
            ch["row"] for f in feeds for ch in f["changes"] if ch["table"] == "tickets"
        ]
        assert {r["id"] for r in rows} >= {town.ticket.id, more.id}
        assert all(r["token"] is None for r in rows), who
        for answer in answers:
            assert [k for k in keys if k in answer.text] == [], (who, answer.url)


def _ticket_row(town: TownHall, number: int) -> dict[str, Any]:
    """A new waiting ticket of the town hall as a kiosk pushes it (with its own token)."""
    now = town.ctx.clock.now()
    ticket = Ticket(
        id=str(uuid.uuid4()),
        branch_id=TOWN_HALL,
        service_id=service_id("eid"),
        day=town.ticket.day,
        letter=town.ticket.letter,
        number=number,
        state=TicketState.WAITING,
        issued_at=now,
        arrived_at=now,
        token=secrets.token_urlsafe(16),
    )
    return encode_row(tb.tickets, ticket_values(ticket), keep_token=True)


def test_a_display_cannot_push_a_ticket(town: TownHall, ctx: ServiceContext) -> None:
    kiosk, display = town.headers("kiosk"), town.headers("display")
    path, body = _lease(town)
    block = json_of(requests.post(town.base + path, json=body, headers=kiosk, timeout=10))
    row = _ticket_row(town, block["first"])
    items = {"items": [{"id": row["id"], "kind": "ticket", "payload": row}]}
    push = f"{town.base}/api/v1/sync/push"

    refused = json_of(requests.post(push, json=items, headers=display, timeout=10))
    assert refused["results"] == [{"id": row["id"], "status": "rejected", "reason": "role"}]
    with pytest.raises(NotFound):
        tickets.ticket_status(ctx, row["token"])

    # The same row from the kiosk that leased its number is stored: the row itself was fine.
    stored = json_of(requests.post(push, json=items, headers=kiosk, timeout=10))
    assert stored["results"] == [{"id": row["id"], "status": "stored", "reason": ""}]
    assert tickets.ticket_status(ctx, row["token"]).ticket.id == row["id"]


# A kiosk names its ticket's id itself, so that a retry after a lost answer returns the same
# ticket (and its status link, for the QR code it still has to print). Only to that kiosk: an id
# another terminal knows (from its snapshot) must not get it that ticket's status-page token.


def test_a_kiosk_cannot_learn_a_token_by_reissuing_a_ticket_of_its_branch(town: TownHall) -> None:
    kiosk = town.headers("kiosk")
    snapshot = requests.get(f"{town.base}/api/v1/sync/snapshot", headers=kiosk, timeout=10)
    [row] = json_of(snapshot)["rows"]["tickets"]  # issued on the server, not by this kiosk
    again = {"service_id": row["service_id"], "ticket_id": row["id"]}
    answer = requests.post(f"{town.base}/api/v1/tickets", json=again, headers=kiosk, timeout=10)
    assert town.ticket.token not in answer.text
    assert answer.status_code == 409


def test_a_kiosk_of_another_branch_cannot_reissue_a_town_hall_ticket(
    town: TownHall, ctx: ServiceContext
) -> None:
    halle = {"Authorization": f"Bearer {enroll(ctx, 'bib-halle', DeviceRole.KIOSK)}"}
    again = {"service_id": service_id("eid"), "ticket_id": town.ticket.id}
    answer = requests.post(f"{town.base}/api/v1/tickets", json=again, headers=halle, timeout=10)
    assert town.ticket.token not in answer.text
    assert answer.status_code >= 400 or answer.json()["ticket_id"] != town.ticket.id
