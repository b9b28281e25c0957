"""``POST /api/v1/tickets`` outside a service's walk-in hours (issue 12 point 6): issue_ticket
refuses, and the route says so plainly with 409, making no ticket and no number. Against a real
server on loopback, on SQLite and PostgreSQL. Tokens and other callers: test_ticket_tokens.py
and test_roles.py."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
import requests
from sqlalchemy import func, select

from kiosk.core.model import DeviceRole
from kiosk.core.ports import FakeClock
from kiosk.services.context import ServiceContext
from kiosk.storage import tables as tb
from kiosk.storage.demo import APPOINTMENT_ONLY, service_id
from kiosk.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.server.town_hall import enroll
from tests.services.test_appointments import local

MONDAY_10AM = local(2026, 11, 30, 10)


def _tickets_made(ctx: ServiceContext) -> int:
    with ctx.db.read() as conn:
        return int(conn.execute(select(func.count()).select_from(tb.tickets)).scalar_one())


def _issue(base: str, token: str, service: str, ticket_id: str) -> requests.Response:
    return requests.post(
        f"{base}/api/v1/tickets",
        json={"service_id": service_id(service), "ticket_id": ticket_id},
        headers={"Authorization": f"Bearer {token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
        timeout=10,
    )


@pytest.mark.parametrize(
    ("moment", "service"),
    [
        (local(2026, 11, 29, 10), "eid"),  # Sunday: the town hall is closed
        (local(2026, 11, 30, 6), "eid"),  # Monday before opening
        (MONDAY_10AM, sorted(APPOINTMENT_ONLY)[0]),  # open, but by appointment only
    ],
    ids=["sunday", "before-opening", "by-appointment-only"],
)
def test_no_walk_in_ticket_outside_the_hours_gets_a_plain_409_and_makes_nothing(
    ctx: ServiceContext, base: str, clock: FakeClock, moment: datetime, service: str
) -> None:
    kiosk = enroll(ctx, "gemeentehuis", DeviceRole.KIOSK)
    clock.set(moment)
    before = _tickets_made(ctx)
    asked = str(uuid.uuid4())

    answer = _issue(base, kiosk, service, asked)

    assert answer.status_code == 409, answer.text
    assert answer.json() == {"detail": "no walk-in tickets for this service now"}
    assert _tickets_made(ctx) == before
    # The same kiosk, the same ticket id, while the service takes walk-ins: the refusal above
    # was the hours, not the caller or the request.
    clock.set(MONDAY_10AM)
    served = _issue(base, kiosk, "eid", asked)
    assert served.status_code == 200, served.text
    assert served.json()["ticket_id"] == asked
    assert _tickets_made(ctx) == before + 1
