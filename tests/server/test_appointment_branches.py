"""Appointments carry names, contacts and birth dates: on a real server, a counter of the library
of Halle (with a clerk signed in) reads and changes none of the town hall's, whatever it asks;
it may book at the town hall, and then keeps only the booking's answer. Odd input (a date in
the year 9999, half of a UTF-16 pair in a name) is a plain 422, never a 500 or an echo.

The endpoint x role x branch walk is in test_roles.py; these are the cases around it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
import requests

from kiosk.core.model import DeviceRole, StaffRole
from kiosk.services import appointments, devices, staff
from kiosk.services.appointments import Resident
from kiosk.services.context import ServiceContext
from kiosk.storage.demo import LIB_HALLE, TOWN_HALL, service_id
from tests.server.conftest import ServerLog

CLERK = ("an.peeters", "correct horse battery staple")
JAN = Resident("Jan", "Van den Broeck", "0470 12 34 56", date(1950, 4, 2))
#: What the town hall's appointment says about Jan; no answer to Halle may hold any of it.
PERSONAL = ("Van den Broeck", "0470 12 34 56", "1950-04-02")
API = "/api/v1/appointments"


@dataclass
class Desk:
    """A terminal of one branch, with the clerk signed in where that is possible."""

    base: str
    headers: dict[str, str]

    def call(self, method: str, path: str, body: Any = None, **kw: Any) -> requests.Response:
        return requests.request(
            method, self.base + API + path, json=body, headers=self.headers, timeout=10, **kw
        )


def desk(ctx: ServiceContext, base: str, branch: str, role: DeviceRole, name: str) -> Desk:
    added = devices.add_device(ctx, branch, role, name, 1 if role is DeviceRole.COUNTER else None)
    token = devices.enroll_device(ctx, added.value.code).value.token
    headers = {"Authorization": f"Bearer {token}"}
    login = {"username": CLERK[0], "password": CLERK[1]}
    answer = requests.post(f"{base}/api/v1/staff/sign-in", json=login, headers=headers, timeout=10)
    assert answer.status_code == 200, answer.text
    headers["X-Staff-Session"] = answer.json()["session"]
    return Desk(base, headers)


@pytest.fixture
def desks(ctx: ServiceContext, base: str) -> dict[str, Desk]:
    staff.add_staff(ctx, CLERK[0], "An Peeters", StaffRole.COUNTER_STAFF, CLERK[1])
    return {
        "town hall": desk(ctx, base, "gemeentehuis", DeviceRole.COUNTER, "Loket 1"),
        "halle": desk(ctx, base, "bib-halle", DeviceRole.COUNTER, "Balie"),
        "volunteer": desk(ctx, base, "bib-halle", DeviceRole.VOLUNTEER, "Vrijwilliger"),
    }


def jan(ctx: ServiceContext, service: str = "passport") -> appointments.Appointment:
    slot = appointments.free_slots(ctx, service_id(service), [TOWN_HALL], limit=1)[0]
    return appointments.book(ctx, service_id(service), TOWN_HALL, slot.starts_at, JAN).value


def refused(answer: requests.Response, status: int = 403) -> None:
    assert answer.status_code == status, answer.text
    assert [p for p in PERSONAL if p in answer.text] == []


def test_halle_reads_and_changes_none_of_the_town_halls_appointments(
    ctx: ServiceContext, desks: dict[str, Desk]
) -> None:
    a = jan(ctx)
    later = appointments.free_slots(ctx, service_id("passport"), [TOWN_HALL], limit=3)[-1]
    halle, own = desks["halle"], desks["town hall"]
    today = a.starts_at.date().isoformat()
    refused(halle.call("GET", "/day", params={"branch_id": TOWN_HALL, "day": today}))
    refused(halle.call("GET", f"/{a.id}/confirmation"))
    refused(halle.call("POST", f"/{a.id}/move", {"starts_at": later.starts_at.isoformat()}))
    move_here = {"starts_at": later.starts_at.isoformat(), "branch_id": LIB_HALLE}
    refused(halle.call("POST", f"/{a.id}/move", move_here))
    refused(halle.call("POST", f"/{a.id}/cancel"))
    refused(halle.call("POST", f"/{a.id}/no-show"))
    ignore = {"service_id": service_id("passport"), "branch_id": TOWN_HALL, "ignore": a.id}
    refused(halle.call("GET", "/slots", params=ignore))
    # A booking "retried" with its id: the appointment's data stays where it is.
    guess = {
        "id": a.id,
        "service_id": a.service_id,
        "branch_id": TOWN_HALL,
        "starts_at": a.starts_at.isoformat(),
        "family_name": "Peeters",
    }
    refused(halle.call("POST", "", guess))
    assert a.reference not in halle.call("POST", "", guess).text

    # Nothing changed; the town hall's own counter reads and changes it.
    day = own.call("GET", "/day", params={"branch_id": TOWN_HALL, "day": today})
    rows = [e["row"] for e in day.json()]
    assert [(r["id"], r["family_name"], r["version"]) for r in rows] == [
        (a.id, "Van den Broeck", a.version)
    ]
    assert own.call("GET", f"/{a.id}/confirmation").json()["appointment"]["reference"] == (
        a.reference
    )
    assert own.call("POST", f"/{a.id}/cancel").json()["row"]["state"] == "cancelled"


def test_halle_books_at_the_town_hall_and_keeps_only_the_answer(
    ctx: ServiceContext, desks: dict[str, Desk]
) -> None:
    halle = desks["halle"]
    slots = halle.call(
        "GET", "/slots", params={"service_id": service_id("passport"), "branch_id": TOWN_HALL}
    ).json()
    body = {
        "id": str(uuid.uuid4()),
        "service_id": service_id("passport"),
        "branch_id": TOWN_HALL,
        "starts_at": slots[0]["starts_at"],
        "first_name": "Jan",
        "family_name": "Van den Broeck",
        "contact": "0470 12 34 56",
    }
    booked = halle.call("POST", "", body)
    assert booked.status_code == 200, booked.text
    row = booked.json()["row"]
    assert (row["branch_id"], row["family_name"]) == (TOWN_HALL, "Van den Broeck")
    # The retry of a lost answer is the very same request: it gets the same booking.
    assert halle.call("POST", "", body).json()["row"] == row
    # From then on it is the town hall's.
    refused(halle.call("GET", f"/{row['id']}/confirmation"))
    refused(halle.call("POST", f"/{row['id']}/cancel"))
    assert desks["town hall"].call("GET", f"/{row['id']}/confirmation").status_code == 200


def test_a_volunteer_desk_only_looks_up_free_slots(
    ctx: ServiceContext, desks: dict[str, Desk]
) -> None:
    volunteer = desks["volunteer"]
    a = jan(ctx, "eid")
    found = volunteer.call("GET", "/slots", params={"service_id": service_id("eid")})
    assert found.status_code == 200 and found.json()
    today = a.starts_at.date().isoformat()
    for branch in (TOWN_HALL, LIB_HALLE):
        refused(volunteer.call("GET", "/day", params={"branch_id": branch, "day": today}))
    refused(volunteer.call("GET", "/no-shows", params={"first": today, "last": today}))
    refused(volunteer.call("GET", f"/{a.id}/confirmation"))
    body = {
        "service_id": service_id("eid"),
        "branch_id": LIB_HALLE,
        "starts_at": found.json()[0]["starts_at"],
        "family_name": "Peeters",
    }
    refused(volunteer.call("POST", "", body))


# --- odd input (issue 10 point 8) -------------------------------------------------------------


def test_a_move_to_the_year_9999_is_a_plain_422(
    ctx: ServiceContext, desks: dict[str, Desk], server_log: ServerLog
) -> None:
    a = jan(ctx)
    own = desks["town hall"]
    for moment in ("9999-12-31T23:30-05:00", "0001-01-01T00:30+01:00"):
        answer = own.call("POST", f"/{a.id}/move", {"starts_at": moment})
        server_log.wait_after(answer.status_code)
        assert answer.status_code == 422, answer.text
        assert answer.json() == {"detail": "a date between 2000 and 2100"}
    slot = appointments.free_slots(ctx, service_id("passport"), [TOWN_HALL], limit=1)[0]
    body = {
        "service_id": service_id("passport"),
        "branch_id": TOWN_HALL,
        "starts_at": "9999-12-31T23:30-05:00",
        "family_name": "Peeters",
    }
    answer = own.call("POST", "", body)
    server_log.wait_after(answer.status_code)
    assert answer.status_code == 422
    assert own.call("POST", "", {**body, "starts_at": slot.starts_at.isoformat()}).ok


@pytest.mark.parametrize("field", ["family_name", "first_name", "contact", "id", "counter_id"])
def test_half_a_utf16_pair_in_a_booking_is_a_plain_422(
    ctx: ServiceContext, desks: dict[str, Desk], server_log: ServerLog, field: str
) -> None:
    own = desks["town hall"]
    slot = appointments.free_slots(ctx, service_id("passport"), [TOWN_HALL], limit=1)[0]
    body = {
        "service_id": service_id("passport"),
        "branch_id": TOWN_HALL,
        "starts_at": slot.starts_at.isoformat(),
        "family_name": "Peeters",
        field: "Pee\ud800ters",
    }
    # json.dumps writes the lone surrogate as the escape "\ud800", as a script would send it.
    raw = json.dumps(body).encode()
    assert b"\\ud800" in raw
    answer = requests.post(
        own.base + API,
        data=raw,
        headers={**own.headers, "Content-Type": "application/json"},
        timeout=10,
    )
    server_log.wait_after(answer.status_code)
    assert answer.status_code == 422, answer.text
    assert "Pee" not in answer.text and "ud800" not in answer.text
    # Nothing was booked: the slot is still free.
    again = appointments.free_slots(ctx, service_id("passport"), [TOWN_HALL], limit=1)[0]
    assert again == slot
