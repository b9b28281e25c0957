"""No terminal learns a ticket's status-page token: not from a snapshot or the feed (kiosks and
displays), not by pushing a ticket as a display, not by issuing again a ticket it did not issue.
On the town hall of the role walk (tests/server/town_hall.py)."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

import pytest
import requests

from kiosk.core.model import DeviceRole, Ticket, TicketState
from kiosk.core.ports import FakeClock
from kiosk.services import tickets
from kiosk.services.context import ServiceContext
from kiosk.services.errors import NotFound
from kiosk.storage import tables as tb
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id
from kiosk.storage.rows import ticket_values
from kiosk.storage.wire import encode_row
from tests.server.town_hall import TownHall, enroll, json_of, lease, make_town


@pytest.fixture
def town(ctx: ServiceContext, base: str, clock: FakeClock) -> TownHall:
    return make_town(ctx, base, clock)


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
    url = f"/api/v1/counters/{counter_id('gemeentehuis', 1)}/actions"
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
    path, body = lease(town)
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
